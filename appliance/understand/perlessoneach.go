package understand

import "fatoora/catalog"

// perNounEach counts a service priced per a noun ("توصيل من البيت ورجوع
// (للحصة)": per lesson) said once with no count of its own, its clause
// saying it is done "each" time ("وتعدوا عليا كل حصة", "with pick-up
// each lesson", "kol 7esa") or "both days": it goes with the line of that
// noun's goods ("٤ حصص", "two lessons"), so it is that line's count —
// never one in silence. "both" counts two, and only beside goods counted
// two. Its words are placed, the count read otherwise already or not.
func (r *Rules) perNounEach(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || !items[k].Product.MadeToOrder || items[k].Product.Unit != catalog.Piece ||
			d.pre != nil || len(d.counts) > 0 {
			continue
		}
		m := perNounRe.FindStringSubmatch(items[k].Product.NameAr)
		if m == nil {
			continue
		}
		noun := keysOf(m[1])
		if len(noun) != 1 {
			continue
		}
		at, both := perEachSaid(ts, d)
		if at < 0 {
			continue
		}
		g, ok := r.goodsOfNoun(items, k, noun[0], ts[at+1].text, both)
		if !ok || items[k].Quantity != catalog.One && items[k].Quantity != items[g].Quantity {
			continue // counted otherwise already
		}
		items[k].Quantity, items[k].ofGoods = items[g].Quantity, true
		ts[at].used, ts[at+1].used = true, true
	}
}

// everyWords say "each"/"every" before a noun; bothNounWords "both".
var (
	everyWords    = set("كل", "each", "every", "kol", "kull")
	bothNounWords = set("both")
)

// perEachSaid: where line d's clause (its words up to the next separator)
// says "each <noun>" or "both <noun>", and whether it is "both"; -1 when
// it does not.
func perEachSaid(ts []token, d *draft) (int, bool) {
	for i := d.start; i+1 < len(ts); i++ {
		if ts[i].sep && i >= d.end {
			break
		}
		if ts[i].sep || ts[i+1].sep || isNumber(ts[i+1].text) {
			continue
		}
		if w := ts[i].lowSurface(); everyWords[w] || everyWords[ts[i].text] {
			return i, false
		} else if bothNounWords[w] {
			return i, true
		}
	}
	return -1, false
}

// goodsOfNoun: the one other line of the message that the per-noun
// service goes with — for "each <said>", the line of goods whose head noun
// is the word said; for "both", the line counted two whose name holds the
// service's noun.
func (r *Rules) goodsOfNoun(items []Item, k int, noun, said string, both bool) (int, bool) {
	found := -1
	for j := range items {
		idx := r.indexOf(items[j].Product)
		if j == k || idx < 0 || items[j].Product.Unit != catalog.Piece || items[j].Quantity <= catalog.One {
			continue
		}
		if both {
			if items[j].Quantity != catalog.MilliFromFloat(2) || !slicesHas(r.lx.nameKeys(idx), noun) {
				continue
			}
		} else if r.lx.info[idx].head != said {
			continue
		}
		if found >= 0 {
			return 0, false
		}
		found = j
	}
	return found, found >= 0
}

// slicesHas: ks holds k.
func slicesHas(ks []string, k string) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}
