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
