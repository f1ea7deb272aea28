package understand

import (
	"testing"
)

// Round 11's line-level classes, on a small shop of sports floors, rubber
// tiles, curtain poles and steel doors: a name whose second word shares the
// consonants of its head noun, tiles made in black and dotted black, poles
// sold by the metre with brackets by the piece, doors in brown and black.
const round11LinesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
COURT,أرضية رياضية عرض ٢ متر,Sports floor 2 m wide,,رياضي,meter,400,100,PVC,أحمر|أخضر|أزرق
TILE-B,بلاطة مطاط كبيرة ١٠٠×١٠٠,Large rubber tile,,مطاط,piece,500,100,مطاط,أسود
TILE-S,بلاطة مطاط صغيرة ٥٠×٥٠,Small rubber tile,,مطاط,piece,150,100,مطاط,أسود|أسود منقط
POLE,عمود ستارة خشب,Wooden curtain pole,عمود خشب,اعمدة,meter,200,100,خشب,بني|أبيض
BRK,كابولي عمود,Pole bracket,كابولي,اكسسوار,piece,40,500,حديد,بني|أبيض
DOOR,باب مصفح ٩٠,Steel door 90,,ابواب,piece,9000,10,صاج,بني|أسود
`

func round11LinesRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round11LinesCSV, "احمر, a7mar, red => أحمر\nاخضر, akhdar, green => أخضر\nازرق, azra2, blue => أزرق\nاسود, eswed, black => أسود\nمنقط, mona2at, dotted => أسود منقط\nبني, bonni, brown => بني\nابيض, abyad, white => أبيض\nبلاطة, bala6a, tile => بلاطة\n")
}

// TestRules_NameWordBesideItsHead: a word of a name whose consonants are
// its head noun's ("أرضية رياضية") is a word of that name, read and
// placed, never the head noun again.
func TestRules_NameWordBesideItsHead(t *testing.T) {
	r := round11LinesRules(t)
	checkPlaced(t, r, "محتاج ارضية رياضية ازرق ١٢ متر", Order, []wantItem{{"COURT", 12, "أزرق", nil}})
}

// TestRules_AnotherColourWithItsAmount: after و, a colour said with an
// amount of its own, where the line has its colour and amount, is another
// line of the same product, as "و ١٥ متر اخضر" is.
func TestRules_AnotherColourWithItsAmount(t *testing.T) {
	r := round11LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ارضية رياضية ازرق ٣٠ متر واحمر ١٠ متر", []wantItem{{"COURT", 30, "أزرق", nil}, {"COURT", 10, "أحمر", nil}}},
		{"ارضية رياضية احمر ٨ متر و اخضر ٦", []wantItem{{"COURT", 8, "أحمر", nil}, {"COURT", 6, "أخضر", nil}}},
		{"sports floor blue 25 m and green 5 m", []wantItem{{"COURT", 25, "أزرق", nil}, {"COURT", 5, "أخضر", nil}}},
		{"3ayez bab mosafa7 90 bonni 2 w eswed 1", []wantItem{{"DOOR", 2, "بني", nil}, {"DOOR", 1, "أسود", nil}}},
	})
	// two colours of one piece, no amount after the second: still one line
	checkCases(t, r, Order, []itemCase{
		{"ارضية رياضية ازرق واحمر ١٠ متر", []wantItem{{"COURT", 10, "", nil}}},
	})
}

// TestRules_ColourThenWhichOfIt: a colour said, then the word that makes it
// another colour of the same product ("اسود … منقط", "black dotted"), is
// that longer colour, not two colours to ask about.
func TestRules_ColourThenWhichOfIt(t *testing.T) {
	r := round11LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣٠ بلاطة مطاط صغيرة اسود منقط", []wantItem{{"TILE-S", 30, "أسود منقط", nil}}},
		{"20 bala6a kbeera eswed w 40 bala6a sghyra eswed mona2at", []wantItem{{"TILE-B", 20, "أسود", nil}, {"TILE-S", 40, "أسود منقط", nil}}},
		{"40 small rubber tiles black", []wantItem{{"TILE-S", 40, "أسود", nil}}},
	})
}

// TestRules_FamilyWordIsNoColour: "ابني" (my son) before what he said is a
// person, never a typo of the colour بني; the colour said after stays.
func TestRules_FamilyWordIsNoColour(t *testing.T) {
	r := round11LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"ابني قالي هات باب مصفح ٩٠ اسود", []wantItem{{"DOOR", 1, "أسود", nil}}},
		{"بنتي عايزة باب مصفح ٩٠ بني", []wantItem{{"DOOR", 1, "بني", nil}}},
	})
}

// TestRules_EachPieceOfAPlace: a metre line said once for each of the
// places counted before ("٣ شبابيك كل شباك عمود متر ونص") is that many
// pieces; "وكل عمود ٢ كابولي" after it is two for each of them.
func TestRules_EachPieceOfAPlace(t *testing.T) {
	r := round11LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"الشقة فيها ٤ شبابيك كل شباك عايز عمود خشب ابيض ٢ متر، وكل عمود محتاج ٢ كابولي ابيض", []wantItem{{"POLE", 8, "أبيض", nil}, {"BRK", 8, "أبيض", nil}}},
	})
}

// round11RollsCSV: rolls sold by the running metre, their width in the
// name in Arabic and English.
const round11RollsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CARP2,موكيت رول عرض ٢ متر,Carpet roll 2 m wide,,موكيت,meter,150,100,بولي,بيج|رمادي
CARP4,موكيت رول عرض ٤ متر,Carpet roll 4 m wide,,موكيت,meter,290,100,بولي,بيج|رمادي
FELT,لباد تحت الموكيت عرض ٢ متر,Underlay felt 2 m wide,لباد,اكسسوار,meter,40,100,,
`

