package understand

import (
	"context"
	"slices"
	"testing"
)

// The eleventh session's classes of branch h18c, on a small iron-works
// shop of its own (none of the blind sets' catalogs or sentences):
// railings by the running metre, window grilles by the m² in iron and in
// aluminium, gates, a door bell, and installations of which two are done
// to a gate ("تركيب بوابة حديد", "تركيب بوابة جراج").
const h18cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RAIL-M,سور حديد مشغول بالمتر,Wrought iron railing per metre,سور حديد,أسوار,meter,1800,,حديد,أسود|بني
GRL-IRON,حماية شباك حديد,Iron window grille,حماية حديد,حمايات,sqm,950,,حديد,أسود|بني|أبيض
GRL-ALU,حماية شباك ألومنيوم,Aluminium window grille,حماية ألومنيوم,حمايات,sqm,1200,,ألومنيوم,فضي|أبيض
GATE-90,بوابة حديد 90 سم,Iron gate 90 cm,بوابة حديد صغيرة,بوابات,piece,7500,20,حديد,أسود|بني
GATE-GAR,بوابة جراج صاج,Steel garage gate,بوابة جراج,بوابات,piece,21000,5,صاج,أسود|رمادي
BELL,جرس باب لاسلكي,Wireless door bell,جرس,إكسسوارات,piece,450,30,,أبيض
INST-GATE,تركيب بوابة حديد,Iron gate installation,,خدمات,piece,600,,,
INST-GAR,تركيب بوابة جراج,Garage gate installation,,خدمات,piece,1500,,,
INST-RAIL,تركيب سور,Railing installation,,خدمات,meter,150,,,
`

const h18cVocab = `بوابة, بوابات, بوابه, bawaba, bawabat, gate, gates
حماية, حمايات, حمايه, 7emaya, grille
سور, اسوار, sor, railing
تركيب, التركيب, tarkib, installation
اسود, بلاك, eswed, black => أسود
ابيض, abyad, white => أبيض
`

func h18cRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h18cCSV, h18cVocab)
}

// TestRules_HeightIsNoWallOfARun: a height (or depth) said apart from the
// length of goods sold by the running metre is how high they stand, never
// one more wall of the run ("سور … ٦ متر اسود في ١.٢ ارتفاع" was 7.2 m).
func TestRules_HeightIsNoWallOfARun(t *testing.T) {
	checkCases(t, h18cRules(t), Order, []itemCase{
		{"عايز سور حديد ٦ متر اسود في ١.٢ ارتفاع", []wantItem{{"RAIL-M", 6, "أسود", []int{600, 120}}}},
		{"عايز سور حديد ٦ متر اسود ارتفاعه ١.٢", []wantItem{{"RAIL-M", 6, "أسود", []int{600, 120}}}},
		{"3ayez sor 7adid 6 metr eswed fe 1.2 ertefa3", []wantItem{{"RAIL-M", 6, "أسود", []int{600, 120}}}},
		{"I need an iron railing 6 m black, 1.2 high", []wantItem{{"RAIL-M", 6, "أسود", []int{600, 120}}}},
	})
}

// TestRules_UnsoldNounKeepsItsFigure: "… وبوابة خشب ١٥٠" where the shop
// sells no such thing: a noun the catalog lacks, with و written on it,
// is the next thing asked and its figure is its own — never one more
// wall of the line before (a wrong invoice: the 150 had become railing).
func TestRules_UnsoldNounKeepsItsFigure(t *testing.T) {
	r := h18cRules(t)
	for _, text := range []string{
		"عايز سور حديد ٦ متر اسود في ١.٢ ارتفاع ونافورة ١٥٠",
		"عايز سور حديد ٦ متر اسود في ١.٢ ارتفاع ونافورة",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Unexplained) == 0 {
			t.Errorf("%s: the fountain the shop does not sell read as nothing: %+v", text, res.Items)
		}
		for _, it := range res.Items {
			if it.SKU == "RAIL-M" && (it.Quantity.Float() != 6 || slices.Contains(it.DimsCM, 150)) {
				t.Errorf("%s: railing %v m, dims %v: another thing's figure or a height added to the run", text, it.Quantity.Float(), it.DimsCM)
			}
		}
	}
}

// TestRules_ColourField: "اللون: أسود" on a line or clause of its own,
// before the list or after it, is the colour of every line that says
// none and is made in it; a line of its own colour keeps that.
func TestRules_ColourField(t *testing.T) {
	both := []wantItem{{"GATE-90", 2, "أسود", nil}, {"GATE-GAR", 1, "أسود", nil}}
	checkCases(t, h18cRules(t), Order, []itemCase{
		{"اللون: أسود\n- ٢ بوابة حديد ٩٠ سم\n- بوابة جراج صاج", both},
		{"عايز:\n- ٢ بوابة حديد ٩٠ سم\n- بوابة جراج صاج\nالالوان: اسود", both},
		{"عايز ٢ بوابة حديد ٩٠ سم وبوابة جراج صاج، اللون: اسود", both},
		{"Colour: black\n- 2 iron gates 90 cm\n- steel garage gate", both},
		{"el lon: eswed\n- 2 bawaba 7adid 90 cm\n- bawaba garage sag", both},
		{"اللون: أسود\n- ٢ بوابة حديد ٩٠ سم بني\n- بوابة جراج صاج", []wantItem{{"GATE-90", 2, "بني", nil}, {"GATE-GAR", 1, "أسود", nil}}},
	})
}

// TestRules_HeaderHeadAgainOpensEntries: a kind named before ":" with its
// colour, then entries that say its head noun again ("حمايتين …
// وحماية تالتة …"), are lines of that kind in that colour (the entries
// had lost both and asked which grille).
func TestRules_HeaderHeadAgainOpensEntries(t *testing.T) {
	checkCases(t, h18cRules(t), Order, []itemCase{
		{"عايز حماية حديد بني: حمايتين ١٠٠ في ١٢٠ وحماية تالتة ٦٠ في ١٢٠", []wantItem{{"GRL-IRON", 2.4, "بني", []int{100, 120}}, {"GRL-IRON", 0.72, "بني", []int{60, 120}}}},
	})
}

// TestRules_ServiceWithTheGoods: the installation said as what comes with
// the goods ("بالتركيب", "مع التركيب", "with installation", "bel
// tarkib") or for them ("والتركيب للبوابات كلها") is the one done to
// those goods, one for each piece of them (it had been a question which
// installation, or one for four gates).
func TestRules_ServiceWithTheGoods(t *testing.T) {
	r := h18cRules(t)
	four := []wantItem{{"GATE-90", 4, "أسود", nil}, {"INST-GATE", 4, "", nil}}
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ بوابات حديد ٩٠ سم اسود بالتركيب", four},
		{"عايز ٤ بوابات حديد ٩٠ سم اسود مع التركيب", four},
		{"3ayez 4 bawabat 7adid 90 cm eswed bel tarkib", four},
		{"I want 4 black iron gates 90 cm with installation", four},
		{"عايز ٤ بوابات حديد ٩٠ سم اسود، والتركيب للبوابات كلها", four},
	})
	checkCases(t, r, Inquiry, []itemCase{
		{"عايز اعرف سعر ٤ بوابات حديد ٩٠ سم اسود بالتركيب", four},
	})
}

// TestRules_EachThenTotalSaid: "لكل فيلا بوابة … يعني ٤ بوابات" after
// four villas counted is four gates, the customer's own sum (it was 16),
// and a line said for another place ("وجرس للكمبوند واحد") is not one
// for each villa.
func TestRules_EachThenTotalSaid(t *testing.T) {
	checkCases(t, h18cRules(t), Order, []itemCase{
		{"عندنا ٤ فلل في الكمبوند، عايز لكل فيلا بوابة حديد ٩٠ سم اسود يعني ٤ بوابات، وجرس للكمبوند واحد", []wantItem{{"GATE-90", 4, "أسود", nil}, {"BELL", 1, "", nil}}},
	})
}

// TestRules_EnglishOrdinalIsNoFranco: "6th of October" is a date or a
// place; its figure and ending spell no Franco word ("6th" had read as
// "وايت", white, coloured the installation).
func TestRules_EnglishOrdinalIsNoFranco(t *testing.T) {
	checkCases(t, h18cRules(t), Order, []itemCase{
		{"Please invoice 2 black iron gates 90 cm with installation, villa in 6th of October", []wantItem{{"GATE-90", 2, "أسود", nil}, {"INST-GATE", 2, "", nil}}},
	})
	for _, w := range []string{"1st", "2nd", "3rd", "6th", "11th", "12th", "13th", "21st", "102nd"} {
		if !englishOrdinal(w) {
			t.Errorf("%s: no English ordinal", w)
		}
	}
	for _, w := range []string{"1th", "2st", "11st", "6", "th", "3arabeya", "7th3"} {
		if englishOrdinal(w) {
			t.Errorf("%s: read as an English ordinal", w)
		}
	}
}
