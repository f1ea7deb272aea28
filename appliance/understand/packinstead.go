package understand

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

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

// packOfSame: product b is a pack of product a's goods — goods, no
// service, sold by the piece as a is, in its category, its Arabic name
// saying a pack or a set and its figure ("علبة 10 اسكرينة جلاس", "طقم 4
// …"; a piece word, "(قطعة)", is none) or its names what one holds ("Box
// of 6 …", "(علبة 12 قلم)"), a's neither, and a word of a's names (no
// figure, pack or colour) among b's.
func (r *Rules) packOfSame(a, b *catalog.Product) bool {
	ai, bi := r.indexOf(a), r.indexOf(b)
	if ai < 0 || bi < 0 || a.Unit != catalog.Piece || b.Unit != catalog.Piece || a.Category != b.Category || r.isService(a) || r.isService(b) {
		return false
	}
	if !r.packedName(bi) || r.packedName(ai) {
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
			w := t.surfKey()
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
		w := t.lowSurface()
		switch {
		case (t.text == "لا" || noWords[w]) && (k == 0 || ts[k-1].sep || sorryWords[ts[k-1].lowSurface()]):
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
var packNouns = set(packNounWords...)

// packNounWords are packNouns' words; outerPacks holds them too.
var packNounWords = []string{"باكو", "باكت", "pack"}

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
	ks := r.lx.nameKeys(best.idx) // keysOf(bp.NameAr)
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
	// ("قاعدة كرسي" of "قواعد كراسي"), or none ("٣ كوبايات" alone): the
	// products of the pack's category sold as it is
	for i := range r.lx.products {
		op := &r.lx.products[i]
		if i == best.idx || op.Unit != bp.Unit || op.Category != bp.Category || !r.packOfSame(op, bp) || !r.pluralOfName(i, held) {
			continue
		}
		// every other word said is the single's, or its plural is
		all := r.lx.info[i].all
		rest := true
		for w := range d.uniq {
			rest = rest && (w == held || isNumber(w) || all[w] || r.pluralOfName(i, w))
		}
		if !rest {
			continue
		}
		if n := int(d.pre.val); n%m == 0 {
			pack = n / m
		}
		return scored{idx: i, score: best.score}, pack, true
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
	return slices.ContainsFunc(r.lx.nameKeys(idx), func(s string) bool { return pluralOfWord(w, s) })
}

// singleOfPacks: line d names, in the singular and with no count, pack or
// plural said, goods that one product sells single and the others in packs
// of it, all named by the pieces' word ("والكوباية لوحدها بكام؟" of "رز
// بلبن (كوباية)" beside "علبة رز بلبن 6 كوبايات", "Pack of 6 … cups"): one
// piece is asked of, the single product — never a question which.
func (r *Rules) singleOfPacks(ts []token, d *draft, best scored, amb []Candidate) (scored, bool) {
	if d.pre != nil || len(d.counts) > 0 || d.plural || packOnLine(ts, d) {
		return scored{}, false
	}
	for k := d.start; k < d.end && k < len(ts); k++ {
		if ts[k].plural || ts[k].dual {
			return scored{}, false
		}
	}
	idxs := []int{best.idx}
	for _, c := range amb {
		idxs = append(idxs, r.indexOf(c.Product))
	}
	single := -1
	for _, i := range idxs {
		if r.lx.info[i].pack < 2 && !r.packedName(i) {
			if single >= 0 && single != i {
				return scored{}, false
			}
			single = i
		}
	}
	if single < 0 || int(d.cnt[single]) != len(d.uniq) {
		return scored{}, false
	}
	for _, i := range idxs {
		if i != single && !r.packOfSame(&r.lx.products[single], &r.lx.products[i]) {
			return scored{}, false
		}
		if i != single && r.boxOf(single, i) > 0 && !d.uniq[r.lx.info[single].phrases[0][0]] {
			return scored{}, false // "جل للصراصير": no tube said, nor the box (unsaidBox)
		}
	}
	return scored{idx: single, score: best.score}, true
}

// packedName: product i's Arabic name says a pack or a set and right
// after it how many it holds ("علبة 10 …", "طقم 4 …"; "شيكارة 25 كيلو" is
// a weight), or its names say what one holds ("Pack of 6 …"; packOf).
func (r *Rules) packedName(i int) bool {
	if r.lx.info[i].pack >= 2 {
		return true
	}
	ks := r.lx.nameKeys(i)
	for k := 0; k+1 < len(ks); k++ {
		if !(packWord(ks[k]) || setWords[ks[k]] || packNouns[ks[k]]) {
			continue
		}
		if v, err := strconv.Atoi(ks[k+1]); err == nil && v >= 2 {
			if k+2 < len(ks) {
				if _, measure := unitWord(ks[k+2]); measure || measureWords[ks[k+2]] || weightUnits[ks[k+2]] {
					continue // "شيكارة 25 كيلو": a weight, no count of pieces
				}
			}
			return true
		}
	}
	return false
}

// A pack said with no goods of the shop's beside goods it does not know:
// "ولو عندكم ايس كريم مانجا علبة ٢ لتر ضيفوها" in a shop that sells no
// ice cream. The box is the unknown goods'
// container, never one of the shop's boxes (a cake box, a pack of
// pudding): the line is a thing the shop may not carry, for a person.

// packOfUnknown: line d's only words of the catalog are a pack word and
// the measure of what it holds ("علبة ٢ لتر"), and a word no product has,
// a noun rather than talk or a verb, comes right before them: the goods
// in that pack.
func (r *Rules) packOfUnknown(ts []token, d *draft) bool {
	from := d.start
	if d.pre != nil && d.pre.start >= 0 {
		from = min(from, d.pre.start)
	}
	packs, measured := 0, false
	for k := from; k < d.end && k < len(ts); k++ {
		t := ts[k]
		if t.sep || isNumber(t.text) {
			continue
		}
		if _, measure := unitWord(t.text); measure || measureWords[t.text] || weightUnits[t.text] {
			measured = true
			continue // "علبة ٢ لتر": what the box holds
		}
		if !t.lex || t.color != "" {
			continue
		}
		w := t.surfKey()
		if !(packWord(t.text) || pieceWords[t.text] || packWord(w) || pieceWords[w] || container(t)) {
			return false
		}
		packs++
	}
	if packs == 0 {
		return false
	}
	unknown := func(k int) bool {
		if k < 0 || k >= len(ts) {
			return false
		}
		t := ts[k]
		w := t.lowSurface()
		return !t.sep && !t.lex && !t.aside && !t.neg && t.color == "" && !isNumber(t.text) && utf8.RuneCountInString(w) >= 3 &&
			(isArabicWord(w) || isLatinWord(w)) && !clauseVerbLike(t.surface) && !orderCues[t.text] && !fillers[t.text] &&
			!tooWords[t.text] && !withWords[t.text] && !stopUnits[t.text] && !isNumberWord(t.text)
	}
	return measured && unknown(from-1)
}
