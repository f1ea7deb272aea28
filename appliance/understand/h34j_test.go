package understand

import "testing"

// h34jStickerCSV: a decor shop selling adhesive sheet, one in marble look
// whose every name holds "رخام", which is also a colour the catalog lists
// ("رخامي") and one the sheet is made in among others; a plain sheet made
// in marble colour too (not in grey); a glossy sheet asked for by its colours ("لاصق
// ذهبي", "لاصق فضي"); a steel edge strip made in steel alone.
const h34jStickerCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
STK-MARBLE,ورق لاصق شكل رخام,Marble-look adhesive sheet,لاصق رخام,ورق لاصق,piece,70,100,,أبيض|رخامي|رمادي
STK-PLAIN,ورق لاصق سادة,Plain adhesive sheet,لاصق|لاصق سادة,ورق لاصق,piece,50,100,,أبيض|بيج|رخامي
STK-GLOSS,ورق لاصق لامع,Glossy adhesive sheet,لاصق لامع|لاصق ذهبي|لاصق فضي,ورق لاصق,piece,90,100,,ذهبي|فضي
EDGE-STEEL,شريط ستانلس للحواف,Stainless edge strip,شريط ستانلس|شريط حواف,حواف,piece,40,100,ستانلس,ستانلس
`

const h34jStickerVocab = `رخام, رخامي, marble => رخامي
لاصق, laze2, sticker
رمادي, rosasy, grey => رمادي
بيج, beige => بيج
ذهبي, دهبي, gold => ذهبي
فضي, فضى, silver => فضي
ستانلس, ستانليس, stainless => ستانلس
`

// TestRules_NameWordNoColour: a word every name of a product holds that
// is also a colour the catalog lists ("لاصق رخام" of a marble-look sheet
// made in several colours) names the product, never its colour: a colour
// said after it is the line's ("لاصق رخام رمادي": grey), the line is
// that product and not another made in the colour, and said alone the
// colour is asked. A name's colour word that is the product's only
// colour ("شريط ستانلس"), or one of several names each saying one of its
// colours ("لاصق ذهبي"), still says the colour.
func TestRules_NameWordNoColour(t *testing.T) {
	r := rulesFrom(t, h34jStickerCSV, h34jStickerVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠ لاصق رخام رمادي و ٢٠ لاصق سادة بيج", []wantItem{{"STK-MARBLE", 10, "رمادي", nil}, {"STK-PLAIN", 20, "بيج", nil}}},
		{"عايز ١٠ لاصق رخام رمادي", []wantItem{{"STK-MARBLE", 10, "رمادي", nil}}},
		{"3ayez 10 laze2 marble rosasy", []wantItem{{"STK-MARBLE", 10, "رمادي", nil}}},
		{"I want 10 sticker marble grey", []wantItem{{"STK-MARBLE", 10, "رمادي", nil}}},
		{"عايز ٥ لاصق ذهبي و ٤ شريط ستانلس", []wantItem{{"STK-GLOSS", 5, "ذهبي", nil}, {"EDGE-STEEL", 4, "ستانلس", nil}}},
	})
	// said alone, no colour is read into the line from the name, and
	// the plain sheet in marble colour is no invoice line
	for _, text := range []string{"عايز ١٠ لاصق رخام", "3ayez 10 laze2 marble", "عايز ٢٠ لاصق سادة بيج و ١٠ لاصق رخام"} {
		res := understandText(t, r, text)
		it := res.Items[len(res.Items)-1]
		if it.Color != "" || it.SKU == "STK-PLAIN" || it.SKU != "" && it.SKU != "STK-MARBLE" {
			t.Errorf("%s: %+v, want the marble-look sheet with its colour asked (or which sheet asked)", text, res.Items)
		}
	}
}
