package understand

// countWordAfterFigure marks as a count a number word said right after a
// figure that names the line's goods ("بامبرز مقاس ٤ اتنين", "kawetsh 26
// etnen"): Egyptians give the size as the catalog writes it, in digits,
// then say how many in words. The word ends the entry (the message, a
// separator, و or the next goods' و); a figure no name of the goods before
// it gives is their count already, and a word after it restates it.
func (r *Rules) countWordAfterFigure(ts []token) {
	for i := 2; i < len(ts); i++ {
		t, fig, w := ts[i], ts[i-1], ts[i-2]
		if t.sep || t.count || fig.sep || w.sep || !isNumber(fig.text) || isNumber(t.text) || !w.lex || isNumber(w.text) {
			continue
		}
		if definite(t.surface) {
			continue // "الرولمان بلي ٦٢٠٢ الاتنين": both of them, read elsewhere
		}
		v, ok := numberWord(t.text)
		if !ok || v < 1 || v > 99 || v != float64(int(v)) || t.conj || t.lex && !r.lx.isWord(numString(v)) {
			continue
		}
		if !r.namedWith(fig.text, w.text) && !r.namedWith(fig.text, r.lx.rewrite[w.text]) {
			continue // "كرسي ٣ تلاتة": the count, said twice
		}
		if i+1 < len(ts) && !ts[i+1].sep && !ts[i+1].conj && ts[i+1].text != "و" && (ts[i+1].lex || isNumber(ts[i+1].text) || ts[i+1].color != "") {
			continue // "٩٠ واحد ابيض واتنين خشبي", "شاشة ٤٣ اتنين ريموت": a share, or whose count
		}
		ts[i].count = true
	}
}

// echoesFigure: the number word at i says the figure right before it
// again ("مقاس ٣ تلاتة"): the size restated, or three of it (one, "مقاس
// ١ واحد", is one either way).
func echoesFigure(ts []token, i int) bool {
	if i == 0 || ts[i-1].sep || !isNumber(ts[i-1].text) || isNumber(ts[i].text) {
		return false
	}
	v, ok := numberWord(ts[i].text)
	f, okF := parseDigits(ts[i-1].text)
	return ok && okF && v == f && v > 1 // "مقاس ١ واحد": one either way
}

// dozenCorrects: a dozen said after a correction cue ("لا خليهم دستة",
// "… دستة ونص", Franco "la khalihom dasta") is the count corrected, 12
// (18) of the line's pieces, as "خليهم ١٢" is — the dozen ends the
// entry, no goods' word after it.
func (sg *segmenter) dozenCorrects(at int, a amount) bool {
	if a.unit != "" || a.val <= 0 || sg.cur == nil || sg.cur.pre == nil && len(sg.cur.counts) == 0 {
		return false
	}
	return a.end >= len(sg.ts) || sg.ts[a.end].sep || sg.ts[a.end].conj || sg.ts[a.end].text == "و"
}

// dozenNamed: the line's best product is itself a dozen, its names say
// so ("طقم كوبايات 12 قطعة", "كاسات دستة").
func (r *Rules) dozenNamed(d *draft) bool {
	c := r.candidatesRead(d)
	if len(c) == 0 {
		return false
	}
	all := r.lx.info[c[0].idx].all
	for w := range dozenWords {
		if all[w] {
			return true
		}
	}
	return all["12"]
}
