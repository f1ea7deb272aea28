package understand

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"fatoora/catalog"
)

// Goods a shop prices per a pack its name states ("كروت شخصية (علبة 1000
// كارت)", "فلاير A5 (1000 فلاير)", "Flyers (per 1000)", "علبة مفصلات (100
// حبة)", "Box of 100 hinges"): a line's quantity is packs, and a customer
// counts the goods themselves ("٢٠٠٠ كارت", "5000 flyer", "٣٠٠ كرتونة").

var bracketed = regexp.MustCompile(`\(([^)]*)\)`)

// packOf reads the pack a product's names state: how many goods one holds
// (2 or more) and the word the name counts them in ("كارت" of "(علبة 1000
// كارت)", "" of "(per 1000)"), which must follow a pack word ("علبة",
// "كيس"), or, in a pack of 10 or more, be a piece word ("حبة", "pcs") or
// a word of the product's own naming outside the brackets — a set's
// pieces ("(٥ قطع)", "(٦ حشوات)"), "(4 أفراد)",
// "(50 مم)", "(3 حصان)" are no packs. English "box of N", "pack of N" and
// "per N" outside brackets count too.
func packOf(p *catalog.Product) (int, string) {
	own := map[string]bool{}
	for _, s := range append([]string{bracketed.ReplaceAllString(p.NameAr, " "), bracketed.ReplaceAllString(p.NameEn, " ")}, p.Synonyms...) {
		for _, k := range keysOf(s) {
			own[k], own[strings.TrimSuffix(k, "ه")] = true, true
		}
	}
	for _, name := range []string{p.NameAr, p.NameEn} {
		for _, m := range bracketed.FindAllStringSubmatch(name, -1) {
			if n, u := packSaid(keysOf(m[1]), own); n > 0 {
				return n, u
			}
		}
		if n, u := packSaid(keysOf(bracketed.ReplaceAllString(name, " ")), nil); n > 0 {
			return n, u // "Box of 100 …", "باكو 6 رول"
		}
		if n, u := packAround(keysOf(bracketed.ReplaceAllString(name, " "))); n > 0 {
			return n, u // "كارت بطاريات CR2032 خمسة"
		}
	}
	return 0, ""
}

// packSaid reads "N word" (a word of the goods' own naming, own; nil:
// none), "per N", "box of N" or "pack of N" in ks.
func packSaid(ks []string, own map[string]bool) (int, string) {
	for i, k := range ks {
		n, err := strconv.Atoi(k)
		if err != nil || n < 2 {
			continue
		}
		if i > 0 && (ks[i-1] == "per" || ks[i-1] == "of" && i > 1 && (outerPacks[ks[i-2]] || cardPacks[ks[i-2]])) {
			return n, "" // "(per 1000)", "Box of 100 …", "bag of 100"
		}
		if own == nil && i > 0 && outerPacks[ks[i-1]] && i+1 == len(ks) && n >= 10 {
			// "بلالين لاتكس 12 بوصة كيس 100", "أطباق كرتون باكو 10": the
			// pack ends the name ("Transport box 20 fish" holds 20 fish)
			return n, ""
		}
		if own == nil && i > 1 && cardPacks[ks[i-1]] && i+1 == len(ks) {
			// "بطاريات قلم AA كارت 4": a card of goods named before it
			return n, ""
		}
		if own == nil && i > 0 && outerPacks[ks[i-1]] && i+2 == len(ks) && packedUnits[ks[i+1]] {
			// "مناديل مطبخ باكو 6 رول", "صابون أطباق كرتونة 12 عبوة": the
			// pack and what it counts end the name
			return n, ks[i+1]
		}
		if i+1 < len(ks) && own != nil {
			u := ks[i+1]
			packed := i > 0 && pieceWords[ks[i-1]] // "(علبة 1000 كارت)", "(كيس 4 قطع)"
			if _, measure := unitWord(u); measure || measureWords[u] || weightUnits[u] || isNumber(u) || slices.Contains(ks, "+") {
				continue // "(كيس 5 كيلو)", "(ملاية + 2 كيس مخدة)"
			}
			if (packed || n >= 10) && (packed || pieceWords[u] || own[u] || own[strings.TrimSuffix(u, "ه")]) {
				return n, u
			}
		}
	}
	return 0, ""
}

// cardPacks: a card (blister) of goods, said after the goods' name with
// its count ("بطاريات قلم كارت 4"); heading a name it is the goods
// themselves ("كارت ميموري 64 جيجا", a memory card).
var cardPacks = set("كارت", "card")

