package understand

import (
	"math"
	"slices"
	"sort"
	"strings"

	"fatoora/catalog"
)

// Goods sold in cans of several volumes: one piece SKU per can, the litres
// in the name ("زيت موتور 10W40 4 لتر" beside "… 1 لتر", "Emulsion paint
// 18 L"), the price per can. A volume the customer says of such goods is
// made of the goods' own cans the way a clerk makes it, the largest first
// — "٥ لتر" the 4 L can and the 1 L one, "٨ لتر" two of the 4 L, "٢ لتر"
// two of the 1 L — as weighed packs make a weight (weighed.go); a volume
// no cans of theirs make is asked, never a can invoiced for a volume it
// does not hold (pouredPacks).

// pouredPacks: the catalog's goods sold in cans of two or more volumes.
type pouredPacks struct {
	litres  []float64 // the can's litres, by product; 0: no such can
	fam     []int32   // the family (the same goods in other cans), by product; -1: none
	members [][]int32 // each family's cans, the largest first
	// sure: the can's names give its volume in words that say nothing
	// else — a litre, "مل", or its English name ("250 ml") — by product,
	// where "مللي" alone is a millimetre as often ("زجاج ٦ مللي")
	sure []bool
}

// newPouredPacks groups the products sold by the piece, priced per no
// measure and no service, whose names give the litres one piece holds, by
// their Arabic name less that volume ("زيت موتور 10w40 نص تخليقي" of "…
// 4 لتر"): the same goods in their cans. Goods in one can only are no
// family (the can's own rule, pieceVolume, counts them).
func newPouredPacks(lx *lexicon) *pouredPacks {
	w := &pouredPacks{litres: make([]float64, len(lx.products)), fam: make([]int32, len(lx.products)), sure: make([]bool, len(lx.products))}
	byKey := map[string]int32{}
	var members [][]int32
	for i := range lx.products {
		w.fam[i] = -1
		p := &lx.products[i]
		if p.Unit != catalog.Piece || PricedPer(*p) != "" || lx.info[i].service {
			continue
		}
		l := pieceIn(p, litres)
		if l <= 0 || pieceIn(p, gallonScale) > 0 {
			continue
		}
		key := volumelessName(p.NameAr)
		if key == "" {
			continue
		}
		f, ok := byKey[key]
		if !ok {
			f = int32(len(members))
			byKey[key] = f
			members = append(members, nil)
		}
		members[f] = append(members[f], int32(i))
		w.litres[i] = l
		w.sure[i] = volumeSure(p)
	}
	for _, m := range members {
		vols := map[float64]bool{}
		for _, i := range m {
			vols[w.litres[i]] = true
		}
		if len(m) == 1 && w.sure[m[0]] {
			continue // one can, its volume sure: millilitres said of it are made of it (pourPacks)
		}
		if len(m) < 2 || len(vols) != len(m) || slices.Min(litresOf(w.litres, m)) > 1 {
			// one can, or two cans of one volume (two goods, not one
			// goods in its cans): no family; nor goods whose smallest
			// piece holds more than a litre — a heater or a tank named by
			// its capacity ("سخان 50 لتر" beside "… 80 لتر") is one
			// piece of the size asked, never made of smaller ones, where
			// goods poured by the litre come in a litre can or less
			for _, i := range m {
				w.litres[i], w.sure[i] = 0, false
			}
			continue
		}
		sort.SliceStable(m, func(a, b int) bool { return w.litres[m[a]] > w.litres[m[b]] })
		f := int32(len(w.members))
		for _, i := range m {
			w.fam[i] = f
		}
		w.members = append(w.members, m)
	}
	return w
}

// volumelessName: a name's words less its volume (the litre word and the
// figure or fraction before it), the can's goods; "" when it gives none.
func volumelessName(name string) string {
	return strings.ReplaceAll(measurelessName(name, func(ks []string, k int) bool {
		counted := false
		if k > 0 {
			_, counted = parseDigits(ks[k-1])
		}
		return litres(ks[k]) > 0 && (len([]rune(ks[k])) > 1 || counted) // "4 L", never a letter alone
	}), packMark, "")
}

