package understand

import (
	"slices"
	"strings"

	"fatoora/catalog"
)

// A correction of what was just said that names a size or a variant, not
// an amount: "باب ٨٠ في ٢١٠.. لا استنى خليه ٩٠ في ٢١٠" (the size), "سخان
// ٦ لتر، لا لا خليه ١٠ لتر" (the variant a figure with its measure names),
// "خيمة ٢ فرد.. لا استنى احنا ٣ خليها ٤ افراد", "١٠٠ في ١٢٠، لا غلطت
// الطول ١٣٠ مش ١٢٠" (one side, the figure taken back said). The new
// figures take the place of the old ones where they were said, and the
// correction itself (its wait words, its reason, the cue) is set aside, so
// the line reads as if said right the first time. An amount corrected
// ("لا خليهم ٦") is the segmenter's (correct). A part of the name counted
// again ("دولاب ٤ ضلف.. لا خليه الـ ٦ ضلف") is the other variant.

// corrections rewrites, in place, each size or measured figure a
// correction replaces.
func (r *Rules) corrections(ts []token) {
	for c := range ts {
		if ts[c].sep || ts[c].aside {
			continue
		}
		if nthResized(ts, c) {
			continue // "لا معلش التانية ٣ في ٣ ونص": the second piece's size
		}
		if mistakeWords[ts[c].text] {
			r.sideTakenBack(ts, c)
			continue
		}
		if resaid(ts, c) {
			continue // "٥ في ٤ لا استنى ٥ في ٤ ونص": the size said again
		}
		if amountTakenBack(ts, c) {
			continue // "وخلي الخطوط ٥ متر مش ٤": the amount said before, put right
		}
		if remeasured(ts, c) {
			continue // "٢٢٠ م٢ لا ٢٣٠ م٢": the length or area said again
		}
		if end, ok := recoloured(ts, c); ok {
			setAside(ts, c, end)
			continue // "ستانلس.. لا اسود احسن": the colour said again
		}
		if r.variantSaidInstead(ts, c) {
			continue // "هودي ميديم اسود، لا لارج": the variant said again (sizeinstead.go)
		}
		j := correctionAt(ts, c)
		if j <= c {
			if end, ok := bareCorrection(ts, c); ok {
				setAside(ts, c, end)
			}
			continue
		}
		if k := j; k < len(ts) && !ts[k].sep && articleAt(ts[k]) && k+1 < len(ts) {
			j = k + 1 // "make it the other one"
		}
		if j < len(ts) && !ts[j].sep && (otherWords[ts[j].text] || otherWords[ts[j].lowSurface()]) {
			ts[c].otherAsked = true // "خليه التاني": the other one, named by nothing
			continue
		}
		from := waitFrom(ts, c)
		if from < 0 {
			continue
		}
		if end, ok := resize(ts, from, j); ok {
			setAside(ts, from, end)
		} else if end, ok := remeasure(ts, from, j); ok {
			setAside(ts, from, end)
		} else if end, ok := r.repart(ts, from, j); ok {
			setAside(ts, from, end)
		} else if recolour(ts, from, j) {
			setAside(ts, from, j)
		} else if !r.refigure(ts, from, j) {
			r.reword(ts, from, c, j)
		}
	}
}

// bareCorrection reads a correction with no cue after a pause ("ستانلس..
// لا اسود احسن", "٣ في ٢.. لا ٣ في ٢ ونص", "in steel, no, black
// better"): "لا"/"no" right after a separator, then a colour said better
// ("احسن") or a size of two sides where one was said before on the
// line, puts it in place of the old one; the end of the correction.
func bareCorrection(ts []token, c int) (int, bool) {
	w := ts[c].lowSurface()
	if c == 0 || !ts[c-1].sep || ts[c-1].text == "\n" || !(ts[c].text == "لا" || noWords[w]) {
		return 0, false
	}
	j := c + 1
	for j < len(ts) && !ts[j].sep && waitWord(ts[j]) {
		j++ // "لا استنى"
	}
	if j < len(ts) && ts[j].sep && (ts[j].text == "," || ts[j].text == "،") {
		j++ // "no, black"
	}
	if j+1 < len(ts) && !ts[j].sep && ts[j].color != "" && !ts[j+1].sep && betterWords[ts[j+1].text] {
		if recolour(ts, c, j) {
			ts[j+1].used = true
			return j, true // the colour itself stays the line's
		}
		return 0, false
	}
	if _, nu, _, ok := measuredSidesAt(ts, j); ok {
		// the old size is set aside, the new one read where it is (with
		// its "ونص"), a length unit perhaps after a side of either
		for k := c - 3; k >= 0 && !(ts[k].sep && ts[k].text == "\n"); k-- {
			if _, ou, oend, ok := measuredSidesAt(ts, k); ok && oend <= c && (k == 0 || ts[k-1].text != "x" && !dimOps[ts[k-1].text]) {
				if !unitsAgree(ou, nu) {
					return 0, false
				}
				setAside(ts, k, oend)
				if oend < len(ts) && !ts[oend].sep {
					if _, n := fractionTail(ts, oend); n > 0 {
						setAside(ts, oend, oend+n)
					}
				}
				return j, true
			}
		}
	}
	return 0, false
}

