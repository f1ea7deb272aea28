package understand

import (
	"math"
	"slices"
	"sort"
	"strings"

	"fatoora/catalog"
)

// Goods sold by weight in packs: one piece SKU per pack weight, the weight
// in the name ("كمون مطحون (ربع كيلو)", "(نص كيلو)", "(كيلو)", "بندق 250
// جرام", "Veal 500 g"), the price per pack and the stock in packs. A
// weight the customer says of such goods is made of the product's own
// packs the way a clerk at the counter makes it — the largest first: "٢
// كيلو" two of the kilo pack, "كيلو ونص" a kilo and a half pack, "٧٥٠
// جرام" a half and a quarter — and a weight its packs cannot make is
// asked, never a fraction of a pack invoiced (weighed.go).

// weighedPacks: the catalog's goods sold in weighed packs.
type weighedPacks struct {
	kg      []float64 // the pack's weight in kilos, by product; 0: no weighed pack
	fam     []int32   // the family (the same goods in other packs), by product; -1: none
	members [][]int32 // each family's packs, the heaviest first
}

// newWeighedPacks groups the products sold by the piece, priced per no
// measure and no service, whose names give the weight one piece holds,
// by their Arabic name less that weight ("كمون مطحون" of "كمون مطحون
// (ربع كيلو)"): the same goods in their packs.
func newWeighedPacks(lx *lexicon) *weighedPacks {
	w := &weighedPacks{kg: make([]float64, len(lx.products)), fam: make([]int32, len(lx.products))}
	byKey := map[string]int32{}
	for i := range lx.products {
		w.fam[i] = -1
		p := &lx.products[i]
		if p.Unit != catalog.Piece || PricedPer(*p) != "" || lx.info[i].service || perWeightNamed(p) {
			continue
		}
		pf := lx.pieceOf(i)
		kg := pf.kg
		if kg == 0 && pf.kgIn == 1 {
			kg = 1 // "لحمة بتلو (كيلو)": a kilo a pack, said bare
		}
		key := weightlessName(p.NameAr)
		if kg <= 0 || key == "" {
			continue
		}
		f, ok := byKey[key]
		if !ok {
			f = int32(len(w.members))
			byKey[key] = f
			w.members = append(w.members, nil)
		}
		if slices.ContainsFunc(w.members[f], func(o int32) bool { return math.Abs(w.kg[o]-kg) < 1e-9 }) {
			continue // two packs of one weight: not packs of one goods
		}
		w.kg[i], w.fam[i] = kg, f
		w.members[f] = append(w.members[f], int32(i))
	}
	for _, m := range w.members {
		sort.SliceStable(m, func(a, b int) bool { return w.kg[m[a]] > w.kg[m[b]] })
	}
	return w
}

// weightlessName: a name's words less its weight (the weight word, the
// figure or fraction before it), the pack's goods; "" when it gives none.
func weightlessName(name string) string {
	return packlessName(measurelessName(name, func(ks []string, k int) bool { return weightKg(ks[k]) > 0 }))
}

// measurelessName: a name's words less the measure at each word isMeasure
// says (and the figure or fraction before it: "نص كيلو", "4 L"); "" when
// the name says none. A pack word right before them ("كيس 1 كيلو") is
// marked with packMark for packlessName.
func measurelessName(name string, isMeasure func(ks []string, k int) bool) string {
	ks := keysWithX(name)
	var out []string
	found := false
	for k := 0; k < len(ks); k++ {
		if isMeasure(ks, k) {
			found = true
			if n := len(out); n > 0 {
				if _, ok := parseDigits(out[n-1]); ok {
					out = out[:n-1]
				} else if _, ok := fractionWord(out[n-1]); ok {
					out = out[:n-1]
				}
			}
			if n := len(out); n > 1 && packWord(wordKey(out[n-1])) {
				out[n-1] = packMark + out[n-1] // marked for packlessName
			}
			continue
		}
		out = append(out, ks[k])
	}
	if !found {
		return ""
	}
	return strings.Join(out, " ")
}

// packsOf: the packs of the goods product idx is one pack of, the
// heaviest first; nil when it is none.
func (w *weighedPacks) packsOf(idx int) []int32 {
	if idx < 0 || idx >= len(w.fam) || w.fam[idx] < 0 {
		return nil
	}
	return w.members[w.fam[idx]]
}

