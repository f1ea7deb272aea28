package understand

import (
	"fatoora/catalog"
	"slices"
	"testing"
)

// The thirteenth session's classes of branch h20b, on a small lighting
// shop of its own (none of the blind sets' catalogs or sentences):
// spotlights and chandeliers by their size, and the holes cut in a gypsum
// ceiling for them, a service named for what it is cut for.
const h20bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SPOT-7,سبوت ليد 7 وات,LED spotlight 7 W,كشاف سبوت,سبوتات,piece,95,300,,
CHAND-60,نجفة كريستال 60 سم,Crystal chandelier 60 cm,,نجف,piece,4200,12,كريستال,
CHAND-80,نجفة كريستال 80 سم,Crystal chandelier 80 cm,,نجف,piece,6100,7,كريستال,
HOLE-SPOT,تخريم سبوت في الجبس,Spotlight hole in gypsum,خرم سبوت|خرم كشاف,خدمات,piece,25,,,
HOLE-CHAND,تخريم نجفة في الجبس,Chandelier hook hole in gypsum,خرم نجفة,خدمات,piece,60,,,
STRIP-WARM,شريط ليد وورم,Warm LED strip,شريط ليد اصفر,شرائط ليد,meter,45,500,,
CORNICE,كرنيشة جبس مودرن,Modern gypsum cornice,كرانيش جبس|كرنيش,كرانيش,meter,120,,جبس,
FAN-52,مروحة سقف 52 بوصة,Ceiling fan 52 inch,,مراوح,piece,2300,20,,
FAN-52-L,مروحة سقف 52 بوصة بنجفة,Ceiling fan 52 inch with light,,مراوح,piece,3100,9,,
FAN-56,مروحة سقف 56 بوصة,Ceiling fan 56 inch,,مراوح,piece,2700,11,,
REM-52,ريموت مروحة سقف 52 بوصة,Remote for 52 inch ceiling fan,,ريموتات,piece,350,30,,
REM-56,ريموت مروحة سقف 56 بوصة,Remote for 56 inch ceiling fan,,ريموتات,piece,380,30,,
LAMP-CH60,لمبة نجفة كريستال 60 سم,Crystal chandelier 60 cm bulb set,,لمبات,piece,240,50,,
LAMP-CH80,لمبة نجفة كريستال 80 سم,Crystal chandelier 80 cm bulb set,,لمبات,piece,320,50,,
`

const h20bVocab = `نجفة, نجفه, nagafa, chandelier
سبوت, spot, spotlight
خرم, 5orm, hole
صالة, صاله, sala, hall
`

func h20bRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h20bCSV, h20bVocab)
}

// TestRules_CountSharedOutByUse: a count shared out right after the goods
// ("٢ خرم سبوت واحد للنجفة وواحد للكشاف"), one share for a word no
// product of the goods' words has (no spotlight hole is named for a
// chandelier: it says where that one goes) and one for a word of the
// goods' own product, is that count of the one product, never 2 + 1; so is a count
// shared out after a size of the goods' name ("٢ نجفة ٦٠ واحدة للصالة
// وواحدة للسفرة"). Shares for words of two different products of the goods
// ("٢ خرم واحد للسبوت وواحد للنجفة") are still two products.
func TestRules_CountSharedOutByUse(t *testing.T) {
	r := h20bRules(t)
	for _, tt := range []itemCase{
		{"عايز ٢ خرم سبوت واحد للنجفة وواحد للكشاف", []wantItem{{"HOLE-SPOT", 2, "", nil}}},
		{"عايز ٢ خرم كشاف واحد للنجفة وواحد للسبوت", []wantItem{{"HOLE-SPOT", 2, "", nil}}},
		{"3ayez 2 5orm spot wa7ed lel nagafa w wa7ed lel kashaf", []wantItem{{"HOLE-SPOT", 2, "", nil}}},
		{"عايز ٢ نجفة ٦٠ واحدة للصالة وواحدة للسفرة", []wantItem{{"CHAND-60", 2, "", []int{60}}}},
		{"3ayez 2 nagafa 60 wa7da lel sala w wa7da lel sofra", []wantItem{{"CHAND-60", 2, "", []int{60}}}},
		{"I want 2 chandeliers 60 cm, one for the hall and one for the dining room", []wantItem{{"CHAND-60", 2, "", []int{60}}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res := understandText(t, r, tt.text)
			w := tt.want[0]
			if len(res.Items) != 1 || res.Items[0].SKU != w.sku || res.Items[0].Quantity != catalog.MilliFromFloat(w.qty) ||
				!slices.Equal(res.Items[0].DimsCM, w.dims) || res.Items[0].Confidence < 0.9 {
				t.Errorf("%+v, want %d of %s, sizes %v, sure", res.Items, int(w.qty), w.sku, w.dims)
			}
		})
	}
	res := understandText(t, r, "عايز ٢ خرم واحد للسبوت وواحد للنجفة")
	for _, it := range res.Items {
		if it.SKU != "" && it.Quantity == catalog.MilliFromFloat(2) {
			t.Errorf("%s ×2: a hole for a spotlight and one for a chandelier are two products", it.SKU)
		}
	}
}

// TestRules_NextWallJoinedByWa: goods sold by the metre run along walls
// each named with its own figure, the next joined by و ("حيطة ٣٫٢٠ وحيطة
// ٢٫٤٠", "… والحيطة التانية ٢٫٤٠", "للصالة ٤٫٥ واوضة ٣"): the runs add up
// — the figure before "وحيطة" is the first wall's, never a figure that
// counts or describes the wall after it (it was dropped, and the line
// invoiced for the last wall alone). A place joined with no figure of its
// own ("كرنيشة ٣ واوضة") still leaves the size asked.
func TestRules_NextWallJoinedByWa(t *testing.T) {
	r := h20bRules(t)
	for _, tt := range []itemCase{
		{"عايز كرنيشة جبس حيطة 3.20 وحيطة 2.40", []wantItem{{"CORNICE", 5.6, "", []int{320, 240}}}},
		{"عايز شريط ليد وورم ٣٫٢٠ وحيطة ٢٫٤٠", []wantItem{{"STRIP-WARM", 5.6, "", []int{320, 240}}}},
		{"عايز كرانيش جبس حيطة 3.20 والحيطة التانية 2.40", []wantItem{{"CORNICE", 5.6, "", []int{320, 240}}}},
		{"عايز كرنيشة جبس للصالة 4.5 واوضة 3", []wantItem{{"CORNICE", 7.5, "", []int{450, 300}}}},
		{"3ayez karnisha gebs 7eta 3.20 w 7eta 2.40", []wantItem{{"CORNICE", 5.6, "", []int{320, 240}}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkItems(t, r, tt.text, Order, tt.want) })
	}
	res := understandText(t, r, "عايز كرنيشة جبس ٣ واوضة")
	if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "size") {
		t.Errorf("%+v: a room with no figure of its own leaves the size asked", res.Items)
	}
}

// TestRules_EachOneCountAfterTheList: "كل واحدة ٢" (each one two) closing
// a list of goods none of which was counted is that count of every line,
// as "٢ من كل واحدة" is — not the last line's count alone (the first was
// invoiced once). After lines counted each ("٢ نجفة … و٣ سبوت كل واحد ٢")
// it counts none of them.
func TestRules_EachOneCountAfterTheList(t *testing.T) {
	r := h20bRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز نجفة 60 ونجفة 80 كل واحدة ٢", []wantItem{{"CHAND-60", 2, "", []int{60}}, {"CHAND-80", 2, "", []int{80}}}},
		{"عايز نجفة 60 ونجفة 80، كل واحدة اتنين", []wantItem{{"CHAND-60", 2, "", []int{60}}, {"CHAND-80", 2, "", []int{80}}}},
		{"3ayez nagafa 60 w nagafa 80, kol wa7da 2", []wantItem{{"CHAND-60", 2, "", []int{60}}, {"CHAND-80", 2, "", []int{80}}}},
		{"عايز نجفة 60 وسبوت ليد 7 وات كل واحد ٤", []wantItem{{"CHAND-60", 4, "", nil}, {"SPOT-7", 4, "", nil}}},
		{"عايز ٢ نجفة 60 و٣ سبوت كل واحد ٢", []wantItem{{"CHAND-60", 2, "", nil}, {"SPOT-7", 3, "", nil}}},
	})
}

// TestRules_MeasureThatNamesGoodsAlone: a figure and a measure word that
// names goods rather than how much of them (inches, litres, kilos) said
// with no other word ("عايز ال ٥٦ بوصة", "the 56 inch") is the product of
// one kind that gives it, or a question between the several of that kind
// that do — it was answered as a greeting. A length names nothing so.
func TestRules_MeasureThatNamesGoodsAlone(t *testing.T) {
	r := h20bRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ال 56 بوصة", []wantItem{{"FAN-56", 1, "", nil}}},
		{"the 56 inch please", []wantItem{{"FAN-56", 1, "", nil}}},
		{"3ayez 2 men el 56 inch", []wantItem{{"FAN-56", 2, "", nil}}},
	})
	for _, text := range []string{"عايز ال 52 بوصة", "the 52 inch please", "3ayez el 52 inch"} {
		t.Run(text, func(t *testing.T) {
			res := understandText(t, r, text)
			if res.Intent != Order || len(res.Items) != 1 || res.Items[0].SKU != "" || len(res.Items[0].Ambiguous) != 2 {
				t.Errorf("%s %+v, want a question between the two 52-inch fans", res.Intent, res.Items)
			}
		})
	}
	res := understandText(t, r, "عايز 56 متر")
	for _, it := range res.Items {
		if it.SKU == "FAN-56" {
			t.Errorf("%+v: 56 metres name no fan", res.Items)
		}
	}
}

// TestRules_ItsOwnAfterTheLine: a head noun said with a possessive pronoun
// right after a line ("… ولمبتها": and its bulbs, "وريموتها": and its
// remote, English "and its remote") is the one made for that line's goods
// — the line's words its products share choose it — not a question
// between every product of the noun. Said without the pronoun it is still
// asked.
func TestRules_ItsOwnAfterTheLine(t *testing.T) {
	r := h20bRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز نجفة كريستال 80 ولمبتها", []wantItem{{"CHAND-80", 1, "", nil}, {"LAMP-CH80", 1, "", nil}}},
		{"عايز مروحة سقف 56 بوصة وريموتها", []wantItem{{"FAN-56", 1, "", nil}, {"REM-56", 1, "", nil}}},
		{"I want the 56 inch ceiling fan and its remote", []wantItem{{"FAN-56", 1, "", nil}, {"REM-56", 1, "", nil}}},
	})
	res := understandText(t, r, "عايز مروحة سقف 56 بوصة وريموت")
	if len(res.Items) != 2 || res.Items[1].SKU != "" {
		t.Errorf("%+v: a remote said with no pronoun is asked", res.Items)
	}
}

// TestRules_OtherGoodsAsTheUse: another product's head noun after "لل",
// "للـ" written apart, or "for (the)", in the clause of goods whose
// products never hold it ("٢ سبوت ليد ٧ وات لل نجفة", "… للـ chandelier")
// is what the goods are for — no second line asking which chandelier; a
// word the goods' products hold ("ريموت للمروحة ٥٦") still chooses among
// them.
func TestRules_OtherGoodsAsTheUse(t *testing.T) {
	r := h20bRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز 2 سبوت ليد 7 وات لل نجفة", []wantItem{{"SPOT-7", 2, "", nil}}},
		{"عايز سبوت ليد 7 وات للـ chandelier", []wantItem{{"SPOT-7", 1, "", nil}}},
		{"3ayez 2 spot led 7 watt lel nagafa", []wantItem{{"SPOT-7", 2, "", nil}}},
		{"عايز ريموت للمروحة 56", []wantItem{{"REM-56", 1, "", nil}}},
	})
}
