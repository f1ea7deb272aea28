package understand

import (
	"context"
	"testing"
)

// Round 14's first-contact classes, on a small finishing shop: gypsum
// boards by the sheet (a 12.5 mm and a 9.5 mm one), interior and exterior
// painting by m², artificial grass by m², a garden light made in warm and
// white, and a shower cabin with its installation.
const round14CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BOARD-12,لوح جبس بورد عادي 12.5 مم,Standard gypsum board 12.5 mm,لوح عادي,ألواح,piece,265,400,,
BOARD-9,لوح جبس بورد أسقف 9.5 مم,Ceiling gypsum board 9.5 mm,لوح اسقف,ألواح,piece,235,400,,
PAINT-IN,تشطيب دهانات داخلي معجون ووشين,Interior painting service,نقاشة داخلي,خدمات,sqm,95,,,
PAINT-EXT,دهان واجهات خارجي,Exterior facade painting service,نقاشة خارجي|دهان واجهة,خدمات,sqm,130,,,
PAINT-OIL,دهان زيت لامع جالون,Gloss enamel gallon,زيت جالون,دهانات,piece,650,20,,أبيض|أسود
GRASS-20,نجيلة صناعي 20 مم,Artificial grass 20 mm,نجيلة رفيعة,نجيلة,sqm,210,400,,
SPIKE,كشاف حديقة بشوكة,Garden spike light,كشاف شوكة|كشاف جنينة,إضاءة,piece,420,50,,وورم|أبيض
CABIN,كابينة شاور ركنة 90×90,Corner shower cabin 90x90,كابينة دش 90,كبائن,piece,14500,4,,كروم|أسود
CABIN-FIX,تركيب كابينة شاور,Shower cabin installation,تركيب كابينة,خدمات,piece,1200,,,
`
const round14Vocab = `نجيلة, نجيله, naggila, grass
كشاف, كشافات, light
كابينة, كابينه, kabina, cabin
أبيض, ابيض, abyad, white => أبيض
أسود, اسود, eswed, black => أسود
كروم, krom, chrome => كروم
وورم, وارم, اصفر, warm => وورم
`

func round14Rules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round14CSV, round14Vocab)
}

// TestRules_EnglishPluralSpellsNoFrancoWord: an English plural ("flower
// beds") is read as English; its stem is never taken for the Franco
// spelling of a catalog word ("bed", the consonants of ابيض), so no colour
// the customer did not say is read into a line of a product made in
// several. A colour said in any language is still read.
func TestRules_EnglishPluralSpellsNoFrancoWord(t *testing.T) {
	r := round14Rules(t)
	for _, text := range []string{
		"I need 5 garden spike lights for the flower beds",
		"عايز ٥ كشاف جنينة للزرع اللي في الحوض",
		"3ayez 5 kashaf shoka lel zar3",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || res.Items[0].SKU != "SPIKE" || res.Items[0].Color != "" {
				t.Errorf("items %+v, want the spike light with no colour", res.Items)
			}
		})
	}
	checkCases(t, r, Order, []itemCase{
		{"I need 5 white garden spike lights for the flower beds", []wantItem{{"SPIKE", 5, "أبيض", nil}}},
		{"3ayez 5 kashaf shoka abyad", []wantItem{{"SPIKE", 5, "أبيض", nil}}},
		{"عايز ٥ كشاف جنينة ابيض", []wantItem{{"SPIKE", 5, "أبيض", nil}}},
	})
}

// TestRules_FrancoVowelsOverACueWord: a Franco word whose consonants spell
// both a cue or filler word and a catalog word ("loo7": the filler ليها
// and the board's لوح are both l-h) is the catalog word when its vowels
// are that word's (o for the و of لوح), so "loo7 el 9.5" is the 9.5 mm
// board asked about, not 9.5 of it.
func TestRules_FrancoVowelsOverACueWord(t *testing.T) {
	r := round14Rules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"el loo7 el 3ady 12.5 b kam? w loo7 el 9.5 bta3 el as2of?", []wantItem{{"BOARD-12", 1, "", nil}, {"BOARD-9", 1, "", nil}}},
		{"اللوح العادي ١٢.٥ بكام؟ واللوح ال ٩.٥ بتاع الاسقف؟", []wantItem{{"BOARD-12", 1, "", nil}, {"BOARD-9", 1, "", nil}}},
	})
	checkCases(t, r, Order, []itemCase{
		{"3ayez 20 loo7 9.5", []wantItem{{"BOARD-9", 20, "", nil}}},
		{"عايز ٢٠ لوح ٩.٥", []wantItem{{"BOARD-9", 20, "", nil}}},
		{"I need 20 ceiling boards 9.5 mm", []wantItem{{"BOARD-9", 20, "", nil}}},
	})
}

// TestRules_OppositeAdjectiveDecides: one of two opposite adjectives said
// of a line (داخلي / خارجي, interior / exterior, indoor / outdoor) decides
// between the products naming them: never the one whose name says the
// other, and a product naming the word said before one naming neither.
func TestRules_OppositeAdjectiveDecides(t *testing.T) {
	r := round14Rules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"سعر متر الدهان الداخلي كام بالمعجون؟", []wantItem{{"PAINT-IN", 1, "", nil}}},
		{"how much is interior painting per metre?", []wantItem{{"PAINT-IN", 1, "", nil}}},
	})
	checkCases(t, r, Order, []itemCase{
		{"عايز دهان واجهات خارجي ١٠٠ متر", []wantItem{{"PAINT-EXT", 100, "", nil}}},
		{"I need exterior painting 100 m2", []wantItem{{"PAINT-EXT", 100, "", nil}}},
		{"I need interior painting 100 m2", []wantItem{{"PAINT-IN", 100, "", nil}}},
	})
	for _, text := range []string{
		"سعر متر الدهان الداخلي كام بالمعجون؟",
		"بكام الدهان الداخلي؟",
		"عايز دهان داخلي ١٠٠ متر",
		"se3r metr el dehan el dakhly kam?",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range res.Items {
				if it.SKU == "PAINT-EXT" {
					t.Errorf("items %+v: the exterior painting for an interior one", res.Items)
				}
			}
		})
	}
}

// TestRules_AreaCorrectedInMetres: an area said in m² and corrected in
// "متر" ("١٥ متر مربع.. لا خليها ١٨ متر", Franco "la khaleeha 18 metr",
// "no, make it 18 m") is the area corrected, shop talk for m², never the
// first area kept.
func TestRules_AreaCorrectedInMetres(t *testing.T) {
	r := round14Rules(t)
	checkCases(t, r, Order, []itemCase{
		{"نجيلة ٢٠ مم ١٥ متر مربع\nلا خليها ١٨ متر عشان الممر", []wantItem{{"GRASS-20", 18, "", nil}}},
		{"عايز ١٥ متر مربع نجيلة ٢٠ مم.. لا خليهم ١٨ متر", []wantItem{{"GRASS-20", 18, "", nil}}},
		{"3ayz 15 metr moraba3 naggila 20 mm, la khaleeha 18 metr", []wantItem{{"GRASS-20", 18, "", nil}}},
		{"I need 15 m2 of 20 mm grass, no make it 18 m", []wantItem{{"GRASS-20", 18, "", nil}}},
	})
}

// TestRules_CorrectionCountsTheGoodsItNames: a corrected count with the
// goods' head noun after it ("لا خليهم ٢ كابينة") corrects the line whose
// own head noun that is (the cabins), never a service line after it whose
// name also says it (the cabin's installation).
func TestRules_CorrectionCountsTheGoodsItNames(t *testing.T) {
	r := round14Rules(t)
	for _, text := range []string{
		"عاوز كابينه شاور ركنه ٩٠×٩٠ كروم وتركيبها.. لا خليهم ٢ كابينة",
		"عاوز كابينه شاور ركنه ٩٠×٩٠ كروم وتركيبها\nلا استنى خليهم اتنين كابينة مش واحده عشان الحمامين، وتركيب للاتنين",
		"3ayez kabina shower rokna 90x90 krom w tarkib kabina.. la khalihom 2 kabina",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range res.Items {
				if it.SKU == "CABIN" && it.Quantity.Float() != 2 {
					t.Errorf("items %+v: the cabins corrected to 2", res.Items)
				}
			}
			if len(res.Items) == 0 || res.Items[0].SKU != "CABIN" {
				t.Errorf("items %+v, want the cabin first", res.Items)
			}
		})
	}
}

// round14PaintCSV: one brand's paint in a gallon and a bucket beside
// another brand's, and grass laid by the shop.
const round14PaintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FEN-G,جوتن فينوماستيك بلاستيك مطفي جالون,Jotun Fenomastic matt gallon,,دهانات داخلية,piece,1150,30,,أبيض|بيج
FEN-B,جوتن فينوماستيك بلاستيك مطفي بستلة,Jotun Fenomastic matt bucket,,دهانات داخلية,piece,2950,18,,أبيض|بيج
SIP-G,سايبس بلاستيك 7 جالون,Sipes plastic 7 gallon,,دهانات داخلية,piece,420,60,,أبيض|بيج
SIP-B,سايبس بلاستيك 7 بستلة,Sipes plastic 7 bucket,,دهانات داخلية,piece,1350,25,,أبيض|بيج
GRASS-30,نجيلة صناعي 30 مم,Artificial grass 30 mm,,نجيلة,sqm,285,300,,
GRASS-FIX,تركيب نجيلة صناعي,Artificial grass installation,تركيب نجيلة,نجيلة,sqm,45,,,
`
const round14PaintVocab = `جالون, جلن, galon, gallon
بستلة, بستله, جردل, bastela, bucket
جوتن, jotun
فينوماستيك, fenomastic
نجيلة, نجيله, naggila, grass
أبيض, ابيض, abyad, white => أبيض
بيج, beige => بيج
`

