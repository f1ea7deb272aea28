package understand

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// A lighting shop: LED bars whose names differ only by their length,
// floodlights of two wattages, and goods named by the room or the garden
// they light (so "للمطبخ", "للجنينة" are catalog words here).
const c21bLightCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BAR-60,بار ليد 60 سم,LED bar 60 cm,,ليد,piece,180,50,ألومنيوم,
BAR-90,بار ليد 90 سم,LED bar 90 cm,,ليد,piece,240,40,ألومنيوم,
BAR-120,بار ليد 120 سم,LED bar 120 cm,,ليد,piece,300,30,ألومنيوم,
SPOT-50,كشاف ليد 50 وات,LED floodlight 50 W,,كشافات,piece,450,20,ألومنيوم,
SPOT-100,كشاف ليد 100 وات,LED floodlight 100 W,,كشافات,piece,750,20,ألومنيوم,
CEIL-KT,لمبة سقف مطبخ دائرية,Round kitchen ceiling lamp,,لمبات,piece,350,15,بلاستيك,
POLE-GD,عمود إنارة جنينة,Garden light pole,,أعمدة,piece,900,10,حديد,
`

const c21bLightVocab = `بار, بارات, bar, bars
ليد, لد, led
كشاف, كشافات, floodlight
`

// itemsOf is each line as SKU×quantity (or "?" for a line left open), with
// its sizes when it has any but the length its name gives.
func itemsOf(res Result) []string {
	var out []string
	for _, it := range res.Items {
		s := it.SKU
		if s == "" {
			s = "?"
		}
		s += fmt.Sprintf("×%g", it.Quantity.Float())
		if len(it.DimsCM) > 0 && (it.Product == nil || len(it.DimsCM) > 1 || !strings.Contains(it.Product.NameAr, fmt.Sprint(it.DimsCM[0]))) { // its own named length aside
			s += fmt.Sprint(it.DimsCM)
		}
		out = append(out, s)
	}
	return out
}

// TestRules_SiblingFigureAfterWhatItsFor: a figure said after و right after
// the line's own figure, naming a sibling of its product (another of the
// same goods whose name holds that figure), is that sibling's line — though
// what the goods are for ("للمطبخ") was said between the goods and the
// figures, or between the two figures, or a size word before them; never
// the first line's count nor a side of it. A figure naming no sibling
// after و stays the count.
func TestRules_SiblingFigureAfterWhatItsFor(t *testing.T) {
	r := rulesFrom(t, c21bLightCSV, c21bLightVocab)
	two := func(a, b string) []string { return []string{a + "×1", b + "×1"} }
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز بار ليد للمطبخ ٦٠ و٩٠", two("BAR-60", "BAR-90")},
		{"عايز بار ليد للمطبخ 60 و 120", two("BAR-60", "BAR-120")},
		{"عايز بار ليد ٦٠ للمطبخ و٩٠", two("BAR-60", "BAR-90")},
		{"عايز بار ليد للمطبخ مقاس ٦٠ و٩٠", two("BAR-60", "BAR-90")},
		{"عايز بار ليد مقاس ٦٠ و١٢٠", two("BAR-60", "BAR-120")},
		{"عايز كشاف ليد للجنينة ٥٠ و١٠٠", two("SPOT-50", "SPOT-100")},
		{"3ayez bar led lel matbakh 60 w 90", two("BAR-60", "BAR-90")},
		{"عايز كشاف ليد ٥٠ للجنينة و١٠٠", two("SPOT-50", "SPOT-100")},
		{"I want an LED bar for the kitchen 60 and 90", two("BAR-60", "BAR-90")},
		// what stays: a figure after و naming no sibling is how many
		{"عايز بار ليد للمطبخ ٦٠ و ٣", []string{"BAR-60×3"}},
		{"عايز بار ليد ٦٠ و ٣", []string{"BAR-60×3"}},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A paint shop: one emulsion in 18 L, 4 L and 1 L cans, a varnish in one
// 1 L can, and water heaters named by their capacity.
const c21bPaintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
EM-18,دهان بلاستيك مطفي 18 لتر,Matt emulsion paint 18 L,,دهانات,piece,2300,20,مائي,
EM-4,دهان بلاستيك مطفي 4 لتر,Matt emulsion paint 4 L,,دهانات,piece,560,40,مائي,
EM-1,دهان بلاستيك مطفي 1 لتر,Matt emulsion paint 1 L,,دهانات,piece,150,80,مائي,
VAR-1,ورنيش شفاف 1 لتر,Clear varnish 1 L,,دهانات,piece,190,30,زيتي,
HT-50,سخان كهرباء 50 لتر,Electric water heater 50 L,,سخانات,piece,4200,10,صاج,
HT-80,سخان كهرباء 80 لتر,Electric water heater 80 L,,سخانات,piece,5200,10,صاج,
`

