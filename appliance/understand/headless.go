package understand

import "math"

// unsaidHead: the line names no kind — none of the words said opens a name
// or a synonym of the best product or of a rival — and a product
// of another head explains every word said as well as the best does
// ("١٠ ورقات الوان" in a copy shop: a colour photocopy per sheet, or a
// colour print per page; "عايز اصور …" said beside it is the customer's
// own verb): the words shared are the attributes of two kinds, and which
// kind was meant is the customer's to say, however much shorter one
// name is. The rivals are asked with the best.
func (r *Rules) unsaidHead(d *draft, best scored, cands []scored) []Candidate {
	info := r.lx.info
	head := info[best.idx].head
	if d.english {
		return nil // English names its kind last ("the 56 inch ceiling fan"): its head is read by closeRival
	}
	if head == "" || len(d.words) < 2 || r.openerSaid(d, best.idx) || r.leavesWord(d, best.idx) || int(d.cnt[best.idx]) < len(d.uniq) {
		return nil
	}
	var amb []Candidate
	for _, c := range cands[1:] {
		h := info[c.idx].head
		if h == "" || h == head || r.openerSaid(d, c.idx) || d.cnt[c.idx] != d.cnt[best.idx] || r.leavesWord(d, c.idx) || len(amb) == 5 {
			continue
		}
		amb = append(amb, Candidate{Product: &r.lx.products[c.idx], Score: math.Round(c.score*1000) / 1000})
	}
	return amb
}

// openerSaid: a word said opens the product's Arabic name or one of its
// synonyms ("بانر" of "بانر فليكس"): the line names that product's kind.
// The English name, its head last ("Colour photocopy"), opens nothing.
func (r *Rules) openerSaid(d *draft, idx int) bool {
	info := &r.lx.info[idx]
	for k, ph := range info.phrases {
		if k != info.enPhrase-1 && len(ph) > 0 && d.uniq[ph[0]] {
			return true
		}
	}
	return false
}
