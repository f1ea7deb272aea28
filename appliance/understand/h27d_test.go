package understand

import (
	"slices"
	"testing"
)

// A stationery shop whose vocabulary keeps each noun's broken plural in a
// group of its own, apart from the singular's ("دفتر, daftar" and
// "دفاتر, dafater"), as shops write them; a set names its count.
const h27dStationeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NB-SPR,دفتر سلك A4,Spiral notebook A4,دفتر سلك,دفاتر,piece,45,200,ورق,أزرق|أحمر
NB-HARD,دفتر جلد,Hardcover notebook,دفتر جلد صناعي,دفاتر,piece,120,50,جلد صناعي,أسود|بني
NB-SET,طقم 5 دفاتر مدرسي,Set of 5 school notebooks,دفاتر مدرسة,أطقم,piece,190,30,ورق,أزرق
CASE-1,مقلمة قماش,Fabric pencil case,مقلمة,مقالم,piece,60,80,قماش,أزرق|وردي
ORG-3,منظم مكتب 3 مقالم,Desk organiser 3 cases,منظم 3 مقالم,منظمات,piece,150,20,خشب,بني
`

const h27dStationeryVocab = `دفتر, كشكول, daftar
دفاتر, كشاكيل, dafater
مقلمة, ma2lama
مقالم, ma2alem
ازرق, زرقا, blue, azra2 => أزرق
`

// TestRules_PluralGroupApart: a noun's broken plural the vocabulary
// groups apart from its singular (each group's unit its own spelling) is
// still the noun said of several: "عايز دفاتر" is no greeting, "10 دفاتر
// سلك" the spiral notebook ×10, never the set whose name says دفاتر.
func TestRules_PluralGroupApart(t *testing.T) {
	r := rulesFrom(t, h27dStationeryCSV, h27dStationeryVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز 10 دفاتر سلك زرقا", []wantItem{{"NB-SPR", 10, "أزرق", nil}}},
		{"محتاج ٣ كشاكيل جلد اسود", []wantItem{{"NB-HARD", 3, "أسود", nil}}},
		{"عايز 3 مقالم قماش زرقا", []wantItem{{"CASE-1", 3, "أزرق", nil}}},
		{"3ayez 3 ma2alem 2omash azra2", []wantItem{{"CASE-1", 3, "أزرق", nil}}},
		{"عايز ٤ مقالم قماش وردي و٢ دفاتر سلك احمر", []wantItem{{"CASE-1", 4, "وردي", nil}, {"NB-SPR", 2, "أحمر", nil}}},
	})
	for _, text := range []string{"عايز دفاتر", "عايز مقالم"} {
		res := understandText(t, r, text)
		if res.Intent != Order || len(res.Items) == 0 {
			t.Errorf("%q: intent %v items %v, want an order of the goods asked which", text, res.Intent, res.Items)
		}
	}
}

// A tableware shop: a mug sold single and in a set of six, and a coffee
// set that holds six mugs among other things.
const h27dMugCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MUG-1,مج سيراميك,Ceramic mug,مج,مجات,piece,60,300,سيراميك,أبيض|أسود
MUG-6,طقم 6 مج سيراميك,Set of 6 ceramic mugs,طقم مجات,مجات,piece,330,40,سيراميك,أبيض|أسود
COF-6,طقم قهوة 6 مج سيراميك وصينية,Coffee set 6 mugs with tray,طقم قهوة,أطقم,piece,750,10,سيراميك,أبيض
CUP-1,فنجان قهوة بورسلين,Porcelain coffee cup,فنجان بورسلين,فناجين,piece,80,100,بورسلين,أبيض|أسود
CUP-6,طقم 6 فنجان قهوة بورسلين,Set of 6 porcelain coffee cups,طقم فناجين,فناجين,piece,420,20,بورسلين,أبيض
`

const h27dMugVocab = `مج, ماج, mug, mag
سيراميك, seramik, ceramic
طقم, set, ta2m
ابيض, بيضا, white, abyad => أبيض
فنجان, cup, fengan
`

// TestRules_CountOfASet: a count said of goods the shop also sells as a
// set of that many ("6 مج سيراميك" beside "طقم 6 مج سيراميك"), no set
// word said, is asked: six mugs or the set of six. Another count is the
// single goods, and a count no whole number of sets ("8 coffee cups"
// beside a set of 6) leaves the set no rival; the set word said is the
// set.
func TestRules_CountOfASet(t *testing.T) {
	r := rulesFrom(t, h27dMugCSV, h27dMugVocab)
	for _, text := range []string{"عايز 6 مج سيراميك ابيض", "محتاجة ٦ ماج سيراميك بيضا", "3ayez 6 mug seramik abyad", "I need 6 white ceramic mugs"} {
		if got := linesAsked(understandText(t, r, text)); !slices.Equal(got, []string{"MUG-1", "MUG-6"}) {
			t.Errorf("%q: lines asked %v, want [MUG-1 MUG-6]", text, got)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز 4 مج سيراميك ابيض", []wantItem{{"MUG-1", 4, "أبيض", nil}}},
		{"I need 4 white ceramic mugs", []wantItem{{"MUG-1", 4, "أبيض", nil}}},
		{"I need 8 coffee cups in white", []wantItem{{"CUP-1", 8, "أبيض", nil}}},
		{"عايز طقم 6 مج سيراميك ابيض", []wantItem{{"MUG-6", 1, "أبيض", nil}}},
	})
}

