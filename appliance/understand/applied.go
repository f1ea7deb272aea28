package understand

import (
	"math"
	"slices"
)

// appliedTo: a work said on goods the message named before, by their
// count — "وتطريز الاسم على ال١٢ فوطة", "tatriz esm 3ala el 5 jackets",
// "printing on the 4 mugs" — is done that many times: the count is the
// work's (perN), and the goods are no new line. Only "on" ("على",
// "3ala"), an article, a whole figure of two or more and a word of goods
// said earlier in the message; anything else stays as read.
func appliedTo(ts []token) {
	for i := 1; i+2 < len(ts); i++ {
		if ts[i].sep || ts[i-1].sep || !ts[i-1].lex || !workedOn[ts[i].lowSurface()] {
			continue
		}
		k := i + 1
		if !ts[k].sep && theWords[ts[k].lowSurface()] {
			k++ // "على ال١٢", "3ala el 5", "on the 4"
		}
		if k+1 >= len(ts) || ts[k].sep || ts[k+1].sep {
			continue
		}
		v, ok := parseDigits(ts[k].text)
		goods := ts[k+1]
		if !ok || v < 2 || v != math.Trunc(v) || !goods.lex || goods.color != "" ||
			!slices.ContainsFunc(ts[:i-1], func(t token) bool { return !t.sep && t.text == goods.text }) {
			continue
		}
		ts[i].perN = v
		for m := i; m <= k+1; m++ {
			ts[m].aside, ts[m].used = true, true
		}
	}
}

// workedOn: "on" said of what a work is done on.
var workedOn = set("على", "علي", "3ala", "3la", "on")

// theWords: the article said alone before a figure ("ال ١٢", "el 5").
var theWords = set("ال", "el", "il", "the")
