package understand

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"fatoora/catalog"
	"unicode/utf8"
)

// writtenWorks reads the works a shop sells from how its names write
// them where the vocabulary folds the noun into another unit
// ("تحميص, يحمص, احمص, تحمص, roast": the unit is "roast", the name's
// تحميص): the تفعيل or فعالة noun as written gives its root to the
// present verb said to the shop ("عايزك تحمصهملي" of تحميص, workNounOf),
// as a head that is its own unit does. And a verb spelling the
// vocabulary groups with a service's noun ("غسيل, غسل, اغسل, تغسلوا"),
// the imperative with ا or the present said to the shop with ت, is that
// work's stem, said with an order's endings ("اغسلولي", "تغسلولي":
// vocabVerbOf).
func (lx *lexicon) writtenWorks() {
	lx.nameHeads(func(_ *catalog.Product, k string) {
		h, ok := lx.rewrite[k]
		if !ok || h == k || strings.Contains(h, " ") || !lx.heads[h] {
			return
		}
		if root := workRoot(k); root != "" {
			lx.workRoots[root] = true
			onlyOne(lx.workHeads, root, h)
		}
	})
	// a hollow فَعْل noun heading a work no stock is kept of is its own
	// root ("شيل الفاميه القديم" of a removal): "تشيلوا" said to the shop
	// is that work (workNounOf), as "تقصروها" is a تقصير
	lx.nameHeads(func(p *catalog.Product, k string) {
		h := k
		if u, ok := lx.rewrite[k]; ok && !strings.Contains(u, " ") {
			h = u
		}
		if p.MadeToOrder && lx.heads[h] && hollowNoun(k) {
			lx.workRoots[k] = true
			onlyOne(lx.workHeads, k, h)
		}
	})
	works := map[string]bool{} // the heads of the works, kept in no stock
	for i := range lx.products {
		if lx.products[i].MadeToOrder {
			works[lx.info[i].head] = true
		}
	}
	lx.vocabVerbs = map[string]string{}
	for k, u := range lx.rewrite {
		if k == u || !works[u] || strings.Contains(k, " ") || !isArabicWord(k) {
			continue
		}
		if !strings.HasPrefix(k, "ا") && !strings.HasPrefix(k, "ت") {
			continue
		}
		st := k
		if s, ok := strings.CutSuffix(k, "وا"); ok && utf8.RuneCountInString(s) >= 3 {
			st = s // "تغسلوا": the plural said to the shop
		}
		if utf8.RuneCountInString(st) < 3 {
			continue
		}
		if prev, dup := lx.vocabVerbs[st]; dup && prev != u {
			lx.vocabVerbs[st] = ""
		} else {
			lx.vocabVerbs[st] = u
		}
	}
}

// vocabVerbOf reads a verb the vocabulary groups with a work's noun, said
// to the shop with an order's ending, as that work: "اغسلولي لحاف"
// (imperative: "for me" or the plural's و with its object, imperObjects;
// opening, with the imperative's other checks, in workVerbNoun) and
// "عايزكم تغسلولي" (the present with ت, its object or "for me",
// workObjects). A bare stem ("اغسل", "تغسل") is left as it was: "عايز
// اغسل" may be the customer's own doing.
func (lx *lexicon) vocabVerbOf(w string) (h string, imper bool, ok bool) {
	w = strings.TrimPrefix(w, "و")
	ends := imperObjects
	if strings.HasPrefix(w, "ت") {
		ends = workObjects
	}
	for _, suf := range ends {
		st, cut := strings.CutSuffix(w, suf)
		if !cut {
			continue
		}
		if u := lx.vocabVerbs[st]; u != "" {
			return u, strings.HasPrefix(st, "ا"), true
		}
	}
	return "", false, false
}

// broughtWords say the goods after them are the customer's own, brought
// to the shop ("جايبلك ٣ كيلو لب", Franco "gaybalak"), as haveWords
// ("عندي ٦ قمصان") say them had.
var broughtWords = set("جايبلك", "جايبلكم", "جبتلك", "جبتلكم", "جايبلكو", "جبتلكو", "gaybalak", "gaybalko", "gebtelak", "gibtlak")

