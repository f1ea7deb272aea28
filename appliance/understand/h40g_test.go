package understand

import "testing"

// Branch h40g, on catalogs of their own (none of the sets' names or
// sentences): a sports academy, a music school, a lone swimming coach, a
// fun fair and a coworking space.
const h40gAcademyCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SWIM,اشتراك سباحة (للطفل في الشهر),Swimming (per child per month),سباحة|اشتراك سباحة,اشتراكات,piece,600,,,
FOOT,اشتراك كورة (للطفل في الشهر),Football (per child per month),كورة|اشتراك كورة,اشتراكات,piece,500,,,
`

const h40gAcademyVocab = `سباحة, sebaha, swimming
كورة, kora, football
`

// TestRules_GroupSplitOneAndTheOther: "عندي ٢ ولاد، واحد … والتاني …"
// names what each child takes: a line priced per child keeps the one said
// of it, never the group's two (the "والتاني" read through its article).
func TestRules_GroupSplitOneAndTheOther(t *testing.T) {
	r := rulesFrom(t, h40gAcademyCSV, h40gAcademyVocab)
	checkCases(t, r, Order, []itemCase{
		{"عندي ٢ ولاد، واحد عايز سباحة والتاني كورة", []wantItem{{"SWIM", 1, "", nil}, {"FOOT", 1, "", nil}}},
		{"عندي ٢ بنات، واحدة في السباحة والتانية في الكورة", []wantItem{{"SWIM", 1, "", nil}, {"FOOT", 1, "", nil}}},
	})
}

const h40gMusicCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GUITAR,كورس جيتار (اشتراك شهر - 4 حصص),"Guitar course (monthly, 4 lessons)",كورس جيتار|جيتار,كورسات,piece,800,,,
PRIV-H,حصة خاصة (للساعة),Private lesson (per hour),حصة خاصة|برايفت,حصص,piece,250,,,
`

const h40gMusicVocab = `جيتار, guitar, gitar
خاصة, khasa, private
كورس, course, kors
`

const h40gCoachCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SWIM-L,حصة سباحة (ساعة),Swimming lesson (one hour),حصة سباحة|سباحة,حصص,piece,200,,,
CAP,كاب سباحة,Swimming cap,كاب,ادوات,piece,80,20,,
`

const h40gCoachVocab = `سباحة, sebaha, swimming
`

// TestRules_ClockWindowOnHourlyLineOnly: a window of the clock is the
// hours of a line priced by the hour ("من الساعة ٥ لحد الساعة ٧" is two
// of them); on a monthly course, or in a shop that prices nothing by the
// hour, it is when — never a count. And "والحصة ساعة ونص" after a course
// sold in lessons says how long each is, no hourly line.
func TestRules_ClockWindowOnHourlyLineOnly(t *testing.T) {
	r := rulesFrom(t, h40gMusicCSV, h40gMusicVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز كورس جيتار اشتراك شهر، المواعيد من ٥ لـ ٧", []wantItem{{"GUITAR", 1, "", nil}}},
		{"عايز حصة خاصة من الساعة ٥ لحد الساعة ٧", []wantItem{{"PRIV-H", 2, "", nil}}},
		{"عايز كورس جيتار اشتراك شهر والحصة ساعة ونص", []wantItem{{"GUITAR", 1, "", nil}}},
		{"3ayez kors gitar eshterak shahr w el 7esa sa3a w nos", []wantItem{{"GUITAR", 1, "", nil}}},
		{"عايز كورس جيتار اشتراك شهر وحصة خاصة ساعتين", []wantItem{{"GUITAR", 1, "", nil}, {"PRIV-H", 2, "", nil}}},
	})
	c := rulesFrom(t, h40gCoachCSV, h40gCoachVocab)
	checkCases(t, c, Order, []itemCase{
		{"عايز حصة سباحة من الساعة ٤ لحد ٥", []wantItem{{"SWIM-L", 1, "", nil}}},
		{"عايز حصة سباحة بكرة من الساعة ٤ لحد الساعة ٥", []wantItem{{"SWIM-L", 1, "", nil}}},
	})
}

const h40gFairCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TICKET,تذكرة دخول الملاهي,Fun fair entry ticket,تذكرة دخول|تذكرة,تذاكر,piece,150,,,
FACE,رسم على الوش,Face painting,رسم وش|رسم على الوش,خدمات,piece,60,,,
HAT,كاب الملاهي,Fun fair cap,كاب,هدايا,piece,90,30,,
`

const h40gFairVocab = `تذكرة, tazkara, ticket
رسم, rasm, painting
وش, wesh, face
كاب, cap
`

const h40gDeskCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DESK-3M,باقة مكتب مشترك 3 شهور,Shared desk 3 months,مكتب 3 شهور|باقة 3 شهور,باقات,piece,4000,,,
PARK-1M,ركنة عربية (للشهر),Car parking (per month),ركنة|باركينج,خدمات,piece,500,,,
`

const h40gDeskVocab = `مكتب, desk, maktab
ركنة, parking, rakna
عربية, car, 3arabeya
`

// TestRules_AddOnTakesGroupOrMonths: a work done on a person joined by و
// to tickets the group took one each is the group's too (goods beside
// them keep their count, one said for one keeps one); a line priced by
// the month then "for the N months" is N of them.
func TestRules_AddOnTakesGroupOrMonths(t *testing.T) {
	r := rulesFrom(t, h40gFairCSV, h40gFairVocab)
	checkCases(t, r, Order, []itemCase{
		{"احنا ٤ عايزين تذكرة دخول ورسم على الوش", []wantItem{{"TICKET", 4, "", nil}, {"FACE", 4, "", nil}}},
		{"احنا ٤ عايزين تذكرة دخول وكاب", []wantItem{{"TICKET", 4, "", nil}, {"HAT", 1, "", nil}}},
	})
	d := rulesFrom(t, h40gDeskCSV, h40gDeskVocab)
	checkCases(t, d, Order, []itemCase{
		{"عايز باقة مكتب ٣ شهور وركنة عربية للتلات شهور", []wantItem{{"DESK-3M", 1, "", nil}, {"PARK-1M", 3, "", nil}}},
		{"عايز باقة مكتب ٣ شهور وركنة عربية لمدة ٣ شهور", []wantItem{{"DESK-3M", 1, "", nil}, {"PARK-1M", 3, "", nil}}},
		{"I want the shared desk 3 months and car parking for the 3 months", []wantItem{{"DESK-3M", 1, "", nil}, {"PARK-1M", 3, "", nil}}},
	})
}
