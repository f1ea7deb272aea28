package understand

import (
	"slices"
	"strings"
	"testing"
)

// The twentieth session's c20b classes, on a bathroom fittings shop of
// its own (none of the sets' catalogs or sentences): a basin mixer in a
// glossy chrome and one in a matte finish, a glass shower cabin, a
// transparent bath curtain, porcelain floor tiles by the square metre.
const c20bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MIX-CHR,خلاط حوض كروم لامع,Glossy chrome basin mixer,خلاط كروم,خلاطات,piece,900,20,نحاس,فضي
MIX-MAT,خلاط حوض مطفي,Matte basin mixer,خلاط مطفي,خلاطات,piece,1100,20,نحاس,أسود|ذهبي
CAB-GLS,كابينة شاور زجاج,Glass shower cabin,كابينة|كابينة زجاج,كبائن,piece,7000,5,زجاج,
CUR-BTH,ستارة بانيو شفافة,Transparent bath curtain,ستارة شفافة,اكسسوارات,piece,150,40,بلاستيك,
TIL-POR,بورسلين أرضيات 60×60,Porcelain floor tile 60x60,بورسلين,سيراميك,sqm,420,,بورسلين,بيج|رمادي
`

const c20bVocab = `اسود, اسوِد, black, eswed => أسود
دهبي, gold => ذهبي
رمادي, رصاصي, grey, gray => رمادي
`

// c20bKitchenCSV: a kitchenware shop whose names give no finish at all.
const c20bKitchenCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POT-SS,حلة ستانلس 24 سم,Stainless pot 24 cm,حلة ستانلس,حلل,piece,650,50,ستانلس,
PAN-NS,طاسة تيفال 28 سم,Non-stick pan 28 cm,طاسة,طاسات,piece,420,50,,أحمر|أسود
`

// TestRules_NegatedRequirement: a property the customer rules out ("بس مش
// عايزها تكون شفافة", "مش عايز الخلاط يكون لامع", "ميكونش لامع", "but I
// don't want it transparent") that the chosen product's own names do not
// settle is what the line lacks — alternatives, never a silent invoice;
// names saying the other pole ("مطفي" of "مش عايزه لامع") settle it, and
// names saying the very word make the product the wrong one.
func TestRules_NegatedRequirement(t *testing.T) {
	r := rulesFrom(t, c20bCSV, c20bVocab)
	for _, tt := range []struct {
		text, sku, lack string
	}{
		{"عايز كابينة شاور زجاج بس مش عايزها تكون شفافة", "CAB-GLS", "مش شفافة"},
		{"عايز كابينة شاور زجاج بس مش عايزها شفافة", "CAB-GLS", "مش شفافة"},
		{"محتاج كابينة شاور زجاج بس مش عايز الزجاج يكون شفاف", "CAB-GLS", "مش شفاف"},
		{"محتاج ٢٠ متر بورسلين ارضيات رمادي بس ميكونش لامع", "TIL-POR", "مش لامع"},
		{"محتاج ٢٠ متر بورسلين ارضيات رمادي بس يكون مش لامع", "TIL-POR", "مش لامع"},
		{"محتاج ٢٠ متر بورسلين ارضيات رمادي بس مش لامع", "TIL-POR", "مش لامع"},
		{"عايز ٢ خلاط حوض كروم بس مش عايزهم يكونوا لامعين", "MIX-CHR", "مش لامعين"},
		{"3ayez kabina shower zogag bas msh 3ayezha tkon shafafa", "CAB-GLS", ""},
		{"I want a glass shower cabin but I don't want it transparent", "CAB-GLS", "not transparent"},
		{"I want a glass shower cabin but not transparent", "CAB-GLS", "not transparent"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res := understandText(t, r, tt.text)
			if len(res.Items) != 1 || res.Items[0].SKU != tt.sku {
				t.Fatalf("lines %+v, want one of %s", res.Items, tt.sku)
			}
			it := res.Items[0]
			if tt.lack == "" {
				// a word the box may not know: lacked or unexplained,
				// never placed in silence
				if len(it.Lacks) == 0 && len(res.Unexplained) == 0 {
					t.Errorf("nothing lacked or unexplained: %+v", res)
				}
				return
			}
			if !slices.Contains(it.Lacks, tt.lack) {
				t.Errorf("lacks %q, want %q", it.Lacks, tt.lack)
			}
		})
	}
	// settled by the product's own names: the other pole, and no word of
	// the ruled-out property left anywhere
	for _, text := range []string{
		"عايز خلاط حوض مطفي اسود بس مش عايزه لامع",
		"عايز خلاط حوض مطفي اسود بس مش عايزه يكون لامع",
		"I want the matte basin mixer in black but not glossy",
	} {
		t.Run(text, func(t *testing.T) {
			checkPlaced(t, r, text, Order, []wantItem{{"MIX-MAT", 1, "أسود", nil}})
			if res := understandText(t, r, text); len(res.Items[0].Lacks) > 0 {
				t.Errorf("lacks %q", res.Items[0].Lacks)
			}
		})
	}
	// a material ruled out of goods made of another is settled by their
	// material
	checkPlaced(t, r, "عايز ستارة بانيو شفافة بس مش زجاج", Order, []wantItem{{"CUR-BTH", 1, "", nil}})
	// a thing declined is still declined
	checkCases(t, r, Order, []itemCase{
		{"عايز خلاط حوض كروم بس مش عايز الكابينة", []wantItem{{"MIX-CHR", 1, "", nil}}},
	})
}

