package understand

import "testing"

// A shape said by a letter on a kitchens and counters shop of its own:
// kitchens made as an L and as a U, a reception counter made only as an L,
// a straight bar with no letter at all.
const c15bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KIT-L,مطبخ حرف L,L-shaped kitchen,,مطابخ,piece,85000,3,خشب,أبيض|رمادي
KIT-U,مطبخ حرف U,U-shaped kitchen,,مطابخ,piece,120000,2,خشب,أبيض|رمادي
DESK-L,كاونتر استقبال شكل L,L shape reception counter,كاونتر,مكاتب,piece,30000,4,خشب,أسود
BAR,بار مستقيم,Straight bar counter,,مطابخ,piece,15000,5,خشب,
`

const c15bVocab = `مطبخ, مطابخ, matbakh, kitchen
كاونتر, counter
استقبال, reception
بار, bar
ابيض, white => أبيض
اسود, black => أسود
`

// TestRules_ShapeLetter: the letter a shape is named by chooses between
// products of one kind, and a product whose name gives another letter is
// what the line lacks (offered, never invoiced), in Arabic, Franco-Arabic
// and English; a name with no letter is never said to lack one.
func TestRules_ShapeLetter(t *testing.T) {
	r := rulesFrom(t, c15bCSV, c15bVocab)
	tests := []lacksCase{
		{"عايز مطبخ حرف U ابيض", "KIT-U", nil},
		{"عايز مطبخ حرف L رمادي", "KIT-L", nil},
		{"I need a U shaped kitchen, white", "KIT-U", nil},
		{"3ayez matbakh 7arf U abyad", "KIT-U", nil},
		{"عايز مطبخ على شكل حرف يو ابيض", "KIT-U", nil},
		{"محتاج كاونتر استقبال حرف U اسود", "DESK-L", []string{"حرف U"}},
		{"a U-shaped reception counter in black", "DESK-L", []string{"U-shaped"}},
		{"I want a U shaped reception counter, black", "DESK-L", []string{"U shaped"}},
		{"do you have a T shaped reception counter in black?", "DESK-L", []string{"T shaped"}}, // a letter no name has
		{"كاونتر استقبال شكل L اسود", "DESK-L", nil},
	}
	checkLacks(t, r, tests)
}

func TestShapeLetter(t *testing.T) {
	for _, tt := range []struct {
		text, want string
	}{
		{"ركنة حرف U", "U"}, {"L-shaped corner sofa", "L"}, {"مطبخ شكل l", "L"}, {"حرف يو", "U"},
		{"كنبة شكل حلو", ""}, {"شكل ال كنبة", ""}, {"كنبة 3 مقعد", ""},
	} {
		if got, _ := shapeLetter(shapeWordsOf(tt.text)); got != tt.want {
			t.Errorf("shapeLetter(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
