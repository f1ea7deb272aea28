package understand

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"fatoora/catalog"
)

// A correction that names the pack the goods just asked are sold in: "٥
// اسكرينة جلاس.. لا خليها علبة العشرة احسن", "٤ قواعد كراسي.. لا خليهم ٦،
// يبقى هات العلبة الستة", Franco "la khaliha el 3elba", "no, make it the
// box of 10", "actually the box". The customer takes the loose pieces
// back and asks for the pack instead: the pack's line replaces the line
// before the correction, never stands beside it (the pieces and the box
// were both invoiced).

// packInstead drops each line that a correction right after it replaces
// with a pack of the same goods, the pack named (or with the same product
// said again by its pack: "… لا خليهم ٦، يبقى هات العلبة الستة" of a
// line read as the box already).
func (r *Rules) packInstead(ts []token, items []Item) []Item {
	for k := 1; k < len(items); k++ {
		a, b := items[k-1], items[k]
		if b.Product == nil || a.Unread || b.Unread || a.end == 0 || b.start < a.end-1 || b.start > len(ts) {
			continue
		}
		// the line's product, or the ones it asks between ("٦ قواعد":
		// six seat foams or the box of six)
		same := func(p *catalog.Product) bool { return p == b.Product || r.packOfSame(p, b.Product) }
		if !(a.Product != nil && same(a.Product) || a.Product == nil && len(a.Ambiguous) > 0 && !slices.ContainsFunc(a.Ambiguous, func(c Candidate) bool { return !same(c.Product) })) {
			continue
		}
		if !packNamed(ts, b.start, b.end-1) || !correctedBetween(ts, a.end-1, b.start) {
			continue
		}
		if b.Color == "" && a.Color != "" && hasColor(b.Product, a.Color) {
			// "٥ اقلام جاف ازرق.. لا خليها علبة ال١٢": the colour said
			// of the goods is the pack's
			items[k].Color = a.Color
			items[k].Missing = without(slices.Clone(b.Missing), "color")
		}
		items = slices.Delete(items, k-1, k)
		k--
	}
	return items
}

// packOfSame: product b is a pack of product a's goods — sold by the
// piece as a is, in its category, its Arabic name saying a pack or a set
// ("علبة 10 اسكرينة جلاس", "طقم …"; a piece word, "(قطعة)", is none) or
// its names what one holds ("Box of 6 …", "(علبة 12 قلم)"), a's neither,
// and a word of a's names (no figure, pack or colour) among b's.
func (r *Rules) packOfSame(a, b *catalog.Product) bool {
	ai, bi := r.indexOf(a), r.indexOf(b)
	if ai < 0 || bi < 0 || a.Unit != catalog.Piece || b.Unit != catalog.Piece || a.Category != b.Category {
		return false
	}
	packed := func(i int) bool {
		return r.lx.info[i].pack >= 2 || slices.ContainsFunc(keysOf(r.lx.products[i].NameAr), func(k string) bool { return packWord(k) || setWords[k] || packNouns[k] })
	}
	if !packed(bi) || packed(ai) {
		return false
	}
	// the names' own words: the category and the material every product
	// of a kind may share are none
	bw := map[string]bool{}
	for _, ph := range r.lx.info[bi].phrases {
		for _, w := range ph {
			bw[w] = true
		}
	}
	for _, ph := range r.lx.info[ai].phrases {
		for _, w := range ph {
			if !isNumber(w) && !pieceWords[w] && !packWord(w) && !stopUnits[w] && r.lx.colors[w] == "" && (bw[w] || slices.ContainsFunc(keysOf(b.NameAr), func(x string) bool { return pluralOfWord(x, w) })) {
				return true
			}
		}
	}
	return false
}

// packNamed: a pack or set word is said among tokens from..to ("العلبة
// الستة", "a box of 12", "el 3elba"): the line names the pack.
func packNamed(ts []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(ts); k++ {
		if t := ts[k]; !t.sep {
			w := wordKey(strings.TrimPrefix(lower(t.surface), "و"))
			if w = strings.TrimPrefix(w, "ال"); packWord(w) || setWords[w] || packNouns[w] || packWord(t.text) || container(t) {
				return true
			}
		}
	}
	return false
}

// correctedBetween: between tokens from and to (the end of one line, the
// start of the next) the customer corrects what was said: "لا" or "no"
// opening a clause, a correction cue ("خليها", "khaliha", "make it"), or
// "actually" / "instead".
func correctedBetween(ts []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(ts); k++ {
		t := ts[k]
		if t.sep {
			continue
		}
		w := lower(t.surface)
		switch {
		case (t.text == "لا" || noWords[w]) && (k == 0 || ts[k-1].sep || sorryWords[lower(ts[k-1].surface)]):
			return true
		case correctionAt(ts, k) > k:
			return true
		case insteadWords[w] || insteadWords[strings.TrimPrefix(w, "و")]:
			return true
		}
	}
	return false
}

