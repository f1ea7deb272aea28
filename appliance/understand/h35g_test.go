package understand

import (
	"testing"

	"fatoora/catalog"
)

// A gift shop: mugs and wallets in stock, works done to each piece kept
// in no stock (a photo print priced per piece, engraving and gift
// wrapping), and delivery.
const h35gGiftCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MUG-W,مج سيراميك,Ceramic mug,مج|كوباية مج,مجات,piece,90,50,سيراميك,أبيض|أسود
WAL-L,محفظة جلد,Leather wallet,محفظة,محافظ,piece,250,30,جلد,بني|أسود
PRT-PH,طباعة صورة (للقطعة),Photo print (per piece),طباعة صورة|طبع صورة,طباعة,piece,40,,,
PRT-NM,طباعة اسم (للقطعة),Name print (per piece),طباعة اسم,طباعة,piece,25,,,
SRV-ENG,حفر اسم بالليزر,Laser name engraving,حفر اسم|حفر ليزر,خدمات,piece,60,,,
SRV-WRAP,تغليف هدية,Gift wrapping,تغليف|تغليف هدية,خدمات,piece,20,,,
SRV-DEL,توصيل,Delivery,توصيل|دليفري,خدمات,piece,35,,,
`

const h35gGiftVocab = `ابيض, white, abyad => أبيض
اسود, black, eswed => أسود
بني, brown, bonni => بني
mug, mugs => مج
photo print, print photo => طباعة صورة
name print => طباعة اسم
wallet, wallets => محفظة
`

// TestRules_PerPieceWorkSaidOnce: a work done to each piece, said once
// right after counted goods, is done to each of them: a work priced per
// piece said bare, after "+" or "و" ("٣ مج ابيض طباعة صورة", "mug white
// x3 + photo print"), a second work joined to it by و ("طباعة صورة واسم",
// "مع تغليف وحفر اسم"), and one said with "مع" after a list of goods of one
// kind (all of them, never the last line's count). Delivery, a work with
// its own count and goods of several kinds keep what they say.
func TestRules_PerPieceWorkSaidOnce(t *testing.T) {
	r := rulesFrom(t, h35gGiftCSV, h35gGiftVocab)
	checkCases(t, r, Order, []itemCase{
		{"٣ مج ابيض طباعة صورة", []wantItem{{"MUG-W", 3, "أبيض", nil}, {"PRT-PH", 3, "", nil}}},
		{"عايز ٣ مج ابيض وطباعة صورة", []wantItem{{"MUG-W", 3, "أبيض", nil}, {"PRT-PH", 3, "", nil}}},
		{"mug white x3 + photo print", []wantItem{{"MUG-W", 3, "أبيض", nil}, {"PRT-PH", 3, "", nil}}},
		{"3 mug abyad + tba3et sora", []wantItem{{"MUG-W", 3, "أبيض", nil}, {"PRT-PH", 3, "", nil}}},
		{"٤ مج اسود طباعة صورة وطباعة اسم", []wantItem{{"MUG-W", 4, "أسود", nil}, {"PRT-PH", 4, "", nil}, {"PRT-NM", 4, "", nil}}},
		{"٢ محفظة بني مع تغليف وحفر اسم", []wantItem{{"WAL-L", 2, "بني", nil}, {"SRV-WRAP", 2, "", nil}, {"SRV-ENG", 2, "", nil}}},
		{"2 wallets brown with gift wrapping and laser engraving", []wantItem{{"WAL-L", 2, "بني", nil}, {"SRV-WRAP", 2, "", nil}, {"SRV-ENG", 2, "", nil}}},
		{"٣ مج ابيض و ٢ مج اسود مع طباعة صورة", []wantItem{{"MUG-W", 3, "أبيض", nil}, {"MUG-W", 2, "أسود", nil}, {"PRT-PH", 5, "", nil}}},
		// its own count, delivery: as said
		{"٣ مج ابيض و ١ طباعة صورة", []wantItem{{"MUG-W", 3, "أبيض", nil}, {"PRT-PH", 1, "", nil}}},
		{"٢ محفظة بني مع تغليف وتوصيل", []wantItem{{"WAL-L", 2, "بني", nil}, {"SRV-WRAP", 2, "", nil}, {"SRV-DEL", 1, "", nil}}},
	})
	// goods of two kinds before the work: which it is done to is not said
	res := understandText(t, r, "٢ مج ابيض و ٣ محفظة بني مع طباعة صورة")
	for _, it := range res.Items {
		if it.SKU == "PRT-PH" && it.Quantity.Float() == 5 {
			t.Errorf("two kinds: %+v, the print counted on both", res.Items)
		}
	}
}

// A poultry shop: chickens and ducks in stock, cleaning and grilling
// done per bird, kept in no stock; the shop's vocabulary reads
// "cleaned"/"clean" as its cleaning and "grilled" as its grilling.
const h35gPoultryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHK-W,فرخة بلدي,Country chicken,فرخة|فراخ,طيور,piece,180,40,,
DCK-W,بطة مسكوفي,Muscovy duck,بطة|بط,طيور,piece,350,15,,
SRV-CL,تنضيف وتقطيع (للطير),Cleaning and cutting (per bird),تنضيف|تنظيف,خدمات,piece,15,,,
SRV-GR,شوي (للطير),Grilling (per bird),شوي,خدمات,piece,50,,,
`

