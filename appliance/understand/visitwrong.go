package understand

import (
	"strings"
	"unicode/utf8"
)

// visitGoneWrong: the customer tells a visit of theirs at the shop — a
// past verb of theirs right before "عندكم" ("حلقت عندكم امبارح", "خلصت
// عندكم ١٠ جلسات", Franco "3amalna el fara7 3andoko", "kona 3andoko",
// English "we had our wedding at your hall") — and, after it, what went
// wrong there (visitFaultAfter: "جرحني", "مش متساوية", "مفيش اي تحسن",
// "٢٠ دقيقة بدل ٤٥", "kan bared", "ma akaloosh", "wes5a", "3al fady"),
// with nothing new wanted, priced or thanked for: after-sales of the
// shop's own service, a complaint a person takes, whatever the service
// is called. A visit told before an order ("حلقت عندكم امبارح وعجبتني،
// عايز احجز لابني") or a price asked stays as the other rules read it.
func visitGoneWrong(ts []token) bool {
	at, yours := visitAt(ts)
	if at < 0 {
		return false
	}
	told := make([]token, len(ts)) // "عندكم" of the visit is no stock asked,
	copy(told, ts)                 // and "paid" no want (English "paid" reads as بدي)
	told[yours].neg = true
	for i, t := range ts {
		if !t.sep && paidPast[bareWord(t)] {
			told[i].neg = true
		}
	}
	if newAsked(told, at) || thanksSaid(ts) {
		return false
	}
	return troubleAfter(ts, yours+1) || visitFaultAfter(ts, at+1)
}

// visitAt: where a visit of the customer's at the shop is told — the
// verb's index and that of the shop's "عندكم" (or English "your" after
// "at"); -1, -1 when none. The verb is a past of the customer's, at most
// three words before (its object between: "3amalna el fara7 3andoko").
func visitAt(ts []token) (int, int) {
	for i, t := range ts {
		if t.sep || t.neg {
			continue
		}
		w := t.lowSurface()
		atYour := (w == "your" || w == "yours") && i > 0 && ts[i-1].lowSurface() == "at"
		if !visitYours[bareWord(t)] && !atYour {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4 && !ts[k].sep; k-- {
			if myPast(ts[k]) {
				return k, i
			}
		}
	}
	return -1, -1
}

// visitYours: at yours, the shop's place ("عندكم", Franco "3andoko").
var visitYours = set("عندكم", "عندكو", "عندكوا", "3andoko", "3ndko", "3andko", "3andokom", "3andkom", "3ndoko")

// myPast: t is a verb of the customer's past — Arabic "كنت", "حلقت",
// "خلصت", "عملنا", "روحنا"; Franco "kont", "kona", "7ala2t", "3amalna";
// English "were", "had", "stayed" — never a verb of seeing ("شفت عندكم").
func myPast(t token) bool {
	if t.lex {
		return false
	}
	w := bareWord(t)
	switch {
	case notMyPast[w] || seenVerbs[w] || strings.HasPrefix(w, "shoft") || strings.HasPrefix(w, "sheft"):
		return false // "شفت عندكم …": goods seen, no service had
	case visitVerbs[w]:
		return true
	case isLatinWord(w):
		if englishPast[w] {
			return true
		}
		n := len(w)
		return n >= 4 && (strings.HasSuffix(w, "t") || strings.HasSuffix(w, "na")) && !strings.HasSuffix(w, "ent")
	case isArabicWord(w):
		if stem, ok := strings.CutSuffix(w, "نا"); ok && utf8.RuneCountInString(stem) >= 2 && !strings.HasPrefix(stem, "ب") && !strings.HasPrefix(stem, "ه") {
			return true // "عملنا", "روحنا", "اتعشينا"
		}
		return pastVerb(w)
	}
	return false
}

var (
	// notMyPast: pronouns and prepositions in نا, Franco "-na", "-t"
	// words that are no verbs.
	notMyPast = set("احنا", "إحنا", "عندنا", "لينا", "لنا", "معانا", "بتاعنا", "كلنا", "بينا", "علينا", "منا", "هنا", "ليا", "انت", "انتي",
		"e7na", "ehna", "hena", "lena", "3andena", "3andna", "ma3ana", "bta3na", "kolena", "kolna", "enta", "enti", "bet", "el", "at", "but",
		"just", "first", "last", "most", "that", "what", "want", "next", "visit", "about", "et")
	// englishPast: English pasts a visit is told in.
	englishPast = set("was", "were", "had", "did", "spent", "went", "came", "stayed", "held", "got", "took", "ate")
)

// visitFaultAfter: from k on, what went wrong at the visit is told — a
// fault of what was served (faultAt: "بارد", "bared"), a hurt, dirt, a
// service for nothing ("على الفاضي", "3al fady"), no improvement ("مفيش
// اي تحسن"), a negated past ("ماكلوش", Franco "ma akaloosh") or a figure
// instead of another ("٢٠ دقيقة بدل ٤٥").
func visitFaultAfter(ts []token, k int) bool {
	for j := k; j < len(ts); j++ {
		if ts[j].sep {
			continue
		}
		w := bareWord(ts[j])
		if faultAt(ts, j) || visitFaults[w] || inVain(ts, j) || noGain(ts, j) || negatedPast(ts, j) || figureInstead(ts, j) {
			return true
		}
	}
	return false
}

// inVain: "على الفاضي", "عالفاضي", Franco "3al fady", English "for
// nothing": paid or done for nothing.
func inVain(ts []token, j int) bool {
	w := bareWord(ts[j])
	if w == "عالفاضي" || w == "3alfady" {
		return true
	}
	if j == 0 || ts[j-1].sep {
		return false
	}
	p := bareWord(ts[j-1])
	return vainWords[w] && vainOn[p] || w == "nothing" && p == "for"
}

// noGain: "مفيش (اي) تحسن", Franco "mafish ay ta7asson", English "no
// improvement": the service's gain never came.
func noGain(ts []token, j int) bool {
	if !gainNouns[bareWord(ts[j])] {
		return false
	}
	for p := j - 1; p >= 0 && p >= j-2 && !ts[p].sep; p-- {
		w := bareWord(ts[p])
		if noneWords[w] {
			return true
		}
		if !anyWord[w] {
			return false
		}
	}
	return false
}

// negatedPast: a past negated with م…ش, "ماكلوش", "متحسنتش", "مجاش",
// or Franco "ma akaloosh", "mat7asentesh": what should have happened did
// not. The customer's own ("مقدرتش") is read the same; the visit's
// trouble is what is told of it.
func negatedPast(ts []token, j int) bool {
	t := ts[j]
	if t.lex {
		return false
	}
	w := bareWord(t)
	if notNegated[w] {
		return false
	}
	if isLatinWord(w) {
		if j > 0 && !ts[j-1].sep && bareWord(ts[j-1]) == "ma" && strings.HasSuffix(w, "sh") && len(w) >= 5 {
			return true // "ma akaloosh"
		}
		return strings.HasPrefix(w, "ma") && (strings.HasSuffix(w, "tsh") || strings.HasSuffix(w, "osh")) && len(w) >= 7
	}
	if !isArabicWord(w) || !strings.HasPrefix(w, "م") || !strings.HasSuffix(w, "ش") {
		return false
	}
	mid := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(w, "ما"), "م"), "ش")
	return utf8.RuneCountInString(mid) >= 2 && (strings.HasSuffix(mid, "و") || strings.HasSuffix(mid, "ت") || strings.HasSuffix(mid, "ا"))
}

