package understand

import "testing"

// Round 33's corrections of size, pack or kind (branch h33h), each on a
// small catalog of a trade of its own (none of the blind sets' catalogs
// or sentences).

// h33hNurseryCSV: a plant nursery selling clay pots in three sizes.
const h33hNurseryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POT-S,قصرية فخار صغيرة,Small clay pot,قصرية صغيرة|قصاري صغيرة,قصاري,piece,30,50,,
POT-M,قصرية فخار وسط,Medium clay pot,قصرية وسط|قصاري وسط,قصاري,piece,45,50,,
POT-L,قصرية فخار كبيرة,Large clay pot,قصرية كبيرة|قصاري كبار,قصاري,piece,70,50,,
SOIL,شيكارة تربة زراعية,Potting soil bag,تربة|طمي,تربة,piece,60,40,,
`

const h33hNurseryVocab = `قصرية, قصريه, قصاري, pot, pots, 2asreya, asreya, 2asari
صغيرة, صغيره, صغيرين, صغار, small, soghayara, so8ayara
كبيرة, كبيره, كبار, large, big, kbira, kebira, kbar
وسط, medium, wasat
`

// TestRules_KindCorrectedKeepsCount: a correction that changes only the
// size or variant of the goods just asked ("٤ قصاري صغيرة.. لا خليهم
// كبار", Franco "la khalihom kbar", "no, make them large") replaces the
// line and keeps its count — the count is the customer's and was not
// taken back (one large pot was invoiced for four). A count said in the
// correction ("لا خليهم ٣ بس كبار", "خليها واحدة كبيرة") is the count.
func TestRules_KindCorrectedKeepsCount(t *testing.T) {
	r := rulesFrom(t, h33hNurseryCSV, h33hNurseryVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ قصاري صغيرة.. لا خليهم كبار", []wantItem{{"POT-L", 4, "", nil}}},
		{"عايز ٤ قصاري صغيرة.. لا خليهم ٣ بس كبار", []wantItem{{"POT-L", 3, "", nil}}},
		{"عايز ٤ قصاري صغيرة.. لا خليهم واحدة كبيرة", []wantItem{{"POT-L", 1, "", nil}}},
		{"3ayez 4 2asari soghayara.. la khalihom kbar", []wantItem{{"POT-L", 4, "", nil}}},
		{"I want 4 small pots.. no, make them large", []wantItem{{"POT-L", 4, "", nil}}},
	})
}
