package understand

import (
	"context"
	"strings"
	"testing"
)

// Rounds 10 and 11's later classes, on a small shop of rugs, a runner by
// the metre, kids' beds and their mattresses: English words read as
// Franco, a quote asked in English, a reason told beside the order, a
// piece made in one size, a letter's blessings and a plural of a doubled
// root.
const round10cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RUG-ROUND,سجادة دائرية ٢٠٠,Round rug 200,سجادة مدورة|sagada modawara,rug,piece,2900,6,,رمادي|أوف وايت
RUNNER,ممشى طرقة عرض ٨٠,Hallway runner 80cm,ممشى|runner,rug,meter,260,60,,أحمر|بيج
EDGE,سرفلة أطراف,Edge binding,سرفلة|sorfela,accessory,meter,25,,,
BED,سرير أطفال نوفا,Nova kids bed,سرير نوفا|sereer nova,beds,piece,5200,10,MDF,أزرق|وردي
MAT,مرتبة أطفال,Kids mattress,martaba atfal,mattresses,piece,1900,10,,
GATE80,بوابة حديد مشغول ٨٠,Wrought iron gate 80,,gates,piece,6000,5,حديد,أسود|بني
GATE120,بوابة حديد مشغول ١٢٠,Wrought iron gate 120,,gates,piece,8000,5,حديد,أسود|بني
`

func round10cRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round10cCSV, "رمادي, rsasy, grey, gray => رمادي\nاحمر, a7mar, red => أحمر\nازرق, azra2, blue => أزرق\nوردي, bamby, pink => وردي\nاسود, eswed, black => أسود\nسرير, سراير, bed\n")
}

// TestRules_EnglishWordIsNoFrancoComplaint: an English word whose short
// consonant skeleton a complaint word shares ("sides" and صدي, "also" and
// لسه) is English; a Franco word with a letter English never spells (3 of
// ع) is still the complaint it says.
func TestRules_EnglishWordIsNoFrancoComplaint(t *testing.T) {
	r := round10cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"13 metres of edge binding for both sides", []wantItem{{"EDGE", 13, "", nil}}},
		{"a red runner 4 metres, also 8 metres of edge binding", []wantItem{{"RUNNER", 4, "أحمر", nil}, {"EDGE", 8, "", nil}}},
	})
	// with no colour spelt s-d to take the skeleton first: "said" is no صدي
	noBlack := rulesFrom(t, strings.Join(strings.Split(round10cCSV, "\n")[:6], "\n")+"\n", "ازرق, azra2, blue => أزرق\n")
	checkCases(t, noBlack, Order, []itemCase{
		{"as we said, 2 blue nova kids beds", []wantItem{{"BED", 2, "أزرق", nil}}},
	})
	for _, text := range []string{"el sereer nova feh 3eeb", "السرير نوفا فيه عيب"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil || res.Intent != Complaint {
			t.Errorf("%s: intent %s, want complaint (%v)", text, res.Intent, err)
		}
	}
}

// TestRules_QuoteAskedIsInquiry: "a quote for …" asks prices as "عرض سعر"
// does: an inquiry for the lines named; a quotation received is none.
func TestRules_QuoteAskedIsInquiry(t *testing.T) {
	r := round10cRules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"I'd like a quote for a hallway runner in red, 6.5 metres long, plus 13 metres of edge binding for both sides", []wantItem{{"RUNNER", 6.5, "أحمر", nil}, {"EDGE", 13, "", nil}}},
		{"quotation for 2 blue nova kids beds please", []wantItem{{"BED", 2, "أزرق", nil}}},
		{"ابعتلي عرض سعر لممشى احمر ٦ متر", []wantItem{{"RUNNER", 6, "أحمر", nil}}},
	})
	res, err := r.Understand(context.Background(), "Thanks, received the quotation 👍")
	if err != nil || res.Intent != Other {
		t.Errorf("quotation received: intent %s, want other (%v)", res.Intent, err)
	}
}

// TestRules_ReasonToldBesideOrder: a reason opened by "اصل" ("اصله",
// "اصلها": because he, she …) or what someone keeps saying ("امه بتقول …")
// that names nothing of the goods is told, not asked: the order is all
// read.
func TestRules_ReasonToldBesideOrder(t *testing.T) {
	r := round10cRules(t)
	for _, tc := range []itemCase{
		{"عايزة سجادة مدورة رمادي للصالون، اصل الصالون جديد والكنبة جاية الخميس", []wantItem{{"RUG-ROUND", 1, "رمادي", []int{200}}}},
		{"عايزة سرير نوفا ازرق للواد حفيدي اصله جاي يقعد معايا السنة دي، امه بتقول هاتي حاجة بسيطة", []wantItem{{"BED", 1, "أزرق", nil}}},
		{"I want a grey round rug because the living room is new", []wantItem{{"RUG-ROUND", 1, "رمادي", []int{200}}}},
	} {
		t.Run(tc.text, func(t *testing.T) { checkPlaced(t, r, tc.text, Order, tc.want) })
	}
	// a reason that names goods is no aside: "اصل السرير القديم …" still
	// has its word of the goods read
	res, err := r.Understand(context.Background(), "عايز مرتبة أطفال، اصل السرير نوفا اللي عندي محتاج مرتبة")
	if err != nil || res.Intent != Order || len(res.Items) == 0 {
		t.Errorf("reason naming goods: %+v (%v)", res, err)
	}
}

// TestRules_OneSizeNamedIsTheSize: a piece the shop makes in one size
// (no other product named the same but for its figure) chosen with no size
// said carries its name's size; a variant among sizes carries only the
// size said.
func TestRules_OneSizeNamedIsTheSize(t *testing.T) {
	r := round10cRules(t)
	checkCases(t, r, Order, []itemCase{
		{"سجادة مدورة رمادي", []wantItem{{"RUG-ROUND", 1, "رمادي", []int{200}}}},
		{"sagada modawara rsasy", []wantItem{{"RUG-ROUND", 1, "رمادي", []int{200}}}},
		{"one round rug in grey", []wantItem{{"RUG-ROUND", 1, "رمادي", []int{200}}}},
		{"بوابة حديد مشغول ١٢٠ اسود", []wantItem{{"GATE120", 1, "أسود", []int{120}}}},
	})
	res, err := r.Understand(context.Background(), "سرير نوفا ازرق")
	if err != nil || len(res.Items) != 1 || len(res.Items[0].DimsCM) != 0 {
		t.Errorf("a piece whose name gives no size has none: %+v (%v)", res.Items, err)
	}
}

// TestRules_LetterBlessings: the basmala opening a letter and "جزاكم الله
// خيرا" closing it are set formulae; a committee's "تتشرف … بطلب" and "نرجو
// من سيادتكم" are its request; the salutation after the basmala is the
// letter's, never a product ("السادة" no plain colour, "معرض السجاد" no rug).
func TestRules_LetterBlessings(t *testing.T) {
	r := round10cRules(t)
	for _, tc := range []itemCase{
		{"بسم الله الرحمن الرحيم\nالسادة المحترمين، نرجو من سيادتكم توريد عدد ٦ أسرّة أطفال نوفا باللون الوردي، وعدد ٦ مراتب أطفال. وجزاكم الله خيرا",
			[]wantItem{{"BED", 6, "وردي", nil}, {"MAT", 6, "", nil}}},
		{"بسم الله الرحمن الرحيم، السادة معرض السجاد، تتشرف لجنة المسجد بطلب سجادة مدورة رمادي عدد ٢، وجزاكم الله خيرا",
			[]wantItem{{"RUG-ROUND", 2, "رمادي", []int{200}}}},
	} {
		t.Run(tc.text, func(t *testing.T) { checkPlaced(t, r, tc.text, Order, tc.want) })
	}
}

// TestRules_DoubledRootPlural: the plurals of a فعيل noun whose last root
// letter is doubled (سرير): Egypt's "سراير", and the standard "أسرّة" —
// read as beds only when counted, for without its shadda it is written
// as "الأسرة" (the family) is.
func TestRules_DoubledRootPlural(t *testing.T) {
	r := rulesFrom(t, round10cCSV, "ازرق, azra2, blue => أزرق\nوردي, bamby, pink => وردي\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ أسرّة نوفا ازرق", []wantItem{{"BED", 3, "أزرق", nil}}},
		{"عايز ٣ اسرة نوفا ازرق", []wantItem{{"BED", 3, "أزرق", nil}}},
		{"٢ سراير نوفا وردي", []wantItem{{"BED", 2, "وردي", nil}}},
		{"عايز مرتبة أطفال للأسرة", []wantItem{{"MAT", 1, "", nil}}},
	})
	// the same with the vocabulary grouping the noun's spellings
	checkCases(t, round10cRules(t), Order, []itemCase{
		{"توريد عدد ٦ أسرّة أطفال نوفا وردي", []wantItem{{"BED", 6, "وردي", nil}}},
	})
}

// A shower and garden shop for the word classes of rounds 10 and 11.
const round10cShowerCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DOOR,باب شاور مفصلي,Pivot shower door,باب شاور,glass,piece,6200,5,سيكوريت,
FIX,سيكوريت ثابت ٨ مم,Fixed tempered glass 8mm,زجاج ثابت,glass,sqm,1450,,سيكوريت,شفاف|مصنفر
SEAL,كاوتش مانع تسريب,Glass seal strip,كاوتش,hardware,meter,45,200,PVC,
PERG,برجولة حديد وخشب,Steel and wood pergola,برجولة,shade,sqm,2600,,حديد وخشب,بني|أسود
TRAMP,ترامبولين ٨ قدم بشبكة,Trampoline 8ft with net,ترامبولين,play,piece,8900,30,,
UMB,شمسية روف ٣ متر,Roof umbrella 3m,شمسية,shade,piece,3900,7,,بيج|رمادي
SAIL,شراع مثلث,Triangle shade sail,شراع,shade,piece,1200,20,,بيج|رمادي
`

