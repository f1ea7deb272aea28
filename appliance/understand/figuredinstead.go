package understand

import "slices"

// A variant named by a figure and its measure, corrected by a word that
// names another variant with none: "اشتراك ٦ شهور.. لا معلش خليه سنة",
// "باقة ٣ شهور.. لا خليها سنوي", "6 months membership, sorry make it
// annual". The figure and its measure take the new word's place — the
// figure set aside, never a count, the measure the word — so the line
// reads as the other variant said right (reword). The names compared are
// the Arabic names only: synonyms cross ("اشتراك نص سنة" is the six months
// one) where the shop's own names keep the variants apart.

// figuredSiblingBy: some product's Arabic name holds the figure fig and
// the word old and not nw, another product of the same goods (sameGoods)
// holds nw in its Arabic name and neither fig nor old.
func (r *Rules) figuredSiblingBy(fig, old, nw string) bool {
	for _, p := range r.lx.postings[old] {
		pn := r.arabicName(int(p))
		if !slices.Contains(pn, fig) || slices.Contains(pn, nw) {
			continue
		}
		for _, q := range r.lx.postings[nw] {
			qn := r.arabicName(int(q))
			if slices.Contains(qn, nw) && !slices.Contains(qn, fig) && !slices.Contains(qn, old) &&
				r.sameGoods(&r.lx.products[p], &r.lx.products[q]) {
				return true
			}
		}
	}
	return false
}

// arabicName: the units of product i's Arabic name (its first phrase),
// nil when it has none.
func (r *Rules) arabicName(i int) []string {
	if r.lx.products[i].NameAr == "" || len(r.lx.info[i].phrases) == 0 {
		return nil
	}
	return r.lx.info[i].phrases[0]
}

// apologyWord opens a correction with no "لا": "sorry, make it 3",
// "actually make it a year", "معلش خليها ٤".
func apologyWord(t token) bool {
	w := t.lowSurface()
	return sorryWords[w] || sorryWords[t.text] || w == "actually"
}
