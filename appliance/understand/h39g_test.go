package understand

import (
	"context"
	"testing"
)

// Branch h39g, on catalogs of their own (none of round 39's names or
// sentences): a gym, a bakery, a clinic and a tutoring centre.
const h39gGymCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TRIAL,حصة تجريبية,Trial session,حصة تجريبية|حصة تجربة,اشتراكات,piece,100,,,
MONTH,اشتراك شهر (للشخص),Monthly membership (per person),اشتراك شهر,اشتراكات,piece,600,,,
COACH,مدرب خاص (للشخص في الشهر),Personal coach (per person per month),مدرب خاص|كوتش,خدمات,piece,1500,,,
JOIN,رسوم اشتراك اول مرة (للشخص),Joining fee (per person),رسوم اشتراك|رسوم,اشتراكات,piece,300,,,
LOCKER,دولاب خاص (للشخص في الشهر),Private locker (per person per month),دولاب|لوكر,خدمات,piece,100,,,
COURT,ملعب اسكواش (للساعة),Squash court (per hour),ملعب اسكواش|اسكواش,حجز,piece,200,,,
WATER,ازازة مية,Water bottle,مية|ازازة مية,مشروبات,piece,10,100,,
TOWEL,فوطة رياضة,Sports towel,فوطة,منتجات,piece,150,20,,أزرق|أسود
`

const h39gGymVocab = `حصة تجريبية, حصة تجربة, trial session, trial
اشتراك, eshterak, membership
مدرب خاص, كوتش, coach, personal coach
دولاب, لوكر, locker
اسكواش, squash, court
مية, water, maya
فوطة, towel, fota
ازرق, أزرق, زرقا, blue, azra2 => أزرق
اسود, أسود, سودا, black, eswed => أسود
`

const h39gBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAKE-BD,تورتة عيد ميلاد,Birthday cake,تورتة عيد ميلاد|عيد ميلاد,تورت,piece,450,,,
CUPCAKE,كب كيك,Cupcake,كب كيك|كاب كيك,حلويات,piece,25,80,,
CANDLE,شمع تورتة,Cake candles,شمع,مستلزمات,piece,15,50,,
`

const h39gBakeryVocab = `تورتة, تورته, cake, torta
عيد ميلاد, birthday
كب كيك, كاب كيك, cupcake, cupcakes
شمع, candles
`

const h39gClinicCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
EXAM,كشف,Examination,كشف,كشوفات,piece,300,,,
ECG,رسم قلب,ECG,رسم قلب,فحوصات,piece,200,,,
ECHO,ايكو على القلب,Echocardiogram,ايكو,فحوصات,piece,800,,,
`

const h39gClinicVocab = `كشف, kashf, examination
رسم قلب, ecg, rasm alb
ايكو, echo, eco
`

const h39gTutorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MATH,حصة رياضيات,Maths lesson,رياضيات|ماث,حصص,piece,150,,,
ENG,حصة انجليزي,English lesson,انجليزي,حصص,piece,150,,,
BOOK-MATH,ملزمة رياضيات للترم,Maths booklet for the term,ملزمة رياضيات|ملزمة,ملازم,piece,120,40,,
`

const h39gTutorVocab = `رياضيات, ماث, math, maths, reyadeyat
انجليزي, english, engleezy
ملزمة, ملازم, booklet, malzama
`

// TestRules_ServiceWithTheShopIsOrdered: a service the customer tells
// will happen with the shop, a future verb with "معاكم"/"عندكم" ("ابني
// هيحضر معاكم حصة تجريبية"), is the order of it, never a life told
// before the order; "ولو عجبه هنشترك" (if he likes it we will join) is a
// condition, no line and no word unread.
func TestRules_ServiceWithTheShopIsOrdered(t *testing.T) {
	gym := rulesFrom(t, h39gGymCSV, h39gGymVocab)
	checkPlaced(t, gym, "ابني هيحضر معاكم حصة تجريبية بكرة، ولو عجبه هنشترك. وعايزة ٢ ازازة مية", Order,
		[]wantItem{{"TRIAL", 1, "", nil}, {"WATER", 2, "", nil}})
	clinic := rulesFrom(t, h39gClinicCSV, h39gClinicVocab)
	checkPlaced(t, clinic, "جوزي هيعمل معاكم كشف بكرة. وعايزين ٢ رسم قلب", Order,
		[]wantItem{{"EXAM", 1, "", nil}, {"ECG", 2, "", nil}})
	// a life told (no shop in its clause) stays the story's
	checkItems(t, gym, "ابني هيدخل الجامعة السنة دي. عايز ٢ فوطة زرقا", Order,
		[]wantItem{{"TOWEL", 2, "أزرق", nil}})
}

