package understand

import (
	"slices"
	"testing"
)

// A spices and nuts shop sold by the kilo, and a water tank named by its
// half ton.
const c17cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NUT-CSH,كاجو محمص بالكيلو,Roasted cashews per kg,,مكسرات,piece,900,80,,
NUT-ALM,لوز محمص بالكيلو,Roasted almonds per kg,,مكسرات,piece,700,80,,
TNK-05,خزان مياه 500 لتر,Water tank 500 L,خزان نص طن,خزانات,piece,2100,9,بلاستيك,
`

// TestRules_HalfOfAMeasure: half said before a measure ("نص كيلو",
// "half a kilo", "a half kilo") is half of it, and English "a kilo and a
// half", "one and a half", "2 and a half" add the half — they were read
// as one kilo (a wrong invoice: "عايز نص طن حديد" invoiced a ton). A
// name's own words stay its words: "خزان نص طن" is the half-ton tank.
func TestRules_HalfOfAMeasure(t *testing.T) {
	r := rulesFrom(t, c17cCSV, "")
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايز نص كيلو كاجو محمص", []string{"NUT-CSH×0.5"}},
		{"محتاج نص كيلو لوز و ٢ كيلو كاجو", []string{"NUT-ALM×0.5", "NUT-CSH×2"}},
		{"I need half a kilo of roasted almonds", []string{"NUT-ALM×0.5"}},
		{"I need a half kilo of roasted cashews", []string{"NUT-CSH×0.5"}},
		{"I need a kilo and a half of roasted cashews", []string{"NUT-CSH×1.5"}},
		{"I want one and a half kilos of roasted almonds", []string{"NUT-ALM×1.5"}},
		{"I want 2 and a half kilos of roasted almonds", []string{"NUT-ALM×2.5"}},
		{"عايز ٢ خزان نص طن", []string{"TNK-05×2"}},
	} {
		if got := linesCounted(understandText(t, r, c.text)); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
}
