package understand

import (
	"strings"

	"fatoora/catalog"
)

// pricedByHour: p is priced by the hour — its name says so ("جلسة تصوير
// (للساعة)", "حجز ملعب بالساعة", "Studio session (per hour)", "hourly").
func pricedByHour(p *catalog.Product) bool {
	if p == nil {
		return false
	}
	for _, k := range keysOf(p.NameAr + " " + lower(p.NameEn)) {
		if hourWord(k) || k == "hourly" {
			return true
		}
	}
	return false
}

// hourWord: w is "the hour" as a price's measure — "الساعة", "للساعة",
// "بالساعة", "sa3a", "hour" — the article or a preposition on it taken off.
func hourWord(w string) bool {
	w = wordKey(w)
	for _, p := range []string{"بال", "لل", "ال"} {
		if st, ok := strings.CutPrefix(w, p); ok {
			w = st
			break
		}
	}
	return w == "ساعه" || w == "hour" || w == "sa3a" || w == "elsa3a"
}

// hourOfPriced: the service word s asked beside the lines is the hour a
// line's service is priced by ("جلسة التصوير بكام الساعة؟", "الساعة بكام
// في الملعب؟", "how much per hour is the pitch?"): the price's measure,
// no question of the shop's hours.
func hourOfPriced(s string, items []Item) bool {
	if !hourWord(strings.TrimPrefix(s, "و")) {
		return false
	}
	for _, it := range items {
		if pricedByHour(it.Product) {
			return true
		}
	}
	return false
}
