package understand

import "strings"

// ownDualFigure: the figure at j, right after the customer's own things
// told in the dual after a word of having ("عندي عجلتين ٢٦ الكاوتش
// بتاعهم نايم", "3andi 3agaltein 26, ..."), describes them — their size or
// model — when nothing it could count follows: the clause ends, or a
// definite noun or a want-verb opens the next. The dual is their count;
// the figure no count of anything asked.
func ownDualFigure(ts []token, noun, j int) bool {
	if noun >= len(ts) || !ts[noun].dual || j != noun+1 || j >= len(ts) || ts[j].sep || !isNumber(ts[j].text) {
		return false
	}
	k := j + 1
	if k >= len(ts) || ts[k].sep {
		return true
	}
	w := ts[k].surface
	return wantWords[w] || strings.HasPrefix(w, "ال") && len(w) > len("ال")
}