// ownGoodsServed: goods said in a clause opened by a word of having
// ("جايبلك ٣ كيلو لب بطيخ …", "عندي ٤ سكاكين …", "I have 3 knives") or
// with "بتاعي" after them, followed by a work the shop sells said by its
// verb on them ("… عايزك تحمصهملي", "اسنهملي"), are the customer's own:
// no line of the shop's goods, and the work is counted from them — a
// work priced per a weight ("تحميص … (للكيلو)") by the weight said,
// made of the work's weights as whole lines (3 kg: 3 × per kilo); a work
// per piece by the goods' count. A count that cannot be read is asked
// (Missing "count"), never one.
func (r *Rules) ownGoodsServed(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) []Item {
	drop := map[int]bool{}
	for j, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || !items[k].Product.MadeToOrder || d.start >= len(ts) || r.perOrder(items[k].Product) {
			continue
		}
		// "sharpen them": an English verb the vocabulary holds, its
		// object after it
		english := isLatinWord(ts[d.start].surface) && d.start+1 < len(ts) && (strings.EqualFold(ts[d.start+1].surface, "them") || strings.EqualFold(ts[d.start+1].surface, "it"))
		var o *draft
		g := -1
		if j > 0 {
			o = keep[j-1]
			if gi, ok := itemOf[o]; ok && o.end <= d.start && (items[gi].Product == nil || !items[gi].Product.MadeToOrder) {
				g = gi
			}
		}
		// "والماكينة البراذر عندي عايزة صيانة": the work's noun, wanted
		// of goods said to be the customer's own just before it
		nounOnOwn := g >= 0 && !ts[d.start].verb && ownedAt(ts, o) && wantedBetween(ts, o.end, d.start)
		if !english && !nounOnOwn && !(ts[d.start].verb && verbOnThem(ts, d)) && !workOnThem(ts, d) {
			continue
		}
		if g < 0 {
			// "عندي سكاكين مطبخ عايزك تسنهملي": them, of goods no line
			// counts: how many is asked, never one
			if d.pre == nil && len(d.counts) == 0 && (strings.Contains(ts[d.start].surface, "هم") || english && strings.EqualFold(ts[d.start+1].surface, "them")) && items[k].Quantity == catalog.MilliFromFloat(1) {
				items[k].Missing = append(items[k].Missing, "count")
			}
			continue
		}
		own := ownedGoods(ts, o)
		several := j >= 2 && keep[j-2].clause == o.clause && (strings.Contains(ts[d.start].surface, "هم") || english)
		if several || !r.countFromGoods(ts, o, &items[k], items[g]) {
			if own || perWeightOf(items[k].Product) > 0 {
				items[k].Missing = append(items[k].Missing, "count")
			}
		}
		if own {
			drop[g] = true
		}
	}
	return dropItems(items, itemOf, drop)
}

// ownedGoods: the clause of draft o opens with a word of having before
// it ("جايبلك", "عندي", "I have", "I brought"), or "بتاعي"/"عندي" follows
// its words or is among them.
func ownedGoods(ts []token, o *draft) bool {
	for k := o.start - 1; k >= 0 && !ts[k].sep; k-- {
		w := lower(strings.TrimPrefix(ts[k].surface, "و"))
		if broughtWords[w] || haveWords[w] {
			return true
		}
		if (w == "have" || w == "got" || w == "brought") && k > 0 && (ts[k-1].lowSurface() == "i" || ts[k-1].lowSurface() == "we" || ts[k-1].lowSurface() == "i've") {
			return true
		}
	}
	return ownedAt(ts, o)
}

// ownedAt: "عندي" right before the goods' words, or "بتاعي"/"عندي" after
// them or among them ("وعندي ماكينة براذر", "الماكينة البراذر عندي",
// "الماكينة بتاعتي براذر").
func ownedAt(ts []token, o *draft) bool {
	if k := o.start - 1; k >= 0 && !ts[k].sep && haveWords[lower(strings.TrimPrefix(ts[k].surface, "و"))] {
		return true
	}
	for e := o.start + 1; e <= o.end && e < len(ts) && !ts[e].sep; e++ {
		switch w := ts[e].lowSurface(); {
		case w == "beta3y" || w == "beta3i" || mineWords[w] || haveWords[w]:
			return true
		}
	}
	return false
}

// wantedBetween: between the goods ending at from and the work at to
// only "عايزة", "محتاجة" (the goods want the work), "عندي"/"بتاعي" (whose
// they are) or nothing is said.
func wantedBetween(ts []token, from, to int) bool {
	for k := from; k < to; k++ {
		if ts[k].sep || !(wantVerbs[ts[k].text] || mineWords[ts[k].lowSurface()] || haveWords[ts[k].lowSurface()]) {
			return false
		}
	}
	return true
}

