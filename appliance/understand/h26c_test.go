package understand

import (
	"context"
	"testing"

	"fatoora/catalog"
)

// Questions a clerk would not ask (branch h26c), on a grill-house and
// catering shop of its own (none of the blind sets' catalogs or
// sentences): meat sold by the kilo, dinners priced per guest, a box
// whose name carries its weight.
const h26cGrillCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KOFTA-KG,كفتة مشوية بالكيلو,Grilled kofta per kg,كفتة|كفتة مشوية,مشويات,piece,420,,,
NUTS-KG,مكسرات محمصة بالكيلو,Mixed nuts,مكسرات|مكسرات محمصة,تسالي,piece,380,,,
DINNER,عشاء مفتوح للفرد,Open dinner per person,عشاء مفتوح|عشا مفتوح,ولايم,piece,450,,,
BRKF,فطار لكل فرد,Breakfast,فطار|فطور,ولايم,piece,150,,,
KOFTA-BOX,علبة كفتة 5 كيلو,Kofta box 5 kg,علبة كفتة,مشويات,piece,2000,10,,
WAITER,ويتر للخدمة,Serving waiter,ويتر|جرسون,خدمات,piece,400,,,
`

const h26cGrillVocab = `كفتة, kofta, kofta
مكسرات, mekasarat, nuts
فرد, افراد, شخص, نفر, person, people
`

// checkNoLacks is checkCases, and no line says it lacks anything: a
// figure read as how many is no word the product lacks.
func checkNoLacks(t *testing.T, r *Rules, cases []itemCase) {
	t.Helper()
	checkCases(t, r, Order, cases)
	for _, c := range cases {
		res, err := r.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range res.Items {
			if len(it.Lacks) > 0 {
				t.Errorf("%q: %s lacks %q", c.text, it.SKU, it.Lacks)
			}
		}
	}
}

// TestRules_FigureInThePricedUnit: a figure said with the unit the goods
// are priced per — before them or after, in the name's language or the
// other's ("per kg" is the customer's "كيلو", "لكل فرد" their "شخص"),
// joined or apart ("50kg"), after "ل"/"for" — is how many, never a word
// the product lacks; a figure the goods' own name carries with that
// measure (the 5 kg box) stays the name's.
func TestRules_FigureInThePricedUnit(t *testing.T) {
	r := rulesFrom(t, h26cGrillCSV, h26cGrillVocab)
	checkNoLacks(t, r, []itemCase{
		{"محتاجين عشاء مفتوح ل 60 فرد و2 ويتر", []wantItem{{"DINNER", 60, "", nil}, {"WAITER", 2, "", nil}}},
		{"عشاء مفتوح لـ ٤٠ شخص", []wantItem{{"DINNER", 40, "", nil}}},
		{"فطار 30 فرد", []wantItem{{"BRKF", 30, "", nil}}},
		{"we need an open dinner for 25 people", []wantItem{{"DINNER", 25, "", nil}}},
		{"عايز ٥ كيلو كفتة مشوية", []wantItem{{"KOFTA-KG", 5, "", nil}}},
		{"I need 3 kg of grilled kofta and 2 kg of nuts", []wantItem{{"KOFTA-KG", 3, "", nil}, {"NUTS-KG", 2, "", nil}}},
		{"3ayez 2kg mekasarat", []wantItem{{"NUTS-KG", 2, "", nil}}},
		{"مكسرات محمصة ٢ كيلو", []wantItem{{"NUTS-KG", 2, "", nil}}},
		{"عايز 2 علبة كفتة 5 كيلو", []wantItem{{"KOFTA-BOX", 2, "", nil}}},
	})
	if got := PricedPer(r.lx.products[3]); got != "فرد" {
		t.Errorf("PricedPer(فطار لكل فرد) = %q, want فرد", got)
	}
	// "للفرد" in a name is no price per person: "قابل للفرد" (unfolds)
	if got := PricedPer(catalog.Product{NameAr: "كرسي رحلات قابل للفرد", NameEn: "Folding camp chair", Unit: catalog.Piece}); got != "" {
		t.Errorf("PricedPer(قابل للفرد) = %q, want none", got)
	}
	// a head count said with no figure counts nothing: a person asks
	res, err := r.Understand(context.Background(), "عايز عشاء مفتوح")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "DINNER" || res.Items[0].Quantity != catalog.MilliFromFloat(1) {
		t.Errorf("items %+v, want one DINNER of no count said", res.Items)
	}
}

// h26cStationeryCSV: a stationery shop selling pens, pencils and tape by
// the dozen, notebooks single.
const h26cStationeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PEN-12,دستة أقلام جاف,Ballpoint pens dozen,اقلام جاف|قلم جاف,أقلام,piece,60,100,,أزرق|أحمر
PENCIL-12,دستة أقلام رصاص,Pencils dozen,اقلام رصاص|قلم رصاص,أقلام,piece,45,100,,
TAPE-12,دستة لزق رول شفاف,Clear tape rolls dozen,لزق|شريط لزق,لصق,piece,90,50,,
NOTE,كشكول 100 ورقة,Notebook 100 sheets,كشكول|كراسة,كشاكيل,piece,25,300,,
`

