package understand

import (
	"testing"
)

// Branch h34g, on small shops of their own (none of the development sets'
// catalogs or sentences).

// h34gPrintCSV: a T-shirt and bag printer: shirts, caps and tote bags by
// the piece, printing and ironing priced per piece, delivery per order.
const h34gPrintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TEE,تيشيرت قطن,Cotton T-shirt,تيشرت|تيشيرت,ملابس,piece,150,100,قطن,أبيض|أسود|رمادي
CAP,كاب قماش,Cloth cap,كاب|كاسكيت,ملابس,piece,90,100,قطن,أبيض|أسود
TOTE,شنطة قماش,Tote bag,شنطة|شنط قماش,شنط,piece,60,100,قماش,بيج
PRINT-LOGO,طباعة لوجو للقطعة,Logo print per piece,طباعة لوجو|طباعة,طباعة,piece,25,,,
IRON-PACK,كي وتغليف للقطعة,Ironing and packing per piece,كي وتغليف|تغليف,خدمات,piece,10,,,
DELIV,توصيل,Delivery,توصيل|شحن,خدمات,piece,50,,,
`

const h34gPrintVocab = `تيشيرت, تيشرت, tshirt, t-shirt, t-shirts, tshirts, teeshirt
اسود, black, eswed => أسود
ابيض, white, abyad => أبيض
طباعة, teba3a, printing, print
لوجو, logo
كاب, cap, caps
شنطة, bag, bags, shanta
`

// TestRules_WorkForEveryPieceWithoutLikul: a work priced per piece said
// for every piece counted before it without "لكل" ("على كل قطعة", "على
// كل واحد", "للكل", "على الكل", Franco "3ala kol 7etta", "lel kol",
// English "on each piece", "on all") is one for each piece of all the
// goods said before it, as "لكل قطعة" is — never one; "بكام للكل" of goods
// and a delivery priced per order "للكل" count nothing.
func TestRules_WorkForEveryPieceWithoutLikul(t *testing.T) {
	r := rulesFrom(t, h34gPrintCSV, h34gPrintVocab)
	goods := []wantItem{{"TEE", 12, "أسود", nil}, {"CAP", 6, "أسود", nil}}
	with := func(sku string, q float64) []wantItem {
		return append(append([]wantItem{}, goods...), wantItem{sku, q, "", nil})
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٢ تيشيرت اسود و ٦ كاب اسود وطباعة لوجو على كل قطعة", with("PRINT-LOGO", 18)},
		{"عايز ١٢ تيشيرت اسود و ٦ كاب اسود وطباعة لوجو على كل واحد", with("PRINT-LOGO", 18)},
		{"عايز ١٢ تيشيرت اسود و ٦ كاب اسود وطباعة لوجو لكل قطعة", with("PRINT-LOGO", 18)},
		{"عايز ١٢ تيشيرت اسود و ٦ كاب اسود وكي وتغليف للكل", with("IRON-PACK", 18)},
		{"١٢ تيشيرت اسود\n٦ كاب اسود\nطباعة لوجو على الكل", with("PRINT-LOGO", 18)},
		{"3ayez 12 tshirt eswed w 6 cap eswed w teba3a logo 3ala kol 7etta", with("PRINT-LOGO", 18)},
		{"3ayez 12 tshirt eswed w 6 cap eswed w teba3a logo lel kol", with("PRINT-LOGO", 18)},
		{"12 black t-shirts and 6 black caps with logo print on each piece", with("PRINT-LOGO", 18)},
		{"12 black t-shirts and 6 black caps, logo print on all", with("PRINT-LOGO", 18)},
		// delivery is priced per order: once, however many pieces
		{"عايز ١٢ تيشيرت اسود و ٦ كاب اسود وتوصيل للكل", with("DELIV", 1)},
	})
	// the pieces of one line only
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢٠ شنطة قماش وطباعة لوجو على كل واحدة", []wantItem{{"TOTE", 20, "", nil}, {"PRINT-LOGO", 20, "", nil}}},
	})
}

// TestRules_ForAllIsNoCountOfGoods: "للكل" after goods ("بكام للكل"),
// no work said, multiplies nothing.
func TestRules_ForAllIsNoCountOfGoods(t *testing.T) {
	r := rulesFrom(t, h34gPrintCSV, h34gPrintVocab)
	res := understandText(t, r, "عايز ٢ تيشيرت ابيض و ٣ كاب ابيض، الحساب كام للكل؟")
	for _, it := range res.Items {
		if it.SKU == "CAP" && it.Quantity != 3000 {
			t.Errorf("caps %s, want 3 (%+v)", it.Quantity, res.Items)
		}
	}
}

// h34gDoorCSV: a doors and locks fitter, and a sweets counter's goods
// that come by delivery.
const h34gDoorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DOOR-WOOD,باب خشب حشو,Wooden panel door,باب خشب|باب,أبواب,piece,3500,10,خشب,بني|أبيض
LOCK,كالون سلندر,Cylinder lock,كالون|سلندر,اكسسوار,piece,250,50,,
HINGE,مفصلة باب,Door hinge,مفصلة|مفصلات,اكسسوار,piece,40,200,,
CAKE,تورتة شوكولاتة,Chocolate cake,تورتة|تورته,حلويات,piece,400,10,,
INST-DOOR,تركيب باب,Door fitting,تركيب,خدمات,piece,300,,,
`

const h34gDoorVocab = `باب, door, bab
تركيب, tarkib, fitting
تورتة, cake, torta
`

// TestRules_ShopWorkToldIsComplaint: goods the shop fitted or that came,
// named by a relative clause of the shop's verb ("اللي ركبتوه", "اللي
// جت امبارح", Franco "elly rakabtoh"), then their state told with nothing
// wanted or asked, is after-sales — a complaint, no line to invoice; one
// like it ("زي اللي ركبتوه") or the same clause with a new order stays an
// order.
func TestRules_ShopWorkToldIsComplaint(t *testing.T) {
	r := rulesFrom(t, h34gDoorCSV, h34gDoorVocab)
	checkIntents(t, r, []intentCase{
		{"الباب الخشب اللي ركبتوه الضلفة نازلة على الارض", Complaint},
		{"الكالون اللي ركبتوهولي المفتاح بيلف على الفاضي", Complaint},
		{"التورتة اللي جت امبارح كانت ناشفة", Complaint},
		{"el bab el khashab elly rakabtoh el dalfa nazla ta7t", Complaint},
	})
	checkCases(t, r, Order, []itemCase{
		{"عايز باب خشب بني زي اللي ركبتوه عند اختي", []wantItem{{"DOOR-WOOD", 1, "بني", nil}}},
		{"الباب اللي ركبتوه عند اختي عجبني، عايز باب خشب بني زيه", []wantItem{{"DOOR-WOOD", 1, "بني", nil}}},
	})
}
