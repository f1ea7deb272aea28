package understand

import (
	"math"
	"strings"

	"fatoora/catalog"
)

// Ranges in the names (rangeChosen): a shop that prices a work or goods
// by the size of what it is for names its variants by a range — "رش مبيد
// لشقة لحد 100 متر", "… من 100 لـ 150 متر", "… فوق 150 متر"; "Generator
// rental 5 to 10 kVA", "delivery up to 10 km". The range is catalog data,
// read from the names: a figure the customer says of the line in the
// range's unit ("شقة ١٨٠ متر", "a 90 square metre flat") chooses the
// variant whose range holds it; a figure no range holds, or one on a
// boundary two ranges share, is asked between them — and so is the kind
// said with no figure and no word only one variant's names hold.

// nameRange is the range a product's name gives: lo..hi in the unit
// (unitClass) the name says after its figure, the ends held or not; fam
// is the family's key, the name's other words (every product sharing
// them and giving a range is a variant of one kind).
type nameRange struct {
	lo, hi     float64
	loIn, hiIn bool
	unit       string
	fam        string
}

func (g *nameRange) holds(v float64) bool {
	return (v > g.lo || g.loIn && v == g.lo) && (v < g.hi || g.hiIn && v == g.hi)
}

// range words, normalised keys
var (
	rangeUpTo  = set("لحد", "حتي", "لغايه", "upto", "until", "max", "maximum")
	rangeOver  = set("فوق", "over", "above")
	rangeUnder = set("تحت", "under", "below")
	rangeFrom  = set("من", "from", "بين", "between")
	rangeTo    = set("ل", "لحد", "الي", "لغايه", "حتي", "to", "and", "و", "-")
	rangeMore  = set("اكتر", "اكثر", "more", "اعلي")
	rangeLess  = set("اقل", "less")
)

// unitClass: the measure a unit word says, metres and square metres one
// (an apartment's "١٢٠ متر" is its area), "" when w is no unit.
func unitClass(w string) string {
	w = lower(w)
	if u, ok := unitWord(w); ok {
		if u == "sqm" {
			return "m"
		}
		return u
	}
	switch w {
	case "مربع", "square", "sq", "m²", "متر²":
		return "m"
	case "كم", "km", "kms", "كيلومتر", "kilometer", "kilometers", "kilometre", "kilometres":
		return "km"
	case "kva", "كيلوفولت":
		return "kva"
	case "kw", "كيلووات":
		return "kw"
	}
	if weightKg(w) == 1 {
		return "kg" // "لحد 1 كيلو", "up to 5 kg": a parcel's weight band
	}
	return ""
}

// parseRange reads the one range the keys of a name give, and the keys
// left when it and its unit are taken out.
func parseRange(ks []string) (nameRange, string, bool) {
	var g nameRange
	from, to := -1, -1
	for i, k := range ks {
		v, ok := parseDigits(k)
		if !ok || i <= to {
			continue
		}
		if from >= 0 {
			return g, "", false // a second figure: no one range
		}
		prev := func(n int) string {
			if i-n >= 0 {
				return ks[i-n]
			}
			return ""
		}
		switch {
		case rangeFrom[prev(1)] && i+2 < len(ks) && rangeTo[ks[i+1]]:
			w, ok := parseDigits(ks[i+2])
			if !ok || w <= v {
				return g, "", false
			}
			g = nameRange{lo: v, hi: w, loIn: true, hiIn: true}
			from, to = i-1, i+2
		case i+2 < len(ks) && (ks[i+1] == "to" || ks[i+1] == "-"):
			w, ok := parseDigits(ks[i+2])
			if !ok || w <= v {
				return g, "", false
			}
			g = nameRange{lo: v, hi: w, loIn: true, hiIn: true}
			from, to = i, i+2
		case prev(1) == "to" && prev(2) == "up":
			g = nameRange{lo: 0, hi: v, loIn: true, hiIn: true}
			from, to = i-2, i
		case rangeUpTo[prev(1)]:
			g = nameRange{lo: 0, hi: v, loIn: true, hiIn: true}
			from, to = i-1, i
		case rangeOver[prev(1)]:
			g = nameRange{lo: v, hi: math.Inf(1)}
			from, to = i-1, i
		case rangeUnder[prev(1)]:
			g = nameRange{lo: 0, hi: v, loIn: true}
			from, to = i-1, i
		case (prev(1) == "من" || prev(1) == "than") && rangeMore[prev(2)]:
			g = nameRange{lo: v, hi: math.Inf(1)}
			from, to = i-2, i
		case (prev(1) == "من" || prev(1) == "than") && rangeLess[prev(2)]:
			g = nameRange{lo: 0, hi: v, loIn: true}
			from, to = i-2, i
		default:
			return g, "", false // a figure that is no range: a size, a pack
		}
	}
	if from < 0 || to+1 >= len(ks) {
		return g, "", false
	}
	if g.unit = unitClass(ks[to+1]); g.unit == "" {
		return g, "", false // a range of no unit the rules can read
	}
	to++
	if to+1 < len(ks) && unitClass(ks[to+1]) == g.unit {
		to++ // "متر مربع"
	}
	rest := append(append([]string(nil), ks[:from]...), ks[to+1:]...)
	return g, strings.Join(rest, " "), true
}

