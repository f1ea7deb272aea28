package understand

import "testing"

// Round 34's probed classes B and E (branch h34f), on small catalogs of
// trades of their own (none of the development sets' catalogs or
// sentences).

// h34fPotsCSV: a garden shop selling pots by their size in cm, by the
// piece, and soil by the sack.
const h34fPotsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POT-30,قصرية 30,Pot 30,قصرية 30 سم,قصاري,piece,80,40,فخار,
POT-40,قصرية 40,Pot 40,قصرية 40 سم,قصاري,piece,120,40,فخار,
SOIL,شيكارة تربة زراعية,Potting soil sack,تربة|شيكارة تربة,تربة,piece,150,30,,
`

const h34fPotsVocab = `قصرية, 2asreya, pot
تربة, torba, soil
شيكارة, shekara, sack
`

// TestRules_TimesBeforeAnotherEntry: "×N" after a product's named size,
// then "و"/"w"/"and" and another item, is how many of it, as it is at
// the message's end or before a comma — never a second side of N metres
// with a count of one.
func TestRules_TimesBeforeAnotherEntry(t *testing.T) {
	r := rulesFrom(t, h34fPotsCSV, h34fPotsVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز قصرية 30 x2 وشيكارة تربة", []wantItem{{"POT-30", 2, "", []int{30}}, {"SOIL", 1, "", nil}}},
		{"عايز قصرية 30 x2 و شيكارة تربة", []wantItem{{"POT-30", 2, "", []int{30}}, {"SOIL", 1, "", nil}}},
		{"عايز قصرية 30 x3 وقصرية 40 x2", []wantItem{{"POT-30", 3, "", []int{30}}, {"POT-40", 2, "", []int{40}}}},
		{"3ayez 2asreya 30 x2 w shekara torba", []wantItem{{"POT-30", 2, "", []int{30}}, {"SOIL", 1, "", nil}}},
		{"i need pot 30 x2 and potting soil sack", []wantItem{{"POT-30", 2, "", []int{30}}, {"SOIL", 1, "", nil}}},
		{"عايز قصرية 30 x2", []wantItem{{"POT-30", 2, "", []int{30}}}},
	})
}

// h34fCleanCSV: a cleaning supplies shop whose two-in-one cleaner's name
// holds both surfaces joined by و.
const h34fCleanCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CL-GLASS,منظف زجاج,Glass cleaner,,منظفات,piece,45,50,,
CL-FLOOR,منظف أرضيات,Floor cleaner,,منظفات,piece,60,50,,
CL-BOTH,منظف زجاج وأرضيات,Glass and floor cleaner,منظف زجاج و ارضيات,منظفات,piece,90,50,,
`

const h34fCleanVocab = `منظف, monazef
زجاج, ezaz, zogag
ارضيات, ardeyat
`

// TestRules_EachWantsOwnGoods: two speakers, each with a verb of wanting
// ("ابني عايز … وانا عايز …", "3ayez … w 3ayez …"), ask for goods of
// their own: two lines, never one product whose name holds the words of
// both.
func TestRules_EachWantsOwnGoods(t *testing.T) {
	r := rulesFrom(t, h34fCleanCSV, h34fCleanVocab)
	checkCases(t, r, Order, []itemCase{
		{"ابني عايز منظف زجاج وانا عايز منظف ارضيات", []wantItem{{"CL-GLASS", 1, "", nil}, {"CL-FLOOR", 1, "", nil}}},
		{"عايز منظف زجاج وعايز منظف ارضيات للشقة التانية", []wantItem{{"CL-GLASS", 1, "", nil}, {"CL-FLOOR", 1, "", nil}}},
		{"محتاج منظف زجاج و محتاج منظف ارضيات", []wantItem{{"CL-GLASS", 1, "", nil}, {"CL-FLOOR", 1, "", nil}}},
		{"3ayez monazef ezaz w 3ayez monazef ardeyat", []wantItem{{"CL-GLASS", 1, "", nil}, {"CL-FLOOR", 1, "", nil}}},
		{"عايز منظف زجاج وارضيات", []wantItem{{"CL-BOTH", 1, "", nil}}},
	})
}
