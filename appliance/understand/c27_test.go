package understand

import (
	"context"
	"testing"
)

// c27PrintCSV: a print shop that photocopies per sheet and prints from a
// flash drive per page, each in black and white or colour: two kinds of
// work whose names share the colour word and the sheet (ورقة = صفحة).
const c27PrintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
XEROX-BW-1,تصوير أبيض وأسود وش واحد (للورقة),Black-and-white photocopy single-sided (per sheet),تصوير|نسخ ابيض واسود,تصوير,piece,1,,,
XEROX-CLR-1,تصوير ألوان وش واحد (للورقة),Colour photocopy single-sided (per sheet),تصوير الوان|تصوير ملون,تصوير,piece,5,,,
XEROX-CLR-2,تصوير ألوان وش وضهر (للورقة),Colour photocopy double-sided (per sheet),تصوير الوان وش وضهر,تصوير,piece,9,,,
PRN-BW,طباعة من فلاشة أبيض وأسود (للصفحة),Print from a flash drive black and white (per page),طباعة من فلاشة|برنت,طباعة,piece,2,,,
PRN-CLR,طباعة من فلاشة ألوان (للصفحة),Print from a flash drive colour (per page),طباعة الوان|برنت الوان,طباعة,piece,6,,,
`

// TestRules_KindNotSaidAsked: the words said are attributes two kinds of
// work share ("١٠ ورقات الوان": colour, sheets) and no word names either
// kind — none opens a name or a synonym: which work is the customer's to
// say, never the one with the shorter name invoiced. A kind said ("تصوير
// …", "برنت …") chooses it.
func TestRules_KindNotSaidAsked(t *testing.T) {
	r := rulesFrom(t, c27PrintCSV, "ورقة, ورقات, صفحة, صفحات, sheet, sheets, page, pages, wara2a, wara2at\nالوان, ألوان, ملون, colour, color, alwan\n")
	for _, text := range []string{"عايز ١٠ ورقات الوان", "محتاج ٢٠ صفحة الوان"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || len(res.Items[0].Ambiguous) == 0 {
			t.Errorf("%s: %+v, want one line open between the photocopy and the print", text, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز تصوير ١٠ ورقات الوان وش واحد", []wantItem{{"XEROX-CLR-1", 10, "", nil}}},
		{"عايز برنت الوان ١٠ صفحات", []wantItem{{"PRN-CLR", 10, "", nil}}},
	})
}
