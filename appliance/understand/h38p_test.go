package understand

import (
	"context"
	"slices"
	"testing"
)

// Branch h38p, on catalogs of their own (none of round 37's or 35's names
// or sentences): a laundry.
const h38pLaundryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHIRT-W,غسيل ومكوى قميص (للقطعة),Shirt wash and iron (per piece),قميص|قمصان,غسيل,piece,40,,,
DRESS-W,تنضيف جاف فستان (للقطعة),Dress dry cleaning (per piece),فستان|فساتين,تنضيف جاف,piece,150,,,
RUSH,خدمة مستعجل نفس اليوم (إضافة للقطعة),Same-day rush service (per piece surcharge),مستعجل|استعجال|نفس اليوم,خدمات,piece,30,,,
`

const h38pLaundryVocab = `قميص, قمصان, shirt, shirts, 2amees
فستان, فساتين, dress, dresses, fostan
مستعجل, urgent, rush, mesta3gel
`

// TestRules_AddOnOnlyForOne: an add-on priced per piece said after
// several goods but limited to one of them ("والمستعجل للفستان بس",
// "lel fostan bas", "rush for the dress only") is that one's, never
// every piece's; limited to goods counted or two ("للقميصين بس") its
// count is asked. Without the limit it is every piece's (h38h).
func TestRules_AddOnOnlyForOne(t *testing.T) {
	laundry := rulesFrom(t, h38pLaundryCSV, h38pLaundryVocab)
	for _, text := range []string{
		"٣ قمصان وفستان، ومستعجل للفستان بس",
		"3 shirts and a dress, rush for the dress only",
	} {
		checkItems(t, laundry, text, Order, []wantItem{{"SHIRT-W", 3, "", nil}, {"DRESS-W", 1, "", nil}, {"RUSH", 1, "", nil}})
	}
	res, err := laundry.Understand(context.Background(), "فستان و٣ قمصان، ومستعجل للقميصين بس")
	if err != nil {
		t.Fatal(err)
	}
	if k := slices.IndexFunc(res.Items, func(it Item) bool { return it.SKU == "RUSH" }); k >= 0 && !slices.Contains(res.Items[k].Missing, "count") && res.Items[k].Quantity != 2000 {
		t.Errorf("rush for two of the shirts: %+v, want 2 or asked", res.Items[k])
	}
}

// TestRules_NotNeededAddOn: "مش X خالص" closing its clause, "مش لازم X",
// "msh lazem X" decline the work X: no line.
func TestRules_NotNeededAddOn(t *testing.T) {
	laundry := rulesFrom(t, h38pLaundryCSV, h38pLaundryVocab)
	for _, text := range []string{
		"٣ قمصان، مش مستعجل خالص",
		"٣ قمصان، مش لازم مستعجل",
		"3 2omsan, msh lazem mesta3gel",
	} {
		res, err := laundry.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(res.Items, func(it Item) bool { return it.SKU == "RUSH" }) {
			t.Errorf("%s: rush added %+v", text, res.Items)
		}
	}
}
