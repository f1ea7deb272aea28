package understand

import (
	"slices"
	"testing"
)

// The eighteenth session's first classes (branch h18a), on a small
// bakery-equipment shop of its own: ovens, trays and a mixer by the piece,
// and (in the second catalog) yeast sold in quarter-kilo bags and sugar
// in one-kilo bags.
const s18aBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OVEN-ROT,فرن دوار,Rotary oven,فرن روتاري,أفران,piece,85000,3,,
MIX-20,عجانة ٢٠ لتر,Dough mixer 20 L,عجانة,عجانات,piece,15000,5,,
TRAY,صاج خبز,Baking tray,صاجة|صاج,إكسسوارات,piece,350,40,,
`

const s18aBakeryVocab = `فرن, forn
صاج, sag
خبز, khobz
دوار, dawar
`

// TestRules_WeightOfNextGoods: after goods sold by the piece, a fraction or
// a figure written with و and followed by a weight and goods the shop does
// not sell ("فرن دوار وربع كيلو خميرة", "صاج خبز و٢ كيلو خميرة", Franco
// "w rob3 kilo khamira") is those goods' amount — a line for a person —
// never a quarter of the oven nor two trays (the yeast is left for a
// person to read).
func TestRules_WeightOfNextGoods(t *testing.T) {
	r := rulesFrom(t, s18aBakeryCSV, s18aBakeryVocab)
	for _, tc := range []struct {
		text string
		sku  string
		qty  float64
	}{
		{"عايز فرن دوار وربع كيلو خميرة", "OVEN-ROT", 1},
		{"عايز فرن دوار ونص كيلو خميرة", "OVEN-ROT", 1},
		{"عايز صاج خبز و٢ كيلو خميرة", "TRAY", 1},
		{"عايز ٣ صاج خبز و٢ كيلو خميرة", "TRAY", 3},
		{"عايز عجانة و ٢ كيلو خميرة", "MIX-20", 1},
		{"3ayez forn dawar w rob3 kilo khamira", "OVEN-ROT", 1},
		{"3ayez sag khobz w 2 kilo khamira", "TRAY", 1},
	} {
		res := understandText(t, r, tc.text)
		if len(res.Items) == 0 || res.Items[0].SKU != tc.sku || res.Items[0].Quantity.Float() != tc.qty {
			t.Errorf("%s: %+v, want %s×%v", tc.text, res.Items, tc.sku, tc.qty)
		}
		if !slices.ContainsFunc(res.Unexplained, func(w string) bool { return w == "خميرة" || w == "khamira" }) {
			t.Errorf("%s: unexplained %q, want the yeast left for a person", tc.text, res.Unexplained)
		}
	}
}

const s18aPackedCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OVEN-ROT,فرن دوار,Rotary oven,فرن روتاري,أفران,piece,85000,3,,
YEAST,خميرة فورية (كيس ربع كيلو),Instant yeast bag 250 g,خميرة,خامات,piece,45,300,,
SUGAR,سكر بودرة (كيس ١ كيلو),Icing sugar bag 1 kg,سكر بودرة,خامات,piece,60,300,,
`

const s18aPackedVocab = `خميرة, khamira, yeast
فورية, instant
`

// TestRules_WeightAfterPackedGoods: a weight said after goods sold in a bag
// whose name gives the bag's weight ("خميرة فورية كيلو", "خميرة ٢ كيلو",
// "خميرة نص كيلو", Franco "khamira kilo", English "instant yeast 2 kg") is
// how much, in bags — as it is said before them ("كيلو خميرة") — never one
// bag; a count said before the goods with the bag's own weight after ("٣
// خميرة ربع كيلو") stays the count, and a weight no whole number of bags
// ("تلت كيلو" of quarter-kilo bags, "كيلو ونص" of one-kilo bags) is asked.
func TestRules_WeightAfterPackedGoods(t *testing.T) {
	r := rulesFrom(t, s18aPackedCSV, s18aPackedVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز خميرة فورية كيلو", []wantItem{{"YEAST", 4, "", nil}}},
		{"عايز خميرة ٢ كيلو", []wantItem{{"YEAST", 8, "", nil}}},
		{"عايز خميرة نص كيلو", []wantItem{{"YEAST", 2, "", nil}}},
		{"عايز خميرة ربع كيلو", []wantItem{{"YEAST", 1, "", nil}}},
		{"عايز ٣ خميرة ربع كيلو", []wantItem{{"YEAST", 3, "", nil}}},
		{"عايز كيلو خميرة", []wantItem{{"YEAST", 4, "", nil}}},
		{"3ayez khamira kilo", []wantItem{{"YEAST", 4, "", nil}}},
		{"instant yeast 2 kg", []wantItem{{"YEAST", 8, "", nil}}},
		{"عايز سكر بودرة ٢ كيلو", []wantItem{{"SUGAR", 2, "", nil}}},
		{"عايز خميرة كيلو ونص", []wantItem{{"YEAST", 6, "", nil}}},
		{"3ayez khamira kilo w nos", []wantItem{{"YEAST", 6, "", nil}}},
		{"عايز خميرة ٢ كيلو ونص", []wantItem{{"YEAST", 10, "", nil}}},
	})
	for _, text := range []string{"عايز خميرة تلت كيلو", "عايز سكر بودرة كيلو ونص", "عايز سكر بودرة نص كيلو"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: %+v, want how many bags asked", text, res.Items)
		}
	}
}

