package understand

import (
	"context"
	"testing"
)

// Round 12's line-level classes, on a small shop that sells water pumps
// named with a glued measure ("0.5HP"), films sold by area, kitchen fronts
// of several finishes under one head noun, a kids' sofa bed in two colours,
// pool coping by the metre, ladders told apart by their steps, and filters
// and pumps each with its own installation.
const round12LinesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PUMP05,موتور رفع مياه نص حصان,Water Pump 0.5HP,,مواتير,piece,2700,15,,
PUMP1,موتور رفع مياه ١ حصان,Water Pump 1HP,,مواتير,piece,3900,10,,
BOOST,موتور تقوية أوتوماتيك,Automatic Booster Pump,,مواتير,piece,3300,8,,
RO7,فلتر ٧ مراحل,7-Stage RO Filter,فلتر سبع مراحل,فلاتر,piece,3200,25,,
FIT-RO,تركيب فلتر,Filter Installation,,خدمات,piece,250,,,
FIT-PUMP,تركيب موتور,Pump Installation,,خدمات,piece,400,,,
STRIPE,فيلم ديكور خطوط,Decor Stripe Film,خطوط,أفلام,sqm,300,,فينيل,أبيض|رمادي
FROST,فيلم فروستد,Frosted Film,فروستد,أفلام,sqm,220,,PVC,
PATCH,طقم باتش فيتنج,Patch Fitting Set,باتش,إكسسوار,piece,1200,10,ستانلس,
SL2,أرضية سيلف ليفلنج ٢ مم,Self-Levelling Floor 2mm,سيلف ليفلنج,أنظمة,sqm,650,,إيبوكسي,رمادي|أزرق
KF-HG,ضلفة هاي جلوس,High Gloss Front,هاي جلوس,ضلف,sqm,2400,,MDF,أبيض|رمادي
KF-ACR,ضلفة أكريليك,Acrylic Front,اكريليك,ضلف,sqm,3300,,MDF,أبيض|أحمر
KF-MATT,ضلفة سوبر مات,Super Matt Front,سوبر مات,ضلف,sqm,2900,,MDF,أبيض|كحلي
SB-BUBBLE,كنبة سرير أطفال بابل,Bubble Kids Sofa Bed,بابل|bubble,كنب,piece,6200,6,فوم,وردي|أزرق
COPING,بلاطة حافة حمام سباحة,Pool Coping Stone,حافة,تشطيب,meter,780,,حجر,أبيض|بيج
LADDER3,سلم حمام سباحة ٣ درجات,Pool Ladder 3 Steps,سلم,إكسسوار,piece,6500,6,ستانلس,
LADDER4,سلم حمام سباحة ٤ درجات,Pool Ladder 4 Steps,,إكسسوار,piece,7600,4,ستانلس,
PH-MINUS,مخفض pH,pH Minus,مخفض,كيماويات,piece,1100,20,,
PH-PLUS,رافع pH,pH Plus,رافع,كيماويات,piece,480,20,,
`

func round12LinesRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round12LinesCSV, "ابيض, abyad, white => أبيض\nرمادي, rmady, grey, gray => رمادي\nازرق, azra2, blue => أزرق\nاحمر, a7mar, red => أحمر\nكحلي, ka7ly, navy => كحلي\nوردي, wardy, pink => وردي\nبيج, beige => بيج\nموتور, ماتور, طلمبة, pump\nضلفه, ضلف, front => ضلفة\n")
}

// TestRules_GluedMeasureSaidApart: a name writing a figure glued to its
// measure ("Water Pump 0.5HP") is chosen by the figure said with a space
// ("the 0.5 HP pump"), never read as half a pump.
func TestRules_GluedMeasureSaidApart(t *testing.T) {
	r := round12LinesRules(t)
	checkCases(t, r, "", []itemCase{
		{"how much is the 0.5 HP pump?", []wantItem{{"PUMP05", 1, "", nil}}},
		{"one 1 HP pump and a 7-stage filter please", []wantItem{{"PUMP1", 1, "", nil}, {"RO7", 1, "", nil}}},
		{"2 x 1 HP pump", []wantItem{{"PUMP1", 2, "", nil}}},
	})
}

// TestRules_AmountSaidAgainAfterNo: a length or an area, "لا" and another
// in the same unit ("٢٢٠ م٢ لا ٢٣٠ م٢", "4 sqm, no 5 sqm") is the second,
// never the sum; "ولا" between them still asks nothing of it here.
func TestRules_AmountSaidAgainAfterNo(t *testing.T) {
	r := round12LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز سيلف ليفلنج رمادي ٢٢٠ م٢ لا ٢٣٠ م٢", []wantItem{{"SL2", 230, "رمادي", nil}}},
		{"عايز فيلم خطوط ابيض ٤ متر مربع.. لا ٥ متر مربع", []wantItem{{"STRIPE", 5, "أبيض", nil}}},
		{"I want white stripe film 4 sqm, no 5 sqm", []wantItem{{"STRIPE", 5, "أبيض", nil}}},
		{"3ayez 7afa abyad 10 metr la 12 metr", []wantItem{{"COPING", 12, "أبيض", nil}}},
	})
}

// TestRules_LineCorrectedByNameAndOldAmount: an earlier line named again
// with the article, a new amount and "مش" with the amount it was given
// ("وخلي الخطوط ٥ متر مش ٤") corrects that line; no line of its own.
func TestRules_LineCorrectedByNameAndOldAmount(t *testing.T) {
	r := round12LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز فيلم خطوط ابيض ٤ متر مربع وكمان ٢ طقم باتش، اه وخلي الخطوط ٥ متر مش ٤", []wantItem{{"STRIPE", 5, "أبيض", nil}, {"PATCH", 2, "", nil}}},
		{"عايز فيلم خطوط ابيض ٤ متر مربع و٢ طقم باتش، والباتش ٣ مش ٢", []wantItem{{"STRIPE", 4, "أبيض", nil}, {"PATCH", 3, "", nil}}},
	})
}

// TestRules_SizesOfPlacesNamed: goods sold by area, then a size for each
// place or ordinal ("لغرفتين: الاولى ٤ في ٣ والتانية ٥ في ٣ ونص", "for
// two rooms: the first … and the second …") are a line per place, each
// with its area and size — not one summed line, nor the sum twice.
func TestRules_SizesOfPlacesNamed(t *testing.T) {
	r := round12LinesRules(t)
	two := []wantItem{{"SL2", 12, "أزرق", []int{400, 300}}, {"SL2", 17.5, "أزرق", []int{500, 350}}}
	checkCases(t, r, Order, []itemCase{
		{"عايز سيلف ليفلنج ازرق لغرفتين: الاولى ٤ في ٣ والتانية ٥ في ٣ ونص", two},
		{"عايز سيلف ليفلنج ازرق لغرفتين، الاولى ٤ في ٣ والتانية ٥ في ٣ ونص", two},
		{"عايز سيلف ليفلنج ازرق لاوضة ٤ في ٣ واوضة ٥ في ٣ ونص", two},
		{"I want blue self levelling for two rooms: the first 4 x 3 and the second 5 x 3.5", two},
	})
	// three rooms counted and two sizes: which is which is a person's
	res := understandText(t, r, "عايز سيلف ليفلنج ازرق لتلات اوض، الاولى ٤ في ٣ والتانية ٥ في ٣ ونص")
	if len(res.Items) != 1 {
		t.Errorf("three rooms, two sizes: %d lines, want the one line a person splits", len(res.Items))
	}
}

// TestRules_BareKindIsAsked: the head noun of a kind several products share,
// said alone with its amount and size ("عايز ٤ ضلف ٤٠ في ٧٠ ابيض"), fits
// each of them alike: the line asks which, never the shortest name.
func TestRules_BareKindIsAsked(t *testing.T) {
	r := round12LinesRules(t)
	for _, text := range []string{"عايز ٤ ضلف ٤٠ في ٧٠ ابيض", "عايز ضلفة ابيض ٦٠ في ٧٠", "3ayez 4 dalf 40 fe 70 abyad"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].SKU != "" || !res.Items[0].Vague || len(res.Items[0].Ambiguous) < 2 {
			t.Errorf("%s: %+v, want one vague line among the fronts", text, res.Items)
		}
	}
	// a word of one of them said still chooses
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ ضلف سوبر مات ٤٠ في ٧٠ كحلي", []wantItem{{"KF-MATT", 1.12, "كحلي", []int{40, 70}}}},
	})
}

// TestRules_BareKindAfterItsProduct: the kind's head noun said alone after
// a line of one of its products is that product ("ضلف هاي جلوس …،
// وضلفتين ٦٠ في ٧٠"); said with its amount after the kind was asked with
// none ("عندكم ضلف …؟ محتاج ٤ ضلف ٤٠ في ٧٠") it is that one line.
func TestRules_BareKindAfterItsProduct(t *testing.T) {
	r := round12LinesRules(t)
	checkCases(t, r, "", []itemCase{
		{"عايز ضلف هاي جلوس ابيض، ٦ ضلف ٤٥ في ٧٠، وضلفتين ٦٠ في ٧٠", []wantItem{{"KF-HG", 1.89, "أبيض", []int{45, 70}}, {"KF-HG", 0.84, "أبيض", []int{60, 70}}}},
		{"عندكم ضلف سوبر مات ابيض؟ محتاج ٤ ضلف ٤٠ في ٧٠", []wantItem{{"KF-MATT", 1.12, "أبيض", []int{40, 70}}}},
		{"عايز ٢ ضلفة اكريليك احمر ٤٠ في ٧٠ و٣ ضلف ٦٠ في ٧٠ ابيض", []wantItem{{"KF-ACR", 0.56, "أحمر", []int{40, 70}}, {"KF-ACR", 1.26, "أبيض", []int{60, 70}}}},
	})
}

// TestRules_OneMoreInAnotherColour: a piece said with its colour and no
// amount, then "وواحدة ازرق", "and one in blue", is one more piece in that
// colour.
func TestRules_OneMoreInAnotherColour(t *testing.T) {
	r := round12LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز كنبة سرير اطفال بابل وردي لبنتي وواحدة ازرق لابني", []wantItem{{"SB-BUBBLE", 1, "وردي", nil}, {"SB-BUBBLE", 1, "أزرق", nil}}},
		{"a pink bubble kids sofa bed and one in blue", []wantItem{{"SB-BUBBLE", 1, "وردي", nil}, {"SB-BUBBLE", 1, "أزرق", nil}}},
		{"3ayez kanaba bubble wardy w wa7da azra2", []wantItem{{"SB-BUBBLE", 1, "وردي", nil}, {"SB-BUBBLE", 1, "أزرق", nil}}},
	})
}

// TestRules_RunningMetres: "26 running metres", "12 linear m" are a run in
// metres, how much of goods sold by the metre.
func TestRules_RunningMetres(t *testing.T) {
	r := round12LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"pool coping in white, 26 running metres", []wantItem{{"COPING", 26, "أبيض", nil}}},
		{"12 linear m of pool coping in beige", []wantItem{{"COPING", 12, "بيج", nil}}},
		{"عايز حافة حمام سباحة بيج ١٢ متر طولي", []wantItem{{"COPING", 12, "بيج", nil}}},
	})
}

// TestRules_WithItsCountedPart: "with 3 steps" after a ladder says which
// ladder, as "سلم ٣ درجات" does; no line of its own.
func TestRules_WithItsCountedPart(t *testing.T) {
	r := round12LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"please send one stainless ladder with 4 steps", []wantItem{{"LADDER4", 1, "", nil}}},
		{"عايز سلم بـ ٤ درجات", []wantItem{{"LADDER4", 1, "", nil}}},
	})
}

// TestRules_NegationAfterAnd: "ومن غير" declines what follows even where
// "غير" alone is a near spelling of a catalog word.
func TestRules_NegationAfterAnd(t *testing.T) {
	r := rulesFrom(t, round12LinesCSV+"SPARE,قطع غيار موتور,Pump Spare Parts,,قطع غيار,piece,100,10,,\n", "")
	checkCases(t, r, Order, []itemCase{
		{"عايز سلم ٤ درجات واحد ومن غير مخفض المرة دي، بس زود ٢ رافع", []wantItem{{"LADDER4", 1, "", nil}, {"PH-PLUS", 2, "", nil}}},
		{"3ayez sellem 4 daragat w men gher mokhfed, w 2 rafe3", []wantItem{{"LADDER4", 1, "", nil}, {"PH-PLUS", 2, "", nil}}},
	})
}

// TestRules_FilmForCountedPieces: goods sold by area "لـ ٢ باب ٩٠ في ٢٠٠",
// "لبابين …", "for 2 doors …" cover each piece of that size.
func TestRules_FilmForCountedPieces(t *testing.T) {
	r := rulesFrom(t, round12LinesCSV+"DOOR,باب زجاج سيكوريت,Glass Door,,أبواب,piece,6800,6,زجاج,\n", "")
	want := []wantItem{{"FROST", 3.6, "", []int{90, 200}}}
	checkCases(t, r, Order, []itemCase{
		{"هاخد فروستد لـ ٢ باب ٩٠ في ٢٠٠", want},
		{"عايز فروستد لبابين ٩٠ في ٢٠٠", want},
		{"frosted film for 2 doors 90 x 200", want},
	})
}

// TestRules_ChangedMind: what was wanted before "غيرت رأيي", "changed my
// mind" is no line; "بدل منه" points back to it.
func TestRules_ChangedMind(t *testing.T) {
	r := round12LinesRules(t)
	want := []wantItem{{"FROST", 3, "", nil}}
	checkCases(t, r, Order, []itemCase{
		{"كنت عايز فيلم خطوط بس غيرت رأيي، هاخد فروستد بدل منه ٣ متر", want},
		{"I wanted the stripe film but changed my mind, 3 sqm of frosted film please", want},
		{"kont 3ayez film khotot bas ghayart ra2yi, hakhod frosted 3 metr", want},
	})
}

// TestRules_ServiceForBoth: a service said once for several goods ("وتركيب
// الاتنين", "حد يركب الاتنين", "وتركيبهم") is the service for each of them,
// as many as each line counts; the goods named again after it ("الفلتر
// والموتور يعني") are those lines.
func TestRules_ServiceForBoth(t *testing.T) {
	r := round12LinesRules(t)
	both := []wantItem{{"RO7", 1, "", nil}, {"BOOST", 1, "", nil}, {"FIT-RO", 1, "", nil}, {"FIT-PUMP", 1, "", nil}}
	checkCases(t, r, Order, []itemCase{
		{"عايز فلتر سبع مراحل وموتور تقوية اوتوماتيك وتركيب الاتنين", both},
		{"عايز فلتر سبع مراحل وموتور تقوية اوتوماتيك، ولو ينفع حد يركب الاتنين، الفلتر والموتور يعني", both},
		{"عايز فلتر سبع مراحل وموتور تقوية اوتوماتيك وتركيبهم", both},
		{"عايز ٢ فلتر سبع مراحل وتركيبهم", []wantItem{{"RO7", 2, "", nil}, {"FIT-RO", 2, "", nil}}},
	})
}

// TestRules_TheShopBroughtBefore: "جبتلي …" (you brought me) tells an
// earlier purchase; "المرادي عايز …" is the request, though "زي المرة اللي
// فاتت" opens the message.
func TestRules_TheShopBroughtBefore(t *testing.T) {
	r := round12LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"زي المرة اللي فاتت جبتلي فلتر ٧ مراحل وركبته، المرادي عايز بس ٢ رافع", []wantItem{{"PH-PLUS", 2, "", nil}}},
	})
}

func understandText(t *testing.T, r *Rules, text string) Result {
	t.Helper()
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestRules_HowOftenAndWhoseRoom: "كل شهر" (every month) is how often, no
// distributive; "الأوضة … بتاعة الضيوف" says whose room it is.
func TestRules_HowOftenAndWhoseRoom(t *testing.T) {
	r := round12LinesRules(t)
	checkPlaced(t, r, "والأوضة التانية دي بتاعة الضيوف، بنتي بتيجي كل شهر، فعايزة كنبة سرير اطفال بابل وردي", Order, []wantItem{{"SB-BUBBLE", 1, "وردي", nil}})
}

// TestRules_PackNamedByItsProduct: a count of packs ("٤ اكياس شيبس",
// "4 bags of flakes") is the product sold in that pack, not the floor sold
// by area that shares its word; a length or area still names the floor.
func TestRules_PackNamedByItsProduct(t *testing.T) {
	r := rulesFrom(t, round12LinesCSV+"FL-FLOOR,أرضية فليكس,Flake Floor,شيبس|flakes,أنظمة,sqm,950,,,أسود|رمادي\nFLAKES,شيبس فليكس كيس ١ كجم,Flakes Bag 1kg,,خامات,piece,250,80,,أسود|رمادي\n", "اسود, eswed, black => أسود\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ اكياس شيبس اسود", []wantItem{{"FLAKES", 4, "أسود", nil}}},
		{"4 bags of flakes black", []wantItem{{"FLAKES", 4, "أسود", nil}}},
		{"عايز ٣٠ متر شيبس اسود", []wantItem{{"FL-FLOOR", 30, "أسود", nil}}},
	})
}

// TestRules_LineNamedAgainInAnotherColour: a line's head noun said again
// with the article and a colour, no amount ("ولا اقولك المفرش خليه بيج
// احسن"), is that line in the new colour, no other line.
func TestRules_LineNamedAgainInAnotherColour(t *testing.T) {
	r := round12LinesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ ضلفة هاي جلوس ٤٠ في ٧٠ ابيض، ولا اقولك الضلف خليها رمادي احسن", []wantItem{{"KF-HG", 0.56, "رمادي", []int{40, 70}}}},
	})
}

// TestRules_PriceIncludesLabour: what a price asked covers ("بكام مع
// الخامة والمصنعية؟", "بالمصنعية") is no line and leaves the goods asked.
func TestRules_PriceIncludesLabour(t *testing.T) {
	r := round12LinesRules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"متر السيلف ليفلنج بكام مع الخامة والمصنعية؟", []wantItem{{"SL2", 1, "", nil}}},
		{"متر السيلف ليفلنج بكام بالمصنعية؟", []wantItem{{"SL2", 1, "", nil}}},
	})
}

// TestRules_FilmOnThePanels: English "on the reception glass" says where
// the goods go, no word of another product's name; "2 panels of 100 x 220
// cm" are the places the film covers, as windows are.
func TestRules_FilmOnThePanels(t *testing.T) {
	r := rulesFrom(t, round12LinesCSV+"GLASSFILM,فيلم زجاج فروستد,Frosted Glass Film,,أفلام,sqm,220,,PVC,\nSAFETY,فيلم أمان ضد الكسر,Safety Film,فيلم امان,أفلام,sqm,550,,,\nREMOVE,إزالة فيلم قديم,Old Film Removal,ازالة,خدمات,sqm,60,,,\n", "")
	checkCases(t, r, Order, []itemCase{
		{"We need safety film on the reception glass, 2 panels of 100 x 220 cm, plus removal of the old film on the same panels",
			[]wantItem{{"SAFETY", 4.4, "", []int{100, 220}}, {"REMOVE", 4.4, "", []int{100, 220}}}},
		{"safety film for 3 windows of 100 x 120 cm", []wantItem{{"SAFETY", 3.6, "", []int{100, 120}}}},
	})
}

// TestRules_AnotherProductNamedBareIsNoEcho: a head noun alone with the
// article that heads a product of its own ("… بكام؟ والمكتبة؟") asks that
// product, though a synonym of the line before opens with it.
func TestRules_AnotherProductNamedBareIsNoEcho(t *testing.T) {
	r := rulesFrom(t, "sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors\nTVT,ترابيزة تليفزيون,TV table,مكتبة تليفزيون,معيشة,piece,3000,5,,\nBOOK,مكتبة كتب,Bookcase,,معيشة,piece,4000,5,,\n", "")
	checkCases(t, r, Inquiry, []itemCase{
		{"ترابيزة التليفزيون بكام؟ والمكتبة؟", []wantItem{{"TVT", 1, "", nil}, {"BOOK", 1, "", nil}}},
	})
}
