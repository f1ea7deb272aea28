package understand

import "math"

// countOfSize reads "و + a count + a size word + another figure" after a
// line of goods named by their figure ("عايز ٣ علب سنار مقاس ٦ و٢ مقاس
// ١٠", "كوتشي مقاس ٤٠ وواحد مقاس ٤٢", Franco "we 2 ma2as 42", English
// "size 40 and 2 of size 42"): the count is of another line, the goods of
// that figure (sibling: the same words, the one figure changed), never a
// second side of the first size nor the first line's count. A pack word
// may come between the count and the size word ("و٢ علبة مقاس ١٠", "2
// boxes of size 10"). A figure after the size word that names no sibling
// still opens that line, lacking the size: offered, never invoiced.
func (sg *segmenter) countOfSize(i, j int, a amount, group []amount, conj bool) (int, bool) {
	c, ts := sg.cur, sg.ts
	if !conj || c == nil || c.unknown || len(group) != 1 || a.unit != "" || a.dozen || a.implied || a.per || a.val < 1 || a.val != math.Trunc(a.val) {
		return 0, false
	}
	k := j
	for n := 0; n < 2 && k < len(ts) && !ts[k].sep && (pieceWords[ts[k].text] || ts[k].lowSurface() == "of"); n++ {
		k++ // "و٢ علبة مقاس ١٠", "2 of size 10", "2 boxes of size 10"
	}
	if k+1 >= len(ts) || ts[k].sep || !sizeCue[ts[k].text] || ts[k+1].sep {
		return 0, false
	}
	b, ok := amountAt(ts, k+1, nil)
	if !ok || b.unit != "" || b.dozen || b.implied || b.val != math.Trunc(b.val) {
		return 0, false
	}
	if b.end < len(ts) && !ts[b.end].sep && (dimOps[ts[b.end].text] || ts[b.end].text == "x") {
		return 0, false // "و٢ مقاس ١٢٠ في ٦٠": a size of two sides, read as one
	}
	aa := a
	if !sg.sibling(k+1, b) {
		if sg.nameFigure(c) == "" {
			return 0, false
		}
		// "سنار مقاس ٦ و٢ مقاس ١٢" where no hooks are size 12: a line of
		// the same goods that lacks the size said (asked), never the
		// first line's second side
		d := &draft{start: i, end: b.end, setWith: -1, clause: sg.clause}
		for _, u := range c.words {
			if !isNumber(u) && sg.r.lx.colors[u] == "" {
				sg.r.addWord(d, u)
			}
		}
		d.model = append(d.model, modelFig{phrase: joinSurfaces(ts[k:b.end]), num: numString(b.val)})
		sg.ds = append(sg.ds, d)
		sg.cur = d
	}
	d := sg.cur
	d.pre, d.start, d.unsure = &aa, i, false
	for m := i; m < b.end; m++ {
		ts[m].used = true
	}
	if d.end < b.end {
		d.end = b.end
	}
	sg.sizeMode = false
	sg.lastJoin = "none"
	return b.end, true
}

// nameFigure: the figure the line said that names its goods (the best
// fitting product's name holds it, no count of a part), as sibling reads
// it; "" when there is none.
func (sg *segmenter) nameFigure(cur *draft) string {
	r := sg.r
	if len(cur.words) == 0 || cur.unknown {
		return ""
	}
	c := r.candidates(cur)
	if len(c) == 0 {
		return ""
	}
	return figureNamed(&r.lx.info[c[0].idx], cur.words)
}

// figureNamed: the last figure of words that names the product best (its
// name holds it, no count of a part), "" when none does.
func figureNamed(best *prodInfo, words []string) string {
	old := ""
	for _, u := range words {
		if isNumber(u) && best.all[u] && !best.parts[u] {
			old = u
		}
	}
	return old
}

// packsCounted: the amount a (read up to j) counts packs: a pack said in
// the dual ("علبتين") or a figure before a pack word ("٢ علبة"), never a
// figure naming goods (sibling).
func (sg *segmenter) packsCounted(j int, a amount) bool {
	if a.pack && a.val > 1 {
		return true
	}
	if j >= len(sg.ts) || sg.ts[j].sep || sg.ts[j].dual || packDual(sg.ts[j].text) {
		return false // "مقاس ١٠ علبتين": the dual carries its own count
	}
	return sg.r.pack(sg.ts[j].text) || container(sg.ts[j])
}

// packsAfter: right after the figure a, a count of packs follows
// ("مقاس ١٠ علبتين", "مقاس ١٠ ٢ علبة"): the line of that figure says its
// own count.
func (sg *segmenter) packsAfter(a amount) bool {
	b, ok := amountAt(sg.ts, a.end, nil)
	return ok && b.unit == "" && !b.implied && sg.packsCounted(b.end, b)
}
