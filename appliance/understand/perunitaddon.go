package understand

import (
	"math"
	"slices"

	"fatoora/catalog"
)

// addOnPerUnit: a work kept in no stock whose name prices it per a noun
// ("مستعجل نفس اليوم (إضافة للصفحة أو للوثيقة)", "تصديق الخارجية
// (للوثيقة)", "(per page)", "(per lesson)"), said once with no count of
// its own after lines of that noun's goods — lines priced per it ("ترجمة
// ٣ صفحات" of a "(للصفحة)" line) or whose name holds it ("ترجمة وثيقة
// رسمية" beside "(للوثيقة)") — is done to every one of them: their counts
// added up ("ترجمة ٣ صفحات انجليزي مستعجل": three; "بطاقة وفيش …
// مستعجل": two), never one. A line priced per order or per trip counts
// nothing, and a courier's zone lines keep their own rule (a word for all
// of them, perShipmentAll).
func (r *Rules) addOnPerUnit(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	for n, d := range keep {
		k, ok := itemOf[d]
		if !ok || !r.bareAddOn(ts, d, items[k]) {
			continue
		}
		nouns := perUnitNouns(items[k].Product)
		if len(nouns) == 0 {
			continue
		}
		if onlyForOne(ts, d) {
			if scopeCounted(ts, d) && !slices.Contains(items[k].Missing, "count") {
				items[k].Missing = append(items[k].Missing, "count") // "للبنطلونين بس": how many, asked
			}
			continue
		}
		if total := r.unitsBefore(ts, keep[:n], items, itemOf, items[k].Product, nouns); total > catalog.One {
			items[k].Quantity, items[k].ofGoods = total, true
		}
	}
}

// bareAddOn: line d's item is one work of no stock, by the piece, counted
// by no word of its own and read as no other line's share ("لكل",
// "كل واحدة"), priced per no order or trip.
func (r *Rules) bareAddOn(ts []token, d *draft, it Item) bool {
	p := it.Product
	return p != nil && p.MadeToOrder && p.Unit == catalog.Piece && it.Quantity == catalog.One && !it.ofGoods && len(it.Ambiguous) == 0 &&
		saidBare(ts, d) && !r.perOrder(p)
}

// saidBare: line d says no count of its own, nor whose share it is.
func saidBare(ts []token, d *draft) bool {
	if d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 || d.perWord != "" || d.perN != 0 || d.perAll || d.partOf != nil {
		return false
	}
	_, articled := articledNumber(ts, d.start, d.end+1)
	return !articled
}

// unitsBefore: the counts added up of the lines before that work p adds
// to (addsTo), back to the nearest work of p's kind (its category, or a
// surcharge) priced per one of nouns ns and said with no count, which is
// done to the goods before it alone
// ("كيلو كاليماري مقلي ونص كيلو جمبري مشوي": the grilling is the
// shrimp's); none of them itself counted from other lines, nor copies,
// nor a courier's zone line; 0 when a line before is still asked among
// products.
func (r *Rules) unitsBefore(ts []token, before []*draft, items []Item, itemOf map[*draft]int, p *catalog.Product, ns []string) catalog.Milli {
	zones := r.zoneLines()
	var total catalog.Milli
	for m := len(before) - 1; m >= 0; m-- {
		e := before[m]
		j, ok := itemOf[e]
		if !ok || items[j].Product == nil {
			continue
		}
		q := items[j].Product
		if q == p {
			break // the same work said before: the goods before it are its own
		}
		if pricedPer(q, ns) && q.MadeToOrder && saidBare(ts, e) && (q.Category == p.Category || surchargeNamed(q)) {
			break // another work said of the goods before it
		}
		if !addsTo(p, q, ns) {
			continue
		}
		if _, zoned := zones[r.indexOf(q)]; zoned || len(items[j].Ambiguous) > 0 || items[j].ofGoods || q.Unit != catalog.Piece || saysWord(ts, e, copyWords) {
			return 0
		}
		if n := kindsSaid(items[j]); n >= 2 {
			total += catalog.Milli(n) * catalog.One // "بطاقة وفيش": one of each kind (kindsCounted)
		} else if perPerson(ns) {
			total = max(total, items[j].Quantity) // "اسجلها يوم كامل مع الباص": one child's lines, the same child (perpersonaddon.go)
		} else {
			total += items[j].Quantity
		}
	}
	return total
}

