package understand

import "testing"

// c25CakeCSV: a cake shop whose delivery's synonym is the send verb itself
// ("ابعتوا"), its name saying where to ("للبيت"), no unit it is priced per.
const c25CakeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAKE-L,تورتة كبيرة,Large cake,تورتة كبيرة|تورته كبيره,تورت,piece,450,20,,
CAKE-S,تورتة صغيرة,Small cake,تورتة صغيرة|تورته صغيره,تورت,piece,250,20,,
CANDLE,علبة شمع,Box of candles,شمع|شمعة,اكسسوارات,piece,30,100,,
SRV-DELIV,توصيل للبيت داخل القاهرة,Home delivery within Cairo,توصيل|دليفري|ابعتوا,خدمات,piece,50,,,
`

// c25CakeVocab: the shop's vocabulary groups the send verb with its
// "them" forms.
const c25CakeVocab = `ابعتوا, ابعتوهم, ابعتهم, وابعتوهم, delivery
`

// c25PerOrderCSV: a shop whose delivery says it is priced per order
// "(للطلب)", and one priced per piece "(للقطعة)".
const c25PerOrderCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LIPSTICK,روج مات,Matte lipstick,روج|احمر شفايف,مكياج,piece,150,40,,
SRV-DELIV,توصيل (للطلب),Delivery (per order),توصيل|دليفري|شحن,خدمات,piece,30,,,
`

const c25PerPieceCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHAIR,كرسي بلاستيك,Plastic chair,كرسي|كراسي,كراسي,piece,150,400,,
SRV-DELIV,توصيل (للقطعة),Delivery (per piece),توصيل|دليفري|شحن,خدمات,piece,5,,,
`

// TestRules_SendThemOneDelivery: "and send them" after counted goods is
// one trip for the order — the delivery's synonym the send verb itself,
// its name saying where to ("للبيت") or that it is per order ("(للطلب)")
// — never one per piece as a work on them is ("٢ فلتر وتركيبهم"); a
// delivery priced per piece "(للقطعة)" is counted as the pieces are.
func TestRules_SendThemOneDelivery(t *testing.T) {
	for _, vocab := range []string{"", c25CakeVocab} {
		r := rulesFrom(t, c25CakeCSV, vocab)
		checkCases(t, r, Order, []itemCase{
			{"٣ تورتة كبيرة وابعتوهم مدينة نصر", []wantItem{{"CAKE-L", 3, "", nil}, {"SRV-DELIV", 1, "", nil}}},
			{"٢ تورته صغيره و٤ علبة شمع وابعتوهم المعادي", []wantItem{{"CAKE-S", 2, "", nil}, {"CANDLE", 4, "", nil}, {"SRV-DELIV", 1, "", nil}}},
		})
	}
	checkCases(t, rulesFrom(t, c25PerOrderCSV, ""), Order, []itemCase{
		{"٢ روج وابعتوهم", []wantItem{{"LIPSTICK", 2, "", nil}, {"SRV-DELIV", 1, "", nil}}},
	})
	checkCases(t, rulesFrom(t, c25PerPieceCSV, ""), Order, []itemCase{
		{"٥٠ كرسي وابعتوهم", []wantItem{{"CHAIR", 50, "", nil}, {"SRV-DELIV", 50, "", nil}}},
	})
}