// TestRules_PackOfTheLineBefore: a pack said alone after a line ("و جالون
// بيج" after "٢ بستلة جوتن فينوماستيك", "and a gallon in beige", "w galon
// beige") is that line's product in the other pack — the close product
// sharing most of its name — not a question of which paint. With no line
// before it, or none standing out, it stays a question.
func TestRules_PackOfTheLineBefore(t *testing.T) {
	r := rulesFrom(t, round14PaintCSV, round14PaintVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ بستلة جوتن فينوماستيك ابيض و جالون بيج", []wantItem{{"FEN-B", 2, "أبيض", nil}, {"FEN-G", 1, "بيج", nil}}},
		{"عايز ٢ بستلة سايبس ٧ ابيض و جالون بيج", []wantItem{{"SIP-B", 2, "أبيض", nil}, {"SIP-G", 1, "بيج", nil}}},
		{"I need 2 buckets of Jotun Fenomastic white and a gallon in beige", []wantItem{{"FEN-B", 2, "أبيض", nil}, {"FEN-G", 1, "بيج", nil}}},
		{"3ayez 2 bastela jotun fenomastic abyad w galon beige", []wantItem{{"FEN-B", 2, "أبيض", nil}, {"FEN-G", 1, "بيج", nil}}},
	})
	checkCases(t, r, Inquiry, []itemCase{
		{"بكام جالون الجوتن فينوماستيك وبكام البستلة؟", []wantItem{{"FEN-G", 1, "", nil}, {"FEN-B", 1, "", nil}}},
	})
	res, err := r.Understand(context.Background(), "عايز جالون بيج")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || len(res.Items[0].Ambiguous) == 0 {
		t.Errorf("items %+v, want one line left between the gallons", res.Items)
	}
}

