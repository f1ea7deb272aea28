package understand

import "strings"

// orderReferred: the message speaks of an order placed before — "الاوردر",
// "الطلب", "my order", or the goods "اللي طلبتها" (that I ordered): goods
// named with a cancelling are that order's, not a new one ("الغي الاوردر
// بتاع الكنبة"), and goods declined that were ordered before are a
// cancelling ("مش عايز الكنبة اللي طلبتها خلاص").
func orderReferred(ts []token) bool {
	for i, t := range ts {
		w := strings.TrimPrefix(t.lowSurface(), "و")
		if t.sep {
			continue
		}
		if orderWords[wordKey(w)] || (orderedVerbs[wordKey(w)] || placedVerbs[wordKey(w)]) && i > 0 && (ts[i-1].surface == "اللي" || ts[i-1].surface == "الي" || ts[i-1].lowSurface() == "i") {
			return true
		}
	}
	return false
}

// orderWords name an order; placedVerbs say it was placed, its goods as
// their pronoun (intent.go's orderedVerbs, the verb alone).
var (
	orderWords  = set("الاوردر", "اوردر", "الطلب", "طلب", "الطلبيه", "طلبيه", "order", "orders")
	placedVerbs = set("طلبته", "طلبتها", "طلبتهم", "طلبناه", "طلبناها", "طلبناهم", "حجزته", "حجزتها", "حجزتهم", "حجزناه", "حجزناها", "ordered", "booked")
)

// cancelledOrder sets aside the goods of a message cancelling an order
// placed before: "الغي الاوردر بتاع الكنبة السرير", "please cancel my
// order of the sofa bed", "كنسلوا الكنبة اللي طلبتها", "مش عايز الكنبة
// اللي طلبتها خلاص" — they name that order, no new line; the cancelling
// is a person's to do (serviceTopicsOf reports it).
func cancelledOrder(ts []token) {
	cancel, declined := false, false
	for i, t := range ts {
		if t.sep {
			continue
		}
		// the word keyed, its و taken off: wordKey(strings.TrimPrefix(t.lowSurface(), "و"))
		cancel = cancel || cancelWords[t.surfKey()]
		if placedVerbs[t.surfKey()] && i > 0 && (ts[i-1].surface == "اللي" || ts[i-1].surface == "الي") && negatedBefore(ts, i) {
			declined = true
		}
	}
	if !(cancel && orderReferred(ts) || declined) {
		return
	}
	for i := range ts {
		if ts[i].lex || ts[i].color != "" || placedVerbs[keyAt(ts, i)] {
			ts[i].neg, ts[i].used = true, true
		}
	}
}

// negatedBefore: goods set aside by a negation come before i in its
// sentence ("مش عايز الكنبة اللي طلبتها").
func negatedBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0 && !(ts[k].sep && ts[k].text != "," && ts[k].text != "،"); k-- {
		if ts[k].neg && ts[k].lex {
			return true
		}
	}
	return false
}
