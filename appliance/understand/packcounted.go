package understand

import (
	"strings"

	"fatoora/catalog"
	"fatoora/catalog/arabic"
)

// Pieces sold by the pair in a pack the name opens with: "علبة عدسات
// لاصقة شهري (جوز)" (a box holding one pair). "٣ علب عدسات", "علبتين",
// Franco "3 3elab", "2 boxes" count the boxes the shop sells, each one
// piece of the catalog — never lenses two to a pair halved. A name that
// gives no pack ("مخدة فايبر (الجوز)") leaves "٤ مخدات" pieces, two to a
// pair, as before.

// packCounted: the line counts the pack the product's name says outside
// its brackets ("علبة"), said by a word of that pack's group ("علب",
// "علبتين", "boxes").
func packCounted(ts []token, d *draft, p *catalog.Product) bool {
	group := -1
	for _, n := range []string{arabic.Normalize(p.NameAr), lower(p.NameEn)} {
		if i := strings.IndexAny(n, "(["); i >= 0 {
			n = n[:i]
		}
		for _, w := range strings.Fields(n) {
			if g, ok := packGroups[wordKey(w)]; ok {
				group = g
			}
		}
	}
	if group < 0 {
		return false
	}
	for k := max(0, d.start-2); k < d.end+1 && k < len(ts); k++ {
		t := ts[k]
		if t.sep {
			continue
		}
		for _, w := range []string{t.text, t.lowSurface(), wordKey(strings.TrimPrefix(t.surface, "و")), strings.TrimSuffix(wordKey(t.surface), "تين")} {
			if g, ok := packGroups[w]; ok && g == group {
				return true
			}
		}
	}
	return false
}