// makeWeight: kg made of packs, the heaviest first as a clerk makes it
// ("كيلو ونص": the kilo and the half); nil when they cannot make it.
func (w *weighedPacks) makeWeight(packs []int32, kg float64) []packCount {
	var out []packCount
	left := kg
	for _, p := range packs {
		each := w.kg[p]
		n := math.Floor(left/each + 1e-6)
		if n >= 1 {
			out = append(out, packCount{p, n})
			left -= n * each
		}
	}
	if math.Abs(left) > 1e-6 || len(out) == 0 {
		return nil
	}
	return out
}

// packCount: n of pack idx.
type packCount struct {
	idx int32
	n   float64
}

// weighedSaid: the weight line d says of its goods, in kilos — a weight
// before or after them ("نص كيلو لوز", "لوز ٢ كيلو", "كيلو ونص لوز", "1.5
// kg of …", "a kilo of …"), a bare quarter or half beside them ("لوز
// ربع", "ربع لوز", Franco "rob3"); 0 when none. each > 0: a count said
// with the goods and one pack's weight after them ("٢ برطمان عجوة نص
// كيلو"): that many of the pack of weight each, never a weight to make.
func (r *Rules) weighedSaid(ts []token, d *draft) (kg, each float64) {
	a := d.pre
	if a != nil && a.unit == "" && !a.per && !a.dozen && !a.implied {
		if k := a.end; a.val >= 1 && k+1 < len(ts) && !ts[k].sep && ts[k].text == "و" && !ts[k+1].sep && strings.Contains(ts[k+1].text, " ") {
			if f := tokenKg(ts[k+1]); f > 0 && f < 1 {
				return a.val + f, 0 // "2 w nos kilo": the و apart
			}
		}
		// the last weight word in the amount: a corrected amount's range
		// runs over the goods to the correction ("٢ كيلو كاجو ونص كيلو
		// لوز، لا الكاجو خليه كيلو ونص": the kilo of the correction)
		for k := min(a.end, len(ts)-1); k >= a.start; k-- {
			if f := tokenKg(ts[k]); f > 0 && !ts[k].sep {
				if strings.Contains(ts[k].text, " ") {
					if k > a.start && f < 1 && a.val >= 1 && (ts[k].conj || strings.HasPrefix(ts[k].surface, "و") || ts[k-1].text == "و") {
						return a.val + f, 0 // "تلاتة ونص كيلو", "2 w nos kilo": the figure and a half, in kilos
					}
					if packsCounted(ts, a, k, f) {
						return f, a.val // "اتنين نص كيلو كبدة": two half-kilo packs
					}
					return f, 0 // "نص كيلو" the vocabulary joined, the figure implied
				}
				if packsCounted(ts, a, k, f) {
					return f, a.val // "٢ نص كيلو", the vocabulary keeping "نص": two half-kilo packs
				}
				return a.val * f, 0 // "٢ كيلو", "وكيلو ونص": the figure's kilos
			}
		}
	}
	if w, ok := weightSaid(ts, d); ok && w > 0 {
		if a != nil && a.unit == "" && !a.per && !a.dozen && !a.implied && a.val >= 1 && a.val == math.Trunc(a.val) && len(d.counts) == 0 {
			if f := packWeightAfter(ts, d); f > 0 && math.Abs(w-a.val*f) > 1e-9 {
				return f, a.val
			}
		}
		return w, 0
	}
	if a != nil && (a.unit != "" || a.per || a.dozen) {
		return 0, 0
	}
	if a != nil && !a.implied && a.val >= 1 && a.val == math.Trunc(a.val) && len(d.counts) == 0 {
		if f := packWeightAfter(ts, d); f > 0 {
			return f, a.val // "2 bartaman 3agwa nos kilo": two jars of half a kilo
		}
	}
	// a weight the vocabulary joined into one word ("ربع كيلو" → "250
	// gm"), said before the goods or among their words
	if k := d.start - 1; k >= 0 && !ts[k].sep && a == nil && len(d.counts) == 0 {
		if f := tokenKg(ts[k]); f > 0 && strings.Contains(ts[k].text, " ") {
			return f, 0
		}
	}
	for k := d.start; k < d.end && k < len(ts); k++ {
		if ts[k].sep {
			break
		}
		if f := tokenKg(ts[k]); f > 0 && (strings.Contains(ts[k].text, " ") || k == d.start) {
			if a != nil && a.val >= 1 && a.val == math.Trunc(a.val) {
				return f, a.val // "٢ برطمان عسل نص كيلو": two jars of half a kilo
			}
			if a == nil && len(d.counts) == 0 {
				return f, 0
			}
		}
	}
	if a != nil || len(d.counts) > 0 {
		return 0, 0
	}
	// a bare fraction right before the goods or right after them
	if k := d.start - 1; k >= 0 && !ts[k].sep && !ts[d.start].conj {
		if f, ok := bareFraction(ts, k); ok {
			return f, 0
		}
	}
	for k := d.start; k < d.end && k < len(ts); k++ {
		if ts[k].sep {
			break
		}
		if f, ok := bareFraction(ts, k); ok && (k == d.start || k == d.end-1) {
			return f, 0
		}
	}
	if k := d.end; k < len(ts) && k > d.start && !ts[k].sep && !ts[k].conj && !strings.HasPrefix(ts[k].surface, "و") {
		if f, ok := bareFraction(ts, k); ok {
			return f, 0 // "loz rob3": the quarter after the goods
		}
	}
	return 0, 0
}

