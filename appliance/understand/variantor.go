package understand

import (
	"math"
	"slices"
)

// Two kinds or sizes of the same goods joined by "or" (h40k): "مانجو وسط
// ولا كبير؟ عايز ٢", Franco "mango medium wala large? 3ayez 2", English
// "a mango, medium or large?". The customer has not chosen between them:
// the line is asked between the product it read and the one the other
// word names with the same goods' words, the count said kept for
// whichever is chosen — never the last word said taken as the choice.

// variantOrAsked makes each line said with two of its goods' variants
// joined by "or" a line asked between the two products.
func (r *Rules) variantOrAsked(ts []token, items []Item) {
	for k := range items {
		it := &items[k]
		if it.Product == nil || it.Vague || it.end == 0 {
			continue
		}
		p := r.indexOf(it.Product)
		if p < 0 {
			continue
		}
		for j := max(it.start-1, 1); j+1 < len(ts) && j <= it.end; j++ {
			if ts[j].sep || !orWords[ts[j].lowSurface()] || ts[j-1].sep || ts[j+1].sep {
				continue
			}
			if q := r.otherVariant(ts, *it, p, j); q >= 0 {
				it.Ambiguous = append(it.Ambiguous, Candidate{Product: &r.lx.products[q], Score: 1})
				it.Vague = true
				it.Confidence = math.Min(it.Confidence, 0.51)
				it.end = max(it.end, j+2)
				break
			}
		}
	}
}

// otherVariant: of the words either side of the "or" at j, one is product
// p's and the other is not; the one product that has the other word and
// every other word of line it and of the words said just before the
// first (its goods): its index, or -1.
func (r *Rules) otherVariant(ts []token, it Item, p, j int) int {
	a, b := ts[j-1].text, ts[j+1].text
	all := r.lx.info[p].all
	var w string
	switch {
	case all[a] && !all[b]:
		w = b
	case all[b] && !all[a]:
		w = a
	default:
		return -1
	}
	from := min(it.start, j-1)
	for from > 0 && !ts[from-1].sep && ts[from-1].lex && !isNumber(ts[from-1].text) {
		from-- // "mango medium wala large": the goods before the first word
	}
	var goods []string
	for k := from; k < min(it.end, len(ts)); k++ {
		t := ts[k]
		if k >= j-1 && k <= j+1 || t.sep || !t.lex || isNumber(t.text) {
			continue
		}
		goods = append(goods, t.text)
	}
	if len(goods) == 0 {
		return -1
	}
	found := -1
	for q := range r.lx.products {
		info := r.lx.info[q]
		if q == p || !info.all[w] || slices.ContainsFunc(goods, func(g string) bool { return !info.all[g] }) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = q
	}
	return found
}