// correctionAt: a correction cue starts at c ("خليه", "make it", Franco
// "khalih"); the index of what follows it, else c.
func correctionAt(ts []token, c int) int {
	w := ts[c].lowSurface()
	if correctWords[ts[c].text] || correctWords[w] {
		return c + 1
	}
	if (w == "make" || keepWords[w]) && c+1 < len(ts) && !ts[c+1].sep && correctObjects[ts[c+1].lowSurface()] {
		return c + 2
	}
	return c
}

// waitFrom is where the wait words holding the correction at c begin
// ("لا استنى", "لا لا", "no wait"), the reason between them and the cue
// included ("لا استنى احنا ٣ خليها"); an apology ("sorry, make it",
// "actually make it") holds it as "لا" does; -1 when no wait word comes
// within three words before c.
func waitFrom(ts []token, c int) int {
	from := -1
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		if ts[k].sep {
			if ts[k].text != "," && ts[k].text != "،" {
				break
			}
			continue // "no wait, make it 60 L"
		}
		if waitWord(ts[k]) || apologyWord(ts[k]) {
			from = k
		}
	}
	if from < 0 {
		return -1
	}
	for from > 0 && !ts[from-1].sep && (waitWord(ts[from-1]) || apologyWord(ts[from-1])) {
		from--
	}
	return from
}

// waitWord holds a correction: "لا", "استنى", "no", "wait", Franco "la", "la2".
func waitWord(t token) bool {
	w := t.lowSurface()
	return waitWords[t.text] || waitWords[w] || noWords[w]
}

// twoSidesAt reads a size of two sides at j ("٩٠ في ٢١٠", "90 x 210"): the
// indexes of its two figures.
func twoSidesAt(ts []token, j int) (int, int, bool) {
	if j+2 >= len(ts) || ts[j].sep || ts[j+1].sep || ts[j+2].sep || !isNumber(ts[j].text) || !isNumber(ts[j+2].text) ||
		!(dimOps[ts[j+1].text] || ts[j+1].text == "x") {
		return 0, 0, false
	}
	return j, j + 2, true
}

// resaid: wait words starting at c ("لا استنى", "no wait") between a size
// and another size said right after them, with no cue ("٥ في ٤ لا استنى ٥
// في ٤ ونص"): the second is the size meant; the first and the wait words
// are set aside. "ولا" (or) between two sizes asks, it corrects nothing.
func resaid(ts []token, c int) bool {
	if !waitWord(ts[c]) || ts[c].conj || strings.HasPrefix(ts[c].surface, "و") || c > 0 && !ts[c-1].sep && waitWord(ts[c-1]) {
		return false
	}
	j := c
	for j < len(ts) && (waitWord(ts[j]) && !ts[j].conj || ts[j].sep && (ts[j].text == "," || ts[j].text == "،")) {
		j++
	}
	if _, _, ok := twoSidesAt(ts, j); !ok {
		return false
	}
	k := c - 1
	for k >= 0 && ts[k].sep && ts[k].text != "\n" && ts[k].text != "?" {
		k--
	}
	for k >= 0 && !ts[k].sep && !isNumber(ts[k].text) && k >= c-3 && sizeTail(ts[k].text) {
		k-- // a fraction or a unit after the first size ("٤ ونص", "٤ متر")
	}
	if k < 2 {
		return false
	}
	if _, _, ok := twoSidesAt(ts, k-2); !ok {
		return false
	}
	setAside(ts, k-2, j)
	return true
}

