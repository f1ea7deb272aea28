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

// A silver shop: a cup (كاس, the consonants of English "exit" less its
// t) and a chain in ة.
const h30cSilverCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CUP-SL,كاس فضة,Silver cup,كاس,هدايا,piece,1500,10,فضة,فضي
CHAIN-SL,سلسلة فضة,Silver chain,سلسله فضه,سلاسل,piece,900,20,فضة,فضي
`

const h30cSilverVocab = `سلسلة, سلسله, chain, selsela
فضي, silver => فضي
ابيض, white => أبيض
احمر, red => أحمر
`

// TestRules_EnglishWordNoConstructState: a plain English word ending in t
// ("exit") is no Franco construct state: only a noun in ة has one
// ("selselet fadda" is the chain), so the consonants before its t never
// name a word without ة ("exit" is no كاس).
func TestRules_EnglishWordNoConstructState(t *testing.T) {
	r := rulesFrom(t, h30cSilverCSV, h30cSilverVocab)
	for _, text := range []string{
		"is the shop near the metro exit?",
		"we come from the ring road, which exit do we take?",
		"ok we take the exit after the bridge",
	} {
		t.Run(text, func(t *testing.T) {
			res := understandText(t, r, text)
			if len(res.Items) != 0 {
				t.Errorf("%s: %+v, want no line", text, res.Items)
			}
		})
	}
	checkCases(t, r, Order, []itemCase{
		{"3ayez selselet fadda", []wantItem{{"CHAIN-SL", 1, "فضي", nil}}},
	})
}

// TestRules_EnglishHoursAfterPrayerAndPlace: the shop's hours asked before
// or after a prayer ("are you open on Friday after prayer?", "فاتحين
// الجمعة بعد الصلاة؟", Franco "ba3d el salah") and a clause of nothing
// but a place after its place asked, English's article between ("…, near
// the metro exit?") are the shop's hours and where, answered from its
// settings, the place kept for a person.
func TestRules_EnglishHoursAfterPrayerAndPlace(t *testing.T) {
	r := rulesFrom(t, h30cSilverCSV, h30cSilverVocab)
	for _, tt := range []struct {
		text string
		want ShopTopic
	}{
		{"are you open on Friday after prayer?", ShopHours},
		{"فاتحين يوم الجمعة بعد الصلاة؟", ShopHours},
		{"fat7in el gom3a ba3d el salah?", ShopHours},
		{"hi, where exactly is the shop in Mansoura, near the station exit?", ShopWhere},
		{"hello, are you open on Friday after prayer? and where is the shop in Tanta, near the old bridge?", ShopHours | ShopWhere},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res := understandText(t, r, tt.text)
			if len(res.Items) != 0 || res.ShopAsked != tt.want {
				t.Errorf("%s: asked %v, lines %+v, want %v and none", tt.text, res.ShopAsked, res.Items, tt.want)
			}
		})
	}
}
