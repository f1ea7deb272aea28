package understand

import "testing"

// c26SocksCSV: socks sold singly and by the dozen, the dozen named with
// its word ("دستة"); both in stock.
const c26SocksCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOCK-COT,شراب قطن,Cotton socks,شراب|شرابات,شرابات,piece,25,300,,
SOCK-COT-12,دستة شراب قطن,Dozen cotton socks,دستة شراب,شرابات,piece,260,40,,
TOWEL,فوطة وش,Face towel,فوطة|فوط,فوط,piece,60,80,,
`

// TestRules_DozenNamedWithArticle: the dozen word said with the article
// ("والدستة بكام؟", Franco "w el dasta") names the goods sold by the dozen,
// a line of its own, never a count of twelve of nothing (which lost the
// second question); a dozen said as a count still counts.
func TestRules_DozenNamedWithArticle(t *testing.T) {
	r := rulesFrom(t, c26SocksCSV, "")
	checkCases(t, r, Inquiry, []itemCase{
		{"الشراب القطن بكام؟ والدستة بكام؟", []wantItem{{"SOCK-COT", 1, "", nil}, {"SOCK-COT-12", 1, "", nil}}},
		{"el shrab el 2otn b kam? w el dasta b kam?", []wantItem{{"SOCK-COT", 1, "", nil}, {"SOCK-COT-12", 1, "", nil}}},
	})
	checkCases(t, r, Order, []itemCase{
		{"عايز دستة شراب قطن وفوطة", []wantItem{{"SOCK-COT-12", 1, "", nil}, {"TOWEL", 1, "", nil}}},
	})
}
