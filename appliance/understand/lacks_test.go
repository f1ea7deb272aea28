package understand

import (
	"context"
	"slices"
	"testing"
)

// A shop of one kind in several versions: roller blinds plain, blackout
// and motorised; laminate Turkish and German; adhesives plain, flexible
// and for marble.
const kindsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RB-PLAIN,ستارة رول,Roller blind,رول,رول,sqm,400,,بوليستر,أبيض|بيج
RB-BO,ستارة رول بلاك اوت,Blackout roller blind,رول بلاك اوت,رول,sqm,600,,بوليستر,أبيض|بيج
RB-MOT,ستارة رول بموتور,Motorised roller blind,رول موتور,رول,sqm,1200,,بوليستر,أبيض
LAM-TR,باركيه لامينيت تركي,Turkish laminate,باركيه تركي,باركيه,sqm,300,,HDF,بلوط
LAM-DE,باركيه لامينيت ألماني,German laminate,باركيه الماني,باركيه,sqm,450,,HDF,بلوط
GLUE,لاصق سيراميك,Tile adhesive,لاصق,لاصق,piece,120,,,
GLUE-FLEX,لاصق فليكس للبورسلين,Flexible porcelain adhesive,لاصق فليكس,لاصق,piece,220,,,
GLUE-MARBLE,لاصق ابيض للرخام,White marble adhesive,لاصق رخام,لاصق,piece,260,,,
`

func kindsRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, kindsCSV, "ابيض, وايت => أبيض\n")
}

// TestRules_LacksWhatWasSaid: a line lacks only a word the customer said
// of it as a thing wanted: not a word under a negation ("من غير موتور"),
// a letter left of a contraction ("what's"), a function word, a room, or
// "عادي" said of how it is used.
func TestRules_LacksWhatWasSaid(t *testing.T) {
	r := kindsRules(t)
	for _, tt := range []struct {
		text, sku string
	}{
		{"عايز ستارة رول بلاك اوت ابيض من غير موتور", "RB-BO"},
		{"3ayez setara roll black out abyad men gher motor", "RB-BO"},
		{"what's the price of a blackout roller blind?", "RB-BO"},
		{"ستارة رول بلاك اوت بيج للاوضة والحمام التاني", "RB-BO"},
		{"ستارة رول بلاك اوت بيج، هشدها بالايد عادي", "RB-BO"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) == 0 || res.Items[0].SKU != tt.sku || len(res.Items[0].Lacks) > 0 {
				t.Errorf("%s: want %s lacking nothing, got %+v", tt.text, tt.sku, res.Items)
			}
		})
	}
	// what the customer said and the shop lacks is still said, and no
	// product of the kind is taken for it
	for _, text := range []string{"عايز ستارة رول شيفون", "عايز ستارة رول بموتور شيفون"} {
		res, _ := r.Understand(context.Background(), text)
		if len(res.Items) == 0 || len(res.Items[0].Lacks) == 0 && len(res.Unexplained) == 0 {
			t.Errorf("%s: a chiffon roller blind the shop lacks was read as carried: %+v", text, res)
		}
	}
}

// A living-room shop: sofas and chairs of one material each, leather and
// marble sold by themselves, and the one thing named "office" a safe.
const modifiersCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOFA,كنبة مودرن,Modern sofa,كنبه,انتريه,piece,9000,,قماش,رمادي|بيج
CH-DIN,كرسي سفرة,Dining chair,,سفرة,piece,1500,,زان,بني|أسود
TBL,ترابيزة قهوة,Coffee table,,انتريه,piece,2500,,خشب,بني
LEATHER,جلد طبيعي,Genuine leather,جلد بقري,أقمشة,metre,1300,,جلد,أسود|هافان
MARBLE,رخام كرارة,Carrara marble,,رخام,sqm,1800,,رخام,أبيض
SAFE,خزنة مكتب,Office safe,,خزن,piece,8000,,حديد,رمادي
`