// makeVolume: l litres made of cans, the largest first as a clerk pours
// them; nil when that way leaves a remainder (asked, even where smaller
// cans alone would make it: 6 L of 4 L and 3 L cans).
func (w *pouredPacks) makeVolume(cans []int32, l float64) []packCount {
	var out []packCount
	left := l
	for _, c := range cans {
		n := math.Floor(left/w.litres[c] + 1e-6)
		if n >= 1 {
			out = append(out, packCount{c, n})
			left -= n * w.litres[c]
		}
	}
	if math.Abs(left) > 1e-6 || len(out) == 0 {
		return nil
	}
	return out
}

// pourPacks: the line's goods are one can of goods sold in cans of several
// volumes and a volume in litres was said of them ("زيت 10W40 ٥ لتر", "5
// litres of 10W40 oil", Franco "5 litr"): the cans that make it, the first
// the item's line and the rest lines of their own; first.idx < 0 when no
// cans of theirs make it (how many, asked). ok is false when the goods
// are in no such cans, no volume was said, or the line is still open
// between goods other than these cans.
func (r *Rules) pourPacks(ts []token, d *draft, it *Item, best int) (first packCount, more []packCount, ok bool) {
	w := r.poured
	if best < 0 || best >= len(w.fam) || w.fam[best] < 0 && !w.sure[best] {
		return first, nil, false
	}
	f := w.fam[best]
	cans := []int32{int32(best)} // one can only: millilitres of it
	if f >= 0 {
		cans = w.members[f]
	}
	for _, c := range it.Ambiguous {
		if i := r.indexOf(c.Product); i < 0 || f < 0 || w.fam[i] != f {
			return first, nil, false // "زيت ٥ لتر" between two oils: which, asked first
		}
	}
	l, said := 0.0, false
	if f >= 0 {
		l, said = amountIn(ts, d, litres)
	}
	if !said && !slices.ContainsFunc(cans, func(c int32) bool { return !w.sure[c] }) {
		l, said = millilitresAsMm(ts, d)
	}
	if !said || l <= 0 {
		return first, nil, false
	}
	ps := w.makeVolume(cans, l)
	if ps == nil {
		return packCount{idx: -1}, nil, true
	}
	if len(ps) == 1 && ps[0].idx == int32(best) && it.Quantity == catalog.MilliFromFloat(ps[0].n) && len(it.Ambiguous) == 0 {
		return first, nil, false // what the line already says
	}
	return ps[0], slices.Clone(ps[1:]), true
}

// litresOf: the litres of cans m.
func litresOf(l []float64, m []int32) []float64 {
	out := make([]float64, len(m))
	for k, i := range m {
		out[k] = l[i]
	}
	return out
}

// volumeSure: p's names give the volume of its can in words that say
// nothing else — its English name ("Abamectin insecticide 250 ml", "1 L"),
// or in Arabic a litre or "مل" — where "مللي" and "ملي" alone are read as
// millimetres as often ("زجاج ٦ مللي").
func volumeSure(p *catalog.Product) bool {
	if pieceIn(&catalog.Product{NameEn: p.NameEn}, litres) > 0 {
		return true
	}
	return pieceIn(&catalog.Product{NameAr: p.NameAr}, func(w string) float64 {
		if f := litres(w); f == 1 || lower(w) == "مل" {
			return f
		}
		return 0
	}) > 0
}

// millilitresAsMm: line d's one amount, before its goods or after them,
// was read in millimetres from a millilitre word ("٥٠٠ مللي مبيد", "مبيد
// ٧٥٠ ملي", "٥٠٠ مل" written as the catalog's "مللي"), which Egyptians
// say of a bottle's contents as of a thickness: its litres. The caller
// asks it only of goods whose cans are sure to hold volumes.
func millilitresAsMm(ts []token, d *draft) (float64, bool) {
	if len(d.counts) > 0 {
		return 0, false
	}
	a := d.pre
	switch {
	case a == nil && len(d.groups) == 1 && len(d.groups[0]) == 1:
		a = &d.groups[0][0]
	case a == nil || len(d.groups) > 0:
		return 0, false
	}
	if a.unit != "mm" || a.per || a.implied || a.val <= 0 {
		return 0, false
	}
	for k := a.start; k < a.end && k < len(ts); k++ {
		if !ts[k].sep && mlWords[ts[k].lowSurface()] {
			return a.val * 0.001, true
		}
	}
	return 0, false
}
