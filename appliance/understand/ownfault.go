package understand

import "strings"

// The customer's own thing, its fault and the request in one breath:
// "عندي جزمة نعلها اتقطع عايز اغيره", "الموبايل بتاعي شاشته اتكسرت
// عايز اغيرها", Franco "3andy sa3a ezazha etkasar 3ayez aghayaro",
// English "I have a watch whose glass cracked, I want to replace it". In a
// repair shop or a clinic the fault of the customer's own thing is why
// the service is asked, no complaint about the shop (nothing was bought
// from it): the telling up to the request is the trouble told
// (ownTroubleTold), and a request said on "it" with nothing named after
// it is for the part told ("نعلها": its sole, the sole to replace). A
// thing bought from the shop or its past work (shopsDoing), or the word
// complaint itself, keeps the complaint.

// ownThingWords: the thing said as the customer's own — "عندي" (I have),
// "بتاعي" (mine), "my", Franco "3andy", "beta3y".
var ownThingWords = set("عندي", "عندنا", "بتاعي", "بتاعتي", "بتوعي", "بتاعنا", "بتاعتنا", "معايا",
	"3andy", "3andi", "3ndy", "beta3y", "beta3i", "bta3y", "bta3ty", "beta3ty", "ma3aya", "my", "our")

// complaintSaid: the message calls itself a complaint.
var complaintSaid = set("شكوي", "شكوه", "complaint", "shakwa")

// ownFaultAsk: in from..to, the customer's own thing said, then a fault
// of it, then a request (askWord): the request's index, -1 when not.
func ownFaultAsk(ts []token, from, to int) int {
	own := -1
	for k := from; k < to; k++ {
		if ts[k].sep {
			continue
		}
		w := bareWord(ts[k])
		if complaintSaid[w] {
			return -1
		}
		if own < 0 && (ownThingWords[w] || w == "have" && k > from && ts[k-1].lowSurface() == "i") {
			own = k
		}
	}
	if own < 0 {
		return -1
	}
	for k := own + 1; k < to; k++ {
		if askWord(ts[k]) {
			if k > own+1 && troubleIn(ts, own+1, k) {
				return k
			}
			return -1
		}
	}
	return -1
}

// ownFaultAsked: from..to tells the customer's own thing, its fault and
// then a request (ownFaultAsk).
func ownFaultAsked(ts []token, from, to int) bool { return ownFaultAsk(ts, from, to) >= 0 }

// partAsked: in a clause of the own thing's fault and a request
// (ownFaultAsk), a request on "it" ("عايز اغيره", "عايزة اصلحها", "I
// want to replace it") with no goods after it is for the part told
// before the fault with a possessive ("نعلها", "شاشته", "its sole"): that
// part is the request's object, read as goods again, and the verb is
// placed.
func partAsked(ts []token, from, to int) {
	ask := ownFaultAsk(ts, from, to)
	if ask < 0 {
		return
	}
	verb := -1
	for k := ask; k < to; k++ {
		if ts[k].sep {
			continue
		}
		if ts[k].lex && !ts[k].neg && !isNumber(ts[k].text) {
			return // the request names its goods
		}
		if verb < 0 && onItSaid(ts, k) {
			verb = k
		}
	}
	if verb < 0 {
		return
	}
	part := -1
	for k := from; k < ask; k++ {
		if ts[k].lex && !isNumber(ts[k].text) && partOfSaid(ts, k) {
			part = k
		}
	}
	if part < 0 {
		return
	}
	ts[part].neg, ts[part].used, ts[part].aside = false, false, false
	ts[verb].used, ts[verb].why = true, true // the work asked on the part, no exchange
}

// onItSaid: the word at k is a verb with "it" or "them" on it ("اغيره",
// "اصلحها", "نغيرهم"), or an English verb before "it" or "them".
func onItSaid(ts []token, k int) bool {
	w := bareWord(ts[k])
	if isLatinWord(w) {
		if k+1 < len(ts) && !ts[k+1].sep && (ts[k+1].lowSurface() == "it" || ts[k+1].lowSurface() == "them") {
			return true
		}
		// Franco "aghayaro", "asala7ha": I (we) do it, "it" written on
		return (strings.HasPrefix(w, "a") || strings.HasPrefix(w, "n")) && len(w) >= 6 &&
			(strings.HasSuffix(w, "o") || strings.HasSuffix(w, "ha") || strings.HasSuffix(w, "hom"))
	}
	if !isArabicWord(w) || !(strings.HasPrefix(w, "ا") || strings.HasPrefix(w, "ن") || strings.HasPrefix(w, "ت")) {
		return false
	}
	for _, o := range []string{"ها", "هم", "ه"} {
		if st, ok := strings.CutSuffix(w, o); ok && len([]rune(st)) >= 3 {
			return true
		}
	}
	return false
}

// partOfSaid: the noun at k said with "its" — an Arabic possessive ending
// ("نعلها", "شاشته", "عجلها") or an English "its" or "the" after the own
// thing ("its sole").
func partOfSaid(ts []token, k int) bool {
	if k > 0 && !ts[k-1].sep && ts[k-1].lowSurface() == "its" {
		return true
	}
	w := ts[k].lowSurface()
	if isLatinWord(w) {
		return strings.HasSuffix(w, "ha") && len(w) >= 5 // Franco "na3lha", "shashetha"
	}
	if !isArabicWord(w) {
		return false
	}
	return strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "يه") && !strings.HasSuffix(w, "اه") && len([]rune(w)) >= 4
}

// cameApart: the word at k tells a thing coming apart, off or worn out
// ("the sole is coming apart", "the heel came off", "worn out"), or
// broken or torn in Franco ("et2ata3", "etkasar", "maksoor").
func cameApart(ts []token, from, k int) bool {
	w := bareWord(ts[k])
	if francoFaults[w] {
		return true
	}
	if k == from || ts[k-1].sep {
		return false
	}
	p := ts[k-1].lowSurface()
	switch w {
	case "apart", "off":
		return comeFallVerbs[p]
	case "out":
		return p == "worn"
	}
	return false
}

// comeFallVerbs: come or fall, before "apart" or "off".
var comeFallVerbs = set("coming", "came", "come", "comes", "falling", "fell", "fall", "falls")

// francoFaults: broken, torn, cut, in Franco.
var francoFaults = set("et2ata3", "et2at3", "et2ate3", "it2ata3", "et2ta3", "et2at3et", "met2ate3", "mat2oo3", "ma2too3", "ma2tou3",
	"etkasar", "etkasaret", "etkasret", "itkasar", "maksoor", "maksour", "maksoora", "maksoura", "maksora")
