package understand

import "testing"

// Round 13's talk around an order (branch h14f), on a small shop of kids'
// furniture, lighting rails, curtains and garden wood: a desk and a car bed
// by the piece, a track rail by the metre, a curtain in two widths, decking
// by area and a fence by the metre.
const round13fCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DESK-100,مكتب مذاكرة ١٠٠,Study desk 100,مكتب|maktab|desk,مكاتب,piece,3000,20,,أبيض|أزرق
BED-CAR,سرير عربية,Car bed,سرير عربية|sereer 3arabeya|car bed,سراير,piece,7000,10,,أحمر|أزرق
RAIL,مجرى سبوتات,Track rail,مجرى|track rail|rail,إضاءة,meter,300,100,,أسود|أبيض
ROD,ماسورة ستارة قابلة للمد,Extendable curtain rod,ماسورة|rod,اكسسوار,piece,450,30,,
CURT-140,ستارة جاهزة صوفيا ١٤٠×٢٦٠,Sofia ready curtain 140x260,صوفيا 140,ستائر,piece,900,20,,نبيتي|بيج
CURT-280,ستارة جاهزة صوفيا ٢٨٠×٢٦٠,Sofia ready curtain 280x260,صوفيا 280,ستائر,piece,1500,20,,نبيتي|بيج
DECK,ديك خشب,Wooden decking,ديك|deck|decking,ارضيات,sqm,900,,,طبيعي|جوزي
FENCE,سور خشب,Wooden fence,سور خشب|soor|fence,اسوار,meter,700,,,جوزي
`
const round13fVocab = `ابيض, abyad, white => أبيض
ازرق, azra2, blue => أزرق
احمر, a7mar, red => أحمر
اسود, eswed, black => أسود
جوزي, walnut => جوزي
`

func round13fRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round13fCSV, round13fVocab)
}

// TestRules_TalkAroundOrderRound13: the talk around an order is placed by
// what it is, each class from the language: "برده" (برضه as typed), the
// thanks "كتر خيركم", a family word in Franco ("l ebni"), a district of
// Alexandria or Cairo, the painter and the finishing of a flat ("والنقاش
// مشي", "لسه مخلصين تشطيب", "مهندس تنفيذ"), verbs of telling, knowing,
// starting and working with the shop ("وتقولولنا", "عايز يعرف", "قبل ما
// نبدأ", "هنشتغل معاكم"), an owner under a possessive ("وصاحبها"), "each"
// after one piece's length, a season, "حوالين" (around), rooms in the dual
// ("تراسين"), the shop window and the style, and "خدي الكبيرة ٢٨٠" (take
// the big one, its figure said). The lines stay as asked and nothing is
// unexplained.
func TestRules_TalkAroundOrderRound13(t *testing.T) {
	r := round13fRules(t)
	for _, tt := range []struct {
		class, text string
		want        []wantItem
	}{
		{"also", "عاوز سرير عربية ازرق ومكتب مذاكرة ازرق برده", []wantItem{{"BED-CAR", 1, "أزرق", nil}, {"DESK-100", 1, "أزرق", nil}}},
		{"thanks", "عايز مكتب مذاكرة ابيض، ولو التركيب السبت يبقى كتر خيركم", []wantItem{{"DESK-100", 1, "أبيض", nil}}},
		{"family/franco", "3ayez sereer 3arabeya a7mar l ebni", []wantItem{{"BED-CAR", 1, "أحمر", nil}}},
		{"family/franco", "3ayza maktab abyad lel benti", []wantItem{{"DESK-100", 1, "أبيض", nil}}},
		{"district", "عايز ٦ متر مجرى اسود، الشقة في سموحة", []wantItem{{"RAIL", 6, "أسود", nil}}},
		{"finishing", "احنا لسه مخلصين تشطيب الشقة والنقاش مشي اخيرا، عايزين ٦ متر مجرى اسود", []wantItem{{"RAIL", 6, "أسود", nil}}},
		{"finishing", "انا مهندس تنفيذ، عايز ٦ متر مجرى اسود", []wantItem{{"RAIL", 6, "أسود", nil}}},
		{"talk verbs", "عايز ٦ متر مجرى اسود وتقولولنا التسليم امتى", []wantItem{{"RAIL", 6, "أسود", nil}}},
		{"each", "Please send 2 black track rails 2 m each", []wantItem{{"RAIL", 4, "أسود", []int{200}}}},
		{"season", "عايز ديك خشب طبيعي ٤ في ٣ قبل الصيف", []wantItem{{"DECK", 12, "طبيعي", []int{400, 300}}}},
		{"season", "I need wooden decking 4 x 3 in natural before the summer", []wantItem{{"DECK", 12, "طبيعي", []int{400, 300}}}},
		{"around", "محتاج سور خشب جوزي ١٢ متر حوالين الجنينة", []wantItem{{"FENCE", 12, "جوزي", []int{1200}}}},
		{"around", "I need 12 m of wooden fence in walnut around the garden", []wantItem{{"FENCE", 12, "جوزي", nil}}},
		{"rooms in the dual", "الفيلا فيها تراسين، عايز ديك خشب طبيعي ٤ في ٣", []wantItem{{"DECK", 12, "طبيعي", []int{400, 300}}}},
		{"shop window", "شفت الستارة الصوفيا النبيتي في الفاترينة، فالبنت بتقول خدي الكبيرة ٢٨٠", []wantItem{{"CURT-280", 1, "نبيتي", []int{280}}}},
		{"style", "عايز ستارة صوفيا ١٤٠ بيج بنفس الستايل", []wantItem{{"CURT-140", 1, "بيج", []int{140}}}},
	} {
		t.Run(tt.class+"/"+tt.text, func(t *testing.T) {
			checkPlaced(t, r, tt.text, Order, tt.want)
		})
	}
	// a price asked around the same talk
	for _, text := range []string{
		"انا مهندس تنفيذ وصاحبها عايز يعرف التكلفة قبل ما نبدأ. ممكن عرض سعر ل ٦ متر مجرى اسود؟ لو السعر كويس هنشتغل معاكم",
		"ana mohandes w sa7b el sha2a 3ayez ye3raf el taklefa. momken se3r 6 metr magra eswed?",
	} {
		t.Run("inquiry/"+text, func(t *testing.T) {
			checkPlaced(t, r, text, Inquiry, []wantItem{{"RAIL", 6, "أسود", nil}})
		})
	}
}

// TestRules_NameWordSaidAsVerb: what a line's product does, said as a
// present verb of a word of its own name ("ماسورة بتتمد" of "… قابلة
// للمد"), is the product described; a verb no name holds stays
// unexplained.
func TestRules_NameWordSaidAsVerb(t *testing.T) {
	r := round13fRules(t)
	checkPlaced(t, r, "محتاج ٤ ماسورة ستارة بيتمد", Order, []wantItem{{"ROD", 4, "", nil}})
	checkPlaced(t, r, "عايز ماسورة تتمد لحد ٣ متر", Order, []wantItem{{"ROD", 1, "", nil}})
	res := understandText(t, r, "محتاج ٤ ماسورة ستارة بيتكسر")
	if len(res.Unexplained) == 0 && res.Intent == Order {
		t.Errorf("a verb of no name's word placed: %+v", res)
	}
}

// TestRules_TalkAroundOrderRound13NeedsAnOrder: the new talk words place
// nothing alone, and a verbal noun of the work is talk only beside who does
// it: "عايز تنفيذ" (the work asked, no goods) is no order placed.
func TestRules_TalkAroundOrderRound13NeedsAnOrder(t *testing.T) {
	r := round13fRules(t)
	for _, text := range []string{
		"عايز ٦ متر مجرى اسود وتنفيذ",
		"عايز ٦ متر مجرى اسود ومقص",
		"عايز سرير دورين ومعاه مكتب مذاكرة ابيض", // a bunk bed the shop lacks: "دورين" describes it
	} {
		res := understandText(t, r, text)
		if len(res.Unexplained) == 0 && len(res.Items) < 2 {
			t.Errorf("%s: all placed %+v; the last word is no talk", text, res)
		}
	}
}

// TestRules_CorrectionNamesTheLine: "لا" (or wait words) then an earlier
// line's head noun with the article, then the correction cue and an
// amount ("… لا المكاتب خليهم ٣ بس", Franco "la el maktab khalihom 3",
// "no, the desks make them 3") corrects that line's amount; no line of
// its own, and no colour asked again.
func TestRules_CorrectionNamesTheLine(t *testing.T) {
	r := round13fRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ مكتب مذاكرة ابيض وسرير عربية احمر.. لا المكاتب خليهم ٣ بس", []wantItem{{"DESK-100", 3, "أبيض", nil}, {"BED-CAR", 1, "أحمر", nil}}},
		{"عايز ٤ مكتب مذاكرة ابيض وسرير عربية احمر.. لا استنى السرير خليه ٢", []wantItem{{"DESK-100", 4, "أبيض", nil}, {"BED-CAR", 2, "أحمر", nil}}},
		{"3ayez 4 maktab abyad w sereer 3arabeya a7mar.. la el maktab khalihom 3 bas", []wantItem{{"DESK-100", 3, "أبيض", nil}, {"BED-CAR", 1, "أحمر", nil}}},
		{"4 white study desks and a red car bed.. no, the desks make them 3", []wantItem{{"DESK-100", 3, "أبيض", nil}, {"BED-CAR", 1, "أحمر", nil}}},
	})
}

// TestRules_FamilyMemberOrders: a family member said after و ("والواد
// حفيدي عايز …", "w el wad 7afidi 3ayez …") is who wants the next goods,
// never a line of a product the shop lacks swallowing them.
func TestRules_FamilyMemberOrders(t *testing.T) {
	r := round13fRules(t)
	for _, text := range []string{
		"عايزة مكتب مذاكرة ابيض، والواد حفيدي عايز سرير عربية ازرق",
		"عايزة مكتب مذاكرة ابيض، والبنت عايزة سرير عربية ازرق",
		"3ayza maktab abyad, w el wad 7afidi 3ayez sereer 3arabeya azra2",
	} {
		t.Run(text, func(t *testing.T) {
			checkPlaced(t, r, text, Order, []wantItem{{"DESK-100", 1, "أبيض", nil}, {"BED-CAR", 1, "أزرق", nil}})
		})
	}
}

// TestRules_WhenAskedThroughTelling: a question of when asked through a
// verb of telling, the cue closing it ("وقولي التركيب امتى", Franco "w
// 2oly el tarkib emta", "and tell me when the installation is"), is the
// customer's question (Result.Service), no line of the service.
func TestRules_WhenAskedThroughTelling(t *testing.T) {
	r := round13fRules(t)
	for _, tt := range []struct {
		text  string
		color string
	}{
		{"عايز ديك خشب طبيعي ٤ في ٣، وقولي التركيب امتى", "طبيعي"},
		{"عايز ديك خشب طبيعي ٤ في ٣، ياريت تبعتولنا الفاتورة وتقولولنا التركيب امتى", "طبيعي"},
		{"3ayez deck 4 x 3 w 2oly el tarkib emta", ""},
		{"I need wooden decking 4 x 3 in natural, and tell me when the installation is", "طبيعي"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			checkPlaced(t, r, tt.text, Order, []wantItem{{"DECK", 12, tt.color, []int{400, 300}}})
			if res := understandText(t, r, tt.text); len(res.Service) == 0 {
				t.Errorf("no question of when kept: %+v", res)
			}
		})
	}
}

// TestRules_StoryBeforeTheList: what the customer wants to do, said before
// the list's heading ("عايزين نعمل جلسة حلوة نقعد فيها بالليل. المطلوب:
// …"), is the story and the goods are the list's; with no heading the
// thing to make stays unexplained (it may be goods the shop lacks).
func TestRules_StoryBeforeTheList(t *testing.T) {
	r := round13fRules(t)
	checkPlaced(t, r, "احنا استلمنا شاليه والجنينة فاضية، عايزين نعمل جلسة حلوة نقعد فيها بالليل. المطلوب: ديك خشب طبيعي ٤ في ٣", Order,
		[]wantItem{{"DECK", 12, "طبيعي", []int{400, 300}}})
	if res := understandText(t, r, "عايزين نعمل جلسة حلوة، وديك خشب طبيعي ٤ في ٣"); len(res.Unexplained) == 0 {
		t.Errorf("no heading: the thing to make placed: %+v", res)
	}
}

// TestRules_MeasureOfAnUnreadNoun: after و, a length or an area after a
// piece line with its count, before a noun the catalog lacks ("٢ سرير
// عربية احمر و٢٠ متر نجيلة صناعي"), measures that noun: a line of its
// own for a person, never the piece's size; a product the shop sells
// after it is its line as before.
func TestRules_MeasureOfAnUnreadNoun(t *testing.T) {
	r := round13fRules(t)
	res := understandText(t, r, "عايز ٢ سرير عربية احمر و٢٠ متر نجيلة صناعي")
	if len(res.Items) != 2 || res.Items[0].SKU != "BED-CAR" || len(res.Items[0].DimsCM) > 0 || res.Items[1].SKU != "" {
		t.Errorf("items %+v, want the bed alone and a line of no product", res.Items)
	}
	checkPlaced(t, r, "عايز ٢ سرير عربية احمر و٢٠ متر سور خشب جوزي", Order, []wantItem{{"BED-CAR", 2, "أحمر", nil}, {"FENCE", 20, "جوزي", nil}})
}

// TestRules_WhenAskedKeepsCountedGoods: goods counted or coloured between
// the verb of telling and the cue ("وقولي مكتب ابيض هيوصل
// امتى") are left as said, never set aside as the question.
func TestRules_WhenAskedKeepsCountedGoods(t *testing.T) {
	r := round13fRules(t)
	res := understandText(t, r, "عايز ديك خشب طبيعي ٤ في ٣، وقولي مكتب ابيض هيوصل امتى")
	found := false
	for _, it := range res.Items {
		found = found || it.SKU == "DESK-100"
	}
	if !found {
		t.Errorf("the counted desks set aside as a question: %+v", res.Items)
	}
}