const h26cStationeryVocab = `اقلام, a2lam, pens
جاف, gaf, ballpoint
رصاص, rosas, pencils
`

// TestRules_DozensOfGoodsSoldByTheDozen: a count said in dozens of goods
// the shop sells as a dozen ("دستة أقلام …") is how many dozens, never
// twelve times as many pieces — before the goods or after them, a
// dozen alone or two ("دستتين"); "w desta roll" after a line is the next
// line, the product named with the pack word ("لزق رول"), one dozen; goods
// sold single still count twelve to the dozen.
func TestRules_DozensOfGoodsSoldByTheDozen(t *testing.T) {
	r := rulesFrom(t, h26cStationeryCSV, h26cStationeryVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ دستة اقلام رصاص", []wantItem{{"PENCIL-12", 3, "", nil}}},
		{"محتاج دستتين اقلام رصاص", []wantItem{{"PENCIL-12", 2, "", nil}}},
		{"اقلام رصاص ٢ دستة", []wantItem{{"PENCIL-12", 2, "", nil}}},
		{"I need 2 dozen pencils", []wantItem{{"PENCIL-12", 2, "", nil}}},
		{"3ayez 2 desta a2lam rosas w desta roll", []wantItem{{"PENCIL-12", 2, "", nil}, {"TAPE-12", 1, "", nil}}},
		{"عايز ٢ دستة كشكول", []wantItem{{"NOTE", 24, "", nil}}},
	})
}

// h26cGiftCSV: a gift shop's mugs and cushions, and the printing it does
// on them, priced per piece.
const h26cGiftCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MUG,مج سيراميك,Ceramic mug,مج|كوباية,مجات,piece,60,200,سيراميك,أبيض|أسود
CUSH,خدادية قطيفة,Velvet cushion,خدادية|مخدة,مفروشات,piece,150,80,قطيفة,بيج|رمادي
PRINT,طباعة صورة على القطعة,Photo printing per piece,طباعة|طباعة صورة,خدمات,piece,40,,,
`

const h26cGiftVocab = `مج, مجات, mug, mugs
طباعة, teba3a, printing
خدادية, خداديات, cushion, cushions
`

// TestRules_WorkOnTheGoodsNamed: a work said on goods named before, by
// their count ("وطباعة صورة على ال٤ مج", "teba3a 3ala el 6 mugs",
// "printing on the 3 mugs") is done that many times, and the goods are no
// new line.
func TestRules_WorkOnTheGoodsNamed(t *testing.T) {
	r := rulesFrom(t, h26cGiftCSV, h26cGiftVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ مج ابيض و٤ خدادية بيج وطباعة صورة على ال٤ مج", []wantItem{{"MUG", 4, "أبيض", nil}, {"CUSH", 4, "بيج", nil}, {"PRINT", 4, "", nil}}},
		{"3ayez 6 mugs eswed w teba3a 3ala el 6 mugs", []wantItem{{"MUG", 6, "أسود", nil}, {"PRINT", 6, "", nil}}},
		{"I want 3 white mugs and photo printing on the 3 mugs", []wantItem{{"MUG", 3, "أبيض", nil}, {"PRINT", 3, "", nil}}},
	})
}

// h26cHeaterCSV: a water heater and filter shop with an installation for
// each kind.
const h26cHeaterCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HTR-GAS10,سخان غاز 10 لتر,Gas water heater 10 L,سخان غاز|سخان,سخانات,piece,5200,10,,
FLT-3,فلتر مياه 3 مراحل,Water filter 3 stages,فلتر|فلتر مياه,فلاتر,piece,1800,10,,
INST-HTR,تركيب سخان,Heater installation,تركيب سخان,خدمات,piece,350,,,
INST-FLT,تركيب فلتر,Filter installation,تركيب فلتر,خدمات,piece,200,,,
`

