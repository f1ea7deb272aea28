package understand

import (
	"slices"
)

// siblingNamed: the figure a said at i names a product that differs from
// the current line's only by its figure (sibling reads it so and opens its
// line); old is the line's own figure it replaces. It changes nothing.
func (sg *segmenter) siblingNamed(i int, a amount) (old string, ok bool) {
	r, cur, ts := sg.r, sg.cur, sg.ts
	n := numString(a.val)
	if len(cur.words) == 0 || cur.unknown || !r.lx.isWord(n) || cur.uniq[n] {
		return "", false
	}
	if i > 0 && !ts[i-1].sep && orderCues[ts[i-1].text] {
		return "", false // "عندكم خيمة ٦ أفراد؟ عايز اتنين": how many are wanted
	}
	c := r.candidates(cur)
	if len(c) == 0 || r.lx.info[c[0].idx].all[n] {
		return "", false
	}
	best := &r.lx.info[c[0].idx]
	old = figureNamed(best, cur.words)
	if old == "" {
		return "", false
	}
	for _, p := range r.lx.postings[n] {
		info := &r.lx.info[p]
		if info.all[old] || r.lx.products[p].Unit != r.lx.products[c[0].idx].Unit {
			continue
		}
		all := true
		for u := range cur.uniq {
			all = all && (u == old || info.all[u] || r.lx.colors[u] != "" || !best.all[u] && sg.saidFor(cur, i, u))
		}
		if all {
			return old, true
		}
	}
	return "", false
}

// variantAgain reads a figure said after و right before a colour (at jc)
// where the line before was named by its figure ("صندوق عدة ١٦ احمر"):
// the same figure said again ("و١٦ ازرق") names the same goods in that
// colour, one piece, never sixteen of them (again); another figure that
// names goods differing from the line's only by it ("و٢٢ اصفر" beside a
// "شنطة عدة 22") names those goods, a line of their own (sib), never a
// count in that colour. A figure naming no goods ("و٢ ابيض") stays the
// count.
func (sg *segmenter) variantAgain(i, j, jc int, a amount, single, conj, more, nextNew bool) (again, sib bool) {
	cur, ts := sg.cur, sg.ts
	if !conj || !single || more || nextNew || cur == nil || cur.unknown || jc != j || j >= len(ts) || ts[j].sep || ts[j].color == "" ||
		a.unit != "" || a.dozen || a.implied || a.per || a.pack || a.val < 1 || a.val != float64(int64(a.val)) {
		return false, false
	}
	if !isNumber(ts[i].text) {
		return false, false // "وواحد ازرق": one more, said in words
	}
	n := numString(a.val)
	if cur.uniq[n] {
		return sg.nameFigure(cur) == n, false
	}
	if sg.packsCounted(j, a) || sg.sizeMode && !sizeAfterAnd(ts, i) && !sg.nameFigureBefore(i, j) {
		return false, false
	}
	_, sib = sg.siblingNamed(i, a)
	return false, sib
}

