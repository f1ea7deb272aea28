package understand

import (
	"context"
	"testing"
)

// TestRules_CancelAsked: an order or a document cancelled ("please cancel
// my order", "عايز الغي الطلب", "الغوا الاوردر", Franco "2elghy el
// order", "cancel the invoice") is a question for a person (its stock, its
// number), never the greeting it was. On a tile shop's catalog.
func TestRules_CancelAsked(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TL-60,بورسلين 60x60 رمادي,Porcelain tile 60x60,بورسلين 60,بورسلين,sqm,420,800,بورسلين,رمادي
`, "")
	for _, text := range []string{"please cancel my order", "عايز الغي الطلب", "لو سمحت الغوا الاوردر", "2elghy el order", "cancel the invoice please"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Service) == 0 || len(res.Items) != 0 {
			t.Errorf("%q: service %q, items %d; want a question for a person, no goods", text, res.Service, len(res.Items))
		}
	}
}
