package understand

import (
	"strings"
	"unicode/utf8"
)

// workAgoSeen: the shop's own work told with how long ago it was done —
// "اليافطة اللي ركبتوها من شهر", "الورق اللي اتركب عندي من عشر أيام",
// "الموتور اللي لفيتوهولي من اسبوعين", Franco "elly rakabtoha men
// shahr", English "… you installed two weeks ago" — and, after it,
// someone asked to come and look at it ("ابعتوا حد يشوفها", "عايزة حد
// يجي يشوفه") or the customer's due claimed ("عايز حقي"): after-sales, a
// complaint a person takes, whatever words the fault is told in ("النور
// طفى", "بدأ يقشر", "سخن تاني"). One like it ("زي اللي ركبتوها …") is a
// new order, and a time said of no work done ("اللي كلمتكم من يومين")
// still needs the look or the due asked.
func workAgoSeen(ts []token) bool {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || !clauseThat[ts[i].lowSurface()] || ts[i+1].sep {
			continue
		}
		if i > 0 && !ts[i-1].sep && likeWords[ts[i-1].text] {
			continue // "زي اللي ركبتوها من شهر": one like it
		}
		v := ts[i+1].text
		if !doneVerb(v) && !doneVerb(wordKey(ts[i+1].lowSurface())) && !(ts[i+1].lowSurface() == "you" && i+2 < len(ts) && !ts[i+2].sep && strings.HasSuffix(ts[i+2].lowSurface(), "ed")) {
			continue
		}
		ago := -1
		for k := i + 2; k < len(ts) && k <= i+6 && !ts[k].sep && ago < 0; k++ {
			ago = agoAt(ts, k)
		}
		if ago < 0 {
			continue
		}
		for k := ago; k < len(ts); k++ {
			if !ts[k].sep && (lookAsked(ts[k]) || dueClaimed(ts, k)) {
				return true
			}
		}
	}
	return false
}

// clauseThat: "اللي" (that, which) as Egyptian, Franco and English write
// it before the verb of a clause (a plain map: wordKey would make "اللي"
// the "لي" of "for me").
var clauseThat = map[string]bool{"اللي": true, "الي": true, "elly": true, "elli": true, "eli": true, "illi": true, "that": true}

// doneVerb: a verb of the past with the shop, the customer or the goods as
// its subject — "ركبتوها", "لفيتوهولي", "خدتها" (pastVerb), "اتركب",
// "اتعمل", "اتفصل" (the passive ات of a root of three letters or more),
// Franco "rakabtoha" — not "كان", "قال", "شفت" (being, saying, seeing:
// nothing done).
func doneVerb(v string) bool {
	if beingVerbs[v] || sayVerbs[v] || seenVerbs[v] {
		return false
	}
	if pastVerb(v) || pastWords[v] || yourPastWork(v) {
		return true
	}
	if rest, ok := strings.CutPrefix(v, "ات"); ok && isArabicWord(rest) && utf8.RuneCountInString(rest) >= 3 {
		return true
	}
	if isLatinWord(v) {
		l := lower(v)
		for _, s := range []string{"toha", "tooha", "toh", "tooh", "tohom", "tohomly", "tohaly", "tohly"} {
			if strings.HasSuffix(l, s) && len(l) > len(s)+2 {
				return true
			}
		}
	}
	return false
}

// agoAt: the words from k say how long ago — "من شهر", "من عشر أيام",
// "من اسبوعين", "من امبارح", Franco "men shahr", English "two weeks
// ago" — and it returns where they end (-1 when they do not).
func agoAt(ts []token, k int) int {
	w := ts[k].lowSurface()
	if w == "ago" {
		return k + 1
	}
	if w != "من" && w != "men" && w != "mn" {
		return -1
	}
	for j := k + 1; j < len(ts) && j <= k+2 && !ts[j].sep; j++ {
		n := wordKey(ts[j].lowSurface())
		if agoNouns[n] || timeNouns[n] {
			return j + 1
		}
		if !isNumber(ts[j].text) && !isNumberWord(ts[j].text) && !isNumberWord(n) {
			return -1
		}
	}
	return -1
}

// agoNouns: spans of time and days past said after "من" (since) beyond
// timeNouns — the duals ("يومين", "اسبوعين", "شهرين", "سنتين"),
// yesterday, and Franco's spellings.
var agoNouns = set("يومين", "اسبوعين", "شهرين", "سنتين", "امبارح",
	"shahr", "shahrein", "shahren", "yomen", "yomein", "esbo3", "osbo3", "esbo3en", "osbo3en", "sana", "emberh", "embare7", "imbare7")

// lookAsked: a person asked to come and look at the thing ("يشوفها",
// "يعاينه", Franco "yeshofha", English "check it").
func lookAsked(t token) bool {
	w := strings.TrimPrefix(t.lowSurface(), "و")
	return inspectVerbs[t.text] || inspectVerbs[w] || inspectVerbs[wordKey(w)] ||
		strings.HasPrefix(w, "yeshof") || strings.HasPrefix(w, "ye3ayen")
}

// dueClaimed: the customer's due claimed after a verb of wanting — "عايز
// حقي", "عايزين حقنا", Franco "3ayez 7a2y", English "I want my money
// back" is a return (exchangeVerbs) and no such word.
func dueClaimed(ts []token, k int) bool {
	if !dueWords[wordKey(ts[k].lowSurface())] || k == 0 || ts[k-1].sep {
		return false
	}
	p := ts[k-1]
	return orderCues[p.text] || orderCues[p.surfKey()] || francoWant[p.lowSurface()]
}

// dueWords: my (our) due, what is owed to me.
var dueWords = set("حقي", "حقنا", "7a2y", "7a2i", "7a2na")

// francoWant: "I want" in Franco, for dueClaimed.
var francoWant = set("3ayez", "3ayz", "3awez", "3ayza", "3awza", "3ayzin", "3ayzeen")