// remeasured: wait words starting at c ("لا", "لا استنى", "no") right
// after a length or an area with its unit, then another in the same unit
// with no cue ("٢٢٠ م٢ لا ٢٣٠ م٢", "٤ متر.. لا ٥ متر", "40 m, no 45 m"):
// the second is the amount meant, never added to the first; the first and
// the wait words are set aside. "ولا" (or) between two amounts asks.
func remeasured(ts []token, c int) bool {
	if !waitWord(ts[c]) || ts[c].conj || strings.HasPrefix(ts[c].surface, "و") || c > 0 && !ts[c-1].sep && waitWord(ts[c-1]) {
		return false
	}
	k := c - 1
	for k >= 0 && ts[k].sep && ts[k].text != "\n" && ts[k].text != "?" {
		k--
	}
	if k < 1 || ts[k].sep || ts[k].aside {
		return false
	}
	var old amount
	found := false
	for s := k - 1; s >= 0 && s >= k-4 && !ts[s].sep; s-- {
		if a, ok := amountAt(ts, s, nil); ok && a.end == k+1 {
			old, found = a, true
			break
		}
	}
	if !found || old.implied || old.side || !(old.unit == "m" || old.unit == "sqm") {
		return false
	}
	j := c
	for j < len(ts) && (waitWord(ts[j]) && !ts[j].conj || ts[j].sep && (ts[j].text == "," || ts[j].text == "،")) {
		j++
	}
	b, ok := amountAt(ts, j, nil)
	if !ok || b.implied || b.unit != old.unit || b.val == old.val {
		return false
	}
	setAside(ts, old.start, j)
	return true
}

// recoloured: wait words starting at c right after a colour, then another
// colour with no cue ("فرن ستانلس.. لا اسود احسن", "in grey, no, black"):
// the second is the colour meant, the first is set aside; the end of the
// wait words (the new colour stays). "ولا" (or) between two colours asks,
// it corrects nothing.
func recoloured(ts []token, c int) (int, bool) {
	if !waitWord(ts[c]) || ts[c].conj || strings.HasPrefix(ts[c].surface, "و") || c > 0 && !ts[c-1].sep && waitWord(ts[c-1]) {
		return 0, false
	}
	k := c - 1
	for k >= 0 && ts[k].sep && ts[k].text != "\n" && ts[k].text != "?" {
		k--
	}
	if k < 0 || ts[k].sep || ts[k].color == "" || k == c-1 {
		return 0, false // the wait word must follow the colour across a pause ("..", "،")
	}
	j := c
	for j < len(ts) && (waitWord(ts[j]) && !ts[j].conj || ts[j].sep && (ts[j].text == "," || ts[j].text == "،")) {
		j++
	}
	if j >= len(ts) || ts[j].sep || ts[j].color == "" || ts[j].color == ts[k].color || j+1 < len(ts) && !ts[j+1].sep && isNumber(ts[j+1].text) {
		return 0, false
	}
	ts[k].used, ts[k].aside, ts[k].color = true, true, ""
	if j+1 < len(ts) && !ts[j+1].sep && betterWords[ts[j+1].text] {
		ts[j+1].used, ts[j+1].aside = true, true // "لا اسود احسن"
	}
	return j, true
}

// sizeTail: a fraction or a unit word ending a size.
func sizeTail(w string) bool {
	_, frac := fractionWord(w)
	_, unit := unitWord(w)
	return frac || unit
}

