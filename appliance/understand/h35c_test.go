package understand

import "testing"

// Round 35's car-tint classes (branch h35c), on a small home decor shop
// of its own (none of the blind sets' catalogs or sentences): wallpaper
// rolls and chandeliers on the shelf, the fitting and the removal of old
// wallpaper done to order (no stock kept), the removal named by the
// hollow verbal noun "شيل" the vocabulary groups with "إزالة".
const h35cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WP-ROLL,ورق حائط رول,Wallpaper roll,ورق حيطان,ورق حائط,piece,350,40,,
WP-OFF,شيل ورق الحائط للأوضة,Wallpaper removal per room,,خدمات,piece,400,,,
CH-CRY,نجفة كريستال,Crystal chandelier,نجفه,نجف,piece,2500,10,,
LAMP-WALL,أباجورة حائط,Wall lamp,,إضاءة,piece,300,20,,
`

const h35cVocab = `ورق, wallpaper
شيل, ازالة, فك, removal
`

// TestRules_HollowWorkVerb: a work no stock is kept of, named by the
// hollow verbal noun فَعْل ("شيل ورق الحائط القديم"), is asked by its
// verb said to the shop (never the wallpaper it is done to) — the present with تـ ("بكام تشيلوا …؟",
// "تشيلولي"), also right after a price question, which asks what the work
// costs — and its imperative ("شيلولي"): the work, never the goods it is
// done to.
func TestRules_HollowWorkVerb(t *testing.T) {
	r := rulesFrom(t, h35cCSV, h35cVocab)
	checkCases(t, r, Inquiry, []itemCase{
		{"بكام تشيلوا ورق الحائط؟", []wantItem{{"WP-OFF", 1, "", nil}}},
	})
	checkCases(t, r, Order, []itemCase{
		{"عايزكم تشيلولي ورق الحائط", []wantItem{{"WP-OFF", 1, "", nil}}},
		{"شيلولي ورق الحائط من الاوضة", []wantItem{{"WP-OFF", 1, "", nil}}},
	})
}

// TestRules_CorrectionNarrowsDual: goods counted by their dual
// ("نجفتين") then named again after a correction in the singular with
// "بس" (only) and no count ("لا خليها النجفة بس") are one of them, never
// the dual's two; without "بس" the line said again keeps its count.
func TestRules_CorrectionNarrowsDual(t *testing.T) {
	r := rulesFrom(t, h35cCSV, h35cVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز نجفتين كريستال.. لا معلش خليها النجفة بس", []wantItem{{"CH-CRY", 1, "", nil}}},
		{"عايز نجفتين كريستال.. لا خليها النجفة الكريستال بس واباجورة حائط", []wantItem{{"CH-CRY", 1, "", nil}, {"LAMP-WALL", 1, "", nil}}},
		{"عايز نجفتين كريستال.. لا خليها النجفة الكريستال", []wantItem{{"CH-CRY", 2, "", nil}}},
	})
}

// h35cPhoneCSV: a phone accessories shop whose names say the phone the
// goods are for ("… للموبايل"), a word heading none of them.
const h35cPhoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PHN-SCR,اسكرينة حماية للموبايل,Phone screen protector,اسكرينة,اكسسوارات,piece,100,50,,
PHN-CASE,جراب سيليكون للموبايل,Phone silicone case,جراب,اكسسوارات,piece,150,50,,
PHN-CHG,شاحن سريع,Fast charger,شاحن,اكسسوارات,piece,250,30,,
`

// TestRules_CountedThingsOwned: the customer's own things counted after
// "عندي/عندنا" ("عندنا ٤ موبايلات"), a word of the names that heads none,
// are what the goods are for, never a line nor a size of the goods (the
// figure was read as a 400 cm side): the count said again for them
// ("للاربعة", "للاتنين") is the line's; with no count said again the
// figure is left for a person, never dropped into one piece. Goods the
// shop heads a name with ("٣ شواحن") are still a line.
func TestRules_CountedThingsOwned(t *testing.T) {
	r := rulesFrom(t, h35cPhoneCSV, "موبايل, تليفون, phone, mobile\n")
	cases := []itemCase{
		{"عندنا ٤ موبايلات عايزين اسكرينة حماية للاربعة", []wantItem{{"PHN-SCR", 4, "", nil}}},
		{"عندي ٢ موبايل عايز جراب سيليكون للاتنين", []wantItem{{"PHN-CASE", 2, "", nil}}},
		{"عايز جراب واحد عندي ٢ موبايل", []wantItem{{"PHN-CASE", 1, "", nil}}},
		{"عايز ٣ شواحن سريعة", []wantItem{{"PHN-CHG", 3, "", nil}}},
	}
	checkCases(t, r, Order, cases)
	for _, c := range cases {
		for _, it := range understandText(t, r, c.text).Items {
			if len(it.DimsCM) > 0 {
				t.Errorf("%s: %s given a size %v", c.text, it.SKU, it.DimsCM)
			}
		}
	}
	res := understandText(t, r, "عندي ٢ موبايل عايز اسكرينة حماية")
	if len(res.Unexplained) == 0 {
		t.Errorf("عندي ٢ موبايل … اسكرينة: the count of the phones not left for a person: %+v", res.Items)
	}
}
