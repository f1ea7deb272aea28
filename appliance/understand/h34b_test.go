package understand

import (
	"slices"
	"testing"
)

// Round 34's first-contact class (branch h34b): goods the message names
// that several products fit, invoiced as one of them. Each on a small
// catalog of its own (none of the blind sets' catalogs or sentences).

type h34bCase struct {
	text string
	want []string // linesAsked, sorted
}

func checkH34b(t *testing.T, r *Rules, cases []h34bCase) {
	t.Helper()
	for _, tc := range cases {
		res := understandText(t, r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, tc.want) {
			t.Errorf("%q: lines %v, want %v", tc.text, got, tc.want)
		}
	}
}

// h34bUniformCSV: a uniform shop selling a medical coat in sizes M, L, XL
// written as letters, the shop's vocabulary giving the medium size's
// group ("ميديم, وسط, medium, m"), whose shortest member is the metre's
// letter.
const h34bUniformCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
COAT-M,بالطو طبي مقاس M,Medical coat size M,بالطو M|بالطو ميديم,بالطوهات,piece,400,10,قطن,أبيض|أزرق
COAT-L,بالطو طبي مقاس L,Medical coat size L,بالطو L|بالطو لارج,بالطوهات,piece,400,10,قطن,أبيض|أزرق
COAT-XL,بالطو طبي مقاس XL,Medical coat size XL,بالطو XL,بالطوهات,piece,420,10,قطن,أبيض|أزرق
`

const h34bUniformVocab = `بالطو, بلاطي, coat, balto
ميديم, وسط, medium, m
لارج, large, l
ابيض, أبيض, white, abyad => أبيض
`

// TestRules_SizeLetterGroupNoMetre: a vocabulary group of a garment size
// whose shortest member is its letter ("m") keeps the size's word: the
// letter is never read as the metre, so "بالطو M" stays the medium coat's
// own name and a coat said with no size is asked among the sizes, never
// the medium one by default.
func TestRules_SizeLetterGroupNoMetre(t *testing.T) {
	r := rulesFrom(t, h34bUniformCSV, h34bUniformVocab)
	all := []string{"COAT-L", "COAT-M", "COAT-XL"}
	checkH34b(t, r, []h34bCase{
		{"عايز بالطو ابيض", all},
		{"3ayez balto abyad", all},
		{"I need a white coat", all},
		{"عايز بالطو ابيض مقاس M", []string{"COAT-M"}},
		{"عايز بالطو ميديم ابيض", []string{"COAT-M"}},
		{"I need a white coat size medium", []string{"COAT-M"}},
	})
}

// h34bBakeryCSV: a bakery selling butter croissants small and large by the
// piece, and a wholesale tray whose name states its minimum (50 pieces).
const h34bBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CRS-S,كرواسون زبدة صغير,Small butter croissant,كرواسون صغير,مخبوزات,piece,15,100,,
CRS-L,كرواسون زبدة كبير,Large butter croissant,كرواسون كبير,مخبوزات,piece,25,100,,
CRS-BULK,كرواسون زبدة جملة للمحلات (حد أدنى 50 قطعة),Wholesale butter croissant (minimum 50 pieces),كرواسون جملة,مخبوزات,piece,12,,,
`

const h34bBakeryVocab = `كرواسون, كرواسان, croissant, croissants, korwason
زبدة, زبده, butter, zebda
`

// TestRules_MinimumInName: goods whose own name states a minimum quantity
// are never chosen for fewer ("٦ كرواسون زبدة": the small or the large,
// asked; never the tray of fifty and up), and over it stay a choice.
func TestRules_MinimumInName(t *testing.T) {
	r := rulesFrom(t, h34bBakeryCSV, h34bBakeryVocab)
	checkH34b(t, r, []h34bCase{
		{"عايز ٦ كرواسون زبدة", []string{"CRS-L", "CRS-S"}},
		{"3ayez 6 korwason zebda", []string{"CRS-L", "CRS-S"}},
		{"I need 6 butter croissants", []string{"CRS-L", "CRS-S"}},
		{"عايز ٦ كرواسون زبدة كبير", []string{"CRS-L"}},
	})
	res := understandText(t, r, "عايز ٦٠ كرواسون جملة")
	if got := linesAsked(res); !slices.Equal(got, []string{"CRS-BULK"}) {
		t.Errorf("٦٠ كرواسون جملة: lines %v, want the wholesale tray (over its minimum)", got)
	}
}

