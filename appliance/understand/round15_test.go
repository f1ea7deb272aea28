package understand

import (
	"context"
	"testing"
)

// Round 15's first-contact classes, on a small fit-out shop: a built-in
// wardrobe sold by its parts (a carcass by the metre, sliding doors by
// m²), its installation, roof tanks by their litres, artificial grass and
// rubber tiles by m².
const round15CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CARCASS,جسم دولاب خشب ابلكاش,Plywood wardrobe carcass,هيكل دولاب,أجسام,meter,3900,,ابلكاش,
DOOR-SL,ضلفة سحاب ميلامين,Melamine sliding door,باب سحاب ميلامين,ضلف,sqm,2100,,ميلامين,أبيض|جوزي
WR-FIX,تركيب دولاب,Wardrobe installation,تركيب الدولاب,خدمات,piece,1200,,,
TANK-300,خزان مياه 300 لتر,Water tank 300 L,تانك 300,خزانات,piece,1900,10,,
TANK-700,خزان مياه 700 لتر,Water tank 700 L,تانك 700,خزانات,piece,3300,10,,
TANK-2000,خزان مياه 2000 لتر,Water tank 2000 L,خزان الفين لتر,خزانات,piece,7900,3,,
TURF,نجيلة صناعي 35 مم,Artificial grass 35 mm,نجيلة,أرضيات,sqm,260,900,,
RUBBER,بلاط مطاط 2 سم,Rubber tile 2 cm,بلاط كاوتش,أرضيات,sqm,540,500,,
DRAIN,صفاية أرضي,Floor drain,بلاعة,صرف,piece,95,100,,
`
const round15Vocab = `دولاب, دواليب, closet, wardrobe, dolab
ضلفة, ضلفه, ضلف, dolfa, door
جسم, هيكل, carcass, gesm
خزان, تانك, tank, khazan
نجيلة, نجيله, nagila, grass, turf
أبيض, ابيض, abyad, white => أبيض
جوزي, walnut => جوزي
`

func round15Rules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round15CSV, round15Vocab)
}

// TestRules_WholeThenItsParts: a thing named whole, with nothing of its
// own (no amount, size or colour), and then ordered by its parts — lines
// said by their own head nouns whose products' names carry the whole's
// word ("جسم دولاب") — is no line of its own.
func TestRules_WholeThenItsParts(t *testing.T) {
	r := round15Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج دولاب للاوضة. الجسم ابلكاش ٢ متر في ٢.٤٠، والضلف سحاب ابيض ٢ في ٢.٤٠",
			[]wantItem{{"CARCASS", 2, "", []int{200, 240}}, {"DOOR-SL", 4.8, "أبيض", []int{200, 240}}}},
		{"3ayez dolab lel owda. el gesm 2 metr fe 2.40, wel dolaf sa7ab abyad 2 fe 2.40",
			[]wantItem{{"CARCASS", 2, "", []int{200, 240}}, {"DOOR-SL", 4.8, "أبيض", []int{200, 240}}}},
		{"I need a closet for the bedroom. The carcass 2 m by 2.4 high, and the sliding doors in white 2 x 2.4",
			[]wantItem{{"CARCASS", 2, "", []int{200, 240}}, {"DOOR-SL", 4.8, "أبيض", []int{200, 240}}}},
	})
}

// TestRules_VariantCorrectedByItsMeasure: a correction naming another
// measure of the product ("لا خليه الالف لتر", "make it the 2000 L one")
// is the variant of that measure, its amount kept; the measure may come
// as a number word, with the article ("الالفين لتر") or without it, in
// Franco ("el alfen litre") or in English ("a thousand litres").
func TestRules_VariantCorrectedByItsMeasure(t *testing.T) {
	r := round15Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"خزان ٣٠٠ لتر واحد.. لا خليه السبعمية لتر احسن", []wantItem{{"TANK-700", 1, "", nil}}},
		{"عايز ٢ خزان ٣٠٠ لتر، لا خليهم الفين لتر", []wantItem{{"TANK-2000", 2, "", nil}}},
		{"khazan 300 litre wa7ed.. la khalih el alfen litre", []wantItem{{"TANK-2000", 1, "", nil}}},
		{"one 300 L tank, no wait, make it the 700 L one", []wantItem{{"TANK-700", 1, "", nil}}},
	})
}

// TestRules_WaitIsNoFrancoWord: "wait" holding a correction in English is
// never read as the Franco spelling of a catalog word.
func TestRules_WaitIsNoFrancoWord(t *testing.T) {
	r := round15Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"one 300 L tank, no wait, make it 2", []wantItem{{"TANK-300", 2, "", nil}}},
	})
}

// TestRules_BareSidesOfAnAreaInMetres: two bare sides of goods sold by m²,
// small enough to be metres and one too small to be centimetres of such
// goods ("١٠ في ٦", "مساحة ١٠ في ١٥"), are metres, both — the sides of
// one size share their unit, never 10 cm by 6 m — and a corrected area
// ("١٠ في ٦.. لا خليها ١٢ في ٦") is the new one in metres. Sides in the
// hundreds stay centimetres.
func TestRules_BareSidesOfAnAreaInMetres(t *testing.T) {
	r := round15Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز نجيلة ١٠ في ٦", []wantItem{{"TURF", 60, "", []int{1000, 600}}}},
		{"عايز بلاط مطاط مساحة ١٢ في ١٥", []wantItem{{"RUBBER", 180, "", []int{1200, 1500}}}},
		{"عايز نجيلة ٨ في ٥.. لا خليها ١٢ في ٥ مش ٨", []wantItem{{"TURF", 60, "", []int{1200, 500}}}},
		{"3ayez nagila 10 x 6", []wantItem{{"TURF", 60, "", []int{1000, 600}}}},
		{"I need artificial grass 12 x 6, no wait, make it 14 x 6", []wantItem{{"TURF", 84, "", []int{1400, 600}}}},
		{"عايز نجيلة ١٢٠ في ٣٠٠", []wantItem{{"TURF", 3.6, "", []int{120, 300}}}},
	})
}

// TestRules_VisitAskedIsForStaff: someone asked to come and see, inspect
// or measure beside the goods ("… ممكن حد ييجي يقيس؟", "7ad yegy
// ye3ayen", "can someone come and measure …?") is a question for staff:
// Result.Service holds the visit.
func TestRules_VisitAskedIsForStaff(t *testing.T) {
	r := round15Rules(t)
	for _, text := range []string{
		"عايزين نجيلة للجنينة كلها بكام؟ ممكن حد ييجي يقيس ويعمل مقايسة",
		"nagila lel genena b kam? momken 7ad yegy ye3ayen?",
		"How much is the artificial grass? Can someone come and measure the garden?",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Service) == 0 || len(res.Items) == 0 {
				t.Errorf("items %+v service %q, want the grass and the visit for staff", res.Items, res.Service)
			}
		})
	}
}

// TestRules_OldOneBrokeIsWhy: beside an order, the customer's own old one
// named with "old" and what became of it ("والخزان القديم اتشرخ", "the
// old tank cracked", "el khazan el 2adim bawaz") is why a new one is
// wanted: no complaint, and no line of its own. A building's floor ("في
// الدور الارضي") is where, never goods whose name says "أرضي".
func TestRules_OldOneBrokeIsWhy(t *testing.T) {
	r := round15Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز خزان ٧٠٠ لتر، والخزان القديم اتشرخ خالص", []wantItem{{"TANK-700", 1, "", nil}}},
		{"3ayez khazan 700 litre, el khazan el 2adim bawaz", []wantItem{{"TANK-700", 1, "", nil}}},
		{"I need a 700 L tank, the old tank cracked", []wantItem{{"TANK-700", 1, "", nil}}},
		{"عايز بلاط مطاط ٤ في ٥ للجيم اللي في الدور الارضي", []wantItem{{"RUBBER", 20, "", []int{400, 500}}}},
	})
}