const h35gPoultryVocab = `فرخة, فراخ, chicken, chickens, far5a
بطة, بط, duck, ducks
تنضيف, تنظيف, clean, cleaned, tandeef
شوي, grilled, grill
`

// TestRules_WorkSaidAsTheGoodsState: the فعيل adjective of a work's root
// said right after counted goods ("٢ فرخة نضيف", "بطة نضيفة"), and an
// English participle or adjective the shop's vocabulary reads as the work
// ("2 chickens cleaned", "clean", "grilled"), is that work done to each of
// them, as "متنضف" and "مشوي" are. An adjective of no work the shop sells
// ("كبيرة") is none.
func TestRules_WorkSaidAsTheGoodsState(t *testing.T) {
	r := rulesFrom(t, h35gPoultryCSV, h35gPoultryVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ فرخة نضيف", []wantItem{{"CHK-W", 2, "", nil}, {"SRV-CL", 2, "", nil}}},
		{"عايز بطة نضيفة و ٢ فرخة مشوية", []wantItem{{"DCK-W", 1, "", nil}, {"SRV-CL", 1, "", nil}, {"CHK-W", 2, "", nil}, {"SRV-GR", 2, "", nil}}},
		{"2 chickens cleaned", []wantItem{{"CHK-W", 2, "", nil}, {"SRV-CL", 2, "", nil}}},
		{"3 chickens clean please", []wantItem{{"CHK-W", 3, "", nil}, {"SRV-CL", 3, "", nil}}},
		{"2 ducks grilled", []wantItem{{"DCK-W", 2, "", nil}, {"SRV-GR", 2, "", nil}}},
		{"عايز ٢ فرخة كبيرة", []wantItem{{"CHK-W", 2, "", nil}}},
	})
}

// A coffee roaster: coffee by the pack, a cardamom cake, and a gift box
// whose name lists what it holds (ground cardamom) — goods the shop does
// not sell alone.
const h35gCoffeeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BN-M,بن محوج وسط,Spiced coffee medium roast,بن وسط|بن محوج وسط,بن,piece,120,40,,
BN-D,بن محوج غامق,Spiced coffee dark roast,بن غامق|بن محوج غامق,بن,piece,120,40,,
CAKE-C,كيكة حبهان,Cardamom cake,كيكة حبهان,حلويات,piece,90,10,,
GIFT-BOX,علبة هدايا (بن غامق وكيكة حبهان وحبهان مطحون),Gift box (dark coffee cardamom cake and ground cardamom),علبة هدايا|بوكس هدايا,هدايا,piece,450,10,,
`

const h35gCoffeeVocab = `بن, bon, coffee
حبهان, حبان, cardamom, 7abahan
`

// TestRules_WeightAfterAndOpensOtherGoods: a weight said after و, once
// the line before has its head noun ("بن غامق ونص كيلو حبهان مطحون", "…
// و ٢ كيلو حبهان"), opens other goods — here goods the shop sells only
// inside a box whose name lists them — never the box invoiced by that
// weight nor the weight given to the goods before, which are kept.
func TestRules_WeightAfterAndOpensOtherGoods(t *testing.T) {
	r := rulesFrom(t, h35gCoffeeCSV, h35gCoffeeVocab)
	for _, text := range []string{"عايز بن غامق ونص كيلو حبهان مطحون", "عايز بن غامق و ٢ كيلو حبهان مطحون", "3ayez bon gamek w nos kilo 7abahan"} {
		res := understandText(t, r, text)
		kept := false
		for _, it := range res.Items {
			if it.SKU == "GIFT-BOX" || it.Product != nil && it.Quantity != catalog.One {
				t.Errorf("%s: %+v, the weight given to other goods", text, res.Items)
			}
			kept = kept || it.SKU == "BN-D" || it.SKU == "" && len(it.Ambiguous) > 0
		}
		if !kept && text[0] != '3' {
			t.Errorf("%s: %+v, the coffee lost", text, res.Items)
		}
	}
}