// h34bSofaCSV: a cleaning company washing sofas by the seat in three
// kinds, filed under the category "غسيل كنب", the shop's synonym of the
// plain kind being that category's own name.
const h34bSofaCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOFA-FAB,غسيل كنب قماش (للمقعد),Fabric sofa washing (per seat),غسيل كنب|غسيل كنبة قماش,غسيل كنب,piece,80,,,
SOFA-VEL,غسيل كنب قطيفة (للمقعد),Velvet sofa washing (per seat),غسيل كنبة قطيفة,غسيل كنب,piece,100,,,
SOFA-LEA,غسيل كنب جلد (للمقعد),Leather sofa washing (per seat),غسيل كنبة جلد|تنظيف جلد,غسيل كنب,piece,120,,,
CARPET,غسيل سجاد (بالمتر),Carpet washing (per m²),,غسيل سجاد,sqm,30,,,
`

const h34bSofaVocab = `كنب, كنبة, كنبه, كنبات, sofa, kanaba
غسيل, اغسل, washing, wash, ghaseel
قطيفة, قطيفه, velvet
جلد, leather, geld
`

// TestRules_CategorySynonymNoDefault: a shop's synonym that is the
// category's own name ("غسيل كنب" of the fabric wash, filed under "غسيل
// كنب" with the velvet and leather washes) is the family's label, no
// default of one kind: which kind, asked. A kind said is chosen.
func TestRules_CategorySynonymNoDefault(t *testing.T) {
	r := rulesFrom(t, h34bSofaCSV, h34bSofaVocab)
	all := []string{"SOFA-FAB", "SOFA-LEA", "SOFA-VEL"}
	checkH34b(t, r, []h34bCase{
		{"عايز غسيل كنب", all},
		{"3ayez ghaseel kanaba", all},
		{"عايز غسيل كنب جلد", []string{"SOFA-LEA"}},
	})
}

// h34bCoverCSV: a phone-accessory shop selling a screen protector singly
// and in a box of three, the single's synonym leaving out its own word.
const h34bCoverCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SCR-1,لزقة حماية شاشة,Screen protector,حماية شاشة|لزقة شاشة,اكسسوارات,piece,50,40,,
SCR-3,علبة 3 لزقات حماية شاشة,Box of 3 screen protectors,علبة لزقات,اكسسوارات,piece,130,20,,
COVER,جراب سيليكون,Silicone cover,جراب,اكسسوارات,piece,80,30,,
`

const h34bCoverVocab = `لزقة, لزقات, لزقه, sticker, lazza
شاشة, شاشه, screen, shasha
حماية, حمايه, protector, 7emaya
`

// TestRules_SingleOrBoxUnsaid: goods sold singly and in a box of several
// of them, the customer saying neither the box nor the single's own word
// ("عايز حماية شاشة"): which one, asked; "لزقة حماية شاشة" is the single,
// "علبة لزقات" the box.
func TestRules_SingleOrBoxUnsaid(t *testing.T) {
	r := rulesFrom(t, h34bCoverCSV, h34bCoverVocab)
	both := []string{"SCR-1", "SCR-3"}
	checkH34b(t, r, []h34bCase{
		{"عايز حماية شاشة", both},
		{"3ayez 7emaya shasha", both},
		{"عايز لزقة حماية شاشة", []string{"SCR-1"}},
		{"2 lazza 7emaya shasha", []string{"SCR-1"}},
	})
}

// h34bJuiceCSV: a juice shop selling mango juice and fruit salad in small
// and large.
const h34bJuiceCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MANGO-S,عصير مانجا صغير,Small mango juice,مانجا صغير,عصائر,piece,25,,,
MANGO-L,عصير مانجا كبير,Large mango juice,مانجا كبير,عصائر,piece,40,,,
SALAD-S,سلطة فواكه صغيرة,Small fruit salad,فواكه صغيرة,سلطات,piece,30,,,
SALAD-L,سلطة فواكه كبيرة,Large fruit salad,فواكه كبيرة,سلطات,piece,50,,,
`

const h34bJuiceVocab = `مانجا, مانجو, mango
صغير, صغيرة, صغيره, small, soghayar
كبير, كبيرة, كبيره, large, kebir
فواكه, fruit, fawakeh
سلطة, سلطه, salad, salata
`

// TestRules_SizeFollowsItsNoun: a size adjective follows the noun it
// describes: "عصير مانجا وسلطة فواكه كبيرة" is a large fruit salad and a
// mango juice whose size is asked, never a large juice.
func TestRules_SizeFollowsItsNoun(t *testing.T) {
	r := rulesFrom(t, h34bJuiceCSV, h34bJuiceVocab)
	checkH34b(t, r, []h34bCase{
		{"عايز عصير مانجا وسلطة فواكه كبيرة", []string{"MANGO-L", "MANGO-S", "SALAD-L"}},
		{"3ayez 3asir mango we salata fawakeh kebira", []string{"MANGO-L", "MANGO-S", "SALAD-L"}},
		{"عايز عصير مانجا كبير وسلطة فواكه كبيرة", []string{"MANGO-L", "SALAD-L"}},
	})
}
