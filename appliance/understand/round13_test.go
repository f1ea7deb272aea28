package understand

import (
	"context"
	"slices"
	"testing"
)

// Round 13's first-contact classes, on a small shop of cables, hoses and
// floor tiles: cable and hose sold by the metre, plain and patterned tiles
// sold by the piece, one of them made in black.
const round13CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CABLE,سلك نحاس ٣ مم,Copper cable 3 mm,سلك|selk|cable,أسلاك,meter,18,900,نحاس,أحمر|أسود
HOSE,خرطوم مياه مرن,Flexible water hose,خرطوم|5artoom|hose,خراطيم,meter,12,900,,
TILE-PLAIN,بلاط أرضيات سادة ٤٠×٤٠,Plain floor tile 40x40,بلاط سادة|بلاطة سادة,بلاط,piece,30,900,,أبيض|رمادي
TILE-DECO,بلاط أرضيات مزخرف ٤٠×٤٠,Patterned floor tile 40x40,بلاط مزخرف|بلاط منقوش,بلاط,piece,45,900,,أسود|أبيض
`
const round13Vocab = `ابيض, abyad, white => أبيض
اسود, eswed, black => أسود
احمر, a7mar, red => أحمر
رمادي, gray, grey => رمادي
`

func round13Rules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round13CSV, round13Vocab)
}

// TestRules_PriceOfTheUnit: a unit with the article or "per" before it
// ("المتر", Franco "el metr" and "bel metr" written apart, "per metre")
// is the unit a price is asked in, never one metre ordered; and the Franco
// "kam" with a definite noun after it ("kam el metr", "kam el se3r") or
// closing the question asks the price, as كام does. "kam sana" (how many
// years) asks none.
func TestRules_PriceOfTheUnit(t *testing.T) {
	r := round13Rules(t)
	for _, text := range []string{
		"law sama7t kam el metr fel 5artoom?",
		"kam el metr men el selk el a7mar?",
		"el 5artoom bel metr kam?",
		"لو سمحت كام المتر في الخرطوم؟",
		"الخرطوم بالمتر بكام؟",
		"how much per metre for the water hose?",
		"what is the price of the hose per metre?",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if res.Intent != Inquiry {
				t.Errorf("intent %s, want inquiry", res.Intent)
			}
			if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "size") {
				t.Errorf("items %+v, want one line missing its length", res.Items)
			}
		})
	}
	// a metre said with no article is one metre ordered
	checkCases(t, r, Order, []itemCase{
		{"3ayez metr selk a7mar", []wantItem{{"CABLE", 1, "أحمر", nil}}},
		{"عايز متر سلك احمر", []wantItem{{"CABLE", 1, "أحمر", nil}}},
		{"I need 1 metre of red cable", []wantItem{{"CABLE", 1, "أحمر", nil}}},
	})
	res, err := r.Understand(context.Background(), "el selk da damano kam sana?")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent == Inquiry {
		t.Errorf("kam sana: intent %s, a question of how many years, no price", res.Intent)
	}
}

// TestRules_FrancoVowelsOverAColour: a Franco word whose consonants spell
// both a colour and a word of the catalog's names ("sada": سادة, plain;
// the colour اسود is "sd" too) is the colour only when its vowels are the
// colour's ("eswed", "soda", "sooda"); written with the other word's long
// vowel ("sada") it is that word, and no black is read into the line.
func TestRules_FrancoVowelsOverAColour(t *testing.T) {
	r := round13Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"3ayez 12 balat sada abyad", []wantItem{{"TILE-PLAIN", 12, "أبيض", nil}}},
		{"3ayez 12 balat mozakhraf soda", []wantItem{{"TILE-DECO", 12, "أسود", nil}}},
		{"3ayez 12 balat mozakhraf eswed", []wantItem{{"TILE-DECO", 12, "أسود", nil}}},
		{"عايز ١٢ بلاط سادة ابيض", []wantItem{{"TILE-PLAIN", 12, "أبيض", nil}}},
		{"I want 12 plain floor tiles in white", []wantItem{{"TILE-PLAIN", 12, "أبيض", nil}}},
	})
	res, err := r.Understand(context.Background(), "3ayez 12 balat sada")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "TILE-PLAIN" || res.Items[0].Color != "" {
		t.Errorf("items %+v, want the plain tile with no colour read", res.Items)
	}
}

// TestRules_DefectVerbAfterInstall: what went wrong with goods already
// delivered or installed, said as a verb or participle of a defect root
// (اتشرخ، بتتهز، بدأ يتقشر، متشقق، مشروخ; Franco "etshara5", "betethaz",
// "mashroo5"; English "wobbly", "peeling", "chipped"), is a complaint,
// even when it names the products and a count ("٢ بلاطة") — never an
// order of them. A new order beside such words of its own goods is not.
func TestRules_DefectVerbAfterInstall(t *testing.T) {
	r := round13Rules(t)
	checkIntents(t, r, []intentCase{
		{"الخرطوم اللي ركبتوهولنا الشهر اللي فات بقى بيتهز، والسلك اتشرخ من تحت", Complaint},
		{"البلاط اللي ركبناه من اسبوع بدأ يتقشر، وكمان ٢ بلاطة فيهم اختلاف في اللون", Complaint},
		{"البلاط السادة متشقق من النص", Complaint},
		{"el balat elly rakabtoh el shahr elly fat etshara5", Complaint},
		{"el 5artoom betethaz w el selk mashroo5", Complaint},
		{"the plain tiles you laid last month are peeling and two are chipped", Complaint},
		{"the hose you installed is wobbly", Complaint},
		// new orders
		{"عايز ١٢ بلاط سادة ابيض و٥ متر خرطوم", Order},
		{"3ayez 12 balat sada abyad", Order},
		{"I want 12 plain floor tiles in white", Order},
	})
}

// TestRules_PastWordOfNothingBought: a past word that tells of nothing
// bought, paid or delivered makes no complaint with a "بدل" or a "بس" of
// the same message: the deposit still to be paid ("عشان احول العربون",
// "هدفع المقدم"), and "واخد" of a thing taking up room ("الدولاب واخد
// مساحة"). Paid or taken by the customer ("حولت العربون", "انا واخد ١٢")
// it still is one.
func TestRules_PastWordOfNothingBought(t *testing.T) {
	r := round13Rules(t)
	checkIntents(t, r, []intentCase{
		{"المهندس نصحني بلاط سادة بدل السيراميك. عايز ١٢ بلاط سادة ابيض وابعتلي الفاتورة عشان احول العربون", Order},
		{"عايز ١٢ بلاط سادة رمادي بدل الابيض اللي في الصورة، وهدفع المقدم النهاردة", Order},
		{"شفت البلاط السادة في المعرض وعجبني، بس الاوضة صغيرة والدولاب واخد مساحة. عايز ١٢ بلاط سادة ابيض", Order},
		{"حولت العربون وجالي ١٠ بلاطة بدل ١٢", Complaint},
		{"انا واخد ١٢ بلاط سادة بس لقيت ١٠ في الكرتونة", Complaint},
	})
}

// TestRules_MaterialIsNoBrokenPlural: a word of the catalog's material
// column is that material, never read as a broken plural of a head noun
// sharing its consonants (موسكي, pine, beside the head مسكة, a grip): the
// product made of it is found by it.
func TestRules_MaterialIsNoBrokenPlural(t *testing.T) {
	r := rulesFrom(t, round13CSV+"GRIP,مسكة باب ستانلس,Stainless door grip,مسكة|maska|grip,اكسسوارات,piece,90,500,ستانلس,\n"+
		"SHELF-PINE,رف خشب موسكي ٨٠ سم,Pine shelf 80 cm,رف موسكي,رفوف,piece,300,200,موسكي,\n"+
		"SHELF-BEECH,رف خشب زان ٨٠ سم,Beech shelf 80 cm,رف زان,رفوف,piece,450,200,زان,\n", round13Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٦ رف موسكي و٢ مسكة", []wantItem{{"SHELF-PINE", 6, "", nil}, {"GRIP", 2, "", nil}}},
		{"عايز ٦ رف خشب موسكي", []wantItem{{"SHELF-PINE", 6, "", nil}}},
		{"I need 6 pine shelves and 2 door grips", []wantItem{{"SHELF-PINE", 6, "", nil}, {"GRIP", 2, "", nil}}},
	})
}

// TestRules_ReasonAfterALine: a purpose clause after a line ending in a
// catalog word that heads no product and that the line's product lacks
// ("… عشان الاوضة طويلة": because the room is long) says why: no line of
// its own, even when one product's name has that word.
func TestRules_ReasonAfterALine(t *testing.T) {
	r := rulesFrom(t, round13CSV+"LAMP,لمبة سقف طويلة,Long ceiling lamp,,لمبات,piece,200,100,,أبيض|أسود\n", round13Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ بلاط سادة ابيض.. لا خليهم ٤ عشان الاوضة طويلة", []wantItem{{"TILE-PLAIN", 4, "أبيض", nil}}},
		{"عايز ٤ بلاط سادة ابيض عشان الطرقة طويلة", []wantItem{{"TILE-PLAIN", 4, "أبيض", nil}}},
		{"3ayez 4 balat sada abyad 3ashan el ooda taweela", []wantItem{{"TILE-PLAIN", 4, "أبيض", nil}}},
		{"عايز ٤ بلاط سادة ابيض ولمبة سقف طويلة سودا", []wantItem{{"TILE-PLAIN", 4, "أبيض", nil}, {"LAMP", 1, "أسود", nil}}},
	})
}

// TestRules_SameLengthAsTheLengthBefore: "بنفس الطول" after a line whose
// length was said before its noun ("١٠ متر سلك احمر وخرطوم بنفس الطول")
// gives this line that length too, as it does a size said after the noun.
func TestRules_SameLengthAsTheLengthBefore(t *testing.T) {
	r := round13Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"١٠ متر سلك احمر وخرطوم بنفس الطول", []wantItem{{"CABLE", 10, "أحمر", nil}, {"HOSE", 10, "", nil}}},
		{"عايز ٥ متر ونص خرطوم وسلك اسود بنفس الطول", []wantItem{{"HOSE", 5.5, "", nil}, {"CABLE", 5.5, "أسود", nil}}},
	})
}
