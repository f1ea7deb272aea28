package understand

import "testing"

// Round 9's last misses, on a small tile and door shop whose colours
// include black ("اسود", which "السادة" is one letter away from) and whose
// product words ("سيراميك", "باب") also name shops.
const round9sCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TILE-CLEO,سيراميك كليوباترا,Cleopatra tiles,سيراميك|tiles,سيراميك,sqm,320,,سيراميك,أبيض|أسود|بيج
DOOR-WC,باب حمام بي في سي,PVC bathroom door,باب حمام|باب بي في سي,أبواب,piece,1800,,بي في سي,أبيض|أسود
LOCK-WC,كالون حمام,Bathroom lock,كالون|lock,خردوات,piece,150,,,
FIT,تركيب,Installation,تركيب|installation,خدمات,piece,200,,,
`

func round9sRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round9sCSV, "اسود, أسود, سودا, سوده, بلاك, black => أسود\nابيض, أبيض, white => أبيض\nبيج, beige => بيج\n")
}

// TestRules_LetterAddresseeAndReference: a letter's addressee is set
// aside by the word as written, though a catalog colour is its near
// spelling ("السادة" read "اسود"), with the shop's name that holds a
// product word ("معرض سيراميك النور"); its reference clause ("بالإشارة
// إلى …", up to the request) and "ما يلي" are no goods.
func TestRules_LetterAddresseeAndReference(t *testing.T) {
	r := round9sRules(t)
	for _, tt := range []itemCase{
		{"السادة/ معرض سيراميك النور، نرجو توريد ٤٠ متر سيراميك كليوباترا بيج. وتفضلوا بقبول فائق الاحترام",
			[]wantItem{{"TILE-CLEO", 40, "بيج", nil}}},
		{"السادة معرض سيراميك النور\nتحية طيبة وبعد،\nبالإشارة إلى أعمال تشطيب عيادة الأسنان نرجو التكرم بتوريد ما يلي:\n- سيراميك كليوباترا أبيض ٣٠ م٢\n- عدد (٤) باب حمام أبيض\nمع الشكر",
			[]wantItem{{"TILE-CLEO", 30, "أبيض", nil}, {"DOOR-WC", 4, "أبيض", nil}}},
		{"Dear tiles showroom, kindly supply 25 m of Cleopatra tiles in white and 2 PVC bathroom doors. Regards",
			[]wantItem{{"TILE-CLEO", 25, "أبيض", nil}, {"DOOR-WC", 2, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_RoomThenGoods: after a line, "و" and a room the shop does not
// sell, then the catalog's goods ("، والمطبخ سيراميك …") name where the
// goods go: the room is no line of its own swallowing them.
func TestRules_RoomThenGoods(t *testing.T) {
	r := round9sRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ كالون حمام، والمطبخ سيراميك كليوباترا بيج ١٢ متر", []wantItem{{"LOCK-WC", 3, "", nil}, {"TILE-CLEO", 12, "بيج", nil}}},
		{"باب حمام ابيض، والصالة سيراميك كليوباترا ابيض ٢٥ متر وعايز التركيب", []wantItem{{"DOOR-WC", 1, "أبيض", nil}, {"TILE-CLEO", 25, "أبيض", nil}, {"FIT", 1, "", nil}}},
		{"3 bathroom locks, and the kitchen Cleopatra tiles beige 12 m", []wantItem{{"LOCK-WC", 3, "", nil}, {"TILE-CLEO", 12, "بيج", nil}}},
		{"3ayez 3 kalon hamam, wel matba5 seramik cleopatra beige 12 metr", []wantItem{{"LOCK-WC", 3, "", nil}, {"TILE-CLEO", 12, "بيج", nil}}},
	})
}