// TestRules_ModifierIsNoLine: a material said right after a head noun
// ("كنبة جلد") and English describing words before one ("office chair",
// "leather sofa") say what kind of thing is asked — one line lacking that
// word (offered as a substitute, never invoiced), not a second product.
func TestRules_ModifierIsNoLine(t *testing.T) {
	r := rulesFrom(t, modifiersCSV, "")
	for _, tt := range []struct {
		text, sku, lacks string
	}{
		{"عايز كنبة جلد رمادي", "SOFA", "جلد"},
		{"محتاج ترابيزة رخام للصالة", "TBL", "رخام"},
		{"3ayez kanaba gild", "SOFA", "gild"},
		{"I'd like a leather sofa in grey", "SOFA", "leather"},
		{"Do you have an office chair?", "CH-DIN", "office"},
		{"2 marble coffee tables please", "TBL", "marble"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || res.Items[0].SKU != tt.sku {
				t.Fatalf("want one line %s, got %+v", tt.sku, res.Items)
			}
			if got := res.Items[0].Lacks; len(got) != 1 || got[0] != tt.lacks {
				t.Errorf("want it to lack %q, got %q", tt.lacks, got)
			}
		})
	}
	// what is not a kind: a destination, a list with و, a separator
	checkCases(t, r, "", []itemCase{
		{"4 dining chairs for the office, black", []wantItem{{sku: "CH-DIN", qty: 4, color: "أسود"}}},
		{"عايز كنبة رمادي و ٣ متر جلد طبيعي اسود", []wantItem{{sku: "SOFA", qty: 1, color: "رمادي"}, {sku: "LEATHER", qty: 3, color: "أسود"}}},
		{"a grey sofa, and genuine leather in black", []wantItem{{sku: "SOFA", qty: 1, color: "رمادي"}, {sku: "LEATHER", qty: 1, color: "أسود"}}},
	})
}

// A fabric shop names its goods under one noun ("قماش …") and sells the
// same kinds ready-made by the piece; customers name the kind alone.
const fabricKindsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FB-VOILE,قماش فوال سادة,Plain voile fabric,,أقمشة,meter,90,,بوليستر,أبيض|سكري
FB-DIM,قماش ديم أوت,Dim-out fabric,,أقمشة,meter,160,,بوليستر,بيج|رمادي
FB-LIN,قماش لينن,Linen fabric,,أقمشة,meter,200,,كتان,بيج|زيتي
CUR-VOILE,ستارة جاهزة فوال,Ready voile curtain,,جاهز,piece,350,,بوليستر,أبيض
CUR-DIM,ستارة جاهزة ديم أوت,Ready dim-out curtain,,جاهز,piece,500,,بوليستر,بيج
FLR-OAK,باركيه بلوط,Oak parquet,,أرضيات,sqm,400,,HDF,بلوط
SKR-OAK,وزرة بلوط,Oak skirting,,أرضيات,meter,60,,MDF,بلوط
`

// TestRules_KindSaidAlone: a measured amount of a kind said without the
// shop's head noun ("٨ متر فوال") is a line of the product sold by measure
// among those of that kind, each such amount its own line; where the
// measure fits several (a floor and its skirting, "متر" being also a
// square metre) it is no line at all.
func TestRules_KindSaidAlone(t *testing.T) {
	r := rulesFrom(t, fabricKindsCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايزة ٦ متر فوال ابيض", []wantItem{{sku: "FB-VOILE", qty: 6, color: "أبيض"}}},
		{"عايزة ٦ متر فوال ابيض و٤ متر ديم أوت بيج", []wantItem{{sku: "FB-VOILE", qty: 6, color: "أبيض"}, {sku: "FB-DIM", qty: 4, color: "بيج"}}},
		{"3ayza 6 metr fwal abyad", []wantItem{{sku: "FB-VOILE", qty: 6, color: "أبيض"}}},
	})
	res, err := r.Understand(context.Background(), "عايز ٢٥ متر بلوط")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.SKU != "" {
			t.Errorf("25 m of oak is a floor or a skirting; got %s", it.SKU)
		}
	}
}

// A kitchen shop that writes one of its kitchens "دولاب مطبخ …" (kitchen
// cabinets) and the others "مطبخ …", beside wardrobes (دولاب ملابس) and
// chairs for the office and the dining room.
const kindPrefixCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
K-ACR,مطبخ أكريليك لامع,High-gloss acrylic kitchen,مطبخ اكريلك,مطابخ,meter,14200,,أكريليك,أبيض|رمادي
K-BEECH,مطبخ خشب زان,Beech wood kitchen,دولاب مطبخ زان|وحدات مطبخ زان,مطابخ,meter,19800,,زان,طبيعي|رمادي
W-HINGE,دولاب ملابس ضلف,Hinged wardrobe,دولاب ضلف,دواليب,sqm,5200,,MDF,أبيض|بيج
C-OFFICE,كرسي مكتب جلد,Leather office chair,كرسي مكتب,كراسي,piece,3200,5,جلد,أسود
C-DINING,كرسي سفرة زان,Beech dining chair,كرسي سفرة,كراسي,piece,1800,20,زان,بني
D-DESK,مكتب خشب,Wooden desk,مكتب,مكاتب,piece,4000,3,MDF,بني
`

