package understand

import (
	"maps"
	"math"
	"slices"
	"testing"
)

// h30aCSV: a nut roastery (محمصة) selling its goods by weight as packs,
// one piece SKU per pack weight: almonds in quarter, half and one kilo,
// peanuts in half and one kilo, white and Syrian seeds, cashews in the
// one kilo pack only, hazelnuts in packs written in grams, dates in a jar
// of half a kilo and one of a kilo, and roasting priced per kilo.
const h30aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NUT-ALM-250,لوز محمص (ربع كيلو),Roasted almonds 250 g,لوز ربع كيلو,مكسرات,piece,120,30,,
NUT-ALM-500,لوز محمص (نص كيلو),Roasted almonds 500 g,لوز نص كيلو,مكسرات,piece,240,30,,
NUT-ALM-1K,لوز محمص (كيلو),Roasted almonds 1 kg,لوز كيلو,مكسرات,piece,480,20,,
NUT-PEA-500,فول سوداني مقشر (نص كيلو),Peeled peanuts 500 g,سوداني نص كيلو,مكسرات,piece,60,40,,
NUT-PEA-1K,فول سوداني مقشر (كيلو),Peeled peanuts 1 kg,سوداني كيلو,مكسرات,piece,120,40,,
SEED-WHT-250,لب أبيض (ربع كيلو),White pumpkin seeds 250 g,لب ابيض ربع كيلو,لب,piece,45,50,,
SEED-WHT-500,لب أبيض (نص كيلو),White pumpkin seeds 500 g,لب ابيض نص كيلو,لب,piece,90,50,,
SEED-SYR-250,لب سوري (ربع كيلو),Syrian seeds 250 g,لب سوري ربع كيلو,لب,piece,40,50,,
SEED-SYR-500,لب سوري (نص كيلو),Syrian seeds 500 g,لب سوري نص كيلو,لب,piece,80,50,,
SEED-SYR-1K,لب سوري (كيلو),Syrian seeds 1 kg,لب سوري كيلو,لب,piece,160,50,,
NUT-CASH-1K,كاجو محمص (كيلو),Roasted cashews 1 kg,كاجو كيلو,مكسرات,piece,900,10,,
NUT-HAZ-250,بندق (250 جرام),Hazelnuts 250 g,,مكسرات,piece,200,10,,
NUT-HAZ-500,بندق (500 جرام),Hazelnuts 500 g,,مكسرات,piece,400,10,,
DATE-JAR-500,عجوة برطمان نص كيلو,Date paste 500 g jar,عجوة صغير,تمور,piece,70,20,,
DATE-JAR-1K,عجوة برطمان 1 كيلو,Date paste 1 kg jar,عجوة كبير,تمور,piece,130,20,,
SRV-ROAST,تحميص على الطلب (للكيلو),Roasting to order (per kg),تحميص,خدمات,piece,30,,,
`

const h30aVocab = `لوز, loz, almonds, almond
لب, lib, seeds
سوري, sory, syrian
سوداني, sudani, peanuts
كاجو, kaju, cashew, cashews
بندق, bondo2, hazelnuts
عجوة, agwa, 3agwa
برطمان, bartaman, jar
كيلو, kilo, kg
`

// h30aLine is one line a message must give: SKU × quantity.
type h30aLine struct {
	sku string
	qty float64
}

// checkWeighed: text gives exactly these lines, each chosen (no question
// between products, nothing missing).
func checkWeighed(t *testing.T, r *Rules, text string, want ...h30aLine) {
	t.Helper()
	res := understandText(t, r, text)
	var got []h30aLine
	for _, it := range res.Items {
		got = append(got, h30aLine{it.SKU, it.Quantity.Float()})
		if len(it.Ambiguous) > 0 || len(it.Missing) > 0 {
			t.Errorf("%q: %s asked (%d candidates, missing %v), want it chosen", text, it.SKU, len(it.Ambiguous), it.Missing)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("%q: lines %v, want %v", text, got, want)
	}
}

// TestRules_WeightMadeOfPacks: a weight said of goods sold in weighed
// packs is made of the product's own packs the way a clerk makes it, the
// heaviest first: "٢ كيلو" two kilo packs (never eight quarter packs),
// "كيلو ونص" the kilo pack and the half, "٧٥٠ جرام" the half and the
// quarter, a bare "ربع" beside the goods the quarter pack; in Arabic,
// Franco and English, the weight written in grams in the names too.
func TestRules_WeightMadeOfPacks(t *testing.T) {
	r := rulesFrom(t, h30aCSV, h30aVocab)
	for _, tc := range []struct {
		text string
		want []h30aLine
	}{
		{"عايز ٢ كيلو لوز", []h30aLine{{"NUT-ALM-1K", 2}}},
		{"2 kilo loz", []h30aLine{{"NUT-ALM-1K", 2}}},
		{"عايز كيلو ونص لوز", []h30aLine{{"NUT-ALM-1K", 1}, {"NUT-ALM-500", 1}}},
		{"لوز كيلو ونص", []h30aLine{{"NUT-ALM-1K", 1}, {"NUT-ALM-500", 1}}},
		{"٢ كيلو ونص سوداني", []h30aLine{{"NUT-PEA-1K", 2}, {"NUT-PEA-500", 1}}},
		{"1.5 kg of almonds please", []h30aLine{{"NUT-ALM-1K", 1}, {"NUT-ALM-500", 1}}},
		{"٧٥٠ جرام لوز", []h30aLine{{"NUT-ALM-500", 1}, {"NUT-ALM-250", 1}}},
		{"nos kilo loz", []h30aLine{{"NUT-ALM-500", 1}}},
		{"half a kilo of almonds", []h30aLine{{"NUT-ALM-500", 1}}},
		{"3ayez loz rob3", []h30aLine{{"NUT-ALM-250", 1}}},
		{"عايز كيلو بندق", []h30aLine{{"NUT-HAZ-500", 2}}},
		{"٢ كيلو لوز.. لا خليهم كيلو ونص", []h30aLine{{"NUT-ALM-1K", 1}, {"NUT-ALM-500", 1}}},
	} {
		checkWeighed(t, r, tc.text, tc.want...)
	}
}

// TestRules_WeightOpensNextGoods: "ونص كيلو" (and half a kilo) said right
// after goods sold in weighed packs, then other such goods, is the next
// goods' weight — never "and a half" of the line before, nor words of its
// name (the packs' names hold "نص" and "كيلو").
func TestRules_WeightOpensNextGoods(t *testing.T) {
	r := rulesFrom(t, h30aCSV, h30aVocab)
	for _, tc := range []struct {
		text string
		want []h30aLine
	}{
		{"عايز كيلو لوز ونص كيلو سوداني", []h30aLine{{"NUT-ALM-1K", 1}, {"NUT-PEA-500", 1}}},
		{"ربع كيلو لوز ونص كيلو سوداني", []h30aLine{{"NUT-ALM-250", 1}, {"NUT-PEA-500", 1}}},
		{"كيلو ونص لوز و نص كيلو سوداني", []h30aLine{{"NUT-ALM-1K", 1}, {"NUT-ALM-500", 1}, {"NUT-PEA-500", 1}}},
		{"a kilo of almonds and a kilo of cashews", []h30aLine{{"NUT-ALM-1K", 1}, {"NUT-CASH-1K", 1}}},
	} {
		checkWeighed(t, r, tc.text, tc.want...)
	}
}

// TestRules_NoPackInPart: a weight the goods' own packs cannot make (half
// a kilo, or a kilo and a half, of goods sold in kilo packs only) is
// asked, never a fraction of a pack invoiced.
func TestRules_NoPackInPart(t *testing.T) {
	r := rulesFrom(t, h30aCSV, h30aVocab)
	for _, text := range []string{"عايز نص كيلو كاجو", "عايز كيلو ونص كاجو", "1.5 kg of cashews", "nos kilo kaju"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 {
			t.Errorf("%q: items %+v, want one", text, res.Items)
			continue
		}
		it := res.Items[0]
		if q := it.Quantity.Float(); q != math.Trunc(q) || !slices.Contains(it.Missing, "count") {
			t.Errorf("%q: %s × %v missing %v, want the count asked", text, it.SKU, q, it.Missing)
		}
	}
}

// TestRules_WeightCarriedIntoWhich: a weight said of a kind sold as two
// goods in weighed packs ("نص كيلو لب": white or Syrian seeds) asks which,
// each candidate the packs of its own that make the weight, counted ("2
// kilo lib": two kilo packs of the Syrian, four half packs of the white).
func TestRules_WeightCarriedIntoWhich(t *testing.T) {
	r := rulesFrom(t, h30aCSV, h30aVocab)
	for _, tc := range []struct {
		text string
		want map[string]float64
	}{
		{"عايز نص كيلو لب", map[string]float64{"SEED-SYR-500": 1, "SEED-WHT-500": 1}},
		{"عايز ربع كيلو لب", map[string]float64{"SEED-SYR-250": 1, "SEED-WHT-250": 1}},
		{"2 kilo lib", map[string]float64{"SEED-SYR-1K": 2, "SEED-WHT-500": 4}},
	} {
		res := understandText(t, r, tc.text)
		got := map[string]float64{}
		for _, it := range res.Items {
			if it.SKU != "" {
				got[it.SKU] = it.Quantity.Float()
			}
			for _, c := range it.Ambiguous {
				n := c.Count
				if n == 0 {
					n = it.Quantity.Float()
				}
				got[c.Product.SKU] = n
			}
		}
		if len(res.Items) != 1 || !maps.Equal(got, tc.want) {
			t.Errorf("%q: asked %v in %d lines, want %v in one", tc.text, got, len(res.Items), tc.want)
		}
	}
}

// TestRules_PricePerKiloOfPacks: a price asked per kilo ("الكيلو بكام",
// "how much per kilo") of goods sold in weighed packs is a quote for their
// kilo pack.
func TestRules_PricePerKiloOfPacks(t *testing.T) {
	r := rulesFrom(t, h30aCSV, h30aVocab)
	checkWeighed(t, r, "الكيلو اللوز بكام؟", h30aLine{"NUT-ALM-1K", 1})
	checkWeighed(t, r, "بكام الكيلو اللوز؟", h30aLine{"NUT-ALM-1K", 1})
	checkWeighed(t, r, "how much per kilo for the almonds?", h30aLine{"NUT-ALM-1K", 1})
	checkWeighed(t, r, "how much per kilo for the almonds and the syrian seeds?", h30aLine{"NUT-ALM-1K", 1}, h30aLine{"SEED-SYR-1K", 1})
}

// TestRules_JarOfAWeight: a container whose name gives its weight ("عجوة
// برطمان نص كيلو") counted with its word is that many jars of that weight,
// never the weight made anew ("٢ برطمان … نص كيلو" is two half-kilo jars,
// not one jar of a kilo).
func TestRules_JarOfAWeight(t *testing.T) {
	r := rulesFrom(t, h30aCSV, h30aVocab)
	checkWeighed(t, r, "عايز ٢ برطمان عجوة نص كيلو", h30aLine{"DATE-JAR-500", 2})
	checkWeighed(t, r, "3ayez 2 bartaman 3agwa nos kilo", h30aLine{"DATE-JAR-500", 2})
}

// h30aCoffeeCSV: a coffee roaster's beans in quarter and half kilo packs,
// four origins named "بن …" and one of them also spiced with cardamom.
const h30aCoffeeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BR-250,بن برازيلي (ربع كيلو),Brazilian coffee 250 g,,بن,piece,90,30,,
BR-500,بن برازيلي (نص كيلو),Brazilian coffee 500 g,,بن,piece,180,30,,
BRC-250,بن برازيلي محوج (ربع كيلو),Brazilian coffee with cardamom 250 g,,بن,piece,110,30,,
BRC-500,بن برازيلي محوج (نص كيلو),Brazilian coffee with cardamom 500 g,,بن,piece,220,30,,
YE-250,بن يمني (ربع كيلو),Yemeni coffee 250 g,,بن,piece,150,30,,
YE-500,بن يمني (نص كيلو),Yemeni coffee 500 g,,بن,piece,300,30,,
CO-500,بن كولومبي (نص كيلو),Colombian coffee 500 g,,بن,piece,200,30,,
MUG,مج قهوة,Coffee mug,,ادوات,piece,60,30,,
`

// TestRules_PlainGoodsOfAWeight: a weight said of a word two goods in
// weighed packs share ("نص كيلو برازيلي": the plain Brazilian and the
// one with cardamom) is the goods whose name leaves unsaid only the shop's
// common word ("بن", in most of its names), never the variant with a word
// of its own unsaid; and "and a kilo of …" after other goods in English
// opens a line of its own, though its goods' words head no name.
func TestRules_PlainGoodsOfAWeight(t *testing.T) {
	r := rulesFrom(t, h30aCoffeeCSV, "برازيلي, brazilian\nيمني, yemeni\nكيلو, kilo, kg\n")
	checkWeighed(t, r, "عايز نص كيلو برازيلي", h30aLine{"BR-500", 1})
	checkWeighed(t, r, "عايز كيلو برازيلي", h30aLine{"BR-500", 2})
	checkWeighed(t, r, "عايز نص كيلو برازيلي محوج", h30aLine{"BRC-500", 1})
	checkWeighed(t, r, "how much is a kilo of yemeni and a kilo of brazilian?", h30aLine{"YE-500", 2}, h30aLine{"BR-500", 2})
}
