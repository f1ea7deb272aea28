package understand

import "testing"

// Round 33's corrections of size, pack or kind (branch h33h), each on a
// small catalog of a trade of its own (none of the blind sets' catalogs
// or sentences).

// h33hNurseryCSV: a village shop selling clay pots in three sizes, seeds
// and coffee ground or in beans.
const h33hNurseryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POT-S,قصرية فخار صغيرة,Small clay pot,قصرية صغيرة|قصاري صغيرة,قصاري,piece,30,50,,
POT-M,قصرية فخار وسط,Medium clay pot,قصرية وسط|قصاري وسط,قصاري,piece,45,50,,
POT-L,قصرية فخار كبيرة,Large clay pot,قصرية كبيرة|قصاري كبار,قصاري,piece,70,50,,
SEED-ROSE,بذور ورد بلدي,Rose seeds,بذور ورد,بذور,piece,15,50,,
SEED-BASIL,بذور ريحان,Basil seeds,بذور ريحان,بذور,piece,12,50,,
COF-G-250,بن مطحون (ربع كيلو),Ground coffee 250 g,بن ناعم ربع كيلو,بن,piece,85,40,,
COF-W-250,بن حب (ربع كيلو),Coffee beans 250 g,بن صحيح ربع كيلو,بن,piece,85,40,,
SOIL,شيكارة تربة زراعية,Potting soil bag,تربة|طمي,تربة,piece,60,40,,
`

const h33hNurseryVocab = `قصرية, قصريه, قصاري, pot, pots, 2asreya, asreya, 2asari
صغيرة, صغيره, صغيرين, صغار, small, soghayara, so8ayara
كبيرة, كبيره, كبار, large, big, kbira, kebira, kbar
وسط, medium, wasat
بذور, بذرة, seeds, bezoor, bozoor
ورد, roses, rose, ward
ريحان, basil, re7an, ri7an
بن, قهوة, coffee, bon
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

// TestRules_KindCorrectedInPlace: a word right after a correction's cue
// ("ربع بن مطحون.. لا خليه حب", "لا خليهم ٣ بس كبار") that names a
// sibling of the goods the line before names by another word takes that
// word's place: the line reads as if said right — never a question
// between the old goods and the new (both words were read into one line).
// The goods named again before the cue, or several lines before it, stay
// the segmenter's.
func TestRules_KindCorrectedInPlace(t *testing.T) {
	r := rulesFrom(t, h33hNurseryCSV, h33hNurseryVocab)
	checkCases(t, r, Order, []itemCase{
		{"ربع بن مطحون.. لا خليه حب", []wantItem{{"COF-W-250", 1, "", nil}}},
		{"عايز ٢ ربع بن مطحون.. لا خليهم حب", []wantItem{{"COF-W-250", 2, "", nil}}},
		{"عايز ٢ ربع بن مطحون.. لا خليهم ٣ بس حب", []wantItem{{"COF-W-250", 3, "", nil}}},
		{"عايز ٢ قصرية صغيرة.. لا خليهم ٣ بس كبار", []wantItem{{"POT-L", 3, "", nil}}},
		{"I want ground coffee.. no, make it beans", []wantItem{{"COF-W-250", 1, "", nil}}},
	})
}
