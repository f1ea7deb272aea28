package understand

import "testing"

// Branch h40m, on catalogs of their own (none of round 40's names or
// sentences): a carpet cleaner, a typing office and a wedding venue.
const h40mCarpetCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WASH,غسيل سجادة,Carpet wash,غسيل سجاد|غسيل,غسيل,piece,200,,,
PICK,توصيل السجادة أو استلامها من البيت,Carpet pickup or delivery,توصيل السجادة|استلام السجادة,خدمات,piece,80,,,
`

const h40mCarpetVocab = `غسيل, ghasil, wash
سجادة, sagada, carpet
`

// TestRules_TenthFormVerbNoService: "استلمها" (I pick it up, the verb
// استفعل) is no typo of "استلامها" (its pickup, the استفعال noun a
// service's name gives): the line it is told beside stays alone.
func TestRules_TenthFormVerbNoService(t *testing.T) {
	r := rulesFrom(t, h40mCarpetCSV, h40mCarpetVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز غسيل ٢ سجادة، استلمها ١٤ مايو", []wantItem{{"WASH", 2, "", nil}}},
		{"عايز غسيل ٢ سجادة، استلمها يوم الخميس", []wantItem{{"WASH", 2, "", nil}}},
		{"عايز غسيل ٢ سجادة واستلام السجادة", []wantItem{{"WASH", 2, "", nil}, {"PICK", 1, "", nil}}},
	})
}

const h40mTypingCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TYPE-AR,كتابة على الكمبيوتر عربي (للصفحة),Arabic typing (per page),كتابة عربي,كتابة,piece,10,,,
TYPE-EN,كتابة على الكمبيوتر انجليزي (للصفحة),English typing (per page),كتابة انجليزي,كتابة,piece,15,,,
`

const h40mTypingVocab = `كتابة, ketaba, typing, type
انجليزي, englizy, english
عربي, 3araby, arabic
`

// TestRules_PagesCountPerPageWork: a figure before "pages" of a work
// priced per page counts its pages however large, never a size in cm.
func TestRules_PagesCountPerPageWork(t *testing.T) {
	r := rulesFrom(t, h40mTypingCSV, h40mTypingVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز كتابة انجليزي ٤٠ صفحة", []wantItem{{"TYPE-EN", 40, "", nil}}},
		{"english typing 40 pages", []wantItem{{"TYPE-EN", 40, "", nil}}},
		{"i want typing 60 pages in english", []wantItem{{"TYPE-EN", 60, "", nil}}},
	})
}

const h40mVenueCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GARDEN-SAT,الحديقة الكبيرة (لحد 400 فرد) يوم السبت,Big garden (up to 400) Saturday,الحديقة الكبيرة,حدائق,piece,30000,,,
GARDEN-OTHER,الحديقة الكبيرة (لحد 400 فرد) باقي الأيام,Big garden (up to 400) other days,الحديقة الكبيرة,حدائق,piece,20000,,,
GARDEN-SMALL,الحديقة الصغيرة (لحد 80 فرد),Small garden (up to 80),الحديقة الصغيرة,حدائق,piece,9000,,,
`

const h40mVenueVocab = `حديقة, garden, gneena
`

// TestRules_PeopleChooseAmongAKind: "we are N" told of a kind named
// ("a garden") that several places sized by their people share: the
// smallest holding them, one of it — never N of the one the day names.
func TestRules_PeopleChooseAmongAKind(t *testing.T) {
	r := rulesFrom(t, h40mVenueCSV, h40mVenueVocab)
	checkCases(t, r, Order, []itemCase{
		{"we are 60, a garden for a birthday on Monday", []wantItem{{"GARDEN-SMALL", 1, "", nil}}},
	})
}