// TestRules_SizeBeforeWithService: a size of two sides said of goods
// right before "مع التركيب" / "with the installation" / "ma3 el tarkib"
// is the goods' size; the service with them takes their area (and their
// size), never the goods left asking for one.
func TestRules_SizeBeforeWithService(t *testing.T) {
	r := rulesFrom(t, round14PaintCSV, round14PaintVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز نجيلة صناعي ٣٠ مم مقاس ٦ متر في ٤ متر مع التركيب", []wantItem{{"GRASS-30", 24, "", []int{600, 400}}, {"GRASS-FIX", 24, "", []int{600, 400}}}},
		{"عايز نجيلة صناعي ٣٠ مم ٦ في ٤ مع التركيب", []wantItem{{"GRASS-30", 24, "", []int{600, 400}}, {"GRASS-FIX", 24, "", []int{600, 400}}}},
		{"3ayez naggila 30 mm 6 metr fi 4 metr ma3 el tarkib", []wantItem{{"GRASS-30", 24, "", []int{600, 400}}, {"GRASS-FIX", 24, "", []int{600, 400}}}},
		{"I need 30 mm artificial grass 6 m by 4 m with the installation", []wantItem{{"GRASS-30", 24, "", []int{600, 400}}, {"GRASS-FIX", 24, "", []int{600, 400}}}},
	})
}

