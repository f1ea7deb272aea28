package understand

import (
	"context"
	"slices"
	"testing"
)

// TestHybrid_NoItemsOutsideOrders: a complaint, a thanks or any other
// message that orders nothing has no items, whatever products and
// figures it names (DESIGN.md "`fatoora extract`").
func TestHybrid_NoItemsOutsideOrders(t *testing.T) {
	h := NewHybrid(classesRules(t), nil, HybridOptions{})
	for _, tc := range []struct {
		text   string
		intent Intent
	}{
		{"الكنبة الجلد اللي جت الاسبوع اللي فات الجلد بتاعها اتقطع، ودفعت فيها ١٩٠٠٠", Complaint},
		{"ركبتولي الباب ام دي اف ٨٠ والمفصلة باظت، الفاتورة كانت ٥٢٠٠", Complaint},
		{"ربنا يكرمكم المرجيحة اتركبت والعيال مبسوطين بيها", Other},
		{"el wlad mabsoten gedan bel marge7a ❤️", Other},
		{"The kids are so happy with the swing, thank you", Other},
		{"الله يباركلكم الشمسية شكلها تحفة في الجنينة", Other},
	} {
		res, err := h.Understand(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != tc.intent || len(res.Items) > 0 {
			t.Errorf("%s: %s %+v, want %s and no items", tc.text, res.Intent, res.Items, tc.intent)
		}
	}
	// a blessing before an order is politeness: the order stands
	res, err := h.Understand(context.Background(), "ربنا يكرمك عايز مرجيحة ٢ وشمسية جنينة بيج")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent != Order || len(res.Items) != 2 {
		t.Errorf("blessing then order: %s %+v", res.Intent, res.Items)
	}
}

// TestRules_WantedUnread: a want-verb followed by words no product holds is
// an order of something the shop may not carry — one line of no product,
// for a person — never a greeting. A verb of the speaker after it ("عايز
// اعرف") or thanks is no thing wanted.
func TestRules_WantedUnread(t *testing.T) {
	r := classesRules(t)
	for _, text := range []string{
		"عايز جاكوزي وساونا",
		"محتاجين تكييف سبليت وسخان غاز",
		"3ayez jacuzzi w sauna",
		"I need a jacuzzi and a sauna",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.Intent != Order || len(res.Items) != 1 || res.Items[0].SKU != "" {
			t.Errorf("%s: %s %+v, want an order of one line of no product", text, res.Intent, res.Items)
		}
	}
	for _, text := range []string{"عايز اعرف حضرتك اسمك ايه", "عايزين نشكركم على الذوق", "السلام عليكم"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(res.Items, func(it Item) bool { return it.Unread }) {
			t.Errorf("%s: %s %+v, want no unread line", text, res.Intent, res.Items)
		}
	}
}

// TestRules_OwnSum: the customer's own total of the order ("حسبتها …",
// "الحساب عندي طالع … صح كده؟", "total comes to …") is set aside: no size,
// no count, no unexplained word.
func TestRules_OwnSum(t *testing.T) {
	r := classesRules(t)
	want := []wantItem{{"SOFA2", 2, "بني", nil}, {"LEVER", 4, "ذهبي", nil}}
	for _, text := range []string{
		"عايز ٢ كنبة جلد اتنين بني و٤ اوكرة باب دهبي، حسبتها ٣١٨٠٠ تقريبا",
		"عايز ٢ كنبة جلد اتنين بني و٤ اوكرة باب دهبي. الحساب عندي طالع ٣١٨٠٠ صح كده؟",
		"I want 2 leather 2-seater sofas in brown and 4 door lever handles in gold. Total comes to 31800",
	} {
		checkPlaced(t, r, text, Order, want)
	}
}

// TestRules_WhoItIsFor: who the goods are for is context, no line and no
// unexplained word — a person's age and weight ("بنتي عندها ٤ سنين
// ووزنها ١٨ كيلو": no count, no size), a header before the list's colon
// telling who writes or for whom, a pronoun of whom to call.
func TestRules_WhoItIsFor(t *testing.T) {
	r := classesRules(t)
	checkPlaced(t, r, "عايز مرتبة أطفال، بنتي عندها ٤ سنين ووزنها ١٨ كيلو", Order, []wantItem{{"MAT", 1, "", nil}})
	checkPlaced(t, r, "عايز مرتبة أطفال لابني عمره ٣ سنين ونص", Order, []wantItem{{"MAT", 1, "", nil}})
	want := []wantItem{{"UMB", 2, "بيج", nil}, {"BASE", 2, "", nil}}
	for _, text := range []string{
		"مجلس ادارة النادي الاجتماعي بالمعادي: ٢ شمسية جنينة بيج و٢ قاعدة شمسية",
		"Hello! ordering from Riyadh for my brother's new villa: 2 garden umbrellas in beige, 2 umbrella bases. Please call him before delivery",
	} {
		checkPlaced(t, r, text, Order, want)
	}
	// a header naming a product or a figure is no context
	checkItems(t, r, "شمسية جنينة بيج: ٢", Order, []wantItem{{"UMB", 2, "بيج", nil}})
}

// TestRules_AndAThing: English "and a <word> <word one product alone
// has>" opens that product's line, even when the first word fits the line
// before ("a crib mattress and a crib canopy").
func TestRules_AndAThing(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CM,مرتبة سرير أطفال,Crib mattress,,crib,piece,1750,8,,
CN,ناموسية سرير أطفال,Crib canopy net,ناموسية,accessory,piece,390,11,,أبيض
BL,بطانية بيبي,Baby blanket,,quilt,piece,450,25,,أبيض|وردي
`, "")
	checkItems(t, r, "I need a crib mattress and a crib canopy", Order, []wantItem{{"CM", 1, "", nil}, {"CN", 1, "", nil}})
	checkItems(t, r, "a baby blanket in pink and a crib canopy please", Order, []wantItem{{"BL", 1, "وردي", nil}, {"CN", 1, "", nil}})
}

// TestRules_NotToBring: the Egyptian negative imperative ("متجيبوش",
// "ماتبعتش", English "don't send") sets aside the product after it; "اللي
// قالت عليها بنتي" (the one talked of) is no purchase, so no complaint.
func TestRules_NotToBring(t *testing.T) {
	r := classesRules(t)
	for _, text := range []string{
		"عايزة مرجيحة بالقاعدة، بس متجيبوش الشمسية اللي قالت عليها بنتي",
		"عايز مرجيحة بالقاعدة وماتبعتش الشمسية",
		"I want a swing chair with stand, don't send the umbrella",
	} {
		checkItems(t, r, text, Order, []wantItem{{"SWING", 1, "", nil}})
	}
	res, err := r.Understand(context.Background(), "عايزة مرجيحة بالقاعدة، والواد حفيدي عايز شمسية جنينة بيج")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unexplained) > 0 {
		t.Errorf("a grandson is no unexplained word: %q", res.Unexplained)
	}
}

// TestRules_ServiceSoldByName: a service the shop sells under a name that
// joins two works with و ("معاينة ومقاسات"), said with goods and no
// question, is that product's line — an order, not a question for staff.
func TestRules_ServiceSoldByName(t *testing.T) {
	r := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SV-VISIT,معاينة ومقاسات,Measuring visit,,services,piece,200,,,
TAP,خلاط حوض,Basin mixer,,mixers,piece,1500,9,,كروم|أسود
`, "")
	checkItems(t, r, "معاينة ومقاسات للشقة في المعادي، وخلاط حوض اسود", Order, []wantItem{{"SV-VISIT", 1, "", nil}, {"TAP", 1, "أسود", nil}})
	// asked about, it stays a question for staff
	res, err := r.Understand(context.Background(), "المعاينة بتبقى بفلوس؟")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent == Order {
		t.Errorf("a question about the visit: %s %+v", res.Intent, res.Items)
	}
}
