package understand

import (
	"testing"

	"fatoora/catalog"
)

// A school-supplies shop: bags in two sizes and two colours, packs of
// coffee beans by weight beside it, and a shoe-repair service.
const h33fCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BAG-S,شنطة مدرسة صغيرة,Small school bag,,شنط,piece,450,20,,أحمر|أزرق
BAG-L,شنطة مدرسة كبيرة,Large school bag,,شنط,piece,600,20,,أحمر|أزرق
KB-60,كراسة سلك 60 ورقة,Spiral notebook 60 sheets,كشكول,كراسات,piece,25,100,,
COF-250,بن محوج ربع كيلو,Spiced coffee 250 g,بن ربع كيلو,بن,piece,120,30,,
COF-500,بن محوج نص كيلو,Spiced coffee 500 g,بن نص كيلو,بن,piece,230,30,,
SRV-SOLE,تغيير نعل جزمة,Shoe sole replacement,,تصليح,piece,150,,,
`

const h33fVocab = `شنطة, شنطه, شنط, shanta, bag
صغيرة, صغيره, soghayara, so3ayara, small
كبيرة, كبيره, kbira, kebira, large
كراسة, كراسه, korasa, notebook
احمر, حمرا, red, a7mar => أحمر
ازرق, زرقا, blue, azra2, zar2a => أزرق
بن, bon, coffee
جزمة, جزمه, gazma, shoe
نعل, na3l, sole
`

// TestRules_SameGoodsForEachPerson: the same goods said twice, each with
// its own person — the person first and the next joined by و ("لابني …
// ولبنتي …", Franco "l ebni … w l benti …") or the goods first, each with
// its person after ("… لابني و… لبنتي", "… for my son and … for my
// daughter") — are one line of two, never one of one, nor the same line
// twice for a person to read. Another size or colour for each person is a
// line of its own.
func TestRules_SameGoodsForEachPerson(t *testing.T) {
	r := rulesFrom(t, h33fCSV, h33fVocab)
	checkCases(t, r, Order, []itemCase{
		{"لابني شنطة مدرسة صغيرة حمرا ولبنتي شنطة مدرسة صغيرة حمرا", []wantItem{{"BAG-S", 2, "أحمر", nil}}},
		{"عايز لابني كراسة سلك ولبنتي كراسة سلك", []wantItem{{"KB-60", 2, "", nil}}},
		{"عايز شنطة صغيرة زرقا لابني وشنطة صغيرة زرقا لبنتي", []wantItem{{"BAG-S", 2, "أزرق", nil}}},
		{"عايز ٢ كراسة سلك لابني وكراسة سلك لبنتي", []wantItem{{"KB-60", 3, "", nil}}},
		{"عايز نص كيلو بن محوج لابويا ونص كيلو بن محوج لاخويا", []wantItem{{"COF-500", 2, "", nil}}},
		{"عايز تغيير نعل جزمة لابني وجزمة لجوزي", []wantItem{{"SRV-SOLE", 2, "", nil}}},
		{"l ebni korasa w l benti korasa", []wantItem{{"KB-60", 2, "", nil}}},
		{"I want a small blue bag for my son and a small blue bag for my daughter", []wantItem{{"BAG-S", 2, "أزرق", nil}}},
		{"a red small bag for my son and a red small bag for my daughter", []wantItem{{"BAG-S", 2, "أحمر", nil}}},
		// each person's own size or colour: lines of their own
		{"لابني شنطة صغيرة زرقا ولبنتي شنطة كبيرة حمرا", []wantItem{{"BAG-S", 1, "أزرق", nil}, {"BAG-L", 1, "أحمر", nil}}},
		{"عايز شنطة صغيرة زرقا لابني وشنطة صغيرة حمرا لبنتي", []wantItem{{"BAG-S", 1, "أزرق", nil}, {"BAG-S", 1, "أحمر", nil}}},
		{"عايز ربع كيلو بن محوج لابويا ونص كيلو بن محوج لاخويا", []wantItem{{"COF-250", 1, "", nil}, {"COF-500", 1, "", nil}}},
	})
}

// TestRules_SameGoodsTwiceNoPerson: goods said twice with no person for
// each, or corrected, are never made two by goodsPerPerson: no line of
// two comes out.
func TestRules_SameGoodsTwiceNoPerson(t *testing.T) {
	r := rulesFrom(t, h33fCSV, h33fVocab)
	for _, text := range []string{
		"عايز شنطة صغيرة زرقا وشنطة صغيرة زرقا",
		"عايز شنطة صغيرة زرقا لابني.. لا شنطة كبيرة زرقا",
		"عايز كراسة سلك لابني، لا قصدي لبنتي",
		"عايز كراسة سلك لابني ولبنتي",
	} {
		res := understandText(t, r, text)
		for _, it := range res.Items {
			if it.Quantity == catalog.MilliFromFloat(2) {
				t.Errorf("%s: %s×2, want no line doubled (%+v)", text, it.SKU, res.Items)
			}
		}
	}
}

// A fencing shop sells its fences by the running metre.
const h33fFenceCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FN-GARDEN,سور جنينة حديد,Iron garden fence,,أسوار,meter,900,,حديد,أسود|أخضر
FN-ROOF,سور سطح حديد,Iron roof fence,,أسوار,meter,950,,حديد,أسود
`

const h33fFenceVocab = `سور, اسوار, sour, fence
جنينة, جنينه, genena, garden
سطح, sat7, roof
اسود, سودا, black => أسود
`

// TestRules_DualPlaceEachMeasure: goods sold by length said for two places
// by the place's dual, then "كل واحدة N متر" (each one's length), are both
// lengths — as "لجنينتين كل واحدة" is — never one.
func TestRules_DualPlaceEachMeasure(t *testing.T) {
	r := rulesFrom(t, h33fFenceCSV, h33fFenceVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز سور جنينتين حديد اسود كل واحدة ١٥ متر", []wantItem{{"FN-GARDEN", 30, "أسود", nil}}},
		{"عايز سور حديد اسود جنينتين كل واحدة ١٥ متر", []wantItem{{"FN-GARDEN", 30, "أسود", nil}}},
		{"عايز سور حديد اسود لجنينتين كل واحدة ١٥ متر", []wantItem{{"FN-GARDEN", 30, "أسود", nil}}},
		// no "each": the length said is the whole
		{"عايز سور حديد اسود جنينتين ١٥ متر", []wantItem{{"FN-GARDEN", 15, "أسود", nil}}},
	})
}

// TestRules_SameGoodsForEachPersonNoHead: goods named for each person by
// words of their name with no head noun ("كيس بن ربع كيلو" of "بن محوج
// ربع كيلو") are no echo of each other: both counted.
func TestRules_SameGoodsForEachPersonNoHead(t *testing.T) {
	r := rulesFrom(t, h33fCSV, h33fVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز كيس بن ربع كيلو لابويا وكيس بن ربع كيلو لاخويا", []wantItem{{"COF-250", 2, "", nil}}},
	})
}