// nameRanges reads the ranges the catalog's names give: a product's
// range is kept when another product of the same other words gives one
// in the same unit (variants of one kind).
func (lx *lexicon) nameRanges() {
	got := make([]*nameRange, len(lx.products))
	count := map[string]int{}
	for i := range lx.products {
		p := &lx.products[i]
		g, fam, ok := parseRange(keysWithX(p.NameAr))
		fam = "ar " + fam
		if !ok {
			if g, fam, ok = parseRange(keysWithX(p.NameEn)); !ok {
				continue
			}
			fam = "en " + fam
		}
		g.fam = fam + " " + g.unit
		got[i] = &g
		count[g.fam]++
	}
	for i, g := range got {
		if g != nil && count[g.fam] >= 2 {
			lx.info[i].rng, lx.anyRange = g, true
		}
	}
}

// rangeMembers: the products of range family fam, in the catalog's order.
func (r *Rules) rangeMembers(fam string) []int {
	var out []int
	for i := range r.lx.info {
		if g := r.lx.info[i].rng; g != nil && g.fam == fam {
			out = append(out, i)
		}
	}
	return out
}

// rangeChosen lets a figure said of a line choose among products named by
// ranges (see the top of this file): the line's product or the products it
// asks between are variants of one range family; a figure in the family's
// unit said from the line's start up to the next line or the sentence's
// end chooses the variant holding it, else the line asks between the
// variants that could hold it (all when none does). A chosen variant
// with no figure said, and no word of the line only its names hold, was
// a guess: the line asks between them all.
func (r *Rules) rangeChosen(ts []token, items []Item) {
	if !r.lx.anyRange {
		return
	}
	for k := range items {
		it := &items[k]
		fam, among := r.rangeFamily(it), false
		if fam == "" {
			fam, among = r.bandsAmong(it), true
		}
		if fam == "" || it.end == 0 || it.start >= len(ts) || it.zoned {
			continue
		}
		members := r.rangeMembers(fam)
		unit := r.lx.info[members[0]].rng.unit
		limit := len(ts)
		for j := range items {
			if j != k && items[j].start > it.start && items[j].start < limit && items[j].end > 0 {
				limit = items[j].start
			}
		}
		v, found := figureOf(ts, it.start, limit, unit)
		if !found && sameSizeSaid(ts, it.start, limit) {
			// "والتنضيف العميق لنفس المساحة": the area of the line before
			v, found = sameSizeBefore(ts, items, k, unit)
		}
		if among && !found {
			continue // other goods asked beside the bands, and no size said to choose
		}
		var holding []int
		if found {
			for _, m := range members {
				if r.lx.info[m].rng.holds(v) {
					holding = append(holding, m)
				}
			}
		} else if it.Product != nil && !it.Vague && r.saidOnlyOf(ts, it, members) {
			continue // "رش شقة وسط": a word of one variant's names chose it
		}
		if found && it.Product.Unit == catalog.Piece && it.Quantity == catalog.MilliFromFloat(v) {
			it.Quantity = catalog.One // the size, never how many
		}
		if len(holding) == 1 {
			p := &r.lx.products[holding[0]]
			it.Product, it.SKU, it.Vague, it.Ambiguous = p, p.SKU, false, nil
			it.Lacks = nil
			it.Confidence = math.Max(it.Confidence, 0.9)
			continue
		}
		if len(holding) == 0 {
			holding = members
		}
		r.openAmong(it, holding)
	}
}

// rangeFamily: the range family of the line's product, or of every
// product the line asks between.
func (r *Rules) rangeFamily(it *Item) string {
	fam := ""
	of := func(p *catalog.Product) bool {
		i := r.indexOf(p)
		if i < 0 || r.lx.info[i].rng == nil {
			return false
		}
		if fam == "" {
			fam = r.lx.info[i].rng.fam
		}
		return r.lx.info[i].rng.fam == fam
	}
	if it.Product == nil || !of(it.Product) {
		return ""
	}
	for _, c := range it.Ambiguous {
		if c.Product != nil && !of(c.Product) {
			return ""
		}
	}
	return fam
}

// saidOnlyOf: a word of the line (no figure) that the names of its chosen
// product hold and those of some other variant do not.
func (r *Rules) saidOnlyOf(ts []token, it *Item, members []int) bool {
	own := r.indexOf(it.Product)
	for i := it.start; i < it.end && i < len(ts); i++ {
		t := ts[i]
		if t.sep || isNumber(t.text) || !r.lx.info[own].all[t.text] {
			continue
		}
		for _, m := range members {
			if m != own && !r.lx.info[m].all[t.text] {
				return true
			}
		}
	}
	return false
}

// openAmong leaves the line open between the products members (indexes),
// the first its product and the others its close ones, each as likely:
// which is the customer's to say (asked below the threshold).
func (r *Rules) openAmong(it *Item, members []int) {
	it.Vague = true
	it.Product, it.SKU = &r.lx.products[members[0]], r.lx.products[members[0]].SKU
	it.Ambiguous = it.Ambiguous[:0]
	for _, m := range members[1:] {
		it.Ambiguous = append(it.Ambiguous, Candidate{Product: &r.lx.products[m], Score: 1})
	}
	it.Lacks = nil
	it.Confidence = math.Min(it.Confidence, 0.51)
}

// itemProducts are the products a line was read as: its product, then
// the close ones it hesitated between.
func itemProducts(it *Item) []*catalog.Product {
	ps := []*catalog.Product{it.Product}
	for _, c := range it.Ambiguous {
		ps = append(ps, c.Product)
	}
	return ps
}