// TestRules_OccasionToldThenOrdered: the product's words said first as
// the occasion of the story ("عيد ميلاد بنتي يوم الخميس") and then
// ordered after the want-verb are one line; English "it's my son's
// birthday" beside an order is why, no word unread.
func TestRules_OccasionToldThenOrdered(t *testing.T) {
	bakery := rulesFrom(t, h39gBakeryCSV, h39gBakeryVocab)
	checkCases(t, bakery, Order, []itemCase{
		{"عيد ميلاد بنتي يوم الخميس وهتتم ٥ سنين، عايزين تورتة عيد ميلاد و٢٠ كب كيك", []wantItem{{"CAKE-BD", 1, "", nil}, {"CUPCAKE", 20, "", nil}}},
	})
	// more of it said after stays two lines
	checkCases(t, bakery, Order, []itemCase{
		{"تورتة عيد ميلاد، وعايز كمان تورتة عيد ميلاد", []wantItem{{"CAKE-BD", 1, "", nil}, {"CAKE-BD", 1, "", nil}}},
	})
	checkPlaced(t, bakery, "A birthday cake and 12 cupcakes for Friday, it's my son's birthday, and 2 candles please.", Order,
		[]wantItem{{"CAKE-BD", 1, "", nil}, {"CUPCAKE", 12, "", nil}, {"CANDLE", 2, "", nil}})
	gym := rulesFrom(t, h39gGymCSV, h39gGymVocab)
	checkPlaced(t, gym, "Book the squash court for 2 hours on Friday, it's my brother's birthday, and 4 bottles of water please.", Order,
		[]wantItem{{"COURT", 2, "", nil}, {"WATER", 4, "", nil}})
}

// TestRules_StoryWordsPlaced: words of the story around an order are
// placed — a verb of looking for ("وبدور على"), "our" child ("l
// bentena", "لابننا"), someone asking the customer ("الدكتور طالب مني"),
// an event a time is told by ("قبل العملية"), a word the product's name
// says after "لل" said with the article ("ملزمة رياضيات الترم" of
// "… للترم"), and a story an emoji closes before goods named in full.
func TestRules_StoryWordsPlaced(t *testing.T) {
	tutor := rulesFrom(t, h39gTutorCSV, h39gTutorVocab)
	checkPlaced(t, tutor, "بدور على ملزمة رياضيات لبنتي", Order, []wantItem{{"BOOK-MATH", 1, "", nil}})
	checkPlaced(t, tutor, "3ayez 4 7esas engleezy l bentena", Order, []wantItem{{"ENG", 4, "", nil}})
	checkPlaced(t, tutor, "عايز ملزمة رياضيات الترم و٣ حصص انجليزي لابننا", Order,
		[]wantItem{{"BOOK-MATH", 1, "", nil}, {"ENG", 3, "", nil}})
	clinic := rulesFrom(t, h39gClinicCSV, h39gClinicVocab)
	checkPlaced(t, clinic, "الدكتور طالب مني فحوصات قبل العملية: رسم قلب وايكو", Order,
		[]wantItem{{"ECG", 1, "", nil}, {"ECHO", 1, "", nil}})
	gym := rulesFrom(t, h39gGymCSV, h39gGymVocab)
	checkPlaced(t, gym, "احنا شلة صحاب بنتمرن في جيم تاني وزهقنا من الزحمة 😂 عايزين اشتراك شهر للشخص", Order,
		[]wantItem{{"MONTH", 1, "", nil}})
}

// TestRules_PerPersonLinesAreOnePerson: a work priced per person said
// with no count beside other lines priced per person is for the same
// person, never their counts added up.
func TestRules_PerPersonLinesAreOnePerson(t *testing.T) {
	gym := rulesFrom(t, h39gGymCSV, h39gGymVocab)
	checkCases(t, gym, Order, []itemCase{
		{"عايز ادفع رسوم الاشتراك واشتراك شهر مع الدولاب", []wantItem{{"JOIN", 1, "", nil}, {"MONTH", 1, "", nil}, {"LOCKER", 1, "", nil}}},
	})
}

// TestShopAsked_H39G: the shop named by its trade "open" on a day
// ("العيادة فاتحة يوم الجمعة؟"), Franco's article and the trade before
// "fate7 le7ad el sa3a kam bel leil?", and "you" said to one owner
// asked where exactly ("وانت فين بالظبط؟", "w enta fein belzabt?") are
// questions of the shop, answered from its settings.
func TestShopAsked_H39G(t *testing.T) {
	clinic := rulesFrom(t, h39gClinicCSV, h39gClinicVocab)
	gym := rulesFrom(t, h39gGymCSV, h39gGymVocab)
	for _, c := range []struct {
		r    *Rules
		text string
		want ShopTopic
	}{
		{clinic, "السلام عليكم، العيادة فاتحة يوم الجمعة؟ وانتوا فين بالظبط؟", ShopHours | ShopWhere},
		{gym, "الجيم مفتوح يوم السبت؟", ShopHours},
		{gym, "salam, el gym fate7 le7ad el sa3a kam bel leil?", ShopHours},
		{clinic, "وانت فين بالظبط؟", ShopWhere},
		{gym, "w enta fein belzabt?", ShopWhere},
	} {
		res, err := c.r.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != c.want || len(res.Items) != 0 || len(res.Unexplained) != 0 {
			t.Errorf("%q: shop asked %q, items %d, unexplained %q, service %q; want %q", c.text, res.ShopAsked, len(res.Items), res.Unexplained, res.Service, c.want)
		}
	}
	// a light shade is no opening
	res, err := gym.Understand(context.Background(), "عايز فوطة ازرق فاتح")
	if err != nil {
		t.Fatal(err)
	}
	if res.ShopAsked != 0 {
		t.Errorf("a light shade read as the shop's hours: %q", res.Service)
	}
}
