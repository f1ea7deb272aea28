package understand

// adjectiveOfGoods: a plain or size adjective said right after goods, no
// و and no pause between ("نظارة الشمس العادي", "الجزمة العادي"; English
// puts it right before them: "2 standard cans"), that the shop vocabulary
// rewrote into the whole name of another product ("عادي" grouped with a
// lens's "سينجل فيجن") describes those goods when a product named by
// their word has it in its names (its other gender too: "عادية") and
// none of them the term — it chooses their variant, never that other
// product's line by itself. The word is read as said.
func (r *Rules) adjectiveOfGoods(ts []token) {
	for i := range ts {
		t := &ts[i]
		if t.sep || t.conj || t.color != "" || !r.lx.heads[t.text] {
			continue
		}
		k := t.surfKey()
		if k == t.text || !plainWords[k] && !sizeWords[k] {
			continue
		}
		if i > 0 && r.variantWord(ts[i-1], k, t.text) || isLatinWord(t.surface) && i+1 < len(ts) && r.variantWord(ts[i+1], k, t.text) {
			t.text = k
		}
	}
}

// variantWord: g is a word of goods (no figure, no colour, no pause) and
// some product whose names hold it also holds the adjective k as said
// (or in its other gender), none of them the vocabulary's term u it was
// rewritten to (where they do, the term is the goods' own word).
func (r *Rules) variantWord(g token, k, u string) bool {
	if g.sep || !g.lex || isNumber(g.text) || g.color != "" || g.text == u {
		return false
	}
	twin := r.genderTwin(k)
	has := false
	for _, info := range r.lx.info {
		if !info.all[g.text] {
			continue
		}
		if info.all[u] {
			return false
		}
		has = has || info.all[k] || twin != "" && info.all[twin]
	}
	return has
}

// countOpensNext: a count was said after the current line's words for a
// line not opened yet ("… and 2 bottles of …"), so what follows names
// that line, not the one before.
func (sg *segmenter) countOpensNext() bool {
	return sg.cur != nil && sg.pending != nil && sg.pending.start >= sg.cur.end && len(sg.pendingGroup) == 0
}
