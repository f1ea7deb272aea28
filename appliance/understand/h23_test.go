package understand

import (
	"context"
	"testing"

	"fatoora/catalog"
)

// Round 23's first-contact classes (branch h23), on a small garden
// centre of its own (none of the blind sets' catalogs or sentences):
// soil and pebbles by the cubic metre, fertiliser by the ton, a hose by
// the metre, sprayers in two capacities, shade net in two colours.
const h23CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOIL,تربة زراعية - متر مكعب,Garden soil per m³,تربة|طمي|تربة زراعية,تربة,piece,400,,,
PEBBLE,حصى زينة - متر مكعب,Decorative pebbles per m³,حصى|زلط زينة,تربة,piece,600,,,
UREA,سماد يوريا بالطن,Urea fertiliser per ton,سماد|يوريا|طن سماد,أسمدة,piece,16000,40,,
SEED,بذور نجيلة بالكيلو,Grass seed per kg,بذور|بذور نجيلة|كيلو بذور,بذور,piece,180,200,,
HOSE,خرطوم ري بالمتر,Garden hose per metre,خرطوم|خرطوم مية,ري,meter,15,,,
SPR-5,رشاشة ضغط 5 لتر,Pressure sprayer 5 L,رشاشة ضغط|رشاشة,أدوات,piece,350,20,,
SPR-8,رشاشة ضغط 8 لتر,Pressure sprayer 8 L,رشاشة ضغط 8,أدوات,piece,520,12,,
NET-G,شبك تظليل أخضر,Green shade net,شبك تظليل|شبكة تظليل,تظليل,piece,900,15,,
NET-B,شبك تظليل أسود,Black shade net,شبك تظليل اسود,تظليل,piece,950,10,,
CHAIR,كرسي جنينة,Garden chair,كرسي جنينة|كرسي حديقة,أثاث,piece,700,30,,
CHAIR-R,كرسي جنينة هزاز,Garden rocking chair,كرسي هزاز,أثاث,piece,1900,5,,
LIGHT-W,كشاف جنينة سلكي,Wired garden spotlight,كشاف جنينة|كشاف,إضاءة,piece,450,25,,
LIGHT-S,كشاف جنينة لاسلكي بالطاقة الشمسية,Solar garden spotlight,كشاف شمسي|كشاف جنينة لاسلكي,إضاءة,piece,800,10,,
`

const h23Vocab = `تربة, تربه, torba, soil
حصى, حصي, hasa, pebbles
خرطوم, خراطيم, khartoom, hose
سماد, asmida, fertiliser, fertilizer
رشاشة, رشاشه, sprayer
اخضر, green => أخضر
اسود, black => أسود
`

// TestRules_MetresOfGoodsPricedPerCubicMetre: a product whose name says
// it is priced per cubic metre takes the metres said of it as how many
// ("3 متر تربة": three m³, as Egyptian shops say a metre of sand or
// gravel), never a 3 m length of one; goods sold by the running metre
// keep their metres.
func TestRules_MetresOfGoodsPricedPerCubicMetre(t *testing.T) {
	r := rulesFrom(t, h23CSV, h23Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ متر تربة و ٢ متر حصى", []wantItem{{"SOIL", 3, "", []int{}}, {"PEBBLE", 2, "", []int{}}}},
		{"عايز مترين ونص تربة زراعية", []wantItem{{"SOIL", 2.5, "", []int{}}}},
		{"3ayez 4 metr torba w 10 metr khartoom", []wantItem{{"SOIL", 4, "", []int{}}, {"HOSE", 10, "", nil}}},
		{"I need 2 metres of soil", []wantItem{{"SOIL", 2, "", []int{}}}},
		{"عايز ٢ متر مكعب تربة", []wantItem{{"SOIL", 2, "", []int{}}}},
	})
}

// TestRules_FractionAfterWeight: the fraction said after a weight or the
// measure goods are priced per ("٢ طن ونص", "3 kilo w nos") belongs to the
// amount before it, before or after the goods.
func TestRules_FractionAfterWeight(t *testing.T) {
	r := rulesFrom(t, h23CSV, h23Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ طن ونص سماد", []wantItem{{"UREA", 2.5, "", nil}}},
		{"عايز سماد ٣ طن ونص", []wantItem{{"UREA", 3.5, "", nil}}},
		{"عايز ٢ طن الا ربع سماد", []wantItem{{"UREA", 1.75, "", nil}}},
		{"3ayez 3 kilo w nos bezoor", []wantItem{{"SEED", 3.5, "", nil}}},
	})
}

// TestRules_KindInTwoColoursOrCapacities: the words said name a kind the
// catalog has in two capacities or two colours, and one's synonym is just
// those words ("رشاشة ضغط" of the 5 L beside the 8 L, "شبك تظليل" of the
// green beside the black): the line asks which, never invoices the one
// the synonym names; the capacity or the colour said chooses it. The
// plain one of a kind ("كرسي جنينة" beside the rocking one) and one
// beside a type told by another word than a colour (a wired spotlight
// beside a wireless solar one) stay that one.
func TestRules_KindInTwoColoursOrCapacities(t *testing.T) {
	r := rulesFrom(t, h23CSV, h23Vocab)
	for _, text := range []string{"عايز رشاشة ضغط", "عايز ٢ شبك تظليل", "3ayez shabak tazleel", "I need a pressure sprayer"} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || len(res.Items[0].Ambiguous) == 0 || res.Items[0].Confidence >= 0.7 {
				t.Fatalf("want one line asking which, got %+v", res.Items)
			}
		})
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز رشاشة ضغط ٨ لتر", []wantItem{{"SPR-8", 1, "", nil}}},
		{"عايز ٢ شبك تظليل اسود", []wantItem{{"NET-B", 2, "", nil}}},
		{"عايز ٢ شبك تظليل اخضر", []wantItem{{"NET-G", 2, "", nil}}},
		{"عايز ٤ كرسي جنينة", []wantItem{{"CHAIR", 4, "", nil}}},
		{"عايز ٣ كشاف جنينة", []wantItem{{"LIGHT-W", 3, "", nil}}},
	})
}

// A car-parts shop whose names carry the car's model number.
const h23CarsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LAMP-301,فانوس أمامي بيجو 301,Peugeot 301 headlamp,فانوس بيجو 301,فوانيس,piece,3200,6,,
LAMP-508,فانوس أمامي بيجو 508,Peugeot 508 headlamp,فانوس بيجو 508,فوانيس,piece,5400,3,,
MIRROR-301,مراية جانبية بيجو 301,Peugeot 301 side mirror,مراية بيجو 301,مرايات,piece,1500,8,,أسود|فضي
WIPER,مساحات زجاج أمامي,Front wiper blades,مساحات|مساحة,مساحات,piece,250,40,,
`

