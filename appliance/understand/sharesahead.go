package understand

import "strings"

// sharesAddUp: the count a (tokens i..j-1) opens a share of a total
// said before it, the shares after it adding up to that total ("٢ كيكة
// رخامي واحدة نص كيلو وواحدة كيلو", "٢ عباية كريب، واحدة ٥٢ سودا
// وواحدة ٥٦ كحلي", "٣ علب بلاستيك ابيض، واحدة ٤ لتر واتنين ١ لتر"), or a
// later share of such a total (after و). It gives the total's line: each
// share takes its words, and chooses its variant by its own.
func (sg *segmenter) sharesAddUp(head *draft, i, j int, a amount, conj bool) (*draft, bool) {
	if conj {
		return head, head != nil && sg.addsUp[head]
	}
	if head == nil {
		if c := sg.cur; c != nil && c.partOf == nil && len(c.words) > 0 && len(c.groups) == 0 && headCount(c) > 1 {
			head = c // a total said in its colour, its shares by size
		}
	}
	if head == nil || a.val >= headCount(head) || !sg.sharesAhead(i, head) || sg.namedBeside(i, j, numString(a.val)) {
		return nil, false
	}
	if sg.addsUp == nil {
		sg.addsUp = map[*draft]bool{}
	}
	sg.addsUp[head] = true
	return head, true
}

// sharesAhead reads, from token i where a count said after a total opens
// ("٢ كيكة رخامي واحدة نص كيلو وواحدة كيلو", "٣ علب واحدة ٤ لتر واتنين ١
// لتر"), the shares that follow it: each a count, then words of its own
// (a colour, a size, a weight) until the next count after و. It reports
// whether there are two shares or more: then the counts share the total
// out, never one more line of it nor a figure of the product's name
// (shareOut checks they add up to it).
func (sg *segmenter) sharesAhead(i int, head *draft) bool {
	total := headCount(head)
	noun := headOf(sg.r, head)
	if total < 2 {
		return false
	}
	parts := 0
	for k := i; k < len(sg.ts) && !sg.ts[k].sep; {
		_, n, ok := sg.shareCountAt(k, k == i)
		if !ok {
			return false
		}
		parts++
		k += n
		own := 0 // the share's own words
		for k < len(sg.ts) && !sg.ts[k].sep && !sg.shareOpens(k) {
			if noun != "" && sg.ts[k].text == noun {
				return false // "و٣ مفاتيح ٣ جانج": the kind named again, a line of its own
			}
			own++
			k++
		}
		if own == 0 {
			return false
		}
		if k < len(sg.ts) && sg.ts[k].sep || k >= len(sg.ts) {
			break
		}
	}
	// "٣ بنطلون جينز واحد ٣٢ ازرق وواحد ٣٤ اسود": shares that do not add
	// up are shares still, left for a person (shareOut)
	return parts >= 2
}

// namedBeside: the figure at tokens i..j-1 is one the goods' names carry
// beside the word before it or the word after it ("حوض عين واحدة",
// "مفتاح ٢ جانج"): a word of the name, no share.
func (sg *segmenter) namedBeside(i, j int, num string) bool {
	var before, after string
	if i > 0 && !sg.ts[i-1].sep {
		before = sg.ts[i-1].text
	}
	if j < len(sg.ts) && !sg.ts[j].sep {
		after = sg.ts[j].text
	}
	for _, p := range sg.r.lx.postings[num] {
		for _, ph := range sg.r.lx.info[p].phrases {
			for k, u := range ph {
				if u != num {
					continue
				}
				// "بلاستيك 1 لتر" is no name of "بلاستيك واحدة ٤ لتر": a
				// figure after the count is the share's own
				goesOn := k+1 == len(ph) || ph[k+1] == after || !isNumber(after)
				if k > 0 && ph[k-1] == before && goesOn || k+1 < len(ph) && ph[k+1] == after {
					return true
				}
			}
		}
	}
	return false
}

// shareCountAt: the count of a share at token k — a figure or a number
// word (after و but the first). It gives the count and the tokens it
// takes.
func (sg *segmenter) shareCountAt(k int, first bool) (float64, int, bool) {
	t := sg.ts[k]
	if !first && !t.conj && t.text != "و" {
		return 0, 0, false
	}
	if t.text == "و" {
		k++
	}
	v, n, ok := numberAt(sg.ts, k, sg.isLex)
	if !ok || v <= 0 || v != float64(int(v)) {
		return 0, 0, false
	}
	if t.text == "و" {
		n++
	}
	return v, n, true
}

// shareOpens: token k opens the next share — a count after و (a figure
// or a number word) with words after it.
func (sg *segmenter) shareOpens(k int) bool {
	t := sg.ts[k]
	if !t.conj && t.text != "و" {
		return false
	}
	_, n, ok := sg.shareCountAt(k, false)
	return ok && k+n < len(sg.ts) && !sg.ts[k+n].sep
}

// variantAt: the words at token j choose among the goods the head fits —
// a figure their names carry ("٥٢" of "عباية كريب 52"), a weight ("نص
// كيلو", "كيلو") or a word of their names.
func (sg *segmenter) variantAt(head *draft, j int) bool {
	if j >= len(sg.ts) || sg.ts[j].sep {
		return false
	}
	if sg.chooses(head, sg.ts[j]) {
		return true
	}
	_, half := fractionWord(sg.ts[j].text)
	return half && j+1 < len(sg.ts) && !sg.ts[j+1].sep && sg.chooses(head, sg.ts[j+1]) // "نص كيلو"
}

// chooses: token t is a figure the names of the goods the head fits
// carry, a weight, or a word of those names.
func (sg *segmenter) chooses(head *draft, t token) bool {
	switch {
	case isNumber(t.text):
		return sg.r.hasNumber(head, t.text)
	case weightKg(t.surface) > 0 || weightKg(t.text) > 0:
		return true
	}
	return t.lex && t.color == "" && sg.r.fits(head, t.text)
}

// packOfSame: after و, the count a (tokens i..j-1) and only a pack word
// ("٢٠ فينو فرط و ٢ كيس": two bags) where the line's goods are sold
// loose, and the line's head noun with that pack names other goods of
// the catalog (the bag of ten): a line of that pack, its count a's.
func (sg *segmenter) packOfSame(i, j int, a amount) (*draft, bool) {
	c := sg.cur
	if c == nil || j >= len(sg.ts) || sg.ts[j].sep || j+1 < len(sg.ts) && !sg.ts[j+1].sep && !sg.ts[j+1].conj && sg.ts[j+1].text != "و" {
		return nil, false
	}
	if i > 0 && !sg.ts[i-1].sep && sizeCue[strings.TrimPrefix(sg.ts[i-1].text, "و")] || sg.ts[j].dual || packDual(sg.ts[j].text) {
		return nil, false // "و مقاس ٨ علبتين": a size, then two packs of it
	}
	w := sg.ts[j].text
	head := headOf(sg.r, c)
	if head == "" || !(container(sg.ts[j]) || sg.r.pack(w)) || !sg.r.lx.isWord(w) || c.uniq[w] || sg.r.fits(c, w) && headCount(c) == 0 {
		return nil, false
	}
	d := &draft{start: i, end: j, setWith: -1, clause: sg.clause}
	sg.r.addWord(d, head)
	if !sg.r.fits(d, w) {
		return nil, false
	}
	sg.r.addWord(d, w)
	d.end = j + 1
	aa := a
	d.pre = &aa
	return d, true
}
