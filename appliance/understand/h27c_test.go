package understand

import (
	"fatoora/catalog"
	"slices"
	"testing"
)

// A furniture shop that delivers: its delivery named "توصيل" with the
// loanword the customers say ("دليفري"), its haulage by the vehicle
// ("ونش", "winch"), and goods whose names share none of those words.
const h27cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOFA-3,كنبة ثلاثية,Three-seat sofa,كنبة تلاتة,كنب,piece,9000,5,قطيفة,رمادي|بيج
TBL-C,ترابيزة قهوة,Coffee table,ترابيزة صغيرة,ترابيزات,piece,1800,9,خشب,بني
DLV,توصيل,Delivery,دليفري|توصيل للبيت,خدمات,piece,150,,,
HOIST,نقل بالونش للأدوار العالية,Winch hoisting to high floors,ونش|winch,خدمات,piece,900,,,
`

// TestRules_ServiceByItsOwnName: a service the shop names, in its
// synonyms, by a word no goods share — the loanword "دليفري" of its
// "توصيل", the winch its haulage is done with — is that service asked,
// though the work word of its name is unsaid; the customer's own vehicle
// ("my own winch") is none of the shop's.
func TestRules_ServiceByItsOwnName(t *testing.T) {
	r := rulesFrom(t, h27cCSV, "")
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز كنبة تلاتة رمادي ودليفري للتجمع", []string{"DLV", "SOFA-3"}},
		{"محتاج ترابيزة قهوة وابعتوها دليفري", []string{"DLV", "TBL-C"}},
		{"عايز كنبة تلاتة بيج والطلوع بالونش للدور العاشر", []string{"HOIST", "SOFA-3"}},
		{"3ayez kanaba talata ramady w winch", []string{"HOIST", "SOFA-3"}},
		{"I need the three-seat sofa in beige and the winch to the 9th floor", []string{"HOIST", "SOFA-3"}},
	} {
		res := understandText(t, r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
		for _, it := range res.Items {
			if it.Unread {
				t.Errorf("%s: %q unread", tc.text, it.Phrase)
			}
		}
	}
	res := understandText(t, r, "I need the three-seat sofa in beige, I'll send my own winch")
	if got := linesAsked(res); slices.Contains(got, "HOIST") {
		t.Errorf("my own winch: %v, want no hoisting", got)
	}
}

// A feed and oil merchant selling by the ton and the litre.
const h27cFeedCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FEED-P,علف دواجن بالطن,Poultry feed per ton,علف فراخ,اعلاف,piece,21000,40,,
FEED-C,علف مواشي بالطن,Cattle feed per ton,علف بهايم,اعلاف,piece,19000,40,,
FEED-21,علف تسمين 21 بروتين بالطن,Fattening feed 21 protein per ton,علف 21,اعلاف,piece,23000,40,,
OIL-S,زيت صويا باللتر,Soy oil per litre,,زيوت,piece,80,300,,
OIL-C,زيت ذرة باللتر,Corn oil per litre,,زيوت,piece,95,300,,
`

// TestRules_AndMeasureAndAHalf: "وطن ونص" after another line is "and a
// ton and a half" of the goods next, the و written onto the measure —
// never one ton, the half dropped.
func TestRules_AndMeasureAndAHalf(t *testing.T) {
	r := rulesFrom(t, h27cFeedCSV, "")
	for _, tc := range []struct {
		text, sku string
		qty       float64
	}{
		{"عايز ٢ طن علف دواجن وطن ونص علف مواشي", "FEED-C", 1.5},
		{"محتاج ٣ طن علف فراخ، وطن ونص علف بهايم", "FEED-C", 1.5},
		{"عايز ١٠ لتر زيت صويا ولتر ونص زيت ذرة", "OIL-C", 1.5},
		// the figure of a name before it takes no "and a ton" as its unit
		{"عايز ٢ طن علف تسمين ٢١ وطن ونص علف مواشي", "FEED-C", 1.5},
		{"عايز ٢ طن علف تسمين ٢١ وطن ونص علف مواشي", "FEED-21", 2},
	} {
		res := understandText(t, r, tc.text)
		found := false
		for _, it := range res.Items {
			if it.SKU == tc.sku {
				found = true
				if it.Quantity != catalog.MilliFromFloat(tc.qty) {
					t.Errorf("%s: %s %v, want %v", tc.text, tc.sku, it.Quantity, tc.qty)
				}
			}
		}
		if !found {
			t.Errorf("%s: %+v, want %s", tc.text, res.Items, tc.sku)
		}
	}
}