// sizesSibling reads a size of two sides said after و (group, from i to j)
// after a line named by its own size ("برواز ٢٠ في ٣٠ اسود و ٣٠ في ٤٠
// اسود" beside a "برواز 30×40"): when goods differing from the line's only
// by their size have every side of it, the size names them — a line of
// its own, one piece, never two more sides of the first frame. It opens
// the line and reports true; false changes nothing.
func (sg *segmenter) sizesSibling(i, j int, group []amount) bool {
	r, cur := sg.r, sg.cur
	if cur.unknown || len(cur.words) == 0 || len(cur.sizes) < 2 || len(cur.groups) > 0 {
		return false
	}
	var figs []string
	for _, g := range group {
		n := numString(g.val)
		if g.unit == "mm" || g.dozen || g.implied || g.per || g.val != float64(int64(g.val)) || !r.lx.isWord(n) {
			return false
		}
		figs = append(figs, n)
	}
	c := r.candidates(cur)
	if len(c) == 0 {
		return false
	}
	best := &r.lx.info[c[0].idx]
	old := map[string]bool{}
	for _, u := range cur.words {
		if isNumber(u) && best.all[u] && !best.parts[u] {
			old[u] = true
		}
	}
	if len(old) < 2 {
		return false // the line was not named by its size
	}
	mine := true
	for _, n := range figs {
		mine = mine && best.all[n]
	}
	if mine {
		return false // its own size said again
	}
	found := false
	for _, p := range r.lx.postings[figs[0]] {
		info := &r.lx.info[p]
		if r.lx.products[p].Unit != r.lx.products[c[0].idx].Unit {
			continue
		}
		all, lacks := true, false
		for _, n := range figs {
			all = all && info.all[n]
		}
		for u := range old {
			lacks = lacks || !info.all[u]
		}
		for u := range cur.uniq {
			all = all && (old[u] || info.all[u] || r.lx.colors[u] != "")
		}
		if found = all && lacks; found {
			break
		}
	}
	if !found {
		return false
	}
	d := &draft{start: i, end: j, setWith: -1, clause: sg.clause}
	for _, u := range cur.words {
		if !old[u] && r.lx.colors[u] == "" {
			r.addWord(d, u)
		}
	}
	for k, g := range group {
		r.addWord(d, figs[k])
		if g.unit == "" && g.val < 10 {
			g.unit = "m"
		}
		d.sizes = append(d.sizes, sized{cm1(g), g.start})
	}
	// "٢ برواز ٢٠ في ٣٠ و ٣٠ في ٤٠": two of each? a person asks
	d.unsure = headCount(cur) > 1
	for k := i; k < j; k++ {
		sg.ts[k].used = true
	}
	sg.ds = append(sg.ds, d)
	sg.cur = d
	sg.sizeMode = false
	sg.lastJoin = "none"
	return true
}

// partSibling reads a figure and a part's noun after و ("و ٣ ضلف" after
// "دولاب ضلفتين ابيض") where the line's goods are named by how many of
// that part they have and other goods differ from them only by that count
// ("دولاب 3 ضلف" beside "دولاب ضلفتين"): the figure names those goods, a
// line of their own (the part's noun, read next, is its word), never
// three of the first. The line's own count of the part, a figure or the
// part's dual ("ضلفتين"), is no word of the new line. It opens the line
// (from i, up to the noun at j) and reports true; false changes nothing.
func (sg *segmenter) partSibling(i, j int, a amount) bool {
	r, cur, ts := sg.r, sg.cur, sg.ts
	if cur.unknown || len(cur.words) == 0 || a.unit != "" || a.dozen || a.implied || a.per || a.pack || a.val < 1 || a.val != float64(int64(a.val)) ||
		j >= len(ts) || ts[j].sep || !ts[j].lex || ts[j].color != "" || isNumber(ts[j].text) || !isNumber(ts[i].text) && !isNumberWord(ts[i].surface) {
		return false
	}
	n, w := numString(a.val), ts[j].text
	if !r.lx.isWord(n) || cur.uniq[n] {
		return false
	}
	c := r.candidates(cur)
	if len(c) == 0 {
		return false
	}
	best := &r.lx.info[c[0].idx]
	if best.all[n] || !best.all[w] && !slices.ContainsFunc(cur.words, func(u string) bool { return r.dualOfWord(u, map[string]bool{w: true}) }) {
		return false
	}
	old := map[string]bool{}
	for _, p := range r.lx.postings[n] {
		info := &r.lx.info[p]
		if int(p) == c[0].idx || !info.all[w] || r.lx.products[p].Unit != r.lx.products[c[0].idx].Unit {
			continue
		}
		clear(old)
		all := true
		for u := range cur.uniq {
			switch {
			case info.all[u] || r.lx.colors[u] != "":
			case isNumber(u), r.dualOfWord(u, info.all):
				old[u] = true // "ضلفتين": the first goods' count of the part
			default:
				all = false
			}
		}
		if all && len(old) > 0 {
			break
		}
		all = false
		clear(old)
	}
	if len(old) == 0 {
		return false
	}
	d := &draft{start: i, end: j, setWith: -1, clause: sg.clause}
	for _, u := range cur.words {
		if !old[u] && r.lx.colors[u] == "" {
			r.addWord(d, u)
		}
	}
	r.addWord(d, n)
	d.unsure = headCount(cur) > 1 // "٢ دولاب ضلفتين و٣ ضلف": two of each?
	for k := i; k < j; k++ {
		ts[k].used = true
	}
	sg.ds = append(sg.ds, d)
	sg.cur = d
	sg.sizeMode = false
	sg.lastJoin = "none"
	return true
}
