package understand

import "strings"

// takeOffCues take an earlier line out of the order: "شيل البابا",
// "الغي الطحينة", "بلاش الطحينة", "remove the salad", "drop the fries"
// (removeCues, and "بلاش": don't bother with).
var takeOffCues = func() map[string]bool {
	m := set("بلاش", "شيلها", "شيله", "شيلهم", "شيلوها", "شيلوه", "شيلوهم", "sheel", "sheelo", "shil", "balash", "2elghy", "elghy")
	for _, w := range removeCues {
		m[w] = true
	}
	return m
}()

// takenOff: a clause that opens with a take-off cue, after a pause or a
// retraction ("لا خلاص شيل البابا", "no, remove the salad"), and names
// again the goods of one earlier line — every word named a word of that
// line's product, no other earlier line's — takes that line out: never
// invoiced, nor offered an alternative for.
func (r *Rules) takenOff(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) []Item {
	var drop map[int]bool
	for i := range ts {
		if ts[i].sep || ts[i].lex || !takeOffCue(ts[i]) || !clauseOpens(ts, i) {
			continue
		}
		var named []string
		for k := i + 1; k < len(ts) && !ts[k].sep && ts[k].neg; k++ {
			if ts[k].lex && ts[k].color == "" && !isNumber(ts[k].text) {
				named = append(named, ts[k].text)
			}
		}
		if len(named) == 0 {
			continue
		}
		line := -1
		for _, d := range keep {
			k, ok := itemOf[d]
			if !ok || d.end > i || k >= len(items) || items[k].Product == nil || !r.namesAll(r.indexOf(items[k].Product), named) {
				continue
			}
			if line == -2 {
				for k := i; k < len(ts) && !ts[k].sep && (k == i || ts[k].neg); k++ {
					ts[k].used = false // which line is taken off is a person's to read
				}
			}
			if line >= 0 {
				line = -2 // two lines it could be: left as said
				break
			}
			line = k
		}
		if line == -2 {
			for k := i; k < len(ts) && !ts[k].sep && (k == i || ts[k].neg); k++ {
				ts[k].used = false // which line is taken off is a person's to read
			}
		}
		if line >= 0 {
			if drop == nil {
				drop = map[int]bool{}
			}
			drop[line] = true
		}
	}
	return dropItems(items, itemOf, drop)
}

// takeOffCue: token t is a take-off cue, و written onto it allowed.
func takeOffCue(t token) bool {
	for _, w := range []string{t.text, t.lowSurface(), t.surface} {
		if takeOffCues[w] || takeOffCues[strings.TrimPrefix(w, "و")] {
			return true
		}
	}
	return false
}

// clauseOpens: token i opens its clause, or follows only a retraction
// ("لا", "خلاص", "معلش", "no", "la").
func clauseOpens(ts []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if ts[k].sep {
			return true
		}
		if w := ts[k].lowSurface(); !retractWords[w] && !waitWords[w] && !noWords[w] {
			return false
		}
	}
	return true
}

// retractWords: a customer taking back what was said: "لا خلاص", "لا
// معلش", "no sorry", "la khalas".
var retractWords = set("لا", "لأ", "خلاص", "معلش", "khalas", "5alas", "sorry", "ma3lesh", "ma3lsh", "actually")

// namesAll: every word of ws is a word of product idx's names.
func (r *Rules) namesAll(idx int, ws []string) bool {
	if idx < 0 {
		return false
	}
	for _, w := range ws {
		if !r.lx.info[idx].all[w] {
			return false
		}
	}
	return true
}