// packsCounted: the amount a is a whole count said right before token k,
// a fraction of a kilo said with its weight word ("اتنين نص كيلو كبدة",
// "٣ ربع كيلو", "2 half kilo", Franco "etnen nos kilo"), no و between:
// that many packs of the weight f, never the count times a fraction read
// as one weight to make (two halves made into the kilo pack) nor the
// count lost.
func packsCounted(ts []token, a *amount, k int, f float64) bool {
	if k != a.end || k == a.start || f <= 0 || f >= 1 || a.val < 1 || a.val != math.Trunc(a.val) {
		return false
	}
	t := ts[k]
	if t.conj || strings.HasPrefix(t.surface, "و") || ts[k-1].text == "و" {
		return false
	}
	fs := strings.Fields(t.lowSurface())
	if len(fs) == 2 && weightKg(fs[1]) > 0 {
		_, ok := fractionWord(fs[0])
		return ok // "نص كيلو", "half kilo", "nos kilo"
	}
	return strings.Contains(t.text, " ") // "500 gm" the vocabulary joined from "نص كيلو"
}

// packWeightAfter: the weight one pack holds said after line d's goods
// ("٢ برطمان عجوة نص كيلو"), 0 when none.
func packWeightAfter(ts []token, d *draft) float64 {
	for k := d.start + 1; k <= d.end && k < len(ts); k++ {
		if ts[k].sep {
			break
		}
		if f := tokenKg(ts[k]); f > 0 {
			if strings.Contains(ts[k].text, " ") {
				return f
			}
			v := 1.0
			if p := k - 1; p > d.start && !ts[p].sep {
				if x, ok := parseDigits(ts[p].text); ok {
					v = x
				} else if x, ok := fractionWord(strings.TrimPrefix(ts[p].text, "و")); ok {
					v = x
				}
			}
			return v * f
		}
	}
	return 0
}

// tokenKg: the kilos token t says — a weight word (one of it: "كيلو",
// "وكيلو", "kg"), or a weight the vocabulary joined into one word with
// its figure or fraction ("250 gm" of "ربع كيلو", "نص كيلو"); 0 for any
// other.
func tokenKg(t token) float64 {
	for _, w := range []string{t.text, t.lowSurface(), strings.TrimPrefix(t.lowSurface(), "و")} {
		fs := strings.Fields(w)
		switch len(fs) {
		case 1:
			if f := weightKg(fs[0]); f > 0 {
				return f
			}
		case 2:
			f := weightKg(fs[1])
			if f == 0 {
				continue
			}
			if v, ok := parseDigits(fs[0]); ok && v > 0 {
				return v * f
			}
			if v, ok := fractionWord(strings.TrimPrefix(fs[0], "و")); ok {
				return v * f
			}
		}
	}
	return 0
}

