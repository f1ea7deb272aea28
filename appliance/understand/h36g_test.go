package understand

import "testing"

// Branch h36g, on catalogs of its own: a builder's merchant (cement,
// paint, tools by the set, cable by the metre), a
// party caterer renting per day and delivering per event, and a
// bicycle shop.
const h36gBuilderCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CEMENT,شكارة أسمنت 50 كيلو,Cement sack 50 kg,اسمنت|شكارة اسمنت,مواد بناء,piece,120,200,,
PAINT,علبة دهان بلاستيك,Plastic paint tin,دهان|علبة دهان,دهانات,piece,300,50,,
SCREWDRIVERS,طقم مفكات,Screwdriver set,مفكات|طقم مفكات,عدد,piece,150,20,,
BRUSH,فرشة دهان,Paint brush,فرشة|فرش,دهانات,piece,25,80,,
CABLE,سلك كهربا 2 مم,Electric cable 2 mm,سلك|سلك كهربا,كهرباء,meter,12,500,,
`

const h36gBuilderVocab = `اسمنت, أسمنت, cement, asmant
دهان, بوية, paint
فرشة, فرش, فرشات, brush, brushes
`

// TestRules_ConstructThreeBeforePlural: "تلت" before a noun in the plural
// (a pack's, a sound or broken plural of the shop's words) or before a
// set is Egypt's construct "تلات", three: a third is said of a measure
// or of one thing, never of several; before a measure it stays a third.
func TestRules_ConstructThreeBeforePlural(t *testing.T) {
	r := rulesFrom(t, h36gBuilderCSV, h36gBuilderVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز تلت شكاير اسمنت", []wantItem{{"CEMENT", 3, "", nil}}},
		{"عايز تلت علب دهان بلاستيك", []wantItem{{"PAINT", 3, "", nil}}},
		{"عايز ٢ شكارة اسمنت وتلت علب دهان", []wantItem{{"CEMENT", 2, "", nil}, {"PAINT", 3, "", nil}}},
		{"عايز تلت فرشات دهان", []wantItem{{"BRUSH", 3, "", nil}}},
		{"عايز تلت طقم مفكات", []wantItem{{"SCREWDRIVERS", 3, "", nil}}},
		// a third of a measure stays a third
		{"عايز تلت متر سلك كهربا", []wantItem{{"CABLE", 1.0 / 3, "", nil}}},
		{"عايز ٢ متر وتلت سلك كهربا", []wantItem{{"CABLE", 2 + 1.0/3, "", nil}}},
	})
}

// h36gPartyCSV: a party caterer renting chairs and tables by the day,
// its delivery priced per event.
const h36gPartyCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHAIR,كرسي شيافاري (إيجار لليوم),Chiavari chair (rent per day),كرسي|كرسي شيافاري,كراسي,piece,40,400,,
TABLE,طاولة بوفيه (إيجار لليوم),Buffet table (rent per day),طاولة|طاولة بوفيه,طاولات,piece,150,40,,
CUP,كوباية عصير (إيجار لليوم),Juice glass (rent per day),كوباية|كوبايات,أدوات,piece,3,2000,,
LIGHTS,إضاءة ليد للحفلة (لليلة),LED party lighting (per night),اضاءة|إضاءة|ليد,إضاءة,piece,900,5,,
SRV-DELIV,توصيل وتحميل (للمناسبة),Delivery and loading (per event),توصيل|نقل|ابعتوا,خدمات,piece,500,,,
`

const h36gPartyVocab = `كرسي, كراسي, chair, chairs, korsy, kerasy
طاولة, طاولات, table, tables, tarabeeza
كوباية, كوبايات, cup, cups, glass, glasses, kobaya
توصيل, ابعتوهم, ابعتهم, deliver, delivery, eb3atohom
يوم, يومين, ايام, day, days, yom, yomeen
اضاءة, إضاءة, ليد, lighting, lights
`

// TestRules_DeliveryPerEventOnce: a delivery priced per event ("(للمناسبة)",
// "per event") said on "them" after one counted line is one trip for the
// event, never one per chair carried to it.
func TestRules_DeliveryPerEventOnce(t *testing.T) {
	r := rulesFrom(t, h36gPartyCSV, h36gPartyVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠٠ كرسي شيافاري وابعتوهم", []wantItem{{"CHAIR", 100, "", nil}, {"SRV-DELIV", 1, "", nil}}},
		{"عايز ٢٠ طاولة بوفيه وابعتوهم", []wantItem{{"TABLE", 20, "", nil}, {"SRV-DELIV", 1, "", nil}}},
		{"I need 100 chiavari chairs, please deliver them", []wantItem{{"CHAIR", 100, "", nil}, {"SRV-DELIV", 1, "", nil}}},
	})
}

