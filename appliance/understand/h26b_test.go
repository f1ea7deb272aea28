package understand

import "testing"

// Round 26's first-contact classes (branch h26b), on a small window
// furnishing shop of its own (none of the blind sets' catalogs or
// sentences): window film and a fixed roller blind by the square metre,
// linen by the metre, a corner shelf by the piece, a carpet whose name
// holds its one colour ("فيلم شباك" makes the window a word of the film's
// names, as a net's "سلك شباك" does).
const h26bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FILM-HEAT,فيلم حراري,Heat film,فيلم|استيكر حراري|فيلم شباك,أفلام,sqm,300,,,
BLIND-FIX,ستارة رول ثابتة,Fixed roller blind,رول ثابت|رول شباك,ستائر,sqm,450,,,
SHELF-TRI,رف مثلث,Triangle corner shelf,رف ركنة,رفوف,piece,120,10,,
SHELF-RECT,رف مستطيل,Rectangular shelf,,رفوف,piece,100,10,,
FAB-LIN,قماش كتان,Linen fabric,كتان,أقمشة,meter,90,,,أبيض|بيج
CARP-RED,سجاد أحمر ملكي,Royal red carpet,احمر ملكي,سجاد,sqm,250,,,أحمر
`

const h26bVocab = `فيلم, film
كتان, katan, linen
احمر, red => أحمر
`

// TestRules_FrancoWeBeforeHalf: Franco "we" (و) before a fraction after a
// figure or a measure is "and a half" ("5 metr we nos"), as "و نص" and
// "w nos" are, never a lost half.
func TestRules_FrancoWeBeforeHalf(t *testing.T) {
	r := rulesFrom(t, h26bCSV, h26bVocab)
	checkCases(t, r, Order, []itemCase{
		{"3ayez katan 3 metr we nos", []wantItem{{"FAB-LIN", 3.5, "", nil}}},
		{"3ayez katan 3 metr w nos", []wantItem{{"FAB-LIN", 3.5, "", nil}}},
		{"عايز قماش كتان 3 متر ونص", []wantItem{{"FAB-LIN", 3.5, "", nil}}},
	})
}

// TestRules_PlacesCountedAfterProduct: a figure before a place said after
// a product sold by area ("فيلم حراري ٢ شباك كل واحد ١٠٠ في ١٥٠", Franco
// "kol wa7ed", English "for 2 windows each") counts the places, each of
// the size said after it: 2 × 1.0 × 1.5, never a 2 m side.
func TestRules_PlacesCountedAfterProduct(t *testing.T) {
	r := rulesFrom(t, h26bCSV, h26bVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز فيلم حراري 2 شباك كل واحد 100 في 150", []wantItem{{"FILM-HEAT", 3, "", []int{100, 150}}}},
		{"عايز فيلم حراري 2 شباك 100 في 150", []wantItem{{"FILM-HEAT", 3, "", []int{100, 150}}}},
		{"3ayez film 7arari 2 shebak kol wa7ed 100 f 150", []wantItem{{"FILM-HEAT", 3, "", []int{100, 150}}}},
		{"need heat film for 2 windows each 100 x 150", []wantItem{{"FILM-HEAT", 3, "", []int{100, 150}}}},
	})
}

// TestRules_FrancoThaSaidS: a name's ث is said س in Egyptian ("ثابت"
// sabet, "مثلث" mosalas): Franco spelling it with s names the word, never
// a number's construct state ("sab3a" + et) nor nothing.
func TestRules_FrancoThaSaidS(t *testing.T) {
	r := rulesFrom(t, h26bCSV, h26bVocab)
	checkCases(t, r, Order, []itemCase{
		{"3ayez raf mosalas 2", []wantItem{{"SHELF-TRI", 2, "", nil}}},
		{"3ayez setara rol sabet 2 shebak kol wa7ed 100 f 150", []wantItem{{"BLIND-FIX", 3, "", []int{100, 150}}}},
	})
}

// TestRules_ColourTheNameTook: a colour word the customer said that the
// product's name took as its own word ("عايز احمر ملكي" of "سجاد أحمر
// ملكي"), one of the product's colours, is the line's colour: an invoice
// line never goes out without it.
func TestRules_ColourTheNameTook(t *testing.T) {
	r := rulesFrom(t, h26bCSV, h26bVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز احمر ملكي 12 متر", []wantItem{{"CARP-RED", 12, "أحمر", nil}}},
		{"عايز سجاد احمر ملكي 12 متر", []wantItem{{"CARP-RED", 12, "أحمر", nil}}},
	})
}

