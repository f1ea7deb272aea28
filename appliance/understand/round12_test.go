package understand

import (
	"context"
	"testing"
)

// Round 12's first-contact classes, on a small tiling and plumbing shop:
// packs named by their weight, strainers by their bore in mm, fronts sold
// by the square metre, runners sold by the pair and buckets of tablets.
const round12CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GLUE5,غراء سيراميك شيكارة ٥ كجم,Tile adhesive 5kg,غراء|ghera2|adhesive,مواد,piece,90,500,,
GLUE20,غراء سيراميك شيكارة ٢٠ كجم,Tile adhesive 20kg,غراء كبير,مواد,piece,300,200,,
STR100,مصفاة نحاس ١٠٠ مم,Brass strainer 100mm,مصفاة|masfa|strainer|مصفاة بالوعة|masfa balo3a|drain strainer,سباكة,piece,60,300,نحاس,
STR150,مصفاة نحاس ١٥٠ مم,Brass strainer 150mm,مصفاة كبيرة,سباكة,piece,85,300,نحاس,
STEP5,سلم ألومنيوم ٥ درجات,Aluminium ladder 5 steps,سلم|sellem|ladder,سلالم,piece,900,30,ألومنيوم,
STEP7,سلم ألومنيوم ٧ درجات,Aluminium ladder 7 steps,سلم طويل,سلالم,piece,1300,30,ألومنيوم,
TAPE,شريط تفلون,PTFE tape,تفلون|teflon,سباكة,piece,5,900,,
HINGE10,مفصلة باب نحاس ١٠ سم (الجوز),Brass door hinge 10 cm (pair),مفصلة|mefasla|hinge,مفصلات,piece,70,400,نحاس,
HINGE12,مفصلة باب نحاس ١٢ سم (الجوز),Brass door hinge 12 cm (pair),مفصلة كبيرة,مفصلات,piece,85,400,نحاس,
MIRROR,مراية حمام قص على المقاس,Cut-to-size bathroom mirror,مراية|mraya|mirror,زجاج,sqm,900,,زجاج,فضي|برونزي
`
const round12Vocab = `ابيض, abyad, white => أبيض
فضي, fedy, silver => فضي
برونزي, bronzy, bronze => برونزي
`

func round12Rules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round12CSV, round12Vocab)
}

// TestRules_FigureOnlyASiblingCarries: a weight or a size said that the
// best name lacks and only one other product of its kind carries chooses
// that one, even when the shop's synonym points the bare kind word at
// another; a bare figure its name gives in mm is that size in mm. With no
// figure, or the best's own, the synonym still decides. A part's count
// with its part ("سلم ٧ درجات") chooses so too.
func TestRules_FigureOnlyASiblingCarries(t *testing.T) {
	r := round12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ غراء ٢٠ كيلو", []wantItem{{"GLUE20", 4, "", nil}}},
		{"محتاج غراء ٢٠ كيلو ٢ شيكارة وشريط تفلون", []wantItem{{"GLUE20", 2, "", nil}, {"TAPE", 1, "", nil}}},
		{"3ayez ghera2 20 kilo", []wantItem{{"GLUE20", 1, "", nil}}},
		{"I need 3 adhesive 20 kg", []wantItem{{"GLUE20", 3, "", nil}}},
		{"عايز مصفاة ١٥٠ وشريط تفلون", []wantItem{{"STR150", 1, "", nil}, {"TAPE", 1, "", nil}}},
		{"عايز مصفاة بالوعة ١٥٠ وشريط تفلون", []wantItem{{"STR150", 1, "", []int{15}}, {"TAPE", 1, "", nil}}},
		{"3ayez masfa balo3a 150 w teflon", []wantItem{{"STR150", 1, "", []int{15}}, {"TAPE", 1, "", nil}}},
		{"one drain strainer 150 please", []wantItem{{"STR150", 1, "", []int{15}}}},
		{"عايز سلم ٧ درجات واحد", []wantItem{{"STEP7", 1, "", nil}}},
		{"عايز ٢ سلم ٥ درجات", []wantItem{{"STEP5", 2, "", nil}}},
		{"3ayez sellem 7 daragat", []wantItem{{"STEP7", 1, "", nil}}},
		{"one aluminium ladder 7 steps please", []wantItem{{"STEP7", 1, "", nil}}},
		{"عايز ٣ غراء", []wantItem{{"GLUE5", 3, "", nil}}},
		{"عايز غراء ٥ كيلو", []wantItem{{"GLUE5", 1, "", nil}}},
		{"3ayez 2 masfa", []wantItem{{"STR100", 2, "", nil}}},
	})
}

// TestRules_CountWithItsOwnNoun: a figure followed by the line's own head
// noun said again ("مراية … ٤ مرايات ٥٠ في ٦٠") counts its pieces; for a
// product sold by area it multiplies the size said after it, never a side.
func TestRules_CountWithItsOwnNoun(t *testing.T) {
	r := round12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"مراية حمام فضي ٤ مرايات ٥٠ في ٦٠", []wantItem{{"MIRROR", 1.2, "فضي", []int{50, 60}}}},
		{"عايز مراية برونزي ٣ مراية مقاس ٤٠ في ١٠٠ وشريط تفلون", []wantItem{{"MIRROR", 1.2, "برونزي", []int{40, 100}}, {"TAPE", 1, "", nil}}},
		{"bathroom mirror silver 2 mirrors 50 x 100", []wantItem{{"MIRROR", 1, "فضي", []int{50, 100}}}},
		{"mraya fedy 2 mraya 50 fe 100", []wantItem{{"MIRROR", 1, "فضي", []int{50, 100}}}},
	})
}

// TestRules_SaleUnitAfterTheSize: a figure followed by the unit a product
// is sold in as its name says it ("… (الجوز)", "(pair)") counts those
// units, after the size too; never a part of it nor a side. After the
// line's count it is that count said again.
func TestRules_SaleUnitAfterTheSize(t *testing.T) {
	r := round12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"مفصلة باب نحاس ١٢ سم ٨ جوز", []wantItem{{"HINGE12", 8, "", []int{12}}}},
		{"مفصلة ١٠ سم ٣ جوز\nشريط تفلون ٥", []wantItem{{"HINGE10", 3, "", []int{10}}, {"TAPE", 5, "", nil}}},
		{"mefasla 12 cm 4 pair w teflon", []wantItem{{"HINGE12", 4, "", []int{12}}, {"TAPE", 1, "", nil}}},
		{"brass door hinge 10 cm, 6 pair", []wantItem{{"HINGE10", 6, "", []int{10}}}},
		{"عايز ٤ مفصلة باب ١٠ سم (يعني ٤ جوز)", []wantItem{{"HINGE10", 4, "", []int{10}}}},
	})
}

// TestRules_TwoPeopleOnePack: two people ordering in one message, each
// after a verb of wanting ("انا عايز …، وهي عايزة …"), the second counting
// only packs of the pack the first counted in, with no goods of their own,
// want the same goods: one line, the counts added. Goods named by the
// second are a line of their own.
func TestRules_TwoPeopleOnePack(t *testing.T) {
	r := rulesFrom(t, round12CSV+"SALT,ملح أقراص للسخان شيكارة ٢٥ كجم,Salt tablets 25kg bag,ملح اقراص|mal7 a2ras,مواد,piece,180,200,,\nSALTF,ملح ناعم شيكارة ٢٥ كجم,Fine salt 25kg bag,ملح ناعم,مواد,piece,150,200,,\n", round12Vocab)
	checkCases(t, r, Order, []itemCase{
		{"انا عايز ٣ شيكارة ملح اقراص، وهي عايزة شيكارتين وشريط تفلون", []wantItem{{"SALT", 5, "", nil}, {"TAPE", 1, "", nil}}},
		{"انا محتاج ٢ شيكارة ملح اقراص وهو محتاج ٤ شيكارة", []wantItem{{"SALT", 6, "", nil}}},
		{"ana 3ayez 2 bag mal7 a2ras, w howa 3ayez 3 bag", []wantItem{{"SALT", 5, "", nil}}},
		{"I want 2 bags of salt tablets, and he wants 1 bag", []wantItem{{"SALT", 3, "", nil}}},
		{"انا عايز ٣ شيكارة ملح اقراص، وهو عايز ٢ شيكارة ملح ناعم", []wantItem{{"SALT", 3, "", nil}, {"SALTF", 2, "", nil}}},
	})
}

// TestRules_AccusativeMeasure: a written request's measure words in
// standard Arabic's accusative ("٣ متراً مربعاً", "متراً طولياً") are the
// units, and the reply quotes them as written; a length said with its
// dimension word and "طولي" after the unit ("بطول ٣٠ متر طولي") is running
// metres, how much, no side (the size its name gives stays its size).
func TestRules_AccusativeMeasure(t *testing.T) {
	r := rulesFrom(t, round12CSV+"EDGE,حلية ألومنيوم للمرايات,Aluminium mirror trim,حلية|7elya|trim,مرايات,meter,40,900,ألومنيوم,\nHOSE,خرطوم ري ٢٠ مم,Irrigation hose 20mm,خرطوم|5artoom|hose,خراطيم,meter,12,900,,\n", round12Vocab)
	checkCases(t, r, Order, []itemCase{
		{"مطلوب توريد مراية حمام فضي بمساحة ٣ متراً مربعاً", []wantItem{{"MIRROR", 3, "فضي", nil}}},
		{"نرجو توريد حلية ألومنيوم بطول ١٢ متراً طولياً ومراية برونزي ٢ متر مربع", []wantItem{{"EDGE", 12, "", nil}, {"MIRROR", 2, "برونزي", nil}}},
		{"توريد خرطوم ري ٢٠ مم بطول ٣٠ متراً طولياً", []wantItem{{"HOSE", 30, "", []int{2}}}},
		{"خرطوم ٢٠ مم بطول ١٥ متر طولي وحلية ٤ متر", []wantItem{{"HOSE", 15, "", []int{2}}, {"EDGE", 4, "", nil}}},
		{"bronze bathroom mirror 2 m2 and 7elya 5 metr", []wantItem{{"MIRROR", 2, "برونزي", nil}, {"EDGE", 5, "", nil}}},
	})
	res, err := r.Understand(context.Background(), "حلية ألومنيوم ١٢ متراً طولياً")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].Phrase != "حلية ألومنيوم ١٢ متراً طولياً" {
		t.Errorf("items %+v, want the phrase as written", res.Items)
	}
}

// TestRules_FigureSaidChoosesTheBest: a figure said that the best name
// carries alone and its close rival of the same kind gives otherwise
// ("السلم ٧ درجات بكام" beside the 5-step one) settles the line: no
// question between them.
func TestRules_FigureSaidChoosesTheBest(t *testing.T) {
	r := round12Rules(t)
	for _, text := range []string{"السلم الالومنيوم ٧ درجات سعره كام؟", "bkam el sellem el aluminium 7 daragat?", "how much is the aluminium ladder 7 steps?"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "STEP7" || len(res.Items[0].Ambiguous) > 0 {
			t.Errorf("%s: items %+v, want STEP7 alone", text, res.Items)
		}
	}
}

// TestRules_AmountBeforeWhatItIsFor: an amount right before a word said
// with ل ("٨ متر للسلم": for the staircase) is the line's, though that
// word heads another product: what a thing is for never opens a line.
func TestRules_AmountBeforeWhatItIsFor(t *testing.T) {
	r := round12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"مراية فضي ٤ متر للحمام ومراية برونزي ٢ متر للسلم", []wantItem{{"MIRROR", 4, "فضي", nil}, {"MIRROR", 2, "برونزي", nil}}},
		{"عايز مراية برونزي ٣ متر للسلم وشريط تفلون", []wantItem{{"MIRROR", 3, "برونزي", nil}, {"TAPE", 1, "", nil}}},
	})
}

// TestRules_ShortWordNoBrokenPlural: a short word of a name that shares
// its two consonants with another product's head noun ("كوت" of "بيز كوت"
// beside the head "كيت") is its own word, no broken plural of that head:
// said, it names its product, nothing left unexplained.
func TestRules_ShortWordNoBrokenPlural(t *testing.T) {
	r := rulesFrom(t, round12CSV+"KIT,كيت ترميم بلاط,Tile repair kit,كيت|kit,مواد,piece,120,50,,\nBASE,بيز كوت مائي ٥ لتر,Water base coat 5L,بيز كوت|base coat,مواد,piece,350,40,,\n", round12Vocab)
	for _, tc := range []struct {
		text string
		want []wantItem
	}{
		{"عايز ٢ بيز كوت مائي", []wantItem{{"BASE", 2, "", nil}}},
		{"بيز كوت ٣\nكيت ترميم ١", []wantItem{{"BASE", 3, "", nil}, {"KIT", 1, "", nil}}},
		{"I need 2 base coat and one repair kit", []wantItem{{"BASE", 2, "", nil}, {"KIT", 1, "", nil}}},
	} {
		checkPlaced(t, r, tc.text, Order, tc.want)
	}
}

// TestRules_ForEachOneBefore: "لكل واحد" (for each one) before what is
// asked for each counts the pieces of the line counted just before it, as
// "لكل سلم" would.
func TestRules_ForEachOneBefore(t *testing.T) {
	r := rulesFrom(t, round12CSV+"FOOT,رجل مطاط للسلم,Rubber ladder foot,رجل مطاط|rgl mattat|rubber foot,سلالم,piece,15,500,مطاط,\n", round12Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ سلم ٥ درجات ولكل واحد رجل مطاط", []wantItem{{"STEP5", 4, "", nil}, {"FOOT", 4, "", nil}}},
		{"3ayez 3 sellem 5 daragat w lkol wa7ed rgl mattat", []wantItem{{"STEP5", 3, "", nil}, {"FOOT", 3, "", nil}}},
		{"عايز ٤ سلم ٥ درجات ورجل مطاط واحدة", []wantItem{{"STEP5", 4, "", nil}, {"FOOT", 1, "", nil}}},
		{"4 aluminium ladders 5 steps and a rubber foot for each one", []wantItem{{"STEP5", 4, "", nil}, {"FOOT", 4, "", nil}}},
		// after a pause, the figure and noun of the line's own name ("٧
		// درجات") are its part's count, no places "لكل واحد" counts
		{"عايز ٣ سلم ٧ درجات، لكل واحد فيهم ٢ رجل مطاط", []wantItem{{"STEP7", 3, "", nil}, {"FOOT", 6, "", nil}}},
		{"عايز ٢ سلم ٧ درجات، لكل واحد رجل مطاط", []wantItem{{"STEP7", 2, "", nil}, {"FOOT", 2, "", nil}}},
		{"3ayez 2 sellem 7 daragat, lkol wa7ed fehom 2 rgl mattat", []wantItem{{"STEP7", 2, "", nil}, {"FOOT", 4, "", nil}}},
	})
}

// TestRules_SizeBeforeAndBrokenPlural: "و" joined to a broken plural read
// by its consonants ("ومقابض" → مقبض) is "and" all the same: the size said
// before it stays with the line before, never goes to the next product.
func TestRules_SizeBeforeAndBrokenPlural(t *testing.T) {
	r := rulesFrom(t, round12CSV+"FRONT,ضلفة مطبخ مات,Matt kitchen front,ضلفة مات|dalfa mat|matt front,ضلف,sqm,2000,,MDF,أبيض|رمادي\nPULL,مقبض بار ١٦٠ مم,Bar handle 160mm,مقبض|ma2bad|handle,مقابض,piece,40,500,ستانلس,\n", round12Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ ضلف مات ٥٠ في ٦٠ ومقابض ١٦٠ ستانلس ٤", []wantItem{{"FRONT", 1.2, "", []int{50, 60}}, {"PULL", 4, "", nil}}},
		{"محتاج ٦ ضلفة مات ٤٠ في ٧٠ ومقابض ٦", []wantItem{{"FRONT", 1.68, "", []int{40, 70}}, {"PULL", 6, "", nil}}},
		{"عايز ٤ ضلف مات ٥٠ في ٦٠ ومقبض ١٦٠ ٤", []wantItem{{"FRONT", 1.2, "", []int{50, 60}}, {"PULL", 4, "", nil}}},
		{"4 matt fronts 50 x 60 and 4 handles 160", []wantItem{{"FRONT", 1.2, "", []int{50, 60}}, {"PULL", 4, "", nil}}},
		{"عايز مراية فضي ٢ متر ومرايات برونزي ٣ متر", []wantItem{{"MIRROR", 2, "فضي", nil}, {"MIRROR", 3, "برونزي", nil}}},
	})
}

// TestRules_PutOnOneDocument: the verb that puts the goods on the document
// ("حطوهم في فاتورة واحدة", put them on one invoice) names no goods: every
// word is placed and the lines stay as said.
func TestRules_PutOnOneDocument(t *testing.T) {
	r := round12Rules(t)
	for _, tc := range []struct {
		text string
		want []wantItem
	}{
		{"عايز ٣ غراء ٢٠ كيلو ومصفاة ١٥٠، حطوهم في فاتورة واحدة", []wantItem{{"GLUE20", 3, "", nil}, {"STR150", 1, "", nil}}},
		{"محتاج ٢ شريط تفلون وسلم ٧ درجات، وحطهم كلهم على فاتورة واحدة", []wantItem{{"TAPE", 2, "", nil}, {"STEP7", 1, "", nil}}},
		{"3ayez 2 teflon w sellem 7 daragat, 7otohom fi fatora wa7da", []wantItem{{"TAPE", 2, "", nil}, {"STEP7", 1, "", nil}}},
		{"2 teflon tapes and one ladder 7 steps, put them all on one invoice", []wantItem{{"TAPE", 2, "", nil}, {"STEP7", 1, "", nil}}},
	} {
		checkPlaced(t, r, tc.text, Order, tc.want)
	}
}

// TestRules_EnglishPartCountBeforeNoun: English says a part's count before
// the head noun ("a 7 step ladder"); when a name gives that figure with
// that part it is a word of the name, as "7-step" is, never how many.
func TestRules_EnglishPartCountBeforeNoun(t *testing.T) {
	r := round12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"a 7 step ladder please", []wantItem{{"STEP7", 1, "", nil}}},
		{"one 7 steps ladder", []wantItem{{"STEP7", 1, "", nil}}},
		{"2 teflon tapes and one 7 steps ladder", []wantItem{{"TAPE", 2, "", nil}, {"STEP7", 1, "", nil}}},
		{"I need two 7-step ladders", []wantItem{{"STEP7", 2, "", nil}}},
		{"2 ladders 7 steps", []wantItem{{"STEP7", 2, "", nil}}},
		{"I need 3 adhesive 20 kg", []wantItem{{"GLUE20", 3, "", nil}}},
		{"4 teflon tapes", []wantItem{{"TAPE", 4, "", nil}}},
	})
}

// TestRules_EnglishSquareMetre: English's "square metres", "sq m" and "m²"
// are the square metre, one unit: the amount of a line sold by area.
func TestRules_EnglishSquareMetre(t *testing.T) {
	r := round12Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"I need 3 square metres of bronze mirror", []wantItem{{"MIRROR", 3, "برونزي", nil}}},
		{"silver mirror 2.5 square meters, and a teflon tape", []wantItem{{"MIRROR", 2.5, "فضي", nil}, {"TAPE", 1, "", nil}}},
		{"4 sq m silver mirror", []wantItem{{"MIRROR", 4, "فضي", nil}}},
		{"bronze mirror 2 m², 2 teflon tapes", []wantItem{{"MIRROR", 2, "برونزي", nil}, {"TAPE", 2, "", nil}}},
	})
}

// TestRules_PairBeforeGoods: after a figure and before the goods, "جوز"
// (Franco "goz") is the pair they are counted in, never the walnut colour
// the shop's vocabulary spells the same; after its noun it is the colour.
func TestRules_PairBeforeGoods(t *testing.T) {
	r := rulesFrom(t, round12CSV+"DOOR,باب خشب,Wooden door,باب|bab|door,أبواب,piece,3000,20,خشب,أبيض|جوز\n",
		round12Vocab+"جوز, جوزي, walnut, goz => جوز\n")
	checkCases(t, r, Order, []itemCase{
		{"3ayez 6 goz mefasla 10", []wantItem{{"HINGE10", 6, "", nil}}},
		{"عايز ٤ جوز مفصلة ١٢", []wantItem{{"HINGE12", 4, "", nil}}},
		{"عايز باب خشب جوز", []wantItem{{"DOOR", 1, "جوز", nil}}},
		{"3ayez 2 bab goz", []wantItem{{"DOOR", 2, "جوز", nil}}},
	})
}

// TestRules_KindThenEntriesAfterComma: a kind said in the plural with no
// amount ("white gloss fronts,"), then its own head noun again with a
// count, names the kind of the entries after it, as "…:" does: no line of
// its own, its words and colour passed on.
func TestRules_KindThenEntriesAfterComma(t *testing.T) {
	r := rulesFrom(t, round12CSV+"FRONT,ضلفة مطبخ مات,Matt kitchen front,ضلفة مات|dalfa mat|matt front,ضلف,sqm,2000,,MDF,أبيض|رمادي\nGLOSS,ضلفة مطبخ لامع,Gloss kitchen front,ضلفة لامع|gloss front,ضلف,sqm,2500,,MDF,أبيض|رمادي\n", round12Vocab)
	checkCases(t, r, Order, []itemCase{
		{"I need grey matt fronts, 6 fronts 40 x 70", []wantItem{{"FRONT", 1.68, "رمادي", []int{40, 70}}}},
		{"white gloss fronts please, 8 fronts 35 x 80 and 4 fronts 50 x 60", []wantItem{{"GLOSS", 2.24, "أبيض", []int{35, 80}}, {"GLOSS", 1.2, "أبيض", []int{50, 60}}}},
		{"I need white gloss fronts, 2 teflon tapes", []wantItem{{"GLOSS", 1, "أبيض", nil}, {"TAPE", 2, "", nil}}},
		{"عايز ضلف لامع ابيض، ٦ ضلف ٤٠ في ٧٠ و٢ ضلف ٦٠ في ٧٠", []wantItem{{"GLOSS", 1.68, "أبيض", []int{40, 70}}, {"GLOSS", 0.84, "أبيض", []int{60, 70}}}},
		{"محتاج ضلف مات رمادي، ٤ ضلف ٥٠ في ٦٠", []wantItem{{"FRONT", 1.2, "رمادي", []int{50, 60}}}},
	})
}
