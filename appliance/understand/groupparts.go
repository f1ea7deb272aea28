package understand

import (
	"math"
	"strings"
)

// A group named part by part after "ليا" or "for me": the persons joined
// by و and the parts that count several ("والولاد التلاتة", "و٢ عيال",
// "and my 2 brothers") sum; a plural part of no number ("والعيال",
// "and my brothers") leaves how many asked, never a partial sum.

// partAfterAnd reads one part of a group after its "و"/"and" at k (the
// و already cut off, st): how many people it adds (-1 several, how many
// not said; 0 none) and where it ends.
func partAfterAnd(ts []token, k int, st string) (float64, int) {
	if st == "" { // "و ٢ عيال": the و apart
		k++
		st = surfaceAt(ts, k)
	}
	if st == "my" || st == "our" || st == "the" {
		k++
		st = surfaceAt(ts, k)
	}
	if k+1 < len(ts) && ts[k+1].lex {
		return 0, k // "و ٢ طفل" where a child is goods of its own: a line
	}
	if v, ok := peopleFigureAt(st); ok {
		if n := surfaceAt(ts, k+1); groupNouns[strings.TrimPrefix(wordKey(n), "ال")] || groupNouns[n] || personCounted[wordKey(n)] {
			return v, k + 2 // "و٢ عيال", "and my 2 brothers"
		}
		return 0, k
	}
	p := strings.TrimPrefix(st, "ل")
	if k < len(ts) && ts[k].lex && !ts[k].prep {
		return 0, k
	}
	if personGroups[wordKey(st)] || personGroups[wordKey(p)] || personGroups[wordKey("ال"+p)] || personGroups[st] {
		if v, ok := articledCount(surfaceAt(ts, k+1)); ok && v >= 2 {
			return v, k + 2 // "والولاد التلاتة"
		}
		if v, ok := peopleFigureAt(surfaceAt(ts, k+1)); ok {
			return v, k + 2 // "وعيالي ٣", "brothers 2"?
		}
		return -1, k + 1 // "والعيال", "and my brothers": how many?
	}
	return 0, k
}

// peopleFigureAt: w is a whole number of people, two to fifty, a figure
// or a number word.
func peopleFigureAt(w string) (float64, bool) {
	v, ok := amountValue(w)
	if !ok {
		v, ok = numberWord(w)
	}
	return v, ok && v >= 2 && v <= 50 && v == math.Trunc(v)
}

// familyFor reads "لعيلة من ٥ افراد", "لأسرة من ٤" at m (the family word
// written on ل, st): how many, where it ends (0 when none).
func familyFor(ts []token, m int, st string) (float64, int) {
	if !familyWords[wordKey(st)] && !familyWords[wordKey(strings.TrimPrefix(st, "ل"))] || !ofWords[surfaceAt(ts, m+1)] {
		return 0, m
	}
	v, ok := peopleFigureAt(surfaceAt(ts, m+2))
	if !ok {
		return 0, m
	}
	if n := surfaceAt(ts, m+3); groupNouns[wordKey(n)] || groupNouns[n] || personCounted[wordKey(n)] {
		return v, m + 4
	}
	return v, m + 3
}

// englishGroupFor reads "for me and my wife and my 2 kids" from k (at
// "me"): how many (-1 when a part is several, not counted) and where it
// ends; 0 when only the customer.
func englishGroupFor(ts []token, k int) (float64, int) {
	n, several := 1.0, false
	k++
	for surfaceAt(ts, k) == "and" {
		at := andFor(ts, k+1) // "and for my wife": the "for" said again
		j := at
		if w := surfaceAt(ts, j); w == "my" || w == "our" || w == "the" {
			j++
		}
		v, end := partAfterAnd(ts, at, surfaceAt(ts, at))
		if v == 0 && englishPersons[wordKey(surfaceAt(ts, j))] {
			n, k = n+1, j+1 // "and my wife"
			continue
		}
		if v == 0 {
			break
		}
		if v < 0 {
			several = true
		} else {
			n += v
		}
		k = end
	}
	if several {
		return -1, k
	}
	if n < 2 {
		return 0, k
	}
	return n, k
}

// groupFigures sets aside the figure of a group's counted part ("ليا و٢
// عيال", "for me and my 2 brothers", "لعيلة من ٥ افراد"): who the goods
// are for, never their count.
func groupFigures(ts []token) {
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		w := surfaceAt(ts, i)
		st, ok := strings.CutPrefix(w, "و")
		switch {
		case ok && i > 0 && partOfMine(ts, i):
			v, end := partAfterAnd(ts, i, st)
			if v > 0 {
				asideFigures(ts, i, end)
			}
		case w == "and" && i > 0 && partOfMine(ts, i):
			at := andFor(ts, i+1)
			v, end := partAfterAnd(ts, at, surfaceAt(ts, at))
			if v > 0 {
				asideFigures(ts, i, end)
			}
		case strings.HasPrefix(w, "ل"):
			if v, end := familyFor(ts, i, w); v > 0 {
				asideFigures(ts, i, end)
			}
		}
	}
}

// partOfMine: the و or "and" at i follows a person of the customer's
// group ("ليا", "ولمراتي", "me", "my wife"), in the same clause.
func partOfMine(ts []token, i int) bool {
	p := surfaceAt(ts, i-1)
	q := strings.TrimPrefix(strings.TrimPrefix(p, "و"), "ل")
	return p == "ليا" || p == "me" || englishPersons[wordKey(p)] || personOnes[wordKey(q)] || personOnes[wordKey("ا"+q)] ||
		kinOf(q) || mamaWords[q]
}

// asideFigures marks the figures among ts[from:to] as who the goods are
// for.
func asideFigures(ts []token, from, to int) {
	for k := from; k < to && k < len(ts); k++ {
		if isNumber(ts[k].text) || isNumberWord(ts[k].surface) {
			ts[k].aside, ts[k].used = true, true
		}
	}
}

// familyAt: a family counted opens at m ("لعيلة من ٥ افراد"), even among
// a line's own words.
func familyAt(ts []token, m int) bool {
	v, _ := familyFor(ts, m, surfaceAt(ts, m))
	return v > 0 && strings.HasPrefix(surfaceAt(ts, m), "ل")
}

// andFor skips the "for" said again after a group's "and" ("for me and
// for my two brothers"): the part opens after it.
func andFor(ts []token, k int) int {
	if surfaceAt(ts, k) == "for" {
		return k + 1
	}
	return k
}