// bareFraction: token k is a quarter or a half said alone ("ربع", "نص",
// "rob3", "nos"), no weight word after it: that share of a kilo.
func bareFraction(ts []token, k int) (float64, bool) {
	w := strings.TrimPrefix(ts[k].text, "و")
	f, ok := fractionWord(w)
	if !ok || f != 0.25 && f != 0.5 {
		return 0, false
	}
	if k+1 < len(ts) && !ts[k+1].sep && (weightKg(ts[k+1].surface) > 0 || lengthAfter(ts, k)) {
		return 0, false
	}
	return f, true
}

// lengthAfter: a unit of length follows token k ("نص مم", "ربع بوصة",
// "nos cm"): the fraction is that measure, never a pack's weight.
func lengthAfter(ts []token, k int) bool {
	if k+1 >= len(ts) || ts[k+1].sep {
		return false
	}
	for _, w := range []string{ts[k+1].text, ts[k+1].lowSurface()} {
		if u, ok := unitWord(w); ok && (u == "mm" || u == "cm" || u == "m") || inchWords[w] {
			return true
		}
	}
	return false
}

// inchWords name an inch.
var inchWords = set("بوصة", "بوصه", "انش", "إنش", "inch", "inches", "bosa", "bousa")

// perKiloAsked: the message asks a price per kilo ("الكيلو بكام", "بكام
// الكيلو", "how much per kilo", "kam el kilo"): a weight word with the
// article, or after "per"/"the"/a Franco article. A line d that names its
// own pack ("وعلبة الاكل الكبيرة بكام؟": the large can) asks that pack's
// price: a kilo said outside it is another line's ("كيس الزلط الكيلو
// بكام؟": the 1 kg bag), never four cans (h35d).
func perKiloAsked(ts []token, d *draft) bool {
	ownPack := false
	for k := d.start; k < d.end && k < len(ts); k++ {
		ownPack = ownPack || !ts[k].sep && packWord(wordKey(strings.TrimPrefix(ts[k].surface, "و")))
	}
	for k, t := range ts {
		if t.sep || weightKg(t.surface) != 1 && weightKg(strings.TrimPrefix(fold(t.surface), "ال")) != 1 {
			continue
		}
		if ownPack && (k < d.start || k >= d.end) {
			continue
		}
		if strings.HasPrefix(fold(t.surface), "ال") || k > 0 && !ts[k-1].sep && perWord(ts[k-1].surface) {
			return true
		}
	}
	return false
}

// weighPacks: the line's goods are one pack of goods sold in weighed packs
// and a weight was said of them: the packs that make it, the first the
// item's line and the rest lines of their own (more); the candidates of a
// which-question, each goods' packs making the weight, counted. A weight
// no pack of theirs makes is asked (how many), never a fraction of a pack.
// ok is false when the goods are sold in no weighed packs or no weight was
// said.
func (r *Rules) weighPacks(ts []token, d *draft, it *Item, best int, asked bool) (first packCount, more []packCount, amb []Candidate, ok bool) {
	wp := r.weighed
	if wp.packsOf(best) == nil {
		return first, nil, nil, false
	}
	kg, each := r.weighedSaid(ts, d)
	if kg == 0 && asked && perKiloAsked(ts, d) {
		kg = 1 // "الكيلو بكام": the kilo pack's price
	}
	if kg == 0 {
		return first, nil, nil, false
	}
	// the goods asked between, each once; a weight said is of goods sold
	// by weight ("كيلو كندوز" is no trotter, though "بقري" names both)
	fams := []int32{wp.fam[best]}
	for _, c := range it.Ambiguous {
		if i := r.indexOf(c.Product); i >= 0 && wp.fam[i] >= 0 && !slices.Contains(fams, wp.fam[i]) {
			fams = append(fams, wp.fam[i])
		}
	}
	if len(fams) > 1 {
		if f, ok := r.plainGoods(d, fams); ok {
			fams = []int32{f} // "٣ كيلو بتلو": the veal, not the minced veal
		}
	}
	made := false
	for _, f := range fams {
		ps := wp.makeWeight(wp.members[f], kg)
		if each > 0 {
			ps = wp.packOfWeight(wp.members[f], kg, each)
		}
		if ps == nil {
			continue
		}
		if !made {
			first, more, made = ps[0], ps[1:], true
		}
		if len(fams) > 1 {
			for _, pc := range ps {
				amb = append(amb, Candidate{Product: &r.lx.products[pc.idx], Score: 1, Count: pc.n})
			}
		}
	}
	if !made {
		return packCount{idx: -1}, nil, nil, true
	}
	return first, more, amb, true
}

