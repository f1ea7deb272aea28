package understand

// bareRecount: "لا" (la, no) after a pause, then a figure, and nothing
// more or the word the line was counted in again: "ترجمة ١٠ صفحات، لا ١٢
// صفحة", "٣ ساعات، لا ٤", "no, 12 pages". With no verb the figure still
// corrects the count just said (as "لا خليهم ١٢" does): returns the
// index of the figure, or i when token i opens no such correction. The
// unit word said again is used.
func (sg *segmenter) bareRecount(i int) int {
	ts := sg.ts
	t := ts[i]
	if t.surface != "لا" && t.lowSurface() != "la" && t.lowSurface() != "la2" && t.lowSurface() != "no" {
		return i
	}
	f := i + 1
	if f < len(ts) && (ts[f].text == "," || ts[f].text == "،") {
		f++ // "no, 12 pages"
	}
	if i == 0 || !ts[i-1].sep || f >= len(ts) || ts[f].sep || !isNumber(ts[f].text) || sg.cur == nil {
		return i
	}
	k := countSaidAt(ts, sg.cur, i)
	if k < 0 {
		return i
	}
	n := f + 1
	switch {
	case n >= len(ts) || ts[n].sep:
	case k+1 < len(ts) && !ts[k+1].sep && ts[k+1].lex && samePlace(ts[n].text, ts[k+1].text) || samePlace(ts[k+1].text, ts[n].text):
		ts[n].used = true // "لا ١٢ صفحة": the line's unit said again
	default:
		return i
	}
	return f
}

// countSaidAt is where the count of line d was said, before token i in
// its own clause: the figure whose value is d's count; -1 when d has no
// count or it was said elsewhere.
func countSaidAt(ts []token, d *draft, i int) int {
	c := headCount(d)
	if c <= 0 {
		return -1
	}
	for k := i - 1; k >= d.start && k >= 0; k-- {
		if isNumber(ts[k].text) && ts[k].text == numString(c) {
			return k
		}
	}
	return -1
}
