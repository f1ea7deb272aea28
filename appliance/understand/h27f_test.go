package understand

import "testing"

// h27fCSV: a feed merchant (none of the sets' catalogs): cattle feed
// pellets sold by the ton whose names carry their pellet size ("٦ مم",
// "٨ مم") and whose short names give it bare ("علف ٦"), bran by the ton
// (said "طن ردة" too), and yellow corn by the kilo.
const h27fCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FEED-6,علف مواشي محبب 6 مم بالطن,Cattle feed pellets 6mm per ton,علف 6|علف محبب 6|3alaf 6,أعلاف,piece,21000,40,,
FEED-8,علف مواشي محبب 8 مم بالطن,Cattle feed pellets 8mm per ton,علف 8|علف محبب 8|3alaf 8,أعلاف,piece,20500,40,,
BRAN,ردة ناعمة بالطن,Fine bran per ton,ردة|طن ردة|radda,أعلاف,piece,9000,30,,
CORN-Y,ذرة صفراء بالكيلو,Yellow corn per kg,ذرة|درة|dora,حبوب,piece,18,900,,
`

const h27fVocab = `علف, اعلاف, 3alaf, feed
طن, طون, ton, tons
ذرة, درة, dora, corn
`

// TestRules_FigureNamesThenMeasureOpens: a figure right after goods whose
// name gives it ("علف ٦") names them; a measure word written with و after
// it ("وطن ونص", "وكيلو ونص", Franco "w kilo w nos") opens an amount of
// its own — and a ton (a kilo) and a half of what follows — never "6 and
// a half", nor six tons.
func TestRules_FigureNamesThenMeasureOpens(t *testing.T) {
	r := rulesFrom(t, h27fCSV, h27fVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز طن علف ٦ وطن ونص علف ٨", []wantItem{{"FEED-6", 1, "", nil}, {"FEED-8", 1.5, "", nil}}},
		{"عايز ٢ طن علف ٦ وكيلو ونص ذرة", []wantItem{{"FEED-6", 2, "", nil}, {"CORN-Y", 1.5, "", nil}}},
		{"عايز طن علف ٦ وكيلو ونص ذرة", []wantItem{{"FEED-6", 1, "", nil}, {"CORN-Y", 1.5, "", nil}}},
		{"عايز ٢ طن علف ٦ وكيلو ذرة", []wantItem{{"FEED-6", 2, "", nil}, {"CORN-Y", 1, "", nil}}},
		{"3ayez 2 ton 3alaf 6 w kilo w nos dora", []wantItem{{"FEED-6", 2, "", nil}, {"CORN-Y", 1.5, "", nil}}},
		{"3ayez 2 ton 3alaf 6 w kilo dora", []wantItem{{"FEED-6", 2, "", nil}, {"CORN-Y", 1, "", nil}}},
		{"3ayez ton 3alaf 6 w ton w nos 3alaf 8", []wantItem{{"FEED-6", 1, "", nil}, {"FEED-8", 1.5, "", nil}}},
		// kept: the amount after the named goods, and a bare amount
		{"عايز علف ٦ ٢ طن ونص", []wantItem{{"FEED-6", 2.5, "", nil}}},
		{"عايز ٥٠ كيلو ذرة", []wantItem{{"CORN-Y", 50, "", nil}}},
		{"عايز طن علف ٦ وطن علف ٨", []wantItem{{"FEED-6", 1, "", nil}, {"FEED-8", 1, "", nil}}},
	})
}
