package understand

import (
	"slices"
)

// A count corrected of a line named again by more of its words than its
// head noun: "٥ سلك دبرياج و٥ سلك فرامل.. لا سلك الفرامل خليهم ٣ بس",
// "٤ كرسي بلاستيك و٤ كرسي خشب.. لا الكرسي الخشب خليهم ٢", Franco "la
// el korsy el khashab khalihom 2". Two lines may share the head noun
// ("سلك"), so the words said after it name which one; the line that says
// all of them, and only that one, has its amount corrected, and no line
// of its own is opened.

// namedRecount reads, at i, two to four catalog words after "لا" or wait
// words, one of them with the article, then the correction cue and an
// amount: the one earlier line whose words hold all of them is corrected
// (sg.correct); the end of the correction.
func (sg *segmenter) namedRecount(i int) (int, bool) {
	ts := sg.ts
	if !(waitBefore(ts, i) || noBefore(ts, i)) || i > 0 && !ts[i-1].sep && !waitWords[ts[i-1].text] && !noWords[ts[i-1].lowSurface()] && !articleAt(ts[i-1]) {
		return 0, false
	}
	var words []string
	the, j := false, i
	for j < len(ts) && j < i+4 && !ts[j].sep {
		t := ts[j]
		if articleAt(t) && j+1 < len(ts) && !ts[j+1].sep {
			the = true // "el korsy", "the brake cables"
			j++
			continue
		}
		if !t.lex || t.color != "" || isNumber(t.text) {
			break
		}
		the = the || definite(t.surface)
		words = append(words, t.text)
		j++
	}
	if len(words) < 2 || !the || j >= len(ts) {
		return 0, false
	}
	at := sg.correction(j)
	if at == j {
		return 0, false
	}
	var d *draft
	for _, o := range sg.ds {
		all := true
		for _, w := range words {
			all = all && o.uniq[w]
		}
		if all {
			if d != nil {
				return 0, false // two lines say them: which one, a person reads
			}
			d = o
		}
	}
	if d == nil {
		return 0, false
	}
	a, ok := amountAt(ts, at, sg.isLex)
	if !ok || a.dozen || a.implied || a.unit != "" {
		return 0, false // a weight or a length corrected is not this rule's
	}
	end, ok := sg.correct(i, a, d)
	if !ok {
		return 0, false
	}
	sg.corrected = true
	return end, true
}

// A count corrected with its colours said again: "٣ ساعات اطفال واحدة
// زرقا و٢ بينك.. لا معلش خليهم ٢ بس، واحدة زرقا وواحدة بينك", Franco
// "la ma3lesh khalihom 2 bas, wa7da zar2a w wa7da pink", "no sorry, make
// them 2, one blue and one pink". The new split takes the place of the
// old one: the count said first becomes the corrected one, and the old
// split with the correction is set aside, so the line reads as if said
// right the first time ("٢ ساعات اطفال، واحدة زرقا وواحدة بينك"). When
// the new split does not add up to the count corrected, or no split is
// said again, nothing is rewritten (the old one stands, a person reads it).

// splitRedone rewrites, in place, each colour split said again after a
// count corrected.
func splitRedone(ts []token) {
	for c := 1; c < len(ts); c++ {
		if !ts[c-1].sep || ts[c].sep || !(ts[c].text == "لا" || noWords[ts[c].lowSurface()]) {
			continue
		}
		k := c + 1
		for k < len(ts) && (ts[k].sep && ts[k].text != "\n" || sorryWords[ts[k].lowSurface()] || sorryWords[ts[k].text] || waitWord(ts[k])) {
			k++ // "لا معلش", "no sorry,"
		}
		if k >= len(ts) {
			return
		}
		at := correctionAt(ts, k)
		if at == k || at >= len(ts) || ts[at].sep {
			continue
		}
		n, ok := amountValue(ts[at].text)
		if !ok || n != float64(int(n)) {
			continue
		}
		nAt, end := at, at+1
		for end < len(ts) && !ts[end].sep && onlyWords[ts[end].lowSurface()] {
			end++ // "بس"
		}
		if end >= len(ts) || !ts[end].sep || ts[end].text == "\n" {
			continue
		}
		split := end
		for split < len(ts) && ts[split].sep && ts[split].text != "\n" {
			split++
		}
		sum, entries, after := colourSplit(ts, split)
		if entries < 2 || sum != n || after < len(ts) && !ts[after].sep {
			continue
		}
		// the line corrected: its count, its words, then its old split
		o := c - 1
		for o >= 0 && ts[o].sep && ts[o].text != "\n" {
			o--
		}
		from := -1
		for o >= 1 && !ts[o].sep && ts[o].color != "" {
			if _, ok := splitCount(ts[o-1]); !ok {
				break
			}
			from = o - 1
			o -= 2
			if o >= 0 && !ts[o].sep && (ts[o].text == "و" || ts[o].lowSurface() == "and") {
				o--
			}
		}
		if from < 0 || from > 0 && ts[from].conj {
			continue
		}
		w := from - 1
		if w >= 0 && (ts[w].text == "," || ts[w].text == "،" || ts[w].text == ":") {
			w-- // "3 kids watches, one blue and 2 pink"
		}
		named := 0
		for w >= 0 && !ts[w].sep && ts[w].lex && ts[w].color == "" && !isNumber(ts[w].text) {
			w--
			named++
		}
		if named == 0 || w < 0 || ts[w].sep || !isNumber(ts[w].text) {
			continue // no count said before the line's words
		}
		copyFigure(&ts[w], ts[nAt])
		setAside(ts, from, end)
		c = after
	}
}

