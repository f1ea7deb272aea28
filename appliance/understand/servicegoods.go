package understand

import (
	"slices"
	"strings"

	"fatoora/catalog"
)

// A service and the goods sharing a word. A shop that does work and sells
// the goods of that work names both with words its vocabulary may fold
// into one: the shoe shine "تلميع جزمة" and the cream polish "ورنيش كريم"
// ("تلميع, ورنيش, polish" one vocabulary line), the car wash "غسيل عربية"
// and the car shampoo. The catalog tells them apart: the service is made to
// order (no stock), the goods are stocked; and each is named in its own
// words. The customer's word is the one of the product whose own name
// holds it — the verbal noun of the work ("تلميع", "talmee3") is the
// service's, the goods' own noun ("ورنيش", "warnish", "a shoe polish")
// theirs. A line asked only between a service and stocked goods takes the
// one side whose own name holds a word of the line that the other side's
// names lack; a word in both, or in neither, chooses nothing.

// serviceOrGoodsChooses settles each line asked only between made-to-order
// services and stocked goods on the product whose own name holds the
// line's word (ownNamed).
func (r *Rules) serviceOrGoodsChooses(ts []token, items []Item) {
	for k := range items {
		it := &items[k]
		if it.end == 0 || len(it.Ambiguous) == 0 || len(it.Lacks) > 0 {
			continue
		}
		var members []*catalog.Product
		if it.Product != nil {
			members = append(members, it.Product)
		}
		for _, c := range it.Ambiguous {
			if c.Product != nil && !slices.Contains(members, c.Product) {
				members = append(members, c.Product)
			}
		}
		if !r.serviceAndGoods(members) {
			continue
		}
		fit := ownNamed(ts[it.start:min(it.end-1, len(ts))], members)
		if fit == nil {
			continue
		}
		it.SKU, it.Product, it.Material = fit.SKU, fit, fit.Material
		it.Ambiguous, it.Vague = nil, false
		it.Confidence = max(it.Confidence, 0.9)
	}
}

// serviceAndGoods: ps are the shop's work (a service: made to order, its
// name headed by the work's verbal noun) and stocked goods, at least one of
// each.
func (r *Rules) serviceAndGoods(ps []*catalog.Product) bool {
	work, goods := 0, 0
	for _, p := range ps {
		i := r.indexOf(p)
		switch {
		case i < 0:
			return false
		case r.lx.info[i].service:
			work++
		case !p.MadeToOrder && p.Stock > 0:
			goods++
		default:
			return false // made-to-order goods: no service, no shelf
		}
	}
	return work > 0 && goods > 0
}

// ownNamed: the one product of ps whose own head noun (its Arabic name's
// first word, its English name's last) is a word of the line no other
// product's head noun is, when every such word points at it; nil
// otherwise.
func ownNamed(line []token, ps []*catalog.Product) *catalog.Product {
	var fit *catalog.Product
	for i := range line {
		t := &line[i]
		if t.sep || t.neg || isNumber(t.text) {
			continue
		}
		var named []*catalog.Product
		for _, p := range ps {
			if headIsWord(p, t) {
				named = append(named, p)
			}
		}
		if len(named) != 1 {
			continue // every product's head, several, or none: no choice
		}
		if fit != nil && fit != named[0] {
			return nil
		}
		fit = named[0]
	}
	return fit
}

// ownHeads: p's head nouns — its Arabic name's first word and its English
// name's last before any bracket ("Shoe cream polish" → polish, "Shoe
// shine (per pair)" → shine).
func ownHeads(p *catalog.Product) []string {
	var out []string
	if ks := keysOf(p.NameAr); len(ks) > 0 {
		out = append(out, ks[0])
	}
	en := lower(p.NameEn)
	if k := strings.IndexAny(en, "(["); k >= 0 {
		en = en[:k]
	}
	if ks := keysOf(en); len(ks) > 0 {
		out = append(out, ks[len(ks)-1])
	}
	return out
}

// headIsWord: token t is one of p's head nouns — the same word, or a
// Franco spelling of the Arabic one ("warnish" ورنيش, "talmee3" تلميع).
func headIsWord(p *catalog.Product, t *token) bool {
	said := []string{t.lowKey(), t.surfKey()}
	fs := ""
	if low := t.lowSurface(); isLatinWord(low) {
		fs = francoSkeleton(low)
	}
	for _, w := range ownHeads(p) {
		if len([]rune(w)) < 3 {
			continue
		}
		if slices.Contains(said, w) {
			return true
		}
		if len(fs) >= 3 && !isLatinWord(w) && latinSkeleton(w) == fs {
			return true
		}
	}
	return false
}

// ownWorkSaid: line d opens with the head noun of work the shop sells
// other than v — a service, or made to order and priced per the thing it
// is done on ("حشو … (للسنة)", "filling (per tooth)") — so the work v of
// the line before does not go on to it (workGoesOn): "tanzeef gear w
// 7ashw le 3 snan" is the filling of three teeth, not their cleaning.
func (r *Rules) ownWorkSaid(d *draft, v string) bool {
	w := d.words[0]
	if w == v || isNumber(w) {
		return false
	}
	for _, p := range r.lx.postings[w] {
		in := &r.lx.info[p]
		if in.head == w && !in.all[v] && (in.service || r.lx.products[p].MadeToOrder && len(perUnitNouns(&r.lx.products[p])) > 0) {
			return true
		}
	}
	return false
}
