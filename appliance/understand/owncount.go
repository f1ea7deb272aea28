package understand

import (
	"math"
	"slices"
	"strings"

	"fatoora/catalog"
)

// ownCountServed: the customer counts things of their own after a word
// of having ("عندي حمامين سباحة", "عندي ٢ عربية جيب", "3andi 2 pools",
// "I have two cars") and then asks goods or a work "for each of them"
// ("لكل واحد", "ليهم", "لكل واحدة", Franco "lekol wa7ed", "for each",
// "for them") or says "both" before it ("both need tint"): the line is
// one for each of those things, that many — never one, nor a figure of
// the goods' own size said before a verb of wanting ("عندي فلترين ٧
// مراحل عايز طقم شمع ٧ لكل واحد": the seven stages are the filters').
func ownCountServed(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || items[k].Product.Unit != catalog.Piece || len(d.counts) > 0 || len(d.groups) > 0 ||
			d.start >= len(ts) || d.perN > 1 {
			continue
		}
		all := 0.0 // "وقص ضوافر للاتنين" of a work priced per animal: all of them
		if !eachOwnAfter(ts, d.end) && !bothBefore(ts, d.start) {
			if all = allForIn(ts, d); all == 0 || !perHeadPriced(items[k].Product) {
				continue
			}
		}
		n, ok := ownCountBefore(ts, d.start)
		if !ok || all > 0 && all != n {
			continue
		}
		if d.pre != nil && !toldBeforeWant(ts, d) {
			continue
		}
		if d.pre == nil && items[k].Quantity != catalog.One {
			continue
		}
		items[k].Quantity = catalog.MilliFromFloat(n)
		items[k].Missing = without(items[k].Missing, "count")
	}
}

// ownCountBefore: the number of the customer's own things counted right
// after a word of having before token at ("عندي حمامين", "عندي ٢ عربية",
// "عندي تلات عربيات", "3andi 2", "I have two"): a figure or number word of
// two or more, or a noun in the dual.
func ownCountBefore(ts []token, at int) (float64, bool) {
	for k := at - 1; k >= 0; k-- {
		w := lower(strings.TrimPrefix(ts[k].surface, "و"))
		have := haveWords[w]
		if !have && (w == "have" || w == "got") && k > 0 && (ts[k-1].lowSurface() == "i" || ts[k-1].lowSurface() == "we") {
			have = true
		}
		if !have || k+1 >= at || ts[k+1].sep {
			continue
		}
		n := ts[k+1]
		if v, ok := amountValue(n.text); ok && v >= 2 && v == math.Trunc(v) && v <= 50 {
			return v, true
		}
		if n.dual {
			return 2, true
		}
		return 0, false
	}
	return 0, false
}

// eachOwnAfter: right after a line's words, "for each of them" or "for
// them": "لكل واحد", "لكل واحدة", "ليهم", "لهم", Franco "lekol wa7ed",
// "lehom", English "for each", "for them", "each", or "of all of
// them" ("من الاتنين").
func eachOwnAfter(ts []token, m int) bool {
	if m >= len(ts) || ts[m].sep {
		return false
	}
	w := lower(strings.TrimPrefix(ts[m].surface, "و"))
	switch {
	case themFor[w]:
		return true
	case w == "each":
		return true
	case w == "من" || w == "men" || w == "mn":
		if m+1 < len(ts) && !ts[m+1].sep {
			_, ok := articledCount(ts[m+1].surface) // "من الاتنين": off both
			return ok
		}
	case eachOfCues[w] || w == "for":
		if m+1 < len(ts) && !ts[m+1].sep {
			n := ts[m+1]
			return eachWords[n.text] || eachWords[wordKey(n.surface)] || n.lowSurface() == "each" || n.lowSurface() == "them" ||
				n.lowSurface() == "both"
		}
	}
	return false
}

// themFor: "for them" said as one word.
var themFor = set("ليهم", "لهم", "ليهن", "lehom", "leehom", "lihom")

// bothBefore: "both" right before a line's verb of needing ("both need
// standard tint", "both of them need"): English, the word opening the
// clause of the line.
func bothBefore(ts []token, at int) bool {
	for k := at - 1; k >= 0 && k >= at-4 && !ts[k].sep; k-- {
		if ts[k].lowSurface() == "both" {
			return true
		}
	}
	return false
}

// toldBeforeWant: the figure counting draft d was said before a verb of
// wanting among d's words ("٧ مراحل عايز طقم شمع ٧"): it tells of the
// customer's things, not of what is asked.
func toldBeforeWant(ts []token, d *draft) bool {
	for k := d.pre.end; k < d.end && k < len(ts); k++ {
		if ts[k].sep {
			return false
		}
		if wantVerbs[ts[k].text] || wantVerbs[wordKey(ts[k].surface)] {
			return true
		}
	}
	return false
}

