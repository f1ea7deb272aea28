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

// TestRules_TradeWordsOfDoors: a customer writing in English to a door
// workshop whose catalog is only in Arabic names its goods by the trade's
// English words: a beech door, a frame, a handle or knob, a door stop.
func TestRules_TradeWordsOfDoors(t *testing.T) {
	r := rulesFrom(t, doorShopCSV, "طبيعي, natural => طبيعي\nابيض, white => أبيض\nفضي, silver => فضي\nاسود, black => أسود\n")
	checkCases(t, r, Order, []itemCase{
		{"4 beech doors natural 80 x 200, 20 m of beech frame, 4 black handles and 4 door stops",
			[]wantItem{{"BZ", 6.4, "طبيعي", []int{80, 200}}, {"HZ", 20, "", nil}, {"OK", 4, "أسود", nil}, {"MS", 4, "", nil}}},
		{"I need 2 silver door knobs and 6 m of frame in beech", []wantItem{{"OK", 2, "فضي", nil}, {"HZ", 6, "", nil}}},
	})
}

// TestRules_FawaailOfFaaoul: a noun of the pattern فاعول or فاعولة says its
// plural فواعيل (كالون → كوالين، ماسورة → مواسير), also when the
// vocabulary groups its spelling under another head ("كالون، قفل").
func TestRules_FawaailOfFaaoul(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LOCK,كالون مصري,,كالون عادي,خردوات,piece,140,,,
LOCKW,كالون حمام,,,خردوات,piece,180,,,
PIPE,ماسورة حديد ٦ متر,,,سباكة,piece,300,,حديد,
`, "كالون, قفل, كالونات\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٥ كوالين مصري و٣ كوالين حمام", []wantItem{{"LOCK", 5, "", nil}, {"LOCKW", 3, "", nil}}},
		{"محتاج ١٠ مواسير حديد", []wantItem{{"PIPE", 10, "", nil}}},
	})
}

// TestRules_StandardNameOfTheBathroom: a formal letter's "دورة مياه" /
// "دورات المياه" is the bathroom the catalog calls "حمام".
func TestRules_StandardNameOfTheBathroom(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DW,باب حمام ألوميتال,,باب حمام,أبواب,piece,1800,,ألوميتال,أبيض|أسود
DF,باب شقة مصفح,,باب شقة|باب مصفح,أبواب,piece,9000,,صاج,بني|أسود
LW,كالون حمام,,,خردوات,piece,150,,,
LF,كالون باب شقة,,,خردوات,piece,400,,,
`, "ابيض, أبيض => أبيض\nاسود, أسود => أسود\n")
	checkCases(t, r, Order, []itemCase{
		{"نرجو توريد عدد (٣) أبواب دورات مياه لون أبيض وعدد (٣) كالون دورة مياه", []wantItem{{"DW", 3, "أبيض", nil}, {"LW", 3, "", nil}}},
		{"عايز باب لدورة المياه اسود", []wantItem{{"DW", 1, "أسود", nil}}},
	})
}

// doorShopCSV is an Arabic-only door workshop: doors by the square metre,
// frames by the metre, hardware by the piece.
const doorShopCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BZ,ضلفة باب زان,,باب زان,ضلف,sqm,6000,,زان,طبيعي|أبيض
BM,ضلفة باب موسكي,,باب موسكي,ضلف,sqm,4000,,موسكي,طبيعي|أبيض
HZ,حلق زان,,حلق زان,حلوق,meter,400,,زان,
OK,أوكرة ستانلس,,اكرة|مقبض,خردوات,piece,250,,ستانلس,فضي|أسود
MS,مصد باب,,مصد,خردوات,piece,40,,,
`

// TestRules_WhoMeasured: who took the size and the verb of it ("الواد
// قاسه", "ابني قاسها", "النجار قاسهم") said beside the size are talk, no
// words of the line: the line keeps its product and its size.
func TestRules_WhoMeasured(t *testing.T) {
	r := rulesFrom(t, doorShopCSV, "طبيعي, natural => طبيعي\nابيض, white => أبيض\n")
	for _, tt := range []itemCase{
		{"عايز باب زان ابيض، المقاس ابني قاسه ٨٠ في ٢٠٠", []wantItem{{"BZ", 1.6, "أبيض", []int{80, 200}}}},
		{"محتاجة باب موسكي طبيعي، الواد قاسها متر في ٢ متر", []wantItem{{"BM", 2, "طبيعي", []int{100, 200}}}},
		{"باب زان طبيعي النجار قاسه ٩٠ في ٢١٠ و٢ مصد", []wantItem{{"BZ", 1.89, "طبيعي", []int{90, 210}}, {"MS", 2, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_CorrectedColour: a colour said right after a correction cue
// ("لا خليه اسود", "no wait, make it white", "la khaliha abyad") takes
// the place of the colour said before it: one line, in the new colour.
func TestRules_CorrectedColour(t *testing.T) {
	r := round9sRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز سيراميك كليوباترا بيج ٤٠ متر.. لا استنى خليه ابيض", []wantItem{{"TILE-CLEO", 40, "أبيض", nil}}},
		{"باب حمام ابيض، لا لا خليه اسود، و٢ كالون", []wantItem{{"DOOR-WC", 1, "أسود", nil}, {"LOCK-WC", 2, "", nil}}},
		{"40 m of Cleopatra tiles in beige, no wait, make it white", []wantItem{{"TILE-CLEO", 40, "أبيض", nil}}},
		{"3ayez seramik cleopatra beige 40 metr.. la khaliha white", []wantItem{{"TILE-CLEO", 40, "أبيض", nil}}},
	})
}

// TestRules_ServiceTimedByAnother: "بعد" or "قبل" between two services
// the shop sells ("الترويب بعد التركيب", "grouting after installation")
// tells when the first is done: the second is no line.
func TestRules_ServiceTimedByAnother(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POR,بورسلين لوتس,Lotus porcelain,بورسلين,بورسلين,sqm,400,,بورسلين,رمادي|بيج
FIT,تركيب بورسلين,Installation,تركيب,خدمات,sqm,80,,,
GRT,ترويب بورسلين,Grouting,ترويب,خدمات,sqm,30,,,
`, "رمادي, جراي, grey => رمادي\nبيج, beige => بيج\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣٠ متر بورسلين لوتس رمادي، والترويب بعد التركيب ٣٠ متر", []wantItem{{"POR", 30, "رمادي", nil}, {"GRT", 30, "", nil}}},
		{"30 m of Lotus porcelain in beige, and 30 m of grouting after installation", []wantItem{{"POR", 30, "بيج", nil}, {"GRT", 30, "", nil}}},
		{"عايز ٣٠ متر بورسلين لوتس بيج والتركيب والترويب", []wantItem{{"POR", 30, "بيج", nil}, {"FIT", 30, "", nil}, {"GRT", 30, "", nil}}},
	})
}

