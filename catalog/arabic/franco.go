package arabic

import (
	"slices"
	"strings"
)

// Franco-Arabic ("3arabizi") writes Egyptian Arabic in Latin letters, with
// digits for the letters Latin lacks: 2=ء, 3=ع, 5=خ, 6=ط, 7=ح, 8=غ (or ق),
// 9=ص. Vowels are written loosely or not at all ("korsy", "kursi", "krsi").
// Arabic and Franco spellings of one word meet on a consonant skeleton:
// vowels, the weak letters ا و ي, hamza and ع are dropped, letters Egyptians
// pronounce alike share a symbol (ث/ت/ط → t, ذ/ز/ظ → z, س/ص/ث → s, ج/غ → g,
// ق/ك → k, ح/ه → h), and doubled symbols collapse.

var arabicSkeleton = map[rune]string{
	'ب': "b", 'ت': "t", 'ث': "t", 'ج': "g", 'ح': "h", 'خ': "x", 'د': "d", 'ذ': "z",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "S", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z",
	'غ': "g", 'ف': "f", 'ق': "k", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n", 'ه': "h",
	'پ': "b", 'چ': "g", 'ڤ': "f", 'گ': "g",
}

// ArabicSkeleton is the consonant skeleton of one normalised Arabic word:
// "كرسي" → "krs", "الترابيزه" → "trbz". The article and a final ه (from ة)
// are dropped first.
func ArabicSkeleton(w string) string {
	return arabicSkeletonWith(w, nil)
}

// skeletonAlternatives are the other ways Egyptians write a letter in
// Franco: ق as 2 (a glottal stop in Cairo, so dropped like ء) rather than
// k/q, ث as s rather than t, ذ and ظ as d rather than z.
var skeletonAlternatives = []struct {
	r   rune
	alt string
}{{'ق', ""}, {'ث', "s"}, {'ذ', "d"}, {'ظ', "d"}}

// ArabicSkeletons is ArabicSkeleton followed by the skeletons of the other
// Franco spellings of ق, ث, ذ and ظ ("قمر" → "kmr", "mr"), at most four.
func ArabicSkeletons(w string) []string {
	overs := []map[rune]string{nil}
	for _, a := range skeletonAlternatives {
		if !strings.ContainsRune(w, a.r) {
			continue
		}
		for _, o := range overs {
			if len(overs) >= 4 {
				break
			}
			n := map[rune]string{a.r: a.alt}
			for k, v := range o {
				n[k] = v
			}
			overs = append(overs, n)
		}
	}
	var out []string
	for _, o := range overs {
		if s := arabicSkeletonWith(w, o); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func arabicSkeletonWith(w string, over map[rune]string) string {
	w = StripArticle(w)
	w = strings.TrimSuffix(w, "ه")
	var b strings.Builder
	var last byte
	for _, r := range w {
		s, ok := arabicSkeleton[r]
		if o, found := over[r]; found {
			s, ok = o, true
			if s == "" {
				continue
			}
		}
		if !ok {
			if isDigit(r) {
				s = string(r)
			} else {
				continue
			}
		}
		if s[0] != last {
			b.WriteString(s)
			last = s[0]
		}
	}
	return b.String()
}

var latinDigraphs = strings.NewReplacer(
	"sh", "S", "ch", "S", "kh", "x", "gh", "g", "th", "t", "dh", "z", "ph", "f", "ck", "k",
)

var latinSkeleton = map[rune]string{
	'b': "b", 'p': "b", 't': "t", 'g': "g", 'j': "g", 'h': "h", 'x': "x", 'd': "d", 'z': "z",
	'r': "r", 's': "s", 'S': "S", 'f': "f", 'v': "f", 'k': "k", 'q': "k", 'c': "k", 'l': "l",
	'm': "m", 'n': "n",
	'5': "x", '6': "t", '7': "h", '8': "g", '9': "s",
	// dropped like the vowels they stand for: a e i o u w y, 2 (ء), 3 (ع)
}

// FrancoSkeleton is the consonant skeleton of one Latin (Franco-Arabic)
// word: "korsy" → "krs", "tarabeza" → "trbz", "7amam" → "hm". Digits are read
// as Franco letters only inside a word that has Latin letters; a plain number
// is returned unchanged.
func FrancoSkeleton(w string) string {
	w = strings.ToLower(w)
	hasLetter := false
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			hasLetter = true
			break
		}
	}
	if !hasLetter {
		return w
	}
	w = latinDigraphs.Replace(w)
	var b strings.Builder
	var last byte
	for _, r := range w {
		s, ok := latinSkeleton[r]
		if !ok {
			continue
		}
		if s[0] != last {
			b.WriteString(s)
			last = s[0]
		}
	}
	return b.String()
}

// IsLatin reports whether a token is written in Latin letters (possibly with
// Franco digits), i.e. English or Franco-Arabic rather than Arabic script.
func IsLatin(w string) bool {
	letter := false
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			letter = true
		case isDigit(r):
		default:
			return false
		}
	}
	return letter
}

var toFranco = map[rune]string{
	'ا': "a", 'ب': "b", 'ت': "t", 'ث': "s", 'ج': "g", 'ح': "7", 'خ': "5", 'د': "d", 'ذ': "z",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'ع': "3",
	'غ': "gh", 'ف': "f", 'ق': "2", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'و': "o",
	'ي': "y", 'ء': "2",
}

// ToFranco writes a normalised Arabic phrase the way an Egyptian would type it
// in Franco-Arabic, with the long vowels the script shows ("كرسي مكتب" →
// "krsy mktb", "ترابيزه" → "trabyza"). Short vowels are not written in Arabic,
// so the result is one plausible spelling, for display and tests; matching
// uses the skeletons.
func ToFranco(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		rs := []rune(w)
		for i, r := range rs {
			switch {
			case r == 'ه' && i == len(rs)-1 && i > 0:
				b.WriteByte('a') // ة
			case toFranco[r] != "":
				b.WriteString(toFranco[r])
			default:
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}
