package understand

import (
	"strings"

	"fatoora/catalog"
)

// The ordinary kind priced by bands (plainBands, bandSized, sameSizeBefore):
// a shop that prices a work by the size of the place it is done to names
// each band of each kind ("تنضيف شقة عادي لحد 100 م²", "… عادي من 101 لـ
// 150 م²", "تنضيف عميق شقة لحد 100 م²", "تنضيف بعد التشطيب (للمتر
// المربع)"). The kind said bare ("تنضيف شقة", "ينضف الشقة", "pest control
// for my flat") is the one the catalog's own names call ordinary (عادي,
// regular, standard), a whole family of bands, not one product: the bands
// are asked between, or the area said chooses one (rangeChosen). An area
// said of the place ("شقة ١٣٠ متر") is the size the bands are priced by —
// not the m² of a work sold by area, which is chosen only by its own words
// ("بعد التشطيب"). A line saying "the same area" ("لنفس المساحة", "for
// the same flat", "nafs el mesa7a") is priced by the area of the line
// before.

// plainFamily: the products of the range family of plain product idx, the
// others first left out: the bands the ordinary kind said bare asks
// between; nil when idx is no band or the only one.
func (r *Rules) plainFamily(idx int) []int {
	g := r.lx.info[idx].rng
	if g == nil {
		return nil
	}
	var out []int
	for _, m := range r.rangeMembers(g.fam) {
		if m != idx && r.namesPlain(m) {
			out = append(out, m)
		}
	}
	return out
}

// sameBands: products a and b are two bands of one range family (two
// ordinary ones that are one kind priced by size).
func (r *Rules) sameBands(a, b int) bool {
	ga, gb := r.lx.info[a].rng, r.lx.info[b].rng
	return ga != nil && gb != nil && ga.fam == gb.fam
}

// bandSized: the measure said with the line is in the unit of a range
// family some product explaining every word said belongs to and sold by
// the piece — the size of the place its bands are priced by, which no
// work sold by area takes alone (soldAs).
func (r *Rules) bandSized(d *draft, cands []scored) bool {
	a := d.pre
	if a == nil && len(d.groups) == 1 && len(d.groups[0]) == 1 {
		a = &d.groups[0][0]
	}
	if a == nil {
		return false
	}
	unit := a.unit
	if unit == "sqm" {
		unit = "m"
	}
	for _, c := range cands {
		g := r.lx.info[c.idx].rng
		if g != nil && g.unit == unit && int(d.cnt[c.idx]) == len(d.uniq) && r.lx.products[c.idx].Unit == catalog.Piece {
			return true
		}
	}
	return false
}

// sameSizeWord: the token is "نفس" (with ب or ل before it) or "same",
// "nafs".
func sameSizeWord(t token) bool {
	if t.sep {
		return false
	}
	for _, w := range []string{t.text, wordKey(t.surface), t.lowSurface()} {
		if sameWords[w] || sameWords[strings.TrimPrefix(w, "ل")] || sameWords[strings.TrimPrefix(w, "ب")] || w == "same" || w == "nafs" {
			return true
		}
	}
	return false
}

// sameSizeNouns, after "the same", name the size of a place: the area, the
// size, or the place itself.
var sameSizeNouns = set("مساحه", "المساحه", "مقاس", "المقاس", "area", "size", "mesa7a", "el mesa7a", "ma2as", "el ma2as")

// sameSizeSaid: tokens from..to hold "the same area" ("لنفس المساحة",
// "بنفس المقاس", "for the same flat", "nafs el mesa7a").
func sameSizeSaid(ts []token, from, to int) bool {
	for i := from; i < to && i < len(ts); i++ {
		if !sameSizeWord(ts[i]) {
			continue
		}
		for k := i + 1; k < i+3 && k < len(ts) && !ts[k].sep; k++ {
			t := ts[k]
			if sameSizeNouns[t.text] || sameSizeNouns[wordKey(t.surface)] || sameSizeNouns[t.lowSurface()] || placeSaid(t) {
				return true
			}
			if l := t.lowSurface(); l != "the" && l != "el" {
				break
			}
		}
	}
	return false
}

// figureOf: the first figure said in unit (unitClass) between tokens from
// and limit, up to the sentence's end.
func figureOf(ts []token, from, limit int, unit string) (float64, bool) {
	for i := from; i < limit && i < len(ts); i++ {
		t := ts[i]
		if t.sep && (t.text == "." || t.text == "?" || t.text == "!" || t.text == "؟" || t.text == "\n") {
			break
		}
		if x, ok := parseDigits(t.text); ok && i+1 < len(ts) && !ts[i+1].sep &&
			(unitClass(ts[i+1].text) == unit || unitClass(ts[i+1].surface) == unit) {
			return x, true
		}
	}
	return 0, false
}

// sameSizeBefore: the figure in unit said on the line before items[k]
// (from its start up to k's): the size "the same area" points back to.
func sameSizeBefore(ts []token, items []Item, k int, unit string) (float64, bool) {
	prev := -1
	for j := range items {
		if j != k && items[j].end > 0 && items[j].start < items[k].start && (prev < 0 || items[j].start > items[prev].start) {
			prev = j
		}
	}
	if prev < 0 {
		return 0, false
	}
	for i := items[prev].start; i < items[k].start && i < len(ts); i++ {
		if x, ok := parseDigits(ts[i].text); ok && i+1 < len(ts) && !ts[i+1].sep &&
			(unitClass(ts[i+1].text) == unit || unitClass(ts[i+1].surface) == unit) {
			return x, true
		}
	}
	return 0, false
}

// bandsAmong: the one range family among the line's product and the
// products it asks between when every other of them is sold by the piece
// and gives no range ("التنضيف العميق" of the deep cleaning's bands and a
// kitchen's deep cleaning): a size said of the line is the bands' only.
func (r *Rules) bandsAmong(it *Item) string {
	if it.Product == nil || len(it.Ambiguous) == 0 {
		return ""
	}
	fam := ""
	ps := itemProducts(it)
	for _, p := range ps {
		i := r.indexOf(p)
		if i < 0 {
			return ""
		}
		g := r.lx.info[i].rng
		switch {
		case g == nil && p.Unit != catalog.Piece:
			return "" // sold by the measure said: the figure is its amount too
		case g == nil:
		case fam == "":
			fam = g.fam
		case g.fam != fam:
			return ""
		}
	}
	return fam
}

// classOfOtherLine: the class word w is said in the words of another line
// than items[k] ("ورش الجل لنفس المساحة"): that line's kind, set against
// the ordinary one the bare kind of line k is — never given to it.
func classOfOtherLine(ts []token, items []Item, k int, w string) bool {
	for j := range items {
		if j == k || items[j].end == 0 || items[j].Product == nil {
			continue
		}
		for i := items[j].start; i < items[j].end-1 && i < len(ts); i++ {
			if !ts[i].sep && ts[i].text == w {
				return true
			}
		}
	}
	return false
}
