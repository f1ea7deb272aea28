package understand

import (
	"strings"
	"unicode/utf8"
)

// More of the goods said by their accessory alone: "٥ ترابيزات مدورة
// بمفارش حمرا و٥ بمفارش فضي" — after counted goods read with their
// accessory as a line of its own ("بمفارش حمرا"), "و<N> بـ<the same
// accessory>" has no noun of its own: N more of the goods, each with that
// accessory (10 tables, 5 red cloths, 5 silver). Only where the first part
// gave the goods and the accessory two lines, and the second says the
// same بـ word: a catalog reading "X بـY" as one line of Y is left as read.

// moreWithAccessory adds the count of a bare "N بـY" line to the goods
// before the first "بـY" line.
func moreWithAccessory(items []Item) {
	for j := 2; j < len(items); j++ {
		g, a, b := &items[j-2], &items[j-1], &items[j]
		if g.Product == nil || a.Product == nil || b.Product == nil || g.SKU == "" || b.SKU == "" || a.SKU == "" {
			continue
		}
		fa, fb, fg := strings.Fields(a.Phrase), strings.Fields(b.Phrase), strings.Fields(g.Phrase)
		if len(fa) == 0 || len(fb) < 2 || len(fg) < 2 || !isNumber(fb[0]) || !isNumber(fg[0]) {
			continue
		}
		w := fa[0]
		if !strings.HasPrefix(w, "ب") || utf8.RuneCountInString(w) < 4 || fb[1] != w || strings.HasPrefix(w, "بال") {
			continue
		}
		if a.Product.Category != b.Product.Category || g.Product.Category == a.Product.Category || a.Quantity != g.Quantity {
			continue
		}
		g.Quantity += b.Quantity
	}
}