// figureInstead: a figure, a unit word or none, "بدل" and another figure
// ("٢٠ دقيقة بدل ٤٥", "20 min instead of 45"): what was given is not what
// was due.
func figureInstead(ts []token, j int) bool {
	w := bareWord(ts[j])
	n := j + 1
	switch {
	case w == "بدل" || w == "badal":
	case w == "instead" && n < len(ts) && ts[n].lowSurface() == "of":
		n++
	default:
		return false
	}
	if n >= len(ts) || ts[n].sep || !isNumber(ts[n].text) {
		return false
	}
	for p := j - 1; p >= 0 && p >= j-2 && !ts[p].sep; p-- {
		if isNumber(ts[p].text) {
			return true
		}
	}
	return false
}

// thanksSaid: thanks said anywhere — a visit told with thanks is no complaint.
func thanksSaid(ts []token) bool {
	for _, t := range ts {
		if !t.sep && (thanksWords[t.text] || thanksWords[bareWord(t)]) {
			return true
		}
	}
	return false
}

var (
	// visitFaults: what went wrong at a visit — hurt, dirty, uneven.
	visitFaults = set("جرحني", "جرحتني", "جرحوني", "اتجرحت", "عورني", "عورتني", "وسخ", "وسخه", "وسخين", "مبهدله",
		"gara7ni", "gar7ni", "jara7ni", "3awarni", "wes5", "wes5a", "wis5a", "wiskha", "weskha", "mbahdla",
		"dirty", "filthy", "hurt", "injured", "uneven", "wasn't", "weren't", "didn't", "cold")
	// vainWords, vainOn: "على الفاضي".
	vainWords = set("الفاضي", "فاضي", "fady", "fadi", "elfady", "el-fady")
	vainOn    = set("على", "علي", "ع", "3al", "3ala", "3a", "el")
	// gainNouns: the gain a service is paid for.
	gainNouns = set("تحسن", "تحسين", "فايده", "فايدة", "نتيجه", "نتيجة", "فرق", "ta7asson", "ta7asen", "ta7sen", "fayda", "nateega", "far2",
		"improvement", "difference", "result", "results")
	noneWords = set("مفيش", "مافيش", "ولا", "مش", "mafish", "mafeesh", "mafesh", "mfish", "wala", "no", "zero")
	anyWord   = set("اي", "أي", "ay", "any")
	// notNegated: م…ش words that deny nothing done.
	notNegated = set("مش", "موش", "مفيش", "مافيش", "معلش", "معلیش", "منعش", "مدهش", "مفرش", "معاش", "مشمش",
		"mesh", "mafish", "mafeesh", "mafesh", "ma3lesh", "ma3lsh", "ma3lish", "mashy")
)
