package understand

import "testing"

// Branch h40i, on catalogs of their own: a home-cleaning company and a
// cooking school.
const h40iCleanCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DEEP,تنضيف عميق لشقة العميل,Deep flat cleaning,تنضيف عميق,تنضيف,piece,900,,,
SOFA-WASH,غسيل انتريه,Sofa wash,غسيل انتريه,تنضيف,piece,400,,,
GEL,جل تنضيف,Cleaning gel,جل,منتجات,piece,60,30,,
VISIT,زيارة منزلية (للزيارة),Home visit,زيارة منزلية|تيجوا البيت,خدمات,piece,150,,,
`

const h40iCleanVocab = `تنضيف, tandeef, cleaning
عميق, 3ame2, deep
غسيل, ghaseel, wash
انتريه, antreh, sofa
جل, gel
`

// TestRules_FrancoVerbNoGoods: a word built as a verb of doing or coming
// ("a3mel", "ne3mel", "ygely", Arabic "اعمل", "يجيلي") is the verb, never
// the goods its consonants spell (عميل, جل).
func TestRules_FrancoVerbNoGoods(t *testing.T) {
	r := rulesFrom(t, h40iCleanCSV, h40iCleanVocab)
	checkCases(t, r, Order, []itemCase{
		{"3ayez a3mel ghaseel antreh", []wantItem{{"SOFA-WASH", 1, "", nil}}},
		{"ne3mel tandeef 3ame2", []wantItem{{"DEEP", 1, "", nil}}},
		{"عايز اعمل غسيل انتريه", []wantItem{{"SOFA-WASH", 1, "", nil}}},
	})
}

// TestRules_ComeHomeAsTheShopSays: "come to the house" in another person
// than the shop's phrase ("ييجي البيت", Franco "yegy el beit" where the
// shop lists "تيجوا البيت") is that service.
func TestRules_ComeHomeAsTheShopSays(t *testing.T) {
	r := rulesFrom(t, h40iCleanCSV, h40iCleanVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز حد ييجي البيت يعمل غسيل انتريه", []wantItem{{"VISIT", 1, "", nil}, {"SOFA-WASH", 1, "", nil}}},
		{"3ayez 7ad yegy el beit ye3mel ghaseel antreh", []wantItem{{"VISIT", 1, "", nil}, {"SOFA-WASH", 1, "", nil}}},
	})
}
