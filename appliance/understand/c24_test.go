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
