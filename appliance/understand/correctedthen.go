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
	for k := i - 1; k >= 0 && !ts[k].sep && (waitWord(ts[k]) || sorryWords[ts[k].lowSurface()] || sorryWords[ts[k].text]); k-- {
		ts[k].used, ts[k].aside = true, true
	}
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
