package understand

import (
	"slices"
	"testing"
)

// Branch h38o, on a catalog of its own (none of round 38's names or
// sentences): a car wash whose works are in one category, its express
// service and its mats in others.
const h38oWashCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WASH-OUT,غسيل خارجي للعربية,Exterior car wash,غسيل خارجي,غسيل,piece,100,,,
POLISH,تلميع بوليش للعربية,Car polishing,تلميع|بوليش,غسيل,piece,400,,,
EXPRESS,خدمة مستعجل بدون انتظار,Express service no waiting,مستعجل|استعجال,خدمات,piece,50,,,
MAT,دواسة كاوتش,Rubber floor mat,دواسة|دواسات,اكسسوار,piece,150,20,,
`

const h38oWashVocab = `تلميع, talmee3, polishing, polish
غسيل, ghaseel, wash
خارجي, khargy, exterior, outside
دواسة, dawasa, mat
`

// TestRules_MeantAnotherProduct: "اقصد"/"قصدي"/"I mean", or "لا معلش
// خليه" of a work of the same category, followed by another product
// takes back the one said just before: the new line alone, never both.
// "و" adds, and "لا خليه مستعجل" adds the express work to the wash.
func TestRules_MeantAnotherProduct(t *testing.T) {
	r := rulesFrom(t, h38oWashCSV, h38oWashVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز غسيل خارجي، قصدي تلميع", []wantItem{{"POLISH", 1, "", nil}}},
		{"ghaseel khargy, a2sod talmee3", []wantItem{{"POLISH", 1, "", nil}}},
		{"exterior wash, I mean polishing", []wantItem{{"POLISH", 1, "", nil}}},
		{"غسيل خارجي.. لا معلش خليه تلميع", []wantItem{{"POLISH", 1, "", nil}}},
		{"غسيل خارجي، قصدي دواسة", []wantItem{{"MAT", 1, "", nil}}},
		{"غسيل خارجي وتلميع", []wantItem{{"WASH-OUT", 1, "", nil}, {"POLISH", 1, "", nil}}},
		{"غسيل خارجي.. لا خليه مستعجل", []wantItem{{"WASH-OUT", 1, "", nil}, {"EXPRESS", 1, "", nil}}},
	})
}

// A music academy: courses and sheet books by level.
const h38oMusicCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CRS-GTR-BEG,كورس جيتار مبتدئين (اشتراك شهر),Beginners guitar course (monthly),جيتار مبتدئين,كورسات,piece,600,,,
CRS-PNO-ADV,كورس بيانو متقدم (اشتراك شهر),Advanced piano course (monthly),بيانو متقدم,كورسات,piece,800,,,
BOOK-GTR-ADV,كتاب نوت جيتار متقدم,Advanced guitar sheet book,كتاب جيتار|نوت جيتار,كتب,piece,150,20,,
BOOK-PNO-BEG,كتاب نوت بيانو مبتدئين,Beginners piano sheet book,كتاب بيانو|نوت بيانو,كتب,piece,150,20,,
`

const h38oMusicVocab = `جيتار, guitar, gitar
بيانو, piano
كتاب, ketab, book
`

// TestRules_KindSaidHoldsAgainstSubject: a level said elsewhere ("ابني
// مبتدئين") chooses only among the lines keeping the kind said ("كتاب"):
// no beginners' guitar book is carried, so the line stays asked, never
// the beginners' course in the book's place.
func TestRules_KindSaidHoldsAgainstSubject(t *testing.T) {
	r := rulesFrom(t, h38oMusicCSV, h38oMusicVocab)
	for _, text := range []string{"ابني مبتدئين عايز كتاب جيتار", "ابني في مستوى مبتدئين عايز كتاب جيتار"} {
		res := understandText(t, r, text)
		if got := linesAsked(res); !slices.Equal(got, []string{"BOOK-GTR-ADV", "CRS-GTR-BEG"}) {
			t.Errorf("%q: lines %v, want the book asked beside the course", text, got)
		}
	}
}
