package understand

import (
	"slices"
	"testing"

	"fatoora/catalog"
)

// c19i: a towel and t-shirt shop: a bath towel and a t-shirt in a few colours,
// a bathrobe whose name is one head noun only.
const c19iCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TW-BATH,فوطة حمام قطن,Cotton bath towel,فوطة حمام|فوطه حمام,فوط,piece,180,60,قطن,أبيض|كحلي|رمادي
TS-PL,تيشيرت سادة,Plain t-shirt,تيشيرت|تي شيرت,تيشيرتات,piece,150,80,قطن,أبيض|أسود|كحلي
RB-01,برنس,Bathrobe,روب حمام,أرواب,piece,650,12,قطن,أبيض|رمادي
`

const c19iVocab = `أبيض, ابيض, abyad, white => أبيض
أسود, اسود, eswed, black => أسود
كحلي, ka7ly, navy => كحلي
رمادي, ramady, grey, gray => رمادي
تيشيرت, تيشيرتات, tshirt, t-shirt, tishirt
برنس, برانس, bornos, bathrobe
`

// TestRules_BareThenMoreInAColour: a singular said with no count and its
// colour is one piece; "و + count + colour" after it is that many more of
// the same goods in that colour, a line each (bareThenMore): "فوطة حمام
// كحلي و٢ ابيض" is 1 navy + 2 white. The first colour was lost and two
// pieces asked a colour (an answer then invoiced two of it); a head noun
// said alone ("برنس رمادي وواحد ابيض") lost its grey line to the white
// one, invoiced.
func TestRules_BareThenMoreInAColour(t *testing.T) {
	r := rulesFrom(t, c19iCSV, c19iVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز فوطة حمام كحلي و٢ ابيض", []wantItem{{"TW-BATH", 1, "كحلي", nil}, {"TW-BATH", 2, "أبيض", nil}}},
		{"عايز فوطة حمام قطن كحلي و ٣ رمادي", []wantItem{{"TW-BATH", 1, "كحلي", nil}, {"TW-BATH", 3, "رمادي", nil}}},
		{"عايز تيشيرت اسود و٢ ابيض", []wantItem{{"TS-PL", 1, "أسود", nil}, {"TS-PL", 2, "أبيض", nil}}},
		{"عايز برنس رمادي و٢ ابيض", []wantItem{{"RB-01", 1, "رمادي", nil}, {"RB-01", 2, "أبيض", nil}}},
		{"عايز برنس رمادي وواحد ابيض", []wantItem{{"RB-01", 1, "رمادي", nil}, {"RB-01", 1, "أبيض", nil}}},
		{"3ayez tishirt eswed w 2 abyad", []wantItem{{"TS-PL", 1, "أسود", nil}, {"TS-PL", 2, "أبيض", nil}}},
		{"3ayez bornos ramady w wa7ed abyad", []wantItem{{"RB-01", 1, "رمادي", nil}, {"RB-01", 1, "أبيض", nil}}},
		{"I want a bathrobe in grey and 2 in white", []wantItem{{"RB-01", 1, "رمادي", nil}, {"RB-01", 2, "أبيض", nil}}},
		{"a plain t-shirt in black and 2 in white", []wantItem{{"TS-PL", 1, "أسود", nil}, {"TS-PL", 2, "أبيض", nil}}},
		// kept: counts said on both sides, a count shared after a colon
		{"عايز ٣ تيشيرت اسود و٣ ابيض", []wantItem{{"TS-PL", 3, "أسود", nil}, {"TS-PL", 3, "أبيض", nil}}},
		{"3 tishirt eswed w 2 abyad", []wantItem{{"TS-PL", 3, "أسود", nil}, {"TS-PL", 2, "أبيض", nil}}},
		{"عايز ١ فوطة حمام كحلي و٢ ابيض", []wantItem{{"TW-BATH", 1, "كحلي", nil}, {"TW-BATH", 2, "أبيض", nil}}},
	})
}

// TestRules_BarePluralThenMoreInAColour: a plural said with no count
// ("تيشيرتات اسود و٢ ابيض") leaves its own count unsaid: the black line
// asks how many, the two white a line of their own — never one line of
// two asked its colour, whose answer invoiced two of it.
func TestRules_BarePluralThenMoreInAColour(t *testing.T) {
	r := rulesFrom(t, c19iCSV, c19iVocab)
	for _, text := range []string{
		"عايز تيشيرتات اسود و٢ ابيض",
		"عايز برانس رمادي و٢ ابيض",
		"I want t-shirts in black and 2 in white",
	} {
		res := understandText(t, r, text)
		if len(res.Items) != 2 {
			t.Errorf("%s: %+v, want two lines", text, res.Items)
			continue
		}
		first, second := res.Items[0], res.Items[1]
		if first.Color == "" || first.Color == "أبيض" || !slices.Contains(first.Missing, "count") {
			t.Errorf("%s: first line %+v, want its colour and its count asked", text, first)
		}
		if second.SKU != first.SKU || second.Color != "أبيض" || second.Quantity != catalog.MilliFromFloat(2) || len(second.Missing) > 0 {
			t.Errorf("%s: second line %+v, want two of the same goods in white", text, second)
		}
	}
}
