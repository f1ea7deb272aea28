package understand

import "strings"

// weightGoal: the figure at i is how much of the customer's own weight is
// to be lost or was — a verb of losing weight before it and a unit of
// weight after it, no goods after that ("الدكتور قالي لازم اخس ١٥ كيلو
// قبل العملية 😅", "خسيت ٥ كيلو", Franco "lazem a5es 10 kilo", English
// "I need to lose 15 kilos"): a story's figure, never a count of goods
// (storyEmoji). Adding ("ازود ٢ كيلو") is an order's and no part of it.
func weightGoal(ts []token, i int) bool {
	if i == 0 || i+1 >= len(ts) || ts[i-1].sep || ts[i+1].sep || !isNumber(ts[i].text) {
		return false
	}
	v := strings.TrimPrefix(ts[i-1].lowSurface(), "و")
	if !loseWeight[v] && !loseWeight[wordKey(v)] || !bodyWeightUnits[wordKey(ts[i+1].lowSurface())] {
		return false
	}
	return i+2 >= len(ts) || ts[i+2].sep || !ts[i+2].lex
}

var (
	// loseWeight: losing weight, as I must or did (خس، خسر).
	loseWeight = set("اخس", "نخس", "هخس", "اخسس", "خسيت", "خسينا", "اخسر", "خسرت", "a5es", "a5as", "5aseet", "5asit", "5aset",
		"lose", "lost", "losing", "shed")
	// bodyWeightUnits: kilos and pounds as said of a body.
	bodyWeightUnits = set("كيلو", "كيلوجرام", "كيلوجرامات", "كجم", "kilo", "kilos", "kg", "kgs", "pounds", "lbs")
)
