package understand

import (
	"slices"
	"testing"
)

// A garden shop whose vocabulary folds لي and خرطوم (and Franco/English
// "hose") into one term: the one hose's own name holds the term twice
// ("لي مية خرطوم"), the other's once.
const h27aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HS-WAT,لي بلاستيك خرطوم,Plastic water hose,خرطوم بلاستيك,خراطيم,meter,15,,بلاستيك,أخضر|أصفر
HS-REIN,خرطوم مبطن سلك,Reinforced hose,خرطوم مبطن,خراطيم,meter,30,,بلاستيك,أخضر|أسود
SPR-1,رشاش مية دوار,Rotating sprinkler,رشاش,رشاشات,piece,120,20,بلاستيك,أخضر
`

const h27aVocab = `خرطوم, لي, hose, 5artoom
اخضر, green, a5dar => أخضر
`

// TestRules_WordTwiceInOneName: a word said once covers a name that holds
// it twice (after the vocabulary's folding) no better than a name that
// holds it once: "10 متر خرطوم اخضر" of two green hoses asks which,
// never invoices the one whose name repeats the word. Said with the
// word that tells them apart, each is chosen.
func TestRules_WordTwiceInOneName(t *testing.T) {
	r := rulesFrom(t, h27aCSV, h27aVocab)
	both := []string{"HS-REIN", "HS-WAT"}
	for _, tc := range []struct {
		text string
		skus []string
	}{
		{"عايز 10 متر خرطوم اخضر", both},
		{"محتاج ١٠ متر لي اخضر", both},
		{"3ayez 10 metr 5artoom a5dar", both},
		{"I need 10 m of green hose", both},
		{"عايز 10 متر خرطوم بلاستيك اخضر", []string{"HS-WAT"}},
		{"عايز 10 متر خرطوم مبطن اخضر", []string{"HS-REIN"}},
	} {
		res := understandText(t, r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, tc.skus) {
			t.Errorf("%q: lines %v, want %v", tc.text, got, tc.skus)
		}
	}
}

// A studio-acoustics shop: foam panels by the m² in two thicknesses, a
// ceiling board by the m² in a width by height, a sealing strip by the
// metre in one width.
const h27aAcousticCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FOAM-3,فوم عازل صوت ٣ سم,Acoustic foam 3 cm,عازل صوت ٣ سم,عزل,sqm,250,,فوم,رمادي|أسود
FOAM-5,فوم عازل صوت ٥ سم,Acoustic foam 5 cm,عازل صوت ٥ سم,عزل,sqm,380,,فوم,رمادي|أسود
BOARD-60,بلاطة سقف صوتي 60×60,Acoustic ceiling tile 60x60,بلاطة سقف,عزل,sqm,300,,ألياف,أبيض
STRIP-4,شريط عزل باب ٤ سم,Door seal strip 4 cm,شريط عزل,عزل,meter,35,,مطاط,أسود
`

const h27aAcousticVocab = `فوم, foam
رمادي, رصاصي, grey, gray, ramady => رمادي
`

// TestRules_GradeFigureNoSide: of goods sold by the m² or the metre whose
// name gives one figure (a thickness, a width), that figure said with the
// product's words, before the two sides measuring the order, chose the
// product and is no side of it: dims_cm are the sides. With no sides it
// stays the one size said; a width by height in the name (60×60) and a
// thickness said after the sides with its word are sizes as before.
func TestRules_GradeFigureNoSide(t *testing.T) {
	r := rulesFrom(t, h27aAcousticCSV, h27aAcousticVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز فوم عازل صوت ٥ سم رمادي للاستوديو ٤ متر في ٣", []wantItem{{"FOAM-5", 12, "رمادي", []int{400, 300}}}},
		{"عايز فوم ٣ سم رصاصي ٢ متر في ١٥٠ سم", []wantItem{{"FOAM-3", 3, "رمادي", []int{200, 150}}}},
		{"3ayez foam 5 cm ramady, 4 metr x 3 metr", []wantItem{{"FOAM-5", 12, "رمادي", []int{400, 300}}}},
		{"I need acoustic foam 5 cm in grey, 4 m x 3 m", []wantItem{{"FOAM-5", 12, "رمادي", []int{400, 300}}}},
		// the thickness said after the sides with its word: a size said
		{"عايز فوم رمادي ٤ متر في ٣ سمك ٥ سم", []wantItem{{"FOAM-5", 12, "رمادي", []int{400, 300, 5}}}},
		// no sides: the figure is the one size said
		{"عايز ٢٠ متر فوم ٥ سم رمادي", []wantItem{{"FOAM-5", 20, "رمادي", []int{5}}}},
		// a width by height in the name: its size, as before
		{"عايز بلاطة سقف 60×60 ابيض للمكتب ٥ متر في ٤", []wantItem{{"BOARD-60", 20, "أبيض", []int{60, 60, 500, 400}}}},
	})
}

// A packing-supplies shop: kraft paper and jute twine the catalog lists in
// no colour (they are the colour they are), a tape made in two.
const h27aPackCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KRAFT,رول ورق كرافت,Kraft paper roll,ورق كرافت,ورق,piece,120,40,ورق,
JUTE,دوبارة جوت,Jute twine,دوبارة,خيوط,meter,3,,جوت,
TAPE,شريط لاصق عريض,Wide packing tape,شريط لاصق|لزق,شرائط,piece,25,200,,أحمر|بني
`

const h27aPackVocab = `بني, بنى, brown, bony => بني
احمر, حمرا, red, a7mar => أحمر
`

// TestRules_ColourOfColourlessGoods: a colour said of goods the catalog
// lists in no colour is the goods' own, which the shop does not keep: the
// line carries no colour (there is no canonical one to write) and is still
// invoiced; goods made in colours keep theirs.
func TestRules_ColourOfColourlessGoods(t *testing.T) {
	r := rulesFrom(t, h27aPackCSV, h27aPackVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٣ رول ورق كرافت بني", []wantItem{{"KRAFT", 3, "", nil}}},
		{"محتاجة دوبارة جوت حمرا ٥ متر ونص وشريط لاصق بني", []wantItem{{"JUTE", 5.5, "", nil}, {"TAPE", 1, "بني", nil}}},
		{"3ayez 3 ware2 kraft bony", []wantItem{{"KRAFT", 3, "", nil}}},
		{"I need 3 rolls of brown kraft paper and 2 red packing tapes", []wantItem{{"KRAFT", 3, "", nil}, {"TAPE", 2, "أحمر", nil}}},
	})
	for _, text := range []string{"عايز ٣ رول ورق كرافت بني", "I need 3 rolls of brown kraft paper"} {
		if res := understandText(t, r, text); len(res.Unexplained) > 0 {
			t.Errorf("%s: unexplained %q, want the colour placed", text, res.Unexplained)
		}
	}
}
