package understand

import (
	"slices"
	"testing"
)

// Round 33's figures that are no counts and corrections of count and kind
// (branch h33c), each on a small catalog of a trade of its own (none of the
// blind sets' catalogs or sentences).

// h33cPrintCSV: a print shop selling stickers and cards printed to a size.
const h33cPrintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
STK-10,طباعة ستيكر 10×10 سم,Sticker print 10×10 cm,ستيكر 10 في 10,طباعة,piece,3,,,
STK-5,طباعة ستيكر 5×5 سم,Sticker print 5×5 cm,ستيكر 5 في 5,طباعة,piece,2,,,
CARD-10x15,طباعة كارت معايدة 10×15 سم,Greeting card print 10×15 cm,كارت 10 في 15|كروت,طباعة,piece,1,,,
`

const h33cPrintVocab = `طباعة, طباعه, اطبع, اطبعلي, اطبعولي, print, printing, teba3a, a2ba3
ستيكر, ستيكرز, sticker, stickers, stiker
كارت, كروت, card, cards, kart
`

// TestRules_CountBeforeSizedNoun: a figure said inside a line's naming,
// right before the noun that with the size after it names goods ("اطبع ٣٠
// ستيكر ١٠ في ١٠", Franco "a2ba3 30 stiker 10x10"), is how many of the
// goods so sized, never a third side of the size (one sticker of
// 30 × 10 × 10 was invoiced).
func TestRules_CountBeforeSizedNoun(t *testing.T) {
	r := rulesFrom(t, h33cPrintCSV, h33cPrintVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز اطبع ٣٠ ستيكر ١٠ في ١٠", []wantItem{{"STK-10", 30, "", []int{10, 10}}}},
		{"عايز طباعة ٣٠ ستيكر ١٠×١٠ و٢٠٠ كارت ١٠ في ١٥", []wantItem{{"STK-10", 30, "", []int{10, 10}}, {"CARD-10x15", 200, "", []int{10, 15}}}},
		{"3ayez a2ba3 30 stiker 10x10 w 200 kart 10x15", []wantItem{{"STK-10", 30, "", []int{10, 10}}, {"CARD-10x15", 200, "", []int{10, 15}}}},
		{"عايز ٣٠ ستيكر ١٠ في ١٠", []wantItem{{"STK-10", 30, "", []int{10, 10}}}},
	})
}

// h33cBakeryCSV: a bakery selling cakes by flavour and gift boxes of
// sweets in two sizes, and candles.
const h33cBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAKE-CHOC,كيكة شوكولاتة,Chocolate cake,كيك شوكولاتة,كيك,piece,250,10,,
CAKE-VAN,كيكة فانيليا,Vanilla cake,كيك فانيليا,كيك,piece,220,10,,
CANDLE,شمع عيد ميلاد (علبة),Birthday candles box,شمع,اكسسوارات,piece,20,50,,
TRAY-CAKE,صينية تقديم تورتة,Cake serving tray,صينية تورتة|صينية,اكسسوارات,piece,60,20,,
`

const h33cBakeryVocab = `كيكة, كيكه, كيك, cake, cakes, keka
شوكولاتة, شوكولاته, شيكولاتة, chocolate, shokolata
فانيليا, فانيلا, vanilla, vanila
تورتة, تورته, تورتتين, torta
`

// TestRules_VariantInsteadCorrected: a correction right after a line that
// names another variant of the same goods ("٢ كيكة شوكولاتة.. لا خليها
// واحدة فانيليا بدلهم", "make it one vanilla instead") replaces the line:
// the first variant is taken back, never invoiced beside the new one. A
// count corrected and then more goods after و stay two lines.
func TestRules_VariantInsteadCorrected(t *testing.T) {
	r := rulesFrom(t, h33cBakeryCSV, h33cBakeryVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ كيكة شوكولاتة.. لا معلش خليها واحدة فانيليا بدلهم", []wantItem{{"CAKE-VAN", 1, "", nil}}},
		{"عايز ٢ كيكة شوكولاتة.. لا خليها كيكة فانيليا واحدة بس", []wantItem{{"CAKE-VAN", 1, "", nil}}},
		{"I want 2 chocolate cakes.. no, make it one vanilla cake instead", []wantItem{{"CAKE-VAN", 1, "", nil}}},
		{"عايز ٣ كيكة شوكولاتة.. لا خليهم ٢ بس، وواحدة فانيليا", []wantItem{{"CAKE-CHOC", 2, "", nil}, {"CAKE-VAN", 1, "", nil}}},
	})
}

// TestRules_OwnDualAfterBecause: a definite noun in the dual right after
// "عشان" closing its clause ("… عشان الكيكتين": because of the two cakes
// the customer has) is the customer's own things, the reason for the goods,
// never an order of two of them nor two of the goods.
func TestRules_OwnDualAfterBecause(t *testing.T) {
	checkCases(t, rulesFrom(t, h33cBakeryCSV, h33cBakeryVocab), Order, []itemCase{
		{"عايز صينية عشان الكيكتين", []wantItem{{"TRAY-CAKE", 1, "", nil}}},
		{"عايز ٢ علبة شمع عشان التورتتين", []wantItem{{"CANDLE", 2, "", nil}}},
	})
	checkCases(t, rulesFrom(t, h33cBabyCSV, h33cBabyVocab), Order, []itemCase{
		{"عايز كرسي عربية صغير عشان العربيتين", []wantItem{{"SEAT-S", 1, "", nil}}},
	})
}