func round10cShowerRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round10cShowerCSV, "مصنفر, sanded, frosted => مصنفر\nبني, bonni, brown => بني\nبيج, beige => بيج\n")
}

// TestRules_BesideItIsTheNextPiece: "وجنبه" (and beside it) names the next
// piece as "و" does: the fixed panel beside a door is its own line.
func TestRules_BesideItIsTheNextPiece(t *testing.T) {
	r := round10cShowerRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز باب شاور مفصلي واحد وجنبه ثابت مصنفر ٩٠ في ٢٠٠، وكاوتش ٤ متر", []wantItem{{"DOOR", 1, "", nil}, {"FIX", 1.8, "مصنفر", []int{90, 200}}, {"SEAL", 4, "", nil}}},
		{"باب شاور وجمبه زجاج ثابت شفاف ١٠٠ في ٢٠٠", []wantItem{{"DOOR", 1, "", nil}, {"FIX", 2, "شفاف", []int{100, 200}}}},
	})
}

// TestRules_ArticleInsideAnd: "والخشب" said of a name's "وخشب" is the same
// word, the article said ("البرجولة الحديد والخشب").
func TestRules_ArticleInsideAnd(t *testing.T) {
	r := round10cShowerRules(t)
	checkPlaced(t, r, "عايز البرجولة الحديد والخشب البني ٤ في ٣", Order, []wantItem{{"PERG", 12, "بني", []int{400, 300}}})
}

