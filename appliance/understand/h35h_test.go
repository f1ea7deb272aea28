package understand

import "testing"

// Round 35's second-wave photocopy and stationery classes (branch h35h),
// on a small juice bar of its own (none of the blind sets' catalogs or
// sentences): a banana with milk named by a vocabulary phrase joined by
// "and", banana juice and a glass of milk apart, mango juice.
const h35hCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
JU-MANGO,عصير مانجو,Mango juice,مانجو,عصائر,piece,25,,,
JU-BANANA,عصير موز,Banana juice,موز,عصائر,piece,20,,,
JU-BANMILK,موز باللبن,Banana with milk,موز ولبن|موز بلبن,عصائر,piece,30,,,
MILK-GLASS,كوباية لبن,Glass of milk,لبن,مشروبات,piece,15,,,
`

const h35hVocab = `موز ولبن, موز باللبن, moz w laban, banana and milk
موز, moz, banana
لبن, laban, milk
مانجو, manga, mango
`

// TestRules_AndInsideAVocabularyPhrase: a vocabulary phrase whose words
// are joined by "and" ("موز ولبن", Franco "moz w laban", English "banana
// and milk") is the one term it names however the customer writes that
// "and" — glued, apart ("موز و لبن"), Franco "w", English "and" — never
// two goods split at it.
func TestRules_AndInsideAVocabularyPhrase(t *testing.T) {
	r := rulesFrom(t, h35hCSV, h35hVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ موز ولبن", []wantItem{{"JU-BANMILK", 2, "", nil}}},
		{"عايز ٢ موز و لبن", []wantItem{{"JU-BANMILK", 2, "", nil}}},
		{"3ayez 2 moz w laban", []wantItem{{"JU-BANMILK", 2, "", nil}}},
		{"I want 2 banana and milk", []wantItem{{"JU-BANMILK", 2, "", nil}}},
		{"3ayez 2 moz w laban w 1 manga", []wantItem{{"JU-BANMILK", 2, "", nil}, {"JU-MANGO", 1, "", nil}}},
	})
}

// A translation office of its own: certified translations priced per
// page, a foreign-ministry stamp per document, revenue stamp sheets.
const h35hOfficeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TR-EN,ترجمة معتمدة انجليزي (للصفحة),Certified English translation (per page),ترجمة انجليزي,ترجمة,piece,150,,,
TR-FR,ترجمة معتمدة فرنساوي (للصفحة),Certified French translation (per page),ترجمة فرنساوي,ترجمة,piece,200,,,
STAMP,تصديق خارجية (للمستند),Foreign ministry stamp (per document),تصديق,تصديق,piece,50,,,
DAMGHA,ورقة دمغة,Revenue stamp sheet,دمغة,دمغات,piece,10,100,,
`

const h35hOfficeVocab = `ترجمة, ترجم, ترجملي, ترجموا, نسخ, نسخة, targama, targemly, translation, translate, copies, nosakh
انجليزي, engelizy, english
فرنساوي, faransawy, french
صفحة, صفحات, ورقة, ورقات, page, pages, sa7fa, wara2at
تصديق, tasdee2, stamp
`

// TestRules_CopiesOfPages: a document said by its copies and by its
// pages, both counted ("ترجملي العقد ده ٣ نسخ، هو ٤ ورقات انجليزي",
// Franco "3 nosakh, howa 4 wara2at"), is copies × pages of the work
// priced per page — 12, never 3 asked among the translations beside 4
// invoiced; copies of goods of their own ("٣ نسخ فرنساوي و٢ صفحة
// انجليزي") stay two lines.
func TestRules_CopiesOfPages(t *testing.T) {
	r := rulesFrom(t, h35hOfficeCSV, h35hOfficeVocab)
	checkCases(t, r, Order, []itemCase{
		{"ترجملي العقد ده ٣ نسخ، هو ٤ ورقات انجليزي", []wantItem{{"TR-EN", 12, "", nil}}},
		{"targemly el 3a2d 3 nosakh, howa 4 wara2at engelizy", []wantItem{{"TR-EN", 12, "", nil}}},
		{"ترجمة ٣ نسخ فرنساوي و٢ صفحة انجليزي", []wantItem{{"TR-FR", 3, "", nil}, {"TR-EN", 2, "", nil}}},
	})
}
