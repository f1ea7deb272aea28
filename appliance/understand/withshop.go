package understand

import (
	"strings"
	"unicode/utf8"
)

// withShopWords: "with you", "at your place", said to the shop ("بنتي
// هتقعد معاكم", "هييجي عندكم", "hatí2od ma3ako"): where a thing the
// customer tells will happen is the shop itself.
var withShopWords = set("معاكم", "معاكو", "معاكوا", "معاك", "معاكي", "عندكم", "عندكو", "عندكوا",
	"ma3akom", "ma3ako", "ma3ak", "3andoko", "3ndko", "3andko", "3andokom")

// futureVerb: a verb in the future, ه (or ح) and the person's letter
// before a stem of at least three letters ("هتقعد", "هييجي", "هنيجي",
// "حتيجي"); Franco "ha" joined the same way ("hate2od", "hayegi").
func futureVerb(t token) bool {
	if t.sep || t.lex || isNumber(t.text) {
		return false
	}
	w := wordKey(strings.TrimPrefix(t.surface, "و"))
	for _, p := range []string{"هت", "هي", "هن", "حت", "حي", "حن"} {
		if st, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(st) >= 2 {
			return true
		}
	}
	l := t.lowSurface()
	for _, p := range []string{"hat", "hay", "han", "hane"} {
		if st, ok := strings.CutPrefix(l, p); ok && len(st) >= 3 {
			return true
		}
	}
	return false
}

// withShopAfter: the clause of the verb at j names the shop as where it
// happens, "with you" or "at yours" within the next two words ("بنتي
// هتقعد معاكم يوم تجريبي", "ابني هييجي عندكم بكرة"): what the verb tells
// is done at the shop, the shop's work ordered, no life of the teller's
// told elsewhere.
func withShopAfter(ts []token, j int) bool {
	for k := j + 1; k < len(ts) && k <= j+2; k++ {
		if ts[k].sep {
			return false
		}
		if withShopWords[ts[k].lowSurface()] || withShopWords[wordKey(ts[k].surface)] {
			return true
		}
	}
	return false
}

// withShopVerb: token k is a future verb whose clause names the shop
// ("هتقعد معاكم", "هييجي عندكم"): the verb of the service the line
// orders, placed.
func withShopVerb(ts []token, k int) bool {
	return futureVerb(ts[k]) && withShopAfter(ts, k)
}

// conditionTold: token k lies in a clause opened by "لو" (if) whose run
// to the clause's end holds a verb of liking or a future verb and
// nothing of the goods — no catalog word, figure, colour or want ("ولو
// عجبها هنسجلها": if she likes it we will register her): what the
// customer may do later, a plan, no line and no word left unread.
func conditionTold(ts []token, k int) bool {
	if ts[k].sep {
		return false
	}
	s := k
	for s > 0 && !ts[s-1].sep && !ifWords[strings.TrimPrefix(ts[s].text, "و")] && !ifWords[ts[s].lowSurface()] {
		s--
	}
	if !ifWords[strings.TrimPrefix(ts[s].text, "و")] && !ifWords[ts[s].lowSurface()] {
		return false
	}
	e := s + 1
	liking, later := false, false
	for ; e < len(ts) && !ts[e].sep; e++ {
		t := ts[e]
		if t.lex || t.fuzzy || t.counted || t.color != "" || isNumber(t.text) || (orderCues[t.text] || orderCues[strings.TrimPrefix(t.text, "و")]) && !futureVerb(t) {
			return false // (a want said now orders; "هنشترك", a cue in the future, is the plan)
		}
		liking = liking || likingWords[t.text]
		later = later || futureVerb(t)
	}
	return e-s <= 4 && liking && later
}