const c21bPaintVocab = `دهان, دهانات, بوية, paint, dehan
بلاستيك, plastic, blastik
مطفي, مط, matt, matte
سخان, سخانات, heater, sakhan
`

// TestRules_VolumeMadeOfCans: a volume said of goods sold in cans of
// several volumes is made of whole cans, the largest first, as a clerk
// makes it ("٥ لتر": the 4 L and the 1 L; "٢٢ لتر": the 18 L and a 4 L);
// one can's volume is that can; a volume no cans make is asked, never a
// can invoiced for litres it does not hold. Goods named by their capacity
// (a heater) are one piece, never made of smaller ones.
func TestRules_VolumeMadeOfCans(t *testing.T) {
	r := rulesFrom(t, c21bPaintCSV, c21bPaintVocab)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز دهان بلاستيك مطفي ٥ لتر", []string{"EM-4×1", "EM-1×1"}},
		{"عايز دهان بلاستيك مطفي ٨ لتر", []string{"EM-4×2"}},
		{"عايز دهان بلاستيك مطفي ٢٢ لتر", []string{"EM-18×1", "EM-4×1"}},
		{"عايز دهان بلاستيك مطفي ٢ لتر", []string{"EM-1×2"}},
		{"عايز دهان بلاستيك مطفي ٤ لتر", []string{"EM-4×1"}},
		{"عايز ٥ لتر دهان بلاستيك مطفي", []string{"EM-4×1", "EM-1×1"}},
		{"I need 5 litres of matt plastic paint", []string{"EM-4×1", "EM-1×1"}},
		{"3ayez dehan blastik matt 5 litr", []string{"EM-4×1", "EM-1×1"}},
		// a count of cans with the can's own volume: that many of it
		{"عايز ٢ دهان بلاستيك مطفي ٤ لتر", []string{"EM-4×2"}},
		// one can only: the can's own rule
		{"عايز ورنيش شفاف ٣ لتر", []string{"VAR-1×3"}},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
	// litres no cans make: how many, asked — never invoiced in part
	for _, text := range []string{"عايز دهان بلاستيك مطفي ٢ لتر ونص", "I need 3.5 litres of matt plastic paint"} {
		res := understandText(t, r, text)
		asked := false
		for _, it := range res.Items {
			asked = asked || slices.Contains(it.Missing, "count") || it.SKU == "" || it.Quantity.Float() != float64(int(it.Quantity.Float()))
		}
		if len(res.Items) == 0 || !asked && len(res.Items) == 1 {
			t.Errorf("%s: %v, want the count asked", text, itemsOf(res))
		}
		for _, it := range res.Items {
			if it.SKU != "" && !slices.Contains(it.Missing, "count") && it.Quantity.Float() != float64(int(it.Quantity.Float())) {
				t.Errorf("%s: %v, a can in part", text, itemsOf(res))
			}
		}
	}
	// a heater named by its capacity: never two 50 L heaters for 100 L
	res := understandText(t, r, "عايز سخان كهرباء ١٠٠ لتر")
	if got := itemsOf(res); slices.Contains(got, "HT-50×2") {
		t.Errorf("سخان ١٠٠ لتر: %v, a heater made of smaller ones", got)
	}
}
