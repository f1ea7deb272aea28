package understand

import (
	"context"
	"slices"
	"testing"
)

// The first-contact classes of round 20 (branch h20c), on a small
// kitchenware shop of its own (none of the blind sets' catalogs or
// sentences): pots and pans by diameter, storage boxes, table runners by
// length, knife sets, and the shop's delivery and engraving sold as
// products.
const h20cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POT-24,حلة جرانيت 24 سم,Granite pot 24 cm,حلة 24,حلل,piece,650,20,جرانيت,أسود|رمادي
POT-28,حلة جرانيت 28 سم,Granite pot 28 cm,حلة 28,حلل,piece,780,15,جرانيت,أسود|رمادي
PAN-26,طاسة تيفال 26 سم,Non-stick pan 26 cm,طاسة 26,طاسات,piece,420,30,,أسود
BOX-GLS,علبة تخزين زجاج,Glass storage box,علبة زجاج,علب,piece,120,80,زجاج,
RUN-140,مفرش سفرة 140 سم,Table runner 140 cm,,مفارش,piece,300,25,قطن,أبيض|بيج
RUN-180,مفرش سفرة 180 سم,Table runner 180 cm,,مفارش,piece,380,25,قطن,أبيض|بيج
BRD-30,لوحة تقطيع خشب 30 سم,Wooden cutting board 30 cm,لوحة خشب 30,ألواح,piece,150,40,خشب,
BRD-40,لوحة تقطيع خشب 40 سم,Wooden cutting board 40 cm,لوحة خشب 40,ألواح,piece,190,40,خشب,
KNF-SET,طقم سكاكين 6 قطع,Knife set 6 pieces,طقم سكاكين,سكاكين,piece,900,10,ستانلس,
TRAY-RND-30,صينية فرن دائرية 30 سم,Round oven tray 30 cm,صينية مدورة 30,صواني,piece,180,30,,
TRAY-SQ-30,صينية فرن مربعة 30×30,Square oven tray 30x30,صينية مربعة 30,صواني,piece,200,30,,
HOOD-60,شفاط مطبخ 60 سم,Kitchen hood 60 cm,شفاط 60,شفاطات,piece,4200,6,,فضي|أسود
INST-HOOD,تركيب شفاط,Hood installation,تركيب الشفاط,خدمات,piece,350,,,
VISIT,زيارة تركيب أجهزة مطبخ,Kitchen appliance installation visit,زيارة تركيب|تركيب,خدمات,piece,300,,,
DEL,توصيل داخل القاهرة,Delivery within Cairo,توصيل|شحن,خدمات,piece,100,,,
DEL-ALX,توصيل إلى الإسكندرية,Delivery to Alexandria,توصيل اسكندرية|شحن اسكندرية,خدمات,piece,250,,,
`

const h20cVocab = `حلة, حله, حلل, 7alla, pot
طاسة, طاسه, طاسات, tasa, pan
علبة, علبه, علب, 3elba, box
تخزين, takhzeen, storage
زجاج, ازاز, ezaz, glass
مفرش سفرة, مفرش السفرة, mafrash sofra, runner
سكاكين, سكينة, sakakeen, knives
لوحة, لوحه, lo7a, board
تقطيع, ta2tee3, cutting
جرانيت, granite
صينية, صينيه, صواني, sanya, tray
دائرية, مدورة, مدور, round
مربعة, مربع, square
شفاط, shaffat, hood
تركيب, tarkeeb, installation
توصيل, delivery, tawseel
فضي, سيلفر, silver => فضي
ابيض, وايت, white => أبيض
اسود, بلاك, black => أسود
`

func h20cRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h20cCSV, h20cVocab)
}

// TestRules_FrancoSecondProduct: a second product joined to the first by
// Franco "w" is a line of its own, its figure its own — also when Franco
// writes a noun in the construct state, its ة sounded t ("7allet granite
// 28" of the vocabulary's "7alla", "lo7et ta2tee3" of "lo7a"), or the article apart inside a name the
// vocabulary writes as two words ("mafrash el sofra" of "mafrash sofra",
// as Arabic's "مفرش السفرة").
func TestRules_FrancoSecondProduct(t *testing.T) {
	r := h20cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"3ayez 4 tasa w 7allet granite 28", []wantItem{{"PAN-26", 4, "", nil}, {"POT-28", 1, "", nil}}},
		{"3ayez 2 tasa w lo7et ta2tee3 40", []wantItem{{"PAN-26", 2, "", nil}, {"BRD-40", 1, "", nil}}},
		{"3ayez 3elbet ezaz w tasa", []wantItem{{"BOX-GLS", 1, "", nil}, {"PAN-26", 1, "", nil}}},
		{"عايز ٤ طاسة وحلة جرانيت ٢٨", []wantItem{{"PAN-26", 4, "", nil}, {"POT-28", 1, "", nil}}},
	})
	checkCases(t, r, Inquiry, []itemCase{
		{"el tasa b kam? w mafrash el sofra 180?", []wantItem{{"PAN-26", 1, "", nil}, {"RUN-180", 1, "", []int{180}}}},
		{"الطاسة بكام؟ ومفرش السفرة ١٨٠؟", []wantItem{{"PAN-26", 1, "", nil}, {"RUN-180", 1, "", []int{180}}}},
	})
}

// TestRules_ServiceOfItsForm: a service the shop sells in a form of its
// own — delivery to a named city, the installation of a named kind of
// goods — beside the general one is that form when the customer names the
// city, or names the goods on another line: the installation said after
// a hood is the hood's, though the general visit's synonym is "تركيب"
// alone; "delivery to Alexandria" is the delivery to Alexandria.
func TestRules_ServiceOfItsForm(t *testing.T) {
	r := h20cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز شفاط ٦٠ سم فضي والتركيب", []wantItem{{"HOOD-60", 1, "فضي", nil}, {"INST-HOOD", 1, "", nil}}},
		{"3ayez shaffat 60 silver w el tarkeeb", []wantItem{{"HOOD-60", 1, "فضي", nil}, {"INST-HOOD", 1, "", nil}}},
		{"I need the 60 cm hood in silver and installation", []wantItem{{"HOOD-60", 1, "فضي", nil}, {"INST-HOOD", 1, "", nil}}},
		{"2 granite pots 28 in black, delivery to Alexandria", []wantItem{{"POT-28", 2, "أسود", nil}, {"DEL-ALX", 1, "", nil}}},
		{"عايز ٢ حلة جرانيت ٢٨ اسود والتوصيل لاسكندرية", []wantItem{{"POT-28", 2, "أسود", nil}, {"DEL-ALX", 1, "", nil}}},
		{"2 granite pots 28 in black, delivery to Cairo", []wantItem{{"POT-28", 2, "أسود", nil}, {"DEL", 1, "", nil}}},
	})
}

// TestRules_SizeTwoKindsShare: one size in centimetres that two products
// of one kind are made in, each with a word of its own ("round", "square")
// the customer did not say, chooses neither: the box asks which. A word
// said, or both sides said, chooses.
func TestRules_SizeTwoKindsShare(t *testing.T) {
	r := h20cRules(t)
	for _, text := range []string{"عايز ٢ صينية ٣٠ سم", "3ayez 2 sanya 30", "I need 2 trays 30 cm"} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || len(res.Items[0].Ambiguous) == 0 {
				t.Fatalf("%s: %+v, want one line asking round or square", text, res.Items)
			}
			skus := []string{res.Items[0].SKU}
			for _, c := range res.Items[0].Ambiguous {
				skus = append(skus, c.Product.SKU)
			}
			if !slices.Contains(skus, "TRAY-RND-30") || !slices.Contains(skus, "TRAY-SQ-30") {
				t.Errorf("%s: asks between %v, want the round and the square", text, skus)
			}
		})
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ صينية مربعة ٣٠", []wantItem{{"TRAY-SQ-30", 2, "", nil}}},
		{"عايز ٢ صينية مدورة ٣٠ سم", []wantItem{{"TRAY-RND-30", 2, "", nil}}},
		{"عايز ٢ صينية ٣٠ في ٣٠", []wantItem{{"TRAY-SQ-30", 2, "", nil}}},
	})
}

// TestRules_LackedWordChoosesAlone: a line whose best-scoring product
// lacks a word said, while a close one of its kind has it, is that one —
// also when a place word said for the goods ("للقلي", a word of the
// other's synonym) had made the two close: no question between the chosen
// product and itself.
func TestRules_LackedWordChoosesAlone(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PAN-26,طاسة تيفال 26 سم,Non-stick pan 26 cm,طاسة قلي تيفال,طاسات,piece,420,30,,
PAN-GRL,طاسة تيفال جريل 28 سم,Non-stick grill pan 28 cm,طاسة جريل,طاسات,piece,650,20,,
`, `طاسة, طاسه, tasa, pan
قلي, 2aly, frying
جريل, grill
`)
	checkCases(t, r, Order, []itemCase{
		{"عايز طاسة تيفال جريل للقلي", []wantItem{{"PAN-GRL", 1, "", nil}}},
	})
}