// TestRules_InstallationForTheTwo: "والتركيب للاتنين" (for the two, in one
// word with لل) after two goods whose kinds each have their own
// installation is one installation for each, as "وتركيب الاتنين" is.
func TestRules_InstallationForTheTwo(t *testing.T) {
	r := rulesFrom(t, h26cHeaterCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز سخان غاز 10 لتر وفلتر مياه 3 مراحل والتركيب للاتنين", []wantItem{{"HTR-GAS10", 1, "", nil}, {"FLT-3", 1, "", nil}, {"INST-HTR", 1, "", nil}, {"INST-FLT", 1, "", nil}}},
		{"عايز ٢ سخان غاز و٢ فلتر مياه وتركيب للاتنين", []wantItem{{"HTR-GAS10", 2, "", nil}, {"FLT-3", 2, "", nil}, {"INST-HTR", 2, "", nil}, {"INST-FLT", 2, "", nil}}},
	})
}

// h26cHomeCSV: rugs and pillows, each in a large and a small size, the
// size said in the feminine only.
const h26cHomeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RUG-L,سجادة صوف كبيرة,Large wool rug,سجادة كبيرة,سجاد,piece,2400,10,صوف,
RUG-S,سجادة صوف صغيرة,Small wool rug,سجادة صغيرة,سجاد,piece,900,10,صوف,
PIL-L,مخدة فايبر كبيرة,Large fibre pillow,مخدة كبيرة,مخدات,piece,180,40,,
PIL-S,مخدة فايبر صغيرة,Small fibre pillow,مخدة صغيرة,مخدات,piece,90,40,,
`

const h26cHomeVocab = `سجادة, سجاجيد
مخدة, مخدات
`

// TestRules_SizeInBrokenPlural: a size said in its broken plural ("كبار",
// "صغار"), after the goods and the words describing them, is the name's
// singular ("كبيرة"): it chooses that size.
func TestRules_SizeInBrokenPlural(t *testing.T) {
	r := rulesFrom(t, h26cHomeCSV, h26cHomeVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايزة سجادتين صوف كبار", []wantItem{{"RUG-L", 2, "", nil}}},
		{"عايز ٤ مخدات فايبر صغار و٢ مخدة فايبر كبار", []wantItem{{"PIL-S", 4, "", nil}, {"PIL-L", 2, "", nil}}},
	})
}

// h26cLampCSV: LED bulbs named by their watts, in both languages.
const h26cLampCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BULB-9,لمبة ليد 9 وات,LED bulb 9 W,لمبة 9|لمبه 9,لمبات,piece,45,300,,
BULB-12,لمبة ليد 12 وات,LED bulb 12 W,لمبة 12|لمبه 12,لمبات,piece,60,300,,
BULB-18,لمبة ليد 18 وات,LED bulb 18 W,لمبة 18|لمبه 18,لمبات,piece,85,300,,
`

const h26cLampVocab = `لمبة, لمبه, lamba, bulb, bulbs
`

// TestRules_WattsSaidWithW: a W after a figure some name gives in watts
// ("a 12W bulb", "9 W") is the watts naming the variant, never the Franco
// "w" (and) nor a count.
func TestRules_WattsSaidWithW(t *testing.T) {
	r := rulesFrom(t, h26cLampCSV, h26cLampVocab)
	checkCases(t, r, Order, []itemCase{
		{"I want a 12W LED bulb", []wantItem{{"BULB-12", 1, "", nil}}},
		{"please 3 LED bulbs 18 W", []wantItem{{"BULB-18", 3, "", nil}}},
		{"I need a 9 W bulb and a 12W bulb", []wantItem{{"BULB-9", 1, "", nil}, {"BULB-12", 1, "", nil}}},
	})
}
