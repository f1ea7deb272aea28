package understand

import "testing"

// h36jACCSV: an air-conditioning workshop, its cleaning priced by the kind
// of unit, its works per unit, filters sold from stock by the unit's
// horsepower, and a repair per crack.
const h36jACCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CLEAN-SPLIT,تنظيف تكييف - سبليت,AC cleaning - split,تنظيف سبليت,خدمات,piece,300,,,
CLEAN-WIN,تنظيف تكييف - شباك,AC cleaning - window unit,تنظيف شباك,خدمات,piece,250,,,
GAS,شحن فريون (للجهاز),Freon refill (per unit),شحن فريون|فريون,خدمات,piece,600,,,
FILTER-15,فلتر تكييف 1.5 حصان,AC filter 1.5 HP,فلتر 1.5,قطع غيار,piece,120,30,,
FILTER-3,فلتر تكييف 3 حصان,AC filter 3 HP,فلتر 3,قطع غيار,piece,180,20,,
CRACK,إصلاح شرخ (للشرخ),Crack repair (per crack),تصليح شرخ|شرخ,خدمات,piece,400,,,
DELIV,توصيل,Delivery,توصيل,خدمات,piece,50,,,
`

const h36jACVocab = `تكييف, تكييفات, مكيف, takyeef, ac, acs, air conditioner
تنظيف, نضافة, tanzeef, cleaning, clean
سبليت, split
شباك, window
فريون, freon, gas
شرخ, شروخ, crack, shar5
`

// TestRules_OwnThingsCountTheWork: the customer's own things counted after
// a word of having ("عندي ٣ تكييفات", "I have two ACs"), then a work asked
// "for each of them" ("لكل واحد", "ليهم", "for each") or "both need …",
// is one for each of them, never one.
func TestRules_OwnThingsCountTheWork(t *testing.T) {
	r := rulesFrom(t, h36jACCSV, h36jACVocab)
	checkCases(t, r, Order, []itemCase{
		{"عندي ٣ تكييفات عايز شحن فريون لكل واحد", []wantItem{{"GAS", 3, "", nil}}},
		{"عندي تكييفين عايز شحن فريون ليهم", []wantItem{{"GAS", 2, "", nil}}},
		{"I have 3 ACs, I want a freon refill for each", []wantItem{{"GAS", 3, "", nil}}},
		{"I have two ACs, both need a freon refill", []wantItem{{"GAS", 2, "", nil}}},
		{"3andi 2 takyeef 3ayez freon lehom", []wantItem{{"GAS", 2, "", nil}}},
		// goods sold from stock, their size said of the own things too
		{"عندي تكييفين ٣ حصان عايز فلتر ٣ لكل واحد", []wantItem{{"FILTER-3", 2, "", nil}}},
	})
}

// TestRules_OwnThingsChooseTheVariant: the kind of the customer's own things
// ("عندي تكييفين سبليت") chooses the variant of a work said without it
// ("عايز تنظيف للاتنين": the split units' cleaning); two kinds of them,
// the work said for both, are one line of each.
func TestRules_OwnThingsChooseTheVariant(t *testing.T) {
	r := rulesFrom(t, h36jACCSV, h36jACVocab)
	checkCases(t, r, Order, []itemCase{
		{"عندي تكييفين سبليت عايز تنظيف للاتنين", []wantItem{{"CLEAN-SPLIT", 2, "", nil}}},
		{"عندي تكييف سبليت عايز تنظيف", []wantItem{{"CLEAN-SPLIT", 1, "", nil}}},
		{"عندي تكييف سبليت وتكييف شباك عايز تنظيف للاتنين", []wantItem{{"CLEAN-SPLIT", 1, "", nil}, {"CLEAN-WIN", 1, "", nil}}},
		{"3andi takyeef split 3ayez tanzeef", []wantItem{{"CLEAN-SPLIT", 1, "", nil}}},
	})
}

// TestRules_TroubleHadIsItsRepair: a trouble the shop's repair fixes, said
// after "عندي" ("عندي شرخ في السقف"), asks for that repair: no greeting,
// never the customer's own thing set aside.
func TestRules_TroubleHadIsItsRepair(t *testing.T) {
	r := rulesFrom(t, h36jACCSV, h36jACVocab)
	checkCases(t, r, Order, []itemCase{
		{"عندي شرخ في السقف", []wantItem{{"CRACK", 1, "", nil}}},
		{"3andi shar5 fel 7eta", []wantItem{{"CRACK", 1, "", nil}}},
	})
}
