package understand

import "testing"

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
	res := understandText(t, r, "هو انتو بتغسلوا العربيات الجيب؟")
	if res.Intent == Order && len(res.Items) > 0 && res.Confidence >= 0.9 {
		t.Errorf("a question read as an order: %+v", res.Items)
	}
}
