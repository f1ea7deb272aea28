package understand

import (
	"context"
	"testing"
)

// TestRules_TalkPlaced: the talk around an order is placed by what it is,
// so a message that is all order and talk is explained: the Gulf's words
// of returnees, a letter doubled for stress, who the goods are for, the
// name a document is made out to, a blessing, who is speaking, a visit
// told, a comparison or a discount asked beside a price.
func TestRules_TalkPlaced(t *testing.T) {
	r := classesRules(t)
	for _, tt := range []struct {
		text   string
		intent Intent
		want   []wantItem
	}{
		// the Gulf
		{"ابغى ٢ اوكرة دهبي، زين؟", Order, []wantItem{{"LEVER", 2, "ذهبي", nil}}},
		{"أبي ٤ متر كرانيش ابيض، وايد مستعجل الله يعافيك", Order, []wantItem{{"TRIM", 4, "أبيض", nil}}},
		{"عطني ٣ كالون للبيت حقي يعطيك العافية", Order, []wantItem{{"LOCK", 3, "", nil}}},
		// stress and urgency
		{"عااايز ٢ كالون ضرووري قبل الخميس", Order, []wantItem{{"LOCK", 2, "", nil}}},
		// who it is for, and how they are
		{"بجهز شقة ابني، محتاج ٢ حلق ام دي اف ابيض", Order, []wantItem{{"FRAME", 2, "أبيض", nil}}},
		{"الوالد تعبان بقاله اسبوعين ومحتاجين مرتبة اطفال", Order, []wantItem{{"MAT", 1, "", nil}}},
		// the name on the bill, Arabic and English ("Green" is no colour)
		{"عايز ٢ كالون والفاتورة تبقى باسم مدام هالة", Order, []wantItem{{"LOCK", 2, "", nil}}},
		{"Please send 2 cylinder locks and issue the invoice to Green Valley Resort", Order, []wantItem{{"LOCK", 2, "", nil}}},
		// a blessing, who speaks, a visit
		{"ربنا يخليكم، عايز ٢ كالون", Order, []wantItem{{"LOCK", 2, "", nil}}},
		{"معاك منى، عايزة ٣ اوكر اسود", Order, []wantItem{{"LEVER", 3, "أسود", nil}}},
		{"انا كنت عندكو الاسبوع اللي فات، عايز ٢ كالون", Order, []wantItem{{"LOCK", 2, "", nil}}},
		// a comparison or a discount beside a price: a quote of what is named
		{"الفرق في السعر بين باب ام دي اف 80 وباب ام دي اف 90 كام؟", Inquiry, []wantItem{{"DR-80", 1, "", nil}, {"DR-90", 1, "", nil}}},
		{"لو اخدت ١٠ كالون بكام؟ وفيه خصم؟", Inquiry, []wantItem{{"LOCK", 10, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			checkPlaced(t, r, tt.text, tt.intent, tt.want)
		})
	}
}

// TestRules_ComparedSize: one size said in a comparison of two pieces is
// both pieces'.
func TestRules_ComparedSize(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOFT,مرتبة سوفت,Soft mattress,,مراتب,piece,5000,9,,
HARD,مرتبة هارد,Hard mattress,,مراتب,piece,5500,9,,
PILLOW,مخدة فايبر,Fibre pillow,,مخدات,piece,200,50,,
`, "")
	for _, text := range []string{
		"ايه الفرق بين المرتبة السوفت والهارد؟ وسعر كل واحدة كام مقاس ١٢٠×١٩٠",
		"بكام المرتبة السوفت والمرتبة الهارد مقاس ١٢٠×١٩٠؟ وفيه فرق كبير بينهم؟",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Inquiry || len(res.Items) != 2 {
			t.Fatalf("%s: %s %d items, want an inquiry of 2: %+v", text, res.Intent, len(res.Items), res.Items)
		}
		for _, it := range res.Items {
			if len(it.DimsCM) != 2 || it.DimsCM[0] != 120 || it.DimsCM[1] != 190 {
				t.Errorf("%s: %s dims %v, want [120 190]", text, it.SKU, it.DimsCM)
			}
		}
	}
}

// TestRules_PraiseIsThanks: praise or thanks that name a product, with
// nothing counted or asked, are thanks (no line); an order between "Hi"
// and "Thanks" stays an order, even in words the catalog does not list.
func TestRules_PraiseIsThanks(t *testing.T) {
	r := classesRules(t)
	for _, text := range []string{
		"الأوكر طلعت تحفة ربنا يكرمكم",
		"الكنبة الجلد تجنن ❤️",
		"the leather sofa arrived 👍",
		"Thank you so much, the door looks great",
		"el okar gamda awy, shokran",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Other {
			t.Errorf("%s: intent %s, want other (%+v)", text, res.Intent, res.Items)
		}
	}
	// "تمام" confirming a line is no praise of goods that came
	checkItems(t, r, "اوكرة دهبي تمام كده", Order, []wantItem{{"LEVER", 1, "ذهبي", nil}})
	checkItems(t, r, "Hi, I need 2 white MDF door frames and 3 cylinder locks. Thanks", Order,
		[]wantItem{{"FRAME", 2, "أبيض", nil}, {"LOCK", 3, "", nil}})
	res, err := r.Understand(context.Background(), "Hi, please send 4 veneer panels and 2 magnetic catches. Thanks!")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent != Order || len(res.Items) == 0 || res.Items[0].SKU != "" || !res.Items[0].Unread {
		t.Errorf("an order in words the catalog lacks: %s %+v, want an order with an unread line", res.Intent, res.Items)
	}
}

// TestRules_ComparedTo: "X compared to Y", "X vs Y" ask both prices.
func TestRules_ComparedTo(t *testing.T) {
	r := classesRules(t)
	checkItems(t, r, "How much is the crib mattress compared to the spring mattress?", Inquiry,
		[]wantItem{{"MAT", 1, "", nil}, {"MAT120", 1, "", nil}})
	checkItems(t, r, "How much is the hinge kit vs the cylinder lock?", Inquiry,
		[]wantItem{{"KIT", 1, "", nil}, {"LOCK", 1, "", nil}})
}

// TestRules_WhenAsked: a question of when or how long beside an order
// ("وامتى توصلوها؟", the Gulf's "ووش أسرع وقت توصلون؟", "كم يوم ياخذ …؟",
// Franco "emta", English "how long") names no line, leaves no word
// unexplained and is kept for staff in Result.Service; the order stays.
func TestRules_WhenAsked(t *testing.T) {
	r := classesRules(t)
	for _, tc := range []itemCase{
		{"عايز ٣ كالون و٢ حلق ام دي اف ابيض، وامتى ممكن توصلوهم؟",
			[]wantItem{{"LOCK", 3, "", nil}, {"FRAME", 2, "أبيض", nil}}},
		{"أبغى ٤ اوكر دهبي وكالونين، ووش أقرب وقت تركبونها؟",
			[]wantItem{{"LEVER", 4, "ذهبي", nil}, {"LOCK", 2, "", nil}}},
		{"ابي ٢٠ متر كرانيش ابيض، وكم يوم ياخذ تركيب الكرانيش؟",
			[]wantItem{{"TRIM", 20, "أبيض", nil}}},
		{"3ayez 2 kalon, w emta momken tewasaloh?",
			[]wantItem{{"LOCK", 2, "", nil}}},
		{"Please invoice 6 door lever handles in black. How long does delivery to Zayed take?",
			[]wantItem{{"LEVER", 6, "أسود", nil}}},
	} {
		checkPlaced(t, r, tc.text, Order, tc.want)
		res, err := r.Understand(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Service) == 0 {
			t.Errorf("%s: no question for staff kept", tc.text)
		}
	}
	// "وياليت توصلوها بكرة": a wish, a delivery word placed beside the order
	checkPlaced(t, r, "ابي ٤ اوكر اسود، وياليت توصلونها بكرة", Order, []wantItem{{"LEVER", 4, "أسود", nil}})
}

// TestRules_ServiceCovers: a question of what a service covers ("التركيب
// بيشمل …؟", "does the fitting include …?") is a question for staff, no
// product asked.
func TestRules_ServiceCovers(t *testing.T) {
	r := classesRules(t)
	for _, text := range []string{
		"الشغل بتاعكم بيشمل خلع الحلوق القديمة والتشطيب؟",
		"هو السعر بيشمل النقل للدور التالت؟",
		"Does your fitting include taking away the old carpet?",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Service) == 0 || res.Intent != Other {
			t.Errorf("%s: intent %s service %q items %+v, want a question for staff", text, res.Intent, res.Service, res.Items)
		}
	}
}

// TestRules_AgreedAndWhere: "زي ما اتفقنا" / "احنا اتفقنا مع المهندس على …"
// beside an order, "يا حج", and where the customer's place is in English
// ("our guest house in Hurghada") are placed talk; what was agreed with a
// defect or a discrepancy stays a complaint.
func TestRules_AgreedAndWhere(t *testing.T) {
	r := classesRules(t)
	checkPlaced(t, r, "ازيك يا حج، عايزين ٤ اوكر دهبي و٢ كالون زي ما اتفقنا", Order,
		[]wantItem{{"LEVER", 4, "ذهبي", nil}, {"LOCK", 2, "", nil}})
	checkPlaced(t, r, "احنا اتفقنا مع المهندس بتاعكم على ٣ حلوق ام دي اف رمادي، ابعتلي الفاتورة", Order,
		[]wantItem{{"FRAME", 3, "رمادي", nil}})
	checkPlaced(t, r, "For our guest house in Hurghada we need 5 cylinder locks and 5 door lever handles in black.", Order,
		[]wantItem{{"LOCK", 5, "", nil}, {"LEVER", 5, "أسود", nil}})
	checkPlaced(t, r, "e7na ettafa2na 3ala 2 kalon, 3ayez 2 okar dahaby kaman", Order,
		[]wantItem{{"LOCK", 2, "", nil}, {"LEVER", 2, "ذهبي", nil}})
	for _, text := range []string{
		"الحلوق اللي جت مش زي ما اتفقنا، اللون غلط",
		"اتفقنا على ٣ اوكر دهبي وجالي ٢ بس",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Complaint {
			t.Errorf("%s: intent %s, want complaint", text, res.Intent)
		}
	}
}

// TestRules_PriceAskedApart: a plural with no count asked in a question of
// its own after a counted one ("How much for 4 locks? And the levers?")
// asks its unit price, sure as a line; in the same question as a counted
// line it is the set's and a person asks how many.
func TestRules_PriceAskedApart(t *testing.T) {
	r := classesRules(t)
	for _, text := range []string{
		"How much for 4 cylinder locks? And the door lever handles?",
		"بكام ٤ كالون؟ والاوكر بكام؟",
		"4 kalon bkam? wel okar bkam?",
	} {
		checkItems(t, r, text, Inquiry, []wantItem{{"LOCK", 4, "", nil}, {"LEVER", 1, "", nil}})
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if c := res.Items[1].Confidence; c < 0.6 {
			t.Errorf("%s: the levers asked apart at confidence %v", text, c)
		}
	}
	res, err := r.Understand(context.Background(), "How much for 4 door frames and cylinder locks?")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.SKU == "LOCK" && it.Confidence >= 0.6 {
			t.Errorf("locks in the counted set's question: confidence %v, want a person to ask how many", it.Confidence)
		}
	}
}

// TestRules_ForFamily: "لابني" (for my son) is for whom, never the light
// blue لبني a near spelling would make of it; "مفيهوش" (it has none) in
// why a line is one only is placed.
func TestRules_ForFamily(t *testing.T) {
	csv := `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KID,سرير أطفال,Kids bed,,أطفال,piece,5000,5,خشب,أبيض|لبني|وردي
DESK,مكتب مذاكرة,Study desk,,أطفال,piece,2500,5,خشب,أبيض|لبني
`
	r := rulesFrom(t, csv, "ابيض, white => أبيض\nلبني, لبنى, baby blue => لبني\n")
	checkPlaced(t, r, "عايز سرير أطفال أبيض لابني ومكتب مذاكرة لبني لبنتي", Order,
		[]wantItem{{"KID", 1, "أبيض", nil}, {"DESK", 1, "لبني", nil}})
	checkPlaced(t, r, "عايز ٢ سرير أطفال وردي ومكتب مذاكرة واحد بس عشان الاوضة مفيهاش مكان", Order,
		[]wantItem{{"KID", 2, "وردي", nil}, {"DESK", 1, "", nil}})
}

// TestRules_DoneWith: what a work is done with, after its verb ("هركبها
// بالمسامير", "هشدها بالسلسلة"), is how, not what.
func TestRules_DoneWith(t *testing.T) {
	r := classesRules(t)
	checkPlaced(t, r, "عايز ٢ كالون من غير اوكر، هركبهم بالشنيور بتاعي", Order, []wantItem{{"LOCK", 2, "", nil}})
	checkPlaced(t, r, "محتاج ٤ كانة ستارة اسود، هعلقها بالخوابير", Order, []wantItem{{"BRK", 4, "أسود", nil}})
}

// TestRules_ThatIs: one word that "يعني" (that is) restates with the
// catalog's words ("عايز اعمله قعدة يعني …") is no line: what follows is
// what is asked.
func TestRules_ThatIs(t *testing.T) {
	r := classesRules(t)
	checkPlaced(t, r, "عندي جنينة وعايز اعملها قعدة يعني طقم جنينة ٤ أفراد وشمسية بيج", Order,
		[]wantItem{{"SET4", 1, "", nil}, {"UMB", 1, "بيج", nil}})
	checkPlaced(t, r, "عايز حاجة للباب يعني ٢ كالون", Order, []wantItem{{"LOCK", 2, "", nil}})
}

// TestRules_StoryTold: a story told beside an order — where the speaker
// lives, what someone said ("X قالي ان …"), the "ف" leading to the order —
// is talk; a told clause holding a figure, a colour or a catalog word is
// no story and stays for a person.
func TestRules_StoryTold(t *testing.T) {
	r := classesRules(t)
	for _, tt := range []struct {
		text string
		want []wantItem
	}{
		{"احنا ساكنين في التجمع وجارتنا قالتلي ان المحلات غالية اوي، ف عايزة ٢ كالون", []wantItem{{"LOCK", 2, "", nil}}},
		{"انا ساكن في شبرا والحارس قالي ان العمال اتأخروا، محتاج ٣ اوكر اسود", []wantItem{{"LEVER", 3, "أسود", nil}}},
		{"ana sakna fel haram w gozi 2aly en el 7aramya tel3o el 3omara, f 3ayza 2 kaloon", []wantItem{{"LOCK", 2, "", nil}}},
		{"We live in Zamalek and the porter told us that thieves broke into the next building, so we need 2 cylinder locks", []wantItem{{"LOCK", 2, "", nil}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			checkPlaced(t, r, tt.text, Order, tt.want)
		})
	}
	for _, text := range []string{
		"جوزي قالي ان المقاس ٩٠، عايز ٢ كالون",         // a figure told: whose size?
		"اخويا قالي ان الكالون ده بيصدي، عايز ٢ كالون", // a catalog word told: about the goods
		"ماما قالتلي ان الدهبي احلى، عايزة ٣ اوكر",     // a colour told
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Unexplained) == 0 {
			t.Errorf("%s: a told clause about the goods was taken for talk", text)
		}
	}
}

// TestRules_RoomWantedIsNoVerb: after "عايز" a word beginning with ا is
// often the speaker's verb ("عايز اسأل", "عايز اعرف"), but a room or a
// place is a noun: "عايز اوضة نوم كاملة" wants something the catalog does
// not list by that name — an order a person reads, never a greeting.
func TestRules_RoomWantedIsNoVerb(t *testing.T) {
	r := rulesFrom(t, kindPrefixCSV, "")
	for _, text := range []string{"السلام عليكم عايز اوضة نوم كاملة لون بني", "محتاجة اوضة اطفال كاملة"} {
		res, _ := r.Understand(context.Background(), text)
		if res.Intent != Order || len(res.Items) != 1 || !res.Items[0].Unread {
			t.Errorf("%s: want an order of one unread line, got %s %+v", text, res.Intent, res.Items)
		}
	}
	res, _ := r.Understand(context.Background(), "عايز اسأل عن الاسعار")
	if res.Intent == Order || len(res.Items) > 0 {
		t.Errorf("عايز اسأل: the speaker's verb read as goods: %s %+v", res.Intent, res.Items)
	}
}
