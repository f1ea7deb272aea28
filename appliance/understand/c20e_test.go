package understand

import "testing"

// c20eCSV: a phone shop (none of the blind sets' catalogs or sentences):
// phones made in black and blue, and a case and a screen guard whose
// names say what they are for ("للموبايل"), their English names opening
// with it ("Mobile case": English puts its head noun last); the case is
// made in red, no phone is.
const c20eCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PH-A15,موبايل سامسونج A15,Mobile Samsung A15,سامسونج A15,موبايلات,piece,9000,10,,أسود|أزرق
PH-R12,موبايل ريلمي C55,Mobile Realme C55,ريلمي,موبايلات,piece,8000,10,,أسود|أزرق
CASE-SIL,جراب سيليكون للموبايل,Mobile silicone case,جراب,إكسسوارات,piece,150,100,سيليكون,أحمر|أسود
GUARD,اسكرينة للموبايل,Mobile screen guard,اسكرينة,إكسسوارات,piece,80,100,,
CHG,شاحن سريع للموبايل,Mobile fast charger,شاحن,إكسسوارات,piece,300,50,,أبيض|أسود
`

const c20eVocab = `موبايل, موبيل, تليفون, mobile, phone, mobayl
احمر, حمرا, a7mar, red => أحمر
اسود, سودا, eswed, black => أسود
`

// TestRules_ForWhatNotTheGoods: "عايز موبايل احمر" of a shop whose phones
// are not made in red: the red case "for the mobile" is another thing
// than the phone asked (its English name "Mobile case" opens with what it
// is for, its head last), never switched to by the colour; the phones
// are asked. The case named by its own word is still the case, and a
// colour the phones are made in picks a phone.
func TestRules_ForWhatNotTheGoods(t *testing.T) {
	r := rulesFrom(t, c20eCSV, c20eVocab)
	for _, text := range []string{
		"عايز موبايل احمر",
		"عايز موبايل سامسونج احمر",
		"3ayez mobayl a7mar",
		"عايز موبايل اسود وعايز كمان موبايل احمر",
	} {
		res := understandText(t, r, text)
		for _, it := range res.Items {
			if it.SKU == "CASE-SIL" || it.SKU == "GUARD" {
				t.Errorf("%s: a phone read as %s: %+v", text, it.SKU, res.Items)
			}
		}
		if len(res.Items) == 0 {
			t.Errorf("%s: no line", text)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز جراب احمر", []wantItem{{"CASE-SIL", 1, "أحمر", nil}}},
		{"عايز جراب للموبايل احمر", []wantItem{{"CASE-SIL", 1, "أحمر", nil}}},
		{"عايز موبايل سامسونج ازرق", []wantItem{{"PH-A15", 1, "أزرق", nil}}},
	})
}

// TestRules_ForWhatNamedBefore: the goods for the mobile named by a word
// of their own just before the line that took only the mobile they go
// with ("وبتاع السريع ده اللي بيتركب جنب الموبايل عايزاه ابيض": the fast
// charger, made in white): that product, never a phone recoloured, though
// its English name opens with "Mobile" (ownSaidBefore).
func TestRules_ForWhatNamedBefore(t *testing.T) {
	r := rulesFrom(t, c20eCSV, c20eVocab)
	for _, text := range []string{
		"عايزة موبايل سامسونج ازرق، وبتاع السريع ده اللي بيتركب جنب الموبايل عايزاه ابيض",
		"3ayza mobayl samsung azra2, we beta3 el sarie3 da elly byetrakeb ganb el mobayl 3ayzah abyad",
	} {
		res := understandText(t, r, text)
		charger := false
		for _, it := range res.Items {
			charger = charger || it.SKU == "CHG" && it.Color == "أبيض"
			if (it.SKU == "PH-A15" || it.SKU == "PH-R12") && it.Color != "أزرق" {
				t.Errorf("%s: a phone in %q: %+v", text, it.Color, res.Items)
			}
		}
		if !charger {
			t.Errorf("%s: no white charger: %+v", text, res.Items)
		}
	}
}

// c20eFabricCSV: a fabric shop selling by the metre, one velvet in two
// colours.
const c20eFabricCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FAB-LIN,قماش كتان,Linen fabric,كتان,أقمشة,meter,90,100,كتان,أبيض|بيج
FAB-VEL,قماش قطيفة,Velvet fabric,قطيفة,أقمشة,meter,150,100,قطيفة,بيج|كحلي
`

const c20eFabricVocab = `قماش, kuma4, 2omash, fabric
قطيفة, قطيفه, 2atifa, velvet
كتان, katan, linen
ابيض, abyad, white => أبيض
كحلي, kohly, navy => كحلي
`

// TestRules_WantAlsoAnotherLine: "وعايز كمان", "ومحتاج برضه" (and I also
// want) after a line opens another line, as "وكمان" does: the same goods
// said again in another colour and length are a second line, never one
// line of the lengths added with its colour asked.
func TestRules_WantAlsoAnotherLine(t *testing.T) {
	r := rulesFrom(t, c20eFabricCSV, c20eFabricVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز قماش قطيفة ٣ متر كحلي وعايز كمان قماش قطيفة ٢ متر بيج", []wantItem{{"FAB-VEL", 3, "كحلي", nil}, {"FAB-VEL", 2, "بيج", nil}}},
		{"محتاج قطيفة كحلي ٤ متر ومحتاج كمان قطيفة بيج ٢ متر", []wantItem{{"FAB-VEL", 4, "كحلي", nil}, {"FAB-VEL", 2, "بيج", nil}}},
		{"عايز قطيفة كحلي ٤ متر وعايز برضه قطيفة بيج ٢ متر", []wantItem{{"FAB-VEL", 4, "كحلي", nil}, {"FAB-VEL", 2, "بيج", nil}}},
		{"3ayez 2atifa kohly 3 metr w 3ayez kaman 2atifa beige 2 metr", []wantItem{{"FAB-VEL", 3, "كحلي", nil}, {"FAB-VEL", 2, "بيج", nil}}},
		{"عايز قماش كتان ٣ متر ابيض وعايز كمان قماش قطيفة ٢ متر بيج", []wantItem{{"FAB-LIN", 3, "أبيض", nil}, {"FAB-VEL", 2, "بيج", nil}}},
	})
	r = rulesFrom(t, c20eCSV, c20eVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز موبايل سامسونج اسود وعايز كمان موبايل سامسونج ازرق", []wantItem{{"PH-A15", 1, "أسود", nil}, {"PH-A15", 1, "أزرق", nil}}},
	})
}
