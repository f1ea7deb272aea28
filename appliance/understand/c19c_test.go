package understand

import (
	"slices"
	"testing"
)

// c19cCSV: an ironmonger (none of the sets' catalogs): wood screws in
// boxes by their size ("مقاس 8", "مقاس 10", said "مسمار قلاووظ ١٠" too),
// building nails in a quarter-kilo bag, concrete nails by the kilo, a wire sold in a 2.5 mm and a 2 mm
// gauge, a bag of washers whose name gives its weight ("كيس 2 كيلو"), and
// chain by the metre.
const c19cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SCR-8,قلاووظ خشب مقاس 8 (علبة 100),Wood screws size 8 box of 100,قلاووظ 8|مسمار قلاووظ 8,مسامير,piece,40,100,صلب,
SCR-10,قلاووظ خشب مقاس 10 (علبة 100),Wood screws size 10 box of 100,قلاووظ 10|مسمار قلاووظ 10,مسامير,piece,45,100,صلب,
NAIL,مسمار بناء (كيس ربع كيلو),Building nails bag 250 g,مسامير بناء,مسامير,piece,20,300,حديد,
NAIL-C,مسمار مسلح بالكيلو,Concrete nails per kg,مسمار خرسانة,مسامير,piece,90,200,صلب,
WIRE-2,سلك رباط 2 مم بالكيلو,Tie wire 2 mm per kg,سلك 2,أسلاك,piece,70,50,حديد,
WIRE-25,سلك رباط 2.5 مم بالكيلو,Tie wire 2.5 mm per kg,سلك 2.5,أسلاك,piece,75,50,حديد,
WASH-2,وردة حديد كيس 2 كيلو,Iron washers bag 2 kg,وردة|وردات,اكسسوارات,piece,150,40,حديد,
BIT-6,بنطة حديد 6 مم,HSS drill bit 6 mm,بنطة 6,بنط,piece,25,80,صلب,
BIT-65,بنطة حديد 6.5 مم,HSS drill bit 6.5 mm,بنطة 6.5,بنط,piece,28,80,صلب,
CHAIN,جنزير حديد بالمتر,Iron chain per metre,جنزير,سلاسل,meter,60,,حديد,
`

const c19cVocab = `قلاووظ, قلاوظ, screw, screws, 2alawoz
مسمار, مسامير, nail, nails, mosmar
جنزير, جنازير, chain, ganzeer
`

// TestRules_FigureNamedThenHalfOpens: a figure right after goods (or a
// pack word of them) that names one of their variants ("علبة ١٠" of the
// size-10 screws), then "ونص", "و نص", "ونصف" (Franco "w nos", English
// "and half a") with a measure and other goods after it, is the
// variant's figure, and the fraction opens the next goods' amount: a box
// of the size-10 screws and half a kilo of nails (two quarter-kilo
// bags), never 10½ kilos of nails (42 bags) with the box lost. Real mixed
// numbers stay: with no goods naming the figure before it ("٢ ونص متر",
// "وتلاتة ونص كيلو"), the measure before the fraction ("متر ونص", "٣
// كيلو ونص"), the figure and a half a figure of the goods ("سلك ٢ ونص
// مم" of the 2.5 mm wire), or the goods' own weight said ("وردة كيس ٢ ونص
// كيلو").
func TestRules_FigureNamedThenHalfOpens(t *testing.T) {
	r := rulesFrom(t, c19cCSV, c19cVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ علبة قلاووظ ٨ وعلبة ١٠ ونص كيلو مسمار بناء", []wantItem{{"SCR-8", 2, "", nil}, {"SCR-10", 1, "", nil}, {"NAIL", 2, "", nil}}},
		{"عايز علبة قلاووظ ١٠ ونص كيلو مسامير بناء", []wantItem{{"SCR-10", 1, "", nil}, {"NAIL", 2, "", nil}}},
		{"عايز مسمار قلاووظ ١٠ و نص كيلو مسمار بناء", []wantItem{{"SCR-10", 1, "", nil}, {"NAIL", 2, "", nil}}},
		{"عايز قلاووظ ١٠ ونصف كيلو مسمار بناء", []wantItem{{"SCR-10", 1, "", nil}, {"NAIL", 2, "", nil}}},
		{"عايز قلاووظ عشرة ونص كيلو مسمار بناء", []wantItem{{"SCR-10", 1, "", nil}, {"NAIL", 2, "", nil}}},
		{"عايز قلاووظ ١٠ ونص متر جنزير", []wantItem{{"SCR-10", 1, "", nil}, {"CHAIN", 0.5, "", nil}}},
		{"3ayez 2alawoz 10 w nos kilo mosmar bena2", []wantItem{{"SCR-10", 1, "", nil}, {"NAIL", 2, "", nil}}},
		{"I need a box of screws size 10 and half a kilo of building nails", []wantItem{{"SCR-10", 1, "", nil}, {"NAIL", 2, "", nil}}},
		// kept: the mixed numbers
		{"عايز ٢ ونص متر جنزير", []wantItem{{"CHAIN", 2.5, "", nil}}},
		{"عايز جنزير متر ونص", []wantItem{{"CHAIN", 1.5, "", nil}}},
		{"عايز تلاتة ونص كيلو مسمار بناء", []wantItem{{"NAIL", 14, "", nil}}},
		{"عايز مسمار بناء ٣ كيلو ونص", []wantItem{{"NAIL", 14, "", nil}}},
		{"عايز قلاووظ ٨ وتلاتة ونص كيلو مسمار بناء", []wantItem{{"SCR-8", 1, "", nil}, {"NAIL", 14, "", nil}}},
		{"عايز كيلو سلك ٢ ونص مم جنزير ٣ متر", []wantItem{{"WIRE-25", 1, "", nil}, {"CHAIN", 3, "", nil}}},
	})
}

// TestRules_FigureNamedThenHalfOpensNotAWeight: a figure the goods' names
// give as their weight in the measure said after the fraction ("كيس ٢ ونص
// كيلو" beside a "وردة حديد كيس 2 كيلو") is the weight said, its half
// too: never a bag of the washers and half a kilo of the nails after.
func TestRules_FigureNamedThenHalfOpensNotAWeight(t *testing.T) {
	r := rulesFrom(t, c19cCSV, c19cVocab)
	for _, text := range []string{"عايز كيس ٢ ونص كيلو مسمار مسلح", "3ayez kis 2 w nos kilo mosmar mosala7"} {
		got := linesAsked(understandText(t, r, text))
		if slices.Contains(got, "WASH-2") || !slices.Contains(got, "NAIL-C") {
			t.Errorf("%s: lines %v, want the concrete nails and no washers", text, got)
		}
	}
}

// TestRules_FigureNamedThenHalfOpensAsks: when the figure and its half
// name goods too ("بنطة ٦ ونص" beside a "بنطة حديد 6.5 مم"), "بنطة ٦ ونص
// كيلو مسمار" may be the 6.5 bit: the bits are asked between, never the
// 6 mm bit invoiced.
func TestRules_FigureNamedThenHalfOpensAsks(t *testing.T) {
	r := rulesFrom(t, c19cCSV, c19cVocab)
	for _, text := range []string{"عايز بنطة ٦ ونص كيلو مسمار بناء", "عايز بنطة ٦ ونص متر جنزير"} {
		if got := linesAsked(understandText(t, r, text)); !slices.Contains(got, "BIT-65") {
			t.Errorf("%s: lines %v, want the 6.5 mm bit asked", text, got)
		}
	}
}

// TestRules_PackThenVariantFigure: after a line of goods named by their
// figure ("٢ علبة قلاووظ ٨"), a pack said in the singular after و and a
// figure, with or without the size word ("وعلبة مقاس ١٠", "وعلبة ١٠",
// Franco "w 3elba ma2as 10"), is one pack of the variant of that figure,
// a line of its own — never a size 10 dropped from the size-8 line, nor
// "two of each?". The size word alone after و ("ومقاس ١٠") or a plural
// pack ("وعلب ١٠") says no count: the variant's line is asked.
func TestRules_PackThenVariantFigure(t *testing.T) {
	r := rulesFrom(t, c19cCSV, c19cVocab)
	for _, text := range []string{
		"عايز ٢ علبة قلاووظ ٨ وعلبة مقاس ١٠",
		"عايز ٢ علبة قلاووظ ٨ و علبة مقاس ١٠",
		"عايز ٢ علبة قلاووظ مقاس ٨ وعلبة مقاس ١٠",
		"عايز ٢ علبة قلاووظ ٨ وعلبة ١٠",
		"3ayez 2 3elba 2alawoz 8 w 3elba ma2as 10",
	} {
		t.Run(text, func(t *testing.T) {
			checkItems(t, r, text, Order, []wantItem{{"SCR-8", 2, "", nil}, {"SCR-10", 1, "", nil}})
			if res := understandText(t, r, text); len(res.Items) == 2 && res.Items[1].Confidence < 0.9 {
				t.Errorf("confidence %v, want the one box read", res.Items[1].Confidence)
			}
		})
	}
	for _, text := range []string{"عايز ٢ علبة قلاووظ ٨ ومقاس ١٠", "عايز ٢ علبة قلاووظ ٨ وعلب ١٠"} {
		t.Run(text, func(t *testing.T) {
			res := understandText(t, r, text)
			if len(res.Items) != 2 || res.Items[1].SKU != "SCR-10" || res.Items[1].Confidence >= 0.6 {
				t.Errorf("items %+v, want the size-10 line asked", res.Items)
			}
		})
	}
}