// ownClassChosen: the customer's own things told after a word of having
// with a word that chooses among the variants of the line asked next
// ("عندي عربيتين ملاكي عايز فاميه للاتنين": the sedan's tint of a
// "فاميه … - ملاكي", "… - جيب"), where the line's own words said no
// variant of it: the variant whose names hold that word, the one only.
// Two such words of two of the things ("عندي عربية ملاكي وعربية جيب …
// للاتنين") with a line counted two are one line of each variant.
func (r *Rules) ownClassChosen(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) []Item {
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || !openPiece(items[k]) {
			continue
		}
		from, to, ok := ownSpan(ts, d.start)
		if !ok || overlapsLine(keep, from, to) {
			continue
		}
		i := r.lineBase(items[k])
		if i < 0 {
			continue
		}
		var picks []int
		for m := from; m < to; m++ {
			if ts[m].sep {
				continue
			}
			if j, ok := r.variantSaying(i, d, ts[m].text); ok && !slices.Contains(picks, j) {
				picks = append(picks, j)
			}
		}
		switch {
		case len(picks) == 1:
			setProduct(&items[k], &r.lx.products[picks[0]])
			if n, ok := ownCountBefore(ts, d.start); ok && items[k].Quantity == catalog.One && allSaid(ts, d, n) {
				items[k].Quantity = catalog.MilliFromFloat(n) // "افيمهم الاتنين": the count the asked line left
			}
		case len(picks) == 2 && items[k].Quantity == catalog.MilliFromFloat(2):
			second := items[k]
			setProduct(&items[k], &r.lx.products[picks[0]])
			setProduct(&second, &r.lx.products[picks[1]])
			items[k].Quantity, second.Quantity = catalog.One, catalog.One
			items = append(items, second)
		}
	}
	return items
}

// openPiece: a line sold by the piece, its product chosen or asked
// between products.
func openPiece(it Item) bool {
	if it.Product != nil {
		return it.Product.Unit == catalog.Piece
	}
	return len(it.Ambiguous) > 0 && it.Ambiguous[0].Product != nil && it.Ambiguous[0].Product.Unit == catalog.Piece
}

// lineBase: the index of a line's product, or of the first it is asked
// between; -1 when none.
func (r *Rules) lineBase(it Item) int {
	if it.Product != nil {
		return r.indexOf(it.Product)
	}
	return r.indexOf(it.Ambiguous[0].Product)
}

// setProduct puts product p on line it, its choice settled by a word the
// customer said: no longer asked between products.
func setProduct(it *Item, p *catalog.Product) {
	it.Product, it.SKU, it.Ambiguous, it.Vague = p, p.SKU, nil, false
	it.Confidence = max(it.Confidence, settledConfidence)
}

// settledConfidence: a line whose variant a said word chose.
const settledConfidence = 0.9

// variantSaying: among the products of product i's head noun, the one
// whose names hold unit w and every word of draft d (i itself when it
// does); false when none or several do.
func (r *Rules) variantSaying(i int, d *draft, w string) (int, bool) {
	info := r.lx.info
	if w == "" || info[i].head == "" || w == info[i].head {
		return 0, false
	}
	found := -1
	for j := range info {
		if info[j].head != info[i].head || !info[j].all[w] {
			continue
		}
		if !slices.ContainsFunc(d.words, func(u string) bool { return !info[j].all[u] }) {
			if found >= 0 {
				return 0, false
			}
			found = j
		}
	}
	return found, found >= 0
}

// ownSpan: the words telling the customer's own things, from right after
// a word of having to the verb of wanting right before token at ("عندي
// [عربيتين ملاكي] عايز فاميه"), at most a short clause.
func ownSpan(ts []token, at int) (int, int, bool) {
	to := at
	for to > 0 && (wantVerbs[ts[to-1].text] || wantVerbs[wordKey(ts[to-1].surface)]) {
		to--
	}
	if to == at {
		return 0, 0, false
	}
	for k := to - 1; k >= 0 && k >= to-8; k-- {
		w := lower(strings.TrimPrefix(ts[k].surface, "و"))
		if haveWords[w] {
			return k + 1, to, k+1 < to
		}
		if wantVerbs[ts[k].text] {
			break
		}
	}
	return 0, 0, false
}

// overlapsLine: some line's words lie among ts[from:to].
func overlapsLine(keep []*draft, from, to int) bool {
	return slices.ContainsFunc(keep, func(e *draft) bool { return e.start < to && from < e.end })
}

// allSaid: "all n of them" said among draft d's words ("افيمهم الاتنين
// فاميه", "للتلاتة"): the number word with the article, its value n.
func allSaid(ts []token, d *draft, n float64) bool {
	for m := d.start; m <= d.end && m < len(ts); m++ {
		if v, ok := articledCount(ts[m].surface); ok && v == n && !ts[m].sep {
			return true
		}
	}
	return false
}