// TestRules_KindPrefixIsNotLacked: a noun the shop writes before the
// head noun of one product of a kind ("دولاب مطبخ زان") is its word for
// the whole kind: "دولاب مطبخ اكريليك" is the acrylic kitchen, not a
// substitute of the beech one. A word after the head still tells products
// apart: "كرسي مكتب زان" is no dining chair, and two materials said are
// still a substitute.
func TestRules_KindPrefixIsNotLacked(t *testing.T) {
	r := rulesFrom(t, kindPrefixCSV, "ابيض, وايت, abyad => أبيض\nاكريليك, اكريلك, acrylic => أكريليك\n")
	for _, tt := range []struct {
		text, sku string
		qty       float64
	}{
		{"عايز دولاب مطبخ اكريليك ٣ متر رمادي", "K-ACR", 3},
		{"بكام دولاب المطبخ الاكريليك المتر؟", "K-ACR", 1},
		{"3ayez dolab matbakh acrylic 3 metr", "K-ACR", 3},
		{"عايز دولاب مطبخ زان ٣ متر طبيعي", "K-BEECH", 3},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || res.Items[0].SKU != tt.sku || res.Items[0].Quantity.Float() != tt.qty || len(res.Items[0].Lacks) > 0 {
				t.Errorf("%s: want %s × %v lacking nothing, got %+v", tt.text, tt.sku, tt.qty, res.Items)
			}
		})
	}
	// a white one, a colour the beech kitchen is not made in, still
	// scores the white wardrobe (head noun دولاب) first: it lacks the
	// kitchen and the acrylic, so alternatives, never a wardrobe invoiced
	for text, right := range map[string]string{"عايز كرسي مكتب زان": "", "عايز دولاب مطبخ زان اكريليك": "", "عايز دولاب مطبخ اكريليك ٣ متر ابيض": "K-ACR"} {
		res, _ := r.Understand(context.Background(), text)
		if len(res.Items) == 0 || res.Items[0].SKU != right && len(res.Items[0].Lacks) == 0 && len(res.Unexplained) == 0 {
			t.Errorf("%s: what the shop lacks was read as carried: %+v", text, res.Items)
		}
	}
}

// TestRules_FrancoWeIsAnd: Franco writes و as "we" too: between goods and
// goods or a count it is "and", the measure before it the first line's;
// English "we" before its verb is the customer.
func TestRules_FrancoWeIsAnd(t *testing.T) {
	r := rulesFrom(t, kindPrefixCSV, "رمادي, ramady, grey => رمادي\n")
	for text, want := range map[string][]string{
		"3ayez matbakh acrylic ramady 3 metr we korsy sofra":   {"K-ACR 3", "C-DINING 1"},
		"3ayez matbakh acrylic ramady 3 metr we 2 korsy sofra": {"K-ACR 3", "C-DINING 2"},
		"we need the acrylic kitchen in grey, 3 metres":        {"K-ACR 3"},
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, it := range res.Items {
			got = append(got, it.SKU+" "+it.Quantity.String())
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", text, got, want)
		}
	}
}

