package understand

import (
	"context"
	"testing"
)

// TestRules_EarlierThenOrder: a purchase, an installation or a call told
// before a new request is context: its products and figures are no lines,
// the request after the want-verb is the order, and "زيه/زيها/زيهم" or
// "كمان" with no product of its own asks the earlier product again (with
// "بس X" another variant of its kind). A defect, a discrepancy, money
// paid or a wait in the earlier part keeps it a complaint.
func TestRules_EarlierThenOrder(t *testing.T) {
	r := classesRules(t)
	checkCases(t, r, Order, []itemCase{
		// a new product after praise of the earlier one
		{"الكنب اللي خدناه منكم السنة اللي فاتت (٢ كنبة جلد) لسه زي ما هو، عايزين بقى ٤ اوكر دهبي",
			[]wantItem{{"LEVER", 4, "ذهبي", nil}}},
		// one like them, a count and another colour
		{"الأوكر اللي ركبتوها عندنا الشهر اللي فات (٦ اوكر دهبي) حلوة جدا، عايز زيها ٣ بس أسود المرة دي",
			[]wantItem{{"LEVER", 3, "أسود", nil}}},
		// "كمان" after the count names the earlier product
		{"الكرانيش اللي جتلنا من اسبوعين اتركبت والحمد لله، محتاجين ٦ متر كمان ابيض",
			[]wantItem{{"TRIM", 6, "أبيض", nil}}},
		// a call told, then the order
		{"انا اللي كلمتكم الصبح بخصوص الشقة الجديدة، بص هناخد ٢ كالون و٢ حلق ام دي اف ابيض",
			[]wantItem{{"LOCK", 2, "", nil}, {"FRAME", 2, "أبيض", nil}}},
		// goods that came, told by what they did ("they arrived", "they put them up")
		{"الأوكر اللي وصلوا يوم الحد تمام، محتاجين معاهم ٢ كالون",
			[]wantItem{{"LOCK", 2, "", nil}}},
		{"الحلوق اللي ركبوها عندنا امبارح حلوة، عايز ٣ اوكر دهبي",
			[]wantItem{{"LEVER", 3, "ذهبي", nil}}},
		// Franco
		{"el 2 okar elly estalamnaha tamam, 3ayez zayaha 2 kaman dahaby",
			[]wantItem{{"LEVER", 2, "ذهبي", nil}}},
		{"el okar elly rakabtoha el shahr elly fat helwa, 3ayez zayaha 3 kaman eswed",
			[]wantItem{{"LEVER", 3, "أسود", nil}}},
		// English: "we need 2 more", "please send 3 more"
		{"The 4 door levers we bought last month are great, we need 2 more in black",
			[]wantItem{{"LEVER", 2, "أسود", nil}}},
		{"the MDF frames we received last week are perfect. Please send 3 more in white",
			[]wantItem{{"FRAME", 3, "أبيض", nil}}},
	})
	for _, text := range []string{
		// a defect, a discrepancy, money paid or a wait: after-sales
		"الأوكرة اللي ركبتوها الشهر اللي فات اتكسرت، عايز واحدة زيها",
		"الكرانيش اللي جتلنا طلعت اقصر من المقاس، عايزين ٢ متر كمان",
		"الكالون اللي خدته منكم ب ٣٠٠ عايز واحد زيه",
		"الحلق اللي طلبته من اسبوع لسه موصلش، وعايز كمان ٢ كالون",
		"الباب اللي ركبتوه مش بيقفل، عايز حد يجي يشوفه",
		"We received the two sofas last week but one is scratched, please arrange an exchange",
		"We received the door levers but two are loose, we need 2 more",
		"الأوكر اللي جتلنا لونها حلو، بس عايز استبدلها بالأسود",
		"الكالون اللي خدته امبارح، عايز ارجعه وآخد ٢ اوكرة",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Complaint {
			t.Errorf("%s: intent %s, want complaint (%+v)", text, res.Intent, res.Items)
		}
	}
}