// TestRules_TheOneHaving: "اللي فيها X" (the one that has X) after goods
// says which of them, as a name's "بX" does: the kettle with a lamp,
// never the plain kettle and a lamp sold alone.
func TestRules_TheOneHaving(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KTL-1,غلاية كهربا عادية,Electric kettle,غلاية|غلاية كهربا,غلايات,piece,900,10,,أبيض|أسود
KTL-L,غلاية كهربا بلمبة ليد,Electric kettle with LED light,غلاية ليد|غلاية بنور,غلايات,piece,1300,5,,أبيض|أسود
LMP-1,لمبة فرن احتياطي,Spare oven lamp,لمبة الفرن,اكسسوارات,piece,90,20,,
`, `غلاية, غلايه, kettle
لمبة, لمبه, lamp
ليد, led
`)
	checkCases(t, r, Order, []itemCase{
		{"عايز الغلاية اللي فيها لمبة ليد", []wantItem{{"KTL-L", 1, "", nil}}},
		{"عايز غلاية كهربا اللي فيها لمبة", []wantItem{{"KTL-L", 1, "", nil}}},
	})
}

// TestRules_PlusJoinsService: "+" between a list's entries joins them as
// و does: the shop's service written after "+" in a message that asks
// nothing is ordered with the goods ("… + توصيل"), never a question
// about delivery that drops them.
func TestRules_PlusJoinsService(t *testing.T) {
	r := h20cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"٢ حلة جرانيت ٢٨ اسود + توصيل", []wantItem{{"POT-28", 2, "أسود", nil}, {"DEL", 1, "", nil}}},
		{"شفاط ٦٠ سم فضي + تركيب + توصيل", []wantItem{{"HOOD-60", 1, "فضي", nil}, {"INST-HOOD", 1, "", nil}, {"DEL", 1, "", nil}}},
	})
}