// A printer shop: each ink cartridge and drum is made for one printer
// model, named by it.
const h27cPrinterCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PR-CN2900,طابعة كانون 2900,Canon 2900 printer,كانون 2900,طابعات,piece,7500,6,,
PR-HP107,طابعة اتش بي 107,HP 107 printer,اتش بي 107,طابعات,piece,6200,8,,
INK-CN2900,حبر طابعة كانون 2900,Canon 2900 toner cartridge,حبر كانون 2900,احبار,piece,900,30,,
INK-HP107,حبر طابعة اتش بي 107,HP 107 toner cartridge,حبر اتش بي 107,احبار,piece,850,30,,
PAPER-A4,رزمة ورق A4,A4 paper ream,ورق تصوير,ورق,piece,220,100,,
`

// TestRules_AccessoryOfTheModelBefore: an accessory said bare ("وحبر",
// "and 2 toner cartridges") after a line that chose one model is the one
// made for that model; with two models before, alone, or with a figure of
// its own it stays asked.
func TestRules_AccessoryOfTheModelBefore(t *testing.T) {
	r := rulesFrom(t, h27cPrinterCSV, "")
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز طابعة كانون 2900 وحبر", []string{"INK-CN2900", "PR-CN2900"}},
		{"محتاج ٢ طابعة اتش بي ١٠٧ و ٤ حبر ورزمة ورق", []string{"INK-HP107", "PAPER-A4", "PR-HP107"}},
		{"I need the HP 107 printer and 2 toner cartridges", []string{"INK-HP107", "PR-HP107"}},
		// still asked
		{"عايز طابعة كانون 2900 وطابعة اتش بي 107 وحبر", []string{"INK-CN2900", "INK-HP107", "PR-CN2900", "PR-HP107"}},
		{"عايز حبر طابعة", []string{"INK-CN2900", "INK-HP107"}},
		{"عايز رزمة ورق A4 وحبر", []string{"INK-CN2900", "INK-HP107", "PAPER-A4"}},
	} {
		res := understandText(t, r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A furniture maker whose wardrobes are named by their doors, the dual in
// one name and the singular in the other, the vocabulary grouping them.
const h27cWardrobeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WD-2,دولاب ضلفتين,Two-door wardrobe,دولاب بضلفتين,دواليب,piece,8500,4,خشب,
WD-1,دولاب ضلفة واحدة,Single-door wardrobe,دولاب ضلفة|دولاب صغير,دواليب,piece,5200,6,خشب,
BED-1,سرير فردي,Single bed,,سراير,piece,4800,5,خشب,
`

const h27cWardrobeVocab = `ضلفة, ضلفه, ضلف, ضلفتين, dalfa, dalfeten, door, doors
دولاب, دواليب, dolab, wardrobe
`

// TestRules_DualOfANamedPart: "دولاب ضلفتين" where the shop's vocabulary
// reads ضلفتين as its ضلفة: the wardrobe whose name says the dual, never
// asked between it and the single-door one; said bare, still asked.
func TestRules_DualOfANamedPart(t *testing.T) {
	r := rulesFrom(t, h27cWardrobeCSV, h27cWardrobeVocab)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز دولاب ضلفتين", []string{"WD-2"}},
		{"محتاج سرير فردي ودولاب ضلفتين", []string{"BED-1", "WD-2"}},
		{"3ayez dolab dalfeten", []string{"WD-2"}},
		{"عايز دولاب ضلفة واحدة", []string{"WD-1"}},
		{"عايز دولاب", []string{"WD-1", "WD-2"}},
	} {
		res := understandText(t, r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A mobile accessories shop whose chargers are named by their watts and
// their ports, one of them by "منفذ واحد".
const h27cChargerCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CH-20,شاحن موبايل 20 وات منفذ واحد,20W charger single port,شاحن 20,شواحن,piece,350,40,,أبيض|أسود
CH-65,شاحن موبايل 65 وات بمنفذين,65W charger two ports,شاحن 65,شواحن,piece,900,15,,أبيض|أسود
`

// TestRules_OnlyOneSaid: "واحد بس" after the goods is only one of them —
// never the "واحد" of another product's name ("… منفذ واحد"); said right
// after that name's own word, it is still the name's.
func TestRules_OnlyOneSaid(t *testing.T) {
	r := rulesFrom(t, h27cChargerCSV, "")
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"عايز شاحن 65 واحد بس", []string{"CH-65"}},
		{"محتاج شاحن 65 وات ابيض واحد بس ابعتلي الفاتورة", []string{"CH-65"}},
		{"3ayez sha7en 65 watt wa7ed bas", []string{"CH-65"}},
		{"عايز شاحن موبايل منفذ واحد بس", []string{"CH-20"}},
	} {
		res := understandText(t, r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
		for _, it := range res.Items {
			if it.Quantity != catalog.One {
				t.Errorf("%s: %s %v, want one", tc.text, it.SKU, it.Quantity)
			}
		}
	}
}

// TestRules_HereAndThere: "هنا" and "هناك" (here, there) around a
// delivery asked are talk, no word left for a person.
func TestRules_HereAndThere(t *testing.T) {
	r := rulesFrom(t, h27cCSV, "")
	for _, text := range []string{
		"عايز كنبة تلاتة رمادي، البيت في التجمع وعايزين التوصيل هناك",
		"محتاج ترابيزة قهوة ودليفري لحد هنا",
		"3ayez kanaba talata ramady w el tawsil henak",
	} {
		res := understandText(t, r, text)
		if len(res.Unexplained) > 0 || len(res.Items) != 2 {
			t.Errorf("%s: %v unexplained, %d lines", text, res.Unexplained, len(res.Items))
		}
	}
}

// TestRules_CashPriceAsked: "بكام كاش؟" asks the price, paid in cash —
// no question of payment for a person; "كاش ولا تقسيط" still is one.
func TestRules_CashPriceAsked(t *testing.T) {
	r := rulesFrom(t, h27cCSV, "")
	for _, text := range []string{"الكنبة التلاتة بكام كاش؟", "ترابيزة القهوة بكام كاش لو سمحت"} {
		res := understandText(t, r, text)
		if res.Intent != Inquiry || len(res.Service) > 0 || len(res.Unexplained) > 0 || len(res.Items) != 1 {
			t.Errorf("%s: %s, service %v, unexplained %v, %d lines", text, res.Intent, res.Service, res.Unexplained, len(res.Items))
		}
	}
	if res := understandText(t, r, "الكنبة التلاتة بكام كاش ولا تقسيط؟"); len(res.Service) == 0 {
		t.Errorf("كاش ولا تقسيط: no service asked, want the instalments for a person")
	}
}
