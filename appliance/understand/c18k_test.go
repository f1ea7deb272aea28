package understand

import "testing"

// TestRules_AKiloOfGoods: English "a kilo of …" before goods sold in bags
// of a stated weight is one kilo of them, as "1 kilo of …" and "كيلو …"
// are: four quarter-kilo bags, never one bag (it was invoiced as one).
func TestRules_AKiloOfGoods(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CF-250,بن محوج (كيس ربع كيلو),Spiced coffee bag 250 g,بن,بن,piece,95,200,,
MUG-1,كوباية قهوة,Coffee mug,كوباية,اكواب,piece,40,50,,
`, "بن, coffee, bon\n")
	checkCases(t, r, Order, []itemCase{
		{"I need a kilo of coffee", []wantItem{{"CF-250", 4, "", nil}}},
		{"I need a coffee mug and a kilo of coffee", []wantItem{{"MUG-1", 1, "", nil}, {"CF-250", 4, "", nil}}},
		{"I need 2 kilos of coffee", []wantItem{{"CF-250", 8, "", nil}}},
	})
}