// TestRules_VisitThenDecision: a visit told with "اللي جيت" and a list after
// "قررنا" (we decided): the visit is context, the list the order; a
// product word that is also the visit's verb is no line.
func TestRules_VisitThenDecision(t *testing.T) {
	r := rulesFrom(t, classesCSV+"GATE,بوابة جيت واي,Gateway hub,جيت واي,إكسسوارات,piece,900,5,,\n",
		"ابيض, وايت => أبيض\nاسود, بلاك => أسود\nدهبي, ذهبي, جولد => ذهبي\n")
	checkItems(t, r, "أنا اللي جيت امبارح مع مراتي، احنا قررنا خلاص: ٢ كالون و٤ اوكر دهبي، ابعتيلي الفاتورة", Order,
		[]wantItem{{"LOCK", 2, "", nil}, {"LEVER", 4, "ذهبي", nil}})
}

// TestRules_AvailabilityOfIt: "فيه منها X؟" (is there some of it in X) asks.
func TestRules_AvailabilityOfIt(t *testing.T) {
	r := classesRules(t)
	checkItems(t, r, "الأوكرة فيه منها دهبي؟", Inquiry, []wantItem{{"LEVER", 1, "ذهبي", nil}})
	// "عندي" before a colour is where, not what the customer has
	checkItems(t, r, "عايز اوكرة عندي دهبي", Order, []wantItem{{"LEVER", 1, "ذهبي", nil}})
}

// TestRules_BillAsked: "the total?" beside an order asks for the bill of
// it, no price question: the order stays an order.
func TestRules_BillAsked(t *testing.T) {
	r := classesRules(t)
	checkItems(t, r, "هناخد ٣ كالون و٣ حلق ام دي اف ابيض، وابقى قولي الإجمالي كام", Order,
		[]wantItem{{"LOCK", 3, "", nil}, {"FRAME", 3, "أبيض", nil}})
	checkItems(t, r, "لو اخدت ١٠ كالون الحساب هيبقى كام؟ وفيه خصم؟", Inquiry, []wantItem{{"LOCK", 10, "", nil}})
}

