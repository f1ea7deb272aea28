package understand

import (
	"context"
	"testing"
)

// TestRules_Qualifier: a word said with a kind several products share
// picks the one product that has it (its name, origin, synonyms), also
// with the article on a word whose letters begin with ال ("الالماني");
// "عادي" / "3adi" / "regular" picks the ordinary one, the name that says
// least beyond the kind.
func TestRules_Qualifier(t *testing.T) {
	r := kindsRules(t)
	for _, tt := range []struct {
		text   string
		intent Intent
		want   []wantItem
	}{
		{"بكام متر الباركيه الالماني؟", Inquiry, []wantItem{{"LAM-DE", 1, "", nil}}},
		{"عايز ٢٠ متر من الباركيه الالماني بلوط", Order, []wantItem{{"LAM-DE", 20, "بلوط", nil}}},
		{"I need 20 sqm of the German laminate", Order, []wantItem{{"LAM-DE", 20, "", nil}}},
		{"عايز ٣ شكاير لاصق عادي", Order, []wantItem{{"GLUE", 3, "", nil}}},
		{"3ayez 3 shekayer lase2 3adi", Order, []wantItem{{"GLUE", 3, "", nil}}},
		{"I need 3 bags of the regular adhesive", Order, []wantItem{{"GLUE", 3, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			checkItems(t, r, tt.text, tt.intent, tt.want)
			res, _ := r.Understand(context.Background(), tt.text)
			if len(res.Unexplained) > 0 {
				t.Errorf("%s: unexplained %q", tt.text, res.Unexplained)
			}
		})
	}
}

// TestRules_SpokenForms: a thing said in Egyptian ("ازاز", "ترابيزة") is the
// catalog's word when the catalog writes it in standard Arabic ("زجاج",
// "طاولة"), and the other way round.
func TestRules_SpokenForms(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GL-MOS,موزاييك زجاج,Glass mosaic,,موزاييك,sqm,1400,,زجاج,أزرق
TBL,طاولة قهوة,Coffee table,,طاولات,piece,2500,,خشب,
WARD,دولاب ملابس,Wardrobe,,دواليب,piece,9000,,MDF,
`, "")
	for _, tt := range []struct {
		text string
		want []wantItem
	}{
		{"عايز موزاييك ازاز ازرق ١٠ متر", []wantItem{{"GL-MOS", 10, "أزرق", nil}}},
		{"عايز ترابيزة قهوة", []wantItem{{"TBL", 1, "", nil}}},
		{"محتاج خزانة ملابس", []wantItem{{"WARD", 1, "", nil}}},
	} {
		checkItems(t, r, tt.text, Order, tt.want)
	}
}
