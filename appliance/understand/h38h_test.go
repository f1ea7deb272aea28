package understand

import "testing"

// Branch h38h, on catalogs of their own (none of round 37's names or
// sentences): a print shop, a laundry, a coffee roaster, a swimming
// academy and a car wash.
const h38hPrintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PRINT-C,طباعة ألوان (للورقة),Colour printing (per page),طباعة الوان|طباعة ألوان,طباعة,piece,5,,,
PRINT-BW,طباعة أبيض وأسود (للورقة),Black and white printing (per page),طباعة عادي|طباعة ابيض واسود,طباعة,piece,1,,,
BIND,تجليد سلك (للنسخة),Wire binding (per copy),تجليد|تجليد سلك,تجليد,piece,25,,,
RUSH,طباعة مستعجلة (إضافة للورقة),Rush printing (per page surcharge),مستعجل|مستعجلة|نفس اليوم,إضافات,piece,2,,,
DELIV,توصيل (للطلب),Delivery (per order),توصيل|دليفري,خدمات,piece,40,,,
PAPER,رزمة ورق A4,A4 paper ream,رزمة ورق|رزمة,ورق,piece,250,30,,
`

const h38hPrintVocab = `طباعة, اطبع, print, printing, teba3a, tba3a
ألوان, الوان, colour, color, alwan
ورقة, ورق, ورقات, صفحة, صفحات, page, pages, wara2a, wara2at
مستعجل, مستعجلة, urgent, rush, mosta3gel
تجليد, bind, binding, tagleed
توصيل, delivery, tawseel
`

const h38hLaundryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHIRT,غسيل ومكوى قميص (للقطعة),Shirt wash and iron (per piece),قميص|قمصان,غسيل,piece,30,,,
TROUSERS,غسيل ومكوى بنطلون (للقطعة),Trousers wash and iron (per piece),بنطلون|بناطيل,غسيل,piece,35,,,
EXPRESS,خدمة اكسبريس نفس اليوم (إضافة للقطعة),Same-day express (per piece surcharge),اكسبريس|مستعجل,إضافات,piece,15,,,
PICKUP,استلام وتوصيل (للطلب),Pick-up and delivery (per order),استلام|توصيل,خدمات,piece,30,,,
`

const h38hLaundryVocab = `قميص, قمصان, shirt, shirts, 2amees, 2omsan
بنطلون, بناطيل, بنطلونين, trousers, pants, bantaloon
اكسبريس, مستعجل, express, urgent, mosta3gel
غسيل, غسل, wash, ghaseel
مكوى, كوي, iron, makwa
`

const h38hCoffeeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BEAN-BR,بن برازيلي (كيس ربع كيلو),Brazilian coffee (quarter-kilo bag),بن برازيلي,بن,piece,120,30,,
BEAN-CO,بن كولومبي (كيس ربع كيلو),Colombian coffee (quarter-kilo bag),بن كولومبي,بن,piece,150,30,,
GRIND,طحن ناعم (للكيس),Fine grinding (per bag),طحن|مطحون,خدمات,piece,5,,,
SPICE,تحويج بالحبهان (للكيس),Cardamom spicing (per bag),تحويج|محوج,خدمات,piece,10,,,
`

const h38hCoffeeVocab = `بن, bon, coffee
برازيلي, brazilian, brazily
كولومبي, colombian, colomby
كيس, اكياس, bag, bags, kees
`

const h38hSwimCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KIDS,حصة سباحة أطفال (ساعة),Kids swimming lesson (one hour),حصة اطفال|سباحة اطفال,حصص,piece,150,,,
ADULT,حصة سباحة كبار (ساعة),Adults swimming lesson (one hour),حصة كبار|سباحة كبار,حصص,piece,200,,,
BUS,توصيل بالباص من البيت (للحصة),Bus pick-up from home (per lesson),باص|توصيل من البيت|بيك اب,خدمات,piece,40,,,
`

const h38hSwimVocab = `حصة, حصص, حصتين, lesson, lessons, 7esa, 7esas
سباحة, swimming, swim, sebaha
أطفال, اطفال, kids, children, atfal
كبار, adults, adult, kobar
باص, bus, pickup, pick-up
`

