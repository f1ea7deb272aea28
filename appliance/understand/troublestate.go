package understand

import "strings"

// slackStates: a part's state gone wrong said as an adjective that is no
// complaint cue of its own — a tyre gone flat ("الكاوتش نايم", lying
// down), a brake or a chain gone slack ("الفرامل سايبة", let go), in
// Arabic and Franco (English "flat" and "loose" name goods too).
var slackStates = set("نايم", "نايمه", "نايمين", "سايب", "سايبه", "سايبين", "nayem", "nayma", "sayeb", "sayba", "saybeen")

// slackSaid: the word at k is a slack state said of a thing of the
// catalog named before it in its clause ("الكاوتش الوراني نايم",
// "والفرامل سايبة"); "ابني نايم" names no goods and tells no trouble.
func slackSaid(ts []token, from, k int) bool {
	w := strings.TrimPrefix(ts[k].lowSurface(), "و")
	if !slackStates[w] && !slackStates[wordKey(w)] {
		return false
	}
	for i := from; i < k; i++ {
		if !ts[i].sep && ts[i].lex && !isNumber(ts[i].text) && ts[i].color == "" {
			return true
		}
	}
	return false
}