// countFromGoods sets the work line it to the count of the customer's
// goods line g (draft o): by the weight said when the work is priced per
// a weight, the heaviest of the work's weights that makes it whole; else
// by the goods' count when the work is per piece. false when no count
// can be read.
func (r *Rules) countFromGoods(ts []token, o *draft, it *Item, g Item) bool {
	if w := perWeightOf(it.Product); w > 0 {
		kg, ok := weightSaid(ts, o)
		if !ok || kg <= 0 {
			return false
		}
		best, bw := -1, 0.0
		h := r.lx.info[r.indexOf(it.Product)].head
		for i := range r.lx.products {
			p := &r.lx.products[i]
			pw := perWeightOf(p)
			if r.lx.info[i].head != h || !p.MadeToOrder || pw <= 0 {
				continue
			}
			if n := kg / pw; math.Abs(n-math.Round(n)) < 1e-6 && pw > bw {
				best, bw = i, pw
			}
		}
		if best < 0 {
			return false
		}
		p := &r.lx.products[best]
		it.Product, it.SKU, it.Quantity = p, p.SKU, catalog.MilliFromFloat(math.Round(kg/bw))
		return true
	}
	if it.Product.Unit != catalog.Piece || g.Product != nil && g.Product.Unit != catalog.Piece {
		return false
	}
	if _, ok := weightSaid(ts, o); ok {
		return false // kilos of goods for a work per piece: how many pieces is not said
	}
	n := g.Quantity.Float()
	if n < 1 || n != math.Trunc(n) || o.plural && o.pre == nil || slices.Contains(g.Missing, "count") {
		return false
	}
	it.Quantity = g.Quantity
	return true
}

// perWeightOf: the weight a work's name prices it per, in kilos: "(للكيلو)"
// 1, "(لنص الكيلو)" 0.5, "(لربع الكيلو)" 0.25, "(per kg)" 1, "(per half
// kg)" 0.5; 0 when its name prices it per no weight.
func perWeightOf(p *catalog.Product) float64 {
	for _, name := range []string{p.NameAr, p.NameEn} {
		fs := strings.Fields(lower(fold(name)))
		for k, f := range fs {
			f = strings.Trim(f, "()")
			for _, pre := range []string{"لل", "ال", "بال", ""} {
				w, ok := strings.CutPrefix(f, pre)
				if !ok || weightKg(w) != 1 {
					continue
				}
				if pre == "" && (k == 0 || strings.Trim(fs[k-1], "()") != "per" && strings.Trim(fs[k-1], "()") != "half") {
					continue
				}
				if k > 0 {
					switch strings.Trim(fs[k-1], "()") {
					case "لنص", "نص", "half":
						return 0.5
					case "لربع", "ربع", "quarter":
						return 0.25
					}
				}
				return 1
			}
		}
	}
	return 0
}

// perOrder: p is one of the shop's delivery services whose own names
// price it per no one thing: one trip for the order, however many goods
// it carries ("٢ صندوق طرد …، وابعتوهم مع المندوب": one delivery, never
// two for "them"). A delivery priced per piece in its name ("(للقطعة)")
// is counted as the pieces are.
func (r *Rules) perOrder(p *catalog.Product) bool {
	if deliveryPerPiece(p) {
		return false
	}
	idx := int32(r.indexOf(p))
	for _, q := range r.deliveryProducts {
		if q == idx {
			return true
		}
	}
	return false
}

// deliveryPerUnitRe finds the unit a name prices per, in brackets
// ("(للقطعة)", "(للطلب)") or in English ("per piece", "per order"); a
// "لل" word outside brackets says where to ("توصيل للبيت"), no unit.
var deliveryPerUnitRe = regexp.MustCompile(`\(لل([^ )]+)\)|\bper ([a-z]+)`)

// orderUnits: the units a delivery priced per them is one trip for the
// order ("(للطلب)", "per order", "(للمشوار)"); an event's ("(للمناسبة)",
// "per event": the wedding, the party) is one trip for all it rents,
// never one per chair carried to it.
var orderUnits = set("طلب", "اوردر", "أوردر", "مشوار", "عنوان", "نقلة", "order", "trip", "address", "delivery", "visit",
	"مناسبة", "مناسبه", "حفلة", "حفله", "فرح", "event", "occasion", "party", "wedding")

// deliveryPerPiece: delivery p's own names price it per a unit of the
// goods ("(للقطعة)", "per piece"), not per order or trip.
func deliveryPerPiece(p *catalog.Product) bool {
	for _, name := range []string{p.NameAr, lower(p.NameEn)} {
		for _, m := range deliveryPerUnitRe.FindAllStringSubmatch(name, -1) {
			u := m[1] + m[2]
			if !orderUnits[u] {
				return true
			}
		}
	}
	return false
}

// hollowNoun: w has the shape of the verbal noun فَعْل of a hollow root,
// three letters with ي or و in the middle ("شيل", "كوي"): the root
// itself, its imperative the same letters ("شيلولي", imperatives) and
// its present said to the shop the root after ت ("تشيلوا").
func hollowNoun(w string) bool {
	rs := []rune(w)
	return len(rs) == 3 && (rs[1] == 'ي' || rs[1] == 'و') && isArabicWord(w) && !strings.ContainsRune("اويىءه", rs[0]) && !strings.ContainsRune("اىءه", rs[2])
}
