package understand

import (
	"context"
	"testing"
)

// Rounds 14–15's classes left after h15a, on a small linens and sills
// shop written for these tests: bed sheets and blankets by the piece,
// towels named after their town ("El Mahalla"), marble window sills by the
// running metre in a thickness, their fitting.
const round15hCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHEET-PL,ملاية سرير سادة قطن,Plain cotton bed sheet,ملاية سادة,ملايات,piece,450,,قطن,أبيض|بيج|رمادي
SHEET-PR,ملاية سرير مشجرة,Printed bed sheet,ملاية مشجر,ملايات,piece,380,,قطن,
BLANKET,بطانية سويد,Suede blanket,سويد,بطاطين,piece,900,,بوليستر,بيج|رمادي
TOWEL-M,فوطة قطن المحلة,El Mahalla cotton towel,فوطة المحلة,فوط,piece,120,,قطن,
TOWEL-B,فوطة بحر,Beach towel,فوطة شاطئ,فوط,piece,200,,قطن,
SILL-2,عتبة شباك رخام 2 سم,Marble window sill 2 cm,عتبة رخام,عتبات,meter,700,,رخام,أبيض|بيج
SILL-3,عتبة شباك رخام 3 سم,Marble window sill 3 cm,عتبة رخام تقيلة,عتبات,meter,950,,رخام,أبيض|بيج
PANEL,لوح شباك زجاج,Window glass panel,زجاج شباك,زجاج,sqm,600,,زجاج,
FIT,تركيب عتبات (الشقة),Sill fitting (per flat),تركيب|تركيب العتبات,خدمات,piece,500,,,
WASH,غسيل ملايات (للقطعة),Sheet washing (per piece),غسيل|غسيل الملايات,خدمات,piece,40,,,
CUT-AC,فتحة تكييف في الزجاج,AC cut-out in the glass,فتحة تكييف,فتحات,piece,250,,,
`
const round15hVocab = `ملاية, ملايه, ملايات, mela2a, melaya, sheet
بطانية, بطانيه, بطاطين, blanket, bataneya
فوطة, فوطه, فوط, foota, towel
عتبة, عتبه, عتب, 3ataba, sill
شباك, شبابيك, shebak, window
رخام, marble, rokham
أبيض, ابيض, abyad, white => أبيض
بيج, beige, bej => بيج
رمادي, رمادى, ramadi, grey => رمادي
`

func round15hRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round15hCSV, round15hVocab)
}

// TestRules_FeminineWordIsNoBrokenPlural: a name's word in ة that is no
// أفعلة ("ملاية سادة": plain) is that word, never read as the broken
// plural of a head noun sharing its consonants (the blanket's "سويد").
func TestRules_FeminineWordIsNoBrokenPlural(t *testing.T) {
	r := round15hRules(t)
	for _, text := range []string{"عايز ٢ ملاية سادة بيج", "3ayez 2 mela2a sada beige"} {
		t.Run(text, func(t *testing.T) {
			checkPlaced(t, r, text, Order, []wantItem{{"SHEET-PL", 2, "بيج", nil}})
		})
	}
}

// TestRules_FrancoArticleIsNoNameWord: Franco's article "el" is a function
// word even where an English name writes it ("El Mahalla"): never a word
// the product is chosen by, nor one a product lacks.
func TestRules_FrancoArticleIsNoNameWord(t *testing.T) {
	r := round15hRules(t)
	res, err := r.Understand(context.Background(), "3ayez el foota el ba7r")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU != "TOWEL-B" || len(res.Items[0].Lacks) > 0 {
		t.Errorf("items %+v, want the beach towel lacking nothing", res.Items)
	}
	checkCases(t, r, Inquiry, []itemCase{
		{"el foota el ba7r b kam?", []wantItem{{"TOWEL-B", 1, "", nil}}},
	})
}

// TestRules_FrancoConstructState: a Franco word in "-et" is the construct
// state of a noun in ة ("fat7et takyeef": an AC cut-out), one of it —
// never the plural in ات its consonants also spell (the category
// "فتحات", Franco "fat7at").
func TestRules_FrancoConstructState(t *testing.T) {
	r := round15hRules(t)
	for _, text := range []string{"3ayez fat7et takyeef", "3ayez fat7et el takyeef fel ezaz"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].Confidence < 0.8 {
			t.Errorf("%s: items %+v, want one line read surely", text, res.Items)
		}
	}
}

// TestRules_LengthBeforeTheGoodsIsADimension: of goods sold by the
// metre, the length said before them ("٤ متر عتبة …") and a width joined
// to it by "في" after them ("في عرض ٢٥") are one size: both are stated
// dimensions, in the order written. With no such join the figure after
// is the name's own size, the length no dimension ("٢٠ متر نعلة ٧ سم").
func TestRules_LengthBeforeTheGoodsIsADimension(t *testing.T) {
	r := round15hRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ متر عتبة رخام ٢ سم ابيض في عرض ٢٥", []wantItem{{"SILL-2", 4, "أبيض", []int{400, 2, 25}}}},
		{"3ayez 4 metr 3ataba rokham 2 cm abyad fe 3ard 25", []wantItem{{"SILL-2", 4, "أبيض", []int{400, 2, 25}}}},
		{"عايز ٤ متر عتبة رخام ٢ سم ابيض", []wantItem{{"SILL-2", 4, "أبيض", []int{2}}}},
	})
}

// TestRules_RunIsTheLength: English "run" ("for a 4 m run") names the
// running length of goods sold by the metre, a placed word.
func TestRules_RunIsTheLength(t *testing.T) {
	r := round15hRules(t)
	checkPlaced(t, r, "I need white marble sill 2 cm for a 4 m run", Order, []wantItem{{"SILL-2", 4, "أبيض", nil}})
}

// TestRules_FrancoEachOne: Franco "kol wa7da" is "كل واحدة", each one: the
// size after it is every piece's, the count before it stays how many.
func TestRules_FrancoEachOne(t *testing.T) {
	r := round15hRules(t)
	checkPlaced(t, r, "3ayez 2 loo7 shebak kol wa7ed 1 x 1.5", Order, []wantItem{{"PANEL", 3, "", []int{100, 150}}})
}

// TestRules_ServiceAddedToTheList: the shop's own service said as the
// list's next entry ("… والتركيب", "w el tarkib") in a message that asks
// nothing is ordered with the goods; asked with a question mark it stays a
// question for staff.
func TestRules_ServiceAddedToTheList(t *testing.T) {
	r := round15hRules(t)
	checkPlaced(t, r, "عتبة شباك رخام ٢ سم بيج ٤ متر والتركيب", Order, []wantItem{{"SILL-2", 4, "بيج", nil}, {"FIT", 1, "", nil}})
	res, err := r.Understand(context.Background(), "عتبة شباك رخام ٢ سم بيج ٤ متر والتركيب؟")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Service) == 0 {
		t.Errorf("a question about the fitting: no service asked (%+v)", res)
	}
}

// TestRules_SeamAndSagAreDefects: what came unstitched (اتفتق) or sagged
// (هبط) after the shop made it is a complaint, whatever goods it names.
func TestRules_SeamAndSagAreDefects(t *testing.T) {
	r := round15hRules(t)
	checkIntents(t, r, []intentCase{
		{"البطانية اللي خدتها من اسبوع اتفتقت من الجنب", Complaint},
		{"el bataneya elly 5adtaha etfata2et", Complaint},
		{"الملاية اللي جبتها منكم هبطت ولونها باهت، ده انا دافعة فيها كتير", Complaint},
	})
}

// TestRules_OnlyWantedIsNoDiscrepancy: "بس" closing a clause whose want-verb
// comes before it ("محتاجين منكم الملايات بس") narrows the order, and an
// agreement with someone else ("اتفقنا مع النجار") breaks none with the
// shop: a story before an order is no complaint.
func TestRules_OnlyWantedIsNoDiscrepancy(t *testing.T) {
	r := round15hRules(t)
	checkCases(t, r, Order, []itemCase{
		{"انا اللي كلمتك الاسبوع اللي فات. اتفقنا مع النجار على الشبابيك، احنا محتاجين منكم العتب بس: عتبة رخام ٢ سم بيج ٣ متر",
			[]wantItem{{"SILL-2", 3, "بيج", nil}}},
	})
	checkIntents(t, r, []intentCase{
		{"الفوطة اللي خدتها امبارح جات ناقصة بس", Complaint},
	})
}

// TestRules_DecisionOpensTheRequest: a story of something gone bad at home
// that ends in what was decided ("… اتبهدل … فقررنا نركب عتبة …") is the
// order's why: the request is what was decided, no complaint.
func TestRules_DecisionOpensTheRequest(t *testing.T) {
	r := round15hRules(t)
	checkCases(t, r, Order, []itemCase{
		{"الشباك عندي اتركب من سنتين وعتبته كويسة بس الخشب اللي تحتها اتبهدل من المطر 😅 فقررنا نحط عتبة رخام ٢ سم بيج ٣ متر",
			[]wantItem{{"SILL-2", 3, "بيج", nil}}},
	})
}

// TestRules_OwnOldGoodsToldThenNamed: "عندي … قديم" tells the customer's
// own goods; named again in the request after it, the telling is no line
// (one line, not the same line twice), and how the customer will send them
// ("هبعتلكم الملايات مع السواق") is no line either.
func TestRules_OwnOldGoodsToldThenNamed(t *testing.T) {
	r := round15hRules(t)
	checkPlaced(t, r, "عندي ٤ ملايات سادة قديم من ايام امي، عايزة اغسلهم. عايزة غسيل ال٤ ملايات. هبعتلكم الملايات مع السواق يوم السبت",
		Order, []wantItem{{"WASH", 4, "", nil}})
}

// TestRules_EnglishDoneIsContext: an English sentence telling what the
// customer has done ("we just finished the room with the suede blanket",
// "we finished …") names goods they already have: context before the
// request, no line.
func TestRules_EnglishDoneIsContext(t *testing.T) {
	r := round15hRules(t)
	checkCases(t, r, Order, []itemCase{
		{"Hi, we finished the room with a suede blanket. Please send me an invoice for 2 plain sheets in beige.",
			[]wantItem{{"SHEET-PL", 2, "بيج", nil}}},
	})
}
