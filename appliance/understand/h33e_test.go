package understand

import (
	"testing"
)

// The twenty-third session's wrong documents the prober found (branch
// h33e), on small catalogs of trades of their own: a kitchenware shop
// selling one pan in two sizes, power strips named by how many sockets
// they have, and mirrors named by their size.
const h33eVariantsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PAN-24,طاسة تيفال 24 سم,Non-stick pan 24cm,طاسة 24,طاسات,piece,450,20,ألومنيوم,أحمر|أسود|رمادي
PAN-28,طاسة تيفال 28 سم,Non-stick pan 28cm,طاسة 28,طاسات,piece,550,20,ألومنيوم,أحمر|أسود|رمادي
STRIP-2,مشترك كهربا فتحتين,Power strip 2 sockets,مشترك 2 فتحة,مشتركات,piece,120,30,بلاستيك,أبيض|أسود
STRIP-4,مشترك كهربا 4 فتحات,Power strip 4 sockets,مشترك اربع فتحات,مشتركات,piece,180,30,بلاستيك,أبيض|أسود
STRIP-6,مشترك كهربا 6 فتحات,Power strip 6 sockets,مشترك ست فتحات,مشتركات,piece,240,30,بلاستيك,أبيض|أسود
MIR-5070,مراية حيطة 50×70,Wall mirror 50x70,مراية 50 في 70,مرايات,piece,900,10,زجاج,دهبي|فضي
MIR-6090,مراية حيطة 60×90,Wall mirror 60x90,مراية 60 في 90,مرايات,piece,1300,10,زجاج,دهبي|فضي
`

const h33eVariantsVocab = `طاسة, طاسه, tasa, pan
مشترك, moshtarak
فتحة, فتحه, فتحات, fat7a, fat7at
مراية, مرايه, meraya, mirror
احمر, a7mar, red => أحمر
اسود, eswed, black => أسود
رمادي, ramadi, grey => رمادي
ابيض, abyad, white => أبيض
`

// TestRules_VariantAgainAfterAnd: goods named by a figure in their name,
// then after و the same figure or a figure naming the same goods but for
// it, before another colour ("طاسة ٢٤ احمر و٢٤ اسود", "… و٢٨ رمادي"), are
// one more piece of the goods that figure names in that colour — never
// 24 or 28 of the first; a figure naming no goods stays a count.
func TestRules_VariantAgainAfterAnd(t *testing.T) {
	r := rulesFrom(t, h33eVariantsCSV, h33eVariantsVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز طاسة 24 احمر و24 اسود", []wantItem{{"PAN-24", 1, "أحمر", nil}, {"PAN-24", 1, "أسود", nil}}},
		{"عايز طاسة 24 احمر و 28 رمادي", []wantItem{{"PAN-24", 1, "أحمر", nil}, {"PAN-28", 1, "رمادي", nil}}},
		{"3ayez tasa 24 a7mar w 24 eswed", []wantItem{{"PAN-24", 1, "أحمر", nil}, {"PAN-24", 1, "أسود", nil}}},
		{"عايز طاسة 24 احمر و2 اسود", []wantItem{{"PAN-24", 1, "أحمر", nil}, {"PAN-24", 2, "أسود", nil}}},
	})
}

// TestRules_PartCountVariantAfterAnd: goods named by how many of a part
// they have ("مشترك كهربا فتحتين"), then after و a figure and that part's
// noun ("و 4 فتحات") name the goods with that many — a line of their own,
// never four of the first.
func TestRules_PartCountVariantAfterAnd(t *testing.T) {
	r := rulesFrom(t, h33eVariantsCSV, h33eVariantsVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز مشترك فتحتين ابيض و 4 فتحات ابيض", []wantItem{{"STRIP-2", 1, "أبيض", nil}, {"STRIP-4", 1, "أبيض", nil}}},
		{"عايز مشترك 4 فتحات اسود و 6 فتحات اسود", []wantItem{{"STRIP-4", 1, "أسود", nil}, {"STRIP-6", 1, "أسود", nil}}},
		{"3ayez moshtarak 4 fat7at eswed w 6 fat7at eswed", []wantItem{{"STRIP-4", 1, "أسود", nil}, {"STRIP-6", 1, "أسود", nil}}},
	})
}

// TestRules_SizeVariantAfterAnd: goods named by their size ("مراية ٥٠ في
// ٧٠"), then after و another size that names goods differing only by it
// ("و ٦٠ في ٩٠"), are that size's goods, a line of their own — never two
// more sides of the first.
func TestRules_SizeVariantAfterAnd(t *testing.T) {
	r := rulesFrom(t, h33eVariantsCSV, h33eVariantsVocab)
	checkCases(t, r, Order, []itemCase{
		{"مراية 50 في 70 دهبي و 60 في 90 دهبي", []wantItem{{"MIR-5070", 1, "دهبي", []int{50, 70}}, {"MIR-6090", 1, "دهبي", []int{60, 90}}}},
		{"مراية 50 في 70 دهبي و 60 في 90 فضي", []wantItem{{"MIR-5070", 1, "دهبي", []int{50, 70}}, {"MIR-6090", 1, "فضي", []int{60, 90}}}},
		{"meraya 50 x 70 w 60 x 90", []wantItem{{"MIR-5070", 1, "", []int{50, 70}}, {"MIR-6090", 1, "", []int{60, 90}}}},
	})
}

// h33ePeopleCSV: a bicycle shop, bikes by wheel size, helmets by the
// piece.
const h33ePeopleCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BIKE-26,عجلة جبلي 26,Mountain bike 26,عجلة 26,عجل,piece,9500,10,حديد,أسود|أحمر
HELMET,خوذة عجل,Bike helmet,خوذة,اكسسوارات,piece,650,30,بلاستيك,أزرق|أسود
`