// colourSplit reads, from k, entries of a count and a colour joined by
// "و"/"and" ("واحدة زرقا وواحدة بينك", "one blue and one pink"): the
// counts' sum, how many entries, and where they end.
func colourSplit(ts []token, k int) (float64, int, int) {
	sum, n := 0.0, 0
	for k+1 < len(ts) && !ts[k].sep {
		j := k
		if ts[j].text == "و" || ts[j].lowSurface() == "and" {
			j++
		}
		if j+1 >= len(ts) || ts[j].sep || ts[j+1].sep || ts[j+1].color == "" {
			break
		}
		v, ok := splitCount(ts[j])
		if !ok {
			break
		}
		sum += v
		n++
		k = j + 2
	}
	return sum, n, k
}

// splitCount: the count of an entry of a split, a figure or a number word
// ("واحدة", "one", "wa7da").
func splitCount(t token) (float64, bool) {
	if t.sep {
		return 0, false
	}
	v, ok := amountValue(t.text)
	if !ok {
		v, ok = amountValue(t.lowSurface())
	}
	return v, ok && v > 0 && v == float64(int(v))
}

// sorryWords excuse the mistake before a correction: "لا معلش خليهم ٢".
var sorryWords = set("معلش", "معلهش", "اسف", "اسفه", "sorry", "ma3lesh", "ma3lsh", "ma3lish")

// The goods of earlier lines named again in the plural with "all" and a
// colour: "٢ شمعة زفة وعلبتين شموع الزفة، الشموع كلها دهبي", Franco "el
// shomoo3 kolaha dahaby", "كل الشموع دهبي": the colour of every line the
// noun names, no line of its own (a new line of one, its count unsaid,
// would be the same goods twice). When one of those lines already has
// another colour, nothing is read so (which one the customer meant is a
// person's).

// allColoured reads, at i, a definite noun of earlier lines with "كلها" /
// "كلهم" after it (or "كل" before it), then a colour: the colour goes to
// each line the noun names; the index after the colour.
func (sg *segmenter) allColoured(i int) (int, bool) {
	ts, r := sg.ts, sg.r
	t := ts[i]
	if sg.cur == nil || !t.lex || t.color != "" || isNumber(t.text) || i+2 >= len(ts) {
		return 0, false
	}
	the := definite(t.surface) || i > 0 && !ts[i-1].sep && articleAt(ts[i-1])
	all := !ts[i+1].sep && (allOfPlural[wordKey(ts[i+1].lowSurface())] || allOfFem[wordKey(ts[i+1].lowSurface())] || allOfPlural[ts[i+1].text] || allOfFem[ts[i+1].text])
	c := i + 2
	if !all {
		b := i - 1
		if b >= 0 && !ts[b].sep && articleAt(ts[b]) {
			b--
		}
		if b < 0 || ts[b].sep || !allBefore[keyAt(ts, b)] {
			return 0, false
		}
		c = i + 1 // "كل الشموع دهبي"
	}
	if !the || ts[c].sep || ts[c].color == "" || c+1 < len(ts) && !ts[c+1].sep && !ts[c+1].conj && ts[c+1].lex && ts[c+1].color == "" {
		return 0, false
	}
	head := r.headNoun(t.text)
	if head == "" {
		head = t.text
	}
	var lines []*draft
	for _, d := range sg.ds {
		if d.uniq[t.text] || r.names(d, head) {
			if len(d.colors) > 0 && !slices.Contains(d.colors, ts[c].color) {
				return 0, false
			}
			lines = append(lines, d)
		}
	}
	if len(lines) == 0 {
		return 0, false
	}
	for _, d := range lines {
		if len(d.colors) == 0 {
			d.colors = append(d.colors, ts[c].color)
		}
	}
	for k := i - 2; k <= c; k++ {
		if k >= 0 && (k >= i || !ts[k].sep && (articleAt(ts[k]) || allCue(ts[k]))) {
			ts[k].used = true
		}
	}
	sg.lastJoin = "none"
	return c + 1, true
}