// addsTo: work p, priced per one of nouns ns, is done to goods q: q is
// goods of those nouns (unitGoods), and p's name says it is a surcharge
// ("إضافة للقطعة", "per piece surcharge") — or, priced per a noun of
// its own trade ("للصفحة", "للحصة", "للكيس", never a bare piece), p is
// of another category than q ("غسيل ومكوى بنطلون (للقطعة)" after "٣
// قمصان" is more goods, its own line).
func addsTo(p, q *catalog.Product, ns []string) bool {
	if surchargeNamed(p) {
		return unitGoods(q, ns)
	}
	own := slices.DeleteFunc(slices.Clone(ns), func(n string) bool { return genericUnits[n] })
	return len(own) > 0 && p.Category != q.Category && unitGoods(q, own)
}

// genericUnits: a piece of anything — a unit that names no goods.
var genericUnits = set("قطعه", "قطع", "حته", "حبه", "واحده", "piece", "item", "unit", "pcs")

// surchargeNamed: p's names call it an addition to what it is priced per
// ("مستعجل (إضافة للصفحة)", "(per page surcharge)").
func surchargeNamed(p *catalog.Product) bool {
	for _, name := range []string{p.NameAr, lower(p.NameEn)} {
		for _, w := range keysOf(name) {
			if w = wordKey(w); w == wordKey("اضافه") || w == "surcharge" {
				return true
			}
		}
	}
	return false
}

// pricedPer: product q's names price it per one of nouns ns.
func pricedPer(q *catalog.Product, ns []string) bool {
	return slices.ContainsFunc(perUnitNouns(q), func(m string) bool { return slices.Contains(ns, m) })
}

// unitGoods: product q is goods of one of nouns ns — its names price it
// per that noun ("ترجمة … (للصفحة)"), or name it ("ترجمة وثيقة رسمية",
// "document translation"), in the singular or its plural.
func unitGoods(q *catalog.Product, ns []string) bool {
	if pricedPer(q, ns) {
		return true
	}
	for _, name := range []string{q.NameAr, lower(q.NameEn)} {
		for _, w := range keysOf(name) {
			w = wordKey(w)
			if slices.ContainsFunc(ns, func(n string) bool { return w == n || pluralOfWord(w, n) || englishPlural(w, n) }) {
				return true
			}
		}
	}
	return false
}

// englishPlural: w is English noun n with an s ("documents", "pages").
func englishPlural(w, n string) bool {
	return isLatinWord(n) && w == n+"s"
}

// oneForEachAlready: line d, said with "for each <noun>" and no count of
// its own, was already read as one for each of the goods before (total
// of them): its count is theirs, never theirs times theirs.
func oneForEachAlready(d *draft, it Item, total catalog.Milli) bool {
	return d.pre == nil && len(d.counts) == 0 && len(d.groups) == 0 && it.Quantity == total && total > catalog.One
}

// countEach: ts[k] is the "each" of "2 each", "so 3 each please" — a
// count for every line (eachCount), never "for each" of the word after it.
func countEach(ts []token, k int) bool {
	if k == 0 || ts[k].lowSurface() != "each" || ts[k-1].sep {
		return false
	}
	v, ok := amountValue(ts[k-1].text)
	return ok && v > 0
}

// countForEachOne: ts[i] opens "N لكل واحد" closing its clause after a
// pause, no figure said before it ("عايز غسيل وتلميع، ٣ لكل واحد"): N of
// every line, as "٣ من كل واحد" is — never N of the last line alone.
func countForEachOne(ts []token, i int) (float64, bool) {
	if i == 0 || i+2 >= len(ts) || !ts[i-1].sep || ts[i+1].sep || ts[i+2].sep || ts[i+1].lowSurface() != "لكل" || !eachWords[ts[i+2].text] ||
		i+3 < len(ts) && !ts[i+3].sep {
		return 0, false
	}
	if slices.ContainsFunc(ts[:i], func(t token) bool { return isNumber(t.text) && !t.lex }) {
		return 0, false
	}
	v, ok := amountValue(ts[i].text)
	return v, ok && v >= 1 && v == math.Trunc(v)
}