// TestRules_SoundFemininePlural: the sound plural of a head noun ending
// in ة ("ترابيزات" of ترابيزة, a word the shop may use only as a category)
// names that noun, several of it: an order to read (and ask which one),
// never a greeting. English says its own plural ("tables").
func TestRules_SoundFemininePlural(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TBL-60,ترابيزة كافيه مربعة 60×60,Square café table 60x60,,ترابيزات,piece,2200,40,,
TBL-120,ترابيزة مستطيلة 120×70,Rectangular table 120x70,,ترابيزات,piece,3900,15,,
UMB,شمسية كافيه 3 متر,Café umbrella 3 m,,مظلات,piece,4200,10,,بيج|رمادي
`
	r := rulesFrom(t, csv, "ترابيزة, ترابيزه, طاولة, table\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ ترابيزات مربعة ٦٠ في ٦٠", []wantItem{{"TBL-60", 4, "", []int{60, 60}}}},
		{"عايز ٣ شمسيات بيج", []wantItem{{"UMB", 3, "بيج", nil}}},
	})
	for _, text := range []string{"عايز ١٠ ترابيزات", "I need 10 tables"} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if res.Intent != Order || len(res.Items) != 1 || res.Items[0].Quantity.Float() != 10 {
				t.Errorf("intent %s items %+v, want an order of 10 tables (which one asked)", res.Intent, res.Items)
			}
		})
	}
}

// TestRules_FrancoPrepositionApart: a name's word with a preposition on
// it ("مقاوم للرطوبة") is spelt by its own consonants when Franco writes
// the preposition apart ("moqawem lel ro6oba") or leaves it out, as the
// Arabic "مقاوم رطوبة" is read by the letters.
func TestRules_FrancoPrepositionApart(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MR,لوح جبس أخضر مقاوم للرطوبة,Moisture resistant board,لوح اخضر,ألواح,piece,340,150,,
STD,لوح جبس عادي,Standard board,لوح ابيض,ألواح,piece,265,400,,
`
	r := rulesFrom(t, csv, "")
	for _, text := range []string{"3ayz 30 loo7 akhdar moqawem lel ro6oba", "3ayz 30 loo7 moqawem ro6oba", "عايز ٣٠ لوح اخضر مقاوم للرطوبة"} {
		t.Run(text, func(t *testing.T) {
			checkPlaced(t, r, text, Order, []wantItem{{"MR", 30, "", nil}})
		})
	}
}

