package understand

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// A correction that says only another size, weight or measure of the line
// just said, with no goods of its own: "كيلو كفتة، لا خليها نص", "نص كيلو
// بتلو، لا كيلو", "هارد ٢٥٦ لا ١ تيرا", "تنضيف شقة ١٢٠ متر، لا هي ٩٠",
// "هودي ميديم اسود، لا لارج",
// Franco "kilo bon, la khaleeh nos", English "1 kg of coffee, no make it
// half". The new words take the place of the same dimension said before —
// the weight words (a fraction, a kilo, a figure in grams) of the line, the
// figure said after its noun (with its measure when the new one has one)
// — and the correction is set aside, so the line
// reads as if said right the first time: never a line of its own for a
// product a bare "نص" or a figure happens to name, never both variants.
// When the other variant is not sold, the line says so as any other does.
// A figure before the noun is how many (the segmenter's); "ولا" (or)
// corrects nothing; a "و" in the line leaves which line to a person.

// sizesInstead reads each correction of a weight or a figure, before the
// words are read as weights and counts (sizeInstead).
func (r *Rules) sizesInstead(ts []token) {
	for c := range ts {
		if !ts[c].sep && !ts[c].aside {
			r.sizeInstead(ts, c)
		}
	}
}

// variantSaidInstead reads, at c, "لا" right after a pause and one word that
// names another variant of the goods the line says, with no cue
// ("هودي ميديم اسود، لا لارج", "cage small, no medium"): as after "لا
// خليه" (reword); true when it rewrote the line.
func (r *Rules) variantSaidInstead(ts []token, c int) bool {
	t := ts[c]
	if c == 0 || !ts[c-1].sep && !r.variantRightBefore(ts, c) || lineEnd(ts[c-1]) || t.conj || !(t.surface == "لا" || noWords[t.lowSurface()]) {
		return false
	}
	j, cued := correctionStart(ts, c)
	if cued || j+1 > len(ts) || j >= len(ts) || ts[j].sep || j+1 < len(ts) && !ts[j+1].sep && !betterWords[ts[j+1].text] ||
		!ts[j].lex || ts[j].color != "" || isNumber(ts[j].text) || isNumberWord(ts[j].text) {
		return false
	}
	r.reword(ts, c, j, j)
	return ts[c].aside
}

// sizeInstead reads the correction opening at c ("لا", Franco "la",
// English "no"): true when it rewrote the line before it.
func (r *Rules) sizeInstead(ts []token, c int) bool {
	t := ts[c]
	if c == 0 || t.conj || !(t.surface == "لا" || noWords[t.lowSurface()]) || !ts[c-1].sep && waitWord(ts[c-1]) {
		return false
	}
	j, them, _ := correctionCue(ts, c)
	e := j
	for e < len(ts) && !ts[e].sep && e < j+3 {
		e++
	}
	if e == j || e < len(ts) && !ts[e].sep {
		return false // more said than a size: a line of its own
	}
	if betterWords[ts[e-1].text] && e-1 > j {
		e-- // "لا خليه نص احسن"
	}
	a, b := -1, -1
	switch {
	case weightPhrase(ts[j:e]):
		a, b = weightSaidBefore(ts, c)
	case figurePhrase(ts[j:e]) && !(them && e-j == 1):
		a, b = sizeFigureBefore(ts, c, e-j > 1)
		if a >= 0 && b-a == 2 && !measuresAgree(ts[a+1], ts[j+1]) {
			return false // "نجيلة ٢٠ مم.. لا خليهم ١٨ متر": another figure's measure
		}
		if a >= 0 && e-j == 1 && countNearer(ts, a, ts[j].text) {
			return false // "٣ سطح حوض ١٠٠.. لا ٢": how many, corrected
		}
	}
	if a < 0 || lineJoined(ts, a, c) {
		return false
	}
	spliceInstead(ts, a, b, c, j, e)
	return true
}

