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

// refigure reads the mirror correction: a variant named by a word ("اشتراك
// سنة", "an annual membership") corrected right after by a figure and its
// measure that name another variant of the same goods ("لا خليه ٦ شهور",
// "la khaleeh 6 shohor", "sorry, make it 6 months"). The figure and its
// measure take the old word's place, the words after it moved on by one
// over the correction's cue, the rest of the correction set aside: the
// line reads as the other variant said right — never the figure a count
// of the first. The old word is one of the words said last before the
// correction; a count in the correction, or more words after its measure,
// leave it to the others.
func (r *Rules) refigure(ts []token, from, j int) bool {
	if j+1 >= len(ts) || ts[j].sep || ts[j+1].sep || !isNumber(ts[j].text) || !ts[j+1].lex || ts[j+1].color != "" {
		return false
	}
	end := j + 2
	if end < len(ts) && !ts[end].sep && betterWords[ts[end].text] {
		end++
	}
	if end < len(ts) && !ts[end].sep && !ts[end].conj && ts[end].text != "و" && ts[end].lowSurface() != "and" {
		return false // "لا خليه ٦ شهور للنادي": more than the variant said
	}
	k := r.oldVariantWord(ts, from, ts[j].text, ts[j+1].text)
	if k < 0 {
		return false
	}
	fig, word := ts[j], ts[j+1]
	copy(ts[k+2:from+1], ts[k+1:from]) // the words after the old one, on by one
	ts[k], ts[k+1] = fig, word
	setAside(ts, from+1, end)
	r.englishParts(ts[k:]) // "6 months membership": the figure a word of the name, as where said first
	return true
}

// oldVariantWord: the word among those said last before the correction at
// from (no pause, no و between them) that names the variant the figure fig
// and the word nw correct (figuredSiblingBy, nw the word said before); -1
// when none, or when a figure is said among them (a count or a size: the
// line is the others').
func (r *Rules) oldVariantWord(ts []token, from int, fig, nw string) int {
	k := from - 1
	for k >= 0 && ts[k].sep && ts[k].text != "\n" && ts[k].text != "?" {
		k--
	}
	for ; k >= 0 && !ts[k].sep && !ts[k].aside; k-- {
		t := ts[k]
		if isNumber(t.text) || isNumberWord(t.text) || t.dual {
			return -1
		}
		if t.lex && t.color == "" && t.text != nw && r.figuredSiblingBy(fig, nw, t.text) {
			return k
		}
		if t.conj || t.text == "و" {
			return -1
		}
	}
	return -1
}