// h33cCarCSV: a car service centre: an oil change and a wash, each per car.
const h33cCarCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SRV-OIL,تغيير زيت عربية ملاكي,Oil change (car),تغيير زيت,خدمات,piece,400,,,
SRV-WASH,غسيل عربية ملاكي,Car wash,غسيل عربية,خدمات,piece,150,,,
FILTER,فلتر زيت,Oil filter,فلتر,قطع غيار,piece,120,30,,
`

const h33cCarVocab = `عربية, عربيه, عربيات, عربيتين, car, cars, 3arabeya
غسيل, غسل, wash, washing
`

// TestRules_BothOfServicedGoods: "الاتنين" after a service, said after
// another service counted by the goods it is done to ("تغيير زيت
// لعربيتين وغسيل الاتنين"), is the count of those goods: two washes, as
// two cars were said, never one.
func TestRules_BothOfServicedGoods(t *testing.T) {
	r := rulesFrom(t, h33cCarCSV, h33cCarVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز تغيير زيت لعربيتين وغسيل الاتنين", []wantItem{{"SRV-OIL", 2, "", nil}, {"SRV-WASH", 2, "", nil}}},
	})
}

// h33cBabyCSV: a baby shop: car seats by the child's weight they carry.
const h33cBabyCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SEAT-S,كرسي عربية اطفال صغير لحد 13 كيلو,Infant car seat up to 13 kg,كرسي عربية صغير,كراسي,piece,2500,5,,
SEAT-L,كرسي عربية اطفال كبير لحد 25 كيلو,Child car seat up to 25 kg,كرسي عربية كبير,كراسي,piece,3500,5,,
STROLLER,عربية اطفال,Baby stroller,عربية بيبي|سترولر,عربيات,piece,4000,5,,
`

const h33cBabyVocab = `كرسي, كراسي, seat, seats
كبير, كبيرة, large, big
صغير, صغيرة, small
`

// TestRules_OwnWeightNoCount: the weight of the customer's child or
// animal said with the weight noun and its pronoun ("لبنتي وزنها ٩
// كيلو", "for my son weighing 9 kg") is why a size is asked, never how
// many of the goods: one seat quoted, not nine.
func TestRules_OwnWeightNoCount(t *testing.T) {
	r := rulesFrom(t, h33cBabyCSV, h33cBabyVocab)
	for _, text := range []string{
		"بكام كرسي العربية الصغير؟ ينفع لبنتي وزنها ٩ كيلو؟",
		"how much is the small car seat? is it ok for my son weighing 9 kg?",
	} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].SKU != "SEAT-S" || res.Items[0].Quantity.Float() != 1 {
			t.Errorf("%s: got %+v, want one SEAT-S", text, res.Items)
		}
	}
	if got := linesAsked(understandText(t, r, "عايز كرسي عربية اطفال كبير")); !slices.Equal(got, []string{"SEAT-L"}) {
		t.Errorf("the seat named: %v", got)
	}
}

// h33cNurseryCSV: a plant nursery: a mango tree, pots by size, pruning
// shears for trees.
const h33cNurseryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TREE-MANGO,شجرة مانجا مطعمة,Grafted mango tree,شجرة مانجا|مانجا,اشجار,piece,350,10,,
POT-L,اصيص فخار كبير,Large clay pot,اصيص كبير|قصرية كبيرة,اصص,piece,120,20,,
POT-S,اصيص فخار صغير,Small clay pot,اصيص صغير|قصرية صغيرة,اصص,piece,60,20,,
SHEARS,مقص تقليم شجر,Tree pruning shears,مقص تقليم|مقص شجر,عدة,piece,180,10,,
`

const h33cNurseryVocab = `كبير, كبيرة, كبار, large, big
صغير, صغيرة, صغيرين, صغار, small
`

// TestRules_SizeOfNamedAsked: an either-or question about the size of
// goods named before, said with the size noun and its pronoun ("شجرة
// المانجا بكام؟ وحجمها كبير ولا شتلة صغيرة؟"), asks what those goods are
// like: no large and small pots quoted beside the tree.
func TestRules_SizeOfNamedAsked(t *testing.T) {
	r := rulesFrom(t, h33cNurseryCSV, h33cNurseryVocab)
	res := understandText(t, r, "شجرة المانجا بكام؟ وحجمها كبير ولا صغير؟")
	if got := linesAsked(res); res.Intent != Inquiry || len(res.Items) != 1 || !slices.Equal(got, []string{"TREE-MANGO"}) {
		t.Errorf("got %v %v, want the tree alone", res.Intent, got)
	}
	if got := linesAsked(understandText(t, r, "عايز اصيص كبير")); !slices.Equal(got, []string{"POT-L"}) {
		t.Errorf("a size said of the goods: %v", got)
	}
}

// h33cGlassCSV: a glass shop: a bathroom mirror by the piece, tempered
// window glass by the m².
const h33cGlassCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MIRROR,مراية حمام بيضاوي,Oval bathroom mirror,مراية|مرايه,مرايات,piece,450,10,,
GLASS-WIN,زجاج سيكوريت للشباك,Tempered window glass,زجاج شباك|سيكوريت,زجاج,sqm,900,,,
`

// TestRules_OtherThingCounted: after و, a count before a catalog word no
// product heads, which the piece goods before cannot be ("عايز مراية
// حمام، وعايز كمان ٢ شباك الوميتال": two aluminium windows the shop
// does not make), counts that other thing, never the goods before: no two
// mirrors.
func TestRules_OtherThingCounted(t *testing.T) {
	r := rulesFrom(t, h33cGlassCSV, "")
	for _, text := range []string{"عايز مراية حمام، وعايز كمان ٢ شباك الوميتال للمطبخ", "عايز مراية حمام و٢ شباك الوميتال"} {
		res := understandText(t, r, text)
		for _, it := range res.Items {
			if it.SKU == "MIRROR" && it.Quantity.Float() != 1 {
				t.Errorf("%s: the mirror counted %v", text, it.Quantity.Float())
			}
		}
	}
}
