package understand

import (
	"context"
	"slices"
	"testing"
)

// Branch h38c, on catalogs of their own (none of round 38's names or
// sentences): a pet-food shop whose goods come for cats and for dogs,
// and a school-uniform shop whose pieces come for the primary and the
// preparatory stage.
const h38cPetCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FOOD-CAT,دراي فود قطط 2 كيلو,Dry food for cats 2 kg,,اكل,piece,450,20,,
FOOD-DOG,دراي فود كلاب 2 كيلو,Dry food for dogs 2 kg,,اكل,piece,500,20,,
SHAMPOO-CAT,شامبو قطط,Cat shampoo,,عناية,piece,120,20,,
SHAMPOO-DOG,شامبو كلاب,Dog shampoo,,عناية,piece,140,20,,
BOWL,طبق اكل ستانلس,Stainless food bowl,طبق,اكسسوار,piece,80,30,,
`

const h38cPetVocab = `قطة, قطط, قط, cat, cats, 2otta
كلب, كلاب, dog, dogs, kalb
دراي فود, اكل ناشف, dry food
شامبو, shampoo
طبق, bowl, taba2
`

const h38cUniformCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHIRT-PRIM,قميص مدرسة ابتدائي,Primary school shirt,,قمصان,piece,150,50,,
SHIRT-PREP,قميص مدرسة اعدادي,Preparatory school shirt,,قمصان,piece,170,50,,
PANTS-PRIM,بنطلون مدرسة ابتدائي,Primary school trousers,,بناطيل,piece,200,50,,
PANTS-PREP,بنطلون مدرسة اعدادي,Preparatory school trousers,,بناطيل,piece,220,50,,
BAG,شنطة مدرسة,School bag,شنطة,شنط,piece,300,20,,
`

const h38cUniformVocab = `ابتدائي, ابتدائية, primary, ebtedaey
اعدادي, إعدادي, اعدادية, تانية اعدادي, preparatory, e3dady
قميص, قمصان, shirt, shirts, 2amees
بنطلون, بناطيل, trousers, bantalon
شنطة, bag, shanta
`

// checkChosen: the message gives the lines want, none of them asked
// between products (no Ambiguous left).
func checkChosen(t *testing.T, r *Rules, cases []itemCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			checkItems(t, r, tt.text, "", tt.want)
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range res.Items {
				if len(it.Ambiguous) > 0 || it.Vague {
					t.Errorf("%s: %s still asked between %d products", tt.text, it.SKU, len(it.Ambiguous)+1)
				}
			}
		})
	}
}

// TestRules_SubjectSaidElsewhereChoosesTheVariant: the animal the
// customer says once, away from the goods ("عندي قطة", "for my dog",
// "للكلب"), chooses among lines whose names differ by the animal.
func TestRules_SubjectSaidElsewhereChoosesTheVariant(t *testing.T) {
	r := rulesFrom(t, h38cPetCSV, h38cPetVocab)
	checkChosen(t, r, []itemCase{
		{"عندي قطة، عايز شامبو ودراي فود", []wantItem{{"SHAMPOO-CAT", 1, "", nil}, {"FOOD-CAT", 1, "", nil}}},
		{"الكلب بتاعي محتاج شامبو ودراي فود", []wantItem{{"SHAMPOO-DOG", 1, "", nil}, {"FOOD-DOG", 1, "", nil}}},
		{"3andy kalb, 3ayez shampoo w dry food", []wantItem{{"SHAMPOO-DOG", 1, "", nil}, {"FOOD-DOG", 1, "", nil}}},
		{"I need shampoo and dry food for my cat", []wantItem{{"SHAMPOO-CAT", 1, "", nil}, {"FOOD-CAT", 1, "", nil}}},
	})
}

// TestRules_TwoSubjectsChooseNothing: a message naming both animals
// chooses neither variant — the line stays a question.
func TestRules_TwoSubjectsChooseNothing(t *testing.T) {
	r := rulesFrom(t, h38cPetCSV, h38cPetVocab)
	for _, text := range []string{"عندي قطة وكلب، عايز شامبو", "I have a cat and a dog, I need shampoo"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		asked := slices.ContainsFunc(res.Items, func(it Item) bool { return len(it.Ambiguous) > 0 })
		if !asked {
			t.Errorf("%s: %+v, want the shampoo asked between cat and dog", text, res.Items)
		}
	}
}

// TestRules_SchoolStageSaidElsewhere: the child's school stage said
// before the order ("بنتي في تانية اعدادي") chooses the stage of every
// piece that comes in stages.
func TestRules_SchoolStageSaidElsewhere(t *testing.T) {
	r := rulesFrom(t, h38cUniformCSV, h38cUniformVocab)
	checkChosen(t, r, []itemCase{
		{"بنتي في تانية اعدادي، عايزة ٢ قميص وبنطلون", []wantItem{{"SHIRT-PREP", 2, "", nil}, {"PANTS-PREP", 1, "", nil}}},
		{"ebny fe ebtedaey, 3ayez 2 2amees w bantalon", []wantItem{{"SHIRT-PRIM", 2, "", nil}, {"PANTS-PRIM", 1, "", nil}}},
		{"My daughter is in primary school. 2 shirts and 1 trousers please", []wantItem{{"SHIRT-PRIM", 2, "", nil}, {"PANTS-PRIM", 1, "", nil}}},
	})
}

const h38cHardwareCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LOCK-MAG,كالون مغناطيسي,Magnetic lock,,كوالين,piece,250,30,,
LOCK-KEY,كالون مفتاح عادي,Plain key lock,,كوالين,piece,150,30,,
STOP-MAG,مصد مغناطيسي,Magnetic door stopper,,مصدات,piece,95,30,,
STOP-FLOOR,مصد ارضي,Floor door stopper,,مصدات,piece,60,30,,
`

const h38cHardwareVocab = `كالون, كوالين, lock, locks
مصد, مصدات, stopper, stoppers
`

// TestRules_VariantWordOfOtherGoodsIsNoSubject: a variant word said right
// after another line's goods ("كوالين مغناطيسي") names those goods: the
// stopper listed after it keeps its own variant.
func TestRules_VariantWordOfOtherGoodsIsNoSubject(t *testing.T) {
	r := rulesFrom(t, h38cHardwareCSV, h38cHardwareVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز:\n- كوالين مغناطيسي: 10\n- مصد ارضي: 10", []wantItem{{"LOCK-MAG", 10, "", nil}, {"STOP-FLOOR", 10, "", nil}}},
	})
}
