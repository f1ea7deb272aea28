package understand

import (
	"context"
	"testing"
)

// A kitchen-fittings, paving and bedding shop written for issue 14's
// line-level classes (rounds 5 and 6): pieces that go on other pieces
// (handles and hinges on cabinets), products named by a thickness in mm and
// sold by area, a bed with pillows and quilts, blinds sold by area and a
// remote that runs several.
const linesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAB,دولاب حيطة,Wall cabinet,دولاب معلق,دواليب,piece,3500,10,خشب,أبيض|جوز
HND,مقبض دولاب,Cabinet handle,مقبض|يد دولاب,اكسسوارات,piece,60,500,ألومنيوم,فضي|أسود
HNG,مفصلة هيدروليك,Soft-close hinge,مفصلات,اكسسوارات,piece,45,900,ستانلس,
SHELF,رف زجاج,Glass shelf,رفوف,اكسسوارات,piece,150,100,زجاج,
BED,سرير معدن,Metal bed,سراير,سراير,piece,4000,10,حديد,أسود|أبيض
PIL,مخدة قطن,Cotton pillow,مخدات,مفروشات,piece,200,100,قطن,
QLT,لحاف شتوي,Winter quilt,لحف,مفروشات,piece,900,40,,أبيض|رمادي
PAV60,انترلوك 60 مم,Interlock pavers 60 mm,انترلوك ٦٠,رصف,sqm,180,,خرسانة,رمادي|أحمر
PAV80,انترلوك 80 مم,Interlock pavers 80 mm,انترلوك ٨٠,رصف,sqm,230,,خرسانة,رمادي|أحمر
ROLL,ستارة رول,Roller blind,رول,ستاير,sqm,650,,بوليستر,أبيض|رمادي
RMT,ريموت ستارة,Blind remote,ريموت|remote,ستاير,piece,450,30,,أبيض|أسود
LIN,قماش كتان,Linen fabric,كتان,أقمشة,meter,180,,كتان,بيج|أبيض
VEL,قماش قطيفة,Velvet fabric,قطيفة,أقمشة,meter,260,,قطيفة,كحلي|بيج
UMB3,شمسية 3 متر,Umbrella 3 m,شمسية ٣ متر,شماسي,piece,4900,12,,بيج|رمادي
UMB2,شمسية 2 متر,Umbrella 2 m,شمسية ٢ متر,شماسي,piece,3200,12,,بيج|رمادي
CURB,بلدورة خرسانة,Concrete kerb,بلدورة,رصف,piece,95,400,خرسانة,رمادي
LUNA,كرسي لونا,Luna chair,لونا|luna,كراسي,piece,900,10,,أسود|أبيض
LUNA2,كرسي لونا 2,Luna 2 chair,لونا 2|luna 2,كراسي,piece,1300,10,,أسود|أبيض
RAIL,درابزين ألومنيوم,Aluminium railing,درابزين,درابزين,meter,850,,ألومنيوم,أسود|فضي
VAN80,وحدة حوض ميلانو 80 سم,Milano vanity unit 80 cm,ميلانو 80,وحدات,piece,9000,5,MDF,أبيض|جوز
VAN100,وحدة حوض ميلانو 100 سم,Milano vanity unit 100 cm,ميلانو 100,وحدات,piece,11000,5,MDF,أبيض|جوز
WCV,قاعدة فيترا,Vitra toilet,فيترا|vitra,قواعد,piece,5200,5,بورسلين,أبيض
SEC,باب مصفح تيتان,Titan security door,تيتان|titan,أبواب,piece,18000,3,صاج,بني|أسود
TRK,مجرى ستارة,Curtain track,مجرى|magra,مجاري,meter,120,,ألومنيوم,أبيض|فضي
TRK2,مجرى دبل,Double curtain track,مجرى دبل,مجاري,meter,190,,ألومنيوم,أبيض|فضي
STB,بوكس تخزين,Storage box,box,تخزين,piece,700,20,قماش,رمادي|بيج
DOOR,باب شقة خشب,Flat door,باب خشب,أبواب,piece,6000,10,خشب,أبيض|جوز
`

func linesRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, linesCSV, "ابيض, وايت, abyad => أبيض\nاسود, بلاك => أسود\nفضي, سيلفر => فضي\nاحمر, red => أحمر\nجوز, walnut => جوز\nمصفح, security door\nبوكس, box\n")
}

// TestRules_ThicknessInName: a thickness in mm a name gives chooses the
// product and, when no side is said, is the line's one dimension; the
// metres said beside it are how much, no side of it.
func TestRules_ThicknessInName(t *testing.T) {
	r := linesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز انترلوك ٨٠ مم احمر ٤٥ متر للجراج", []wantItem{{"PAV80", 45, "أحمر", []int{8}}}},
		{"انترلوك 60 مم رمادي 120 متر مربع", []wantItem{{"PAV60", 120, "رمادي", []int{6}}}},
		{"3ayez antarlok 60 mm ramadi 30 metr", []wantItem{{"PAV60", 30, "رمادي", []int{6}}}},
		{"I need 70 sqm of the 80 mm interlock pavers in red", []wantItem{{"PAV80", 70, "أحمر", []int{8}}}},
		// a place's sides said: they are the dimensions
		{"انترلوك ٦٠ مم رمادي لجنينة ٥ في ٤", []wantItem{{"PAV60", 20, "رمادي", []int{500, 400}}}},
	})
}

// TestRules_EachOfAPiece: a distributive over pieces of a product counted
// before ("وكل دولاب عايزله …") gives every line said after it one for
// each piece, its own count times theirs; a line said to be one only is
// not shared out.
func TestRules_EachOfAPiece(t *testing.T) {
	r := linesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ دواليب حيطة جوز، وكل دولاب عايزله ٢ مفصلات ومقبض فضي", []wantItem{{"CAB", 4, "جوز", nil}, {"HNG", 8, "", nil}, {"HND", 4, "فضي", nil}}},
		{"٤ دواليب حيطة ابيض ولكل دولاب ٣ رفوف زجاج", []wantItem{{"CAB", 4, "أبيض", nil}, {"SHELF", 12, "", nil}}},
		{"٢ سرير معدن اسود، وفي كل سرير مخدتين قطن ولحاف رمادي", []wantItem{{"BED", 2, "أسود", nil}, {"PIL", 4, "", nil}, {"QLT", 2, "رمادي", nil}}},
		{"3ayez 5 dolab 7eta abyad w kol dolab 2 mafasel", []wantItem{{"CAB", 5, "أبيض", nil}, {"HNG", 10, "", nil}}},
		{"عايز ٢ سرير معدن اسود وكل سرير عليه ٢ مخدة قطن", []wantItem{{"BED", 2, "أسود", nil}, {"PIL", 4, "", nil}}},
		// each piece's size is no distributive of lines
		{"٣ دواليب حيطة ابيض كل دولاب ٦٠ في ٨٠", []wantItem{{"CAB", 3, "أبيض", []int{60, 80}}}},
		{"عايز ٢ سرير معدن اسود وكل سرير معاه لحاف رمادي", []wantItem{{"BED", 2, "أسود", nil}, {"QLT", 2, "رمادي", nil}}},
		{"5 white wall cabinets, and for each cabinet 2 hinges and a black handle", []wantItem{{"CAB", 5, "أبيض", nil}, {"HNG", 10, "", nil}, {"HND", 5, "أسود", nil}}},
		{"3 walnut wall cabinets; every cabinet needs 4 hinges", []wantItem{{"CAB", 3, "جوز", nil}, {"HNG", 12, "", nil}}},
		// one only, and a line after a new request, are not for each
		{"٣ دواليب حيطة جوز، كل دولاب عايز له مقبض اسود، ومفصلات ٢ بس", []wantItem{{"CAB", 3, "جوز", nil}, {"HND", 3, "أسود", nil}, {"HNG", 2, "", nil}}},
		{"٣ دواليب حيطة جوز وكل دولاب ٢ مفصلات، وعايز كمان ٥ رفوف زجاج", []wantItem{{"CAB", 3, "جوز", nil}, {"HNG", 6, "", nil}, {"SHELF", 5, "", nil}}},
		// after its line the cue looks back, as before
		{"٣ دواليب حيطة جوز ومقبض اسود لكل دولاب", []wantItem{{"CAB", 3, "جوز", nil}, {"HND", 3, "أسود", nil}}},
	})
	// no product counted before: "كل" asks the price of each
	checkCases(t, r, Inquiry, []itemCase{
		{"كل دولاب حيطة بكام؟", []wantItem{{"CAB", 1, "", nil}}},
	})
}

// TestRules_EachOfFrancoPlaces: Franco places counted then "kol wa7ed" or
// the place again, a size for each.
func TestRules_EachOfFrancoPlaces(t *testing.T) {
	r := linesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"3ayez setara rol abyad 3 shebabik kol wa7ed 1 x 1.5", []wantItem{{"ROLL", 4.5, "أبيض", []int{100, 150}}}},
		{"3ayez setara rol ramadi 2 owad kol oda 2 x 2", []wantItem{{"ROLL", 8, "رمادي", []int{200, 200}}}},
		{"عايز رول ابيض لشباكين كل واحد ١٢٠ في ١٥٠", []wantItem{{"ROLL", 3.6, "أبيض", []int{120, 150}}}},
	})
}

// TestRules_NotMeant: what the customer sets aside is no line, nor a line
// named again after the contrast, nor the thing a reason clause says they
// have; "the one with" and a unit after a contrasted figure are its words.
func TestRules_NotMeant(t *testing.T) {
	r := linesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٨ متر كتان بيج، لا مش القطيفة، الكتان العادي", []wantItem{{"LIN", 8, "بيج", nil}}},
		{"I need 8 m of beige linen, not the velvet, the linen", []wantItem{{"LIN", 8, "بيج", nil}}},
		{"عايز شمسية ٣ متر بيج، لا مش ام ٢ متر", []wantItem{{"UMB3", 1, "بيج", nil}}},
		{"عايز ٤٠ متر انترلوك ٦٠ مم رمادي، من غير بلدورة عشان البلدورة عندي", []wantItem{{"PAV60", 40, "رمادي", nil}}},
		{"عايز ٤ كراسي موديل لونا العادي (مش لونا ٢ عشان غالي) اسود", []wantItem{{"LUNA", 4, "أسود", nil}}},
		{"3ayez 4 karasy luna el 3adi msh luna 2 eswed", []wantItem{{"LUNA", 4, "أسود", nil}}},
	})
}

// TestRules_EnglishCompounds: a hyphenated pair of words is one word's
// parts, a bed's trade size beside "size" is placed, and "with the …"
// naming words the line's product lacks is a line of its own.
func TestRules_EnglishCompounds(t *testing.T) {
	r := linesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"I need 6 soft-close hinges", []wantItem{{"HNG", 6, "", nil}}},
		{"a white wall cabinet with the glass shelf please", []wantItem{{"CAB", 1, "أبيض", nil}, {"SHELF", 1, "", nil}}},
	})
	checkPlaced(t, r, "How much is the black metal bed in queen size?", Inquiry, []wantItem{{"BED", 1, "أسود", nil}})
}

// TestRules_AmountsInRunOns: a length opening an English sentence is the
// next line's ("… Also 12 m of the …"), English spellings meet, a place's
// area under a possessive is the line's amount, and a count shared out by
// where each goes ("واحد للأوضة وواحد للضيوف") counts nothing more.
func TestRules_AmountsInRunOns(t *testing.T) {
	r := linesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"I'd like 3 white wall cabinets. Also 12 m of the beige linen please", []wantItem{{"CAB", 3, "أبيض", nil}, {"LIN", 12, "بيج", nil}}},
		{"I need 6 m of black aluminum railing", []wantItem{{"RAIL", 6, "أسود", nil}}},
		{"عايز انترلوك ٦٠ مم رمادي للجراج، مساحته ٣٥ متر مربع", []wantItem{{"PAV60", 35, "رمادي", nil}}},
		{"عايز ٢ سرير معدن اسود، واحد لأوضة الولاد وواحد لأوضة الضيوف، و٤ مخدات قطن", []wantItem{{"BED", 2, "أسود", nil}, {"PIL", 4, "", nil}}},
		{"2 black metal beds, one for the kids room and one for the guest room", []wantItem{{"BED", 2, "أسود", nil}}},
		{"3ayez 2 sereer ma3dan eswed, wa7ed lel oda w wa7ed lel balkona", []wantItem{{"BED", 2, "أسود", nil}}},
	})
}

// TestRules_EnglishAndFrancoLines: a count and a colour opening an English
// entry are that entry's; a name ending in a generic word ("vanity unit")
// is said without it; "too" is filler; "el fatoura" is the invoice, not a
// product its consonants spell; a word of a name the vocabulary reads in a
// phrase is still the name's ("the Titan door"); a Franco synonym that
// spells its product's Arabic word is that word ("magra double").
func TestRules_EnglishAndFrancoLines(t *testing.T) {
	r := linesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"we need 12 cotton pillows, 4 white quilts and 2 metal beds in black", []wantItem{{"PIL", 12, "", nil}, {"QLT", 4, "أبيض", nil}, {"BED", 2, "أسود", nil}}},
		{"ana 3ayez 2 mafasel w 3 rofoof, eb3atli el fatoura", []wantItem{{"HNG", 2, "", nil}, {"SHELF", 3, "", nil}}},
		{"3ayez 4 metr magra double abyad", []wantItem{{"TRK2", 4, "أبيض", nil}}},
		{"3ayez 4 metr magra abyad", []wantItem{{"TRK", 4, "أبيض", nil}}},
	})
	checkCases(t, r, Inquiry, []itemCase{
		{"How much is the Titan door?", []wantItem{{"SEC", 1, "", nil}}},
	})
	checkPlaced(t, r, "I'd like the Milano vanity 100 cm in walnut and a wall cabinet, walnut too", Order,
		[]wantItem{{"VAN100", 1, "جوز", nil}, {"CAB", 1, "جوز", nil}})
}

// TestRules_TwoLinesOfOneFamily: a second line told apart by the figure in
// its name alone ("و٨٠ مم احمر …"), two sizes of one piece product ("اتنين
// مقاس ٩٠ وواحد مقاس ٧٠"), and a second product "على نفس المقاس" with the
// size said again (one size, not two) or after a size (no pack of it).
func TestRules_TwoLinesOfOneFamily(t *testing.T) {
	r := linesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز انترلوك ٦٠ مم رمادي ٤٠ متر للجراج، و٨٠ مم احمر ٢٥ متر للممر", []wantItem{{"PAV60", 40, "رمادي", []int{6}}, {"PAV80", 25, "أحمر", []int{8}}}},
		{"باب شقة خشب جوز ٣ مقاس ٩٠ وواحد مقاس ٨٠ للمطبخ", []wantItem{{"DOOR", 3, "جوز", []int{90}}, {"DOOR", 1, "جوز", []int{80}}}},
		{"سرير معدن اسود ١٦٠ في ٢٠٠ ولحاف رمادي على نفس المقاس ١٦٠ في ٢٠٠", []wantItem{{"BED", 1, "أسود", []int{160, 200}}, {"QLT", 1, "رمادي", []int{160, 200}}}},
		{"سرير معدن اسود ١٦٠ في ٢٠٠ وبوكس تخزين رمادي", []wantItem{{"BED", 1, "أسود", []int{160, 200}}, {"STB", 1, "رمادي", nil}}},
	})
}

// TestRules_RequestWords: "نطلب" asks as "اطلب" does, and a dative after a
// request ("عايز له") points at the place just said; both are placed.
func TestRules_RequestWords(t *testing.T) {
	r := linesRules(t)
	cases := []itemCase{
		{"ممكن نطلب ٣ دواليب حيطة جوز و٦ مفصلات", []wantItem{{"CAB", 3, "جوز", nil}, {"HNG", 6, "", nil}}},
		{"الجراج ٦ في ٥ متر عايز له انترلوك ٦٠ مم رمادي", []wantItem{{"PAV60", 30, "رمادي", []int{600, 500}}}},
	}
	checkCases(t, r, Order, cases)
	for _, tt := range cases {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Unexplained) > 0 {
			t.Errorf("%s: unexplained %v, want none", tt.text, res.Unexplained)
		}
	}
}

// TestRules_EnglishDestination: what English goods are for, after a line
// was named, is not ordered ("hinges for the kitchen cabinets"); a quote
// for a product still asks for it (a price asked, as "ابعتلي عرض سعر" is:
// an inquiry).
func TestRules_EnglishDestination(t *testing.T) {
	r := linesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"I need 6 hinges and 6 silver handles for the kitchen cabinets", []wantItem{{"HNG", 6, "", nil}, {"HND", 6, "فضي", nil}}},
	})
	checkCases(t, r, Inquiry, []itemCase{
		{"please send me a quote for the Milano vanity 80 cm in white", []wantItem{{"VAN80", 1, "أبيض", []int{80}}}},
	})
}

// TestRules_TalkAroundLines: "وابقى" (and then) is no product a typo away
// ("واقي"), "شفت الموديلات" is placed talk, "جيت" (I came) is no product
// whose longer name begins with it ("جيت واي"), and "فيه منه …؟" asks.
func TestRules_TalkAroundLines(t *testing.T) {
	r := rulesFrom(t, linesCSV+"PROT,واقي مرتبة,Mattress protector,واقي,مفروشات,piece,550,10,,\nHUB,هاب سمارت,Smart hub,جيت واي,أنظمة,piece,1200,5,,\n",
		"اسود, بلاك => أسود\nجوز, walnut => جوز\nبيج => بيج\n")
	cases := []itemCase{
		{"عايز ٢ سرير معدن اسود وواقي مرتبة واحد، وابقى ابعتلي الحساب", []wantItem{{"BED", 2, "أسود", nil}, {"PROT", 1, "", nil}}},
		{"شفت الموديلات امبارح، عايز ٣ دواليب حيطة جوز", []wantItem{{"CAB", 3, "جوز", nil}}},
		{"انا اللي جيت امبارح، عايز ٢ سرير معدن اسود", []wantItem{{"BED", 2, "أسود", nil}}},
	}
	checkCases(t, r, Order, cases)
	for _, tt := range cases {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Unexplained) > 0 {
			t.Errorf("%s: unexplained %v, want none", tt.text, res.Unexplained)
		}
	}
	// "فيه منه …؟": is there some of it in a colour, a question
	checkCases(t, r, Inquiry, []itemCase{{"قماش الكتان فيه منه بيج؟", []wantItem{{"LIN", 1, "بيج", nil}}}})
}

// TestRules_OneForAll: a place after "في" is where the windows are, and a
// line said "واحد بس" that "runs them all" is one, not one per window;
// the verb of what it does is placed.
func TestRules_OneForAll(t *testing.T) {
	r := linesRules(t)
	text := "عندي ٣ شبابيك في المكتب كل شباك ١٢٠ في ١٥٠، عايز عليهم رول ابيض، وريموت واحد بس ابيض يشغلهم كلهم"
	checkCases(t, r, Order, []itemCase{{text, []wantItem{{"ROLL", 5.4, "أبيض", []int{120, 150}}, {"RMT", 1, "أبيض", nil}}}})
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) > 0 {
		t.Errorf("unexplained %v, want none", res.Unexplained)
	}
}