const h38hWashCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WASH,غسيل عربية خارجي,Exterior car wash,غسيل|غسيل خارجي,غسيل,piece,100,,,
POLISH,تلميع عربية,Car polish,تلميع,تلميع,piece,300,,,
INTERIOR,تنضيف صالون العربية,Interior cleaning,تنضيف صالون|صالون,تنضيف,piece,200,,,
WAX,طبقة شمع (إضافة للعربية),Wax coat (per car surcharge),شمع|واكس,إضافات,piece,80,,,
`

const h38hWashVocab = `غسيل, غسل, wash, ghaseel
تلميع, polish, talmee3
صالون, interior, salon
عربية, عربيات, عربيتين, car, cars, 3arabeya
شمع, wax, sham3
`

// TestRules_SurchargePerUnitCountsItsGoods: a surcharge the catalog
// prices per the unit of the goods before it ("مستعجلة (إضافة للورقة)",
// "express (per piece surcharge)") said once with no count of its own is
// one for every unit of them, the lines before added up; a delivery per
// order stays one, and more goods of the same trade priced per piece are
// their own line, never counted from the goods before.
func TestRules_SurchargePerUnitCountsItsGoods(t *testing.T) {
	printShop := rulesFrom(t, h38hPrintCSV, h38hPrintVocab)
	checkCases(t, printShop, Order, []itemCase{
		{"عايز طباعة ٥٠ ورقة ألوان مستعجل", []wantItem{{"PRINT-C", 50, "", nil}, {"RUSH", 50, "", nil}}},
		{"عايز طباعة ٥٠ ورقة ألوان مستعجل وتوصيل", []wantItem{{"PRINT-C", 50, "", nil}, {"RUSH", 50, "", nil}, {"DELIV", 1, "", nil}}},
		{"3ayez teba3a 40 wara2a alwan mosta3gel", []wantItem{{"PRINT-C", 40, "", nil}, {"RUSH", 40, "", nil}}},
		{"I need 30 colour pages printed, urgent", []wantItem{{"PRINT-C", 30, "", nil}, {"RUSH", 30, "", nil}}},
		{"عايز طباعة ألوان مستعجل", []wantItem{{"PRINT-C", 1, "", nil}, {"RUSH", 1, "", nil}}},
	})
	laundry := rulesFrom(t, h38hLaundryCSV, h38hLaundryVocab)
	checkCases(t, laundry, Order, []itemCase{
		{"عايز غسيل ٣ قمصان وبنطلونين اكسبريس", []wantItem{{"SHIRT", 3, "", nil}, {"TROUSERS", 2, "", nil}, {"EXPRESS", 5, "", nil}}},
		{"عايز ٣ قمصان وبنطلون اكسبريس", []wantItem{{"SHIRT", 3, "", nil}, {"TROUSERS", 1, "", nil}, {"EXPRESS", 4, "", nil}}},
		{"3ayez 3 2omsan w 2 bantaloon mosta3gel", []wantItem{{"SHIRT", 3, "", nil}, {"TROUSERS", 2, "", nil}, {"EXPRESS", 5, "", nil}}},
		{"3 shirts and 2 trousers, express please", []wantItem{{"SHIRT", 3, "", nil}, {"TROUSERS", 2, "", nil}, {"EXPRESS", 5, "", nil}}},
		{"عايز ٣ قمصان وبنطلون", []wantItem{{"SHIRT", 3, "", nil}, {"TROUSERS", 1, "", nil}}},
	})
}

// TestRules_WorkPerBagReachesItsOwnGoods: a work priced per the goods'
// bag ("طحن (للكيس)") said right after goods counted in bags is one for
// each of them; said after goods that already had a work of that kind
// of their own ("… محوج و٣ كيس … مطحون"), it is the later goods' alone.
func TestRules_WorkPerBagReachesItsOwnGoods(t *testing.T) {
	r := rulesFrom(t, h38hCoffeeCSV, h38hCoffeeVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ كيس بن كولومبي مطحون", []wantItem{{"BEAN-CO", 3, "", nil}, {"GRIND", 3, "", nil}}},
		{"عايز ٢ كيس بن برازيلي محوج و٣ كيس بن كولومبي مطحون", []wantItem{{"BEAN-BR", 2, "", nil}, {"SPICE", 2, "", nil}, {"BEAN-CO", 3, "", nil}, {"GRIND", 3, "", nil}}},
	})
}

// TestRules_PerLessonOverSeveralLines: a service priced per lesson said
// after several counted lines of lessons, "for each lesson" or bare, is
// one for each lesson of them all — added up, never the total times
// itself.
func TestRules_PerLessonOverSeveralLines(t *testing.T) {
	r := rulesFrom(t, h38hSwimCSV, h38hSwimVocab)
	checkCases(t, r, Order, []itemCase{
		{"I want 2 kids lessons and 3 adult lessons, with the bus for each lesson", []wantItem{{"KIDS", 2, "", nil}, {"ADULT", 3, "", nil}, {"BUS", 5, "", nil}}},
		{"I want 2 kids lessons with the bus for each lesson", []wantItem{{"KIDS", 2, "", nil}, {"BUS", 2, "", nil}}},
		{"عايز ٣ حصص اطفال مع باص", []wantItem{{"KIDS", 3, "", nil}, {"BUS", 3, "", nil}}},
		{"3ayez 2 7esas atfal w 3 7esas kobar w bus kol 7esa", []wantItem{{"KIDS", 2, "", nil}, {"ADULT", 3, "", nil}, {"BUS", 5, "", nil}}},
	})
}

// TestRules_CountForEachOfAList: a count for each one said after a list
// of works ("…, 3 each please", "، ٣ لكل واحد") is every work's count,
// never the last one's alone; a surcharge per car said after counted
// cars is one for each.
func TestRules_CountForEachOfAList(t *testing.T) {
	r := rulesFrom(t, h38hWashCSV, h38hWashVocab)
	checkCases(t, r, Order, []itemCase{
		{"I want an exterior wash and a polish, 3 each please", []wantItem{{"WASH", 3, "", nil}, {"POLISH", 3, "", nil}}},
		{"عايز غسيل وتلميع، ٣ لكل واحد", []wantItem{{"WASH", 3, "", nil}, {"POLISH", 3, "", nil}}},
		{"3ayez ghaseel w talmee3, 2 each", []wantItem{{"WASH", 2, "", nil}, {"POLISH", 2, "", nil}}},
		{"عايز ٣ عربيات غسيل وشمع", []wantItem{{"WASH", 3, "", nil}, {"WAX", 3, "", nil}}},
		{"3 car washes with wax", []wantItem{{"WASH", 3, "", nil}, {"WAX", 3, "", nil}}},
	})
}