// priceWords ask what goods cost ("بكام", "سعر", "how much").
var priceWords = set("بكام", "بكم", "كام", "سعر", "سعره", "سعرها", "تمن", "تمنه", "تمنها", "price", "prices", "cost", "much", "bkam", "b kam", "kam", "se3r")

// priceAsked: the message asks a price.
func priceAsked(ts []token) bool {
	for _, t := range ts {
		if !t.sep && (priceWords[t.text] || priceWords[t.lowSurface()]) {
			return true
		}
	}
	return false
}

// weightWords: a lack that is only a weight said ("ونص كيلو", "ربع",
// "250 جرام"), which the packs made.
func weightWords(lack string) bool {
	for _, w := range strings.Fields(lack) {
		w = strings.TrimPrefix(w, "و")
		if _, ok := fractionWord(w); ok {
			continue
		}
		if _, ok := parseDigits(w); ok || weightKg(w) > 0 {
			continue
		}
		return false
	}
	return true
}

// weightOpens marks a quarter or a half written with و right after a word
// of goods sold in weighed packs, then a weight word and a word of such
// goods again ("كيلو لوز ونص كيلو كاجو", "ربع كيلو كمون مطحون ونص كيلو
// فلفل"): the next goods' weight — never "and a half" of the line before,
// nor words of its name ("نص" and "كيلو" are the packs' names' words).
func (r *Rules) weightOpens(ts []token) {
	if len(r.weighed.members) == 0 {
		return
	}
	for k := 1; k+1 < len(ts); k++ {
		t := ts[k]
		goods := k + 2 // the goods' word after the weight
		if f := tokenKg(t); f > 0 && f < 1 && weightJoined(t) {
			goods = k + 1 // "ونص كيلو" the vocabulary joined into one word
		} else if k+2 >= len(ts) || ts[k+1].sep || ts[k+1].conj || !weightMeasure(ts[k+1]) {
			continue
		} else if f, ok := fractionWord(strings.TrimPrefix(t.text, "و")); !ok || f <= 0 || f >= 1 {
			continue
		}
		if t.sep || ts[goods].sep {
			continue
		}
		h := k - 1
		if !t.conj && !strings.HasPrefix(t.text, "و") {
			if ts[h].sep || ts[h].text != "و" || h == 0 {
				continue
			}
			h-- // "و نص كيلو": the و apart
		}
		// "… خليهم كيلو ونص، ونص كيلو بسكويت": after a pause, no half
		// of the amount before it
		paused := ts[h].sep && pauseMarks[ts[h].text] && h > 0 && !ts[h-1].sep
		if !paused && (ts[h].sep || !r.weighedWord(ts[h])) || !r.weighedWord(ts[goods]) {
			continue
		}
		ts[k].weighOpens = true
		if weightJoined(t) {
			ts[goods].weighOpens = true // the goods head their line
		}
	}
	// English "… of veal and a kilo of kandouz": "and", "a", the weight,
	// "of", and goods in weighed packs after a word of such goods
	for k := 1; k+3 < len(ts); k++ {
		if ts[k].sep || ts[k].lowSurface() != "and" || ts[k-1].sep || !r.weighedWord(ts[k-1]) {
			continue
		}
		m := k + 1
		if w := ts[m].lowSurface(); !ts[m].sep && (w == "a" || w == "an" || w == "one") {
			m++
		}
		if m+2 >= len(ts) || ts[m].sep || tokenKg(ts[m]) != 1 || strings.Contains(ts[m].text, " ") {
			continue
		}
		g := m + 1
		if !ts[g].sep && ts[g].lowSurface() == "of" {
			g++
		}
		if g < len(ts) && !ts[g].sep && r.weighedWord(ts[g]) {
			ts[m].weighOpens, ts[g].weighOpens = true, true // the goods head their line
		}
	}
}

