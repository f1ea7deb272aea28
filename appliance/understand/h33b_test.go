package understand

import (
	"slices"
	"testing"
)

// A five-a-side football pitch with a shop beside it: the pitches booked
// by the hour, balls, shirts, water, printing a name on a shirt. Its
// vocabulary folds the hour's words into one ("ساعة, hour", as a shop
// selling time writes it), and the trade's own word for its place
// ("الملعب") is a word of what it sells.
const h33bPitchCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PITCH-5,حجز ملعب خماسي (للساعة),Five-a-side pitch booking (per hour),ملعب خماسي|خماسي,ملاعب,piece,300,,,
BALL-5,كورة قدم مقاس 5,Football size 5,كورة|كرة,كور,piece,350,20,,أبيض|أصفر
SHIRT,تيشيرت فريق,Team shirt,تيشيرت|فانلة,ملابس,piece,150,50,,أحمر|أزرق
WATER,مياه معدنية صغيرة,Small mineral water,مياه|ميه,مشروبات,piece,10,200,,
SRV-PRINT,طباعة اسم ورقم على التيشيرت,Name and number printing,طباعة اسم,خدمات,piece,40,,,
`

const h33bPitchVocab = `ملعب, ملاعب, pitch, mal3ab
ساعة, ساعه, ساعات, hour, hours, sa3a
كورة, كوره, كرة, ball, kora
احمر, حمرا, red => أحمر
ازرق, زرقا, blue => أزرق
ابيض, بيضا, white => أبيض
اصفر, صفرا, yellow => أصفر
`

// TestShopAsked_TradeWordsLandmarksAndWhy: questions about the shop
// itself said as Egyptians ask them when they come to it are the shop's
// settings' to answer (ShopAsked), the landmark kept for a person to
// confirm (ShopBeyond): the shop named by its trade's word even when that
// word is one of the catalog's ("الملعب بيفتح الساعة كام يوم الجمعة؟" —
// "الساعة كام يوم …" is what time on a day, no "how many days"), named by
// its trade and "yours" where it is asked at a place ("الأكاديمية
// بتاعتكم في مدينة نصر فين بالظبط؟"), a landmark beside, above or behind
// it ("فوق محل العصير ولا جنبه على طول؟", "في الشارع اللي وراها"), an
// address that runs to the question's end ("في شارع التسعين بالتجمع
// الخامس؟"), the shopkeeper spoken to ("انت فاتح دلوقتي؟") and the reason
// the customer asks ("عشان جيت امبارح وملقتكمش"). They were handed to
// staff. An order, a complaint in the reason, or someone of the shop
// asked where he is, stay what they were. On a football pitch's catalog.
func TestShopAsked_TradeWordsLandmarksAndWhy(t *testing.T) {
	r := rulesFrom(t, h33bPitchCSV, h33bPitchVocab)
	for _, c := range []struct {
		text   string
		want   ShopTopic
		beyond []string
	}{
		{"الملعب بيفتح الساعة كام يوم الجمعة؟", ShopHours, nil},
		{"مساء الخير، الملعب بيقفل الساعة كام يوم الخميس؟", ShopHours, nil},
		{"الأكاديمية بتاعتكم في مدينة نصر فين بالظبط؟", ShopWhere, []string{"مدينة", "نصر"}},
		{"المكتب فين بالظبط في شارع التسعين بالتجمع الخامس؟", ShopWhere, []string{"شارع", "التسعين", "بالتجمع", "الخامس"}},
		{"انتو فاتحين النهارده؟ والمحل جنب البنزينة ولا في الشارع اللي وراها؟", ShopHours | ShopWhere, []string{"البنزينة", "الشارع", "وراها"}},
		{"النادي بيفتح الساعة كام؟ وانتو فوق محل العصير ولا جنبه على طول؟", ShopHours | ShopWhere, []string{"محل", "العصير", "جنبه", "على", "طول"}},
		{"انت فاتح دلوقتي؟ المحل جنب الجامع ولا ورا الجامع؟", ShopHours | ShopWhere, []string{"الجامع", "الجامع"}},
		{"انتو فاتحين يوم الجمعة؟ عشان جيت امبارح وملقتكمش", ShopHours, nil},
	} {
		res := understandText(t, r, c.text)
		if res.ShopAsked != c.want || !slices.Equal(res.ShopBeyond, c.beyond) || len(res.Items) != 0 || len(res.Unexplained) != 0 {
			t.Errorf("%q: shop asked %q of %q, items %d, unexplained %q; want %q of %q", c.text, res.ShopAsked, res.ShopBeyond, len(res.Items), res.Unexplained, c.want, c.beyond)
		}
	}
	for _, text := range []string{
		"انتو فاتحين النهارده؟ عشان عايز ٢ كورة",            // an order in the reason
		"انتو فاتحين النهارده؟ عشان الكورة اللي خدتها باظت", // a complaint in the reason
		"الفني بتاعكم فين؟",                                 // someone of the shop, no place
		"الاوردر بتاعي فين في الطريق؟",                      // the customer's own
		"الملعب الخماسي بكام الساعة؟",                       // a price
	} {
		if res := understandText(t, r, text); res.ShopAsked != 0 {
			t.Errorf("%q: shop asked %q of %q, want none", text, res.ShopAsked, res.ShopBeyond)
		}
	}
}

// TestRules_PriceByTheHourAsked: "بكام الساعة" of a service the catalog
// prices by the hour (its name says "للساعة", "per hour") asks that
// service's price — the hour is its measure, no question of the shop's
// hours for a person — in Arabic, Franco and English, the hour before or
// after the price. On a football pitch's catalog whose vocabulary folds
// ساعة into "hour".
func TestRules_PriceByTheHourAsked(t *testing.T) {
	r := rulesFrom(t, h33bPitchCSV, h33bPitchVocab)
	for _, text := range []string{
		"الملعب الخماسي بكام الساعة؟",
		"الساعة بكام في الملعب الخماسي؟",
		"حجز الملعب الخماسي الساعة بكام؟",
		"el mal3ab el khomasy el sa3a b kam?",
		"how much is the five-a-side pitch per hour?",
	} {
		res := understandText(t, r, text)
		if res.Intent != Inquiry || !slices.Equal(linesAsked(res), []string{"PITCH-5"}) || len(res.Service) != 0 {
			t.Errorf("%q: %s %v, service %q; want the pitch's price, no question", text, res.Intent, linesAsked(res), res.Service)
		}
	}
}

// A plant nursery: clay pots counted, soil in bags, a planting service
// per plant, delivery per order.
const h33bNurseryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POT-CLAY,اصيص فخار 5 لتر,Clay pot 5 litre,اصيص|قصرية,اصص,piece,60,80,فخار,
SOIL-20,شيكارة تربة زراعية 20 لتر,Potting soil bag 20 litre,تربة|شيكارة تربة,تربة,piece,90,40,,
PLANT-SRV,زراعة النبات في الاصيص (للنبتة),Potting a plant (per plant),زراعة,خدمات,piece,25,,,
SRV-DELIV,توصيل,Delivery,دليفري,خدمات,piece,50,,,
`

