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

// h35jPestCSV: a pest control shop that keeps stock of what each work is
// made with (no work is made to order), the home ("البيت") it is done to
// named under three head nouns, two of its works in an apartment's and a
// villa's class.
const h35jPestCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SPR-FLAT,رش مبيد البيت - شقة,Pest spraying home - apartment,,رش,piece,600,20,,
SPR-VILLA,رش مبيد البيت - فيلا,Pest spraying home - villa,,رش,piece,1400,20,,
STR-FLAT,تعقيم البيت - شقة,Home sterilising - apartment,,تعقيم,piece,500,20,,
STR-VILLA,تعقيم البيت - فيلا,Home sterilising - villa,,تعقيم,piece,1200,20,,
GEL-BOX,جل صراصير للبيت,Cockroach gel for home,,منتجات,piece,90,50,,
`

// TestRules_ClassOfThingServed: a shop keeping stock of what its works are
// made with still sells them in the classes of the thing they are done to
// (a word of the names under three head nouns or more, heading none:
// "البيت"); the class said once elsewhere in the message ("الفيلا"), also
// of the customer's own thing after "عندي" ("عندي فيلا، عايز …"), is the
// class of the work asked with none of its own.
func TestRules_ClassOfThingServed(t *testing.T) {
	r := rulesFrom(t, h35jPestCSV, h35jVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز تعقيم البيت - اللي هو الفيلا", []wantItem{{"STR-VILLA", 1, "", nil}}},
		{"عندي فيلا، عايز رش مبيد للبيت", []wantItem{{"SPR-VILLA", 1, "", nil}}},
		{"عايز رش مبيد للبيت شقة", []wantItem{{"SPR-FLAT", 1, "", nil}}},
	})
}