// weighedWord: t is a word of goods sold in weighed packs, no figure,
// weight or fraction.
func (r *Rules) weighedWord(t token) bool {
	if !t.lex || isNumber(t.text) || weightKg(t.surface) > 0 || weightKg(t.text) > 0 {
		return false
	}
	if _, ok := fractionWord(strings.TrimPrefix(t.text, "و")); ok {
		return false
	}
	for _, p := range r.lx.postings[t.text] {
		if r.weighed.fam[p] >= 0 {
			return true
		}
	}
	return false
}

// packOfWeight: n of the pack of weight kg ("٢ برطمان نص كيلو"), nil when
// the goods come in no such pack.
func (w *weighedPacks) packOfWeight(packs []int32, kg, n float64) []packCount {
	for _, p := range packs {
		if math.Abs(w.kg[p]-kg) < 1e-9 {
			return []packCount{{p, n}}
		}
	}
	return nil
}

// wholePieces: goods sold in packs of a weight their names give (weighed
// packs, a bag of 25 kilos) are never invoiced nor quoted in part —
// "كيلو ونص" read as 1.5 of a one-kilo pack, "1.5 kg" of a bag: how
// many, asked, whatever rule gave the fraction. Goods priced per a
// measure ("Cardamom per kilo", "(الكيلو)") keep it.
func (r *Rules) wholePieces(items []Item) {
	part := func(p *catalog.Product, q float64) bool {
		if p == nil || p.Unit != catalog.Piece || q == math.Trunc(q) || PricedPer(*p) != "" || perWeightNamed(p) {
			return false
		}
		idx := r.indexOf(p)
		return idx >= 0 && (r.weighed.fam[idx] >= 0 || r.lx.pieceOf(idx).kg > 0)
	}
	for k := range items {
		it := &items[k]
		q := it.Quantity.Float()
		bad := part(it.Product, q)
		if it.Product == nil && len(it.Ambiguous) > 0 && q != math.Trunc(q) {
			bad = true
			for _, c := range it.Ambiguous {
				bad = bad && part(c.Product, q)
			}
		}
		for _, c := range it.Ambiguous {
			if c.Count != 0 && part(c.Product, c.Count) {
				bad = true
			}
		}
		if !bad {
			continue
		}
		it.Quantity = catalog.One
		for j := range it.Ambiguous {
			it.Ambiguous[j].Count = 0
		}
		if !slices.Contains(it.Missing, "count") {
			it.Missing = append(it.Missing, "count")
		}
		it.Confidence = math.Round(it.Confidence*500) / 1000
	}
}

// perWeightNamed: p's name gives a weight with the article, the price's
// measure ("قطن مندوف (الكيلو)", "شوي (للكيلو)"): sold by the weight
// asked, no pack of it.
func perWeightNamed(p *catalog.Product) bool {
	for _, f := range strings.Fields(fold(p.NameAr)) {
		f = strings.Trim(f, "()")
		for _, pre := range []string{"بال", "لل", "ال"} {
			if w, ok := strings.CutPrefix(f, pre); ok && weightKg(w) > 0 {
				return true
			}
		}
	}
	return false
}

// plainGoods: of the goods in weighed packs a line may name (fams), the
// one whose name leaves unsaid only the shop's common word — a word
// opening or in the names of three or more of its goods ("لحمة" of "لحمة
// بتلو", "لحمة كندوز", "لحمة ضاني" …) — when exactly one does: "كيلو
// بتلو" is the veal, "مفروم بتلو" leaving its own kind unsaid.
func (r *Rules) plainGoods(d *draft, fams []int32) (int32, bool) {
	wp := r.weighed
	common := func(u string) bool {
		n := 0
		for _, m := range wp.members {
			if len(m) > 0 && slices.Contains(r.lx.info[m[0]].phrases[0], u) {
				n++
			}
		}
		return n >= 3
	}
	heldByAll := func(u string) bool {
		for _, f := range fams {
			if !r.lx.info[wp.members[f][0]].all[u] {
				return false
			}
		}
		return true
	}
	found, n := int32(-1), 0
	for _, f := range fams {
		info := &r.lx.info[wp.members[f][0]]
		if len(info.phrases) == 0 {
			return -1, false
		}
		plain := true
		for _, u := range info.phrases[0] {
			if d.uniq[u] || tokenKg(token{text: u, surface: u}) > 0 || isNumber(u) {
				continue
			}
			if _, ok := fractionWord(u); ok {
				continue
			}
			if !common(u) || !heldByAll(u) {
				// "كحك سادة" beside "كحك بالعجوة": a word the other goods
				// asked between lack tells them apart, however many of the
				// shop's names hold it — no plain one of the two
				plain = false
				break
			}
		}
		if plain {
			found, n = f, n+1
		}
	}
	return found, n == 1
}

