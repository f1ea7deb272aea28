package understand

import "slices"

// A rent's whole length said again for goods named after it (h38d): "٢
// عربية لمدة ٣ ايام، وتأمين لكل عربية طول المدة", "نفس المدة", Franco
// "tool el modda", English "for the whole time" — the goods priced by the
// day or the night after the length are rented for that same length, not
// for a length unsaid.

// wholePeriodWords: the whole length of the rent said before, again.
var wholePeriodWords = [][]string{
	{"طول", "المده"}, {"طول", "الفتره"}, {"كل", "المده"}, {"نفس", "المده"}, {"لنفس", "المده"}, {"بنفس", "المده"},
	{"طول", "الايام", "دي"}, {"طول", "الايام"}, {"نفس", "الايام"}, {"نفس", "عدد", "الايام"}, {"كل", "الايام"},
	{"طول", "الليالي"}, {"نفس", "الليالي"}, {"كل", "الليالي"},
	{"tool", "el", "modda"}, {"tool", "el", "moda"}, {"tol", "el", "modda"}, {"nafs", "el", "modda"}, {"kol", "el", "modda"},
	{"tool", "el", "ayam"}, {"nafs", "el", "ayam"},
	{"the", "whole", "time"}, {"the", "whole", "period"}, {"the", "same", "period"}, {"the", "same", "days"},
	{"the", "whole", "rental"}, {"the", "entire", "rental"}, {"all", "the", "days"},
}

// wholePeriodFirst: the keys wholePeriodWords' phrases start with.
var wholePeriodFirst = firstKeys(wholePeriodWords)

// wholePeriods adds to spans (in their order) each whole length said
// again after a length in days or nights, of as many as that length; its
// words are set aside.
func wholePeriods(ts []token, spans []rentSpan) []rentSpan {
	for i := 0; i < len(ts); i++ {
		if !startsAny(ts, i, wholePeriodFirst) {
			continue
		}
		for _, ws := range wholePeriodWords {
			n := wordsAt(ts, i, ws)
			if n == 0 {
				continue
			}
			at := slices.IndexFunc(spans, func(s rentSpan) bool { return s.at >= i })
			if at < 0 {
				at = len(spans)
			}
			if days := lastLength(spans[:at]); days > 0 {
				for k := i; k < i+n; k++ {
					ts[k].used, ts[k].lex = true, false
				}
				spans = slices.Insert(spans, at, rentSpan{at: i, end: i + n, n: days, again: true})
				i += n - 1
			}
			break
		}
	}
	return spans
}

// lastLength: the days or nights of the last length of spans (0: none).
func lastLength(spans []rentSpan) int {
	for k := len(spans) - 1; k >= 0; k-- {
		if spans[k].n > 0 {
			return spans[k].n
		}
	}
	return 0
}