// TestRules_WeekdayBeforeFirstCount: "يوم <weekday>" said before any goods
// is the date: the first line's count after it stays its count, never a
// size of the goods.
func TestRules_WeekdayBeforeFirstCount(t *testing.T) {
	r := rulesFrom(t, h36gPartyCSV, h36gPartyVocab)
	checkCases(t, r, Order, []itemCase{
		{"يوم الخميس محتاجين ١٠٠ كرسي شيافاري", []wantItem{{"CHAIR", 100, "", nil}}},
		{"يوم السبت عايزين ٥٠ كرسي و٥ طاولة بوفيه", []wantItem{{"CHAIR", 50, "", nil}, {"TABLE", 5, "", nil}}},
		{"عندنا خطوبة يوم الجمعة محتاجين ٨٠ كرسي شيافاري", []wantItem{{"CHAIR", 80, "", nil}}},
	})
}

// h36gBikeCSV: a bicycle shop, its bikes, their parts and its fitting.
const h36gBikeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BIKE-26,عجلة جبلي مقاس 26,Mountain bike size 26,عجلة 26|عجلة جبلي,عجل,piece,6500,5,,أسود|أحمر
BELL,جرس عجلة,Bike bell,جرس,اكسسوارات,piece,60,50,,
LIGHT,كشاف عجلة,Bike light,كشاف|نور,اكسسوارات,piece,150,30,,
LOCK,قفل عجلة,Bike lock,قفل,اكسسوارات,piece,200,20,,
SCOOTER,سكوتر أطفال,Kids scooter,سكوتر,سكوتر,piece,1800,8,,أزرق
`

const h36gBikeVocab = `عجلة, عجل, bike, bicycle, 3agala
جرس, bell, garas
كشاف, نور, light, kashaf
قفل, lock, 2efl
سكوتر, scooter, skooter
ازرق, أزرق, blue => أزرق
اسود, أسود, black => أسود
احمر, أحمر, red => أحمر
`

// TestRules_PossessiveThenAnd: "بتاعه/بتاعها" (its) after an accessory
// ends the owner's phrase: "و + the next product" after it is a line of
// its own, never the owner the possessive names.
func TestRules_PossessiveThenAnd(t *testing.T) {
	r := rulesFrom(t, h36gBikeCSV, h36gBikeVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز سكوتر ازرق بالجرس بتاعه وقفل", []wantItem{{"SCOOTER", 1, "أزرق", nil}, {"BELL", 1, "", nil}, {"LOCK", 1, "", nil}}},
		{"عايز سكوتر ازرق والكشاف بتاعه وقفل", []wantItem{{"SCOOTER", 1, "أزرق", nil}, {"LIGHT", 1, "", nil}, {"LOCK", 1, "", nil}}},
		{"عايز عجلة ٢٦ سودا بالجرس بتاعها وقفل", []wantItem{{"BIKE-26", 1, "أسود", nil}, {"BELL", 1, "", nil}, {"LOCK", 1, "", nil}}},
	})
}

// TestRules_DaysNamedOneByOne: days or nights named one by one for goods
// rented by the day or the night — weekdays joined by و ("يوم الخميس
// والجمعة"), or the noun said again before each ("يوم السبت ويوم الحد",
// "ليلة الحنة وليلة الفرح") — are as many days as named; one day named
// leaves the count.
func TestRules_DaysNamedOneByOne(t *testing.T) {
	r := rulesFrom(t, h36gPartyCSV, h36gPartyVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايزين ٤٠ كرسي شيافاري يوم الخميس والجمعة", []wantItem{{"CHAIR", 80, "", nil}}},
		{"عايزين ٤٠ كرسي شيافاري يوم السبت ويوم الحد", []wantItem{{"CHAIR", 80, "", nil}}},
		{"عايزين اضاءة ليد ليلة الحنة وليلة الفرح", []wantItem{{"LIGHTS", 2, "", nil}}},
		{"عايزين ٤٠ كرسي شيافاري يوم الخميس", []wantItem{{"CHAIR", 40, "", nil}}},
	})
}
