package understand

import "testing"

// Branch h38m, on catalogs of their own (none of round 38's names or
// sentences): a paint shop, a pharmacy and a hardware store.
const h38mPaintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PAINT-G,جالون دهان بلاستيك,Plastic paint gallon,جالون|بلاستيك,دهانات,piece,450,30,,أبيض|رمادي|بيج
BRUSH,فرشة دهان,Paint brush,فرشة,أدوات,piece,40,50,,
`

const h38mPaintVocab = `جالون, galon, gallon
فرشة, forsha, brush
`

// TestRules_SplitRepeatsTheLinesColour: a count of goods said with one
// colour, before them or in their dual ("جالونين ابيض", "3 جالون ابيض"),
// then shares after it each in a colour of its own, the first in the
// line's colour again ("واحد ابيض وواحد رمادي"): the shares are the
// lines; the same colour said again with no other share after it is no
// split.
func TestRules_SplitRepeatsTheLinesColour(t *testing.T) {
	r := rulesFrom(t, h38mPaintCSV, h38mPaintVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز جالونين ابيض، واحد ابيض وواحد رمادي", []wantItem{{"PAINT-G", 1, "أبيض", nil}, {"PAINT-G", 1, "رمادي", nil}}},
		{"عايز جالونين ابيض.. لا معلش واحد ابيض وواحد رمادي", []wantItem{{"PAINT-G", 1, "أبيض", nil}, {"PAINT-G", 1, "رمادي", nil}}},
		{"عايز 3 جالون ابيض، 2 ابيض وواحد رمادي", []wantItem{{"PAINT-G", 2, "أبيض", nil}, {"PAINT-G", 1, "رمادي", nil}}},
		{"3ayez 2 galon abyad, wa7ed abyad w wa7ed ramadi", []wantItem{{"PAINT-G", 1, "أبيض", nil}, {"PAINT-G", 1, "رمادي", nil}}},
		{"I want 2 white gallons, one white and one grey", []wantItem{{"PAINT-G", 1, "أبيض", nil}, {"PAINT-G", 1, "رمادي", nil}}},
	})
}

const h38mPharmaCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
AMP-B12,أمبول فيتامين ب12,Vitamin B12 ampoule,امبول فيتامين|امبول ب12,فيتامينات,piece,35,100,,
CARTON-MASK,كرتون كمامات 50 قطعة,Carton of 50 face masks,كرتون كمامات,مستلزمات,piece,120,40,,
SYRUP,شراب كحة,Cough syrup,شراب كحة,أدوية,piece,60,30,,
`

// TestRules_LoanwordDualInTin: a borrowed noun with no ة ("امبول",
// "كرتون") is put in the dual as if it had one ("امبولتين", "كرتونتين"):
// two of the catalog's word.
func TestRules_LoanwordDualInTin(t *testing.T) {
	r := rulesFrom(t, h38mPharmaCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز امبولتين فيتامين", []wantItem{{"AMP-B12", 2, "", nil}}},
		{"عايز كرتونتين كمامات وشراب كحة", []wantItem{{"CARTON-MASK", 2, "", nil}, {"SYRUP", 1, "", nil}}},
		{"محتاج شراب كحة وامبولتين فيتامين", []wantItem{{"SYRUP", 1, "", nil}, {"AMP-B12", 2, "", nil}}},
	})
}

const h38mTailorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHIRT,قميص تفصيل,Tailored shirt,قميص|قمصان,تفصيل,piece,600,,,
ALTER-H,تعديلات (الساعة، أي قطعة),"Alterations (per hour, any garment)",تعديلات|تعديل,خدمات,piece,120,,,
SUIT,بدلة تفصيل,Tailored suit,بدلة,تفصيل,piece,4000,,,
`

const h38mTailorVocab = `قميص, قمصان, 2amees, 2omsan, shirt, shirts
تعديلات, ta3dilat, alterations
`

// TestRules_BareCountCorrection: "لا" after a pause, then a figure and
// nothing more or the line's own unit again ("٣ قمصان، لا ٤", "١٠
// صفحات، لا ١٢ صفحة", "no, 4 shirts"): the count just said, corrected,
// as "لا خليهم ٤" is.
func TestRules_BareCountCorrection(t *testing.T) {
	r := rulesFrom(t, h38mTailorCSV, h38mTailorVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ ساعات تعديلات، لا ٤ ساعات", []wantItem{{"ALTER-H", 4, "", nil}}},
		{"عايز ٣ قمصان، لا ٤", []wantItem{{"SHIRT", 4, "", nil}}},
		{"عايز ٣ قمصان.. لا ٤ قمصان", []wantItem{{"SHIRT", 4, "", nil}}},
		{"3ayez 3 2omsan, la 4", []wantItem{{"SHIRT", 4, "", nil}}},
		{"I want 3 shirts, no, 4 shirts", []wantItem{{"SHIRT", 4, "", nil}}},
	})
}

// TestRules_PeriodBeforeTheService: a figure and the period a service is
// priced per, said before the service's word ("٣ ساعات تعديلات" of
// "تعديلات (الساعة، …)", Franco "3 sa3at ta3dilat") count the service,
// corrected after like any count; a time said after other goods
// ("بعد ٣ ساعات") still counts nothing.
func TestRules_PeriodBeforeTheService(t *testing.T) {
	r := rulesFrom(t, h38mTailorCSV, h38mTailorVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ ساعات تعديلات", []wantItem{{"ALTER-H", 3, "", nil}}},
		{"عايز ٣ ساعات تعديلات.. لا خليهم ٤", []wantItem{{"ALTER-H", 4, "", nil}}},
		{"3ayez 3 sa3at ta3dilat", []wantItem{{"ALTER-H", 3, "", nil}}},
		{"I want 3 hours of alterations", []wantItem{{"ALTER-H", 3, "", nil}}},
		{"عايز ٣ قمصان بعد ٣ ساعات", []wantItem{{"SHIRT", 3, "", nil}}},
	})
}
