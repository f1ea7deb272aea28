package understand

import (
	"slices"
	"testing"
)

// A glassware shop whose vocabulary names its nouns in Latin ("كوباية,
// cup": the unit is "cup") and lists no plural; the catalog files the
// glasses under their broken plural ("كوبايات" is sound; "فناجين" of
// "فنجان" is not).
const c18aGlassCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GL-1,كوباية مية زجاج,Glass water cup,كوباية مية,كوبايات,piece,40,200,زجاج,شفاف|أزرق
GL-6,طقم 6 كوباية مية زجاج,Set of 6 glass water cups,طقم كوبايات,كوبايات,piece,210,30,زجاج,شفاف
FN-1,فنجان قهوة صيني,China coffee cup,فنجان صيني,فناجين,piece,60,100,صيني,أبيض|أسود
FN-6,طقم 6 فناجين قهوة صيني,Set of 6 china coffee cups,طقم فناجين,فناجين,piece,330,20,صيني,أبيض
JUG-1,دورق زجاج,Glass jug,دورق,دوارق,piece,120,20,زجاج,شفاف
`

const c18aGlassVocab = `كوباية, كوبايه, kobaya, cup
فنجان, fengan, coffee cup
طقم, set, ta2m
ابيض, بيضا, white, abyad => أبيض
`

// TestRules_LatinHeadKeepsItsPlural: a head noun the vocabulary names in
// Latin keeps its Arabic spelling's consonants, so that its broken plural
// — in the catalog's category, in a message — reads as the noun, as it
// does where the Arabic spelling is the unit. "عايز فناجين بيضا" was the
// greeting.
func TestRules_LatinHeadKeepsItsPlural(t *testing.T) {
	r := rulesFrom(t, c18aGlassCSV, c18aGlassVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايزين ٣ فناجين سودا", []string{"FN-1"}},
		{"محتاجة ٤ فناجين صيني", []string{"FN-1"}},
		{"عايز ٦ فناجين قهوة بيضا", []string{"FN-1", "FN-6"}}, // six, or the set of six
		{"عايز طقم فناجين", []string{"FN-6"}},
	} {
		res := understandText(t, r, c.text)
		got := linesAsked(res)
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: lines %v, want %v (intent %s)", c.text, got, c.want, res.Intent)
		}
	}
}

// TestRules_SetSaidAsPieces: the figure said with the goods' words, no
// set word and no count, where the shop sells those goods alone and a
// set of that many: the pieces or the set, asked — whichever reading the
// figure got (the English figure the set's name holds, the Arabic count
// before the goods) — and each choice carries what it means picked: one
// set, six glasses.
func TestRules_SetSaidAsPieces(t *testing.T) {
	r := rulesFrom(t, c18aGlassCSV, c18aGlassVocab)
	for _, text := range []string{"I need 6 glass water cups", "6 water glasses cups please", "عايز 6 كوباية مية زجاج", "3ayez 6 kobaya maya"} {
		res := understandText(t, r, text)
		got := linesAsked(res)
		slices.Sort(got)
		if !slices.Equal(got, []string{"GL-1", "GL-6"}) || len(res.Items) != 1 {
			t.Errorf("%q: lines asked %v, want [GL-1 GL-6]", text, got)
			continue
		}
		it := res.Items[0]
		for _, c := range it.Ambiguous {
			n := c.Count // what the pick means: the item's count unless the choice says
			if n == 0 {
				n = it.Quantity.Float()
			}
			if want := map[string]float64{"GL-1": 6, "GL-6": 1}[c.Product.SKU]; n != want {
				t.Errorf("%q: %s picked means %v, want %v", text, c.Product.SKU, n, want)
			}
		}
	}
	// a set word said, another count, or a count of sets: no question
	checkCases(t, r, Order, []itemCase{
		{"I need a set of 6 glass water cups", []wantItem{{"GL-6", 1, "", nil}}},
		{"عايز طقم 6 كوباية مية", []wantItem{{"GL-6", 1, "", nil}}},
		{"I need 4 glass water cups in blue", []wantItem{{"GL-1", 4, "أزرق", nil}}},
		{"عايز 2 طقم كوبايات", []wantItem{{"GL-6", 2, "", nil}}},
	})
}
