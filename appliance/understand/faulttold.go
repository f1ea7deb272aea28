package understand

import "strings"

// receivedFaultTold: the message tells goods received or a service paid
// for — a verb of receiving ("جالي", "وصل", Franco "gali", "wesel",
// English "arrived") or of paying ("دفعت", "دفع", Franco "dafe3t",
// "dafe3") — and after it a fault of what came or of the service
// (faultAt: "وصل بارد", "كله مية", "المستر غاب … ومعوضش", "مش بيرد",
// Franco "wesel bared", "kollo maya", "ghab", "ma3awadsh", "mesh
// byrod"), with nothing new wanted or priced: a complaint, in Franco as
// in Arabic, whatever the goods are called.
func receivedFaultTold(ts []token) bool {
	at := -1
	told := make([]token, len(ts)) // the receipts told are no new want ("وصل", a receipt, is a bill's word too)
	copy(told, ts)
	for i, t := range ts {
		if !t.sep && receiptWord(t) {
			told[i].neg = true
			if at < 0 {
				at = i
			}
		}
	}
	if at < 0 || newAsked(told, at) {
		return false
	}
	supposed := supposedClauses(ts)
	for k := at + 1; k < len(ts); k++ {
		if !ts[k].sep && !supposed[k] && faultAt(ts, k) {
			return true
		}
	}
	return false
}

// receiptWord: t says goods came to the customer or money was paid.
func receiptWord(t token) bool {
	w := bareWord(t)
	return receivedVerbs[w] || cameVerbs[w] || deliveredWords[w] || paidPast[w] || francoReceived[w]
}

// francoReceived: it came to me, reached me, in Franco ("gatly", "weslet").
var francoReceived = set("gatly", "gatli", "gatny", "gatni", "weslet", "weselet", "weslitli", "weseltli", "arrived")

// paidPast: I, he or we paid — "دفعت", "دفع", "دفعنا", Franco "dafe3t",
// "dafa3t", "dafe3", English "paid".
var paidPast = set("دفعت", "دفع", "دفعنا", "دفعتلكم", "dafe3t", "dafa3t", "dafa3", "dafe3", "dafa3na", "dafe3na", "paid")

// faultAt: the word at k tells a fault of what came or of the service:
// a state gone wrong (faultStates), "كله مية" (all water: watery), or a
// negation before answering ("مش بيرد", "mesh byrod").
func faultAt(ts []token, k int) bool {
	w := bareWord(ts[k])
	if faultStates[w] || badWords[w] {
		return true
	}
	if k+1 >= len(ts) || ts[k+1].sep {
		return false
	}
	next := bareWord(ts[k+1])
	if allWords[w] || francoAll[w] {
		return waterWords[next] // "كله مية", "kollo maya"
	}
	if w == "مش" || w == "mesh" || w == "msh" || w == "mish" {
		return answerVerbs[next] // "مش بيرد", "mesh byrod"
	}
	return false
}

// bareWord: t's word as written, lowered, without a و joined to it.
func bareWord(t token) string {
	w := t.lowSurface()
	if isArabicWord(w) {
		return wordKey(strings.TrimPrefix(w, "و"))
	}
	return w
}

var (
	// faultStates: said of what came or of the service paid for, a
	// fault — cold, stale, melted, absent, not made up, not answering.
	faultStates = set("بارد", "بارده", "باردين", "بايت", "بايته", "سايح", "سايحه", "غاب", "غابت", "غابوا",
		"معوضش", "ماعوضش", "معوضوش", "معوضتش", "مبيردش", "مابيردش", "مبيردوش", "مبتردش",
		"bared", "barda", "bardin", "bayet", "bayta", "sayeh", "sayha", "ghab", "ghabet", "ghabo",
		"ma3awadsh", "m3awadsh", "ma3awadetsh", "m3awadetsh", "ma3awadosh", "ma3awadoush", "mabyrodsh", "mabyrodosh", "mabyroddosh",
		"we7esh", "we7sha", "m3afen", "me3afen", "cold", "stale", "watery", "melted")
	// waterWords: water, after "all of it": watery.
	waterWords = set("ميه", "مية", "maya", "mayya", "maia", "water")
	// answerVerbs: answers (the phone, messages), after a negation.
	answerVerbs = set("بيرد", "بيردوا", "بترد", "بتردوا", "byrod", "biyrod", "beyrod", "byrodo", "btrod", "betrod")
)
