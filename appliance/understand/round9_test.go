package understand

import (
	"testing"
)

// Round 9's message-level classes, on round 8's test shop (doors by
// model and width, floors by thickness, linen).

// TestRules_LastTimeAgain: "زي المرة اللي فاتت: …" (as last time) names
// what is ordered again; the time said ("اللي فاتت", "المرة دي") tells
// of no earlier purchase to set aside and is no goods.
func TestRules_LastTimeAgain(t *testing.T) {
	r := round8Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"زي المرة اللي فاتت: ٣ باب نوفا ٩٠ ابيض، والمرة دي عايز كمان ٣ كالون", []wantItem{{"NOVA90", 3, "أبيض", []int{90}}, {"LOCK", 3, "", nil}}},
		{"زي الطلبية اللي فاتت بالظبط ٤٠ متر باركيه ١٢ رمادي، وعايز المرة دي وزرة جوزي ٢٠ متر", []wantItem{{"PRQ12", 40, "رمادي", nil}, {"SKRT8", 20, "جوز", nil}}},
		{"zay el marra elly fatet: 3 bab nova 90 abyad, we el marra di 3ayez kaman 3 kalon", []wantItem{{"NOVA90", 3, "أبيض", []int{90}}, {"LOCK", 3, "", nil}}},
		{"same as last time: 40 m of parquet 12 grey, and this time 20 m of walnut skirting too", []wantItem{{"PRQ12", 40, "رمادي", nil}, {"SKRT8", 20, "جوز", nil}}},
	})
}