// TestRules_ModelNumberAfterItsWord: a figure said right after a word the
// names give model numbers after ("بيجو 301"), as many digits as those,
// is a model, never how many: another model than the shop's is goods it
// may not have (no line of the other model), the model it has is that
// one, and a count after it stays a count.
func TestRules_ModelNumberAfterItsWord(t *testing.T) {
	r := rulesFrom(t, h23CarsCSV, "فانوس, فوانيس, fanoos, headlamp\nمراية, مرايه, meraya, mirror\nاسود, eswed, black => أسود\n")
	for _, text := range []string{"عايز مراية بيجو ٢٠٨ اسود", "3ayez meraya peugeot 208 eswed", "I need a black side mirror for a Peugeot 208", "عايز فانوس بيجو ٤٠٦"} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range res.Items {
				if it.SKU != "" {
					t.Fatalf("want no line of another model, got %+v", res.Items)
				}
			}
		})
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز فانوس بيجو ٥٠٨", []wantItem{{"LAMP-508", 1, "", nil}}},
		{"عايز فانوس بيجو 301 2", []wantItem{{"LAMP-301", 2, "", nil}}},
		{"عايز مساحات ومراية بيجو ٣٠١ فضي", []wantItem{{"WIPER", 1, "", nil}, {"MIRROR-301", 1, "فضي", nil}}},
	})
	checkCases(t, r, Order, []itemCase{
		{"عايز مساحات و مراية بيجو ٢٠٨", []wantItem{{"WIPER", 1, "", nil}, {"", 1, "", nil}}},
	})
}