const s18aFittedCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OVEN-ROT,فرن دوار,Rotary oven,فرن روتاري,أفران,piece,85000,3,ستانلس,فضي|أسود
HOOD-OVEN,شفاط فرن,Oven hood,شفاط,أفران,piece,9000,3,,
SRV-INST,تركيب فرن,Oven installation,تركيب الفرن|تركيب,خدمات,piece,1500,,,
`

const s18aFittedVocab = `فرن, forn, oven
دوار, dawar, rotary
تركيب, tarkib, installation
فضي, fadi, silver => فضي
`

// TestRules_WithItsFitting: a service the shop sells said after the goods
// with "مع" ("فرن دوار فضي مع التركيب", Franco "ma3 el tarkib", English
// "with installation"), in a message that asks nothing, is ordered with
// them — as "والتركيب" and "+ تركيب" are — never a question about the
// fitting that drops the order; asked with a question mark it stays one.
func TestRules_WithItsFitting(t *testing.T) {
	r := rulesFrom(t, s18aFittedCSV, s18aFittedVocab)
	for _, text := range []string{
		"فرن دوار فضي مع التركيب",
		"forn dawar fadi ma3 el tarkib",
		"rotary oven silver with installation",
	} {
		res := understandText(t, r, text)
		if got := skusOf(res); !slices.Equal(got, []string{"OVEN-ROT", "SRV-INST"}) || len(res.Service) > 0 {
			t.Errorf("%s: lines %v, service %q, want the oven and its fitting ordered", text, got, res.Service)
		}
	}
	if res := understandText(t, r, "فرن دوار فضي مع التركيب؟"); len(res.Service) == 0 {
		t.Errorf("asked with a question mark: %+v, want a question about the fitting", res)
	}
}

// s18aKiloCSV: "كيلو" is a word of the shop's names (a bag of five
// kilos, cocoa by the kilo).
const s18aKiloCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SUGAR-5,سكر ناعم (كيس ٥ كيلو),Fine sugar 5 kg bag,سكر,خامات,piece,150,50,,
COCOA,كاكاو بودرة (بالكيلو),Cocoa powder per kg,كاكاو,خامات,piece,400,50,,
TRAY,صاج خبز,Baking tray,صاجة|صاج,إكسسوارات,piece,350,40,,
`

const s18aKiloVocab = `كاكاو, kakao, cocoa
صاج, sag
خبز, khobz
`

// TestRules_FigureAndHalfThenWeight: "٢ ونص كيلو كاكاو" (the half said
// before the weight, as "٢ كيلو ونص" says it after) and "نص كيلو كاكاو"
// are two and a half, and half, kilos of the goods after the weight — the
// weight word no product of the shop's of its own, though some names hold
// it ("كيس ٥ كيلو").
func TestRules_FigureAndHalfThenWeight(t *testing.T) {
	r := rulesFrom(t, s18aKiloCSV, s18aKiloVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز صاج خبز و ٢ ونص كيلو كاكاو بودرة", []wantItem{{"TRAY", 1, "", nil}, {"COCOA", 2.5, "", nil}}},
		{"عايز ٢ ونص كيلو كاكاو", []wantItem{{"COCOA", 2.5, "", nil}}},
		{"عايز نص كيلو كاكاو", []wantItem{{"COCOA", 0.5, "", nil}}},
		{"3ayez 2 w nos kilo kakao", []wantItem{{"COCOA", 2.5, "", nil}}},
		{"عايز ٢ كيلو ونص كاكاو", []wantItem{{"COCOA", 2.5, "", nil}}},
	})
}

const s18aHoodCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HOOD-M,شفاط ستانلس بالمتر,Stainless hood per metre,شفاط|هود,شفاطات,meter,4000,,ستانلس,
OVEN-ROT,فرن دوار,Rotary oven,فرن روتاري,أفران,piece,85000,3,,
OVEN-DECK,فرن أدوار,Deck oven,,أفران,piece,60000,2,,
`

// TestRules_PlaceAfterTheAmount: a preposition of place and the definite
// noun it governs said right after the goods' amount ("شفاط ستانلس ٣ متر
// ونص فوق الافران", "… ٢ متر تحت الفرن") say where the goods go, as they
// do right after the goods' own words: never a line of the goods the place
// names.
func TestRules_PlaceAfterTheAmount(t *testing.T) {
	r := rulesFrom(t, s18aHoodCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"محتاج شفاط ستانلس ٣ متر ونص فوق الافران", []wantItem{{"HOOD-M", 3.5, "", nil}}},
		{"محتاج شفاط ستانلس ٣ متر فوق الفرن", []wantItem{{"HOOD-M", 3, "", nil}}},
		{"محتاج هود ستانلس ٢ متر جنب الفرن الدوار", []wantItem{{"HOOD-M", 2, "", nil}}},
		{"محتاج شفاط ستانلس فوق الفرن", []wantItem{{"HOOD-M", 1, "", nil}}},
	})
}