// TestRules_SetNamedByItsParts: a set said by its parts ("طقم خارجي
// ترابيزة و٤ كراسي", Franco "ta2m … tarabeeza w 4 karasy") is the set whose
// name lists them ("طقم … ترابيزة + 4 كراسي"), one line, its count the
// set's; corrected after ("… لا خليهم ٣"), the sets' count changes. A set
// and chairs of another kind ("طقم خارجي و٤ كراسي بلاستيك") stay two lines.
func TestRules_SetNamedByItsParts(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SET-4,طقم كافيه خارجي ألومنيوم ترابيزة + 4 كراسي,Aluminium outdoor set table + 4 chairs,طقم خارجي 4 كراسي,أطقم,piece,14500,8,,رمادي|أسود
SET-2,طقم بلكونة ألومنيوم ترابيزة + 2 كرسي,Aluminium balcony set table + 2 chairs,طقم بلكونة,أطقم,piece,7900,10,,رمادي|أبيض
CHAIR,كرسي بلاستيك خارجي,Outdoor plastic chair,كرسي بلاستيك,كراسي,piece,780,200,,أبيض|رمادي
TABLE,ترابيزة كافيه مربعة 60×60,Square café table,,ترابيزات,piece,2200,40,,
`
	r := rulesFrom(t, csv, "كرسي, كراسي, karasy, chair\nترابيزة, ترابيزه, tarabeeza, table\nطقم, ta2m, set\nرمادي, رصاصي, rasasy, grey => رمادي\nخارجي, kharegy\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ طقم خارجي ترابيزة و٤ كراسي رمادي", []wantItem{{"SET-4", 4, "رمادي", nil}}},
		{"عايز ٤ طقم خارجي ترابيزة و٤ كراسي رمادي… لا معلش خليهم ٣", []wantItem{{"SET-4", 3, "رمادي", nil}}},
		{"3ayez 4 ta2m kharegy tarabeeza w 4 karasy rasasy", []wantItem{{"SET-4", 4, "رمادي", nil}}},
		{"عايز طقم بلكونة ترابيزة و ٢ كرسي ابيض", []wantItem{{"SET-2", 1, "أبيض", nil}}},
	})
	res, err := r.Understand(context.Background(), "عايز طقم خارجي و٤ كراسي بلاستيك رمادي")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 2 {
		t.Errorf("items %+v, want the set and the plastic chairs apart", res.Items)
	}
}

// TestRules_LikenedToIsNoLine: a noun the shop does not know, said after
// "زي"/"like"/"zay" beside an order, is what the goods are likened to
// (a look described): the order is read and nothing is left unexplained.
// A noun after "like" that is a product is still that product's word.
func TestRules_LikenedToIsNoLine(t *testing.T) {
	r := round14Rules(t)
	for _, text := range []string{
		"عايز ٥ كشاف جنينة وورم زي الفنادق",
		"I need 5 warm garden spike lights like the hotels",
		"3ayez 5 kashaf shoka warm zay el fanade2",
	} {
		t.Run(text, func(t *testing.T) {
			checkPlaced(t, r, text, "", []wantItem{{"SPIKE", 5, "وورم", nil}})
		})
	}
	// with no order beside it, the likening explains nothing
	res, err := r.Understand(context.Background(), "عايز حاجة زي الفنادق")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) == 0 {
		t.Errorf("nothing unexplained in a message naming no goods: %+v", res)
	}
}

// TestRules_ComingToCollectIsNoLine: the customer's coming to take the
// goods ("هاعدي اخدها بكرة", "ha3ady a5odha bokra") is when they are
// collected: the order is read and nothing is left unexplained.
func TestRules_ComingToCollectIsNoLine(t *testing.T) {
	r := round14Rules(t)
	for _, text := range []string{
		"عايز ٥ كشاف جنينة ابيض، هاعدي اخدهم بكرة",
		"عايز ٥ كشاف جنينة ابيض هنيجي ناخدهم بكرة",
		"3ayez 5 kashaf shoka abyad, ha3ady a5odhom bokra",
	} {
		t.Run(text, func(t *testing.T) {
			checkPlaced(t, r, text, "", []wantItem{{"SPIKE", 5, "أبيض", nil}})
		})
	}
}

// TestRules_ColourCodeWord: "كود"/"رقم"/"code"/"kod" before a figure the
// shop's vocabulary names as a colour (9010 => أبيض) says the figure is
// that colour's code: the line is read in that colour, the code word with
// it, and the figure is no amount. Before a figure no colour is named by,
// the code word explains nothing.
func TestRules_ColourCodeWord(t *testing.T) {
	r := rulesFrom(t, round14CSV, round14Vocab+"أبيض, 9010 => أبيض\n")
	for _, text := range []string{
		"عايز ٢ زيت جالون كود 9010",
		"عايز ٢ زيت جالون رقم ٩٠١٠ للاوضة",
		"I need 2 gloss enamel gallons code 9010",
		"3ayez 2 zeit galon kod 9010",
	} {
		t.Run(text, func(t *testing.T) {
			checkPlaced(t, r, text, "", []wantItem{{"PAINT-OIL", 2, "أبيض", nil}})
		})
	}
	res, err := r.Understand(context.Background(), "عايز ٢ زيت جالون كود 5555")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.Color != "" {
			t.Errorf("a code no colour is named by read as %q", it.Color)
		}
	}
}

// TestRules_ThanksClauseIsPoliteness: thanks beside an order, to the end
// of its clause ("وبجد شكرا على صبركم", "تسلم يا حاج", "شكرا مقدما",
// "thanks a lot for your patience", "shokran 3ala sabrko"), is politeness:
// the order is read and nothing is left unexplained. Goods said after the
// thanks in the same clause are still read.
func TestRules_ThanksClauseIsPoliteness(t *testing.T) {
	r := round14Rules(t)
	for _, text := range []string{
		"عايز ٥ كشاف جنينة ابيض. وبجد شكرا على صبركم",
		"عايز ٥ كشاف جنينة ابيض، تسلم يا حاج",
		"عايز ٥ كشاف جنينة ابيض. شكرا مقدما",
		"I need 5 white garden spike lights. Thanks a lot for your patience",
		"3ayez 5 kashaf shoka abyad, shokran 3ala sabrko",
	} {
		t.Run(text, func(t *testing.T) {
			checkPlaced(t, r, text, "", []wantItem{{"SPIKE", 5, "أبيض", nil}})
		})
	}
	checkCases(t, r, Order, []itemCase{
		{"شكرا ومعاهم ٢ زيت جالون اسود وعايز ٥ كشاف جنينة ابيض", []wantItem{{"PAINT-OIL", 2, "أسود", nil}, {"SPIKE", 5, "أبيض", nil}}},
	})
}

// TestRules_WorkTheGoodsAreFor: a service the shop sells named right after
// "عشان"/"3ashan" with no amount, after goods ordered, is what the goods
// are for (the customer builds it with them), no line of its own. Said
// with its own size, or alone, it is a line.
func TestRules_WorkTheGoodsAreFor(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
STUD,قائم معدني ستاد 70 مم,Metal stud 70 mm,ستاد 70,قطاعات,meter,38,3000,,
TRACK,مجرى معدني تراك 70 مم,Metal track 70 mm,تراك 70,قطاعات,meter,32,3000,,
PART,تنفيذ قاطوع جبس بورد,Drywall partition,قاطوع|بارتيشن,تنفيذ,sqm,650,,,
`
	r := rulesFrom(t, csv, "قاطوع, qato3, 2ato3\nستاد, stud\nتراك, track\n")
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠ متر ستاد ٧٠ و ١٠ متر تراك ٧٠ عشان قاطوع في الاوضة", []wantItem{{"STUD", 10, "", nil}, {"TRACK", 10, "", nil}}},
		{"3ayz 10 metr stud 70 w 10 metr track 70 3ashan qato3 fel oda", []wantItem{{"STUD", 10, "", nil}, {"TRACK", 10, "", nil}}},
		{"عايز ١٠ متر ستاد ٧٠ وقاطوع ٣ في ٢", []wantItem{{"STUD", 10, "", nil}, {"PART", 6, "", []int{300, 200}}}},
	})
}

