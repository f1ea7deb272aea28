package understand

import (
	"context"
	"testing"

	"fatoora/catalog"
)

// Round 10's line-level classes, on a small shop of kids' bedding (a
// describing word, "بيبي", shared by several names), rugs of two sizes and
// curtain hardware sold by the metre and by the piece.
const round10LinesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KM-60,مرتبة سرير أطفال ٦٠×١٢٠,Crib mattress 60x120,مرتبة بيبي|baby mattress,مراتب,piece,1400,10,فوم,
KM-70,مرتبة سرير أطفال ٧٠×١٤٠,Crib mattress 70x140,,مراتب,piece,1700,10,فوم,
KB-SHEET,ملاية بيبي قطن,Baby cotton sheet,,مفارش,piece,250,40,قطن,أبيض|وردي|أزرق
KB-PIL,مخدة بيبي,Baby pillow,,مخدات,piece,150,40,فايبر,
RUG-S,سجادة شاجي ١٢٠×١٧٠,Shaggy rug 120x170,,سجاد,piece,1500,10,بولي,رمادي|أحمر|بيج
RUG-L,سجادة شاجي ٢٠٠×٢٩٠,Shaggy rug 200x290,,سجاد,piece,3200,10,بولي,رمادي|أحمر|بيج
TURF,نجيلة صناعي ٣ سم,Artificial turf 30mm,نجيلة|turf,نجيل,sqm,250,900,بولي,
ROLL,ستارة رول,Roller blind,رول|roller blind,ستائر,sqm,500,100,بوليستر,أبيض
TRK2,مجرى ستارة سكتين,Double curtain track,مجرى دبل|double track,مجاري,meter,200,300,ألومنيوم,أبيض|فضي
TRK1,مجرى ستارة سكة واحدة,Single curtain track,مجرى سنجل|single track,مجاري,meter,120,300,ألومنيوم,أبيض|فضي
TPH,حامل ورق تواليت,Toilet roll holder,,اكسسوار,piece,150,50,ستانلس,فضي
GLD,عربية مجرى,Track glider,عربيات,اكسسوار ستائر,piece,2,5000,بلاستيك,
RNG-M,حلقة معدن,Metal Ring,حلق معدن,حلقات,piece,10,900,معدن,أسود|ذهبي
RNG-W,حلقة خشب,Wooden Ring,,حلقات,piece,8,900,خشب,بني|أبيض
TRKM,مجرى ستارة بموتور,Motor curtain track,مجرى موتور|motor track,مجاري,meter,1500,30,ألومنيوم,أبيض
`

func round10LinesRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round10LinesCSV, "ابيض, abyad, white => أبيض\nوردي, bamby, pink => وردي\nازرق, azra2, blue => أزرق\nرمادي, ramady, grey => رمادي\nفضي, fedy, silver => فضي\nبني, bonni, brown => بني\nاسود, eswed, black => أسود\nخشب, khashab => خشب\nمعدن, ma3dan => معدن\nاحمر, a7mar, red => أحمر\nبيبي, baby => بيبي\n")
}

// TestRules_DescribingWordEchoesALine: a describing word of a product's
// name said again elsewhere with no head noun, amount, size or colour of
// its own ("البيبي" the person, "جدة البيبي") is that product mentioned
// again, never a second line of it.
func TestRules_DescribingWordEchoesALine(t *testing.T) {
	r := round10LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاجة مرتبة سرير اطفال ٦٠ في ١٢٠ وملاية وردي ٢، البيبي هييجي بعد شهرين", []wantItem{{"KM-60", 1, "", []int{60, 120}}, {"KB-SHEET", 2, "وردي", nil}}},
		{"انا خالة البيبي، عايزة مرتبة سرير اطفال ٦٠ في ١٢٠ ومخدة بيبي", []wantItem{{"KM-60", 1, "", []int{60, 120}}, {"KB-PIL", 1, "", nil}}},
		{"I need a crib mattress 60x120, the baby is coming next month", []wantItem{{"KM-60", 1, "", []int{60, 120}}}},
	})
}

// TestRules_LikeTheOneBoughtKeepsItsSize: "زيها" after an earlier purchase
// told with its size ("A في B", "AxB") names the earlier product again,
// size and all; a colour said after "بس" changes only the colour.
func TestRules_LikeTheOneBoughtKeepsItsSize(t *testing.T) {
	r := round10LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"السجادة الشاجي ٢٠٠ في ٢٩٠ اللي اخدتها الشهر اللي فات جميلة، عايزة زيها بس رمادي", []wantItem{{"RUG-L", 1, "رمادي", []int{200, 290}}}},
		{"السجادة الشاجي 120x170 اللي جت امبارح حلوة، عايز زيها بالظبط بس احمر", []wantItem{{"RUG-S", 1, "أحمر", []int{120, 170}}}},
	})
}

// TestRules_GroundSidesInMetres: the bare sides of a ground said right
// before them (a field, a roof, a garden) are metres for a product sold by
// area — "لملعب ٢٠ في ٤٠" is 800 m², not 0.08 — while a window's bare
// figures stay centimetres.
func TestRules_GroundSidesInMetres(t *testing.T) {
	r := round10LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاجين نجيلة لملعب ١٥ في ٣٠", []wantItem{{"TURF", 450, "", []int{1500, 3000}}}},
		{"عايز نجيلة للروف ١٢ في ١٠", []wantItem{{"TURF", 120, "", []int{1200, 1000}}}},
		{"I need turf for the garden 20 x 25", []wantItem{{"TURF", 500, "", []int{2000, 2500}}}},
		{"عايز رول ابيض للشباك ٦٠ في ٨٠", []wantItem{{"ROLL", 0.48, "أبيض", []int{60, 80}}}},
	})
}

// TestRules_ColourGoesOnToTheNextOfItsKind: a colour said once for a line
// goes on to the next line of the same head noun that says none, when that
// product comes in it; a colour of its own, or one its product lacks,
// stays as said.
func TestRules_ColourGoesOnToTheNextOfItsKind(t *testing.T) {
	r := round10LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج مجرى دبل فضي ٣ متر ومجرى سنجل ٢ متر", []wantItem{{"TRK2", 3, "فضي", nil}, {"TRK1", 2, "فضي", nil}}},
		{"I need a double track in silver 4 m and a single track 2.5 m", []wantItem{{"TRK2", 4, "فضي", nil}, {"TRK1", 2.5, "فضي", nil}}},
		{"محتاج مجرى دبل فضي ٣ متر ومجرى سنجل ابيض ٢ متر", []wantItem{{"TRK2", 3, "فضي", nil}, {"TRK1", 2, "أبيض", nil}}},
		{"محتاج مجرى دبل فضي ٣ متر ومجرى موتور ٤ متر", []wantItem{{"TRK2", 3, "فضي", nil}, {"TRKM", 4, "", nil}}},
	})
}

// TestRules_SizeSaidAgainAfterWait: wait words between a size and another
// size said right after them, with no "خليه", take the first back ("٣ في ٤
// لا استنى ٣ في ٤ ونص"); "ولا" (or) between two sizes corrects nothing.
func TestRules_SizeSaidAgainAfterWait(t *testing.T) {
	r := round10LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز نجيلة للبلكونة ٣ في ٤ لا استنى ٣ في ٤ ونص", []wantItem{{"TURF", 13.5, "", []int{300, 450}}}},
		{"محتاج نجيلة ٢ في ٣ متر لا لا ٢ في ٤ متر", []wantItem{{"TURF", 8, "", []int{200, 400}}}},
		{"I need turf 4x5 no wait 4x6", []wantItem{{"TURF", 24, "", []int{400, 600}}}},
	})
	res, err := r.Understand(context.Background(), "عايز نجيلة ٣ في ٤ ولا ٣ في ٥ احسن؟")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || len(res.Items[0].DimsCM) != 4 {
		t.Errorf("ولا between two sizes: %+v, want both sizes kept for a person", res.Items)
	}
}

// TestRules_TheRestOfACount: "الباقي" (the rest) before a colour is what is
// left of the clause's first count once the counts said between are taken:
// one line per colour.
func TestRules_TheRestOfACount(t *testing.T) {
	r := round10LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"ملايات بيبي ٥ واحدة وردي والباقي ابيض", []wantItem{{"KB-SHEET", 1, "وردي", nil}, {"KB-SHEET", 4, "أبيض", nil}}},
		{"عايزة ٦ ملاية بيبي ٢ ازرق والباقي وردي", []wantItem{{"KB-SHEET", 2, "أزرق", nil}, {"KB-SHEET", 4, "وردي", nil}}},
		{"6 baby sheets, 2 blue and the rest white", []wantItem{{"KB-SHEET", 2, "أزرق", nil}, {"KB-SHEET", 4, "أبيض", nil}}},
	})
}

// TestRules_FrancoFeminineAndEnglishMaterial: a Franco word ending in the
// feminine "a" is the Arabic word with ة when the catalog has both ("7al2a"
// is حلقة, not the حلق of another name), and an English material said as a
// noun ("wood") is the name's adjective ("Wooden"): the material chooses the
// variant.
func TestRules_FrancoFeminineAndEnglishMaterial(t *testing.T) {
	r := round10LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"3ayez 30 7al2a wood bonni", []wantItem{{"RNG-W", 30, "بني", nil}}},
		{"I need 30 wood rings in white", []wantItem{{"RNG-W", 30, "أبيض", nil}}},
		{"30 7al2a metal eswed", []wantItem{{"RNG-M", 30, "أسود", nil}}},
	})
}

// TestRules_FigureAfterAPluralIsHowMany: a whole figure after a piece said
// in the plural ("عربيات مجرى ١٠٠", "حلقات خشب ٤٠") is how many, never a
// size in cm; after the singular it stays as the rules read it.
func TestRules_FigureAfterAPluralIsHowMany(t *testing.T) {
	r := round10LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج عربيات مجرى ٢٠٠", []wantItem{{"GLD", 200, "", nil}}},
		{"عايز حلقات خشب ٤٠ بني", []wantItem{{"RNG-W", 40, "بني", nil}}},
		{"محتاج مجرى دبل فضي ٣ متر وعربيات ٦٠", []wantItem{{"TRK2", 3, "فضي", nil}, {"GLD", 60, "", nil}}},
	})
}

// TestRules_AreaSaidInMetresHasNoDims: of a product sold by area, one
// figure in metres with no side named is the area in shop talk ("نجيلة ٤٥
// متر" is 45 m²), no dimension of 45 m; sides said stay its dimensions.
func TestRules_AreaSaidInMetresHasNoDims(t *testing.T) {
	r := round10LinesRules(t)
	for _, tt := range []struct {
		text string
		qty  float64
		dims []int
	}{
		{"عايز نجيلة ٤٥ متر للجنينة", 45, nil},
		{"I need 60 m of turf", 60, nil},
		{"محتاج نجيلة ٥ في ٤ متر", 20, []int{500, 400}},
	} {
		res, err := r.Understand(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "TURF" || res.Items[0].Quantity != catalog.MilliFromFloat(tt.qty) || !equalInts(res.Items[0].DimsCM, tt.dims) {
			t.Errorf("%s: %+v, want TURF×%v dims %v", tt.text, res.Items, tt.qty, tt.dims)
		}
	}
}

// TestRules_OrdinalOfAnotherOne: "وواحد تالت" (and a third one) with its
// size is another piece of the line before; the ordinal only says which and
// is never a typo of a catalog word (تالت is no تواليت).
func TestRules_OrdinalOfAnotherOne(t *testing.T) {
	r := round10LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ رول ابيض كل واحد ١٢٠ في ١٥٠ وواحد تالت ٨٠ في ١٥٠", []wantItem{{"ROLL", 3.6, "أبيض", []int{120, 150}}, {"ROLL", 1.2, "أبيض", []int{80, 150}}}},
		{"محتاج ٤ رول ابيض كل واحد ١٠٠ في ١٥٠ وواحد خامس ٦٠ في ١٥٠", []wantItem{{"ROLL", 6, "أبيض", []int{100, 150}}, {"ROLL", 0.9, "أبيض", []int{60, 150}}}},
	})
}