// TestRules_WantedPropertyLacked: a property wanted after "بس" and a
// copula ("بس يكون لامع") in a word of other goods that the chosen
// product's names do not say is what the line lacks; said by them, the
// line stands.
func TestRules_WantedPropertyLacked(t *testing.T) {
	r := rulesFrom(t, c20bCSV, c20bVocab)
	res := understandText(t, r, "محتاج ٢٠ متر بورسلين ارضيات رمادي بس يكون لامع")
	if len(res.Items) != 1 || res.Items[0].SKU != "TIL-POR" || !slices.Equal(res.Items[0].Lacks, []string{"لامع"}) {
		t.Errorf("lines %+v, want the tiles lacking لامع", res.Items)
	}
	checkPlaced(t, r, "عايز خلاط حوض كروم بس يكون لامع", Order, []wantItem{{"MIX-CHR", 1, "", nil}})
	if res := understandText(t, r, "عايز خلاط حوض كروم بس يكون لامع"); len(res.Items[0].Lacks) > 0 {
		t.Errorf("lacks %q", res.Items[0].Lacks)
	}
}

// TestRules_NegatedRequirementUnknown: a property ruled out in a word no
// product of the shop uses ("لامعين" where nothing is glossy) is a
// word a person reads — never taken for "for the …" (ل + امعين).
func TestRules_NegatedRequirementUnknown(t *testing.T) {
	r := rulesFrom(t, c20bKitchenCSV, "")
	for _, text := range []string{
		"عايز ٣ حلة ستانلس 24 سم بس مش عايزهم يكونوا لامعين",
		"عايز ٣ حلة ستانلس 24 سم بس ميكونوش لامعين",
	} {
		t.Run(text, func(t *testing.T) {
			res := understandText(t, r, text)
			if len(res.Items) != 1 || res.Items[0].SKU != "POT-SS" {
				t.Fatalf("lines %+v", res.Items)
			}
			if !slices.ContainsFunc(res.Unexplained, func(w string) bool { return strings.Contains(w, "لامعين") }) && len(res.Items[0].Lacks) == 0 {
				t.Errorf("the property ruled out is placed in silence: %+v", res)
			}
		})
	}
}