// packNouns are packs a name opens with beside packWords' containers.
var packNouns = set("باكو", "باكت", "pack")

// insteadWords say what follows takes the place of what was said before.
var insteadWords = set("actually", "instead", "rather", "بدلها", "بدالها", "بدلهم", "بدالهم")

// The goods a pack holds counted in the plural its name counts them in:
// "٤ كوبايات رز بلبن" of "علبة رز بلبن 6 كوبايات" beside "رز بلبن
// (كوباية)", Franco "4 koubayat", "٤ قواعد كراسي سفرة" of "علبة 6 قواعد
// كراسي سفرة" beside "قاعدة كرسي سفرة". The plural is the pieces'
// (كوباية → كوبايات, قاعدة → قواعد), the word the pack's name says what it
// holds in, so the count is of pieces: the single one, that many of them,
// never that many packs. A count the pack's figure divides ("٦ كوبايات",
// "١٢ كوباية" of a pack of 6) may mean the packs: asked, the pack beside
// the pieces, counted in packs if picked.

// piecesOfPack: line d's best product is such a pack, its count said
// before the goods with no pack word; the single product whose names hold
// the singular of the plural said, and every other word said, is the
// line's (c). pack is how many packs the count makes when the pack's
// figure divides it (0 otherwise).
func (r *Rules) piecesOfPack(ts []token, d *draft, best scored) (c scored, pack int, ok bool) {
	if d.pre == nil || d.pre.unit != "" || d.pre.implied || d.pre.dozen || d.pre.val < 1 || d.pre.val != math.Trunc(d.pre.val) || packOnLine(ts, d) {
		return scored{}, 0, false
	}
	bp := &r.lx.products[best.idx]
	ks := keysOf(bp.NameAr)
	m, held := 0, ""
	for i := 0; i+1 < len(ks); i++ {
		if v, err := strconv.Atoi(ks[i]); err == nil && v >= 2 && d.uniq[ks[i+1]] {
			m, held = v, ks[i+1]
			break
		}
	}
	if held == "" || bp.Unit != catalog.Piece {
		return scored{}, 0, false
	}
	// the single may explain too few of the words said to be a candidate
	// ("قاعدة كرسي" of "قواعد كراسي"): the products named by any of them
	seen := map[int]bool{best.idx: true}
	for _, w := range d.words {
		for _, p := range r.lx.postings[w] {
			i := int(p)
			if seen[i] || isNumber(w) {
				continue
			}
			seen[i] = true
			o := scored{idx: i, score: best.score}
			op := &r.lx.products[i]
			if op.Unit != bp.Unit || op.Category != bp.Category || r.lx.info[o.idx].pack >= 2 || !r.packOfSame(op, bp) {
				continue
			}
			all := r.lx.info[o.idx].all
			if !r.pluralOfName(i, held) && !slices.ContainsFunc(r.lx.info[o.idx].phrases, func(ph []string) bool {
				return slices.ContainsFunc(ph, func(s string) bool { return pluralOfWord(held, s) })
			}) {
				continue
			}
			// every other word said is the single's, or its plural is
			rest := true
			for w := range d.uniq {
				if w == held || isNumber(w) || all[w] {
					continue
				}
				rest = rest && r.pluralOfName(i, w)
			}
			if !rest {
				continue
			}
			if n := int(d.pre.val); n%m == 0 {
				pack = n / m
			}
			return o, pack, true
		}
	}
	return scored{}, 0, false
}

// pluralOfWord: pl is a plural of the noun sg — its sound feminine
// (كوباية → كوبايات), a فواعل (قاعدة → قواعد), فعالي (كرسي → كراسي) or
// أفعّة form.
func pluralOfWord(pl, sg string) bool {
	if pl == sg || !isArabicWord(pl) {
		return false
	}
	if s, ok := soundFeminine(sg); ok && s == pl {
		return true
	}
	return slices.Contains(fawaail(sg), pl) || brokenPlural(pl, sg) || slices.Contains(afilla(sg), pl)
}

// pluralOfName: w is the plural of a word of product idx's Arabic name.
func (r *Rules) pluralOfName(idx int, w string) bool {
	return slices.ContainsFunc(keysOf(r.lx.products[idx].NameAr), func(s string) bool { return pluralOfWord(w, s) })
}
