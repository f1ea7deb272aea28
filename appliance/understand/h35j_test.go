package understand

import (
	"slices"
	"testing"
)

// Round 35's car-tint classes (branch h35j), on a small home cleaning
// company of its own (none of the blind sets' catalogs or sentences):
// cleaning of one room's kind (the kitchen, the bathrooms) and of the
// whole home ("كامل", "full"), the whole in two classes of the home
// cleaned (an apartment, a villa); no stock is kept of any.
const h35jCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CLN-KIT,تنظيف المطبخ,Kitchen cleaning,,تنظيف,piece,400,,,
CLN-BATH,تنظيف الحمامات,Bathrooms cleaning,,تنظيف,piece,300,,,
CLN-FULL-FLAT,تنظيف البيت كامل - شقة,Full home cleaning - apartment,,تنظيف,piece,1500,,,
CLN-FULL-VILLA,تنظيف البيت كامل - فيلا,Full home cleaning - villa,,تنظيف,piece,3500,,,
SOFA-W,غسيل كنب,Sofa washing,,غسيل,piece,250,,,
`

const h35jVocab = `تنظيف, نضافة, cleaning, tanzeef
كامل, كاملة, كله, كلها, full, whole, kamel
فيلا, فيلتي, villa
شقة, شقتي, apartment, flat
بيت, البيت, home, house
`

// TestRules_WholeOrPartUnsaid: a work whose products are parts (one room)
// and the whole ("كامل", "full" in one name) of the same head, category
// and unit, asked for with neither a part nor the whole said ("عايز
// تنظيف لفيلتي", Franco "tanzeef lel villa") is asked between the parts and the whole of the class
// said — the class puts the whole ahead but chooses nothing — never the
// whole priced. The whole said ("البيت كله", "kamel") or a part said is
// that product.
func TestRules_WholeOrPartUnsaid(t *testing.T) {
	r := rulesFrom(t, h35jCSV, h35jVocab)
	for _, text := range []string{
		"عايز اعمل تنظيف لفيلتي الجديدة",
		"3ayez tanzeef lel villa",
	} {
		res := understandText(t, r, text)
		want := []string{"CLN-BATH", "CLN-FULL-VILLA", "CLN-KIT"}
		if got := linesAsked(res); !slices.Equal(got, want) {
			t.Errorf("%q: lines %v, want %v asked", text, got, want)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز تنظيف البيت كله فيلا", []wantItem{{"CLN-FULL-VILLA", 1, "", nil}}},
		{"3ayez tanzeef kamel lel villa", []wantItem{{"CLN-FULL-VILLA", 1, "", nil}}},
		{"عايز تنظيف المطبخ", []wantItem{{"CLN-KIT", 1, "", nil}}},
	})
}
