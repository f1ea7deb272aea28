package understand

import "testing"

// Branch h39f, on catalogs of their own (none of round 39's names or
// sentences): a sportswear shop, a bakery, a spa and a language centre.
const h39fWearCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TEE,تيشيرت رياضي,Sports T-shirt,تيشيرت,ملابس,piece,250,40,بوليستر,أبيض|أسود|أحمر
CAP,كاب رياضي,Sports cap,كاب,اكسسوار,piece,120,30,,أبيض|أسود
`

const h39fWearVocab = `تيشيرت, تيشرت, tshirt, tshirts, t-shirt, t-shirts
كاب, cap, caps
ابيض, أبيض, بيضا, white, abyad => أبيض
اسود, أسود, سودا, black, eswed => أسود
احمر, أحمر, حمرا, red, a7mar => أحمر
`

// TestRules_SomeOfThemInAnotherColour: a line counted in one colour,
// then after a pause "خلي واحد منهم اسود" (make one of them black),
// Franco "khali wa7ed menhom eswed", English "make one of them black":
// the share is a line of its own in the new colour, the rest stays the
// line's.
func TestRules_SomeOfThemInAnotherColour(t *testing.T) {
	r := rulesFrom(t, h39fWearCSV, h39fWearVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ تيشيرت ابيض.. لا معلش خلي واحد منهم اسود", []wantItem{{"TEE", 2, "أبيض", nil}, {"TEE", 1, "أسود", nil}}},
		{"عايز ٤ تيشيرت ابيض، خلي اتنين منهم احمر", []wantItem{{"TEE", 2, "أبيض", nil}, {"TEE", 2, "أحمر", nil}}},
		{"3ayez 3 tshirt abyad.. la ma3lesh khali wa7ed menhom eswed", []wantItem{{"TEE", 2, "أبيض", nil}, {"TEE", 1, "أسود", nil}}},
		{"I want 3 white t-shirts, sorry, make one of them black", []wantItem{{"TEE", 2, "أبيض", nil}, {"TEE", 1, "أسود", nil}}},
	})
	// two lines before the pause: "منهم" of which, unsure — no split
	res := understandText(t, r, "عايز ٣ تيشيرت ابيض و٢ كاب ابيض.. خلي واحد منهم اسود")
	for _, it := range res.Items {
		if it.SKU == "TEE" && it.Quantity.Float() == 2 {
			t.Errorf("a share of two lines read as one's: %+v", res.Items)
		}
	}
}

const h39fBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAKE,تورتة شوكولاتة,Chocolate cake,تورتة,حلويات,piece,350,10,,
CROISSANT,كرواسون زبدة,Butter croissant,كرواسون,مخبوزات,piece,25,60,,
`

const h39fBakeryVocab = `تورتة, تورته, torta, cake, cakes
كرواسون, croissant, croissants
`

// TestRules_EnglishApologyHoldsACorrection: "sorry, make it 2", "sorry
// make it 2", "actually make it 2" after an order correct its count: an
// order, never a question about pictures ("sorry" spells no صور).
func TestRules_EnglishApologyHoldsACorrection(t *testing.T) {
	r := rulesFrom(t, h39fBakeryCSV, h39fBakeryVocab)
	for _, text := range []string{
		"I want 3 croissants.. sorry, make it 2",
		"I want 3 croissants. sorry make it 2",
		"3 croissants please.. actually make it 2",
	} {
		checkPlaced(t, r, text, Order, []wantItem{{"CROISSANT", 2, "", nil}})
	}
	checkItems(t, r, "I'd like 2 cakes, sorry, make it 3", Order, []wantItem{{"CAKE", 3, "", nil}})
}

const h39fSpaCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MASSAGE,جلسة مساج,Massage session,مساج|جلسة مساج,علاج,piece,400,,,
SUB,رسوم عضوية (مرة واحدة),Membership fee (one time),عضوية,اشتراكات,piece,500,,,
`

const h39fSpaVocab = `مساج, جلسة مساج, massage, masaj
عضوية, membership
`

// TestRules_PluralOpensAPhrase: "٣ جلسات مساج" of the shop's phrase
// "جلسة مساج": the sound plural of the phrase's first word is the phrase.
func TestRules_PluralOpensAPhrase(t *testing.T) {
	r := rulesFrom(t, h39fSpaCSV, h39fSpaVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايزة ٣ جلسات مساج", []wantItem{{"MASSAGE", 3, "", nil}}},
		{"عايزة ٣ جلسات مساج.. لا معلش خليهم ٥", []wantItem{{"MASSAGE", 5, "", nil}}},
	})
}

// TestRules_HowOftenIsNoGoods: "مرة في الاسبوع", Franco "marra fel
// esboo3", English "once a week" after goods counted say how often —
// never the one-time fee whose name says "مرة", and no count.
func TestRules_HowOftenIsNoGoods(t *testing.T) {
	r := rulesFrom(t, h39fSpaCSV, h39fSpaVocab)
	for _, text := range []string{
		"عايزة ٤ مساج، مرة في الاسبوع",
		"عايزة ٤ مساج عشان الدكتور قال مرة في الاسبوع",
		"3ayza 4 masaj marra fel esboo3",
		"I want 4 massage sessions, once a week",
	} {
		checkPlaced(t, r, text, Order, []wantItem{{"MASSAGE", 4, "", nil}})
	}
}
