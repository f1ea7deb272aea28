package understand

import (
	"testing"

	"fatoora/catalog"
)

// Round 27's classes of lost and merged lines (branch h27b), on a small
// bathroom-fittings shop of its own (none of the blind sets' catalogs or
// sentences): wall tiles by the square metre and their fitting, whose name
// holds the tiles' word ("تركيب سيراميك"); mirrors and their frames made in two sizes; a soap and
// a sponge read by a Franco vocabulary.
const h27bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TILE-W,سيراميك حوائط (للمتر المربع),Wall ceramic tiles per m²,سيراميك|ceramic|seramik,سيراميك,sqm,300,,,
INST-TILE,تركيب سيراميك (للمتر المربع),Ceramic tiling per m²,تركيب سيراميك|مصنعية سيراميك,تركيب,sqm,90,,,
MIR-60,مراية حمام 60 سم,Bathroom mirror 60 cm,مراية 60,مرايات,piece,900,10,,
MIR-90,مراية حمام 90 سم,Bathroom mirror 90 cm,مراية 90,مرايات,piece,1300,10,,
FRAME-60,برواز مراية 60 سم,Mirror frame 60 cm,برواز 60,براويز,piece,400,10,,ذهبي|فضي
FRAME-90,برواز مراية 90 سم,Mirror frame 90 cm,برواز 90,براويز,piece,550,10,,ذهبي|فضي
SOAP,صابون سائل (لتر),Liquid soap per litre,صابون,منظفات,piece,60,50,,
SPONGE,اسفنج حمام,Bath sponge,,منظفات,piece,25,50,,
`

const h27bVocab = `تركيب, tarkib, tarkeeb, installation, fitting
مراية, مرايه, meraya, mirror
برواز, berwaz, frame
صابون, saboon, soap
اسفنج حمام, شبكة حمام, bath sponge
حمام, 7ammam, hammam
ذهبي, dahaby, gold => ذهبي
فضي, fedy, silver => فضي
`

// TestRules_ServiceWithGoods: the work said with "مع", "بال", "with" or
// "ma3" after goods already named ("سيراميك ٤ في ٣ مع التركيب") is those
// goods' work, a line of its own in their measure — though the work's
// name holds the goods' word ("تركيب سيراميك"), the goods are never lost
// into it.
func TestRules_ServiceWithGoods(t *testing.T) {
	r := rulesFrom(t, h27bCSV, h27bVocab)
	checkCases(t, r, Order, []itemCase{
		{"محتاج سيراميك للحمام ٤ متر في ٣ متر مع التركيب", []wantItem{{"TILE-W", 12, "", []int{400, 300}}, {"INST-TILE", 12, "", []int{400, 300}}}},
		{"محتاج سيراميك ٤ متر في ٣ متر ونص بالتركيب", []wantItem{{"TILE-W", 14, "", []int{400, 350}}, {"INST-TILE", 14, "", []int{400, 350}}}},
		{"3ayez seramik 4 metr fe 3 ma3 el tarkib", []wantItem{{"TILE-W", 12, "", []int{400, 300}}, {"INST-TILE", 12, "", []int{400, 300}}}},
		{"I need ceramic tiles 4 x 3 m with installation", []wantItem{{"TILE-W", 12, "", []int{400, 300}}, {"INST-TILE", 12, "", []int{400, 300}}}},
	})
}

// TestRules_OwnPartTakesSize: a part said as the goods before it's own
// ("مراية ٩٠ سم وبروازها") is chosen by the size said for those goods;
// that size is the part's on its line, as it would be had the customer
// said it again ("برواز ٩٠").
func TestRules_OwnPartTakesSize(t *testing.T) {
	r := rulesFrom(t, h27bCSV, h27bVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز مراية ٩٠ سم وبروازها دهبي", []wantItem{{"MIR-90", 1, "", []int{90}}, {"FRAME-90", 1, "ذهبي", []int{90}}}},
		{"I want a 60 cm mirror and its frame in silver", []wantItem{{"MIR-60", 1, "", []int{60}}, {"FRAME-60", 1, "فضي", []int{60}}}},
	})
}

// TestRules_VocabularyPhraseBySynonym: a phrase of the shop's vocabulary
// said with a synonym the vocabulary gives for one of its words ("shabaka
// 7ammam" of "شبكة حمام", 7ammam one with حمام) is that phrase: its goods
// and their count, never a figure left as a size of the line before.
func TestRules_VocabularyPhraseBySynonym(t *testing.T) {
	r := rulesFrom(t, h27bCSV, h27bVocab)
	checkCases(t, r, Order, []itemCase{
		{"3ayez 2 saboon w 3 shabaka 7ammam", []wantItem{{"SOAP", 2, "", nil}, {"SPONGE", 3, "", nil}}},
		{"عايز ٢ صابون و ٣ شبكة hammam", []wantItem{{"SOAP", 2, "", nil}, {"SPONGE", 3, "", nil}}},
		{"عايز ٢ صابون و ٣ شبكة حمام", []wantItem{{"SOAP", 2, "", nil}, {"SPONGE", 3, "", nil}}},
	})
}

// TestRules_PhraseWordAloneCounted: a figure after و and a word the shop
// knows only as a word of a phrase of its vocabulary, the rest unsaid
// ("و ٣ شبكة" of "شبكة حمام"), counts goods of their own — never a size
// of the line before — and, the phrase's goods as likely misread as not
// sold, the line is left unread for a person.
func TestRules_PhraseWordAloneCounted(t *testing.T) {
	r := rulesFrom(t, h27bCSV, h27bVocab)
	for _, text := range []string{"عايز ٢ صابون و ٣ شبكة", "3ayez 2 saboon w 3 shabaka"} {
		t.Run(text, func(t *testing.T) {
			res := understandText(t, r, text)
			var soap, unread int
			for _, it := range res.Items {
				switch {
				case it.SKU == "SOAP" && len(it.DimsCM) == 0 && it.Quantity == catalog.MilliFromFloat(2):
					soap++
				case it.SKU == "" && it.Unread:
					unread++
				default:
					t.Errorf("line %+v", it)
				}
			}
			if soap != 1 || unread != 1 {
				t.Errorf("%d soap lines of 2 with no size, %d unread lines; want 1 and 1: %+v", soap, unread, res.Items)
			}
		})
	}
}