// correctionStart: the first word after the correction opening at c, past
// wait words, an apology, a pause, a cue ("خليها", "make it") and "هي"
// (it is); cued when a cue was said.
func correctionStart(ts []token, c int) (int, bool) {
	j, _, cued := correctionCue(ts, c)
	return j, cued
}

// correctionCue: correctionStart, and whether the cue speaks of them
// ("خليهم", Franco "khalihom", "make them"): how many, never a size.
func correctionCue(ts []token, c int) (int, bool, bool) {
	j, them, cued := c+1, false, false
	for j < len(ts) {
		t := ts[j]
		switch {
		case t.sep && (t.text == "," || t.text == "،"):
			j++
		case t.sep:
			return j, them, cued
		case waitWord(t) || sorryWords[t.lowSurface()] || sorryWords[t.text] || itIsWords[t.lowSurface()] || itIsWords[t.text]:
			j++
		case correctionAt(ts, j) > j:
			them = them || themCue(ts[j:correctionAt(ts, j)])
			j, cued = correctionAt(ts, j), true
		default:
			return j, them, cued
		}
	}
	return j, them, cued
}

// themCue: the cue's words speak of them — the pieces, how many.
func themCue(ws []token) bool {
	for _, t := range ws {
		w := t.lowSurface()
		if strings.Contains(t.surface, "هم") || strings.Contains(w, "hom") || w == "them" {
			return true
		}
	}
	return false
}

// itIsWords say what the thing is before its size: "لا هي ٩٠".
var itIsWords = set("هي", "هو", "هى", "هيا", "هوا", "heya", "howa", "its")

// weightWord: a fraction ("نص", "ربع", "half") or a weight's measure
// ("كيلو", "جرام", "kg"), or a phrase of them ("نص كيلو", "٢٥٠ جرام").
func weightWord(t token) bool {
	if t.sep {
		return false
	}
	if k := measureKind(t); k == "kg" || k == "g" {
		return true
	}
	ws := strings.Fields(t.surface)
	for i, w := range ws {
		_, frac := fractionWord(w)
		k := measureKinds[wordKey(w)]
		if !frac && k != "kg" && k != "g" && !(isNumber(w) && i+1 < len(ws)) {
			return false
		}
	}
	return len(ws) > 0
}

// weightPhrase: the words said are a weight and nothing else, no figure
// ("نص", "نص كيلو", "كيلو", "quarter kilo").
func weightPhrase(ws []token) bool {
	for _, t := range ws {
		if !weightWord(t) {
			return false
		}
	}
	return len(ws) > 0
}

// figurePhrase: a figure, perhaps with one word of its measure ("٩٠",
// "١ تيرا", "٣ اوض").
func figurePhrase(ws []token) bool {
	if len(ws) == 0 || len(ws) > 2 || !isNumber(ws[0].text) {
		return false
	}
	if len(ws) == 1 {
		return true
	}
	w := wordKey(ws[1].lowSurface())
	return !ws[1].sep && !isNumber(ws[1].text) && ws[1].color == "" && !ws[1].conj &&
		!onlyWords[w] && !enoughWords[w] && !betterWords[ws[1].text]
}

// measuresAgree: the words after two figures measure the same kind, or
// neither is a measure this reads ("١٠ صفحات" and "١٢ صفحة").
func measuresAgree(o, n token) bool {
	ok, nk := figureMeasure(o), figureMeasure(n)
	return ok == nk || o.text == n.text
}

// figureMeasure: the kind of measure a word after a figure names, a length
// or an area unit included; "" when none.
func figureMeasure(t token) string {
	if k := measureKind(t); k != "" {
		return k
	}
	for _, w := range []string{t.text, t.lowSurface(), wordKey(t.surface)} {
		if u, ok := unitWord(w); ok {
			return u
		}
	}
	return ""
}

