package pipeline

import (
	"strings"
	"testing"

	"fatoora/catalog"
)

func TestTypedCount(t *testing.T) {
	for text, want := range map[string]float64{
		"٦": 6, "ستة": 6, "6 كراسي": 6, "هاخد ٤ لو سمحت": 4, "دستة": 12, "tlata": 3, "two please": 2,
		"٤ ولا ٦": 0, "مش عارف": 0, "٢.٥": 0, "0": 0, "عايز ٤ كراسي سفرة زان لون بني لو سمحت": 0,
	} {
		got, ok := typedCount(text)
		if want == 0 && ok || want != 0 && (!ok || got != want) {
			t.Errorf("typedCount(%q) = %v, %v; want %v", text, got, ok, want)
		}
	}
}

// The closest product out of stock is named as such, never as if it were
// among the choices that follow.
func TestNotExactly_ClosestOutOfStock(t *testing.T) {
	sofa := catalog.Product{NameAr: "ركنة حرف U", NameEn: "U-shaped corner sofa"}
	for _, tt := range []struct {
		r       replies
		inStock bool
		want    string
	}{
		{replies{}, false, "أقرب حاجة عندنا ركنة حرف U بس مش متاحة دلوقتي"},
		{replies{}, true, "أقرب حاجة عندنا ركنة حرف U، ودي كمان"},
		{replies{en: true}, false, "the U-shaped corner sofa, but it is out of stock right now"},
		{replies{en: true}, true, "the U-shaped corner sofa, and here are other close choices"},
	} {
		if got := tt.r.notExactly("ركنة حرف L", sofa, tt.inStock); !strings.Contains(got, tt.want) {
			t.Errorf("in stock %v, English %v: %q, want it to hold %q", tt.inStock, tt.r.en, got, tt.want)
		}
	}
}