// packWordSaid: w names a pack the goods come in ("كارت", "cards", "كيس"),
// not the goods.
func packWordSaid(w string) bool {
	return outerPacks[w] || cardPacks[w] || cardPacks[strings.TrimSuffix(w, "s")] || outerPacks[strings.TrimSuffix(w, "es")] || outerPacks[strings.TrimSuffix(w, "s")]
}

// packAround reads a pack that heads a name and a count that ends it, in
// a word or a figure after a word ("كارت بطاريات CR2032 خمسة", "علبة
// مناديل ٦"): that many of the goods the word after the pack names, never
// a size's last figure ("كرتونة شحن 20×15×10") or a measure ("علبة بيتزا
// 30 سم").
func packAround(ks []string) (int, string) {
	if len(ks) < 3 || !outerPacks[ks[0]] && !cardPacks[ks[0]] {
		return 0, ""
	}
	last := ks[len(ks)-1]
	n, ok := numberWord(last)
	if !ok {
		n, ok = parseDigits(last)
		if ok && isNumber(ks[len(ks)-2]) {
			return 0, "" // a size's figures
		}
	}
	if !ok || n < 2 || n != math.Trunc(n) || isNumber(ks[1]) {
		return 0, ""
	}
	return int(n), ks[1]
}

// packedUnits: what a pack ending a name counts ("باكو 6 رول", "كرتونة
// 12 عبوة").
var packedUnits = set("رول", "عبوه", "قطعه", "حبه", "علبه", "كيس", "ازازه", "زجاجه", "فرخ", "ورقه", "roll", "rolls", "pcs", "pieces", "bottles", "cans", "sheets")

// outerPacks are the packs a name states its count in outside brackets:
// "كيس 100", "باكو 10", "bag of 100" — packNounWords among them.
var outerPacks = set(append([]string{"كيس", "علبه", "كرتونه", "box", "bag", "packet", "carton"}, packNounWords...)...)

// packCounts reads a count of goods sold by the pack as what it counts: a
// count said in the pack's own word ("٢٠٠٠ كارت" of a box of 1000 cards),
// or one of the pack's size or more said with a word of the goods that is
// no pack ("٢٠٠ مفصلة" of a box of 100 hinges), is of the goods — that
// many packs when it is a whole multiple of the pack ("5000 flyer" is 5
// packs of 1000), otherwise a count a clerk asks about (never 2000 boxes
// of 1000). A count of packs ("٥ علب", "3 boxes") stays as said.
func (r *Rules) packCounts(items []Item) {
	for k := range items {
		it := &items[k]
		if it.Product == nil || it.Product.Unit != catalog.Piece || it.Quantity < catalog.One || it.Quantity%catalog.One != 0 {
			continue
		}
		idx, ok := r.lx.bySKU[it.Product.SKU]
		if !ok || r.lx.info[idx].pack < 2 {
			continue
		}
		in := &r.lx.info[idx]
		if it.Quantity == catalog.One {
			// "رول مناديل مطبخ" of "مناديل مطبخ باكو 6 رول": one roll, said
			// in what the pack counts — a roll or the pack? asked
			// (a pack counted in the name's own head, "فلاير A4 (1000
			// فلاير)", is the product)
			ks := keysOf(it.Product.NameAr)
			if ws := strings.Fields(it.Phrase); in.packUnit != "" && len(ws) > 1 && r.sameCountWord(wordKey(lower(ws[0])), in.packUnit) &&
				len(ks) > 0 && !r.sameCountWord(ks[0], in.packUnit) && !slices.Contains(it.Missing, "count") {
				it.Missing = append(it.Missing, "count")
			}
			continue
		}
		q := int(it.Quantity / catalog.One)

		ws := strings.Fields(it.Phrase)
		at := countWordAt(ws, q)
		dozens := false
		if at < 0 && !in.dozen && (12%in.pack == 0 || in.pack == 24) {
			// "دستة دبابيس", "نص دستة", "دستة ونص" of a box of 12 pins (or
			// of 6, or 24): a count in dozens counts the goods, never the
			// boxes — of a pack no dozen divides ("دستة ونص مناديل" of a
			// pack of 72 wipes) it counts packs
			at, dozens = dozenAt(ws)
		}
		said := ""
		if q == 2 {
			// "بطاريتين قلم": two of the goods, said in their dual
			if at >= 0 {
				said = r.dualGoods(ws[at : at+1])
			} else {
				said = r.dualGoods(ws)
			}
		}
		if said == "" && at >= 0 && at+1 < len(ws) {
			said = wordKey(lower(ws[at+1]))
		}
		if said == "" {
			continue
		}
		noPack := !pieceWords[said] && !containerWords[said] && !packWordSaid(said) // a word of the goods, no pack's
		// the goods' word as the lexicon has it, or the singular of the
		// name's plural ("طبق" of "أطباق كرتون باكو 10")
		goodsWord := r.lx.isWord(r.vocabWord(said)) || r.lx.isWord(strings.TrimSuffix(said, "ه")) || namedBy(it.Product.NameAr, said, false)
		goods := dozens && noPack ||
			in.packUnit != "" && r.sameCountWord(said, in.packUnit) ||
			q >= in.pack && in.pack >= 10 && noPack && !isNumber(said) && goodsWord ||
			// "٢٠٠ كيس كوريير" of "أكياس شحن كوريير (باكو 100)": a container
			// word that is the goods' own name counts the goods
			q >= in.pack && in.pack >= 10 && (containerWords[said] || pieceWords[said]) && namedBy(it.Product.NameAr, said, in.all[r.vocabWord(said)]) &&
				!packedIn(it.Product.NameAr, said, in.pack)
		// "١٢ شمعة معطرة" of "شمع معطر علبة 6 قطع": candles or boxes? A
		// small pack counted in the goods' word is a clerk's question
		// (never 12 boxes, 72 candles, in silence)
		small := !goods && q >= in.pack && in.pack < 10 && !dozens && in.packUnit == "" && noPack && !isNumber(said) && goodsWord // "صابونة" of "صابون"
		// "٣٠ بالونة لاتكس" of "بلالين لاتكس كيس 100": fewer than a pack,
		// counted in the goods' word — a bag or thirty balloons? asked
		// (the name's own word is the product, the pack: "٢ نظام تسوية"
		// of "نظام تسوية كيس 100" is two bags, "٢ مناديل" of "مناديل مبللة
		// عبوة 72" two packs)
		// (of a small pack too: "٢ بطارية قلم" of "بطاريات قلم كارت 4")
		fewer := !goods && !small && q < in.pack && !dozens && in.packUnit == "" && noPack && !isNumber(said) && goodsWord &&
			(in.pack < 10 || !slices.ContainsFunc(keysOf(it.Product.NameAr), func(k string) bool { return k == said }))
		switch {
		case !goods && !small && !fewer:
		case goods && q%in.pack == 0:
			it.Quantity = catalog.Milli(q/in.pack) * catalog.One
		default:
			it.Confidence = math.Round(it.Confidence*500) / 1000
			if !slices.Contains(it.Missing, "count") {
				it.Missing = append(it.Missing, "count")
			}
		}
	}
}