// resize: a size said after the cue at j takes the place of the last size
// said before from, a length unit perhaps after a side of either
// (measuredSidesAt); the end of the correction.
func resize(ts []token, from, j int) (int, bool) {
	ns, nu, end, ok := measuredSidesAt(ts, j)
	if !ok {
		return 0, false
	}
	for k := from - 3; k >= 0; k-- {
		os, ou, oend, ok := measuredSidesAt(ts, k)
		if !ok || oend > from {
			continue
		}
		if !unitsAgree(ou, nu) {
			return 0, false // "٣ متر في ٢ … خليها ٣٠٠ سم في ٢٠٠": which, a person reads
		}
		old := [2]string{ts[os[0]].text, ts[os[1]].text}
		copyFigure(&ts[os[0]], ts[ns[0]])
		copyFigure(&ts[os[1]], ts[ns[1]])
		if end < len(ts) && !ts[end].sep && betterWords[ts[end].text] {
			end++ // "خليه ٩٠ في ٢١٠ احسن"
		}
		if end+1 < len(ts) && !ts[end].sep && !ts[end+1].sep && notWords[ts[end].lowSurface()] &&
			(ts[end+1].text == old[0] || ts[end+1].text == old[1]) {
			end += 2 // "لا خليها ١٢ في ٦ مش ١٠": the side taken back, said
		}
		return end, true
	}
	return 0, false
}

// recolour: a colour said right after the cue at j ("جرانيت احمر ٣٠
// متر.. لا خليه اسود", "in white, no wait, make it grey") takes the place
// of the last colour said before from on that line, which is set aside.
func recolour(ts []token, from, j int) bool {
	if j >= len(ts) || ts[j].sep || ts[j].color == "" || j+1 < len(ts) && !ts[j+1].sep && isNumber(ts[j+1].text) {
		return false
	}
	for k := from - 1; k >= 0 && k >= from-12; k-- {
		if ts[k].sep && (ts[k].text == "\n" || ts[k].text == "?") {
			return false
		}
		if !ts[k].sep && !ts[k].aside && ts[k].color != "" {
			ts[k].used, ts[k].aside, ts[k].color = true, true, ""
			return true
		}
	}
	return false
}

// remeasure: a figure with a measure after the cue at j ("١٠ لتر", "٤
// افراد") takes the place of the last figure said before from with a
// measure of the same kind; the end of the correction.
func remeasure(ts []token, from, j int) (int, bool) {
	if j+2 < len(ts) && !ts[j].sep && articleAt(ts[j]) {
		j++ // "make it the 1000 L one", "khalih el alf litre"
	}
	if j+1 >= len(ts) || ts[j].sep || ts[j+1].sep {
		return 0, false
	}
	figure := ts[j]
	for _, w := range []string{figure.text, fold(figure.surface)} {
		if v, ok := numberWord(w); ok && !isNumber(figure.text) {
			// "لا خليه الف لتر", "الفين لتر" (read as فين, where, once
			// its ال was taken off)
			figure.text, figure.surface = numString(v), numString(v)
		}
	}
	if !isNumber(figure.text) {
		return 0, false
	}
	kind := measureKind(ts[j+1])
	if kind == "" {
		return 0, false
	}
	for k := from - 2; k >= 0; k-- {
		if !ts[k].sep && !ts[k+1].sep && isNumber(ts[k].text) && measureKind(ts[k+1]) == kind {
			copyFigure(&ts[k], figure)
			copyFigure(&ts[k+1], ts[j+1]) // "٤ افراد" where "٢ فرد" was said
			end := j + 2
			if end < len(ts) && !ts[end].sep && (englishOne[ts[end].lowSurface()] || betterWords[ts[end].text]) {
				end++ // "make it the 1000 L one", "خليه ١٠ لتر احسن"
			}
			return end, true
		}
	}
	return 0, false
}

// repart: a figure with a counted part of a product's name after the cue
// at j ("دولاب ٤ ضلف.. لا خليه الـ ٦ ضلف احسن") takes the place of the
// same part counted before on that line inside the product's name: the
// other variant, no count of the piece. A figure before the name ("٣ باب
// … لا خليهم ٤ ابواب") is how many: the segmenter's. Some name carries
// the part with the old figure, and one with the new.
func (r *Rules) repart(ts []token, from, j int) (int, bool) {
	if j < len(ts) && !ts[j].sep && (ts[j].text == "ال" || ts[j].lowSurface() == "the") {
		j++ // "خليه الـ ٦ ضلف", "make it the 6 door"
	}
	if j+1 >= len(ts) || ts[j].sep || ts[j+1].sep || !isNumber(ts[j].text) {
		return 0, false
	}
	part := ts[j+1]
	if !part.lex || part.color != "" || isNumber(part.text) {
		return 0, false
	}
	for k := from - 2; k >= 0; k-- {
		if ts[k].sep && (ts[k].text == "\n" || ts[k].text == "?") {
			break
		}
		if ts[k].sep || ts[k+1].sep || !isNumber(ts[k].text) || ts[k+1].text != part.text {
			continue
		}
		if k == 0 || ts[k-1].sep || !ts[k-1].lex || ts[k-1].color != "" {
			return 0, false // "٣ باب … لا خليهم ٤ ابواب": how many, said before the name
		}
		if !r.named(ts[k].text, part.text) || !r.named(ts[j].text, part.text) {
			return 0, false
		}
		copyFigure(&ts[k], ts[j])
		end := j + 2
		if end < len(ts) && !ts[end].sep && betterWords[ts[end].text] {
			end++ // "خليه الـ ٦ ضلف احسن"
		}
		return end, true
	}
	return 0, false
}