// A furniture shop whose only sofas are a corner sofa and a sofa bed,
// whose dressing room is also called "غرفة ملابس", and whose beds are its
// "نوم" section.
const seatsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CORNER,ركنة حرف U,U-shaped corner sofa,ركنه كبيرة|كنبة ركنة يو,ليفنج,piece,39500,5,زان,رمادي|بيج
SOFABED,كنبة سرير,Sofa bed,كنبه سرير,ليفنج,piece,15600,5,زان,رمادي|بيج
DRESSING,دريسنج روم مفتوح,Open dressing room,دريسنج|غرفة ملابس,دواليب,sqm,7800,,أرو,
BED,سرير مودرن 180 سم,Modern bed 180 cm,سرير كينج,نوم,piece,21400,2,زان,بيج
HEATER,سخان كهربا 50 لتر,Electric heater 50 litres,سخان 50,سخانات,piece,6400,4,,
CURTAIN,ستاير قطيفة,Velvet curtains,ستارة قطيفة,أقمشة,sqm,900,,قطيفة,
`

// TestRules_WhatTheCustomerWantsItToHave: a figure of seats, a section
// word or an English compound that no name of the product found has is
// something the customer wants it to have: never set aside, so the
// product is not invoiced as if asked ("كنبة ٣ مقاعد" is no sofa bed, "a
// 3 seater sofa" no corner sofa, "غرفة نوم" no dressing room). A time
// after a figure ("بقاله عشرين سنة") is still set aside.
func TestRules_WhatTheCustomerWantsItToHave(t *testing.T) {
	r := rulesFrom(t, seatsCSV, "بيج, beige, bej => بيج\n")
	for _, text := range []string{
		"عايز كنبة ٣ مقاعد بيج",
		"3ayez kanaba 3 ma2aed beige",
		"I want a 3 seater sofa in beige",
		"I want a 3-seater sofa in beige",
		"I want two three seater sofas, beige",
		"عايز غرفة نوم كاملة",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Unexplained) == 0 && (len(res.Items) == 0 || len(res.Items[0].Lacks) == 0) {
				t.Errorf("%s: read as carried, nothing lacked or left unexplained: %+v", text, res.Items)
			}
		})
	}
	for text, want := range map[string]string{
		"السخان الكهربا اللي في الحمام ده بقاله عشرين سنة وخلاص مات، عايز واحد جديد خمسين لتر": "HEATER 1",
		"I need two 50-litre electric heaters": "HEATER 2",
		"عايز كنبة سرير بيج":                   "SOFABED 1",
		"عايز سرير كينج بيج لاوضة النوم":       "BED 1",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU+" "+res.Items[0].Quantity.String() != want || len(res.Items[0].Lacks) > 0 || len(res.Unexplained) > 0 {
			t.Errorf("%s: want %s, all explained, got %+v unexplained %v", text, want, res.Items, res.Unexplained)
		}
	}
}

// TestRules_NumberWordOfAName: an English number word in a name ("with two
// drawers") is the name's figure, indexed as its digits: before the head
// noun it still counts ("two nightstands" is two), after "with" it is the
// name's part. A two-letter stem and ي is a word of its own ("مرتبة طبي":
// a medical mattress, no "my طب"), left for a person when no name has it.
func TestRules_NumberWordOfAName(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NIGHT,كومودينو بدرجين,Nightstand with two drawers,كومدينو,نوم,piece,2350,14,زان,بيج|أبيض
CHEST,شيفونيرة 5 أدراج,Chest of 5 drawers,شوفنيرة,نوم,piece,7400,3,زان,أبيض
MATT,مرتبة سوست 180 سم,Spring mattress 180 cm,مرتبه سوست,نوم,piece,9300,10,سوست,
`, "ابيض, white => أبيض\nبيج, beige => بيج\n")
	checkCases(t, r, Order, []itemCase{
		{"I want two nightstands in white", []wantItem{{"NIGHT", 2, "أبيض", nil}}},
		{"I want three white nightstands with 2 drawers", []wantItem{{"NIGHT", 3, "أبيض", nil}}},
		{"I want 3 nightstands with two drawers in white", []wantItem{{"NIGHT", 3, "أبيض", nil}}},
	})
	res, err := r.Understand(context.Background(), "I want a nightstand with two drawers in white")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "NIGHT" || res.Items[0].Quantity.Float() != 1 {
		t.Errorf("the name's own two drawers read as a line or a count: %+v", res.Items)
	}
	res, _ = r.Understand(context.Background(), "عايز مرتبة طبي ١٨٠")
	if !slices.Contains(res.Unexplained, "طبي") {
		t.Errorf("a medical mattress read as the spring one, طبي placed: %+v, unexplained %v", res.Items, res.Unexplained)
	}
}

