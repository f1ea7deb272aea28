package understand

import (
	"testing"
)

// A home-appliance shop: a washer (غسالة) and a blender (خلاط), each
// written in Franco with the figure-and-stroke letters 3' (غ) and 7' (خ).
const c18eApplianceCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WSH-8,غسالة فوق اوتوماتيك 8 كيلو,Top-load washer 8 kg,غسالة 8 كيلو,غسالات,piece,14500,6,,أبيض|فضي
BLN-1,خلاط كهربائي,Electric blender,خلاط,خلاطات,piece,1650,20,,أسود|أحمر
`

// TestRules_FrancoDigraphs: Franco-Arabic writes غ as 3' and خ as 7'
// (the figure of the letter with its stroke, an apostrophe); inside a
// word they are those letters ("3'assala" غسالة, "7'alat" خلاط), never a
// word cut at the apostrophe. A foot mark after a figure stays one.
func TestRules_FrancoDigraphs(t *testing.T) {
	r := rulesFrom(t, c18eApplianceCSV, "ابيض, white, abyad => أبيض\nاحمر, a7mar, red => أحمر\n")
	checkCases(t, r, Order, []itemCase{
		{"3ayez 3'assala 8 kilo abyad", []wantItem{{"WSH-8", 1, "أبيض", nil}}},
		{"3ayez 7'alat a7mar", []wantItem{{"BLN-1", 1, "أحمر", nil}}},
		{"3ayez 2 7'alat a7mar w 3'assala 8 kilo abyad", []wantItem{{"BLN-1", 2, "أحمر", nil}, {"WSH-8", 1, "أبيض", nil}}},
	})
	if got := francoDigraphs("rug 3' x 5'"); got != "rug 3' x 5'" {
		t.Errorf("a foot mark: %q", got)
	}
}
