package understand

import (
	"slices"
	"strings"
)

// homeSaid sets aside the customer's home said in a story or a place
// ("بيتي جديد في الساحل", "البيت محتاج …", "بيتنا"): "بيت" is a word of
// some catalogs' synonyms only inside a compound ("بيت موس" of "بيتموس"),
// never goods said alone, unless a product's own name has it as a word.
func (r *Rules) homeSaid(ts []token) {
	named := -1
	for i := range ts {
		t := &ts[i]
		if t.sep || !t.lex {
			continue
		}
		// (with ل it says what the goods are for: "ماكينة خياطة للبيت"
		// is a home machine, منزلي)
		if w := strings.TrimPrefix(t.lowSurface(), "و"); !homeWords[w] {
			continue // (a bare "بيت" may begin the compound: "بيت اقلام")
		}
		if named < 0 {
			// (only the products using the word: the postings, not the
			// whole catalog)
			named = 0
			for _, p := range r.lx.postings["بيت"] {
				if slices.Contains(keysOf(r.lx.products[p].NameAr), "بيت") {
					named = 1
				}
			}
		}
		if named == 1 {
			return
		}
		t.lex, t.used, t.aside = false, true, true
	}
}

// homeWords: a home, whose ("بيتي", "بيتنا", "البيت"), as written (a
// plain map: set() would make "البيت" the bare "بيت").
var homeWords = map[string]bool{"البيت": true, "بيتي": true, "بيتنا": true, "بيتك": true, "بيتها": true, "بيته": true, "بيتهم": true}