// dualGoods: the singular of the first word of ws said in the dual that
// is no pack's ("بطاريتين" → "بطاريه"), as the lexicon knows it; "" when
// none is.
func (r *Rules) dualGoods(ws []string) string {
	for _, w := range ws {
		k := wordKey(lower(w))
		if strings.HasPrefix(k, "و") && !r.lx.isWord(k) {
			k = strings.TrimPrefix(k, "و") // "وبطاريتين"
		}
		if packSingular(k) != "" {
			return ""
		}
		for _, c := range []struct{ end, one string }{{"تين", "ه"}, {"ين", ""}} {
			st, ok := strings.CutSuffix(k, c.end)
			if !ok || len([]rune(st)) < 2 {
				continue
			}
			if packWordSaid(st + c.one) {
				return "" // "كارتين": two cards
			}
			if r.lx.isWord(st+c.one) || r.lx.isWord(r.vocabWord(st+c.one)) {
				return st + c.one
			}
		}
	}
	return ""
}

// namedBy: the name holds w, or its أفعال plural ("اكياس" of "كيس") or
// فعايل plural ("شرايط" of "شريط"), or the vocabulary says so (known).
func namedBy(name, w string, known bool) bool {
	if known {
		return true
	}
	rs := []rune(w)
	plural := ""
	switch {
	case len(rs) == 3:
		plural = "ا" + string(rs[:2]) + "ا" + string(rs[2:])
	case len(rs) == 4 && rs[2] == 'ي':
		plural = string(rs[:2]) + "اي" + string(rs[3:]) // فعيل → فعايل: شريط → شرايط
	}
	for _, k := range keysOf(name) {
		if k = wordKey(k); k == w || k == plural {
			return true
		}
	}
	return false
}

// packedIn: w is the word a name says its pack in, right before the
// pack's figure ("مسامير (كيس 100)": كيس).
func packedIn(name, w string, pack int) bool {
	ks := keysOf(name)
	for i := 1; i < len(ks); i++ {
		if v, ok := parseDigits(ks[i]); ok && int(v) == pack && wordKey(ks[i-1]) == w {
			return true
		}
	}
	return false
}

