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

// A car parts shop: parts, no cars.
const h30cCarCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FLT-OIL,فلتر زيت عربية,Car oil filter,فلتر زيت,فلاتر,piece,150,30,,
PLG-4,طقم بوجيهات عربية 4 قطع,Car spark plugs set of 4,بوجيهات|طقم بوجيه,بوجيهات,piece,400,20,,
OIL-5W30,زيت موتور 5W30 4 لتر,Engine oil 5W30 4 L,زيت موتور|زيت عربية,زيوت,piece,900,25,,
`

// A pet shop: food and a kitten's milk.
const h30cPetCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAT-DRY,اكل قطط دراي 2 كيلو,Dry cat food 2 kg,اكل قطط|دراي فود,اكل,piece,450,30,,
CAT-MILK,لبن قطط صغيرة,Kitten milk,لبن قطط,اكل,piece,300,20,,
SOFA-CAT,سرير قطة,Cat bed,سرير قطط,اكسسوارات,piece,600,10,,بيج|رمادي
`

// TestRules_TroubleAdviceTermsForStaff: a trouble told of a thing the
// shop sells nothing headed by ("العربية بتسخن …"), a person asked to come
// and look at it ("حد ييجي يشوفها"), is a request for staff, no complaint
// about the shop's goods; harm or danger asked of goods ("ولا فيه خطر
// عليها؟", "is it safe for kittens?") and what is best for a trouble
// ("وايه احسن حاجة للكحة؟") are advice a person gives; paying in two
// instalments ("على قسطين") is the terms of the sale: a person's, never a
// question of which goods or an order.
func TestRules_TroubleAdviceTermsForStaff(t *testing.T) {
	car := rulesFrom(t, h30cCarCSV, "بوجيه, بوجيهات, spark plugs\n")
	pet := rulesFrom(t, h30cPetCSV, "قطط, قطه, قطة, cat, cats\n")
	for _, tt := range []struct {
		r    *Rules
		text string
	}{
		{car, "العربية بتسخن بسرعة وبيطلع دخان من الشكمان، ممكن حد فني يكلمني يقولي ده من ايه؟ وعندكم حد ييجي يشوفها في البيت؟"},
		{pet, "القطة عندها اسبوعين، ينفع اديها لبن قطط ولا فيه خطر عليها؟"},
		{pet, "is the kitten milk safe for a two week old kitten?"},
		{pet, "القطة بتكح، وايه احسن حاجة ليها؟"},
		{pet, "ينفع ادفع سرير القطة على قسطين؟"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res := understandText(t, tt.r, tt.text)
			if res.Intent != Other || len(res.Items) != 0 || len(res.Service) == 0 {
				t.Errorf("%s: %v %+v service %v, want a question for staff and no line", tt.text, res.Intent, res.Items, res.Service)
			}
		})
	}
	// a part asked for the car is still an order
	checkCases(t, car, Order, []itemCase{
		{"عايز فلتر زيت للعربية", []wantItem{{"FLT-OIL", 1, "", nil}}},
	})
}

// A bakery: cakes and bread.
const h30cBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAKE-CH,تورتة شوكولاتة,Chocolate cake,تورتة,تورت,piece,350,10,,
BREAD-BL,عيش بلدي,Baladi bread,عيش,عيش,piece,5,500,,
`

// TestRules_FoodThatCameNotGood: goods that came ("اللي جت امبارح",
// "اللي وصل") told not good, not fresh or spoilt ("مش حلوة", "مش طازة",
// "ريحته وحشة", "بايظة") are a complaint, no question of which goods.
func TestRules_FoodThatCameNotGood(t *testing.T) {
	r := rulesFrom(t, h30cBakeryCSV, "تورتة, تورته, تورتات, cake\n")
	for _, text := range []string{
		"التورتة اللي جت امبارح كان طعمها مش حلو خالص",
		"التورتة اللي جت امبارح كانت مش طازة",
		"العيش اللي وصل النهارده ريحته وحشة",
		"التورتة اللي جت كانت بايظة",
	} {
		t.Run(text, func(t *testing.T) {
			if res := understandText(t, r, text); res.Intent != Complaint {
				t.Errorf("%s: %v %+v, want a complaint", text, res.Intent, res.Items)
			}
		})
	}
}

// A menswear shop that rents wedding suits out as a service of its own.
const h30cSuitCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TIE-SLK,كرافتة حرير,Silk tie,كرافتة,كرافتات,piece,350,30,حرير,
SRV-SUIT-RENT,ايجار بدلة فرح لليلة,Wedding suit rental for one night,ايجار بدلة|تأجير بدلة,خدمات,piece,1500,,,
`

// TestRules_RentTheShopSells: the shop's verb of renting out ("بتأجروا",
// "you rent … right?") said before goods whose rent the catalog sells
// ("ايجار بدلة فرح") is that rent, asked or ordered as the product it is,
// never a question for staff that drops the lines beside it; a shop that
// sells no rent still hands it to a person.
func TestRules_RentTheShopSells(t *testing.T) {
	r := rulesFrom(t, h30cSuitCSV, "بدلة, بدله, بدل, suit, suits\nفرح, wedding\nكرافتة, كرافته, tie\n")
	for _, text := range []string{
		"how much is the silk tie? and you rent wedding suits right? how much?",
		"بكام الكرافتة الحرير؟ وبتأجروا بدل فرح؟ بكام؟",
	} {
		t.Run(text, func(t *testing.T) {
			res := understandText(t, r, text)
			if got := linesAsked(res); res.Intent != Inquiry || !slices.Equal(got, []string{"SRV-SUIT-RENT", "TIE-SLK"}) {
				t.Errorf("%s: %v %v, want the tie and the rent priced", text, res.Intent, got)
			}
		})
	}
	none := rulesFrom(t, "sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors\nTIE-SLK,كرافتة حرير,Silk tie,كرافتة,كرافتات,piece,350,30,حرير,\nSUIT-W,بدلة فرح,Wedding suit,,بدل,piece,9000,5,,\n",
		"بدلة, بدله, بدل, suit, suits\nفرح, wedding\n")
	if res := understandText(t, none, "do you rent wedding suits?"); res.Intent != Other || len(res.Items) != 0 {
		t.Errorf("a shop selling no rent: %v %+v, want a question for staff", res.Intent, res.Items)
	}
}