const h33ePeopleVocab = `عجلة, عجله, 3agala, bike
خوذة, خوذه, 5oza, helmet
اسود, eswed, black => أسود
ازرق, زرقا, azra2, blue => أزرق
`

// TestRules_PeopleBeforeEach: the people named right before "كل واحد" or
// "لكل واحد" with no "من" — the customer and a relative joined by و ("انا
// واخويا كل واحد عايز …", Franco "ana w a5oya kol wa7ed"), children in the
// dual and the singular ("ولدين وبنت"), or counted ("٣ عيال") — get one
// each: as many as they are, never one. "لكل واحد من ولادي التلاتة" said
// before the goods counts three and leaves the goods theirs; people with
// no "each" count nothing.
func TestRules_PeopleBeforeEach(t *testing.T) {
	r := rulesFrom(t, h33ePeopleCSV, h33ePeopleVocab)
	checkCases(t, r, Order, []itemCase{
		{"انا عندي ولدين وبنت، عايز لكل واحد خوذة زرقا", []wantItem{{"HELMET", 3, "أزرق", nil}}},
		{"انا واخويا كل واحد عايز عجلة 26 اسود", []wantItem{{"BIKE-26", 2, "أسود", nil}}},
		{"ana w a5oya kol wa7ed 3ayez 3agala 26 eswed", []wantItem{{"BIKE-26", 2, "أسود", nil}}},
		{"عندي 3 عيال عايز لكل واحد خوذة زرقا", []wantItem{{"HELMET", 3, "أزرق", nil}}},
		{"عايز لكل واحد من ولادي التلاتة خوذة زرقا", []wantItem{{"HELMET", 3, "أزرق", nil}}},
		{"ابني عايز خوذة زرقا", []wantItem{{"HELMET", 1, "أزرق", nil}}},
	})
}

// h33eCurtainCSV: a curtain and trim shop: roller blinds by the square
// metre, a wooden skirting and a curtain rail by the metre.
const h33eCurtainCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BLIND-ROLL,ستارة رول,Roller blind,رول,ستائر,sqm,420,,بوليستر,
SKIRT-WOOD,وزرة خشب,Wooden skirting,وزره خشب,تشطيب,meter,85,,خشب,
RAIL-ALU,مجرى ستارة المونيوم,Aluminium curtain rail,مجرى ستارة,اكسسوارات,meter,120,,المونيوم,
`

const h33eCurtainVocab = `ستارة, ستاره, setara, blind
شباك, شبابيك, shebak, shbabeek, window, windows
وزرة, وزره, wezra, skirting
خشب, 5asab, wooden
`

// TestRules_SizeForPlacesAfter: "for N windows" said right after the size
// of goods sold by area ("ستارة رول ١.٥ في ٢ لتلات شبابيك", Franco "le 3
// shbabeek", English "for 3 windows") is N pieces of that size: 3 × 3 m²,
// never one window's worth.
func TestRules_SizeForPlacesAfter(t *testing.T) {
	r := rulesFrom(t, h33eCurtainCSV, h33eCurtainVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ستارة رول 1.5 في 2 لتلات شبابيك", []wantItem{{"BLIND-ROLL", 9, "", []int{150, 200}}}},
		{"عايز ستارة رول 1.5 في 2 ل 3 شبابيك", []wantItem{{"BLIND-ROLL", 9, "", []int{150, 200}}}},
		{"3ayez setara rol 1.5 fe 2 le 3 shbabeek", []wantItem{{"BLIND-ROLL", 9, "", []int{150, 200}}}},
		{"roller blind 1.5 x 2 for 3 windows", []wantItem{{"BLIND-ROLL", 9, "", []int{150, 200}}}},
		{"عايز ستارة رول 1.5 في 2", []wantItem{{"BLIND-ROLL", 3, "", []int{150, 200}}}},
	})
}

// TestRules_WallsBeforeGoods: lengths joined by و said before goods sold
// by the metre ("عايز ٤ متر و ٣.٥ متر وزرة خشب") are the walls of one run,
// added up (7.5 m) as they are when said after the goods — never the last
// wall alone.
func TestRules_WallsBeforeGoods(t *testing.T) {
	r := rulesFrom(t, h33eCurtainCSV, h33eCurtainVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز 4 متر و 3.5 متر وزرة خشب", []wantItem{{"SKIRT-WOOD", 7.5, "", []int{400, 350}}}},
		{"3ayez 4 metr w 3.5 metr wezra 5asab", []wantItem{{"SKIRT-WOOD", 7.5, "", []int{400, 350}}}},
		{"عايز وزرة خشب 4 متر و 3.5 متر", []wantItem{{"SKIRT-WOOD", 7.5, "", []int{400, 350}}}},
	})
}
