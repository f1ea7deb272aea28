package understand

import (
	"testing"

	"fatoora/catalog"
)

// A glassware shop: glasses sold in sets of 6 and of 12 only.
const h33iSetsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GL-6,كوبايات عصير (طقم 6 كوبايات),Juice glasses set of 6,,كوبايات,piece,180,20,زجاج,
GL-12,كوبايات عصير (طقم 12 كوباية),Juice glasses set of 12,,كوبايات,piece,320,20,زجاج,
PL-1,طبق تقديم كبير,Large serving plate,,أطباق,piece,90,30,صيني,
`

const h33iSetsVocab = `كوباية, كوبايات, كباية, glass, glasses, kobaya, kobayat
`

// TestRules_SetCountedInPieces: a count said in the goods' own word of
// goods the shop sells only as sets is the pieces — the one set holding
// that many, one of it ("١٢ كوباية" of a set of 12 beside a set of 6),
// never that many sets; a count no set holds is asked. A set word said
// ("طقم كوبايات ٦") is the set as before.
func TestRules_SetCountedInPieces(t *testing.T) {
	r := rulesFrom(t, h33iSetsCSV, h33iSetsVocab)
	for _, c := range []struct {
		text, sku string
	}{
		{"عايز ١٢ كوباية عصير", "GL-12"},
		{"عايز ٦ كوبايات عصير", "GL-6"},
		{"3ayez 12 kobaya 3asir", "GL-12"},
		{"i want 12 juice glasses", "GL-12"},
		{"6 juice glasses please", "GL-6"},
		{"عايز طقم كوبايات عصير ٦", "GL-6"},
	} {
		res := understandText(t, r, c.text)
		if len(res.Items) != 1 || res.Items[0].SKU != c.sku || res.Items[0].Quantity != catalog.One {
			t.Errorf("%s: %+v, want one %s", c.text, res.Items, c.sku)
		}
	}
	for _, text := range []string{"عايز ١٠ كوبايات عصير", "i want 10 juice glasses", "عايز ٢٤ كوباية عصير"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].SKU != "" && len(res.Items[0].Missing) == 0 || res.Items[0].Confidence >= 0.5 {
			t.Errorf("%s: %+v, want the count asked", text, res.Items)
		}
	}
}

// A drinks shop: water by the bottle and by the carton of 12.
const h33iDrinksCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WTR-1,مياه معدنية ازازة 1.5 لتر,Mineral water bottle 1.5 L,ازازة مياه,مياه,piece,10,200,,
WTR-12,كرتونة مياه معدنية 12 ازازة,Box of 12 mineral water bottles,كرتونة مياه,مياه,piece,110,40,,
JUC-1,عصير مانجو علبة,Mango juice can,,عصائر,piece,15,100,,
`

const h33iDrinksVocab = `كرتونة, كرتونه, kartona, carton, box
مياه, مية, maya, water
`

// TestRules_PackAndAHalf: a pack and a half of goods sold by the piece
// ("كرتونة ونص مياه", "a box and a half of water",
// "كرتونتين ونص") is asked, never one pack invoiced; a figure and a half
// is no such pack, and whole packs stay as said.
func TestRules_PackAndAHalf(t *testing.T) {
	r := rulesFrom(t, h33iDrinksCSV, h33iDrinksVocab)
	for _, text := range []string{"عايز كرتونة ونص مياه معدنية", "عايز كرتونتين ونص مياه", "i want a box and a half of mineral water"} {
		res := understandText(t, r, text)
		for _, it := range res.Items {
			if it.SKU != "" && len(it.Missing) == 0 && it.Confidence >= 0.5 {
				t.Errorf("%s: %+v, want the count asked", text, res.Items)
			}
		}
	}
	res := understandText(t, r, "عايز ٢ كرتونة مياه معدنية")
	if len(res.Items) != 1 || res.Items[0].SKU != "WTR-12" || res.Items[0].Quantity != 2*catalog.One || len(res.Items[0].Missing) > 0 {
		t.Errorf("٢ كرتونة مياه: %+v, want two cartons", res.Items)
	}
}
