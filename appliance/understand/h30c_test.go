package understand

import (
	"slices"
	"testing"
)

// Round 30's first-contact talk classes and merged lines (branch h30c),
// each on a small shop of its own trade (none of the blind sets' catalogs
// or sentences).

// A bicycle shop: the city bike's name holds the leather its saddle is
// made of; the saddles come in two widths.
const h30cBikeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BIKE-CITY,عجلة سيتي رجالي سرج جلد,City bike,عجلة رجالي|عجلة سيتي,عجل,piece,9500,6,حديد وجلد,أسود|بني
SAD-20,سرج جلد 20 سم,Leather saddle 20 cm,سرج 20,سروج,piece,450,20,جلد,أسود|بني
SAD-25,سرج جلد 25 سم,Leather saddle 25 cm,سرج 25,سروج,piece,520,20,جلد,أسود|بني
`

const h30cBikeVocab = `عجلة, عجله, بسكلته, bike, bicycle, 3agala
سرج, saddle, sarg
جلد, leather, geld
اسود, سودا, black, eswed => أسود
بني, brown, bonny => بني
`

// TestRules_GoodsForTheCustomersOwn: ل on a noun with a possessive ending
// ("لعجلتي", "لعجلته"), لل on a noun and "بتاعتي" after it, Franco "le
// 3agalty", English "for my old bike" name what the goods are for, the
// customer's own thing, never a product to sell though the shop sells its
// kind: the saddle, asked which width, never the bike.
func TestRules_GoodsForTheCustomersOwn(t *testing.T) {
	r := rulesFrom(t, h30cBikeCSV, h30cBikeVocab)
	for _, text := range []string{
		"عايز سرج جلد بني لعجلتي القديمة",
		"محتاج سرج جلد اسود لعجلته",
		"عايز سرج جلد بني للعجلة بتاعتي",
		"3ayez sarg geld bonny le 3agalty el adima",
		"I need a brown leather saddle for my old bike",
	} {
		t.Run(text, func(t *testing.T) {
			res := understandText(t, r, text)
			if got := linesAsked(res); !slices.Equal(got, []string{"SAD-20", "SAD-25"}) {
				t.Errorf("%s: lines %v, want the two saddles asked: %+v", text, got, res.Items)
			}
		})
	}
	// the bike itself, said as the goods, is still the bike
	checkCases(t, r, Order, []itemCase{
		{"عايز عجلة سيتي رجالي بني لابني", []wantItem{{"BIKE-CITY", 1, "بني", nil}}},
		{"عايز سرج جلد 25 سم اسود لعجلتي", []wantItem{{"SAD-25", 1, "أسود", nil}}},
	})
}
