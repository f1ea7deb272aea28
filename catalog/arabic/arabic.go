// Package arabic normalises Egyptian Arabic (and the Latin and Franco-Arabic
// that customers mix in) for matching: one spelling per word, so that the
// catalog index and the understander compare like with like.
package arabic

import (
	"strings"
	"unicode"
)

// Normalize folds the spelling variants that carry no meaning in a shop
// message: Arabic-Indic and Persian digits to ASCII, ٫ to '.', Persian
// letters to Arabic (ی ک), hamza-carrying alefs and madda to bare alef,
// ى to ي, ة to ه, ؤ to و, ئ to ي, tatweel and harakat removed, a letter
// repeated three or more times kept once (عاااايز), Latin lower-cased,
// digits glued to Arabic letters split ("120سم" → "120 سم"; Latin is left
// glued because Franco-Arabic writes letters as digits: "3ayez"), and Arabic
// punctuation mapped to ASCII. Whitespace runs become one space.
func Normalize(s string) string {
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		r = foldRune(r)
		if r == 0 {
			continue // dropped: tatweel, harakat, direction marks
		}
		if unicode.IsSpace(r) {
			r = ' '
		}
		rs = append(rs, r)
	}
	var b strings.Builder
	b.Grow(len(s))
	last := ' ' // last rune written
	for i := 0; i < len(rs); {
		r := rs[i]
		j := i + 1
		for j < len(rs) && rs[j] == r {
			j++
		}
		n := j - i
		if isLetter(r) && n >= 3 {
			n = 1 // elongation: عاااايز
		}
		if r == ' ' {
			n = 1
			if last == ' ' {
				n = 0
			}
		}
		if n > 0 && ((isDigit(last) && isArabicLetter(r)) || (isArabicLetter(last) && isDigit(r))) {
			b.WriteByte(' ')
		}
		for k := 0; k < n; k++ {
			b.WriteRune(r)
			last = r
		}
		i = j
	}
	return strings.TrimSpace(b.String())
}

func foldRune(r rune) rune {
	switch {
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠')
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰')
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640: // harakat, superscript alef, tatweel
		return 0
	case r == 0x200C || r == 0x200D || r == 0x200E || r == 0x200F || r == 0xFEFF || r == 0x061C:
		return 0
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ی', 'ئ':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ک':
		return 'ك'
	case 'گ':
		return 'ج'
	case 'چ':
		return 'ج'
	case 'پ':
		return 'ب'
	case 'ڤ':
		return 'ف'
	case '٫':
		return '.'
	case '٬':
		return ','
	case '،':
		return ','
	case '؛':
		return ';'
	case '؟':
		return '?'
	case '×':
		return 'x'
	}
	return unicode.ToLower(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLetter(r rune) bool { return unicode.IsLetter(r) }

func isArabicLetter(r rune) bool { return r >= 0x0620 && r <= 0x06FF && unicode.IsLetter(r) }

// Tokens splits normalised text into words and numbers. Punctuation other
// than a decimal point inside a number separates tokens and is dropped.
func Tokens(s string) []string {
	var out []string
	var cur strings.Builder
	rs := []rune(s)
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for i, r := range rs {
		switch {
		case isLetter(r) || isDigit(r):
			cur.WriteRune(r)
		case r == '.' && i > 0 && i+1 < len(rs) && isDigit(rs[i-1]) && isDigit(rs[i+1]):
			cur.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// LetterCount counts letters and digits (not bytes): the unit for typo
// tolerance.
func LetterCount(s string) int {
	n := 0
	for _, r := range s {
		if isLetter(r) || isDigit(r) {
			n++
		}
	}
	return n
}

// Fuzziness is the edit distance tolerated for a word of this many letters,
// as Elasticsearch's AUTO does in characters: 0 up to 3, 1 for 4–6, 2 from 7.
func Fuzziness(word string) int {
	switch n := LetterCount(word); {
	case n <= 3:
		return 0
	case n <= 6:
		return 1
	default:
		return 2
	}
}
