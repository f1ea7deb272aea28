package understand

import (
	"math"

	"fatoora/catalog"
)

// countBeforeSized marks as how many a figure said inside a line's
// naming, right before the noun that with the size after it names goods
// ("اطبع ٤٠ صورة ١٠ في ١٥", Franco "a2ba3 40 sora 10x15", "طباعة ٣
// صور ٢٠×٣٠": forty prints of 10 × 15): a count before a noun, then
// "N في M", is a count of the goods so sized, never a third side of the
// size. Only where some product's names hold the noun and both sides,
// and the word before the figure, and none holds the figure beside the
// two sides (a name's own figure, "سفرة ٦ كراسي ١٨٠×٩٠" of such a name,
// stays the name's).
func (r *Rules) countBeforeSized(ts []token) {
	lx := r.lx
	num := func(i int) (float64, bool) {
		if i < 0 || i >= len(ts) || ts[i].sep {
			return 0, false
		}
		return amountValue(ts[i].text)
	}
	for i := 1; i+4 < len(ts); i++ {
		t := ts[i]
		v, ok := num(i)
		if !ok || v < 2 || v != math.Trunc(v) || t.count || t.used || !isNumber(t.text) {
			continue
		}
		prev, noun := ts[i-1], ts[i+1]
		if prev.sep || !prev.lex || isNumber(prev.text) || dimOps[prev.text] || prev.text == "x" ||
			noun.sep || !noun.lex || isNumber(noun.text) || isUnit(noun.text) || pieceWords[noun.text] {
			continue
		}
		if _, ok := num(i + 2); !ok || !isNumber(ts[i+2].text) || !(dimOps[ts[i+3].text] || ts[i+3].text == "x") {
			continue
		}
		if _, ok := num(i + 4); !ok || !isNumber(ts[i+4].text) || i+5 < len(ts) && (dimOps[ts[i+5].text] || ts[i+5].text == "x") {
			continue
		}
		a, b := ts[i+2].text, ts[i+4].text
		named, figure := false, false
		for _, p := range lx.postings[noun.text] {
			all := lx.info[p].all
			if !all[a] || !all[b] {
				continue
			}
			if all[t.text] {
				figure = true
				break
			}
			named = named || all[prev.text]
		}
		if named && !figure {
			ts[i].count = true
		}
	}
}

// otherCounted: after و, a count before a catalog word that heads no
// product, which the line's piece goods cannot be and which nothing after
// it in the clause makes theirs ("صندوق عداد حديد، وعايز كمان ٢ شباك
// الوميتال": two windows of a kind the shop may not make), counts that
// other thing — a line of its own, never the count of the goods before.
func (r *Rules) otherCounted(sg *segmenter, j int) bool {
	t := sg.ts[j]
	if !t.lex || t.fuzzy || t.color != "" || r.lx.heads[t.text] || r.lx.materials[t.text] || saleUnit(t) || pieceWords[t.text] || r.pack(t.text) || isNumber(t.text) || isUnit(t.text) {
		return false
	}
	d := sg.cur
	if d.partOf != nil || r.unitOf(d) != catalog.Piece || headOf(r, d) == "" || r.fits(d, t.text) {
		return false
	}
	return r.noneFitAhead(sg, j)
}