// dozenAt: where a count said in dozens ends in a line's words ("دسته",
// "نص دسته", "دسته ونص"), and whether one was said.
func dozenAt(ws []string) (int, bool) {
	for i, w := range ws {
		if dozenWords[wordKey(lower(w))] == 0 {
			continue
		}
		if i+1 < len(ws) && (ws[i+1] == "ونص" || ws[i+1] == "وربع" || ws[i+1] == "and") {
			i++ // "دستة ونص"
			if ws[i] == "and" && i+2 < len(ws) && ws[i+1] == "a" && ws[i+2] == "half" {
				i += 2
			}
		}
		return i, true
	}
	return -1, false
}

// sameCountWord: said is the pack's word w, with or without its ة, or a
// word the shop's vocabulary makes the same ("flyer" of "فلاير").
func (r *Rules) sameCountWord(said, w string) bool {
	trim := func(s string) string { return strings.TrimSuffix(s, "ه") }
	return said == w || trim(said) == trim(w) || r.vocabWord(said) == r.vocabWord(w)
}

// vocabWord is w as the vocabulary rewrites it (itself when it does not).
func (r *Rules) vocabWord(w string) string {
	if u, ok := r.lx.rewrite[w]; ok {
		return u
	}
	return w
}

// soldByDozen: p is sold as a dozen, its name says so ("دستة زجاجات
// كريستال", "Roll-on bottles 10ml dozen").
func soldByDozen(p *catalog.Product) bool {
	for _, name := range []string{p.NameAr, p.NameEn} {
		for _, k := range keysOf(name) {
			if dozenWords[k] == 12 {
				return true
			}
		}
	}
	return false
}

// quantityFor is quantityOf of line d as product idx (p): a count said in
// dozens ("٣ دستة ازايز", "2 desta", "hinges 2 dozen") of goods sold as a
// dozen is that many of them, never twelve times as many (byTheDozen).
func (r *Rules) quantityFor(p *catalog.Product, d *draft, idx int) (catalog.Milli, []int, float64, []string) {
	q, dims, conf, missing := quantityOf(p.Unit, d, r.namedSize(idx), r.perPack(d, idx), !r.lx.info[idx].twoSided)
	if w, ok := r.namedWidth(p, idx); ok {
		q, conf, missing = lengthBesideWidth(d, dims, w, q, conf, missing)
	}
	if r.byTheDozen(d, idx) {
		q = catalog.MilliFromFloat(q.Float() / 12)
	}
	return q, dims, conf, missing
}

// byTheDozen: line d's count was said in dozens and product idx is sold
// as a dozen.
func (r *Rules) byTheDozen(d *draft, idx int) bool {
	if !r.lx.info[idx].dozen || d.pre != nil && d.pre.unit != "" {
		return false
	}
	return d.pre != nil && d.pre.dozen || d.pre == nil && len(d.counts) > 0 && d.dozens
}

// packSingular: the singular of a pack word said in the dual
// ("كرتونتين" → "كرتونه", "جردلين" → "جردل"); "" when w is none.
func packSingular(w string) string {
	if st, ok := strings.CutSuffix(w, "تين"); ok && pieceWords[st+"ه"] {
		return st + "ه"
	}
	if st, ok := strings.CutSuffix(w, "ين"); ok && pieceWords[st] {
		return st
	}
	return ""
}

// dualPacks: a pack said in the dual before goods the shop sells both in
// that pack and without it ("كرتونتين برطمانات" beside "برطمانات …
// كرتونة 24" and a single jar) is two of that pack, as "٢ كرتونة
// برطمانات" is: the pack chooses the product, never two single jars. The
// dual becomes its count and the pack (soldInPack reads them); request,
// an index into ts, moves with the words after it.
func (r *Rules) dualPacks(ts []token, request int) ([]token, int) {
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.sep || t.used {
			continue
		}
		one := packSingular(strings.TrimPrefix(t.text, "و"))
		if one == "" && t.dual && packWord(t.text) {
			one = t.text // "كرتونتين" read as the dual of a name's "كرتونة"
		}
		// "علبتين شبكة" of "علبة شبكة قطيفة": the pack word heads a
		// product of its own with the word after it — two of that
		// product, as "٢ علبة شبكة" is
		own := (one == "" || one == t.text) && t.dual && t.lex && packSingular(wordKey(lower(strings.TrimPrefix(t.surface, "و")))) != "" && r.packNames(ts, i)
		if own {
			one = t.text
		}
		if one == "" {
			continue
		}

		two := token{text: "2", surface: t.surface, conj: t.conj || strings.HasPrefix(t.text, "و")}
		pack := token{text: one, lex: r.lx.isWord(one)}
		probe := append([]token{two, pack}, ts[i+1:]...)
		if !own && r.soldInPack(probe, 1) == "" {
			continue
		}
		ts = slices.Insert(ts, i+1, pack)
		ts[i] = two
		if i < request {
			request++
		}
		i++
	}
	return ts, request
}

