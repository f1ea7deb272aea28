package understand

import "strings"

// Months named, counted (h39c). To a shop that sells goods by the month
// the months a customer names are the months bought: "النادي الصيفي
// يوليو واغسطس", "summer club for July and August", Franco "yolyo w
// aghostos" are two months, as "شهر ٧ و٨" (months said by their number
// after شهر) is; one month named is one. A month named after a day's
// figure ("٥ يوليو", "July 5") is a date, no length. "for both months"
// is the two months again.

// monthNames: the months of the year, as Egyptians write them in Arabic,
// Franco and English ("May" is left out: a word of English before a
// verb, never read as a month alone).
var monthNames = set("يناير", "فبراير", "مارس", "ابريل", "أبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "اغسطس",
	"أغسطس", "سبتمبر", "اكتوبر", "أكتوبر", "نوفمبر", "ديسمبر",
	"yanayer", "febrayer", "febrayir", "mares", "abril", "mayo", "yonyo", "yonya", "yolyo", "yolya", "aghostos", "8ostos",
	"aghustus", "sebtamber", "september", "oktober", "october", "november", "nofamber", "desember", "december",
	"january", "february", "march", "april", "june", "july", "august")

// monthAnd: the words joining two months named ("و", "and", "w").
var monthAnd = set("و", "and", "w", "we", "wa", "&")

// monthNamed: the token names a month, a و written onto it allowed
// ("واغسطس").
func monthNamed(t token) bool {
	if t.sep {
		return false
	}
	low := t.lowSurface()
	return monthNames[wordKey(low)] || monthNames[t.text] || strings.HasPrefix(low, "و") && monthNames[wordKey(strings.TrimPrefix(low, "و"))]
}

// monthNamesAt: the months named from token i ("يوليو واغسطس", "July and
// August", "شهر ٧ و٨") and the token after them; 0 when none is, or when
// the first is a date ("٥ يوليو").
func monthNamesAt(ts []token, i int) (n, end int) {
	if i >= len(ts) || ts[i].sep {
		return 0, 0
	}
	if monthOne[dayKey(ts[i])] && monthNumberAt(ts, i+1) {
		return monthNumbersFrom(ts, i+1) // "شهر ٧ و٨"
	}
	if !monthNamed(ts[i]) || i > 0 && !ts[i-1].sep && isNumber(ts[i-1].text) {
		return 0, 0
	}
	n, end = 1, i+1
	for end < len(ts) {
		k := end
		if !ts[k].sep && monthAnd[dayKey(ts[k])] || ts[k].sep && ts[k].text == "," || ts[k].sep && ts[k].text == "،" {
			k++
		}
		if k >= len(ts) || !monthNamed(ts[k]) {
			break
		}
		n, end = n+1, k+1
	}
	if end < len(ts) && !ts[end].sep && isNumber(ts[end].text) {
		return 0, 0 // "July 5": a date
	}
	return n, end
}

// monthNumberAt: the token at k is a month's number (1 to 12).
func monthNumberAt(ts []token, k int) bool {
	if k >= len(ts) || ts[k].sep {
		return false
	}
	v, ok := parseDigits(strings.TrimPrefix(ts[k].text, "و"))
	return ok && v >= 1 && v <= 12 && v == float64(int(v))
}

// monthNumbersFrom: the months' numbers from k joined by "و"/"and" ("٧
// و٨", "7 w 8"): how many, and the token after them.
func monthNumbersFrom(ts []token, k int) (n, end int) {
	n, end = 1, k+1
	for end < len(ts) {
		j := end
		if !ts[j].sep && monthAnd[dayKey(ts[j])] {
			j++
		}
		if !monthNumberAt(ts, j) {
			break
		}
		n, end = n+1, j+1
	}
	return n, end
}

// bothMonthsAt: "both months", "both of the months" at j: the two months
// said before, again.
func bothMonthsAt(ts []token, j int) (n, end int) {
	if j+1 >= len(ts) || ts[j].sep || ts[j].lowSurface() != "both" {
		return 0, 0
	}
	k := j + 1
	if k+1 < len(ts) && !ts[k].sep && ts[k].lowSurface() == "the" {
		k++
	}
	if k < len(ts) && !ts[k].sep && monthMany[dayKey(ts[k])] {
		return 2, k + 1
	}
	return 0, 0
}
