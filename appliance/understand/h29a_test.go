package understand

import (
	"slices"
	"strings"
	"testing"

	"fatoora/catalog"
)

// Round 29's first-contact classes of quantities, packs, sizes and figures
// (branch h29a), on a small plant nursery of its own (none of the blind
// sets' catalogs or sentences): a foliar feed in a 1 kg bag and a 25 kg
// sack, seedling cups whose head noun "كاسة" shares its consonants with
// the pack word "كيس", a pot in glass, a nutrient solution in a bottle,
// gardening gloves in three sizes (S, M, L), seedling cups single and by
// the carton of 100, a hand sprayer of 2 L and of 750 ml.
const h29aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FEED-1,سماد ورقي 19-19-19 كيس 1 كيلو,Foliar feed 19-19-19 1 kg pouch,سماد ورقي,أسمدة,piece,120,50,,
FEED-25,سماد ورقي 19-19-19 شيكارة 25 كيلو,Foliar feed 19-19-19 25 kg bag,سماد ورقي شيكارة,أسمدة,piece,2400,10,,
CUP-SEED,كاسة زرع بلاستيك,Seedling cup,كاسات زرع,أصص,piece,2,1000,بلاستيك,
CUP-100,كاسات زرع بلاستيك كرتونة 100,Seedling cups carton of 100,كرتونة كاسات,أصص,piece,150,30,بلاستيك,
POT-20,قصرية بلاستيك 20 سم,Plastic pot 20 cm,قصرية 20,أصص,piece,25,100,بلاستيك,أسود|أبيض
POT-30,قصرية زجاج 30 سم,Glass pot 30 cm,قصرية 30,أصص,piece,40,100,زجاج,أسود|أبيض
SPRAY,رشاشة يد 2 لتر,Hand sprayer 2 L,رشاشة,أدوات,piece,150,20,,
SPRAY-750,رشاشة يد 750 مللي,Hand sprayer 750 ml,,أدوات,piece,90,20,,
NUTR,محلول مغذي 1 لتر,Nutrient solution 1 L,محلول,أسمدة,piece,90,40,,
GLOVE-S,جوانتي زراعة مقاس S,Gardening gloves size S,,أدوات,piece,60,20,,أخضر|رمادي
GLOVE-M,جوانتي زراعة مقاس M,Gardening gloves size M,,أدوات,piece,60,20,,أخضر|رمادي
GLOVE-L,جوانتي زراعة مقاس L,Gardening gloves size L,,أدوات,piece,60,20,,أخضر|رمادي
`

const h29aVocab = `سماد, fertilizer
اخضر, خضرا, green => أخضر
رمادي, grey => رمادي
`

// TestRules_BottlesCounted: a count of bottles before the goods they hold
// ("٦ ازايز محلول"، "ازازتين"، "٤ زجاجات"، "4 bottles") counts the goods,
// as "٦ علب" does: the Egyptian bottle (ازازة، ازايز) is never the glass
// (ازاز) a product is made of, nor a word left unexplained.
func TestRules_BottlesCounted(t *testing.T) {
	r := rulesFrom(t, h29aCSV, h29aVocab)
	for _, c := range []itemCase{
		{"٦ ازايز محلول مغذي", []wantItem{{"NUTR", 6, "", nil}}},
		{"٤ زجاجات محلول مغذي", []wantItem{{"NUTR", 4, "", nil}}},
		{"ازازتين محلول مغذي", []wantItem{{"NUTR", 2, "", nil}}},
		{"دستة ازايز محلول مغذي", []wantItem{{"NUTR", 12, "", nil}}},
		{"4 bottles nutrient solution", []wantItem{{"NUTR", 4, "", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
}

// TestRules_PackWordNoBrokenPlural: a pack word in a product's own name
// ("سماد ورقي … كيس 1 كيلو") is that pack, never the broken plural of a
// head noun sharing its consonants ("كاسة"): "٣ كيس سماد ورقي" is the
// bag, not the sack an English name calls a bag.
func TestRules_PackWordNoBrokenPlural(t *testing.T) {
	r := rulesFrom(t, h29aCSV, h29aVocab)
	checkCases(t, r, Order, []itemCase{
		{"٣ كيس سماد ورقي", []wantItem{{"FEED-1", 3, "", nil}}},
		{"٢ شيكارة سماد ورقي", []wantItem{{"FEED-25", 2, "", nil}}},
	})
}

// TestRules_GradeOneWord: figures joined by dashes with no space, three
// or more ("١٩-١٩-١٩", a fertiliser's grade), are one word of the goods'
// naming, as a name writes them: never a count of 19, nor sizes that
// choose a variant; a grade no name has is a word not understood, never
// lost (the goods then asked, not dropped).
func TestRules_GradeOneWord(t *testing.T) {
	r := rulesFrom(t, h29aCSV, h29aVocab)
	checkCases(t, r, Order, []itemCase{
		{"٣ كيس سماد ورقي ١٩-١٩-١٩", []wantItem{{"FEED-1", 3, "", []int{}}}},
		{"٢ سماد ورقي ١٩-١٩-١٩ الكيلو", []wantItem{{"FEED-1", 2, "", []int{}}}},
		{"2 foliar feed 19-19-19 1 kg", []wantItem{{"FEED-1", 2, "", []int{}}}},
	})
	for _, text := range []string{"عايز سماد ورقي ١٩-١٩-١٩", "I need foliar feed 19-19-19", "3ayez semad wara2y 19-19-19"} {
		res := understandText(t, r, text)
		if got := linesAsked(res); !slices.Equal(got, []string{"FEED-1", "FEED-25"}) {
			t.Errorf("%s: asked %v, want FEED-1 and FEED-25", text, got)
		}
		for _, it := range res.Items {
			if it.Quantity != catalog.One || len(it.DimsCM) > 0 {
				t.Errorf("%s: %s ×%s dims %v, want 1 and no size", text, it.SKU, it.Quantity, it.DimsCM)
			}
		}
	}
	res := understandText(t, r, "٢ سماد ورقي ٢٠-٢٠-٢٠")
	if !slices.Contains(res.Unexplained, "٢٠-٢٠-٢٠") || len(res.Items) == 0 {
		t.Errorf("a grade no name has: unexplained %q, items %+v; want the grade unexplained and the goods asked", res.Unexplained, res.Items)
	}
}

// TestRules_SizeLetters: a size a name gives as a letter ("مقاس M") is a
// size, never the metre its letter is written as, so goods made in sizes
// said with none are asked which; a size said as a word ("لارج", "ميديم",
// "سمول", "size M") chooses the variant whose name says it, a count after
// و and the size word ("واتنين مقاس ميديم") counting that variant; a size
// no name has ("اكس لارج") invoices none.
func TestRules_SizeLetters(t *testing.T) {
	r := rulesFrom(t, h29aCSV, h29aVocab)
	checkCases(t, r, Order, []itemCase{
		{"جوانتي زراعة مقاس لارج رمادي واتنين مقاس ميديم اخضر", []wantItem{{"GLOVE-L", 1, "رمادي", nil}, {"GLOVE-M", 2, "أخضر", nil}}},
		{"gardening gloves size M green", []wantItem{{"GLOVE-M", 1, "أخضر", nil}}},
		{"جوانتي زراعة سمول اخضر", []wantItem{{"GLOVE-S", 1, "أخضر", nil}}},
		{"جوانتي زراعة M رمادي", []wantItem{{"GLOVE-M", 1, "رمادي", nil}}},
	})
	for _, text := range []string{"عايز جوانتي زراعة اخضر", "٢ جوانتي زراعة اكس لارج اخضر"} {
		res := understandText(t, r, text)
		if got := linesAsked(res); !slices.Equal(got, []string{"GLOVE-L", "GLOVE-M", "GLOVE-S"}) {
			t.Errorf("%s: asked %v, want the three sizes", text, got)
		}
	}
}

// h29aSignsCSV: a sign maker's door numbers in two sizes, the figure the
// customer's own ("رقم باب نحاس 10 سم": no figure after رقم), and a sign.
const h29aSignsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DNUM-10,رقم باب نحاس 10 سم,Brass door number 10 cm,رقم نحاس صغير,أرقام,piece,40,100,نحاس,ذهبي|فضي
DNUM-15,رقم باب نحاس 15 سم,Brass door number 15 cm,رقم نحاس كبير,أرقام,piece,60,100,نحاس,ذهبي|فضي
PLATE,يافطة شقة اكريليك,Acrylic flat sign,يافطة,لافتات,piece,150,20,اكريليك,أسود|أبيض
SCREW,مسمار تثبيت,Fixing screw,مسمار,اكسسوار,piece,1,1000,حديد,
`

