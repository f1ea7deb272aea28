package understand

import (
	"slices"
	"strings"
	"testing"
)

// A curtain and tarpaulin shop: a tulle and a tarpaulin sold by the metre
// off rolls whose names give their width in metres.
const h32hRollCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TULLE-3,تل ستائر عرض 3 متر,Curtain tulle 3 m wide,,أقمشة,meter,60,,بوليستر,
TARP-2,مشمع عرض 2 متر,Tarpaulin 2 m wide,,مشمعات,meter,45,,بي في سي,
`

const h32hRollVocab = `تل, تول, tulle, tul
ستائر, ستاير, ستارة, curtain, sata2er
مشمع, tarpaulin, tarp, meshamma3
`

// TestRules_RollWidthNeitherFigure: goods sold by the metre whose name
// gives their width, said as a width by a length of which neither figure
// is that width ("تل ستائر ٢ في ٥" of "… عرض 3 متر"): another width, or a
// piece cut to size — the size is asked, never 2 m; one figure the width
// is still the length of the other.
func TestRules_RollWidthNeitherFigure(t *testing.T) {
	r := rulesFrom(t, h32hRollCSV, h32hRollVocab)
	for _, tc := range []struct {
		text  string
		sku   string
		asked bool
		want  string // the line when not asked
	}{
		{"عايز تل ستائر ٢ في ٥", "TULLE-3", true, ""},
		{"عايز مشمع ٤ في ٦", "TARP-2", true, ""},
		{"I need curtain tulle 2 by 5", "TULLE-3", true, ""},
		{"3ayez meshamma3 4 fi 6", "TARP-2", true, ""},
		{"عايز تل ستائر ٣ في ٥", "TULLE-3", false, "TULLE-3×5"},
		{"عايز مشمع ٦ في ٢", "TARP-2", false, "TARP-2×6"},
	} {
		res := understandText(t, r, tc.text)
		if len(res.Items) != 1 || res.Items[0].SKU != tc.sku {
			t.Errorf("%s: %v, want one %s", tc.text, itemsOf(res), tc.sku)
			continue
		}
		asked := slices.Contains(res.Items[0].Missing, "size")
		if asked != tc.asked {
			t.Errorf("%s: %v missing %v, want the size asked %v", tc.text, itemsOf(res), res.Items[0].Missing, tc.asked)
		}
		if got := itemsOf(res); !tc.asked && got[0] != tc.want && !strings.HasPrefix(got[0], tc.want+"[") {
			t.Errorf("%s: %v, want %s", tc.text, got, tc.want)
		}
	}
}
