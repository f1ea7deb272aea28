package understand

import "strings"

// addressFigures sets aside the figures of an address: "والتوصيل للدور
// 7", "الدور التالت شقة 12", "عمارة 20", "floor 4, flat 8" — a floor, a
// flat, a building or a street's number is where the goods go, never
// their count or size.
func addressFigures(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || !addressNoun(ts[i].surface) || ts[i].lex && streetNoun(ts[i].surface) {
			continue // ("كشاف شارع ٤": a street lamp's count)
		}
		k := i + 1
		if ts[k].lowSurface() == "no" || ts[k].lowSurface() == "number" || ts[k].surface == "رقم" {
			k++ // "floor no. 4", "شقة رقم 12"
		}
		// a figure ("شقة 12") or an ordinal ("الدور التالت"); a number
		// word may be a count ("وفلتر للعمارة واحد": one for the building)
		if k >= len(ts) || ts[k].sep || !(isNumber(ts[k].text) || ordinalWords[wordKey(ts[k].lowSurface())]) {
			continue
		}
		if n := k + 1; n < len(ts) && !ts[n].sep {
			if _, unit := unitWord(ts[n].text); unit || measureWords[ts[n].text] {
				continue // "شقة ١٢٠ متر": the flat's area, maybe the order's
			}
			if w := wordKey(ts[n].lowSurface()); timeNouns[w] || periodWords[w] != "" {
				continue // "تنظيف شقة ٣ ساعات": three hours of work on the flat
			}
		}
		if liftAfter(ts, k) {
			continue // "الدور الخامس من غير اسانسير": the floors climbed, no address
		}
		ts[i].used, ts[i].aside, ts[i].lex = true, true, false
		for m := i + 1; m <= k; m++ {
			ts[m].text, ts[m].lex, ts[m].used, ts[m].aside = "#"+ts[m].text, false, true, true
		}
	}
}

// addressNoun: a floor, a flat, a building, a block, a street, with the
// prepositions written on it ("للدور", "بالدور", "والشقة").
func addressNoun(w string) bool {
	w = strings.TrimPrefix(lower(w), "و")
	for _, f := range []string{w, strings.TrimPrefix(w, "ل"), strings.TrimPrefix(w, "ب"), "ال" + strings.TrimPrefix(w, "لل")} {
		if addressNouns[wordKey(f)] {
			return true
		}
	}
	return false
}

// addressNouns name the parts of an address told by number.
var addressNouns = set("الدور", "دور", "الشقه", "شقه", "العماره", "عماره", "البرج", "برج", "بلوك", "البلوك",
	"floor", "flat", "apartment", "apt", "building", "bldg", "block", "el dor", "dor", "sha2a", "3emara",
	// a street's number: "degla street 9", "شارع ٩", "share3 9"
	"شارع", "الشارع", "street", "st", "share3", "road")

// streetNoun: a street named (a word a catalog may use: "كشاف شارع").
func streetNoun(w string) bool {
	switch wordKey(strings.TrimPrefix(lower(w), "و")) {
	case wordKey("شارع"), wordKey("الشارع"), "street", "st", "share3", "road":
		return true
	}
	return false
}
