package understand

import (
	"context"
	"fmt"
	"testing"

	"fatoora/catalog"
)

// A figure with a point is one written word: the phrase "window acs 1.5 hp"
// is found in "2 window ACs 1.5 HP", so a reply quotes the customer's own
// words, not the lowered, normalised phrase.
func TestSurfaceOf_DecimalFigures(t *testing.T) {
	for _, tt := range []struct{ text, phrase, want string }{
		{"hi, I need 2 window ACs 1.5 HP cool only, white", "window acs 1.5 hp cool only white", "window ACs 1.5 HP cool only, white"},
		{"عايز سخان ٢٫٥ لتر أبيض", "سخان 2.5 لتر ابيض", "سخان ٢٫٥ لتر أبيض"},
		{"3ayez ra2 1.25 metr.", "ra2 1.25 metr", "ra2 1.25 metr"},
		// a full stop after a figure ends the sentence, not the figure
		{"عايز ٢. وكمان كرسي", "كرسي", "كرسي"},
	} {
		if got := surfaceOf(tt.text, tt.phrase); got != tt.want {
			t.Errorf("surfaceOf(%q, %q) = %q, want %q", tt.text, tt.phrase, got, tt.want)
		}
	}
}

// A figure with a Latin measure written on it ("12kg", "2.5mm") is read as
// the catalog writes it, apart ("6 kg"), so it chooses the variant and is
// no word left unexplained (which sent the order to staff). One letter
// stays glued: Franco writes "2l" for the article.
func TestRules_GluedLatinMeasure(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PWD-3,مسحوق غسيل 3 كجم,Washing powder 3 kg,,منظفات,piece,120,100,,
PWD-6,مسحوق غسيل 6 كجم,Washing powder 6 kg,,منظفات,piece,230,100,,
SOAP,صابون سايل,Liquid soap,,منظفات,piece,40,500,,
`
	r := rulesFrom(t, csv, "مسحوق, ma7oo2, powder\nغسيل, ghasil, washing\n")
	for _, text := range []string{"I need 10 washing powder 6kg", "3ayez 10 ma7oo2 ghasil 6KG", "عايز ١٠ مسحوق غسيل 6kg"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "PWD-6" || res.Items[0].Quantity != catalog.MilliFromFloat(10) || len(res.Unexplained) > 0 {
			t.Errorf("%q: want 10 × PWD-6 with every word placed, got %s (unexplained %v)", text, lines(res.Items), res.Unexplained)
		}
	}
}

func lines(items []Item) string {
	var s string
	for _, it := range items {
		s += fmt.Sprintf("[%s %v %q] ", it.SKU, it.Quantity, it.Phrase)
	}
	return s
}

// ChangeVerb reads a verb of changing with its Egyptian prefixes and
// suffixes, and not a word that only holds its letters ("صغير").
func TestChangeVerb(t *testing.T) {
	for w, want := range map[string]bool{"تغيروا": true, "هتبدلوه": true, "نغيرلك": true, "بدل": true, "استبدال": true, "نستبدلها": true,
		"Change": true, "instead": true, "8ayar": true, "صغير": false, "غيره": true, "جزيلا": false, "تغيير": true} {
		if got := ChangeVerb(w); got != want {
			t.Errorf("ChangeVerb(%q) = %v, want %v", w, got, want)
		}
	}
}
