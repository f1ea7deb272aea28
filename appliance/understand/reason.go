package understand

import (
	"strings"
	"unicode/utf8"
)

// reasonTold sets aside a reason said as a sentence of its own after
// "عشان" (because): a subject, then what it does in the present — "عشان
// الارض بتزحلق" (the floor is slippery), "علشان العيال بيلعبوا عليه",
// "3ashan el ard betetzahla2" — to the end of its clause. The subject is
// the customer's place or people, never a line, though a word of it may
// spell a product's ("الارض" is near "ارضية"). A clause holding a figure,
// a colour or a want is left as said; "عشان أكمل الأوضة" (a verb first:
// what the goods are for) is inPurpose's.
func reasonTold(ts []token) {
	for k := 0; k+2 < len(ts); k++ {
		if ts[k].sep || !purposeWords[ts[k].text] || !isArabicWord(ts[k].surface) && !francoBecause[ts[k].lowSurface()] {
			continue
		}
		j := k + 1
		if j < len(ts) && !ts[j].sep && francoArticles[ts[j].lowSurface()] {
			j++ // "3ashan el ard": the article written apart
		} else if j >= len(ts) || ts[j].sep || !strings.HasPrefix(ts[j].surface, "ال") && !(j+1 < len(ts) && strings.HasPrefix(ts[j+1].surface, "ال")) {
			continue // "عشان ارضية المحل بتزحلق": the article on the second word
		}
		v := -1
		for m := j; m < len(ts) && m <= j+2 && !ts[m].sep; m++ {
			if m > j && presentSaid(ts[m]) {
				v = m
				break
			}
			if ts[m].conj || isNumber(ts[m].text) || ts[m].color != "" || orderCues[ts[m].text] {
				break
			}
		}
		if v < 0 {
			continue
		}
		end := v + 1
		for end < len(ts) && !ts[end].sep && !ts[end].conj && !isNumber(ts[end].text) && ts[end].color == "" && !orderCues[ts[end].text] {
			end++
		}
		for i := k; i < end; i++ {
			ts[i].aside, ts[i].used, ts[i].lex, ts[i].color = true, true, false, ""
		}
		k = end - 1
	}
}

// francoBecause: "3ashan" (عشان) as Franco writes it.
var francoBecause = set("3ashan", "3shan", "ashan", "3alashan", "3lshan")

// presentSaid: t is a verb in the present, "ب" and its person ("بتزحلق",
// "بيلعبوا", "betetzahla2", "byo2a3"), no word of a product and no "بتاع"
// (of).
func presentSaid(t token) bool {
	if t.lex && !t.fuzzy {
		return false
	}
	w := t.lowSurface()
	if isLatinWord(w) {
		for _, p := range []string{"bet", "bey", "bye", "bit", "bi", "by"} {
			if strings.HasPrefix(w, p) && len(w) >= len(p)+3 {
				return !strings.HasPrefix(w, "beta3") && !strings.HasPrefix(w, "bta3")
			}
		}
		return false
	}
	return utf8.RuneCountInString(w) >= 4 && (strings.HasPrefix(w, "بي") || strings.HasPrefix(w, "بت") || strings.HasPrefix(w, "بن")) &&
		!strings.HasPrefix(w, "بتاع") && !strings.HasPrefix(w, "بيت") || strings.HasPrefix(w, "بيت") && utf8.RuneCountInString(w) >= 5
}

// ownDualReason sets aside a definite noun said in the dual right after
// "عشان" (because of) and closing its clause: "… توين بدلهم عشان
// الرسيفرين" (because of the two receivers the customer has), "علشان
// الكنبتين". Things counted with the article after "because" are the
// customer's own, the reason for the goods asked, never an order of two.
func ownDualReason(ts []token) {
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].sep || !purposeWords[ts[k].text] || !isArabicWord(ts[k].surface) {
			continue
		}
		t := ts[k+1]
		if t.sep || !t.dual || !strings.HasPrefix(t.surface, "ال") || k+2 < len(ts) && !ts[k+2].sep {
			continue
		}
		for i := k; i <= k+1; i++ {
			ts[i].aside, ts[i].used, ts[i].lex, ts[i].dual = true, true, false, false
		}
	}
}
