package understand

import (
	"context"
	"testing"
)

// c26SocksCSV: socks sold singly and by the dozen, the dozen named with
// its word ("دستة"); both in stock.
const c26SocksCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOCK-COT,شراب قطن,Cotton socks,شراب|شرابات,شرابات,piece,25,300,,
SOCK-COT-12,دستة شراب قطن,Dozen cotton socks,دستة شراب,شرابات,piece,260,40,,
TOWEL,فوطة وش,Face towel,فوطة|فوط,فوط,piece,60,80,,
`

// TestRules_DozenNamedWithArticle: the dozen word said with the article
// ("والدستة بكام؟", Franco "w el dasta") names the goods sold by the dozen,
// a line of its own, never a count of twelve of nothing (which lost the
// second question); a dozen said as a count still counts.
func TestRules_DozenNamedWithArticle(t *testing.T) {
	r := rulesFrom(t, c26SocksCSV, "")
	checkCases(t, r, Inquiry, []itemCase{
		{"الشراب القطن بكام؟ والدستة بكام؟", []wantItem{{"SOCK-COT", 1, "", nil}, {"SOCK-COT-12", 1, "", nil}}},
		{"el shrab el 2otn b kam? w el dasta b kam?", []wantItem{{"SOCK-COT", 1, "", nil}, {"SOCK-COT-12", 1, "", nil}}},
	})
	checkCases(t, r, Order, []itemCase{
		{"عايز دستة شراب قطن وفوطة", []wantItem{{"SOCK-COT-12", 1, "", nil}, {"TOWEL", 1, "", nil}}},
	})
}

// c26DiningCSV: dining tables of three materials and chairs of two, the
// shop's synonym "كرسي سفره" naming its walnut chair.
const c26DiningCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TBL-W8,ترابيزة سفرة جوز 8 كراسي,Walnut dining table for 8,سفرة 8,سفرة,piece,28500,2,جوز,بني
TBL-RND,ترابيزة سفرة مدورة,Round dining table,سفرة مدورة,سفرة,piece,12700,3,أرو,طبيعي
CHR-W,كرسي سفرة جوز منجد,Upholstered walnut dining chair,كرسي سفره,سفرة,piece,3900,24,جوز,بيج|كحلي
CHR-M,كرسي سفرة معدن,Metal dining chair,كرسي حديد,سفرة,piece,1850,40,حديد,أسود
LCK-MAG,كالون مغناطيس,Magnetic lock,,كوالين,piece,850,15,ستانلس,
LCK-CH,كالون صيني,Chinese lock,,كوالين,piece,120,60,حديد,
`

// TestRules_MaterialChosenNotSaid: a material chooses another line's
// product only when the customer said it ("ترابيزة سفرة جوز و٤ كراسي": the
// walnut chairs); a material no word said — the shop's synonym chose the
// walnut chair — chooses no walnut table: which table is asked, never the
// 28,500 one invoiced. English "magnetic" is the name's "مغناطيس".
func TestRules_MaterialChosenNotSaid(t *testing.T) {
	r := rulesFrom(t, c26DiningCSV, "كرسي, كراسي\n")
	for _, text := range []string{"عايز ترابيزة سفرة و٤ كراسي", "3ayez trabeza sofra w 4 karasy"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range res.Items {
			if it.SKU == "TBL-W8" && !it.Vague && len(it.Ambiguous) == 0 {
				t.Errorf("%s: the walnut table chosen by the chairs' material no one said: %+v", text, res.Items)
			}
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز ترابيزة سفرة جوز و٤ كراسي بيج", []wantItem{{"TBL-W8", 1, "", nil}, {"CHR-W", 4, "بيج", nil}}},
		{"I need 2 magnetic locks", []wantItem{{"LCK-MAG", 2, "", nil}}},
	})
}
