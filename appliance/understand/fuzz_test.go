package understand

import (
	"context"
	"math"
	"testing"
	"unicode/utf8"
)

// FuzzRules_Understand: arbitrary text never panics and always gives a
// valid result: a valid intent, items with catalog SKUs (or none, for a
// thing the catalog lacks) and positive sane
// quantities, confidences in 0..1.
func FuzzRules_Understand(f *testing.F) {
	for _, s := range []string{
		"عايز ٣ كراسي بلاستيك حمرا وترابيزة كبيرة بيضا",
		"رخامة جرانيت 3 متر و 20 سم",
		"دولاب الوميتال 2.4 متر في 2.6",
		"نص دستة كراسي", "مترين ونص الا ربع", "180×90×", "x x x 1e308 متر في 1e308",
		"3ayez korsy", "و و و", "::::", "- \n -", "٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩ كرسي", "0 كرسي", "0.0001 متر رخامة",
		"\x00\xff", "كله ابيض نفس اللون",
		"موديل ٧ موديل", "model", "جردلين جردلين ٣ جردل", "كرسي ابيض ٢ و ٣ و ٤", "دولاب 80 و 90 سم و 80", "٢ موديل ٥",
	} {
		f.Add(s)
	}
	r := testRules(f)
	skus := map[string]bool{}
	for _, p := range r.Products() {
		skus[p.SKU] = true
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatalf("error: %v", err)
		}
		if !res.Intent.Valid() {
			t.Fatalf("intent %q", res.Intent)
		}
		if res.Confidence < 0 || res.Confidence > 1 || math.IsNaN(res.Confidence) {
			t.Fatalf("confidence %v", res.Confidence)
		}
		for _, it := range res.Items {
			if it.SKU == "" {
				// a thing the catalog lacks: no product, its words, unsure
				if it.Product != nil || it.Phrase == "" || it.Confidence > 0.5 {
					t.Fatalf("sku-less item %+v", it)
				}
			} else if !skus[it.SKU] || it.Product == nil || it.Product.SKU != it.SKU {
				t.Fatalf("item SKU %q not in the catalog", it.SKU)
			}
			if it.Quantity <= 0 || it.Quantity > 1_000_000_000 {
				t.Fatalf("quantity %v for %q", it.Quantity, text)
			}
			if it.Confidence < 0 || it.Confidence > 1 {
				t.Fatalf("item confidence %v", it.Confidence)
			}
			for _, d := range it.DimsCM {
				if d < 0 {
					t.Fatalf("dims %v", it.DimsCM)
				}
			}
		}
		for _, u := range res.Unexplained {
			if !utf8.ValidString(u) && utf8.ValidString(text) {
				t.Fatalf("unexplained %q not valid UTF-8", u)
			}
		}
	})
}