func round11RollsRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round11RollsCSV, "بيج, beige, bej => بيج\nرمادي, grey, gray, ramady => رمادي\nموكيت, carpet, mokit => موكيت\n")
}

// TestRules_EnglishWidthBeforeTheNoun: in English a figure with its unit
// before "wide" (or "long", "deep") and the noun it describes is the width
// the roll's name says, choosing it; the run stays the quantity. Said
// after the noun with "by", the figures stay the sides they are.
func TestRules_EnglishWidthBeforeTheNoun(t *testing.T) {
	r := round11RollsRules(t)
	checkCases(t, r, Order, []itemCase{
		{"I need 9 m of the 4 m wide carpet roll in beige", []wantItem{{"CARP4", 9, "بيج", nil}}},
		{"15 metres of 2m wide carpet roll, grey please", []wantItem{{"CARP2", 15, "رمادي", nil}}},
	})
}

// TestRules_SameKindForAnother: an amount "of the same kind" said after a
// line with its own amount ("وهو عايز ٧ متر من نفس النوع بس رمادي", "6 m
// of the same type in grey") is another line of that product, its colour
// the one said after it, never a second wall of the first.
func TestRules_SameKindForAnother(t *testing.T) {
	r := round11RollsRules(t)
	checkCases(t, r, Order, []itemCase{
		{"انا عايز ١٢ متر موكيت رول عرض ٤ متر بيج، واختي عايزة ٥ متر من نفس النوع بس رمادي", []wantItem{{"CARP4", 12, "بيج", nil}, {"CARP4", 5, "رمادي", nil}}},
		{"8 m of the 2 m wide carpet roll in grey, and my sister wants 3 m of the same type in beige", []wantItem{{"CARP2", 8, "رمادي", nil}, {"CARP2", 3, "بيج", nil}}},
	})
}

