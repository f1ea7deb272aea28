package understand

import "testing"

// Branch h39h, on catalogs of their own (none of round 39's probe
// sentences or names): a coffee roaster selling by 250 g, 500 g and 1 kg,
// a maker of lab coats by size, and a solar shop by watts.
const h39hCoffeeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BRZ-250,بن برازيلي (ربع كيلو),Brazilian coffee 250 g,بن برازيلي ربع كيلو,بن,piece,120,20,,
BRZ-500,بن برازيلي (نص كيلو),Brazilian coffee 500 g,بن برازيلي نص كيلو,بن,piece,230,20,,
BRZ-1K,بن برازيلي (كيلو),Brazilian coffee 1 kg,بن برازيلي كيلو,بن,piece,450,20,,
GRIND-500,طحن (لنص الكيلو),Grinding (per half kg),طحن نص كيلو,خدمات,piece,10,,,
`

const h39hCoffeeVocab = `بن, bon, coffee
برازيلي, brazily, brazilian
كيلو, كيلوجرام, كجم, kg, kilo
نص, نصف, half, nos
ربع, quarter, rob3
ربع كيلو, ٢٥٠ جرام, 250 جرام, 250 gm
نص كيلو, ٥٠٠ جرام, 500 جرام, 500 gm
`

const h39hCoatsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
COAT-M,بالطو طبي مقاس M,Lab coat size M,بالطو ميديم|بالطو M,بالطوهات,piece,400,10,قطن,أبيض|أزرق
COAT-L,بالطو طبي مقاس L,Lab coat size L,بالطو لارج|بالطو L,بالطوهات,piece,400,10,قطن,أبيض|أزرق
COAT-XL,بالطو طبي مقاس XL,Lab coat size XL,بالطو اكس لارج|بالطو XL,بالطوهات,piece,420,10,قطن,أبيض|أزرق
CAP,كاب عمليات,Surgical cap,كاب,اكسسوار,piece,50,30,,أزرق
`

const h39hCoatsVocab = `بالطو, بلطو, coat, lab coat, balto
ميديم, medium, M
لارج, large, L
اكس لارج, xl, x large, eks
`

const h39hSolarCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
INV-1K,انفرتر 1000 وات,Inverter 1000 W,انفرتر 1000,انفرترات,piece,3000,10,,
INV-3K,انفرتر 3000 وات,Inverter 3000 W,انفرتر 3000,انفرترات,piece,9000,10,,
PNL-300,لوح شمسي 300 وات,Solar panel 300 W,لوح 300|لوح شمسي 300,الواح,piece,2500,20,,
PNL-550,لوح شمسي 550 وات,Solar panel 550 W,لوح 550|لوح شمسي 550,الواح,piece,4200,20,,
`

const h39hSolarVocab = `انفرتر, inverter, enverter
لوح, panel, panels, lo7
وات, watt, w
`

// TestRules_WeightSaidInstead: "كيلو بن، لا خليه نص" — after a correction
// cue a weight with no goods of its own takes the place of the weight the
// line said: the other weight's variant, never the first one nor a line of
// a product a bare "نص" names (grinding per half kilo).
func TestRules_WeightSaidInstead(t *testing.T) {
	r := rulesFrom(t, h39hCoffeeCSV, h39hCoffeeVocab)
	for _, c := range []struct {
		text, sku string
	}{
		{"كيلو بن برازيلي، لا خليه نص", "BRZ-500"},
		{"نص كيلو بن برازيلي، لا كيلو", "BRZ-1K"},
		{"بن برازيلي كيلو، لا ربع", "BRZ-250"},
		{"kilo bon brazily, la khaleeh nos", "BRZ-500"},
		{"1 kg brazilian coffee, no make it half", "BRZ-500"},
	} {
		checkItems(t, r, c.text, Order, []wantItem{{c.sku, 1, "", nil}})
	}
}

// TestRules_SizeWordSaidInstead: "بالطو ميديم ابيض، لا لارج" — a bare
// "لا" after a pause and one word naming another size of the goods: that
// size, the colour and the count said kept, as after "لا خليه".
func TestRules_SizeWordSaidInstead(t *testing.T) {
	r := rulesFrom(t, h39hCoatsCSV, h39hCoatsVocab)
	checkItems(t, r, "بالطو ميديم ابيض، لا لارج", Order, []wantItem{{"COAT-L", 1, "أبيض", nil}})
	checkItems(t, r, "٢ بالطو لارج ازرق، لا اكس لارج", Order, []wantItem{{"COAT-XL", 2, "أزرق", nil}})
	checkItems(t, r, "balto medium abyad, la large", Order, []wantItem{{"COAT-L", 1, "أبيض", nil}})
	checkItems(t, r, "lab coat medium white, no large", Order, []wantItem{{"COAT-L", 1, "أبيض", nil}})
}

// TestRules_FigureSaidInstead: "انفرتر ٣٠٠٠ لا ١٠٠٠", "لوح ٣٠٠ وات لا هو
// ٥٥٠" — a figure said after the goods, corrected by another with or
// without a pause: the other variant alone, never both; the count said
// before the goods kept ("٢ لوح ٣٠٠، لا ٥٥٠"), and a figure nearer that
// count than the size corrects the count ("لا ٣").
func TestRules_FigureSaidInstead(t *testing.T) {
	r := rulesFrom(t, h39hSolarCSV, h39hSolarVocab)
	checkItems(t, r, "انفرتر ٣٠٠٠ لا ١٠٠٠", Order, []wantItem{{"INV-1K", 1, "", nil}})
	checkItems(t, r, "لوح شمسي ٣٠٠ وات لا هو ٥٥٠", Order, []wantItem{{"PNL-550", 1, "", nil}})
	checkItems(t, r, "٢ لوح شمسي ٣٠٠، لا ٥٥٠", Order, []wantItem{{"PNL-550", 2, "", nil}})
	checkItems(t, r, "٢ لوح شمسي ٣٠٠، لا ٣", Order, []wantItem{{"PNL-300", 3, "", nil}})
	checkItems(t, r, "enverter 3000 la 1000", Order, []wantItem{{"INV-1K", 1, "", nil}})
	checkItems(t, r, "inverter 3000 no 1000", Order, []wantItem{{"INV-1K", 1, "", nil}})
}
