package understand

import "testing"

// Branch h38i, on a catalog of its own (none of round 38's names or
// sentences): a grocery selling cooking oil by the bottle and by the
// carton of bottles, and sugar by the bag.
const h38iGroceryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OIL-700,ازازة زيت عباد الشمس 700 مل,Sunflower oil bottle 700 ml,زيت عباد|ازازة زيت,زيوت,piece,90,100,,
OIL-700-CTN,كرتونة زيت عباد الشمس 700 مل (12 ازازة),Sunflower oil 700 ml carton (12 bottles),كرتونة زيت|كرتونة 700,زيوت,piece,1000,20,,
OIL-2200-CTN,كرتونة زيت عباد الشمس 2200 مل (6 ازايز),Sunflower oil 2200 ml carton (6 bottles),كرتونة كبيرة|كرتونة 2200,زيوت,piece,1100,20,,
SUGAR,كيس سكر 1 كيلو,Sugar bag 1 kg,سكر,بقالة,piece,35,200,,
`

const h38iGroceryVocab = `زيت, zeit, oil
كرتونة, كرتونه, كراتين, carton, cartons, kartona
ازازة, ازازه, ازايز, ezaza, ezazat
سكر, sokkar, sugar
700 مل, 700 ml, ٧٠٠ مل, nos letr
`

// TestRules_ContainerSaidChooses: bottles counted with a size the
// carton's synonym carries alone ("كرتونة 700") are bottles — the
// container said chooses, never the carton of that size.
func TestRules_ContainerSaidChooses(t *testing.T) {
	r := rulesFrom(t, h38iGroceryCSV, h38iGroceryVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠ ازايز ٧٠٠", []wantItem{{"OIL-700", 10, "", nil}}},
		{"3ayez 10 ezazat 700", []wantItem{{"OIL-700", 10, "", nil}}},
		{"I want 10 bottles 700", []wantItem{{"OIL-700", 10, "", nil}}},
		{"عايز ٣ كراتين ٧٠٠", []wantItem{{"OIL-700-CTN", 3, "", nil}}},
	})
}

// TestRules_ContainerOfFigure: an English "N <container> of <size>" is
// that many containers of that size, alone or beside another line.
func TestRules_ContainerOfFigure(t *testing.T) {
	r := rulesFrom(t, h38iGroceryCSV, h38iGroceryVocab)
	checkCases(t, r, Order, []itemCase{
		{"I want 2 cartons of 700", []wantItem{{"OIL-700-CTN", 2, "", nil}}},
		{"I want one carton of 2200", []wantItem{{"OIL-2200-CTN", 1, "", nil}}},
		{"I want 2 cartons of 700 ml and 3 cartons of 2200 ml", []wantItem{{"OIL-700-CTN", 2, "", nil}, {"OIL-2200-CTN", 3, "", nil}}},
	})
}

// TestRules_ContainerSizeOpensLine: after و, a count, a container and a
// size only goods in that container carry open their own line, never
// words of the line before ("و٣ كراتين ٢٢٠٠" after sugar).
func TestRules_ContainerSizeOpensLine(t *testing.T) {
	r := rulesFrom(t, h38iGroceryCSV, h38iGroceryVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٥ كيس سكر و٣ كراتين ٢٢٠٠", []wantItem{{"SUGAR", 5, "", nil}, {"OIL-2200-CTN", 3, "", nil}}},
		{"3ayez 5 sokkar w 2 kartona 2200", []wantItem{{"SUGAR", 5, "", nil}, {"OIL-2200-CTN", 2, "", nil}}},
		{"I want 5 sugar and 2 cartons 2200", []wantItem{{"SUGAR", 5, "", nil}, {"OIL-2200-CTN", 2, "", nil}}},
	})
}