// countNearer: a count said before the size figure at a in its line ("٢
// بطارية ١٠٠"), and the new figure nw nearer to it than to the size, by
// their ratio: "لا ٣" corrects how many, "لا ٢٠٠" the size.
func countNearer(ts []token, a int, nw string) bool {
	n, err1 := strconv.ParseFloat(nw, 64)
	old, err2 := strconv.ParseFloat(ts[a].text, 64)
	if err1 != nil || err2 != nil || n <= 0 || old <= 0 {
		return true
	}
	for k := a - 1; k >= 0 && !lineEnd(ts[k]); k-- {
		if ts[k].sep || ts[k].aside || !isNumber(ts[k].text) {
			continue
		}
		cnt, err := strconv.ParseFloat(ts[k].text, 64)
		if err != nil || cnt <= 0 {
			return true
		}
		return math.Abs(math.Log(n/cnt)) <= math.Abs(math.Log(n/old))
	}
	return false
}

// weightSaidBefore: the weight words said last in the line before c, a figure
// right before a weight's measure with them ("٢٥٠ جرام"); -1 when none.
func weightSaidBefore(ts []token, c int) (int, int) {
	for k := c - 1; k >= 0 && !lineEnd(ts[k]); k-- {
		if !weightWord(ts[k]) || ts[k].aside {
			continue
		}
		a := k
		for a > 0 && weightWord(ts[a-1]) && !ts[a-1].aside {
			a--
		}
		if a > 0 && !ts[a-1].sep && isNumber(ts[a-1].text) {
			if k := measureKind(ts[a]); k == "kg" || k == "g" {
				a-- // "٢٥٠ جرام بن، لا نص"
			}
		}
		return a, k + 1
	}
	return -1, -1
}

// sizeFigureBefore: the figure said last in the line before c after a word
// of the goods ("هارد ٢٥٦", "شقة ١٢٠ متر"), with the word after it when
// the new figure has one (measured); -1 when the last figure is how many
// (said first) or a side of a size.
func sizeFigureBefore(ts []token, c int, measured bool) (int, int) {
	for k := c - 1; k > 0 && !lineEnd(ts[k]); k-- {
		t := ts[k]
		if t.sep || t.aside {
			continue
		}
		if !isNumber(t.text) {
			continue
		}
		p := ts[k-1]
		if p.sep || !p.lex || isNumber(p.text) || dimOps[p.text] || k+1 < c && dimOps[ts[k+1].text] {
			return -1, -1
		}
		if measured && k+1 < c && !ts[k+1].sep && !ts[k+1].aside && !isNumber(ts[k+1].text) && ts[k+1].color == "" {
			return k, k + 2
		}
		return k, k + 1
	}
	return -1, -1
}

// lineEnd: a new line or a question closes what a correction reaches.
func lineEnd(t token) bool {
	return t.sep && (t.text == "\n" || t.text == "?")
}

// lineJoined: a "و" or another conjunction between the line's start and
// c: two lines said, which one is corrected a person reads.
func lineJoined(ts []token, a, c int) bool {
	for k := a; k >= 0 && !lineEnd(ts[k]); k-- {
		if !ts[k].sep && (ts[k].conj || andWord(ts[k])) {
			return true
		}
	}
	for k := a; k < c; k++ {
		if !ts[k].sep && (ts[k].conj || andWord(ts[k])) {
			return true
		}
	}
	return false
}

// spliceInstead puts the new words ts[j:e] where the old ones ts[a:b] were
// said, the words between moved after them, and sets aside the old words
// and the correction ts[c:j] after the line.
func spliceInstead(ts []token, a, b, c, j, e int) {
	out := slices.Clone(ts[j:e])
	out = append(out, ts[b:c]...)
	gone := append(slices.Clone(ts[a:b]), ts[c:j]...)
	for k := range gone {
		if !gone[k].sep {
			gone[k].used, gone[k].aside = true, true
		}
	}
	out = append(out, gone...)
	copy(ts[a:e], out)
}
