package understand

// A count corrected and then the next goods, joined by a glued "و": "٣٠
// كرسي لا خليهم ٥٠ وترابيزتين", "٢ جردل كلور لا خليهم ٤ وشبكة". The word
// after the corrected figure carries the "و" that opens another line, so
// it is no head noun naming which line the figure counts ("لا خليهم ٥
// ابواب"): the figure is the line just said, corrected. The words holding
// the correction ("لا", Franco "la2", "no wait") are the correction's once
// it is read, and "لا كفاية ٣" (no, three is enough) corrects the count
// as "لا ٣ كفاية" does.

// nextGoodsJoined: t had a "و" taken off its front (Arabic "وشبكة"), so
// it opens the next goods, never names the goods of the figure before it.
func nextGoodsJoined(t token) bool {
	return t.conj
}

// heldBefore sets aside the words holding a correction right before its
// cue at i, once the correction is read: "لا", "لا لا", Franco "la2",
// "la2 la2", "no wait", "لا معلش" — no goods, and none left unread.
func heldBefore(ts []token, i int) {
	for k := i - 1; k >= 0; k-- {
		if ts[k].sep && (ts[k].text == "," || ts[k].text == "،") && k > 0 && holdsCorrection(ts[k-1]) {
			continue // "sorry, make it 3", "لا، خليهم ٤"
		}
		if ts[k].sep || !holdsCorrection(ts[k]) {
			return
		}
		ts[k].used, ts[k].aside = true, true
	}
}

// holdsCorrection: a wait word or an apology ("لا", "معلش", "sorry",
// "actually") held before a correction's cue.
func holdsCorrection(t token) bool {
	return waitWord(t) || sorryWords[t.lowSurface()] || sorryWords[t.text] || apologyWord(t)
}

// enoughFirst reads, at i, "لا" or "no" then "كفاية" before a figure
// ("لا كفاية ٣", Franco "la2 kefaya 3": no, three is enough), the
// count said again as the one wanted, as "لا ٣ كفاية": the index of the
// figure, else i.
func enoughFirst(ts []token, i int) int {
	t := ts[i]
	if !(t.surface == "لا" || noWords[t.lowSurface()]) || i+2 >= len(ts) || ts[i+1].sep || ts[i+2].sep ||
		!enoughWords[wordKey(ts[i+1].lowSurface())] || !(isNumber(ts[i+2].text) || isNumberWord(ts[i+2].text)) {
		return i
	}
	ts[i+1].used = true
	return i + 2
}

// oneNamedRecount reads, at i, an earlier line's head noun right after
// "لا" (or "لا خليهم"), then "واحد"/"واحدة" and "كفاية"/"بس" or the end
// of the sentence or the next goods glued to "و" ("و٢ فلتر … لا فلتر
// واحد كفاية", "لا خليهم فلتر واحد بس", "لا فلتر واحد وخرطوم", Franco
// "la2 filter wa7ed kefaya"): one of that line, its count corrected, no
// line of its own; the end of the correction.
func (sg *segmenter) oneNamedRecount(i int) (int, bool) {
	ts, r := sg.ts, sg.r
	t := ts[i]
	if sg.cur == nil || i == 0 || i+1 >= len(ts) || !t.lex || t.conj || t.color != "" || isNumber(t.text) || ts[i+1].sep {
		return 0, false
	}
	k := i - 1
	if !ts[k].sep && (correctWords[ts[k].text] || correctWords[ts[k].lowSurface()]) {
		k-- // "لا خليهم بنطلون واحد بس"
	}
	if k < 0 || ts[k].sep || !(ts[k].text == "لا" || noWords[ts[k].lowSurface()]) {
		return 0, false
	}
	head := r.headNoun(t.text)
	if head == "" {
		return 0, false
	}
	d := sg.named(head)
	if d == nil {
		return 0, false
	}
	a, ok := amountAt(ts, i+1, sg.isLex)
	if !ok || a.val != 1 || a.unit != "" || a.dozen || a.implied || isNumber(ts[i+1].text) {
		return 0, false
	}
	end := a.end
	if end < len(ts) && !ts[end].sep && (onlyWords[wordKey(ts[end].lowSurface())] || enoughWords[wordKey(ts[end].lowSurface())]) {
		end++
	}
	if end < len(ts) && !ts[end].sep && !nextGoodsJoined(ts[end]) && !andWord(ts[end]) {
		return 0, false // more said after it: a line of its own
	}
	a.end = end
	return sg.correct(k+1, a, d)
}

// andWord: "و" written apart, Franco "w", English "and".
func andWord(t token) bool {
	w := t.lowSurface()
	return t.text == "و" || w == "w" || w == "and"
}
