package understand

import "testing"

// A bedroom-accessories shop: a bedside lamp, a wall sconce, a bed.
const c18fLampCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LMP-1,اباجورة كتان,Linen table lamp,اباجورة,اباجورات,piece,850,30,كتان,بيج|أبيض
SCN-1,ابليك حائط نحاس,Brass wall sconce,ابليك,ابليكات,piece,1200,12,نحاس,ذهبي
BED-1,سرير خشب 160,Wooden bed 160,سرير,سراير,piece,9800,4,خشب,بني
`

// TestRules_OneForEachAfterTheCount: "واحد لكل …" (one for each …) after
// the count said shares the goods out; its "one" is no count of its own
// ("كومودينو بيج اتنين، واحد لكل ناحية من السرير" was invoiced as one).
// Said with no count before it, "one" stays the count. What the goods go
// by, after "لكل ناحية من" / "for each side of" ("السرير", "the bed"), is
// no goods asked (the bed was invoiced beside the lamps).
func TestRules_OneForEachAfterTheCount(t *testing.T) {
	r := rulesFrom(t, c18fLampCSV, "بيج, beige => بيج\n")
	checkCases(t, r, Order, []itemCase{
		{"محتاجة اباجورة بيج اتنين واحدة لكل ناحية من السرير", []wantItem{{"LMP-1", 2, "بيج", nil}}},
		{"عايز ابليك حائط نحاس ٣ واحد لكل اوضة", []wantItem{{"SCN-1", 3, "", nil}}},
		{"عايز ابليك حائط نحاس واحد لكل اوضة", []wantItem{{"SCN-1", 1, "", nil}}},
		{"I need 2 beige linen lamps, one for each side of the bed", []wantItem{{"LMP-1", 2, "بيج", nil}}},
	})
}