// looseWords say goods are sold by the piece, out of their pack: "٦
// بروتين بار فرط", "بالواحدة", "loose", "singles".
var looseWords = set("فرط", "بالفرط", "فرادي", "بالواحده", "بالحته", "loose", "single", "singles", "fart", "bel wa7da")

// looseSaid sets aside a loose word no name has after goods: the single
// piece is what a line reads with no pack said, so it says no more. A
// name's own ("برطمان فرط") stays its word, choosing the single one.
func (r *Rules) looseSaid(ts []token) {
	for i := 1; i < len(ts); i++ {
		if !ts[i].sep && !ts[i].lex && looseWords[strings.TrimPrefix(lower(ts[i].text), "و")] && !ts[i-1].sep && ts[i-1].lex {
			ts[i].used, ts[i].aside = true, true
		}
	}
}

// millilitres are written "مل", "مللي", "ملي" and "ml" alike: after a
// figure, the one a name writes ("شيكر ٦٠٠ مل" of "شيكر 600 مللي").
var millilitres = []string{"مللي", "ملي", "مل", "ml"}

// millilitresSaid writes a millilitre word after a figure as the catalog's
// own spelling of it, when the catalog has one and not the word said.
func (r *Rules) millilitresSaid(ts []token) {
	for i := 1; i < len(ts); i++ {
		if ts[i].sep || ts[i].lex || !slices.Contains(millilitres, lower(ts[i].text)) || !isNumber(ts[i-1].text) {
			continue
		}
		for _, w := range millilitres {
			if r.lx.isWord(w) {
				ts[i].text, ts[i].lex = w, true
				break
			}
		}
	}
}

// countWordAt is where among a phrase's words the count q is said, as a
// figure or a number word ("٣", "تلاتة"); -1 when it is not.
func countWordAt(ws []string, q int) int {
	return slices.IndexFunc(ws, func(w string) bool {
		v, err := strconv.ParseFloat(w, 64)
		if err != nil {
			v, _ = numberWord(w)
		}
		return v == float64(q)
	})
}

// wholeDozens: line d's count was said in whole dozens ("دستة", "٢ دستة",
// "a dozen", "kashakeel 3 dasta"), no measure: a half dozen ("نص دستة",
// "دستة ونص") is six (eighteen) of the goods, never half a pack.
func wholeDozens(d *draft) bool {
	a := d.pre
	if a == nil {
		return len(d.counts) == 1 && d.dozens && d.counts[0] > 0 && math.Mod(d.counts[0], 12) == 0
	}
	return a.dozen && a.unit == "" && !a.implied && !a.per && a.val > 0 && math.Mod(a.val, 12) == 0
}

// dozenFirst: a count said in dozens ("دستة كشاكيل ٤٠ ورقة", "٢ دستة
// اقلام", "a dozen notebooks") of goods the shop sells both singly and by
// the dozen — a product whose name says it is a dozen ("دستة كشاكيل …",
// "… dozen") or a pack of 12 ("علبة أقلام 12 قلم", "(باكو 12)") — names
// that product, its count the dozens (byTheDozen, packCounts): never
// twelve singles invoiced in silence, and when the dozen is out of stock
// the clerk offers what there is. The dozen must explain every word the
// best reading explains, in the same category of the catalog; out is
// reordered in place.
func (r *Rules) dozenFirst(d *draft, out []scored) {
	if len(out) < 2 {
		return
	}
	twelve := func(idx int) bool {
		in := &r.lx.info[idx]
		return in.dozen || in.pack == 12
	}
	best := out[0].idx
	if twelve(best) {
		return
	}
	cat := r.lx.products[best].Category
	for k := 1; k < len(out); k++ {
		c := out[k].idx
		if !twelve(c) || d.cnt[c] < d.cnt[best] || r.lx.products[c].Category != cat {
			continue
		}
		c0 := out[k]
		c0.score = max(c0.score, out[0].score+r.opts.AmbiguityMargin+0.01) // the dozen said chose it
		copy(out[1:k+1], out[0:k])
		out[0] = c0
		return
	}
}