// TestRules_SameSizeSaidAgain: "على نفس المقاس" followed by the size takes
// the size once.
func TestRules_SameSizeSaidAgain(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOFT,مرتبة سوفت,Soft mattress,,مراتب,piece,5000,9,,
TOPPER,توبر ميموري,Memory topper,,مراتب,piece,1500,9,,
`, "")
	checkItems(t, r, "عايز مرتبة سوفت ١٦٠ في ٢٠٠ وتوبر ميموري على نفس المقاس ١٦٠ في ٢٠٠", Order,
		[]wantItem{{"SOFT", 1, "", []int{160, 200}}, {"TOPPER", 1, "", []int{160, 200}}})
}

// TestRules_PraiseThenNeed: praise of what came, then what is still
// wanted ("ناقصني", "بس ناقص", "عايز أزود … زيادة"), is a new order;
// a first-person purchase told before ("احنا اشترينا …", "خدت منكم …") is
// context. One more of the kind that came, or "ناقص" after the order
// itself, is a short delivery: a complaint; so is an earlier purchase
// with money paid for it or its warranty named.
func TestRules_PraiseThenNeed(t *testing.T) {
	r := classesRules(t)
	checkCases(t, r, Order, []itemCase{
		{"الكالونات اللي جتلنا الاسبوع ده زي الفل، ناقصني بس ٤ اوكر دهبي",
			[]wantItem{{"LEVER", 4, "ذهبي", nil}}},
		{"الحلوق اللي ركبتوها امبارح تمام، بس ناقص اوضة الضيوف: باب ام دي اف ٨٠ ابيض وكالون",
			[]wantItem{{"DR-80", 1, "أبيض", nil}, {"LOCK", 1, "", nil}}},
		{"الشمسية اللي وصلت ركبناها والحمد لله، عايز ازود ٢ قاعدة زيادة عشان الهوا",
			[]wantItem{{"BASE", 2, "", nil}}},
		{"احنا اشترينا منكم من سنة كنبة جلد ومبسوطين بيها، دلوقتي عايزين ٣ اوكر اسود",
			[]wantItem{{"LEVER", 3, "أسود", nil}}},
		{"خدت منكم السنة اللي فاتت ٦ حلوق، المرة دي محتاج ٢ كالون",
			[]wantItem{{"LOCK", 2, "", nil}}},
		{"الـ ٦ كالونات اللي خدتهم الشهر اللي فات خلصوا، ابعتلي كمان ٣ اوكر دهبي",
			[]wantItem{{"LEVER", 3, "ذهبي", nil}}},
		{"el kawaleen elly estalamnaha tamam, 3ayez 2 okar eswed",
			[]wantItem{{"LEVER", 2, "أسود", nil}}},
	})
	for _, text := range []string{
		"الأوكر اللي جت امبارح تمام بس ناقص اوكرة",
		"الطلب اللي جه امبارح تمام، بس ناقص كالون",
		"الكنبة الجلد اللي خدناها من شهرين الجلد بدأ يقشر، ودافعين فيها ١٥٠٠٠، وكنتوا قايلين ضمانها سنتين",
		"المرتبة اللي اشتريناها السنة اللي فاتت دافعين فيها ٦٠٠٠ وضمانها لسه شغال، السوست طالعة",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Complaint {
			t.Errorf("%s: intent %s, want complaint (%+v)", text, res.Intent, res.Items)
		}
	}
}

// TestRules_EnglishContext: English sentences telling who the customer is
// or what they are doing, before the sentence that asks, are context: no
// line, no figure, no unexplained word. A sentence naming a product, or
// one that asks, is no context.
func TestRules_EnglishContext(t *testing.T) {
	r := classesRules(t)
	for _, tc := range []itemCase{
		{"Hi, we're refurbishing 6 guest rooms at our lodge in Siwa. Please invoice 6 MDF door frames in white and 6 cylinder locks.",
			[]wantItem{{"FRAME", 6, "أبيض", nil}, {"LOCK", 6, "", nil}}},
		{"Good morning. I manage a little boutique hotel on the Corniche! We need 12 door lever handles in black.",
			[]wantItem{{"LEVER", 12, "أسود", nil}}},
		{"Hello, I own two flats in Maadi. I'd like 2 MDF doors 80 cm in grey",
			[]wantItem{{"DR-80", 2, "رمادي", nil}}},
	} {
		checkPlaced(t, r, tc.text, Order, tc.want)
	}
	// the first sentence names a product or asks: read as before
	checkItems(t, r, "I saw the leather sofa 3 seater in your showroom. We need it in black.", "",
		[]wantItem{{"SOFA3", 1, "أسود", nil}})
	checkItems(t, r, "We need 4 cylinder locks. Our office is in Nasr City.", Order,
		[]wantItem{{"LOCK", 4, "", nil}})
}

// TestRules_DecidedOnIt: a thing seen on a visit and then decided on
// ("شفنا … الرمادي، استقرينا عليه") is the order's line, as it was named,
// colour and size; a room's size said after it measures it.
func TestRules_DecidedOnIt(t *testing.T) {
	r := classesRules(t)
	checkPlaced(t, r, "أنا كنت عندكم الأسبوع اللي فات وشفنا السيراميك ٦٠×٦٠ الرمادي، خلاص استقرينا عليه. الصالة ٤ في ٥ متر", Order,
		[]wantItem{{"TILE", 20, "رمادي", nil}})
	checkPlaced(t, r, "جينا المعرض امبارح وشفنا الباب ام دي اف ٨٠ الابيض، رسينا عليه، وعايز معاه ٢ كالون", Order,
		[]wantItem{{"DR-80", 1, "أبيض", nil}, {"LOCK", 2, "", nil}})
}
