package understand

// splitTail: the draft the rules could not place opens with "و" and
// "one" ("وواحد", "وواحدة", Franco "w wa7ed", "and one") right after a line of
// the shop's goods ("٢ كشاف ابيض وواحد موف"): the tail of a split of
// those goods, one more piece in a colour or a size the rules did not
// read — a person reads it, never an invoice that silently drops it.
func splitTail(ts []token, d *draft, items []Item) bool {
	if len(items) == 0 || items[len(items)-1].Product == nil {
		return false
	}
	k := d.start
	for k < d.end && k < len(ts) && (ts[k].sep || tailAnd(ts[k])) {
		if ts[k].sep && ts[k].text != "" && k > d.start {
			return false
		}
		k++
	}
	if k >= d.end || k >= len(ts) || !oneSaid(ts[k].text) {
		return false
	}
	return ts[k].conj || k > 0 && tailAnd(ts[k-1])
}

// tailAnd: "and" said as a word of its own (و apart, Franco "w", "we",
// "wa", English "and", "&").
func tailAnd(t token) bool {
	return !t.sep && andWords[t.lowSurface()]
}

// oneSaid: w is "one" said as a word ("واحد", "واحدة", "wa7ed", "one"):
// the pronoun of a split, one of the goods just named — a figure or a
// larger count before a noun ("و ٢ تلاجة") opens other goods instead.
func oneSaid(w string) bool {
	n, ok := numberWord(w)
	return ok && n == 1 && !isNumber(w)
}
