package understand

import (
	"slices"
	"strings"
	"testing"
)

// Goods the shop does not sell said beside goods it sells (branch h33g),
// on a small kitchenware shop of its own (none of the blind sets'
// catalogs or sentences): a fish grill basket whose name holds "سمك"
// (fish, and the letters of a thickness), a kitchen scale whose name gives
// its weight, a mincer, a pan and a kettle. Meat, fish, vaccines are sold
// by others: the line is a person's, never dropped nor invoiced as the
// goods whose names hold its word.
const h33gCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PAN-28,طاسة تيفال 28 سم,Teflon pan 28 cm,طاسة|طاسه,طاسات,piece,350,10,,
MINCER,مفرمة يدوي,Manual mincer,مفرمة,أدوات,piece,250,5,,
KETTLE,غلاية كهربا 1.7 لتر,Electric kettle 1.7 L,غلاية,أجهزة,piece,600,5,,
GRILL-FISH,شواية سمك استانلس,Stainless fish grill basket,شواية سمك,أدوات,piece,180,5,,
SCALE,ميزان مطبخ ديجيتال 5 كيلو,Kitchen scale 5 kg,ميزان,أجهزة,piece,300,5,,
`

const h33gVocab = `طاسة, طاسه, tasa, pan
تيفال, teflon, tefal
مفرمة, مفرمه, mincer, maframa
غلاية, غلايه, kettle, ghalaya
شواية, شوايه, grill, shawaya
ميزان, scale, mizan
`

// unsoldLine: res has the goods' lines wanted and a line of no product,
// unread, holding the words said — or those words left unexplained: either
// way a person reads the message (review), nothing dropped.
func unsoldLine(t *testing.T, r *Rules, text string, want []string, words string) {
	t.Helper()
	res := understandText(t, r, text)
	if got := linesAsked(res); !slices.Equal(got, want) {
		t.Errorf("%s: lines %v, want %v", text, got, want)
	}
	for _, it := range res.Items {
		if it.SKU == "" && it.Unread && strings.Contains(it.Phrase, words) {
			return
		}
	}
	if words != "" && slices.ContainsFunc(res.Unexplained, func(u string) bool { return strings.Contains(u, words) }) {
		return // words no line holds: a person reads them as well
	}
	t.Errorf("%s: no unread line of no product holding %q: %+v %q", text, words, res.Items, res.Unexplained)
}

// TestRules_UnsoldGoodsWeighed: goods said with a weight before them ("٢
// كيلو لحمة", "كيلو سمك", "وكيلو سمك" after another line) that no name of
// the shop's calls by that word are a line of no product, unread — never
// dropped, never the weight a word of the line before, and a noun in ل
// after a weight is goods, not what they are for.
func TestRules_UnsoldGoodsWeighed(t *testing.T) {
	r := rulesFrom(t, h33gCSV, h33gVocab)
	unsoldLine(t, r, "عايز ٢ كيلو لحمة مفرومة وطاسة تيفال ٢٨", []string{"PAN-28"}, "لحمة")
	unsoldLine(t, r, "عايز طاسة تيفال ٢٨ و٢ كيلو لحمة مفرومة", []string{"PAN-28"}, "لحمة")
	unsoldLine(t, r, "عايز مفرمة يدوي وكيلو لحمة", []string{"MINCER"}, "لحمة")
}

// TestRules_UnsoldWeightOfPieces: a weight said before words that only
// another thing's name holds ("٣ كيلو سمك" beside a "شواية سمك") weighs
// goods sold by the weight, no count of the grill; a weight a name gives
// ("ميزان ٥ كيلو") stays that product's.
func TestRules_UnsoldWeightOfPieces(t *testing.T) {
	r := rulesFrom(t, h33gCSV, h33gVocab)
	unsoldLine(t, r, "عايز طاسة تيفال ٢٨ و٣ كيلو سمك", []string{"PAN-28"}, "سمك")
	unsoldLine(t, r, "عايز ٣ كيلو سمك", nil, "سمك")
	unsoldLine(t, r, "3ayez tasa teflon 28 w 3 kilo samak", []string{"PAN-28"}, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز شواية سمك", []wantItem{{"GRILL-FISH", 1, "", nil}}},
		{"عايز ٢ شواية سمك", []wantItem{{"GRILL-FISH", 2, "", nil}}},
		{"عايز ميزان مطبخ ٥ كيلو", []wantItem{{"SCALE", 1, "", nil}}},
	})
}

// TestRules_UnsoldNounInLam: a noun of four letters or more opening with
// ل, said after و ("ولقاح", "ولحمة"), is goods of its own, a line of no
// product, unread; "للقطة" (for the cat), "ولابني" (for my son), "ولونه"
// (its colour) stay what they were.
func TestRules_UnsoldNounInLam(t *testing.T) {
	r := rulesFrom(t, h33gCSV, h33gVocab)
	unsoldLine(t, r, "عايز طاسة تيفال ٢٨ ولقاح كورونا", []string{"PAN-28"}, "لقاح")
	unsoldLine(t, r, "عايز مفرمة يدوي ولحمة ضاني", []string{"MINCER"}, "لحمة")
	for _, text := range []string{"عايز طاسة تيفال ٢٨ ولونها حلو", "عايز طاسة تيفال ٢٨ لابني"} {
		res := understandText(t, r, text)
		if got := linesAsked(res); !slices.Equal(got, []string{"PAN-28"}) || slices.ContainsFunc(res.Items, func(it Item) bool { return it.SKU == "" }) {
			t.Errorf("%s: %+v, want the pan alone", text, res.Items)
		}
	}
}
