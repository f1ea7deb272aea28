package understand

import "testing"

// Branch h40k, on catalogs of their own (none of round 40's names or
// sentences): a language centre's courses by the month, a chalet rented
// by the night and a bakery's two sizes.
const h40kCourseCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ENG,كورس انجليزي (للطالب في الشهر),English course (per student per month),كورس انجليزي|انجليزي,كورسات,piece,1200,,,
`

const h40kCourseVocab = `كورس, kors, course
انجليزي, engelizy, english
`

const h40kChaletCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHALET,شاليه على البحر (لليلة),Sea chalet (per night),شاليه|شاليه البحر,شاليهات,piece,3000,,,
`

const h40kChaletVocab = `شاليه, chalet, shalieh
البحر, sea, el ba7r
`

const h40kBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CRS-S,كرواسون سادة صغير,Plain croissant small,كرواسون صغير|كرواسون سادة,مخبوزات,piece,15,,,
CRS-L,كرواسون سادة كبير,Plain croissant large,كرواسون كبير,مخبوزات,piece,25,,,
PATE-S,باتيه صغير,Pate small,باتيه صغير|باتيه,مخبوزات,piece,10,,,
PATE-L,باتيه كبير,Pate large,باتيه كبير,مخبوزات,piece,20,,,
`

const h40kBakeryVocab = `كرواسون, croissant, korwason
باتيه, pate, bateh
صغير, small, soghayar
كبير, large, kebeer
`

// TestRules_MonthsCorrected: the months of goods by the month corrected
// ("٣ شهور.. لا خليهم شهرين", "٣ شهور.. لا شهرين بس", Franco "3 shohor..
// la2 khalihom shahreen", English "for 3 months, no wait, make it 2
// months") are the later months, as a rent's corrected days are.
func TestRules_MonthsCorrected(t *testing.T) {
	r := rulesFrom(t, h40kCourseCSV, h40kCourseVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايزة كورس انجليزي لبنتي ٣ شهور.. لا خليهم شهرين", []wantItem{{"ENG", 2, "", nil}}},
		{"عايزة كورس انجليزي لبنتي ٣ شهور.. لا شهرين بس", []wantItem{{"ENG", 2, "", nil}}},
		{"عايزة كورس انجليزي لبنتي ٣ شهور.. لا شهر واحد بس", []wantItem{{"ENG", 1, "", nil}}},
		{"3ayza kors engelizy 3 shohor.. la2 khalihom shahreen", []wantItem{{"ENG", 2, "", nil}}},
		{"I want the English course for 3 months, no wait, make it 2 months", []wantItem{{"ENG", 2, "", nil}}},
		{"عايزة كورس انجليزي لبنتي ٣ شهور", []wantItem{{"ENG", 3, "", nil}}},
	})
}

// TestRules_NightsCorrectedAfterGoods: nights said before the goods and
// corrected after them, the correction ending the message ("ليلتين شاليه
// البحر.. لا خليهم ٣ ليالي", Franco, English) are the later nights, never
// both multiplied.
func TestRules_NightsCorrectedAfterGoods(t *testing.T) {
	r := rulesFrom(t, h40kChaletCSV, h40kChaletVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ليلتين شاليه البحر.. لا خليهم ٣ ليالي", []wantItem{{"CHALET", 3, "", nil}}},
		{"عايز ٣ ليالي شاليه البحر.. لا ليلتين بس", []wantItem{{"CHALET", 2, "", nil}}},
		{"3ayez 2 nights shalieh el ba7r.. la2 khalihom 3 nights", []wantItem{{"CHALET", 3, "", nil}}},
		{"I want 2 nights at the sea chalet, no wait, make it 3 nights", []wantItem{{"CHALET", 3, "", nil}}},
	})
}

// TestRules_SizeOrSizeAsked: the goods said with two of their sizes joined
// by "or" ("كرواسون صغير ولا كبير؟ عايز ٣", Franco "wala", English "small
// or large?") are a choice not made: one line asked between both, the
// count said kept — never the last size taken.
func TestRules_SizeOrSizeAsked(t *testing.T) {
	r := rulesFrom(t, h40kBakeryCSV, h40kBakeryVocab)
	checkChoiceOf(t, r, "كرواسون صغير ولا كبير؟ عايز ٣", 3, "CRS-S", "CRS-L")
	checkChoiceOf(t, r, "عايز ٣ كرواسون كبير او صغير", 3, "CRS-S", "CRS-L")
	checkChoiceOf(t, r, "3ayez 3 korwason kebeer wala soghayar", 3, "CRS-S", "CRS-L")
	checkChoiceOf(t, r, "I want 3 croissants large or small", 3, "CRS-S", "CRS-L")
	checkChoiceOf(t, r, "korwason soghayar wala kebeer? 3ayez 3", 3, "CRS-S", "CRS-L")
	checkChoiceOf(t, r, "croissant small or large? I want 3", 3, "CRS-S", "CRS-L")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ كرواسون كبير", []wantItem{{"CRS-L", 3, "", nil}}},
	})
}