// TestRules_ListHeadingAndWhoFor: a list's heading "المطلوب:" and whom the
// goods are for in brackets ("(حضانة النور)") are placed, no line.
func TestRules_ListHeadingAndWhoFor(t *testing.T) {
	r := round10cShowerRules(t)
	checkPlaced(t, r, "مقاول: فندق الكرنك. المطلوب: باب شاور ٢٤، كاوتش ٤٨ متر", Order, []wantItem{{"DOOR", 24, "", nil}, {"SEAL", 48, "", nil}})
	checkPlaced(t, r, "ترامبولين عدد ٤ (حضانة النور)", Order, []wantItem{{"TRAMP", 4, "", nil}})
	checkPlaced(t, r, "4 trampolines for the nursery", Order, []wantItem{{"TRAMP", 4, "", nil}})
}

// TestRules_WhatItBears: a question of what a product bears beside its
// price ("وبيستحمل وزن كام؟") asks nothing else to be sold; a weight said
// ("وزن ١٠٠ كيلو") is never how many.
func TestRules_WhatItBears(t *testing.T) {
	r := round10cShowerRules(t)
	checkPlaced(t, r, "الترامبولين ٨ قدم بكام؟ وبيستحمل وزن كام", Inquiry, []wantItem{{"TRAMP", 1, "", nil}})
	checkCases(t, r, Order, []itemCase{
		{"٢ ترامبولين ٨ قدم بيستحمل وزن ١٠٠ كيلو", []wantItem{{"TRAMP", 2, "", nil}}},
		{"ترامبولين ٨ قدم وزن ٢٠ كيلو", []wantItem{{"TRAMP", 1, "", nil}}},
	})
}

// TestRules_LooseIsADefect: goods received "loose" is a complaint, in
// English as "مفكوك" is in Arabic.
func TestRules_LooseIsADefect(t *testing.T) {
	r := round10cShowerRules(t)
	for _, text := range []string{"We received the shower door but the hinge is loose", "باب الشاور وصل بس المفصلة مفكوكة"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil || res.Intent != Complaint {
			t.Errorf("%s: intent %s, want complaint (%v)", text, res.Intent, err)
		}
	}
}

// TestRules_PlaceAloneIsWhere: a place one product's name has ("شمسية
// روف": a roof umbrella) said alone ("للروف بتاع بنتي", "يعاين الروف") is
// where the goods go or the visit is, never that product; with the
// product's head noun it is the product.
func TestRules_PlaceAloneIsWhere(t *testing.T) {
	r := round10cShowerRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايزة للروف بتاع بنتي شراع مثلث بيج ٢", []wantItem{{"SAIL", 2, "بيج", nil}}},
		{"عايز شمسية روف بيج", []wantItem{{"UMB", 1, "بيج", nil}}},
		{"roof umbrella in beige", []wantItem{{"UMB", 1, "بيج", nil}}},
	})
	res, err := r.Understand(context.Background(), "ممكن حد ييجي يعاين الروف في المعادي؟")
	if err != nil || r.anyKnown(res.Items) {
		t.Errorf("a visit to the roof: items %+v (%v)", res.Items, err)
	}
}

// TestRules_ThereIsAskedAfter: "X فيه؟" asks whether X is there, as "فيه
// X؟" does: an inquiry, the count said after it kept.
func TestRules_ThereIsAskedAfter(t *testing.T) {
	r := round10cShowerRules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"شراع مثلث بيج فيه؟ عايز ٢", []wantItem{{"SAIL", 2, "بيج", nil}}},
		{"فيه شراع مثلث بيج؟", []wantItem{{"SAIL", 1, "بيج", nil}}},
	})
}
