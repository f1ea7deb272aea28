package understand

import (
	"context"
	"testing"
)

// TestRules_WorkNotSaid: a product named by a work done on goods ("تركيب
// مطبخ كامل", "صيانة غسالة", "Full kitchen installation") is that work:
// the goods' words alone ("عايز مطبخ كامل", "I need a washing machine")
// name goods the shop sells no product of, a line a person reads, never
// the work invoiced in their place. Said with its work (its noun, a word of
// labour, English "installation") it is chosen; a made-to-order product
// named by the work of making it ("تفصيل دولاب") is the goods themselves.
func TestRules_WorkNotSaid(t *testing.T) {
	csv := `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FIT-KIT,تركيب مطبخ كامل,Full kitchen installation,,خدمات,piece,2500,,,
FIX-WASH,صيانة غسالة,Washing machine maintenance,,خدمات,piece,400,,,
SINK,حوض مطبخ ستانلس,Stainless kitchen sink,,أحواض,piece,1800,12,ستانلس,
WARD,تفصيل دولاب بالمتر,Made-to-measure wardrobe,,دواليب,m,4200,,MDF,أبيض|بني
`
	r := rulesFrom(t, csv, "مطبخ, مطابخ, matbakh, kitchen\nغسالة, غساله, ghassala, washing machine\nتركيب, tarkeeb, installation\n")
	for _, text := range []string{
		"عايز مطبخ كامل",
		"محتاج ٢ غسالة",
		"I need a washing machine please",
		"3ayez matbakh kamel",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range res.Items {
			if it.SKU == "FIT-KIT" || it.SKU == "FIX-WASH" {
				t.Errorf("%q: the work %s invoiced for goods asked", text, it.SKU)
			}
		}
	}
	checkItems(t, r, "عايز تركيب مطبخ كامل", Order, []wantItem{{"FIT-KIT", 1, "", nil}})
	checkItems(t, r, "محتاج صيانة للغسالة", Order, []wantItem{{"FIX-WASH", 1, "", nil}})
	checkItems(t, r, "I need a full kitchen installation", Order, []wantItem{{"FIT-KIT", 1, "", nil}})
	checkItems(t, r, "3ayez tarkeeb matbakh kamel", Order, []wantItem{{"FIT-KIT", 1, "", nil}})
	checkItems(t, r, "عايز حوض مطبخ ستانلس", Order, []wantItem{{"SINK", 1, "", nil}})
	checkItems(t, r, "عايز دولاب ٣ متر ابيض", Order, []wantItem{{"WARD", 3, "أبيض", nil}})
}
