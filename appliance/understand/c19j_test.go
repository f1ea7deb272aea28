package understand

import (
	"fmt"
	"testing"
)

// c19jCSV: an electrical shop (none of the blind sets' catalogs or
// sentences): copper wire sold by the metre in its roll, so "رول" names
// goods sold by length and is no pack the catalog counts in, beside an
// insulating tape, LED bulbs and a switch sold by the piece.
const c19jCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WIRE-CU2,سلك نحاس 2 مم رول 100 متر,Copper wire 2 mm roll 100 m,سلك 2 مم,أسلاك,meter,12,,نحاس,أحمر|أسود
TAPE-INS,شريط عازل,Insulating tape,شريط لحام,عوازل,piece,10,500,,أسود|أحمر
BULB-12,لمبة ليد 12 وات,LED bulb 12 W,لمبة 12,إضاءة,piece,45,300,,أبيض|أصفر
SW-ONE,مفتاح إضاءة فردي,Single light switch,مفتاح,مفاتيح,piece,35,200,,أبيض|أسود
`

// TestRules_RollCountsTheNextGoods: "و + count + a roll or pack word +
// goods' words" after a complete line is the count of the next goods,
// though the catalog sells other goods by the metre in their roll ("سلك
// نحاس … رول 100 متر"): never a figure of the line before, never lost.
func TestRules_RollCountsTheNextGoods(t *testing.T) {
	r := rulesFrom(t, c19jCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠ لمبة ليد ابيض و٢٠ رول شريط عازل اسود", []wantItem{{"BULB-12", 10, "أبيض", nil}, {"TAPE-INS", 20, "أسود", nil}}},
		{"عايز ٥ مفتاح اضاءة اسود و٣٠ رول شريط عازل احمر", []wantItem{{"SW-ONE", 5, "أسود", nil}, {"TAPE-INS", 30, "أحمر", nil}}},
		// a bobbin word the catalog never names: read right before too
		{"عايز ١٠ لمبة ليد ابيض و٢٠ بكرة شريط عازل اسود", []wantItem{{"BULB-12", 10, "أبيض", nil}, {"TAPE-INS", 20, "أسود", nil}}},
		{"3ayez 10 lamba led abyad w 20 rol shrit 3azel aswed", []wantItem{{"BULB-12", 10, "أبيض", nil}, {"TAPE-INS", 20, "أسود", nil}}},
		{"I want 10 LED bulbs white and 20 rolls insulating tape black", []wantItem{{"BULB-12", 10, "أبيض", nil}, {"TAPE-INS", 20, "أسود", nil}}},
	})
	// the roll of goods sold by the metre stays that goods' word: the wire
	// is read (and asked about) as before, never counted in pieces
	for _, text := range []string{"عايز ١٠ لمبة ليد ابيض و٢ رول سلك نحاس", "عايز ١٠ لمبة ليد و٢٠ رول شريط عازل اسود"} {
		res := understandText(t, r, text)
		var got []string
		for _, it := range res.Items {
			got = append(got, fmt.Sprintf("%s×%g", it.SKU, it.Quantity.Float()))
		}
		want := map[string]string{
			"عايز ١٠ لمبة ليد ابيض و٢ رول سلك نحاس":   "[BULB-12×10 WIRE-CU2×2]",
			"عايز ١٠ لمبة ليد و٢٠ رول شريط عازل اسود": "[BULB-12×10 TAPE-INS×20]",
		}[text]
		if fmt.Sprint(got) != want {
			t.Errorf("%s: items %v, want %s", text, got, want)
		}
	}
}
