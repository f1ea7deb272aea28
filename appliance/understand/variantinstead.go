package understand

import (
	"slices"
	"strings"

	"fatoora/catalog"
)

// A correction that names another variant of the goods just asked: "٢
// طقم صور باسبور الستة.. لا خليها طقم الاتناشر واحد", "٢ LNB سنجل.. لا
// معلش خليها واحدة توين بدلهم", "2 single LNBs.. no, make it one twin
// instead". The customer takes the first variant back: the new line
// replaces the one before the correction, never stands beside it.

// variantInstead drops each line that a correction right after it
// replaces with another product of the same goods: the two names open
// with the same head noun, both goods or both services, sold in the same
// unit; packs of one goods are packInstead's. "كمان"/"too" in between
// adds, no correction.
func (r *Rules) variantInstead(ts []token, items []Item) []Item {
	for k := 1; k < len(items); k++ {
		a, b := items[k-1], items[k]
		if a.Product == nil || b.Product == nil || a.Product == b.Product || a.Unread || b.Unread || a.end == 0 || b.start < a.end-1 || b.start > len(ts) {
			continue
		}
		if !r.sameGoods(a.Product, b.Product) || !correctedBetween(ts, a.end-1, b.start) {
			continue
		}
		if slices.ContainsFunc(ts[max(a.end-1, 0):min(b.end, len(ts))], func(t token) bool {
			w := strings.TrimPrefix(t.lowSurface(), "و")
			return !t.sep && (tooWords[w] || moreWords[w] || addWords[w])
		}) {
			continue // "… لا وكمان طقم الاتناشر": one more, no correction
		}
		if slices.ContainsFunc(ts[max(a.end-1, 0):min(b.start+1, len(ts))], func(t token) bool { return !t.sep && (t.conj || t.text == "و") }) {
			continue // "… لا خليهم ٢ بس، وواحدة ٨٠": the count corrected, then more goods
		}
		for m := max(a.end-1, 0); m < len(ts) && m < b.end; m++ {
			if w := ts[m].lowSurface(); !ts[m].sep && insteadWords[strings.TrimPrefix(w, "و")] {
				ts[m].used = true // "بدلهم": said of the line it takes the place of
			}
		}
		if a.Quantity > catalog.One && b.Quantity == catalog.One && !r.countOn(ts, a.end-1, b) {
			// "٤ فرخات صغيرة.. لا خليهم كبار": the kind corrected, the
			// count kept ("لا خليهم ٣ بس كبار" corrected it on the line
			// before)
			items[k].Quantity = a.Quantity
			items[k].Missing = without(slices.Clone(b.Missing), "count")
		}
		items = slices.Delete(items, k-1, k)
		k--
	}
	return items
}

// countOn: line b, after a correction from token from, says a count of
// its own — a figure, a number word or a dual on the line that is no
// figure of its product's names ("شنطة ٢٤" names the size), or one said
// anywhere in the correction or the clause the line ends ("لا خليها طقم
// الاتناشر واحد بس").
func (r *Rules) countOn(ts []token, from int, b Item) bool {
	bi := r.indexOf(b.Product)
	for k := max(from, 0); k < len(ts); k++ {
		t := ts[k]
		if t.sep {
			if k >= b.end {
				break
			}
			continue
		}
		if bi >= 0 && r.lx.info[bi].all[t.text] {
			continue
		}
		v, ok := amountValue(t.text)
		if ok && v == 1 || k >= b.start && k < b.end && (ok || t.dual) {
			return true
		}
	}
	return false
}

// sameGoods: products a and b are variants of one goods — their Arabic
// names open with the same word, both goods or both services, in one unit
// and one category.
func (r *Rules) sameGoods(a, b *catalog.Product) bool {
	ai, bi := r.indexOf(a), r.indexOf(b)
	if ai < 0 || bi < 0 || a.Unit != b.Unit || a.Category != b.Category || r.isService(a) != r.isService(b) {
		return false
	}
	h, g := r.lx.info[ai].head, r.lx.info[bi].head
	if packWord(h) || setWords[h] || packNouns[h] {
		// "علبة مسامير …" beside "علبة خوابير …": the goods after the pack
		h, g = r.lx.info[ai].packed, r.lx.info[bi].packed
	}
	return h != "" && !isNumber(h) && h == g
}

// addWords are the imperatives of adding ("وزود برطمان …", "add"): more
// goods, no correction of the line before.
var addWords = set("زود", "زودلي", "زودي", "زودوا", "ضيف", "ضيفلي", "ضيفوا", "add", "plus")
