package understand

import (
	"slices"
	"strings"
	"testing"
)

// A car-care shop: a shampoo in 250 ml and 500 ml bottles and a 1 L can,
// a dashboard polish in a 1 L can only, and tapes whose names give their
// width in millimetres written "مللي" as well.
const h32gCarCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHAM-250,شامبو سيارات 250 مللي,Car shampoo 250 ml,,تنظيف,piece,90,40,,
SHAM-500,شامبو سيارات 500 مللي,Car shampoo 500 ml,,تنظيف,piece,160,40,,
SHAM-1L,شامبو سيارات 1 لتر,Car shampoo 1 L,,تنظيف,piece,290,20,,
DASH-1L,ملمع تابلوه 1 لتر,Dashboard polish 1 L,,تلميع,piece,210,30,,
TAPE-12,شريط لاصق دهان 12 مللي,Masking tape 12 mm,,مستلزمات,piece,25,100,,
TAPE-24,شريط لاصق دهان 24 مللي,Masking tape 24 mm,,مستلزمات,piece,40,100,,
`

const h32gCarVocab = `شامبو, شامبوه, shampoo, shampo
سيارات, عربيات, عربية, car, sayarat, 3arabeyat
ملمع, polish
تابلوه, tablouh, dashboard
شريط, tape
`

// TestRules_MillilitresMadeOfBottles: millilitres said of goods sold in
// bottles and cans of several volumes ("٧٥٠ مللي شامبو", "٧٥٠ ملي",
// "٧٥٠ مل", "750 ml") are made of whole bottles as litres are, the
// largest first — never one bottle with a 75 cm size, "مللي" read as a
// millimetre; millilitres said of goods in one litre can are so many cans,
// or asked when no whole number of cans makes them. "مللي" of goods whose
// names give millimetres (a tape's width) stays their size.
func TestRules_MillilitresMadeOfBottles(t *testing.T) {
	r := rulesFrom(t, h32gCarCSV, h32gCarVocab)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز ٥٠٠ مللي شامبو سيارات", []string{"SHAM-500×1"}},
		{"عايز ٧٥٠ مللي شامبو سيارات", []string{"SHAM-500×1", "SHAM-250×1"}},
		{"عايز شامبو سيارات ٧٥٠ ملي", []string{"SHAM-500×1", "SHAM-250×1"}},
		{"عايز ١٥٠٠ مل شامبو سيارات", []string{"SHAM-1L×1", "SHAM-500×1"}},
		{"عايز ٢٠٠٠ مللي ملمع تابلوه", []string{"DASH-1L×2"}},
		{"I need 750 ml of car shampoo", []string{"SHAM-500×1", "SHAM-250×1"}},
		{"3ayez 750 ml shampoo sayarat", []string{"SHAM-500×1", "SHAM-250×1"}},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
	// millilitres no bottles make: how many, asked
	for _, text := range []string{"عايز ٣٠٠ مللي شامبو سيارات", "عايز ٧٥٠ مللي ملمع تابلوه", "I need 750 ml of dashboard polish"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].SKU != "" && !slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: %v, want the count asked", text, itemsOf(res))
		}
	}
	// millimetres of a tape: its width, never made of narrower tapes
	for _, tc := range []struct {
		text string
		want string
	}{
		{"عايز شريط لاصق دهان ٢٤ مللي", "TAPE-24×1"},
		{"عايز ٢ شريط لاصق دهان ١٢ مللي", "TAPE-12×2"},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
			t.Errorf("%s: %v, want %s", tc.text, itemsOf(res), tc.want)
		}
	}
}

// A garden shop: the category words "سماد" and "تربة" open the names of
// several goods, some sold in two packs.
const h32gGardenCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FERT-AMM-50,سماد نترات 33% شيكارة 50 كيلو,Ammonium nitrate fertiliser 50 kg bag,نترات,أسمدة,piece,900,40,,
FERT-BAL-5,سماد متوازن 19-19-19 كيس 5 كيلو,Balanced fertiliser 19-19-19 5 kg bag,متوازن كيس,أسمدة,piece,300,40,,
FERT-BAL-25,سماد متوازن 19-19-19 شيكارة 25 كيلو,Balanced fertiliser 19-19-19 25 kg bag,متوازن شيكارة,أسمدة,piece,1300,40,,
SOIL-MIX-40,تربة مخلوطة شيكارة 40 كيلو,Potting mix 40 kg bag,مخلوطة شيكارة,تربة,piece,250,40,,
SOIL-MIX-10,تربة مخلوطة كيس 10 كيلو,Potting mix 10 kg bag,مخلوطة كيس,تربة,piece,80,40,,
SOIL-SAND-40,تربة رملية شيكارة 40 كيلو,Sandy soil 40 kg bag,,تربة,piece,150,40,,
`