// TestRules_FrancoGhIsGhain: Franco "gh" writes غ, never ج then ه: "ghaz"
// beside a category of "أجهزة" is gas, choosing the gas heater.
func TestRules_FrancoGhIsGhain(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HT-G,سخان غاز ١٠ لتر,Gas water heater 10 L,,أجهزة,piece,3000,10,,
HT-E,سخان كهربا ٥٠ لتر,Electric water heater 50 L,,أجهزة,piece,4000,10,,
`, "سخان, sa5an, sakhan => سخان\n")
	checkCases(t, r, Order, []itemCase{
		{"3ayez sakhan ghaz law sama7t", []wantItem{{"HT-G", 1, "", nil}}},
		{"2 sa5an ghaz", []wantItem{{"HT-G", 2, "", nil}}},
	})
}

// TestRules_EnglishNumberWordCompound: an English number word hyphenated to
// a word ("a three-door wardrobe", "a two-car shade") is the figure the
// name says, as "3-door" is, never how many; after a comma and an article
// (or a count), English words leading to another head noun open its line
// though a word of the line before ("Nova") comes first.
func TestRules_EnglishNumberWordCompound(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WR3,دولاب Nova ٣ ضلف,Nova wardrobe 3 doors,,دواليب,piece,20000,5,MDF,أبيض|رمادي
WR5,دولاب Nova ٥ ضلف,Nova wardrobe 5 doors,,دواليب,piece,28000,5,MDF,أبيض|رمادي
BD,سرير Nova ١٢٠,Nova bed 120,,سراير,piece,9000,5,MDF,أبيض|رمادي
SH1,مظلة عربية واحدة,Car shade 1 car,,مظلات,piece,10000,,حديد,
SH2,مظلة عربيتين,Car shade 2 cars,,مظلات,piece,18000,,حديد,
`, "ابيض, white => أبيض\nرمادي, grey => رمادي\n")
	checkCases(t, r, Order, []itemCase{
		{"I'd like a three-door Nova wardrobe in grey", []wantItem{{"WR3", 1, "رمادي", nil}}},
		{"a two-car shade please", []wantItem{{"SH2", 1, "", nil}}},
		{"Nova bed 120 in white, the Nova 5-door wardrobe in white", []wantItem{{"BD", 1, "أبيض", nil}, {"WR5", 1, "أبيض", nil}}},
		{"Nova bed 120 grey, two Nova five-door wardrobes grey", []wantItem{{"BD", 1, "رمادي", nil}, {"WR5", 2, "رمادي", nil}}},
	})
}

// round11AwningCSV: awnings sold by area, an oven in two colours.
const round11AwningCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
AWN,تندة قماش,Fabric awning,تندة,تندات,sqm,900,,قماش,بيج|أخضر|رمادي
OVEN,فرن غاز ٩٠ سم,Gas oven 90 cm,فرن 90,افران,piece,15000,5,,أسود|ستانلس
`

func round11AwningRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round11AwningCSV, "بيج, beige => بيج\nاخضر, green => أخضر\nرمادي, grey => رمادي\nاسود, black => أسود\nستانلس, stainless => ستانلس\n")
}

// TestRules_AwningProjection: how far an awning stands out from the wall
// ("وبارزة ٣ متر", "بروزها", "projection") is its other side: length ×
// projection is the area.
func TestRules_AwningProjection(t *testing.T) {
	r := round11AwningRules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج تندة قماش رمادي طولها ٥ متر وبارزة ٢ متر", []wantItem{{"AWN", 10, "رمادي", []int{500, 200}}}},
		{"تندة قماش اخضر عرضها ٤ متر وبروزها ١.٥ متر", []wantItem{{"AWN", 6, "أخضر", []int{400, 150}}}},
		{"a fabric awning in beige, 4 m long and 2 m projection", []wantItem{{"AWN", 8, "بيج", []int{400, 200}}}},
	})
}

// TestRules_ColourSaidAgainAfterAPause: a colour, a pause, wait words and
// another colour with no cue ("ستانلس.. لا اسود احسن", "in stainless, no,
// black") is the second colour; "ولا" (or) between them, or no pause,
// still asks.
func TestRules_ColourSaidAgainAfterAPause(t *testing.T) {
	r := round11AwningRules(t)
	checkCases(t, r, Order, []itemCase{
		{"فرن غاز ٩٠ ستانلس.. لا اسود احسن", []wantItem{{"OVEN", 1, "أسود", nil}}},
		{"gas oven 90 in stainless, no, black", []wantItem{{"OVEN", 1, "أسود", nil}}},
		{"فرن غاز ٩٠ ستانلس ولا اسود؟", []wantItem{{"OVEN", 1, "", nil}}},
	})
}

// TestRules_WhileAtItOpensNoUnknownThing: "وبالمرة" (and while at it), the
// talk before the next line, is no noun of a thing the shop lacks: the
// goods after it are read.
func TestRules_WhileAtItOpensNoUnknownThing(t *testing.T) {
	r := round11AwningRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز فرن غاز ٩٠ اسود، وبالمرة تندة قماش بيج ٣ في ٢", []wantItem{{"OVEN", 1, "أسود", nil}, {"AWN", 6, "بيج", []int{300, 200}}}},
	})
}

// TestRules_OneMoreOfAnotherSize: a line whole with its size (its name's)
// and colour, then after و a count before another size ("وواحدة ٢٠٠ في
// ٣٠٠ بيج", "w wa7da", "and one") is one more piece of its kind in that
// size, never a share of the first count.
func TestRules_OneMoreOfAnotherSize(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MAT-S,دواسة مطاط ٦٠×٩٠,Rubber mat 60x90,,دواسات,piece,300,20,مطاط,أسود|رمادي
MAT-L,دواسة مطاط ٩٠×١٥٠,Rubber mat 90x150,,دواسات,piece,600,20,مطاط,أسود|رمادي
`, "اسود, black, eswed => أسود\nرمادي, grey, ramady => رمادي\nدواسة, dawasa, mat => دواسة\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ دواسة مطاط ٦٠ في ٩٠ اسود وواحدة ٩٠ في ١٥٠ رمادي", []wantItem{{"MAT-S", 3, "أسود", []int{60, 90}}, {"MAT-L", 1, "رمادي", []int{90, 150}}}},
		{"3 rubber mats 60x90 black and one 90x150 grey", []wantItem{{"MAT-S", 3, "أسود", []int{60, 90}}, {"MAT-L", 1, "رمادي", []int{90, 150}}}},
	})
}

