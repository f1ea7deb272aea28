package understand

import (
	"strings"
	"unicode/utf8"
)

// pastSaleTrouble: the message tells the shop's own sale or work first —
// the customer bought or took goods from it ("اشتريت من عندكم عجلة",
// "الفينو اللي اخدته منكم الصبح", Franco "eshtarit men 3andoko", English
// "I bought … from you"), or the shop did a work for them ("سطبتولي
// ويندوز امبارح", "ركبتولي", English "you installed … for me") — and,
// after it, what went wrong with it ("والجنزير بيقع كل شوية", "مش
// ماسكة", "الجهاز بيعمل ريستارت لوحده", "اتمسحت", "ناشف", "فيه عفن"),
// with nothing new wanted or priced: after-sales, a complaint a person
// takes, whatever the goods are called. A want or a price asked beside
// it ("… وعايز كمان واحدة", "… التوصيل بكام؟") leaves the message as
// the other rules read it.
func pastSaleTrouble(ts []token) bool {
	at := pastSaleAt(ts)
	if at < 0 || newAsked(ts, at) {
		return false
	}
	return troubleAfter(ts, at+1)
}

// pastSaleAt: where the shop's sale or work to the customer is told — a
// first-person past of buying or taking, with the shop said as whom from
// (fromTheShop), or a past of the shop's work said to it for me
// ("سطبتولي", "ركبتولنا", "you installed"); -1 when none.
func pastSaleAt(ts []token) int {
	from := fromTheShop(ts)
	for i, t := range ts {
		if t.sep || t.neg {
			continue
		}
		w := strings.TrimPrefix(t.lowSurface(), "و")
		if from && boughtVerb(w) && !fromOthers(ts, i) {
			return i
		}
		if workedForMe(w) {
			return i
		}
		if w == "you" && i+1 < len(ts) && !ts[i+1].sep && youDidWords[ts[i+1].lowSurface()] {
			return i + 1
		}
	}
	return -1
}

// boughtVerb: a first-person past of buying or taking, an object on it
// or not ("اشتريت", "اشتريته", "اخدتها", "خدت", "جبنا", Franco
// "eshtarit", "khadt", English "bought").
func boughtVerb(w string) bool {
	switch w {
	case "bought", "purchased", "got":
		return true
	}
	if isLatinWord(w) {
		for _, p := range []string{"eshtarit", "eshtaret", "eshtreet", "eshtarena", "khadt", "5adt", "akhadt", "a5adt", "gebt"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
		return false
	}
	for _, o := range []string{"", "ه", "ها", "هم"} {
		st, ok := strings.CutSuffix(w, o)
		if !ok {
			continue
		}
		switch st {
		case "اشتريت", "اشترينا", "شريت", "شرينا", "اخدت", "خدت", "اخدنا", "خدنا", "جبت", "جبنا":
			return true
		}
	}
	return false
}

// workedForMe: a past of the shop's work said to it, done for me or us
// ("سطبتولي", "ركبتولنا", "عملتولي"): the verb's stem, "تو", then
// "لي"/"لنا" — never the imperative ("سطبولي") nor a present ("تركبولي").
func workedForMe(w string) bool {
	return !strings.HasPrefix(w, "ت") && pastWorkTold(w, "لي", "لنا")
}

// newAsked: after the sale told at at, something new is wanted or priced
// — a want-verb, an order's word, a price asked — other than the "من
// عندكم" the goods were bought from and the indignant "ده ينفع؟" (is that
// acceptable?).
func newAsked(ts []token, at int) bool {
	for i := range ts {
		t := ts[i]
		if t.sep || t.neg || i == at {
			continue
		}
		w := t.surfKey()
		if yoursWords[wordKey(t.lowSurface())] && i > 0 && !ts[i-1].sep && (ts[i-1].text == "من" || ts[i-1].lowSurface() == "men" || ts[i-1].lowSurface() == "from") {
			continue // "من عندكم": whom from, no stock asked
		}
		if (w == "ينفع" || w == "yenfa3") && (i+1 >= len(ts) || ts[i+1].sep) {
			continue // "ده ينفع؟": is that acceptable
		}
		if orderCues[t.text] || orderCues[w] || wantWords[w] || sendImperatives[w] || PriceWord(t.text) || PriceWord(w) {
			return true
		}
	}
	return false
}

// troubleAfter: from k on, something is told wrong — a clause troubleIn
// reads, "مش" before a state ("مش ماسكة خالص"), a present verb done again
// and again or on its own ("بيقع كل شوية", "بيعمل ريستارت لوحده"), a
// passive past of losing or breaking ("اتمسحت", "اتقطع"), lost ("ضاع"),
// or food gone off ("ناشف", "عفن", "ريحته غريبة").
func troubleAfter(ts []token, k int) bool {
	from := k
	for j := k; j <= len(ts); j++ {
		if j < len(ts) && !ts[j].sep {
			continue
		}
		if j > from && troubleIn(ts, from, j) {
			return true
		}
		from = j + 1
	}
	for j := k; j < len(ts); j++ {
		t := ts[j]
		if t.sep {
			continue
		}
		w := strings.TrimPrefix(t.lowSurface(), "و")
		if spoiltWords[wordKey(w)] || byItself(ts, j) || againAndAgain(ts, j) {
			return true
		}
		if (w == "مش" || w == "mesh" || w == "msh") && j+1 < len(ts) && !ts[j+1].sep && !ts[j+1].lex {
			return true // "مش ماسكة", "mesh masko"
		}
		if rest, ok := strings.CutPrefix(w, "ات"); ok && isArabicWord(rest) && utf8.RuneCountInString(rest) >= 4 && !t.lex {
			return true // "اتمسحت", "اتقطعت": happened to it
		}
	}
	return false
}

// againAndAgain: a present verb at j (ب + the verb) followed by "كل شوية"
// (every little while: "بيقع كل شوية", Franco "bey2a3 kol shwaya").
func againAndAgain(ts []token, j int) bool {
	w := strings.TrimPrefix(ts[j].lowSurface(), "و")
	if j+2 >= len(ts) || ts[j+1].sep || ts[j+2].sep {
		return false
	}
	present := strings.HasPrefix(w, "بي") || strings.HasPrefix(w, "بت") || strings.HasPrefix(w, "bey") || strings.HasPrefix(w, "bet") || strings.HasPrefix(w, "bt")
	n, m := ts[j+1].lowSurface(), wordKey(ts[j+2].lowSurface())
	return present && (n == "كل" || n == "kol") && (m == "شويه" || m == "shwaya" || m == "shwya" || m == "showaya")
}

// spoiltWords: food or goods gone off — stale, mouldy, sour, a smell, lost.
var spoiltWords = set("ناشف", "ناشفه", "ناشفين", "عفن", "معفن", "معفنه", "بايت", "بايته", "بايتين", "حامض", "حمض", "مسوس", "ضاع", "ضاعت",
	"stale", "mouldy", "moldy", "rotten", "sour", "deleted")