const h33bNurseryVocab = `اصيص, اصص, pot, pots, asis
تربة, تربه, soil, torba
شيكارة, شكارة, شيكاره, bag, bags, shekara, shikara
توصيل, دليفري, delivery, tawseel
`

// TestRules_TimeOfDayAndStreetNumber: the hour the customer comes or
// books for ("هعدي اخدهم الساعة ٥ العصر", "can I come by at 5 today?",
// "ينفع اعدي الساعة ٤؟") and a street's number in the address ("degla
// street 9", "لشارع ٩") are no count, size or line: the order read alone,
// nothing unexplained, one delivery; beside a service priced by the hour
// the hour of a visit books none. On a plant nursery's and a football
// pitch's catalogs.
func TestRules_TimeOfDayAndStreetNumber(t *testing.T) {
	r := rulesFrom(t, h33bNurseryCSV, h33bNurseryVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ شيكارة تربة، هعدي اخدهم الساعة ٥ العصر", []wantItem{{"SOIL-20", 2, "", nil}}},
		{"عايز ٣ اصيص فخار، ينفع اعدي الساعة ٤ النهارده؟", []wantItem{{"POT-CLAY", 3, "", nil}}},
		{"I need 2 bags of soil please, can I come by at 5 today?", []wantItem{{"SOIL-20", 2, "", nil}}},
		{"3 clay pots and delivery to degla street 9 please", []wantItem{{"POT-CLAY", 3, "", nil}, {"SRV-DELIV", 1, "", nil}}},
		{"عايز ٣ اصيص فخار وتوصيل لشارع ٩ في المعادي", []wantItem{{"POT-CLAY", 3, "", nil}, {"SRV-DELIV", 1, "", nil}}},
	})
	// the hour of a visit beside a service priced by the hour is no
	// booking of it
	checkCases(t, rulesFrom(t, h33bPitchCSV, h33bPitchVocab), Order, []itemCase{
		{"عايز ٢ تيشيرت فريق احمر، ينفع اعدي الساعة ٥ النهارده؟", []wantItem{{"SHIRT", 2, "أحمر", nil}}},
	})
	for _, text := range []string{"I need 2 bags of soil please, can I come by at 5 today?", "عايز ٢ شيكارة تربة، هعدي اخدهم الساعة ٥ العصر"} {
		if res := understandText(t, r, text); len(res.Unexplained) != 0 {
			t.Errorf("%q: unexplained %q, want none", text, res.Unexplained)
		}
	}
}

// TestRules_SomeoneSentToCollect: the customer sending someone to collect
// the goods ("هبعت حد يستلمهم بكرة", Franco "hab3at 7ad yestalemhom
// bokra") says when and by whom they are collected, as "هاعدي اخدهم"
// does: no word left unexplained beside the order. On a plant nursery's
// catalog.
func TestRules_SomeoneSentToCollect(t *testing.T) {
	r := rulesFrom(t, h33bNurseryCSV, h33bNurseryVocab)
	for _, text := range []string{
		"عايز ٢ شيكارة تربة، هبعت حد يستلمهم بكرة",
		"3ayez 2 shekara torba, hab3at 7ad yestalemhom bokra",
		"عايز ٣ اصيص فخار وهنبعت السواق ياخدهم",
	} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].SKU == "" || len(res.Unexplained) != 0 {
			t.Errorf("%q: %v, unexplained %q; want the one line, nothing unexplained", text, linesAsked(res), res.Unexplained)
		}
	}
}
