package understand

import (
	"math"
	"slices"

	"fatoora/catalog"
)

// A question choosing between goods in an order (h40c): "ايه الفرق بين
// العادي والـ VIP؟", Franco "el far2 ben el 3adi wel VIP", English "what's
// the difference between the standard and the VIP?", and goods joined by
// "or" ("حصة بيانو ولا جيتار", "a piano lesson or a guitar lesson"). The
// customer has not chosen: the lines the question names are one line
// asked between their products, never each invoiced — with the count said
// of either, which is the count of the one chosen ("بوفيه لـ ١٨٠ فرد …
// ايه الفرق بين العادي والـ VIP؟": 180 of whichever). A price question
// keeps each line ("ايه الفرق بين … وسعر كل واحدة كام؟" is quoted both):
// only an order's lines are merged.

// differenceWords: the difference, as said; betweenWords: between.
var (
	differenceWords = set("فرق", "الفرق", "far2", "difference", "farq")
	betweenWords    = set("بين", "ben", "bein", "been", "beyn", "between")
)

// choiceAsked merges the lines a choosing question names into one line
// asked between their products, and drops a line of the kind they share
// (kindOfChoice).
func (r *Rules) choiceAsked(ts []token, items []Item) []Item {
	var asked []*catalog.Product
	if c := differenceAt(ts); c >= 0 {
		end := sentenceEnd(ts, c)
		var in []int
		for k, it := range items {
			if it.Product != nil && it.end > c && it.start < end {
				in = append(in, k)
			}
		}
		if p, ok := merged(items, in); ok {
			items, asked = mergedAsked(items, in), append(asked, p)
			ts[c].used, ts[c+1].used = true, true
		}
	}
	for k := 0; k+1 < len(items); k++ {
		if !orJoined(ts, items[k], items[k+1]) {
			continue
		}
		if p, ok := merged(items, []int{k, k + 1}); ok {
			items, asked = mergedAsked(items, []int{k, k + 1}), append(asked, p)
		}
	}
	for _, p := range asked {
		items = r.kindOfChoice(ts, items, p)
	}
	return items
}

// differenceAt: the index of "الفرق بين" / "difference between" / Franco
// "el far2 ben", or -1.
func differenceAt(ts []token) int {
	for k := range ts {
		if inSet(differenceWords, ts, k) && inSet(betweenWords, ts, k+1) {
			return k
		}
	}
	return -1
}

// sentenceEnd: the first question mark or line break after k, or the end.
func sentenceEnd(ts []token, k int) int {
	for j := k; j < len(ts); j++ {
		if ts[j].sep && (ts[j].text == "?" || ts[j].text == "؟" || ts[j].text == "\n") {
			return j
		}
	}
	return len(ts)
}

// orJoined: line b follows line a with only "or" (ولا، او، or, wala)
// between them, an article perhaps after it ("or an oud lesson"); never
// "neither … nor" ("لا كرسي ولا ترابيزة").
func orJoined(ts []token, a, b Item) bool {
	if a.Product == nil || b.Product == nil || a.end == 0 || b.end == 0 || a.Product == b.Product || b.start < a.end {
		return false
	}
	or, from := false, a.end
	if orWords[surfaceAt(ts, a.end-1)] {
		from = a.end - 1 // the line's range ends on the "or"
	}
	for j := from; j < b.start; j++ {
		switch {
		case !or && !ts[j].sep && orWords[ts[j].lowSurface()]:
			or = true
		case or && (articles[ts[j].lowSurface()] || indefinite[ts[j].lowSurface()]):
		default:
			return false
		}
	}
	return or && surfaceAt(ts, a.start-1) != "لا" // "لا كرسي ولا ترابيزة": neither, nor
}

// merged: the lines at in, none a choice already, name two products or
// more; the first one's product, which the merged line keeps.
func merged(items []Item, in []int) (*catalog.Product, bool) {
	if len(in) < 2 || slices.ContainsFunc(in, func(k int) bool { return items[k].Vague }) {
		return nil, false
	}
	for _, k := range in[1:] {
		if items[k].Product != items[in[0]].Product {
			return items[in[0]].Product, true
		}
	}
	return nil, false
}

// mergedAsked makes the lines at in (merged) one line asked between their
// products, its count the largest said, in the first one's place.
func mergedAsked(items []Item, in []int) []Item {
	first := &items[in[0]]
	q := first.Quantity
	var amb []Candidate
	for _, k := range in[1:] {
		q = max(q, items[k].Quantity)
		p := items[k].Product
		if p != first.Product && !slices.ContainsFunc(amb, func(c Candidate) bool { return c.Product == p }) {
			amb = append(amb, Candidate{Product: p, Score: 1})
		}
	}
	first.Ambiguous, first.Vague, first.Quantity = amb, true, q
	first.Lacks, first.DimsCM = nil, nil
	first.Confidence = math.Min(first.Confidence, 0.51)
	first.end = items[in[len(in)-1]].end
	out := items[:0:0]
	for k, it := range items {
		if k == in[0] || !slices.Contains(in, k) {
			out = append(out, it)
		}
	}
	return out
}

// kindOfChoice drops a line said only by words every product of the
// choice line of product p names ("جلسات" beside "موجات ولا ليزر؟" when
// both are "جلسة …", "a private lesson, piano or guitar"), with no count
// of its own: the same goods the choice is between, no third line.
func (r *Rules) kindOfChoice(ts []token, items []Item, p *catalog.Product) []Item {
	k := slices.IndexFunc(items, func(it Item) bool { return it.Vague && it.Product == p })
	if k < 0 {
		return items
	}
	idxs := []int{r.indexOf(p)}
	for _, a := range items[k].Ambiguous {
		idxs = append(idxs, r.indexOf(a.Product))
	}
	return slices.DeleteFunc(items, func(it Item) bool {
		return !it.Vague && it.Product != nil && it.Quantity == catalog.One && r.wordsOfAll(ts, it, idxs)
	})
}

// wordsOfAll: every catalog word of line it is a word of each product idxs.
func (r *Rules) wordsOfAll(ts []token, it Item, idxs []int) bool {
	if it.end == 0 || it.start >= len(ts) {
		return false
	}
	n := 0
	for _, t := range ts[it.start:min(it.end, len(ts))] {
		if t.sep || !t.lex || isNumber(t.text) {
			continue
		}
		n++
		for _, i := range idxs {
			if i < 0 || !r.lx.info[i].all[t.text] {
				return false
			}
		}
	}
	return n > 0
}