// TestRules_PartCountNoNameHas: a count of a part the shop's names count
// ("كنبة 3 مقاعد", "صالون 7 مقاعد") that no name gives ("كنبة ٢ مقعد") is
// what the product found lacks, never its 3-seat sofa silently.
func TestRules_PartCountNoNameHas(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOFA3,كنبة 3 مقاعد,Three-seat sofa,كنبة كبيرة,انتريهات,piece,17500,6,زان,بيج|رمادي
SALON,صالون مودرن 7 مقاعد,Seven-seat salon,طقم صالون,انتريهات,piece,58000,1,زان,بيج
`, "بيج, beige => بيج\n")
	for _, text := range []string{"عايز كنبة ٢ مقعد بيج", "عايز صالون ٥ مقاعد"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || len(res.Items[0].Lacks) == 0 {
			t.Errorf("%s: a count of seats no name has, read as carried: %+v", text, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز كنبة ٣ مقاعد بيج", []wantItem{{"SOFA3", 1, "بيج", nil}}},
		{"عايز ٢ كنبة ٣ مقاعد بيج", []wantItem{{"SOFA3", 2, "بيج", nil}}},
	})
}

// TestRules_CountOfAPairProduct: a product whose name says one is a pair
// ("(الجوز)", "(pair)") counted in pieces ("٤ مخدات": four pairs, or
// two?) is for a person to confirm; counted in pairs it is clear.
func TestRules_CountOfAPairProduct(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PIL,مخدة فايبر سيليكون 50×70 (الجوز),Silicone fibre pillow 50x70 (pair),مخدة فايبر|مخدات فايبر,مخدات,piece,450,40,فايبر,
`, "")
	res, err := r.Understand(context.Background(), "عايزة ٤ مخدات فايبر")
	if err != nil {
		t.Fatal(err)
	}
	if res.Confidence >= 0.6 {
		t.Errorf("four pillows of a pair product read surely: %.2f %+v", res.Confidence, res.Items)
	}
	checkCases(t, r, Order, []itemCase{
		{"عايزة ٢ جوز مخدات فايبر", []wantItem{{"PIL", 2, "", nil}}},
		{"عايزة جوزين مخدات فايبر", []wantItem{{"PIL", 2, "", nil}}},
		{"I need 2 pairs of fibre pillows", []wantItem{{"PIL", 2, "", nil}}},
	})
	for _, text := range []string{"عايزة ٢ جوز مخدات فايبر", "I need 2 pairs of fibre pillows"} {
		if res, _ := r.Understand(context.Background(), text); res.Confidence < 0.6 {
			t.Errorf("%s: pairs counted, still unsure: %.2f", text, res.Confidence)
		}
	}
}

// TestRules_CorrectionToTheOtherOne: a correction whose object is "the
// other one" ("لا استنى خليه التاني", "make it the other one") names no
// product: never the first one invoiced, a person reads it.
func TestRules_CorrectionToTheOtherOne(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TNK-500,خزان مياه بلاستيك 500 لتر,Plastic water tank 500 L,خزان نص طن,خزانات,piece,2600,8,,
TNK-1000,خزان مياه بلاستيك 1000 لتر,Plastic water tank 1000 L,خزان طن,خزانات,piece,4200,5,,
`, "")
	for _, text := range []string{
		"عايز خزان ٥٠٠ لتر واحد.. لا استنى خليه التاني",
		"3ayez khazan 500 litr.. la khaleeh el tany",
		"I want the 500 L tank.. no wait, make it the other one",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Unexplained) == 0 {
			t.Errorf("%s: 'the other one' read as nothing: %+v", text, res.Items)
		}
	}
}
