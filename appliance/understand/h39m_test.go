package understand

import "testing"

// Branch h39m, on a catalog of its own (none of round 39's names or
// sentences): a paint shop selling brushes named by their size.
const h39mPaintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BRUSH-2,فرشة دهان مقاس 2,Paint brush size 2,فرشة 2|فرشة صغيرة,فرش,piece,40,30,,
BRUSH-4,فرشة دهان مقاس 4,Paint brush size 4,فرشة 4|فرشة كبيرة,فرش,piece,70,30,,
ROLLER,رولة دهان,Paint roller,رولة,فرش,piece,90,20,,
`

const h39mPaintVocab = `فرشة, فرشه, فرشاة, brush, brushes, forsha
رولة, رول, roller, rolla
`

// TestRules_SizeFigureBeforeTheGoods: a size word and its figure said
// before the goods ("a size 4 brush", "مقاس ٤ فرشة", "ma2as 4 forsha")
// name the product whose names give that figure, as "a brush size 4" does
// — never a count of 4.
func TestRules_SizeFigureBeforeTheGoods(t *testing.T) {
	r := rulesFrom(t, h39mPaintCSV, h39mPaintVocab)
	checkCases(t, r, Order, []itemCase{
		{"I need a size 4 brush and a roller", []wantItem{{"BRUSH-4", 1, "", nil}, {"ROLLER", 1, "", nil}}},
		{"I need two size 2 brushes", []wantItem{{"BRUSH-2", 2, "", nil}}},
		{"عايز مقاس ٤ فرشة ورولة", []wantItem{{"BRUSH-4", 1, "", nil}, {"ROLLER", 1, "", nil}}},
		{"3ayez ma2as 2 forsha w rolla", []wantItem{{"BRUSH-2", 1, "", nil}, {"ROLLER", 1, "", nil}}},
	})
}
