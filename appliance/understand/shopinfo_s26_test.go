package understand

import (
	"context"
	"testing"

	"fatoora/catalog"
)

// demoShopRules are the rules on the embedded demo showroom's catalog.
func demoShopRules(t testing.TB) *Rules {
	t.Helper()
	ps, voc := catalog.Demo()
	r, err := NewRules(ps, voc, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestShopAsked_S26: a question of the shop's hours or of where it is,
// with nothing else asked, is understood as that (Result.ShopAsked), in
// Arabic, Franco and English; its words are placed (nothing unexplained).
func TestShopAsked_S26(t *testing.T) {
	r := demoShopRules(t)
	for _, c := range []struct {
		text string
		want ShopTopic
	}{
		{"مواعيدكم ايه؟", ShopHours},
		{"مساء الخير، مواعيدكم ايه يوم الجمعة؟", ShopHours},
		{"فاتحين النهارده؟", ShopHours},
		{"المعرض فاتح يوم الجمعة؟", ShopHours},
		{"السلام عليكم المعرض بيفتح الساعة كام؟", ShopHours},
		{"بتقفلوا الساعة كام؟", ShopHours},
		{"فاتحين لحد الساعة كام؟", ShopHours},
		{"هتفتحوا امتى؟", ShopHours},
		{"الجمعة اجازة؟", ShopHours},
		{"بتشتغلوا يوم الجمعة؟", ShopHours},
		{"mawa3edko eh?", ShopHours},
		{"fat7in enharda?", ShopHours},
		{"el ma3rad fat7 el gom3a?", ShopHours},
		{"are you open on Friday?", ShopHours},
		{"what are your opening hours?", ShopHours},
		{"what time do you close today?", ShopHours},
		{"hi, are you open today?", ShopHours},
		{"انتو فين؟", ShopWhere},
		{"العنوان فين بالظبط؟", ShopWhere},
		{"عنوانكم ايه؟", ShopWhere},
		{"ممكن اللوكيشن؟", ShopWhere},
		{"ابعتلي العنوان لو سمحت", ShopWhere},
		{"السلام عليكم ورحمة الله وبركاته، فين المعرض بالظبط؟", ShopWhere},
		{"el ma3rad fein?", ShopWhere},
		{"3enwanko eh?", ShopWhere},
		{"where is your showroom?", ShopWhere},
		{"where are you located?", ShopWhere},
		{"what's your address?", ShopWhere},
		{"send me your location please", ShopWhere},
		{"انتو فين ومواعيدكم ايه؟", ShopHours | ShopWhere},
		{"Hello, where is your showroom exactly? Is it open on Saturday?", ShopHours | ShopWhere},
	} {
		res, err := r.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != c.want || res.Intent != Other || len(res.Items) != 0 || len(res.Unexplained) != 0 || len(res.Service) == 0 {
			t.Errorf("%q: shop asked %q, intent %s, items %d, unexplained %q, service %q; want %q, other, nothing unexplained",
				c.text, res.ShopAsked, res.Intent, len(res.Items), res.Unexplained, res.Service, c.want)
		}
	}
}

// TestShopAsked_S26_NotTheShop: the times of another thing, the
// customer's own address, a door that opens, branches asked of, a
// service or a visit asked beside (a place named is c18c_test.go's) — not a question the shop's settings
// answer (ShopAsked 0): they keep their path.
func TestShopAsked_S26_NotTheShop(t *testing.T) {
	r := demoShopRules(t)
	for _, text := range []string{
		"مواعيد التوصيل ايه؟",               // delivery times
		"العنوان ١٢ شارع التحرير مدينة نصر", // the customer's address, given
		"الضلفة بتفتح ازاي؟",                // how a door opens
		"where is my order?",                // the customer's order
		"do you have open shelves?",         // open as a kind of shelf
		"بتوصلوا اكتوبر؟",                   // delivery
		"are you open on friday? w bt3mlo delivery le october?",
		"ممكن حد ييجي يعاين الشقة؟ ومواعيد المعرض يوم الجمعة", // a visit asked too
		"عندكم فروع فين؟", // branches
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != 0 {
			t.Errorf("%q: shop asked %q (service %q), want none", text, res.ShopAsked, res.Service)
		}
	}
	// a product with the hours asked: the product's order, the hours a
	// question beside it
	res, err := r.Understand(context.Background(), "عايز كنبة وانتو فاتحين لحد امتى؟")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent != Order || len(res.Items) != 1 || res.ShopAsked != 0 || len(res.Service) != 1 {
		t.Errorf("sofa and hours: intent %s, items %d, shop asked %q, service %q; want an order of one line, the hours a question beside it",
			res.Intent, len(res.Items), res.ShopAsked, res.Service)
	}
}

func TestShopTopic_String_S26(t *testing.T) {
	for k, want := range map[ShopTopic]string{0: "", ShopHours: "hours", ShopWhere: "where", ShopHours | ShopWhere: "hours+where"} {
		if got := k.String(); got != want {
			t.Errorf("%d: %q, want %q", k, got, want)
		}
	}
}
