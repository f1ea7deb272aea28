package understand

import "slices"

// otherNamed: line d, read as product idx, says a colour idx is not made
// in right after a whole name of another product that is made in it, and
// then idx's own head noun, which that other product's names lack
// ("ماكينة سنجر وردي ابر منزلي" read as needles whose names hold "ماكينة"
// and "سنجر" too; "شنيور بوش ازرق بنط"): Arabic closes goods' name with
// their colour, so the name and the colour are the other goods', a line
// the words did not cut off. It returns the colour as said, a word the
// line lacks — asked, never an invoice with it silently explained; "" when
// the colour is idx's own or no such name comes before it.
func (r *Rules) otherNamed(ts []token, d *draft, idx int) string {
	if len(d.colors) == 0 || r.offersAny(idx, d.colors) {
		return ""
	}
	info := &r.lx.info[idx]
	end := min(d.end, len(ts))
	for k := d.start + 1; k+1 < end; k++ {
		c := ts[k]
		if c.sep || c.color == "" || !slices.Contains(d.colors, c.color) || ts[k-1].sep {
			continue
		}
		// idx's head noun said next after the colour, in the same line
		head := ""
		for m := k + 1; m < end && head == ""; m++ {
			if u := ts[m].text; !ts[m].sep && ts[m].lex && r.lx.heads[u] && info.all[u] {
				head = u
			}
		}
		if head == "" {
			continue
		}
		for _, q := range r.lx.postings[ts[k-1].text] {
			if int(q) == idx || !r.offersAny(int(q), []string{c.color}) {
				continue
			}
			qi := &r.lx.info[q]
			if qi.all[head] {
				continue // the goods after the colour may be the other's own too
			}
			if r.namesFrom(ts, d.start, k, qi) {
				return c.surface
			}
		}
	}
	return ""
}

// namesFrom: the words from..to are a name of product qi said whole, or
// more of its words after its head noun ("ماكينة خياطة سنجر" of "ماكينة
// خياطة منزلي سنجر 23 غرزة", "ماكينة سنجر"): two words at least, the first
// a word its names open with, every one of them its, a count before them.
func (r *Rules) namesFrom(ts []token, from, to int, qi *prodInfo) bool {
	n := 0
	for m := from; m < to; m++ {
		t := ts[m]
		if n == 0 && (isNumber(t.text) || t.text == "و") {
			continue
		}
		if t.sep || !t.lex || !qi.all[t.text] {
			return false
		}
		if n == 0 && !slices.ContainsFunc(qi.phrases, func(ph []string) bool { return len(ph) > 0 && ph[0] == t.text }) {
			return false
		}
		n++
	}
	return n >= 2
}