// TestRules_FiguresShown: where a product's names say "رقم" (number) with
// no figure after it, "رقم ٥" is the figure the piece shows, never a
// count or a size; several ("رقم ١ ورقم ٤", "ارقام باب ٢ و٥ و٩", "number
// 3 and number 8", Franco "ra2am 5 we ra2am 7") are that many pieces
// unless a count was said; one with no size said asks which size.
func TestRules_FiguresShown(t *testing.T) {
	r := rulesFrom(t, h29aSignsCSV, "دهبي, ذهبي, gold => ذهبي\nفضي, silver => فضي\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز رقم ١ ورقم ٤ نحاس ١٠ سم دهبي", []wantItem{{"DNUM-10", 2, "ذهبي", nil}}},
		{"ارقام باب ٢ و٥ و٩ نحاس ١٥ سم فضي", []wantItem{{"DNUM-15", 3, "فضي", nil}}},
		{"٣ ارقام باب ٢ و٥ و٩ نحاس ١٥ سم فضي", []wantItem{{"DNUM-15", 3, "فضي", nil}}},
		{"brass door number 3 and number 8, 15 cm, gold", []wantItem{{"DNUM-15", 2, "ذهبي", nil}}},
		{"3ayez ra2am bab 5 we ra2am 7 ne7as 10 cm fadi", []wantItem{{"DNUM-10", 2, "فضي", nil}}},
	})
	res := understandText(t, r, "عايز رقم باب ٧ نحاس فضي")
	if got := linesAsked(res); !slices.Equal(got, []string{"DNUM-10", "DNUM-15"}) {
		t.Errorf("one number, no size: asked %v, want both sizes", got)
	}
	for _, it := range res.Items {
		if it.Quantity != catalog.One {
			t.Errorf("one number, no size: %s ×%s, want 1", it.SKU, it.Quantity)
		}
	}
}

