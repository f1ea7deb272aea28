package understand

import (
	"math"
	"strings"

	"fatoora/catalog"
)

// themCounted: a work priced per piece (pricedPerOne) said with "them"
// pointing back at goods counted before — its verb's object ("وقصروهم",
// "اقصرهم", "a2asarhom"), or a want-verb's right before it ("وعايزهم
// النهارده" of a same-day service per piece) — is done to each of them:
// "الاتنين" or "both" said with it ("اقصرهم الاتنين", "do both same
// day") is two; else the count of the work per piece on the line just
// before, whose count was said of the goods ("ضيقولي ٢ بنطلون …
// وقصروهم": two hems), never one. A work per order (a delivery:
// perOrder) and one whose name prices it per no piece stay as said.
func (r *Rules) themCounted(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	var prev *Item
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || k >= len(items) {
			continue
		}
		it := &items[k]
		cur := prev
		prev = it
		p := it.Product
		if p == nil || p.Unit != catalog.Piece || !p.MadeToOrder || !pricedPerOne(p) || r.perOrder(p) ||
			it.Quantity != catalog.One || d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 || d.start >= len(ts) {
			continue
		}
		them, two := themSaid(ts, d)
		if !them {
			continue
		}
		var n catalog.Milli
		switch {
		case two:
			n = catalog.MilliFromFloat(2)
		case cur != nil && cur.Product != nil && cur.Product.Unit == catalog.Piece && cur.Product.MadeToOrder && pricedPerOne(cur.Product) &&
			cur.Quantity > catalog.One && cur.Quantity.Float() == math.Trunc(cur.Quantity.Float()):
			n = cur.Quantity
		default:
			continue
		}
		it.Quantity = n
		it.Missing = without(it.Missing, "count")
	}
}

// themWants: English want-verbs before "them" and a work ("need them
// same day").
var themWants = set("want", "need", "wanted", "needed")

// themStems: want-verbs said with "them" as their object before a work
// ("وعايزهم النهارده", "محتاجينهم", Franco "3ayzhom").
var themStems = []string{"عايز", "عاوز", "محتاج", "عايزين", "عاوزين", "محتاجين", "3ayez", "3ayz", "3awez", "3awz", "me7tag"}

// themSaid: draft d's work is said on "them" — its own first word a verb
// or noun with the plural object ("وقصروهم", "اقصرهملي", "تقصيرهم",
// "a2asarhom"), a want-verb with it right before ("وعايزهم"), or English
// "both" or "want them" right before ("do both same day") — and two: "الاتنين"/"both"
// says how many.
func themSaid(ts []token, d *draft) (them, two bool) {
	plural := func(w string) bool {
		for _, s := range []string{"لي", "لنا", "ly", "li"} {
			w = strings.TrimSuffix(w, s)
		}
		return strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "hom")
	}
	first := ts[d.start]
	w := strings.TrimPrefix(first.lowSurface(), "و")
	if plural(w) && (first.text != wordKey(w) || first.verb || isLatinWord(w) && first.lex) {
		// the surface's object was read through to the work's noun
		return true, d.start+1 < len(ts) && !ts[d.start+1].sep && bothWords[wordKey(ts[d.start+1].lowSurface())]
	}
	if d.start == 0 || ts[d.start-1].sep {
		return false, false
	}
	b := ts[d.start-1].lowSurface()
	if b == "both" {
		return true, true
	}
	if b == "them" && d.start >= 2 && !ts[d.start-2].sep && themWants[ts[d.start-2].lowSurface()] {
		return true, false // "I want them same day"
	}
	b = strings.TrimPrefix(b, "و")
	for _, st := range themStems {
		if rest, ok := strings.CutPrefix(b, st); ok && (rest == "هم" || rest == "اهم" || rest == "ينهم" || rest == "hom" || rest == "ahom") {
			return true, false
		}
	}
	return false, false
}
