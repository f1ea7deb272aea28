package understand

import "testing"

// h37mNotaryCSV: a notary's office whose power of attorney names the
// kinds it covers in its own brackets, split by "/".
const h37mNotaryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POA,توثيق توكيل (عام/خاص/بيع/قضايا),Power of attorney certification (general/special/sale/court),توكيل|توثيق توكيل,توكيلات,piece,300,,,
CONTRACT,توثيق عقد إيجار,Lease contract certification,عقد ايجار|عقد إيجار,عقود,piece,250,,,
STAMP,دمغة,Stamp duty,دمغة|دمغه,رسوم,piece,20,,,
`

const h37mNotaryVocab = `توكيل, توكيلات, tawkeel, power of attorney
عقد, contract
`

// h37mPrintCSV: a print shop whose plastic card lists the cards it
// prints.
const h37mPrintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CARD,طباعة كارنيه بلاستيك (طالب/موظف/عضوية/زائر),Plastic card printing (student/staff/member/visitor),كارنيه|كارنيه بلاستيك,كروت,piece,40,,,
FLYER,طباعة فلاير A5,A5 flyer printing,فلاير|فلاير A5,مطبوعات,piece,3,,,
`

const h37mPrintVocab = `كارنيه, كارنيهات, card, cards, karneh
فلاير, flyer, flyers
`

// TestRules_KindsOfNameListCounted: one line naming two kinds or more of
// the list in its product's own name, joined by "و"/"and" and no count
// said, is one piece of each kind listed — never one for all of them.
func TestRules_KindsOfNameListCounted(t *testing.T) {
	r := rulesFrom(t, h37mNotaryCSV, h37mNotaryVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز اوثق توكيل عام وقضايا", []wantItem{{"POA", 2, "", nil}}},
		{"محتاج توكيل بيع وخاص وعام", []wantItem{{"POA", 3, "", nil}}},
		// one kind, or a count said, is read as before
		{"عايز اوثق توكيل عام", []wantItem{{"POA", 1, "", nil}}},
		{"عايز ٣ توكيلات عام", []wantItem{{"POA", 3, "", nil}}},
	})
	p := rulesFrom(t, h37mPrintCSV, h37mPrintVocab)
	checkCases(t, p, Order, []itemCase{
		{"عايز اطبع كارنيه طالب وموظف", []wantItem{{"CARD", 2, "", nil}}},
		{"I need student and staff cards printed", []wantItem{{"CARD", 2, "", nil}}},
		{"print me a student and a visitor card", []wantItem{{"CARD", 2, "", nil}}},
	})
}