// TestRules_RoomsJoined: two rooms joined by و and followed by what is done
// in them or by the goods ("والحمام والمطبخ هنعملهم جرانيت ١٠ متر") are
// where the goods go, though a product's name holds one of them ("سطح
// مطبخ"); said as the goods ("سطح مطبخ جرانيت") they stay its words.
func TestRules_RoomsJoined(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TOPK,سطح مطبخ جرانيت,,رخامة مطبخ,أسطح,meter,1800,,جرانيت,أسود|رمادي
GRN,جرانيت محلي,,جرانيت,جرانيت,sqm,900,,جرانيت,أسود|رمادي
MRB,رخام صني,,صني,رخام,sqm,480,,رخام,
`, "اسود, أسود => أسود\nرمادي, جراي => رمادي\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣٠ متر جرانيت محلي رمادي، والحمام والمطبخ هنعملهم صني حوالي ١٢ متر", []wantItem{{"GRN", 30, "رمادي", nil}, {"MRB", 12, "", nil}}},
		{"عايز ٣٠ متر رخام صني، والحمام والمطبخ هنعملهم جرانيت محلي رمادي ١٠ متر", []wantItem{{"MRB", 30, "", nil}, {"GRN", 10, "رمادي", nil}}},
		{"الصالة والسفرة رخام صني ٤٠ متر", []wantItem{{"MRB", 40, "", nil}}},
		{"عايز سطح مطبخ جرانيت اسود ٣ متر", []wantItem{{"TOPK", 3, "أسود", nil}}},
	})
}

// TestRules_GettingMarriedIsTalk: who the home is for and that they are
// getting married ("شقة البنت اللي هتتجوز", "ابني هيتجوز الشهر الجاي") are
// talk around the order: every word placed.
func TestRules_GettingMarriedIsTalk(t *testing.T) {
	r := round9sRules(t)
	for _, tt := range []itemCase{
		{"عشان شقة البنت اللي هتتجوز عايزة ٤٠ متر سيراميك كليوباترا بيج", []wantItem{{"TILE-CLEO", 40, "بيج", nil}}},
		{"ابني هيتجوز وعايز ٣ باب حمام ابيض", []wantItem{{"DOOR-WC", 3, "أبيض", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_ByMyOwnHands: who does the work ("هركبه بايدي", "بنفسي") is
// talk around the order: every word placed.
func TestRules_ByMyOwnHands(t *testing.T) {
	r := round9sRules(t)
	for _, tt := range []itemCase{
		{"عايز ٢٠ متر سيراميك كليوباترا ابيض هركبه بايدي", []wantItem{{"TILE-CLEO", 20, "أبيض", nil}}},
		{"هات ٢ كالون حمام وانا هركبهم بنفسي", []wantItem{{"LOCK-WC", 2, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}

// TestRules_EnglishInstallation: "installation" is the fitting service an
// Arabic-only catalog calls "تركيب".
func TestRules_EnglishInstallation(t *testing.T) {
	r := rulesFrom(t, doorShopCSV+"FIT,تركيب باب بالحلق,,تركيب,خدمات,piece,300,,,\n", "طبيعي, natural => طبيعي\nابيض, white => أبيض\n")
	checkCases(t, r, Order, []itemCase{
		{"4 beech doors natural 80 x 200 and installation for all 4", []wantItem{{"BZ", 6.4, "طبيعي", []int{80, 200}}, {"FIT", 4, "", nil}}},
		{"2 stainless handles. Installation too please", []wantItem{{"OK", 2, "", nil}, {"FIT", 1, "", nil}}},
	})
}

// TestRules_EnglishSizeEachAndAmountOfSame: "each" after a size of two
// sides is every piece's size, and an amount that restates the goods just
// named ("with beech frames, 10 m of frame in total") is that line's.
func TestRules_EnglishSizeEachAndAmountOfSame(t *testing.T) {
	r := rulesFrom(t, doorShopCSV, "طبيعي, natural => طبيعي\nابيض, white => أبيض\n")
	for _, tt := range []itemCase{
		{"3 beech doors in white, 80 x 200 cm each", []wantItem{{"BZ", 4.8, "أبيض", []int{80, 200}}}},
		{"2 beech doors natural 90 x 210 each, with beech frames, 10 m of frame in total", []wantItem{{"BZ", 3.78, "طبيعي", []int{90, 210}}, {"HZ", 10, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, Order, tt.want) })
	}
}
