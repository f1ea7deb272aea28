package pipeline

import (
	"context"
	"strings"
	"testing"

	"fatoora/appliance/understand"
	"fatoora/catalog"
)

// TestDecide_ShopInfo_S26: a message asking only the shop's hours and/or
// where it is gets the shop-info greeting when the shop's settings hold
// what was asked; asked what they lack, or with another service, a city
// or a product, it keeps its path. The messages are read by the rules on
// the demo showroom's catalog, as the box reads them.
func TestDecide_ShopInfo_S26(t *testing.T) {
	ps, voc := catalog.Demo()
	rules, err := understand.NewRules(ps, voc, understand.RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cat := fakeProducts{}
	for _, p := range ps {
		cat[p.SKU] = p
	}
	both := ShopFacts{Hours: "كل يوم من ١٠ الصبح لـ ١٠ بالليل", Address: "١٢ شارع عباس العقاد"}.Knows()
	hoursOnly := ShopFacts{Hours: "كل يوم من ١٠ الصبح لـ ١٠ بالليل"}.Knows()
	if both != understand.ShopHours|understand.ShopWhere || hoursOnly != understand.ShopHours || (ShopFacts{}).Knows() != 0 {
		t.Fatalf("Knows: both %q, hours only %q, none %q", both, hoursOnly, ShopFacts{}.Knows())
	}
	for _, c := range []struct {
		text  string
		knows understand.ShopTopic
		dec   Decision
		rule  string
	}{
		{"مساء الخير، مواعيدكم ايه يوم الجمعة؟", both, DecGreeting, RuleShopInfo},
		{"mawa3edko eh?", hoursOnly, DecGreeting, RuleShopInfo},
		{"are you open on Friday?", both, DecGreeting, RuleShopInfo},
		{"where is your showroom?", both, DecGreeting, RuleShopInfo},
		{"انتو فين ومواعيدكم ايه؟", both, DecGreeting, RuleShopInfo},
		// the settings lack what was asked: staff, as before
		{"مواعيدكم ايه؟", 0, DecReview, RuleService},
		{"انتو فين؟", hoursOnly, DecReview, RuleService},
		{"انتو فين ومواعيدكم ايه؟", hoursOnly, DecReview, RuleService},
		// another service beside: staff
		{"مواعيد التوصيل ايه؟", both, DecReview, RuleService},
		{"are you open on friday? w bt3mlo delivery le october?", both, DecReview, RuleService},
		// a place named (a branch, an area): answered from the settings,
		// a person confirms it (c18c_test.go; the eighteenth session)
		{"انتو فين في اسكندرية؟", both, DecGreeting, RuleShopInfo},
		{"انتو فين في اسكندرية؟", hoursOnly, DecReview, RuleService},
		// a product with the hours: the product's path (its colour asked)
		{"عايز كنبة وانتو فاتحين لحد امتى؟", both, DecAsk, RuleColor},
	} {
		res, err := rules.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		lines := LinesOf(res, DefaultAutoIssueThreshold)
		v, err := Decide(Facts{Intent: res.Intent, Lines: lines, Unexplained: res.Unexplained, Service: res.Service, ShopAsked: res.ShopAsked,
			Confidence: KnownConfidence(res.Confidence, lines), FirstRound: true},
			Settings{AutoIssueThreshold: DefaultAutoIssueThreshold, ShopKnows: c.knows}, cat)
		if err != nil {
			t.Fatal(err)
		}
		if v.Decision != c.dec || v.Rule != c.rule {
			t.Errorf("%q (shop knows %q): %s/%s (%s), want %s/%s", c.text, c.knows, v.Decision, v.Rule, v.Reason, c.dec, c.rule)
		}
	}
	// the facts alone: a word not placed keeps it for staff
	v, err := Decide(Facts{Intent: understand.Other, Service: []string{"مواعيدكم"}, ShopAsked: understand.ShopHours, Unexplained: []string{"بدري"}},
		Settings{ShopKnows: both}, cat)
	if err != nil || v.Rule != RuleService {
		t.Errorf("hours with a word not understood: %s (%v), want %s", v.Rule, err, RuleService)
	}
}

// TestShopInfoReply_S26: the answer holds what was asked, in the
// customer's language, the English text when the shop gave one, the map
// link under the address, a hello only on the first reply.
func TestShopInfoReply_S26(t *testing.T) {
	f := ShopFacts{Hours: "كل يوم من ١٠ الصبح لـ ١٠ بالليل", HoursEN: "every day 10 am to 10 pm",
		Address: "١٢ شارع عباس العقاد", MapURL: "https://maps.example/x"}
	ar := replies{greet: true}.shopInfo(understand.ShopHours, f, nil)
	if !strings.Contains(ar, f.Hours) || strings.Contains(ar, f.Address) || !strings.Contains(ar, "أهلاً") {
		t.Errorf("hours in Arabic, first reply: %q", ar)
	}
	en := replies{en: true}.shopInfo(understand.ShopHours|understand.ShopWhere, f, nil)
	if !strings.Contains(en, f.HoursEN) || !strings.Contains(en, f.Address) || !strings.Contains(en, f.MapURL) || strings.Contains(en, "Hello") {
		t.Errorf("hours and place in English, a later reply: %q", en)
	}
}
