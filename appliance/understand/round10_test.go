package understand

import "testing"

// Round 10's first-contact classes, on a small shop of baby cots (a
// synonym naming only the smaller one), pillows, and floor work sold by
// the square metre.
const round10CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
COT-S,سرير بيبي خشب ٦٠×١٢٠,Wooden baby cot 60x120,سرير كريب|crib cot,غرف اطفال,piece,3100,10,زان,أبيض|بني
COT-L,سرير بيبي خشب ٧٠×١٤٠,Wooden baby cot 70x140,,غرف اطفال,piece,3600,10,زان,أبيض|بني
PIL-S,مخدة فايبر ٥٠×٧٠,Fibre pillow 50x70,,مخدات,piece,180,50,فايبر,
PIL-L,مخدة فايبر ٥٠×٩٠,Fibre pillow 50x90,,مخدات,piece,220,50,فايبر,
`

func round10Rules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round10CSV, "ابيض, abyad, white => أبيض\nبني, bonni, brown => بني\nكريب, krib => كريب\nسرير, sereer => سرير\n")
}

// TestRules_SizeChoosesAmongKind: a width by a length said after the shop's
// short name of one variant ("سرير كريب" is its 60×120 cot) chooses the
// variant of that kind whose name carries both figures; the figures of the
// named variant keep it.
func TestRules_SizeChoosesAmongKind(t *testing.T) {
	r := round10Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج ٢ سرير كريب ٧٠ في ١٤٠ ابيض", []wantItem{{"COT-L", 2, "أبيض", []int{70, 140}}}},
		{"3ayez 2 sereer krib 70x140 bonni", []wantItem{{"COT-L", 2, "بني", []int{70, 140}}}},
		{"I need 2 crib cot 70 x 140 white", []wantItem{{"COT-L", 2, "أبيض", []int{70, 140}}}},
		{"محتاج سرير كريب ٦٠ في ١٢٠ بني", []wantItem{{"COT-S", 1, "بني", []int{60, 120}}}},
	})
}