// c20bRollsCSV: a home-textiles and flooring shop selling rolls by the
// metre whose names give their width (a table oilcloth 140 cm wide,
// skirting), and parquet by the square metre.
const c20bRollsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OIL-140,مشمع سفرة 140 سم,Table oilcloth 140 cm,مشمع|مشمع ترابيزة,مفارش,meter,90,,بلاستيك,أبيض|أحمر|شفاف
SKT-PVC,وزرة PVC,PVC skirting,وزرة|وزره,أرضيات,meter,60,,PVC,بيج|بني
PRQ-8,باركيه 8 مم,Parquet 8 mm,باركيه,أرضيات,sqm,380,,,بيج|بني
`

const c20bRollsVocab = `ابيض, وايت, white => أبيض
احمر, red => أحمر
بيج, beige => بيج
بني, brown => بني
`

// TestRules_LengthBesideNamedWidth: goods sold by the metre whose name
// gives their width ("مشمع سفرة 140 سم"), said in a size "W×L" of which one
// side is that width, are so many pieces of the other side's length: "٢
// مشمع ١٤٠×٢٥٠" is 5 m, never 2.8 m nor 1.4 m; a size neither side of
// which is the width leaves the length asked.
func TestRules_LengthBesideNamedWidth(t *testing.T) {
	r := rulesFrom(t, c20bRollsCSV, c20bRollsVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ مشمع سفرة ١٤٠×٢٥٠ ابيض", []wantItem{{"OIL-140", 5, "أبيض", []int{140, 250}}}},
		{"عايز مشمع سفرة ١٤٠ في ٢٥٠ ابيض", []wantItem{{"OIL-140", 2.5, "أبيض", []int{140, 250}}}},
		{"عايز مشمع سفرة ٢٥٠ في ١٤٠ ابيض", []wantItem{{"OIL-140", 2.5, "أبيض", []int{250, 140}}}},
		{"I want 2 table oilcloths 140x250 white", []wantItem{{"OIL-140", 5, "أبيض", []int{140, 250}}}},
		{"3ayez 2 mosham3 140 x 250 abyad", []wantItem{{"OIL-140", 5, "أبيض", []int{140, 250}}}},
	})
	for _, text := range []string{"عايز مشمع سفرة ١٦٠×٢٥٠ ابيض", "I want a table oilcloth 160x250 white"} {
		t.Run(text, func(t *testing.T) {
			res := understandText(t, r, text)
			if len(res.Items) != 1 || res.Items[0].SKU != "OIL-140" || !slices.Contains(res.Items[0].Missing, "size") {
				t.Errorf("lines %+v, want the oilcloth with its length asked", res.Items)
			}
		})
	}
}

// TestRules_SameInAnotherColour: "and the same in red" after a line is
// that line again in red, a line of its own; the first keeps its own
// colour (or asks it), never takes the second's.
func TestRules_SameInAnotherColour(t *testing.T) {
	r := rulesFrom(t, c20bRollsCSV, c20bRollsVocab)
	checkCases(t, r, Order, []itemCase{
		{"I want 2 table oilcloths 140x250 white and the same in red", []wantItem{{"OIL-140", 5, "أبيض", []int{140, 250}}, {"OIL-140", 5, "أحمر", []int{140, 250}}}},
		{"عايز ٢ مشمع سفرة ١٤٠×٢٥٠ ابيض ونفس الحاجة بس احمر", []wantItem{{"OIL-140", 5, "أبيض", []int{140, 250}}, {"OIL-140", 5, "أحمر", []int{140, 250}}}},
	})
	res := understandText(t, r, "I want 2 table oilcloths 140x250 and the same in red")
	if len(res.Items) != 2 || res.Items[0].Color != "" || res.Items[1].Color != "أحمر" {
		t.Errorf("lines %+v, want the first of no colour and the second red", res.Items)
	}
}

// TestRules_RoomSidesOfMetreGoods: a room's sides said beside goods sold
// by the metre ("وزرة على الحيطان كلها والاوضة ٤ متر في ٣", "the room is 4
// x 3") are the room's, not the goods' length: how many metres is asked.
// Goods sold by area still cover the room (12 m²), and a length said for
// the room ("للصالة ٦ متر") is the goods'.
func TestRules_RoomSidesOfMetreGoods(t *testing.T) {
	r := rulesFrom(t, c20bRollsCSV, c20bRollsVocab)
	for _, text := range []string{
		"عايز وزرة بيج على الحيطان كلها والاوضة ٤ متر في ٣",
		"عايز وزرة بيج للاوضة كلها، الاوضة ٤ في ٣",
		"I need beige PVC skirting for the whole bedroom, the room is 4 x 3",
		"عايز ٢ اوض ٣×٤ وزرة بيج",
	} {
		t.Run(text, func(t *testing.T) {
			res := understandText(t, r, text)
			if len(res.Items) != 1 || res.Items[0].SKU != "SKT-PVC" || !slices.Contains(res.Items[0].Missing, "size") {
				t.Errorf("lines %+v, want the skirting with its length asked", res.Items)
			}
		})
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز وزرة بيج للصالة ٦ متر", []wantItem{{"SKT-PVC", 6, "بيج", nil}}},
		{"عايز باركيه بيج والاوضة ٤ متر في ٣", []wantItem{{"PRQ-8", 12, "بيج", []int{400, 300}}}},
	})
}
