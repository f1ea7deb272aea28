package understand

import (
	"slices"
	"testing"
)

// Work on the customer's own goods (branch h31f), on small shops of their
// own (none of the blind sets' catalogs or sentences): a car wash per
// car, a shoe repairer per pair, a tailor altering clothes per piece.
// Their vocabularies fold the work's noun into an English or Franco unit
// ("غسيل, …, wash"), as shops' synonym files do.
const h31fCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WASH-CAR,غسيل عربية ملاكي,Saloon car wash,غسيل عربية|غسيل سيارة,غسيل,piece,150,,,
WASH-SUV,غسيل عربية جيب,SUV wash,غسيل جيب|غسيل عربية كبيرة,غسيل,piece,220,,,
SRV-POLISH,تلميع جزمة جلد (للجوز),Leather shoe polishing (per pair),تلميع جزمة|تلميع حذاء,خدمات,piece,40,,,
SRV-HEM,تقصير بنطلون (للقطعة),Trouser hemming (per piece),تقصير بنطلون|تقصير بنطلونات,خدمات,piece,50,,,
WAX,شمع تلميع للعربية,Car wax,شمع,مستلزمات,piece,90,20,,
SPRAY,بخاخ تنظيف جلد,Leather cleaner spray,بخاخ جلد,مستلزمات,piece,60,15,,
`

const h31fVocab = `غسيل, غسل, اغسل, تغسلوا, wash, washing, ghasil
تلميع, يلمع, تلمع, polish, talmee3
تقصير, قصر, hemming, ta2seer
`

// TestRules_WorkVerbTheVocabularyGroups: a verb the vocabulary groups
// with a work's noun, said to the shop with an order's ending — the
// imperative with "for me" ("اغسلولي") or the present with ت
// ("عايزكم تغسلولي"), its ending cut off — is that work ordered; so is
// the present verb of a تفعيل noun the name writes where the vocabulary's
// unit is another word ("تلمعهالي" of "تلميع", unit "polish"). A question
// ("بتغسلوا …؟") orders nothing.
func TestRules_WorkVerbTheVocabularyGroups(t *testing.T) {
	r := rulesFrom(t, h31fCSV, h31fVocab)
	// each word placed: before, the verb was left unread beside the goods
	checkPlaced(t, r, "اغسلولي العربية الملاكي وهاخد شمع", Order, []wantItem{{"WASH-CAR", 1, "", nil}, {"WAX", 1, "", nil}})
	checkPlaced(t, r, "عايزكم تغسلولي العربية الجيب", Order, []wantItem{{"WASH-SUV", 1, "", nil}})
	checkPlaced(t, r, "عايزك تلمعهالي الجزمة الجلد", Order, []wantItem{{"SRV-POLISH", 1, "", nil}})
	checkPlaced(t, r, "لو سمحت تلمعولي جزمة جلد وبخاخ جلد", Order, []wantItem{{"SRV-POLISH", 1, "", nil}, {"SPRAY", 1, "", nil}})
	// the customer's own trousers, which the tailor does not sell, count
	// the hemming (TestRules_WorkOnTheCustomersOwnGoods)
	checkPlaced(t, r, "عندي ٣ بنطلونات عايزك تقصرهملي", Order, []wantItem{{"SRV-HEM", 3, "", nil}})
	checkPlaced(t, r, "عندي ٢ جزمة جلد عايزك تلمعهملي", Order, []wantItem{{"SRV-POLISH", 2, "", nil}})
	res := understandText(t, r, "هو انتو بتغسلوا العربيات الجيب؟")
	if res.Intent == Order && len(res.Items) > 0 && res.Confidence >= 0.9 {
		t.Errorf("a question read as an order: %+v", res.Items)
	}
}

// A knife sharpener per knife and a coffee grinder per kilo and per half
// kilo, who also sell knives and coffee.
const h31fGrindCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SRV-SHARP,سن سكينة (للسكينة),Knife sharpening (per knife),سن سكاكين|سن سكينة,خدمات,piece,25,,,
KNIFE-CHEF,سكينة شيف ٨ بوصة,Chef knife 8 inch,سكينة شيف|سكينة مطبخ,سكاكين,piece,350,10,,
KNIFE-BREAD,سكينة عيش,Bread knife,سكينة خبز,سكاكين,piece,200,10,,
SRV-GRIND-1K,طحن بن الزبون (للكيلو),Grinding the customer's coffee (per kg),طحن كيلو,خدمات,piece,30,,,
SRV-GRIND-500,طحن بن الزبون (لنص الكيلو),Grinding the customer's coffee (per half kg),طحن نص كيلو,خدمات,piece,15,,,
COFFEE-1K,بن برازيلي (كيلو),Brazilian coffee 1 kg,بن كيلو,بن,piece,400,20,,
COFFEE-500,بن برازيلي (نص كيلو),Brazilian coffee 500 g,بن نص كيلو,بن,piece,200,20,,
`

const h31fGrindVocab = `سن, سنن, اسن, تسن, sharpening, sharpen, sann
طحن, اطحن, تطحن, grind, grinding, ta7n
سكينة, سكينه, سكاكين, knife, knives, sekina
بن, bon, coffee
`

// TestRules_WorkOnTheCustomersOwnGoods: goods said after a word of
// having ("عندي", "جايبلك") with a work the shop sells said by its verb
// on them after ("عايزك تسنهملي") are the customer's own — no line of
// the shop's goods — and the work is counted from them: per knife by the
// knives counted, per kilo by the kilos said. Goods bought with the work
// on them keep their line and count the work too ("٢ كيلو بن … وتطحنهملي":
// 2 kg ground). Goods whose count is not said ("عندي سكاكين") ask how
// many, never one.
func TestRules_WorkOnTheCustomersOwnGoods(t *testing.T) {
	r := rulesFrom(t, h31fGrindCSV, h31fGrindVocab)
	checkCases(t, r, Order, []itemCase{
		{"عندي ٤ سكاكين مطبخ عايزك تسنهملي", []wantItem{{"SRV-SHARP", 4, "", nil}}},
		{"جايبلك ٣ كيلو بن برازيلي عايزك تطحنهملي", []wantItem{{"SRV-GRIND-1K", 3, "", nil}}},
		{"عايز ٢ كيلو بن برازيلي وتطحنهملي", []wantItem{{"COFFEE-1K", 2, "", nil}, {"SRV-GRIND-1K", 2, "", nil}}},
		{"عايز ٢ سكينة شيف وتسنهملي", []wantItem{{"KNIFE-CHEF", 2, "", nil}, {"SRV-SHARP", 2, "", nil}}},
		{"I have 3 kitchen knives, sharpen them please", []wantItem{{"SRV-SHARP", 3, "", nil}}},
		{"I brought 2 kg of coffee, grind it please", []wantItem{{"SRV-GRIND-1K", 2, "", nil}}},
	})
	for _, text := range []string{"عندي سكاكين مطبخ عايزك تسنهملي", "I have kitchen knives, sharpen them please"} {
		res := understandText(t, r, text)
		if !slices.ContainsFunc(res.Items, func(it Item) bool { return slices.Contains(it.Missing, "count") }) {
			t.Errorf("%s: knives not counted, sharpened once: %+v", text, res.Items)
		}
	}
}