// TestRules_TheOtherEntryBySize: after a header (the kind, then ":"), an
// entry with its size and then "والتاني" (the other one) with a size are
// two entries of that kind, each its own size; never one line of two
// sizes.
func TestRules_TheOtherEntryBySize(t *testing.T) {
	r := round11AwningRules(t)
	checkCases(t, r, Order, []itemCase{
		{"تندة قماش رمادي لبلكونتين: واحدة ٣ في ٢ متر والتانية ٤ في ٢ متر", []wantItem{{"AWN", 6, "رمادي", []int{300, 200}}, {"AWN", 8, "رمادي", []int{400, 200}}}},
	})
}

// TestRules_SameModelAnotherSize: "وجوز تاني نفس الموديل بس ٢٨٠" — another
// of the same model, its own size choosing the variant: "نفس الموديل" is
// placed, the lines read.
func TestRules_SameModelAnotherSize(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CT-S,ستارة جاهزة ليلى ١٤٠ (جوز),Laila curtain 140 (pair),,ستائر,piece,900,20,,بيج|رمادي
CT-L,ستارة جاهزة ليلى ٢٨٠ (جوز),Laila curtain 280 (pair),,ستائر,piece,1600,20,,بيج|رمادي
`, "بيج, beige => بيج\nرمادي, grey => رمادي\nجوز, goz, pair => جوز\n")
	checkPlaced(t, r, "عايز ستارة ليلى ١٤٠ جوز بيج وجوز تاني نفس الموديل بس ٢٨٠ بيج", Order, []wantItem{{"CT-S", 1, "بيج", nil}, {"CT-L", 1, "بيج", nil}})
}

// TestRules_AndASizeBeforeTheNoun: English "and a 160x200 <words> <head>"
// after a line of another head: the size is the next line's, said before
// its noun, never a second size of the line before.
func TestRules_AndASizeBeforeTheNoun(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHST,شوفينيرة نوفا,Nova chest of drawers,,شوفينيرات,piece,5000,10,MDF,أبيض|رمادي
MT-160,مرتبة سوست ١٦٠×٢٠٠,Spring mattress 160x200,,مراتب,piece,6000,10,,
MT-120,مرتبة سوست ١٢٠×٢٠٠,Spring mattress 120x200,,مراتب,piece,5000,10,,
`, "ابيض, white => أبيض\nرمادي, grey => رمادي\n")
	checkCases(t, r, Order, []itemCase{
		{"a Nova chest of drawers in grey and a 160x200 spring mattress", []wantItem{{"CHST", 1, "رمادي", nil}, {"MT-160", 1, "", []int{160, 200}}}},
	})
}