// named: some product's names carry both the figure n and the word w
// ("دولاب Aria ٦ ضلف").
func (r *Rules) named(n, w string) bool {
	for _, p := range r.lx.postings[n] {
		if r.lx.info[p].all[w] {
			return true
		}
	}
	return false
}

// measureKind is the kind of measure a word after a figure names ("لتر":
// litres, "افراد": persons), "" when none.
func measureKind(t token) string {
	for _, w := range []string{t.text, t.lowSurface(), wordKey(t.surface)} {
		if k := measureKinds[w]; k != "" {
			return k
		}
		if personWords[w] {
			return "persons"
		}
	}
	return ""
}

// sideTakenBack: "لا غلطت الطول ١٣٠ مش ١٢٠" — after a word owning a
// mistake at c, "X مش Y" puts X where Y was said before it.
func (r *Rules) sideTakenBack(ts []token, c int) {
	for j := c + 1; j+2 < len(ts) && !ts[j].sep; j++ {
		if !isNumber(ts[j].text) || ts[j+1].text != "مش" || !isNumber(ts[j+2].text) {
			continue
		}
		from := c
		for from > 0 && !ts[from-1].sep && waitWord(ts[from-1]) {
			from--
		}
		for k := from - 1; k >= 0; k-- {
			if !ts[k].sep && ts[k].text == ts[j+2].text && (k+1 < len(ts) && (dimOps[ts[k+1].text] || ts[k+1].text == "x") || k > 0 && (dimOps[ts[k-1].text] || ts[k-1].text == "x")) {
				copyFigure(&ts[k], ts[j])
				setAside(ts, from, j+3)
				return
			}
		}
		return
	}
}

// amountTakenBack: a correction cue at c ("وخلي", "خليه", "make"), the
// line's own words, then "N [unit] مش M" ("وخلي الخطوط ٥ متر مش ٤"): N
// takes the place of the amount M said before the cue (with a unit or a
// product's word after it, never a side of a size), and the correction is
// set aside, so the line reads as if said right the first time. When the
// line's words are said, the M of the entry that says them is the one
// taken back ("… ٢ متر كوارتز … وحرف مطبق ٢ متر.. خلي الكوارتز ٢.٤٠ مش
// ٢": the quartz's length, not the edge's) in the unit said, or, for an
// amount said with none, never a thickness or width in cm or mm (the
// quartz's "٢ سم").
func amountTakenBack(ts []token, c int) bool {
	w := strings.TrimPrefix(ts[c].text, "و")
	j := c + 1
	if ts[c].lowSurface() == "make" && j < len(ts) && !ts[j].sep && correctObjects[ts[j].lowSurface()] {
		j++ // "make it 5 m not 4"
	} else if !correctWords[w] && !correctWords[ts[c].bareKey()] && w != "خلي" {
		return false
	}
	said := j
	for j < len(ts) && j <= c+3 && !ts[j].sep && ts[j].lex && !isNumber(ts[j].text) {
		j++ // the line's words: "الخطوط"
	}
	named := ts[said:j]
	if j >= len(ts) || ts[j].sep || !isNumber(ts[j].text) {
		return false
	}
	n, k := j, j+1
	if k < len(ts) && !ts[k].sep && isUnitOrDozen(ts[k].text) {
		k++
	}
	if k+1 >= len(ts) || ts[k].sep || !notWords[ts[k].lowSurface()] || ts[k+1].sep || !isNumber(ts[k+1].text) {
		return false
	}
	m, end := k+1, k+2
	if end < len(ts) && !ts[end].sep && isUnitOrDozen(ts[end].text) {
		end++
	}
	nu := "" // the unit the amount meant is said in
	if k > n+1 {
		nu, _ = unitWord(ts[n+1].text)
	}
	at := -1
	for o := c - 1; o >= 0; o-- {
		if ts[o].sep || ts[o].aside || ts[o].text != ts[m].text || o+1 >= len(ts) || ts[o+1].sep {
			continue
		}
		if dimOps[ts[o+1].text] || ts[o+1].text == "x" || o > 0 && (dimOps[ts[o-1].text] || ts[o-1].text == "x") {
			continue // a side of a size
		}
		if !isUnitOrDozen(ts[o+1].text) && !ts[o+1].lex {
			continue
		}
		if at < 0 {
			at = o
		}
		if len(named) == 0 {
			break
		}
		if u, _ := unitWord(ts[o+1].text); (nu != "" && u == nu || nu == "" && u != "cm" && u != "mm") && entrySays(ts, o, named) {
			at = o
			break
		}
	}
	if at < 0 {
		return false
	}
	copyFigure(&ts[at], ts[n])
	setAside(ts, c, end)
	return true
}