// goodsWord: unit u is no figure, fraction or weight (a word naming goods).
func goodsWord(u string) bool {
	if isNumber(u) || tokenKg(token{text: u, surface: u}) > 0 {
		return false
	}
	_, frac := fractionWord(strings.TrimPrefix(u, "و"))
	return !frac
}

// bareFractionsPacks: in a shop selling goods in weighed packs, a quarter
// or a half said alone beside a word of such goods ("ربع كاجو ونص لوز",
// "loz rob3") is that goods' pack, never a product by itself — though a
// service's name holds the word ("تحميص نص كيلو"): no catalog word.
func (r *Rules) bareFractionsPacks(ts []token) {
	if len(r.weighed.members) == 0 {
		return
	}
	for k := range ts {
		t := ts[k]
		if t.sep || !t.lex {
			continue
		}
		if f, ok := fractionWord(strings.TrimPrefix(t.text, "و")); ok && f > 0 && f < 1 && lengthAfter(ts, k) {
			ts[k].lex = false // "سلك نحاس نص مم": half a millimetre, no half-kilo pack
			continue
		}
		f, ok := bareFraction(ts, k)
		if !ok || f <= 0 || t.weighOpens {
			continue // "ونص كيلو" the vocabulary keeps as "نص": the next goods' weight (weightOpens)
		}
		if k > 0 && !ts[k-1].sep && (isNumber(ts[k-1].text) || isNumberWord(ts[k-1].text) || weightMeasure(ts[k-1])) {
			continue // "كيلو ونص", "٢ ونص": and a half of the amount before
		}
		// "حصان ونص وفلتر": the next goods said with their own و are
		// another line, no half of them
		next := k+1 < len(ts) && !ts[k+1].sep && !ts[k+1].conj && r.weighedWord(ts[k+1])
		prev := k > 0 && !ts[k-1].sep && !t.conj && !strings.HasPrefix(t.text, "و") && r.weighedWord(ts[k-1])
		if next || prev {
			ts[k].lex = false
		}
	}
}

// packMark marks a pack word measurelessName found right before a measure.
const packMark = "\x00"

// packlessName: a measureless name less its marked pack words — "… كيس 1
// كيلو" beside "… شيكارة 25 كيلو" are one goods in two packs — or with
// them, unmarked, for volumes (volumelessName keeps the can's word).
func packlessName(n string) string {
	ws := strings.Fields(n)
	ws = slices.DeleteFunc(ws, func(w string) bool { return strings.HasPrefix(w, packMark) })
	return strings.Join(ws, " ")
}

// pauseMarks end a clause inside a line of text: "،", ",", ".", ";".
var pauseMarks = set(",", "،", ".", ";")

// weightJoined: the vocabulary joined a fraction and its weight word into
// one token ("ونص كيلو" read as its "نص كيلو", or as the "نص" the shop's
// list gives for it).
func weightJoined(t token) bool {
	return strings.Contains(t.text, " ") || len(strings.Fields(strings.TrimPrefix(t.lowSurface(), "و"))) == 2
}

// amountBeforeWords: the current line's amount was said before its goods'
// words and only those words follow it up to i ("ونص كيلو كبدة" before
// "وقوانص"): a name that joins two words with و ("كبدة وقوانص") goes on
// after it (andInName), as it does with no amount.
func (sg *segmenter) amountBeforeWords(i int) bool {
	a := sg.cur.pre
	if a == nil || a.end >= i {
		return false
	}
	for k := a.end; k < i; k++ {
		if t := sg.ts[k]; t.sep || !t.lex || isNumber(t.text) || t.color != "" {
			return false
		}
	}
	return true
}
