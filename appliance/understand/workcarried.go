package understand

import (
	"fatoora/catalog"
)

// worksCarried: a work done to each piece (kept in no stock, sold by the
// piece, no delivery) said once right after counted goods is done to each
// of them, as a clerk reads it:
//   - priced per piece ("طباعة على الضهر (للقطعة)", "(per piece)") and
//     said bare beside the goods, after "+", "و", "مع" or nothing ("tshirt
//     xxl navy x2 + print back", "٤ تيشيرت لارج ابيض طباعة وش"): their
//     count, never one;
//   - said with "مع"/"with" after a list of goods of one kind ("٣ تيشيرت
//     ميديم اسود و ٢ لارج ابيض مع طباعة وش"): all of them, never the last
//     line's count alone;
//   - a second work of the same kind joined by و to a work so counted
//     ("مع تقصير وحفر اسم", "طباعة وش وضهر"): the same goods' count.
//
// A work with an amount of its own, "للاتنين", "لكل" or a per-word keeps
// what the other passes gave it; goods of several kinds before a per-piece
// work are left as they are (which of them it is done to is not said).
func (r *Rules) worksCarried(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	var (
		total   catalog.Milli // the pieces of the goods list just said
		head    string        // its one head noun, "" when kinds differ
		listEnd *draft        // its last draft
		carried *draft        // the last work line given total
		cat     string        // that work's category
		passed  *draft        // a work once for all said right after the list (oncePassed)
	)
	reset := func() { total, head, listEnd, carried, cat, passed = 0, "", nil, nil, "", nil }
	for n, d := range keep {
		k, ok := itemOf[d]
		if !ok || k >= len(items) || items[k].Product == nil {
			reset()
			continue
		}
		it := &items[k]
		p := it.Product
		idx := r.indexOf(p)
		if idx < 0 {
			reset()
			continue
		}
		if !r.pieceWork(p) {
			if p.Unit != catalog.Piece || p.MadeToOrder || r.isService(p) || it.Quantity <= 0 {
				reset()
				continue
			}
			h := r.lx.info[idx].head
			if listEnd != nil && n > 0 && keep[n-1] == listEnd && carried == nil && joinedAfter(ts, listEnd, d) {
				total += it.Quantity
				if h != head {
					head = ""
				}
			} else {
				total, head = it.Quantity, h
			}
			listEnd, carried, cat, passed = d, nil, "", nil
			continue
		}
		bare := d.pre == nil && len(d.counts) == 0 && len(d.groups) == 0 && len(d.room) == 0 && d.perWord == "" && d.perN <= 1
		if _, art := articledNumber(ts, d.start, d.end+1); art {
			bare = false
		}
		if !bare || n == 0 || total <= catalog.One || head == "" && carried == nil {
			reset()
			continue
		}
		prev := keep[n-1]
		if prev == passed && passed != nil && carried == nil && joinedAfter(ts, passed, d) {
			prev = listEnd // "… وظبط زوايا وترصيص": after the work once for all, the goods'
		}
		switch {
		case prev == listEnd && carried == nil:
			single := total == items[itemOf[listEnd]].Quantity
			with := d.with || withGoods(ts, d) || alongBefore(ts, d)
			if !(it.Quantity == catalog.One && !it.ofGoods || with && it.Quantity == items[itemOf[listEnd]].Quantity) {
				reset()
				continue
			}
			perPiece := perCutPieceRe.MatchString(p.NameAr+" "+lower(p.NameEn)) || r.perOneOfGoods(p, listEnd, items, itemOf)
			between := plainBetween(ts, listEnd, d) || prev != keep[n-1] || onThemBetween(ts, listEnd, d)
			if !(perPiece && between || with && (perPiece || r.isService(p)) && (head != "" || single)) {
				if passed == nil && keep[n-1] == listEnd && it.Quantity == catalog.One && r.oncePassed(ts, p, listEnd, d) {
					passed = d
					continue
				}
				reset()
				continue
			}
			if head == "" && !single {
				reset()
				continue
			}
			it.Quantity, it.ofGoods = total, true
			carried, cat = d, p.Category
		case prev == carried && p.Category == cat && joinedAfter(ts, carried, d) && it.Quantity == catalog.One:
			it.Quantity, it.ofGoods = total, true
			carried = d
		default:
			reset()
		}
	}
}

// pieceWork: a work the shop does to each piece: kept in no stock, sold
// by the piece, no delivery.
func (r *Rules) pieceWork(p *catalog.Product) bool {
	if !p.MadeToOrder || p.Unit != catalog.Piece {
		return false
	}
	idx := int32(r.indexOf(p))
	del := false
	r.deliveryProducts(func(_ string, q int32) bool {
		del = del || q == idx
		return !del
	})
	return !del
}

// alongBefore: "مع", "with", "ma3" right before the draft's first word.
func alongBefore(ts []token, d *draft) bool {
	return d.start > 0 && d.start <= len(ts) && !ts[d.start-1].sep && alongWords[ts[d.start-1].lowSurface()]
}

// plainBetween: between drafts e and d only "+", a comma, "و", "and",
// "مع"/"with", or nothing: the work said beside the goods.
func plainBetween(ts []token, e, d *draft) bool {
	if e.end > d.start {
		return false
	}
	for k := e.end; k < d.start && k < len(ts); k++ {
		t := ts[k]
		switch {
		case t.sep && (t.text == "+" || t.text == ","):
		case !t.sep && (t.text == "و" || t.lowSurface() == "and" || t.lowSurface() == "w" || alongWords[t.lowSurface()]):
		default:
			return false
		}
	}
	return true
}