// entrySays: the entry holding token o (from the و or separator before it
// to the next) says one of the words named.
func entrySays(ts []token, o int, named []token) bool {
	from, to := o, o+1
	for from > 0 && !ts[from].sep && !ts[from].conj {
		from--
	}
	for to < len(ts) && !ts[to].sep && !ts[to].conj {
		to++
	}
	for _, t := range ts[from:to] {
		for _, n := range named {
			// a word of the vocabulary's phrase: "quartz" of "chinese quartz"
			if !t.sep && (t.text == n.text || slices.Contains(strings.Fields(t.text), n.text)) {
				return true
			}
		}
	}
	return false
}

// notWords: "not" between the amount meant and the one taken back ("٥
// متر مش ٤", "١٢ في ٦ مش ١٠").
var notWords = set("مش", "msh", "mesh", "not")

// copyFigure writes the figure of src over dst, where dst was said.
func copyFigure(dst *token, src token) {
	dst.text, dst.surface, dst.kc = src.text, src.surface, src.kc
}

// setAside places the correction's words from..end-1: none is an item's.
func setAside(ts []token, from, end int) {
	for k := from; k < end && k < len(ts); k++ {
		if !ts[k].sep {
			ts[k].used, ts[k].aside = true, true
		}
	}
}

// articleAt: t is an article between a correction's cue and what it names
// ("make it the 1000 L one", "a thousand litres", Franco "el alf", "ال"
// written apart).
func articleAt(t token) bool {
	w := t.lowSurface()
	return t.text == "ال" || articleWords[w] || w == "a"
}

// englishOne closes a variant named by its figure: "the 1000 L one".
var englishOne = set("one")

// mistakeWords own a mistake before the right figure: "لا غلطت، …".
var mistakeWords = set("غلطت", "غلطانه", "غلطان", "ghalatt", "ghalat")

// personWords count the persons a piece is for ("خيمة ٤ افراد").
var personWords = set("فرد", "افراد", "شخص", "اشخاص", "نفر", "انفار", "person", "persons", "people", "fard", "afrad")

// betterWords follow a corrected choice: "خليه ٩٠ احسن".
var betterWords = set("احسن", "افضل", "better")

