package understand

import (
	"slices"
	"testing"
)

// The nineteenth session's volume class (branch c19g), on a small car-care
// shop of its own (none of the paint sets' catalogs or sentences): engine
// oil in a one-litre bottle and a four-litre can, a shampoo sold by the
// gallon, a coolant by the litre in two colours, a polish by the kilo, and
// a pressure washer tank whose name gives its capacity.
const c19gCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OIL-1L,زيت موتور 5W30 لتر,Engine oil 5W30 litre,زيت موتور,زيوت,piece,450,60,,
OIL-4L,زيت موتور 5W30 جركن 4 لتر,Engine oil 5W30 can 4 litres,جركن زيت,زيوت,piece,1600,30,,
SHAMPOO,شامبو سيارات جالون,Car shampoo gallon,شامبو,منظفات,piece,300,40,,
COOLANT,مياه رادياتير لتر,Radiator coolant litre,مية رادياتير,سوائل,piece,120,50,,أخضر|أحمر
WAX,معجون تلميع كيلو,Polishing paste kilo,معجون تلميع,تلميع,piece,380,20,,
WASHER,مكنة غسيل ضغط خزان 20 لتر,Pressure washer 20 litre tank,مكنة غسيل,معدات,piece,6500,5,,
CLOTH,فوطة مايكروفايبر,Microfiber towel,فوطة|فوط,أدوات,piece,60,200,,
`

const c19gVocab = `زيت, zeit, zet, oil
موتور, motor, engine
شامبو, shampoo, shambo
رادياتير, radiator
مياه, مية, mayya, coolant
معجون, ma3goon, paste
تلميع, talmee3, polish, polishing
اخضر, خضرا, green => أخضر
جالون, جالونه, galon, gallon
لتر, ليتر, litr, litre, liter
`

// TestRules_VolumeAfterGoods: goods whose name gives the one measure a
// piece is sold in ("زيت موتور لتر", "شامبو جالون", "معجون تلميع كيلو"),
// the amount said after them in that measure — a figure and the unit ("٢
// لتر", though another name says "جركن 4 لتر"), the unit's dual ("لترين",
// "جالونين", Franco "litreen", "galoneen"), English "2 litres" — is how
// many of them, as said before them ("لترين زيت موتور"); an amount no
// whole number of them ("نص لتر", "جالون ونص", "٣ لتر ونص لتر", "كيلو
// ونص", the dual of a four-litre can) is asked, never one piece invoiced.
func TestRules_VolumeAfterGoods(t *testing.T) {
	r := rulesFrom(t, c19gCSV, c19gVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز زيت موتور لترين", []wantItem{{"OIL-1L", 2, "", nil}}},
		{"عايز زيت موتور ٢ لتر", []wantItem{{"OIL-1L", 2, "", nil}}},
		{"عايز مية رادياتير خضرا ٣ لتر", []wantItem{{"COOLANT", 3, "أخضر", nil}}},
		{"عايز شامبو جالونين", []wantItem{{"SHAMPOO", 2, "", nil}}},
		{"zeit motor litreen", []wantItem{{"OIL-1L", 2, "", nil}}},
		{"3ayez zeit motor 2 litr", []wantItem{{"OIL-1L", 2, "", nil}}},
		{"shampoo galoneen", []wantItem{{"SHAMPOO", 2, "", nil}}},
		{"engine oil, 2 litres", []wantItem{{"OIL-1L", 2, "", nil}}},
		{"لترين زيت موتور", []wantItem{{"OIL-1L", 2, "", nil}}},
		{"عايز ٢ زيت موتور لتر", []wantItem{{"OIL-1L", 2, "", nil}}},
		{"عايز زيت موتور جركن ٤ لتر", []wantItem{{"OIL-4L", 1, "", nil}}},
		{"عايز مكنة غسيل ضغط ٢٠ لتر", []wantItem{{"WASHER", 1, "", nil}}},
		{"عايز شامبو ٢ جالون و٣ فوط", []wantItem{{"SHAMPOO", 2, "", nil}, {"CLOTH", 3, "", nil}}},
	})
	for _, text := range []string{
		"عايز زيت موتور نص لتر",
		"عايز شامبو جالون ونص",
		"زيت موتور 3 لتر ونص لتر",
		"عايز معجون تلميع كيلو ونص",
		"عايز جركن زيت لترين",
	} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: %+v, want how many asked", text, res.Items)
		}
	}
}

// c19gOilCSV: a car-care shop's oils, "fully synthetic" the words that set
// two of them apart, their head noun ("زيت", "oil") one word of many names.
const c19gOilCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OIL-1L,زيت موتور 5W30 لتر,Engine oil 5W30 litre,زيت موتور,زيوت,piece,450,60,,
SYN-GAL,زيت تخليقي بالكامل جالون,Fully synthetic oil gallon,زيت تخليقي,زيوت,piece,1900,20,,
SYN-L,زيت تخليقي بالكامل لتر,Fully synthetic oil litre,,زيوت,piece,520,20,,
SHAMPOO,شامبو سيارات جالون,Car shampoo gallon,شامبو,منظفات,piece,300,40,,
`

const c19gOilVocab = c19gVocab + `تخليقي, takhli2y, synthetic
بالكامل, bel kamel, fully
`

// TestRules_CountedInItsCanHeadless: after a want, goods counted in the can
// or the measure they are sold in and named by words of their names that
// are no head noun ("I need 2 gallons of fully synthetic", the "oil" left
// unsaid) are those goods in that can — read, never a greeting.
func TestRules_CountedInItsCanHeadless(t *testing.T) {
	r := rulesFrom(t, c19gOilCSV, c19gOilVocab)
	checkCases(t, r, Order, []itemCase{
		{"I need 2 gallons of fully synthetic", []wantItem{{"SYN-GAL", 2, "", nil}}},
		{"I need 3 litres of fully synthetic", []wantItem{{"SYN-L", 3, "", nil}}},
		{"I need 2 gallons of fully synthetic oil", []wantItem{{"SYN-GAL", 2, "", nil}}},
		{"عايز ٢ جالون تخليقي بالكامل", []wantItem{{"SYN-GAL", 2, "", nil}}},
	})
}