// TestRules_CustomSizeIsWorkToOrder: a kind asked in "مقاس خاص" (custom
// size, "ma2as khas") that no product is (close ones lacking what was said,
// or a kind several share) is left unread for a person, never offered the
// standard products or asked which of them. Without "مقاس خاص" the
// standard ones are still offered.
func TestRules_CustomSizeIsWorkToOrder(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TBL-60,ترابيزة مربعة 60 سم,Square table 60 cm,ترابيزة 60,ترابيزات,piece,1800,40,معدن,
TBL-70,ترابيزة مربعة 70 سم,Square table 70 cm,ترابيزة 70,ترابيزات,piece,2100,40,معدن,
`
	r := rulesFrom(t, csv, "ترابيزة, ترابيزه, tarabeza, table\n")
	for _, text := range []string{
		"عايز ١٠ ترابيزات مقاس خاص ٢٢٠×٩٠ خشب جوز، ينفع؟",
		"3ayez 10 tarabezat ma2as khas 220x90 khashab goz, yenfa3?",
		"I need 10 tables, custom size 220x90 in walnut wood, possible?",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range res.Items {
				if it.SKU != "" || len(it.Ambiguous) > 0 {
					t.Errorf("line %+v, want it unread with no substitutes", it)
				}
			}
		})
	}
	res, err := r.Understand(context.Background(), "عايز ١٠ ترابيزات خشب جوز")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || len(res.Items[0].Ambiguous) == 0 {
		t.Errorf("items %+v, want the tables' substitutes offered with no custom size asked", res.Items)
	}
}