// reword: a word after the cue at j, a count and "بس" perhaps before it
// ("قفص صغير.. لا خليه وسط", "٤ فرخات صغيرة.. لا خليهم ٣ بس كبار", "حامل
// A4.. لا خليه A5"), that names a sibling of the goods the line before
// names by another word takes that word's place: some product has the old
// word and not the new, another of the same goods (sameGoods) the new and
// not the old. The line reads as if said right; a count said in the
// correction is left to the segmenter's, the cue with it.
func (r *Rules) reword(ts []token, from, c, j int) {
	for k := from; k < c; k++ {
		if !ts[k].sep && ts[k].lex && !waitWord(ts[k]) {
			return // "لا معلش الكاجو خليه كيلو": the goods named, the segmenter's
		}
	}
	w := j
	counted := false
	if w < len(ts) && !ts[w].sep && isNumber(ts[w].text) {
		w, counted = w+1, true
		if w < len(ts) && !ts[w].sep && onlyWords[wordKey(ts[w].lowSurface())] {
			w++
		}
	}
	if w >= len(ts) || ts[w].sep || !ts[w].lex || ts[w].color != "" || isNumber(ts[w].text) || isNumberWord(ts[w].text) {
		return
	}
	if w+1 < len(ts) && !ts[w+1].sep && !betterWords[ts[w+1].text] {
		return // more said than one word: a line of its own
	}
	nw := ts[w].text
	for k := from - 1; k >= 0; k-- {
		t := ts[k]
		if t.sep && (t.text == "\n" || t.text == "?") || otherLineBetween(t) {
			return // "2 chocolate croissants and 3 plain, sorry make it 5 plain": which line, the segmenter's
		}
		if t.sep || t.aside || !t.lex || t.color != "" || isNumber(t.text) || t.text == nw {
			continue
		}
		figured := k > 0 && !ts[k-1].sep && isNumber(ts[k-1].text) && !r.siblingBy(t.text, nw) && r.figuredSiblingBy(ts[k-1].text, t.text, nw)
		if !figured && !r.siblingBy(t.text, nw) {
			if t.conj || t.text == "و" {
				return
			}
			continue
		}
		for m := k; m >= 0 && !(ts[m].sep && (ts[m].text == "\n" || ts[m].text == "?")); m-- {
			if otherLineBetween(ts[m]) {
				return // "… ونص كيلو لوز، لا خليه كيلو": which line, a person reads
			}
		}
		copyFigure(&ts[k], ts[w])
		if figured {
			// "٦ شهور.. خليه سنة": the variant's figure, no count, nor a
			// word of the line's phrase
			setAside(ts, k-1, k)
			ts[k-1].surface = ""
		}
		end := w + 1
		if end < len(ts) && !ts[end].sep && betterWords[ts[end].text] {
			end++
		}
		if counted {
			setAside(ts, w, end) // "لا خليهم ٣ بس": the count the segmenter's
		} else {
			setAside(ts, from, end)
		}
		return
	}
}

// siblingBy: a product's names hold old and not nw, another product of the
// same goods holds nw and not old.
func (r *Rules) siblingBy(old, nw string) bool {
	key := old + "\x00" + nw
	if v, ok := r.siblings.Load(key); ok {
		return v.(bool)
	}
	b := r.readSiblingBy(old, nw)
	if r.siblingsN.Add(1) > keyMemoMax {
		r.siblings.Clear() // forget rather than grow
		r.siblingsN.Store(0)
	}
	r.siblings.Store(key, b)
	return b
}

// readSiblingBy is siblingBy read from the catalog (it depends on nothing
// else, so its answers are kept with the rules).
func (r *Rules) readSiblingBy(old, nw string) bool {
	ps := r.lx.postings[old]
	if len(ps) == 0 {
		return false
	}
	// the goods the products holding nw (and not old) are, by sameGoods'
	// terms — read once, not once per product holding old
	type goods struct {
		unit           catalog.Unit
		category, head string
		service, pack  bool
	}
	var have map[goods]bool
	for _, q := range r.lx.postings[nw] {
		if r.lx.info[q].all[old] {
			continue
		}
		if have == nil {
			have = map[goods]bool{}
		}
		b := &r.lx.products[q]
		have[goods{b.Unit, b.Category, r.lx.info[q].head, r.isService(b), false}] = true
		have[goods{b.Unit, b.Category, r.lx.info[q].packed, r.isService(b), true}] = true
	}
	if have == nil {
		return false
	}
	for _, p := range ps {
		if r.lx.info[p].all[nw] {
			continue
		}
		a := &r.lx.products[p]
		h, pack := r.lx.info[p].head, false
		if packWord(h) || setWords[h] || packNouns[h] {
			h, pack = r.lx.info[p].packed, true // "علبة مسامير …" beside "علبة خوابير …": the goods after the pack
		}
		if h != "" && !isNumber(h) && have[goods{a.Unit, a.Category, h, r.isService(a), pack}] {
			return true
		}
	}
	return false
}
