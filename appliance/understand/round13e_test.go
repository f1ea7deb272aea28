package understand

import (
	"context"
	"testing"
)

// Round 13's classes left after first contact, on a small shop of wall
// finishes and stone: wallpapers sold by the roll (one whose names give no
// roll), gypsum and PVC panels, PVC skirting by the metre, marble treads
// by the metre and marble by the m².
const round13eCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WP-WIDE,ورق حائط عريض,Wide wallpaper roll,رول عريض|ورق عريض,ورق حائط,piece,900,100,فينيل,بيج|رمادي
WP-KIDS,ورق حائط أطفال,Kids wallpaper roll,ورق اطفال,ورق حائط,piece,500,100,ورق,وردي|أزرق
WP-PLAIN,ورق حائط سادة,Plain wallpaper,ورق سادة,ورق حائط,piece,300,100,ورق,أبيض|رمادي
PNL-GYP,بانوه جبس,Gypsum panel,بانوه جبس|جبس,بانوهات,piece,95,600,جبس,
PNL-PVC,بانوه PVC,PVC panel,بانوه بلاستيك,بانوهات,piece,60,800,PVC,أبيض|أسود
SKIRT,وزرة PVC,PVC skirting,وزرة|نعلة,تشطيبات,meter,60,600,PVC,أبيض|أسود
TREAD,درجة سلم رخام,Marble stair tread,درجة رخام,درج,meter,650,,رخام,
MARBLE,رخام صني,Sunny marble,صني|رخام صني مينا,رخام,sqm,650,400,رخام,
`
const round13eVocab = `ورق حائط, ورق حيطة, wallpaper
رول, رولة, رولات
بانوه, بانوهات, banoh, panel, panels
ابيض, abyad, white => أبيض
اسود, eswed, black => أسود
بمبي, وردي, bamby, pink => وردي
رمادي, grey, gray => رمادي
`

func round13eRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round13eCSV, round13eVocab)
}

// TestRules_MetreLineIsNoCover: a line measured in metres ("20 m of PVC
// skirting") is no piece, so the product noun after its material is the
// line's own noun, never a fabric covering a piece of that material.
func TestRules_MetreLineIsNoCover(t *testing.T) {
	r := round13eRules(t)
	checkCases(t, r, Order, []itemCase{
		{"please invoice 20 m of PVC skirting in white", []wantItem{{"SKIRT", 20, "أبيض", nil}}},
		{"please invoice 30 gypsum panels and 20 m of PVC skirting in black", []wantItem{{"PNL-GYP", 30, "", nil}, {"SKIRT", 20, "أسود", nil}}},
		{"عايز ٢٠ متر PVC وزرة ابيض", []wantItem{{"SKIRT", 20, "أبيض", nil}}},
		{"3ayez 20 metr PVC wazra eswed", []wantItem{{"SKIRT", 20, "أسود", nil}}},
	})
}

// TestRules_PackTheNameGives: a pack word after a count ("١٠ رول ورق
// اطفال") before the noun of goods whose own names give that pack in
// another language ("Kids wallpaper roll") is the pack they are counted
// in, never a kind the product lacks though another product's synonym
// starts with it. Goods whose names give no such pack still lack it: a
// person offers what comes in rolls.
func TestRules_PackTheNameGives(t *testing.T) {
	r := round13eRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايزة ١٠ رول ورق اطفال بمبي", []wantItem{{"WP-KIDS", 10, "وردي", nil}}},
		{"عايزة ١٠ رول ورق اطفال بمبي.. لا استني خليهم ٨ بس الاوضة صغيرة", []wantItem{{"WP-KIDS", 8, "وردي", nil}}},
		{"3ayza 10 rol wara2 atfal bamby", []wantItem{{"WP-KIDS", 10, "وردي", nil}}},
		{"I need 10 rolls of pink kids wallpaper", []wantItem{{"WP-KIDS", 10, "وردي", nil}}},
	})
	for _, text := range []string{"عايزة ١٠ رول ورق اطفال بمبي", "3ayza 10 rol wara2 atfal bamby"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || len(res.Items[0].Lacks) > 0 || res.Items[0].Confidence < 0.9 {
			t.Errorf("%s: items %+v, want the kids' wallpaper, sure, lacking nothing", text, res.Items)
		}
	}
	res, err := r.Understand(context.Background(), "عايز ١٠ رول ورق سادة ابيض")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU == "WP-PLAIN" && len(res.Items[0].Lacks) == 0 {
		t.Errorf("a roll asked of a wallpaper whose names give none: items %+v, want it lacking the roll", res.Items)
	}
}

// TestRules_FrancoSIsNoPlural: a Franco word ending in s whose consonants
// with the s are a catalog word's ("gebs": جبس) is that word, never an
// English plural of a shorter word ("geb" would be اجيب, I bring).
func TestRules_FrancoSIsNoPlural(t *testing.T) {
	r := round13eRules(t)
	for _, tt := range []struct {
		text   string
		intent Intent
		want   []wantItem
	}{
		{"kam se3r el banoh el gebs?", Inquiry, []wantItem{{"PNL-GYP", 1, "", nil}}},
		{"3ayez 10 banoh gebs", Order, []wantItem{{"PNL-GYP", 10, "", nil}}},
		{"بكام البانوه الجبس؟", Inquiry, []wantItem{{"PNL-GYP", 1, "", nil}}},
		{"how much is the gypsum panel?", Inquiry, []wantItem{{"PNL-GYP", 1, "", nil}}},
		// an English plural is still one
		{"I need 10 gypsum panels", Order, []wantItem{{"PNL-GYP", 10, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkItems(t, r, tt.text, tt.intent, tt.want) })
	}
}

// TestRules_TalkAroundTheOrder: the conversation and the schedule around
// an order are placed, no goods and nothing left unexplained: verbs of
// calling, agreeing and putting off ("هنكلم حضرتك نتفق", "الحمام التالت
// هنأجله"), how a price seems ("لو السعر مناسب", "reasonable"), the
// building trades ("وخلصنا السباكة"), the customer's own car ("التوصيل
// هيبقى بعربية من عندنا"), the shop's page the goods were seen on ("زي
// اللي على الصفحة", "on your page"), a woman's thanks ("متشكرة"), and
// English places along a piece ("along the front").
func TestRules_TalkAroundTheOrder(t *testing.T) {
	r := round13eRules(t)
	for _, tt := range []struct {
		text   string
		intent Intent
		want   []wantItem
	}{
		{"ابعتلي عرض سعر ل ٢٠ متر وزرة ابيض، ولو السعر مناسب هنكلم حضرتك نتفق", Inquiry, []wantItem{{"SKIRT", 20, "أبيض", nil}}},
		{"عايز ٣ بانوه جبس.. لا خليهم ٢ بس، الحمام التالت هنأجله", Order, []wantItem{{"PNL-GYP", 2, "", nil}}},
		{"احنا خلصنا السباكة، عايز ١٠ متر وزرة اسود والتوصيل هيبقى بعربية من عندنا", Order, []wantItem{{"SKIRT", 10, "أسود", nil}}},
		{"I need 10 m of PVC skirting in white along the front wall", Order, []wantItem{{"SKIRT", 10, "أبيض", nil}}},
		{"عايزة ١٠ متر وزرة ابيض زي اللي على الصفحة، متشكرة جدا", Order, []wantItem{{"SKIRT", 10, "أبيض", nil}}},
		{"I need 10 m of PVC skirting in white like the one on your page", Order, []wantItem{{"SKIRT", 10, "أبيض", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) { checkPlaced(t, r, tt.text, tt.intent, tt.want) })
	}
	// a talk verb's stem alone, no prefix, names nothing placed
	if talkVerb("كلم") || !talkVerb("هنكلمك") || !talkVerb("نتفق") || !talkVerb("هنأجله") && !talkVerb("هناجله") {
		t.Errorf("talkVerb: a stem with a verb prefix is a verb, the bare stem is not")
	}
}

// TestRules_StoryBeforeTheRequest: "المهم" (anyway) and a want after a
// story that holds no figure and no want of its own ("والسلم لسه خرسانة …
// نصحني اكسيه زان بدل الرخام … المهم عايز …") makes what was told the
// story of the order: no line of its words, nothing unexplained. A
// request said before "المهم" is still read.
func TestRules_StoryBeforeTheRequest(t *testing.T) {
	r := round13eRules(t)
	checkPlaced(t, r, "انا لسه مستلم الشقة والسلم الداخلي لسه خرسانة على المحارة، والمهندس نصحني اكسيه رخام بدل السيراميك 😅 المهم عايز ١٦ درجة رخام",
		Order, []wantItem{{"TREAD", 16, "", nil}})
	checkPlaced(t, r, "el sha2a lessa 5arsana w el mohandes nasa7ny bel ra5am, el mohem 3ayez 16 daraga ra5am",
		Order, []wantItem{{"TREAD", 16, "", nil}})
	checkItems(t, r, "عايز ١٠ متر وزرة ابيض، المهم عايز كمان ٣ بانوه جبس", Order,
		[]wantItem{{"SKIRT", 10, "أبيض", nil}, {"PNL-GYP", 3, "", nil}})
}

// TestRules_LengthOfThePiece: "طول الدرجة" with the head noun of the line
// just counted gives each piece's length, as "كل درجة" does: the count
// times that length, one piece's length its size.
func TestRules_LengthOfThePiece(t *testing.T) {
	r := round13eRules(t)
	checkCases(t, r, Order, []itemCase{
		{"محتاج ١٨ درجة رخام، طول الدرجة متر و٢٠ سم", []wantItem{{"TREAD", 21.6, "", []int{120}}}},
		{"محتاج ١٨ درجة رخام، كل درجة متر و٢٠ سم", []wantItem{{"TREAD", 21.6, "", []int{120}}}},
	})
}

// TestRules_SurfaceOfEachPlace: the part of each place counted ("٣
// حمامات، ارضية كل واحد ٢×١.٥") says each place's size, as "كل واحد"
// right after them does: a product sold by area covers them all.
func TestRules_SurfaceOfEachPlace(t *testing.T) {
	r := round13eRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عندي ٣ حمامات، ارضية كل واحد ٢×١.٥، وعايز لهم رخام صني مينا", []wantItem{{"MARBLE", 9, "", []int{200, 150}}}},
		{"عندي ٣ حمامات، كل واحد ٢×١.٥، وعايز رخام صني مينا", []wantItem{{"MARBLE", 9, "", []int{200, 150}}}},
	})
}

// TestRules_PriceAsTheReason: a price word after "عشان" (because) says why
// this product was chosen ("عشان سعره معقول"), no price asked: an order
// stays an order.
func TestRules_PriceAsTheReason(t *testing.T) {
	r := round13eRules(t)
	checkPlaced(t, r, "عايز ٢٠ متر رخام صني عشان سعره معقول", Order, []wantItem{{"MARBLE", 20, "", nil}})
	checkPlaced(t, r, "3ayez 20 metr ra5am sunny 3ashan se3ro ma3qool", Order, []wantItem{{"MARBLE", 20, "", nil}})
	res, err := r.Understand(context.Background(), "رخام صني سعره كام؟")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent != Inquiry {
		t.Errorf("a price asked: intent %s, want inquiry", res.Intent)
	}
}

// TestRules_AllInTheColour: "كله لون طبيعي" (all of it, colour natural),
// Franco "kolo lon natural", English "all colour white": the colour of
// every line said before that has none, as "كله ابيض" is.
func TestRules_AllInTheColour(t *testing.T) {
	r := round13eRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ١٠ متر وزرة و٥ بانوه بلاستيك، كله لون ابيض", []wantItem{{"SKIRT", 10, "أبيض", nil}, {"PNL-PVC", 5, "أبيض", nil}}},
		{"3ayez 10 metr wazra w 5 banoh PVC, kolo lon eswed", []wantItem{{"SKIRT", 10, "أسود", nil}, {"PNL-PVC", 5, "أسود", nil}}},
		{"I need 10 m of PVC skirting and 5 PVC panels, all colour white", []wantItem{{"SKIRT", 10, "أبيض", nil}, {"PNL-PVC", 5, "أبيض", nil}}},
	})
}

// TestRules_NotCarriedBesideALine: a thing the shop does not sell, said
// after و with its own amount ("وباركيه ٨ مللي ١٥ متر", "وسجادة ٢ متر"),
// is a line of its own (no product, its size kept) a person reads, even when its word starts with ب;
// the line before it keeps its product and is no thing unknown.
func TestRules_NotCarriedBesideALine(t *testing.T) {
	r := round13eRules(t)
	for _, text := range []string{
		"عايز ٤ رول ورق اطفال بمبي وباركيه ٨ مللي ١٥ متر للاوضة",
		"عايز ٤ رول ورق اطفال بمبي وسجادة ٢ متر",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			var known, unread int
			for _, it := range res.Items {
				switch {
				case it.SKU == "WP-KIDS":
					known++
				case it.SKU == "" && len(it.DimsCM) > 0:
					unread++
				}
			}
			if known != 1 || unread != 1 || len(res.Items) != 2 {
				t.Errorf("items %+v, want the kids' wallpaper and one unread line", res.Items)
			}
		})
	}
	// "وبسرعة": a preposition's object after و, no thing asked
	checkItems(t, r, "عايز ٤ رول ورق اطفال بمبي وبسرعة", Order, []wantItem{{"WP-KIDS", 4, "وردي", nil}})
}