// A kitchenware shop: two pots and a pressure cooker the catalog files
// with the pots (its category "حلل"), a pan in a category of its own.
const h27dPotCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POT-SS,حلة ستانلس,Stainless pot,حلة استانلس,حلل,piece,450,20,ستانلس,فضي|أسود
POT-GR,حلة جرانيت,Granite pot,حلة جرانيت 24,حلل,piece,650,15,جرانيت,أحمر|أسود
PC-6,قدرة ضغط 6 لتر,Pressure cooker 6 L,قدرة ضغط,حلل,piece,1200,8,ألومنيوم,أحمر|فضي
PAN-1,طاسة تيفال,Non-stick pan,طاسة,طاسات,piece,300,30,تيفال,أحمر|أسود
`

const h27dPotVocab = `حلة, حلل, 7ala, pot
احمر, حمرا, red, a7mar => أحمر
اسود, سودا, black, eswed => أسود
`

// TestRules_ColourLeavesCategoryKin: the kind said by its category's
// word ("حلة" of the category "حلل") and a colour that leaves one product
// named so: the category's other goods made in that colour, whose names
// do not say the word ("قدرة ضغط"), are that kind too, asked between,
// never the one invoiced. The goods' own word said still chooses; goods
// of another category in the colour are none.
func TestRules_ColourLeavesCategoryKin(t *testing.T) {
	r := rulesFrom(t, h27dPotCSV, h27dPotVocab)
	for _, text := range []string{"عايز حلة حمرا", "3ayez 7ala a7mar", "I need a pot in red"} {
		if got := linesAsked(understandText(t, r, text)); !slices.Equal(got, []string{"PC-6", "POT-GR"}) {
			t.Errorf("%q: lines asked %v, want [PC-6 POT-GR]", text, got)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز حلة جرانيت حمرا", []wantItem{{"POT-GR", 1, "أحمر", nil}}},
		{"عايز قدرة ضغط حمرا", []wantItem{{"PC-6", 1, "أحمر", nil}}},
	})
}

// A camping shop: tents named by the persons they sleep, and a rope of
// polypropylene ("بولي") whose consonants Franco "people" spells.
const h27dCampCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TENT-2,خيمة 2 أفراد,Tent 2 persons,خيمة صغيرة,خيام,piece,900,10,نايلون,أخضر|أزرق
TENT-4,خيمة 4 أفراد,Tent 4 persons,خيمة عائلية,خيام,piece,1600,8,نايلون,أخضر|أزرق
ROPE-P,حبل بولي,Poly rope,حبل,حبال,meter,6,,بولي,أصفر
`

const h27dCampVocab = `خيمة, خيمه, tent, kheima
اخضر, green, a5dar => أخضر
`

// TestRules_EnglishPeopleIsNoFranco: English "people" counting the
// persons a piece is for is the catalog's "persons", never a Franco
// spelling of another word ("بولي"): the tent for four is invoiced, with
// nothing it lacks.
func TestRules_EnglishPeopleIsNoFranco(t *testing.T) {
	r := rulesFrom(t, h27dCampCSV, h27dCampVocab)
	checkCases(t, r, Order, []itemCase{
		{"I need 2 tents for 4 people in green", []wantItem{{"TENT-4", 2, "أخضر", nil}}},
		{"Please send 1 tent for 2 people, blue, and 20 m of poly rope", []wantItem{{"TENT-2", 1, "أزرق", nil}, {"ROPE-P", 20, "", nil}}},
	})
	for _, text := range []string{"I need 2 tents for 4 people in green", "2 tents 4 persons green"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || len(res.Items[0].Lacks) > 0 || len(res.Items[0].Ambiguous) > 0 {
			t.Errorf("%q: items %+v, want the 4-person tent, lacking nothing", text, res.Items)
		}
	}
}

// A curtain shop.
const h27dCurtainCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CUR-BO,ستارة بلاك اوت,Blackout curtain,بلاك اوت,ستائر,meter,220,,بوليستر,بيج|رمادي|كحلي
CUR-SH,ستارة شيفون,Chiffon sheer,شيفون,ستائر,meter,140,,شيفون,أبيض|أوف وايت
`

const h27dCurtainVocab = `ستارة, ستاره, ستائر, ستاير, curtain
رمادي, رصاصي, grey => رمادي
`

// TestRules_NotTheSameAfterDelivery: goods that came and are "not the
// same" ("مش نفس", "مش زي") as what they should match are a complaint,
// though no defect word is said; an order asking for goods not the same
// colour as something stays an order.
func TestRules_NotTheSameAfterDelivery(t *testing.T) {
	r := rulesFrom(t, h27dCurtainCSV, h27dCurtainVocab)
	for _, tc := range []struct {
		text string
		want Intent
	}{
		{"الستاير وصلت لونها مش نفس لون العينة خالص", Complaint},
		{"استلمت الشيفون امبارح وطلع مش زي اللي اخترته", Complaint},
		{"عايز ١٠ متر بلاك اوت رمادي مش نفس لون الكنب", Order},
	} {
		if got := understandText(t, r, tc.text).Intent; got != tc.want {
			t.Errorf("%q: intent %v, want %v", tc.text, got, tc.want)
		}
	}
}