// A car-parts shop's fitting, by the piece, for TestRules_ServiceOnTheGoodsSaid.
const h23FitCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TYRE,كاوتش 16 بوصة,16 inch tyre,كاوتش|كفر عربية|tyre,كاوتش,piece,3500,20,,
RIM,جنط ألومنيوم 16,Alloy rim 16,جنط|rim,جنوط,piece,4200,12,,فضي|أسود
BAL,ترصيص وزنية للفردة,Balancing per wheel,ترصيص|وزنية|balancing,خدمات,piece,60,,,
`

// TestRules_ServiceOnTheGoodsSaid: a service by the piece said with "on"
// or "for" and the goods' number after it ("وترصيص على الاتنين", "and
// balancing for both") is done on each of them: as many as the number,
// when it is the goods' count; "on one" stays one.
func TestRules_ServiceOnTheGoodsSaid(t *testing.T) {
	r := rulesFrom(t, h23FitCSV, "كاوتش, كوتش, kawetsh, tyre, tyres\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ كاوتش وترصيص على الاتنين", []wantItem{{"TYRE", 2, "", nil}, {"BAL", 2, "", nil}}},
		{"عايز ٤ كاوتش وترصيص على الاربعة", []wantItem{{"TYRE", 4, "", nil}, {"BAL", 4, "", nil}}},
		{"I need 2 tyres and balancing on both", []wantItem{{"TYRE", 2, "", nil}, {"BAL", 2, "", nil}}},
		{"عايز ٢ كاوتش وترصيص على واحد", []wantItem{{"TYRE", 2, "", nil}, {"BAL", 1, "", nil}}},
	})
}

// A school-supplies shop selling a set named with "و" beside its pieces,
// for TestRules_NameWithAndSaidWhole.
const h23SetCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GEO-SET,طقم مسطرة وبرجل هندسة,Ruler and compass set,طقم هندسة,أدوات هندسة,piece,120,30,,أزرق|أحمر
RULER,مسطرة 30 سم,30 cm ruler,مسطرة,أدوات هندسة,piece,15,100,,أزرق|أحمر
COMPASS,برجل معدن,Metal compass,برجل,أدوات هندسة,piece,60,40,,
`

// TestRules_NameWithAndSaidWhole: the words of a name holding "و" said
// from its head on ("طقم مسطرة وبرجل" of "طقم مسطرة وبرجل هندسة") are that
// one product, never a set and a second product after "and"; the pieces
// said without the set's head stay two lines.
func TestRules_NameWithAndSaidWhole(t *testing.T) {
	r := rulesFrom(t, h23SetCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ طقم مسطرة وبرجل ازرق", []wantItem{{"GEO-SET", 4, "أزرق", nil}}},
		{"عايز طقم مسطرة وبرجل هندسة احمر", []wantItem{{"GEO-SET", 1, "أحمر", nil}}},
		{"عايز ٢ مسطرة ازرق وبرجل", []wantItem{{"RULER", 2, "أزرق", nil}, {"COMPASS", 1, "", nil}}},
	})
}

// TestRules_ServiceForGoodsIsNoFamilyWord: a service's head said right
// before goods with "ل" ("وترصيص للكاوتش": balancing, for the tyres) is
// the service for them, never a family word of those goods set aside (the
// service's line dropped into the goods' line before it).
func TestRules_ServiceForGoodsIsNoFamilyWord(t *testing.T) {
	r := rulesFrom(t, h23FitCSV, "كاوتش, كوتش, kawetsh, tyre, tyres\n")
	res, err := r.Understand(context.Background(), "عايز كاوتش ٢ وترصيص للكاوتش")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 2 || res.Items[0].SKU != "TYRE" || res.Items[0].Quantity != catalog.MilliFromFloat(2) || res.Items[1].SKU != "BAL" {
		t.Fatalf("want 2 tyres and their balancing, got %+v", res.Items)
	}
}
