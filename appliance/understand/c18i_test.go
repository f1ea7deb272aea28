package understand

import (
	"context"
	"testing"
)

// TestRules_CountedWordIsNoAddress: a Latin word right after a count is
// goods counted, never a form of address its consonants spell ("2 yeast"
// spells "اسطي", usta): the count stayed on the goods before it, and "a
// stand mixer and 2 yeast" was invoiced as two mixers. The yeast the
// shop does not sell is left for a person; the mixer keeps its one.
func TestRules_CountedWordIsNoAddress(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MIX-1,عجانة ستاند,Stand mixer,عجانة,اجهزة,piece,6500,5,,
`, "")
	res, err := r.Understand(context.Background(), "I need a stand mixer and 2 yeast")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.SKU == "MIX-1" && it.Quantity.Float() != 1 {
			t.Errorf("the mixer ×%v, want 1: the 2 is the yeast's", it.Quantity.Float())
		}
	}
	if len(res.Unexplained) == 0 {
		t.Errorf("yeast, which the shop does not sell, placed: %+v", res)
	}
	// the address itself, said as one, is still read so
	res, err = r.Understand(context.Background(), "ya osta, I need a stand mixer")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "MIX-1" || len(res.Unexplained) != 0 {
		t.Errorf("\"ya osta\": %+v, unexplained %v", res.Items, res.Unexplained)
	}
}