const h32gGardenVocab = `سماد, اسمدة, fertiliser, fertilizer, semad
متوازن, balanced, motawazen
تربة, تربه, soil, torba
مخلوطة, مخلوطه, mix, makhlouta
شيكارة, شيكاره, شكارة, bag, shekara
`

// TestRules_CategoryWordBeforeItsName: a category word heading several
// names ("سماد" of "سماد نترات …", "سماد متوازن …") said right before the
// name of one goods it heads is that name's — one line, the weight said
// of it made of its own packs — never a line of its own taking the weight
// (the 50 kg nitrate for "٥٠ كيلو سماد متوازن"). The same goods named in
// a كيس and a شيكارة are one goods in two packs.
func TestRules_CategoryWordBeforeItsName(t *testing.T) {
	r := rulesFrom(t, h32gGardenCSV, h32gGardenVocab)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز ٨٠ كيلو تربة مخلوطة", []string{"SOIL-MIX-40×2"}},
		{"عايز ٥٠ كيلو متوازن", []string{"FERT-BAL-25×2"}},
		{"I want 50 kg of balanced fertiliser", []string{"FERT-BAL-25×2"}},
		// the category word alone with the weight of one goods' pack
		{"عايز ٥٠ كيلو سماد نترات", []string{"FERT-AMM-50×1"}},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
	// where the weight is a figure another goods' name gives (the 50 kg
	// nitrate): the balanced one made of its packs, or asked — one line,
	// never the nitrate
	for _, text := range []string{"عايز ٥٠ كيلو سماد متوازن", "3ayez 50 kilo semad motawazen"} {
		res := understandText(t, r, text)
		got := itemsOf(res)
		if !slices.Equal(got, []string{"FERT-BAL-25×2"}) && !(len(res.Items) == 1 && res.Items[0].SKU == "") {
			t.Errorf("%s: %v, want FERT-BAL-25×2 or which asked", text, got)
		}
	}
}

// A plastics shop: greenhouse sheet and a fabric sold by the metre off
// rolls whose names give their width.
const h32gRollCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHEET-6,نايلون صوب عرض 6 متر,Greenhouse sheet 6 m wide,,بلاستيك,meter,40,,بولي إيثيلين,
FELT-2,لباد زراعي عرض 2 متر,Garden felt 2 m wide,,أقمشة,meter,25,,بولي بروبلين,
`

const h32gRollVocab = `نايلون, نيلون, sheet, naylon
صوب, صوبة, greenhouse, sob
لباد, felt, labbad
`

// TestRules_RollWidthByLength: goods sold by the metre whose name gives
// their width, said as width by length in either order ("٦ في ٢٠", "٢٠ في
// ٦", "٦ متر في ٢٠ متر", "6 by 20"), are sold by the length — the figure
// that is not the width; never the width as the length, nor 0.2 m.
func TestRules_RollWidthByLength(t *testing.T) {
	r := rulesFrom(t, h32gRollCSV, h32gRollVocab)
	for _, tc := range []struct {
		text string
		want string
	}{
		{"عايز نايلون صوب ٦ في ٢٠", "SHEET-6×20"},
		{"عايز نايلون صوب ٢٠ في ٦", "SHEET-6×20"},
		{"عايز نايلون صوب ٦ متر في ٢٠ متر", "SHEET-6×20"},
		{"I need greenhouse sheet 6 by 20", "SHEET-6×20"},
		{"3ayez naylon sob 6 fi 20", "SHEET-6×20"},
		{"عايز لباد زراعي ٢ في ١٥", "FELT-2×15"},
	} {
		res := understandText(t, r, tc.text)
		if got := itemsOf(res); len(got) != 1 || got[0] != tc.want && !strings.HasPrefix(got[0], tc.want+"[") {
			t.Errorf("%s: %v, want %s", tc.text, got, tc.want)
		}
	}
}
