package understand

import (
	"strings"
	"unicode"
)

// A shape said by a letter ("ركنة حرف L", "مطبخ شكل U", "an L-shaped
// sofa") tells products of one kind apart as a material does: a corner
// sofa "حرف U" is no answer to "حرف L". The letter is read off the
// catalog's own names, so a shop whose names carry no shape letter is
// never asked about one.

// shapeLetterNames are the Arabic spellings of the letters shapes are named
// by ("حرف يو", "شكل إل").
// Only after حرف (a letter): "شكل ال…" is no letter.
var shapeLetterNames = map[string]string{"يو": "U", "ال": "L", "إل": "L"}

// shapeLetter reads the shape a run of words gives by a letter: a letter
// after حرف / شكل / shape, or before "shaped" / "shape" ("L-shaped" is
// split at its hyphen). "" when the words give none; at is the index of
// the first of the two words.
func shapeLetter(words []string) (l string, at int) {
	letter := func(w string, arabicNames bool) string {
		if len(w) == 1 && w[0] < unicode.MaxASCII && unicode.IsLetter(rune(w[0])) {
			return strings.ToUpper(w)
		}
		if arabicNames {
			return shapeLetterNames[w]
		}
		return ""
	}
	for i, w := range words {
		if shapeWords[w] && i+1 < len(words) {
			if l := letter(words[i+1], w == "حرف"); l != "" {
				return l, i
			}
		}
		if (w == "shaped" || w == "shape") && i > 0 {
			if l := letter(words[i-1], false); l != "" {
				return l, i - 1
			}
		}
	}
	return "", -1
}

// nameShape is the shape letter of product idx's names, "" when they give
// none.
func (r *Rules) nameShape(idx int) string {
	p := &r.lx.products[idx]
	for _, name := range []string{p.NameAr, p.NameEn} {
		if l, _ := shapeLetter(shapeWordsOf(name)); l != "" {
			return l
		}
	}
	return ""
}

// shapeWordsOf splits text into lower-case words at anything that is not a
// letter or a digit (a hyphen too: "L-shaped").
func shapeWordsOf(text string) []string {
	return strings.FieldsFunc(lower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// shapeSaid reads a shape letter said in tokens [from, to) (separators
// skipped): the letter, and the customer's words giving it ("حرف L",
// "U-shaped", "L shaped"); "" when none.
func shapeSaid(ts []token, from, to int) (letter, phrase string) {
	if !shapeCueIn(ts, from, to) {
		return "", "" // no word shapeLetter starts from: nothing to split (speed)
	}
	var ws []string
	var of []int // the token of each word
	for i := from; i < to && i < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		for _, w := range shapeWordsOf(ts[i].surface) {
			ws, of = append(ws, w), append(of, i)
		}
	}
	l, at := shapeLetter(ws)
	if l == "" {
		return "", ""
	}
	phrase = ts[of[at]].surface
	if of[at+1] != of[at] {
		phrase += " " + ts[of[at+1]].surface
	}
	return l, phrase
}

// shapeCueIn: some token in [from, to) holds a word of shapeWords or
// "shape(d)" in its surface (Arabic ones as written, Latin ones in any
// ASCII case: no other letter lower-cases to an ASCII one but K and İ,
// in none of them), as shapeLetter needs; a test before splitting.
func shapeCueIn(ts []token, from, to int) bool {
	for i := from; i < to && i < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		if hasFoldASCII(ts[i].surface, "shape") {
			return true
		}
		for w := range shapeWords {
			if isLatinWord(w) && hasFoldASCII(ts[i].surface, w) || strings.Contains(ts[i].surface, w) {
				return true
			}
		}
	}
	return false
}

// shapeToken: token k is a word of a shape said by a letter (the letter,
// حرف / شكل, "shaped"): read by shapeLacked, no word of a kind of its own.
func shapeToken(ts []token, k int) bool {
	if ts[k].sep {
		return false
	}
	from, to := k, k+1
	if from > 0 && !ts[from-1].sep {
		from--
	}
	if to < len(ts) && !ts[to].sep {
		to++
	}
	l, _ := shapeSaid(ts, from, to)
	return l != ""
}

// shapeLacked: the shape the customer gave by a letter in the draft's words
// (or the word right before it: "an L shaped sofa"), when product idx's
// names give another; "" otherwise. It is what the line lacks, in the
// customer's words ("حرف L", "L shaped").
func (r *Rules) shapeLacked(ts []token, d *draft, idx int) string {
	from := d.start
	if from > 0 && !ts[from-1].sep {
		from--
	}
	said, phrase := shapeSaid(ts, from, d.end)
	if said == "" {
		return ""
	}
	if has := r.nameShape(idx); has != "" && has != said {
		return phrase
	}
	return ""
}
