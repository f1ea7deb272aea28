package understand

import (
	"fatoora/catalog"
)

// perOneOfGoods: work p is priced per one of what it is done to by its
// own name ("Wheel balancing per wheel", "(للجوز)": pricedPerOne) and its
// names give as their object the head noun of the goods of draft g
// ("ترصيص كاوتش" beside "٢ كاوتش …" of a "كاوتش 195/65/15"): done to
// each piece of them, as a work "(للقطعة)" is. Goods whose names only
// hold that noun after their own head ("رباط جزمة" beside a "تلميع جزمة")
// are not what the work is done to; a work priced per no one ("ضبط
// زوايا": per car) is not either.
func (r *Rules) perOneOfGoods(p *catalog.Product, g *draft, items []Item, itemOf map[*draft]int) bool {
	i, k := r.indexOf(p), -1
	if n, ok := itemOf[g]; ok && n < len(items) && items[n].Product != nil {
		k = r.indexOf(items[n].Product)
	}
	if i < 0 || k < 0 || !pricedPerOne(p) {
		return false
	}
	object := map[string]bool{}
	for _, ph := range r.lx.info[i].phrases {
		for _, w := range ph[min(1, len(ph)):] {
			if !isNumber(w) {
				object[w] = true
			}
		}
	}
	for _, ph := range r.lx.info[k].phrases {
		if len(ph) > 0 && object[ph[0]] {
			return true
		}
	}
	return false
}

// onThemBetween: between drafts e and d only what plainBetween allows and
// "on them" / "with them" said as one word ("٥ تيشيرت … عليهم طباعة وش",
// "ومعاهم طباعة", Franco "3alehom"): the work said on the goods just named.
func onThemBetween(ts []token, e, d *draft) bool {
	if e.end > d.start {
		return false
	}
	them := false
	for k := e.end; k < d.start && k < len(ts); k++ {
		t := ts[k]
		w := t.lowSurface()
		if v, ok := cutWaw(w); ok && withThemWords[v] {
			w = v
		}
		switch {
		case !t.sep && withThemWords[w]:
			them = true
		case t.sep && (t.text == "+" || t.text == ","):
		case !t.sep && (t.text == "و" || w == "and" || w == "w" || alongWords[w]):
		default:
			return false
		}
	}
	return them
}

// cutWaw: w without a glued "و" ("وعليهم").
func cutWaw(w string) (string, bool) {
	if len(w) > len("و") && w[:len("و")] == "و" {
		return w[len("و"):], true
	}
	return w, false
}

// oncePassed: work p said right after counted goods is priced per no one
// of them ("وظبط زوايا" of a "ضبط زوايا", per car) and joined to them
// plainly: once, and the list stays open for a work per piece joined
// after it ("٤ فرد … وظبط زوايا وترصيص": the balancing for each tyre).
func (r *Rules) oncePassed(ts []token, p *catalog.Product, listEnd, d *draft) bool {
	return !pricedPerOne(p) && !perCutPieceRe.MatchString(p.NameAr+" "+lower(p.NameEn)) && r.pieceWork(p) && plainBetween(ts, listEnd, d)
}
