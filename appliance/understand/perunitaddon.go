package understand

import (
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
	if p == nil || !p.MadeToOrder || p.Unit != catalog.Piece || it.Quantity != catalog.One || it.ofGoods || len(it.Ambiguous) > 0 ||
		d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 || d.perWord != "" || d.perN != 0 || d.perAll || d.partOf != nil || r.perOrder(p) {
		return false
	}
	_, articled := articledNumber(ts, d.start, d.end+1)
	return !articled
}

// unitsBefore: the counts added up of the lines before that are goods of
// one of nouns ns (unitGoods), back to the nearest work priced per one of
// them and said with no count, which is done to the goods before it alone
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
		if !unitGoods(q, ns) {
			continue
		}
		if pricedPer(q, ns) && q.MadeToOrder && r.bareAddOn(ts, e, items[j]) {
			break // another work said of the goods before it
		}
		if _, zoned := zones[r.indexOf(q)]; zoned || len(items[j].Ambiguous) > 0 || items[j].ofGoods || q.Unit != catalog.Piece || saysWord(ts, e, copyWords) {
			return 0
		}
		if n := kindsSaid(items[j]); n >= 2 {
			total += catalog.Milli(n) * catalog.One // "بطاقة وفيش": one of each kind (kindsCounted)
		} else {
			total += items[j].Quantity
		}
	}
	return total
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