// TestRules_AgeTurning: the years a birthday completes ("بنتي هتكمل ١٨
// سنة", "ابني هيتم ٥ سنين") are a person's age, set aside: no figure
// or word left unread beside the order.
func TestRules_AgeTurning(t *testing.T) {
	r := rulesFrom(t, h29aSignsCSV, "دهبي, ذهبي, gold => ذهبي\nفضي, silver => فضي\n")
	checkPlaced(t, r, "ابني هيتم ٥ سنين، عايز يافطة شقة اكريليك اسود", Order, []wantItem{{"PLATE", 1, "أسود", nil}})
}

// TestRules_PackOrLoose: a pack said in the dual before goods sold both in
// that pack and singly ("كرتونتين كاسات زرع") is two of the pack, as "٢
// كرتونة" is, never two single cups; "فرط" (loose, by the piece) after
// goods no name calls so says the single piece, placed; a millilitre
// written "مل" is the catalog's "مللي".
func TestRules_PackOrLoose(t *testing.T) {
	r := rulesFrom(t, h29aCSV, h29aVocab)
	for _, c := range []itemCase{
		{"كرتونتين كاسات زرع و٥٠ كاسة زرع فرط", []wantItem{{"CUP-100", 2, "", nil}, {"CUP-SEED", 50, "", nil}}},
		{"عايز كرتونتين كاسات زرع", []wantItem{{"CUP-100", 2, "", nil}}},
		{"عايز ٥٠ كاسة زرع فرط", []wantItem{{"CUP-SEED", 50, "", nil}}},
		{"عايز رشاشة ٧٥٠ مل", []wantItem{{"SPRAY-750", 1, "", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
}

// TestRules_CountLoweredPhrase: a count the customer lowers after ("عايز ٢
// قصرية … لا معلش خليها واحدة بس", "no make it one") is the line's
// count, and the figure taken back is no word of its phrase: one piece,
// never "a count of 2 said and not read".
func TestRules_CountLoweredPhrase(t *testing.T) {
	r := rulesFrom(t, h29aCSV, h29aVocab)
	for _, c := range []struct{ text, sku, taken string }{
		{"عايز ٢ قصرية زجاج ٣٠ سم اسود.. لا معلش خليها واحدة بس", "POT-30", "٢"},
		{"I need 2 seedling cups carton of 100, no make it one", "CUP-100", "2"},
	} {
		res := understandText(t, r, c.text)
		if len(res.Items) != 1 || res.Items[0].SKU != c.sku || res.Items[0].Quantity != catalog.One {
			t.Errorf("%s: %+v, want one %s", c.text, res.Items, c.sku)
			continue
		}
		if slices.Contains(strings.Fields(res.Items[0].Phrase), c.taken) {
			t.Errorf("%s: phrase %q holds the count taken back", c.text, res.Items[0].Phrase)
		}
	}
}
