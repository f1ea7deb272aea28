package understand

import (
	"context"
	"testing"
)

// An office-furniture shop: chairs in black and grey, and a meeting table
// whose name says how many chairs it seats, made in brown.
const c16aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CH-MESH,كرسي مكتب شبك,Mesh office chair,,كراسي,piece,2400,30,,أسود|رمادي
CH-VIS,كرسي مكتب انتظار,Office visitor chair,,كراسي,piece,1500,20,,أسود|أزرق
TBL-MEET,ترابيزة اجتماعات مكتب 8 كراسي,Office meeting table for 8,,ترابيزات,piece,18500,2,,بني|أسود
CASE-PIL,كيس مخدة مكتب,Office cushion case,,مخدات,piece,90,50,,بني|أسود
PIL-OFF,مخدة مكتب فايبر,Office fibre cushion,,مخدات,piece,200,50,,
PIL-MEM,مخدة مكتب ميموري,Office memory cushion,,مخدات,piece,350,50,,
`

const c16aVocab = `كرسي, كراسي, chair, chairs
ترابيزة, ترابيزات, table
مكتب, office
بني, brown => بني
اسود, black => أسود
رمادي, grey => رمادي
`

// TestRules_ColourNeverTurnsOneKindIntoAnother: a colour the chairs are not
// made in never makes the line the meeting table "… 8 كراسي" (its name says
// what it seats, its head noun is a table): the chair stays the line and
// the colour is asked. A kind whose own head noun the customer said
// ("كيسين مخدة": two cases) still takes the colour it is made in.
func TestRules_ColourNeverTurnsOneKindIntoAnother(t *testing.T) {
	r := rulesFrom(t, c16aCSV, c16aVocab)
	for _, tt := range []struct{ text, sku, color string }{
		{"عايز كرسي مكتب بني", "CH-MESH", ""},
		{"عايز ٢ كرسي مكتب بني", "CH-MESH", ""},
		{"3ayez korsy maktab bonni", "CH-MESH", ""},
		{"عايز كرسي مكتب اسود", "CH-MESH", "أسود"},
		{"عايز ترابيزة اجتماعات بني", "TBL-MEET", "بني"},
		{"عايز كيسين مخدة مكتب بني", "CASE-PIL", "بني"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) == 0 {
				t.Fatalf("%s: no items", tt.text)
			}
			for _, it := range res.Items {
				if it.SKU == "TBL-MEET" && tt.sku != "TBL-MEET" {
					t.Fatalf("%s: the meeting table for a chair: %+v", tt.text, res.Items)
				}
			}
			it := res.Items[0]
			if it.SKU != "" && it.SKU != tt.sku || it.SKU == "" && !containsProduct(it.Ambiguous, tt.sku) {
				t.Fatalf("%s: %+v, want %s", tt.text, res.Items, tt.sku)
			}
			if it.SKU != "" && it.Color != tt.color {
				t.Errorf("%s: colour %q, want %q", tt.text, it.Color, tt.color)
			}
		})
	}
}

func containsProduct(cs []Candidate, sku string) bool {
	for _, c := range cs {
		if c.Product != nil && c.Product.SKU == sku {
			return true
		}
	}
	return false
}
