package understand

// turnedOutWords: "they turned out (to be)", as a customer corrects a
// count after a retraction ("لا معلش طلعوا ٦ صفحات", Franco "la sorry
// tel3o 6").
var turnedOutWords = set("طلعوا", "طلعو", "طلعت", "طلع", "tel3o", "tele3o", "tel3et", "tele3t", "tel3a")

// turnedOut: the word at i is "they turned out" right after a retraction
// ("لا", "استنى", "no") and before a figure: a correction cue like "لا
// خليهم", never words left unread. The index after it, or i.
func turnedOut(ts []token, i int) int {
	t := ts[i]
	if !turnedOutWords[t.text] && !turnedOutWords[t.lowSurface()] || !waitBefore(ts, i) && !noBefore(ts, i) {
		return i
	}
	if i+1 < len(ts) && !ts[i+1].sep && (isNumber(ts[i+1].text) || isNumberWord(ts[i+1].text)) {
		return i + 1
	}
	return i
}
