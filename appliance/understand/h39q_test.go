package understand

import "testing"

// Branch h39q, on a catalog of its own (none of the bakery's names or
// sentences): a paint shop whose emulsions share the head noun and differ
// by their finish.
const h39qPaintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MATTE,دهان بلاستيك مطفي,Matte emulsion paint,دهان مطفي|بلاستيك مطفي,دهانات,piece,450,30,,
GLOSS,دهان بلاستيك لامع,Glossy emulsion paint,دهان لامع|بلاستيك لامع,دهانات,piece,480,30,,
SATIN,دهان بلاستيك نص لمعة,Satin emulsion paint,دهان نص لمعة,دهانات,piece,470,30,,
`

const h39qPaintVocab = `دهان, بلاستيك, dehan, paint, emulsion
مطفي, matfy, matte
لامع, lame3, glossy, gloss
`

// TestRules_CorrectionOfTheSecondSiblingKeepsTheFirst: two lines of the
// same goods said by their kind, joined by "و"/"w"/"and", then a
// correction naming the second line's kind with a new count ("sorry make
// it 5 glossy", "لا خليهم ٥ لامع"): the second line is counted again and
// the first stays as said — never turned into the second's kind.
func TestRules_CorrectionOfTheSecondSiblingKeepsTheFirst(t *testing.T) {
	r := rulesFrom(t, h39qPaintCSV, h39qPaintVocab)
	both := []wantItem{{"MATTE", 2, "", nil}, {"GLOSS", 5, "", nil}}
	checkCases(t, r, Order, []itemCase{
		{"2 matte paint and 3 glossy, sorry make it 5 glossy", both},
		{"٢ دهان مطفي و٣ لامع، لا خليهم ٥ لامع", both},
		{"2 dehan matfy w 3 lame3, la2 khaleehom 5 lame3", both},
		// one line said: the kind named instead still takes its place
		{"٢ دهان مطفي، لا خليه لامع", []wantItem{{"GLOSS", 2, "", nil}}},
		{"2 matte paint, sorry make it glossy", []wantItem{{"GLOSS", 2, "", nil}}},
	})
}

// TestRules_VariantCorrectedWithNoPause: "لا" said right after a variant
// word and before a sibling of it, with no pause ("٢ دهان مطفي لا لامع",
// Franco "la2"), corrects the kind as it does after a
// pause: the new kind alone, the count kept.
func TestRules_VariantCorrectedWithNoPause(t *testing.T) {
	r := rulesFrom(t, h39qPaintCSV, h39qPaintVocab)
	gloss := []wantItem{{"GLOSS", 2, "", nil}}
	checkCases(t, r, Order, []itemCase{
		{"٢ دهان مطفي لا لامع", gloss},
		{"2 dehan matfy la2 lame3", gloss},
	})
}
