package understand

import "strings"

// An add-on limited to one of the goods (h38p): "والتوصيل لحصة الركن
// بس", "وتصديق خارجية لشهادة التخرج بس", Franco "lel … bas", English
// "for the X only", "only for the X" — the work is done to the goods
// named after "ل"/"for" alone, never to all the goods before it.

// scopeOnlyWords close a clause limiting it to what it names.
var scopeOnlyWords = set("بس", "فقط", "وبس", "bas", "bs", "bass", "only", "faqat")

// onlyForOne: line d's clause goes on, after its first word, to "ل<goods>"
// (or "for") closed by "بس"/"only", or says "only for" — the add-on is
// for those goods alone.
func onlyForOne(ts []token, d *draft) bool {
	start, end := d.start, min(d.end+1, len(ts))
	for k := start; k+1 < end; k++ {
		if w := ts[k].lowSurface(); w == "only" && k > start && forWord(ts[k+1]) {
			return true // "… only for the X"
		}
	}
	if end-1 <= start+1 || !scopeOnlyWords[ts[end-1].lowSurface()] {
		return false
	}
	for k := start + 1; k < end-1; k++ {
		if forWord(ts[k]) {
			return true
		}
	}
	return false
}

// forWord: ts[k] says "for" — English "for", Franco "le/lel/l", or an
// Arabic word joined to ل ("لحصة", "للشهادة").
func forWord(t token) bool {
	w := t.lowSurface()
	switch w {
	case "for", "le", "lel", "lil", "l", "li":
		return true
	}
	return strings.HasPrefix(w, "ل") && len([]rune(w)) > 2 && !strings.HasPrefix(w, "لا")
}

// scopeCounted: the goods line d's add-on is limited to are counted or
// two ("للبنطلونين بس", "for the 2 shirts only", "للاتنين بس"): how many
// is theirs, not one.
func scopeCounted(ts []token, d *draft) bool {
	for k := d.start + 1; k < len(ts) && !ts[k].sep; k++ {
		w := ts[k].lowSurface()
		if isNumber(ts[k].text) || isNumberWord(wordKey(strings.TrimPrefix(strings.TrimPrefix(w, "ل"), "ل"))) || both[w] ||
			!isLatinWord(w) && (strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ات")) && len([]rune(w)) > 4 {
			return true
		}
	}
	return false
}

var both = set("both", "all", "الكل", "كله", "كلهم", "للكل", "لكله", "لكلهم")
