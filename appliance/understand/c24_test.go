package understand

import "testing"

// The coordinator's classes of the twenty-fourth session (branch c24), on
// a small engraving and gift shop of its own: engraving sold per piece
// engraved (no stock kept), and its blanks on the shelf.
const c24CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ENG-KEY,حفر اسم على ميدالية,Name engraving on a keychain,حفر ميدالية|engraving,حفر,piece,40,,,
ENG-PEN,حفر اسم على قلم,Name engraving on a pen,حفر قلم,حفر,piece,30,,,
KEYCH,ميدالية معدن,Metal keychain,ميدالية|medalya,ميداليات,piece,60,50,,
PAN-2,قلاية حوضين,Twin-basin fryer,قلاية,مطبخ,piece,900,5,,
`

// TestRules_WorkVerbDualObject: the verb of a work the shop does, said to
// the shop ("احفرلي", "احفروا"), then its object in the dual ("ميداليتين")
// is that work done twice, as "عايز ميداليتين" is two — never one. A noun
// of goods on the shelf of the same shape (قلاية) followed by a dual names
// a part ("قلاية حوضين" is one fryer).
func TestRules_WorkVerbDualObject(t *testing.T) {
	r := rulesFrom(t, c24CSV, "")
	checkCases(t, r, Order, []itemCase{
		{"احفرلي اسم على ميداليتين", []wantItem{{"ENG-KEY", 2, "", nil}}},
		{"احفروا اسمي على قلمين", []wantItem{{"ENG-PEN", 2, "", nil}}},
		{"عايز قلاية حوضين", []wantItem{{"PAN-2", 1, "", nil}}},
	})
}

// A grocer of its own: sugar and rice in bags named by their weight, and
// a box of five whose figure is a weight's too.
const c24PackCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SUGAR-1K,سكر (كيس 1 كيلو),Sugar 1 kg bag,سكر,بقالة,piece,40,100,,
SUGAR-5K,سكر (كيس 5 كيلو),Sugar 5 kg bag,,بقالة,piece,190,50,,
RICE-1K,رز مصري (كيس 1 كيلو),Egyptian rice 1 kg bag,رز,بقالة,piece,35,100,,
CUPS-5,علبة 5 كوبايات,Box of 5 cups,كوبايات,ادوات,piece,60,20,,
`

// TestRules_AnotherPackCounted: "سكر ١ كيلو و٢ كيس ٥ كيلو" — a count and
// a pack after و, then a weight another pack of the same goods is named
// by, is that many of that pack: never one, and never the box whose name
// has the figure alone.
func TestRules_AnotherPackCounted(t *testing.T) {
	r := rulesFrom(t, c24PackCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز كيس سكر ١ كيلو و٢ كيس ٥ كيلو", []wantItem{{"SUGAR-1K", 1, "", nil}, {"SUGAR-5K", 2, "", nil}}},
	})
}

// TestRules_AnotherWeightAfterPack: "سكر ٥ كيلو واتنين كيلو" — a pack
// named by its weight, then another weight after و: more of the goods in
// other packs, not two of the pack named; the box never issues that on
// its own.
func TestRules_AnotherWeightAfterPack(t *testing.T) {
	r := rulesFrom(t, c24PackCSV, "")
	for _, text := range []string{"عايز كيس سكر ٥ كيلو واتنين كيلو", "عايز كيس سكر ٥ كيلو و٢ كيلو"} {
		res := understandText(t, r, text)
		for _, it := range res.Items {
			if it.Product != nil && it.Product.SKU == "SUGAR-5K" && it.Quantity == 2000 && it.Confidence >= 0.6 {
				t.Errorf("%s: SUGAR-5K×2 at confidence %.2f: %+v", text, it.Confidence, res.Items)
			}
		}
	}
}
