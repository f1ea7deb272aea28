package understand

import "slices"

// classesListed reads a work said once for things of two classes joined
// by "و"/"and" ("فاميه لعربية ملاكي وعربية جيب", "tint for a sedan and
// an SUV"): the line after the و says only the other class of the line
// before's axis (classSib), no count and no head noun of its own — it is
// that work in its class, one more line, never a statement of the first
// line's class (classStatements drops those): the lines so read.
func (r *Rules) classesListed(ts []token, items []Item, sibs map[int][]classSib) []bool {
	listed := make([]bool, len(items))
	for k := 1; k < len(items); k++ {
		prev, it := &items[k-1], &items[k]
		p := r.indexOf(prev.Product)
		if p < 0 || it.SKU == prev.SKU && it.SKU != "" || prev.end == 0 || it.end == 0 || it.start < prev.end-1 {
			continue
		}
		class := r.classOnly(ts, it)
		if class == "" {
			continue
		}
		at := slices.IndexFunc(sibs[p], func(s classSib) bool { return s.theirs == class && r.saidIn(ts, prev.start, prev.end-1, s.own) })
		if at < 0 || !r.joinedBy(ts, r.lastOf(ts, prev, sibs[p][at].own), it.start) {
			continue
		}
		q := &r.lx.products[sibs[p][at].other]
		it.SKU, it.Product, it.Material = q.SKU, q, q.Material
		it.Ambiguous, it.Vague, it.Lacks = nil, false, nil
		it.Confidence = max(it.Confidence, min(prev.Confidence, 0.9))
		listed[k] = true
	}
	return listed
}

// classOnly: the class word a line says and nothing else of a name (no
// count, no other catalog word): "جيب" of "وعربية جيب", "suv" of "an
// SUV"; "" otherwise.
func (r *Rules) classOnly(ts []token, it *Item) string {
	class := ""
	for i := it.start; i < it.end-1 && i < len(ts); i++ {
		t := ts[i]
		if _, n := numberWord(t.text); n || eachWords[t.text] || isNumber(t.text) || t.sep {
			return ""
		}
		if !t.lex {
			continue
		}
		if class != "" || !r.lx.classWord(t.text) {
			return ""
		}
		class = t.text
	}
	return class
}

// saidIn: the word u is said between tokens from and to.
func (r *Rules) saidIn(ts []token, from, to int, u string) bool {
	for i := from; i < to && i < len(ts); i++ {
		if !ts[i].sep && ts[i].text == u {
			return true
		}
	}
	return false
}

// lastOf: where the line last says u.
func (r *Rules) lastOf(ts []token, it *Item, u string) int {
	for i := min(it.end-2, len(ts)-1); i >= it.start; i-- {
		if ts[i].text == u {
			return i
		}
	}
	return it.start
}

// joinedBy: between the class word at from and the next line's start at
// to the customer said "و"/"and" and no pause, no head noun, no count:
// "ملاكي وعربية جيب", "sedan and an SUV".
func (r *Rules) joinedBy(ts []token, from, to int) bool {
	joined := false
	for i := from + 1; i <= to && i < len(ts); i++ {
		t := ts[i]
		if t.sep || isNumber(t.text) || i < to && t.lex && r.lx.heads[t.text] {
			return false
		}
		joined = joined || t.conj || t.text == "و" || t.lowSurface() == "and"
	}
	return joined
}
