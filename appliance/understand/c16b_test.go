package understand

import (
	"context"
	"slices"
	"testing"
)

// A door shop: one wooden door, 90 cm wide; a sliding door sold by the m²;
// a cabinet whose name gives its 5 cm plinth.
const c16bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DR-WD,باب خشب 90 سم,Wooden door 90 cm,باب 90,أبواب,piece,4200,12,خشب,
DR-SLD,باب جرار,Sliding door,,أبواب,sqm,3100,,ألومنيوم,
CAB-5,دولاب أحذية بقاعدة 5 سم,Shoe cabinet on a 5 cm plinth,,دواليب,piece,2600,8,,
`

const c16bVocab = `باب, ابواب, door, bab
خشب, wooden, wood, 5ashab
دولاب, cabinet
`

// TestRules_SizeTheProductIsNot: a piece sold in the size its name gives
// ("باب خشب 90 سم") asked in another size of the same measure lacks the
// size as said: the box offers it, never invoices a 90 cm door for an 80.
// The size it has, a size sold by the m², a figure far from the name's
// (the cabinet's 5 cm plinth against its 120 cm height) lack nothing.
func TestRules_SizeTheProductIsNot(t *testing.T) {
	r := rulesFrom(t, c16bCSV, c16bVocab)
	for _, tt := range []struct {
		text, sku, lacks string
	}{
		{"عايز باب خشب ٨٠", "DR-WD", "٨٠"},
		{"محتاج باب خشب 70 سم", "DR-WD", "70 سم"},
		{"3ayez bab 5ashab 80 f 200", "DR-WD", "80"},
		{"I need a wooden door 70 cm", "DR-WD", "70 cm"},
		{"عايز باب خشب ٩٠", "DR-WD", ""},
		{"عايز باب خشب ٩٠ في ٢١٠", "DR-WD", ""},
		{"عايز باب جرار ٢ متر في ٢", "DR-SLD", ""},
		{"عايز دولاب احذية ارتفاعه 120", "CAB-5", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || res.Items[0].SKU != tt.sku {
				t.Fatalf("%s: %+v, want one %s", tt.text, res.Items, tt.sku)
			}
			got := res.Items[0].Lacks
			if tt.lacks == "" && len(got) > 0 || tt.lacks != "" && !slices.Contains(got, tt.lacks) {
				t.Errorf("%s: lacks %q, want %q", tt.text, got, tt.lacks)
			}
		})
	}
}
