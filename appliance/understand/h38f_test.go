package understand

import (
	"context"
	"slices"
	"testing"
)

// Branch h38f, on catalogs of their own (none of round 38's names or
// sentences): a bakery, a car wash, a swimming club, and h36c's pharmacy.
const h38fBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CROISSANT,كرواسون زبدة,Butter croissant,كرواسون|كرواسان,مخبوزات,piece,25,,,
BALADI,عيش بلدي (كيس ١٠),Baladi bread (bag of 10),عيش|عيش بلدي,عيش,piece,20,,,
CAKE,تورتة شوكولاتة (كيلو),Chocolate cake (kilo),تورتة|تورته,حلويات,piece,350,,,
BAG,كيس المخبز القماش,Bakery cloth bag,كيس قماش,اكسسوار,piece,30,50,,
`

const h38fBakeryVocab = `كرواسون, كرواسان, croissant, croissants
عيش, 3eish, bread
تورتة, تورته, cake, torta
`

const h38fCarWashCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WASH-OUT,غسيل خارجي,Exterior wash,غسيل خارجي|غسيل بره,غسيل,piece,80,,,
WASH-FULL,غسيل كامل داخلي وخارجي,Full wash inside and out,غسيل كامل|غسيل,غسيل,piece,150,,,
POLISH,تلميع وشمع,Polish and wax,تلميع|شمع,عناية,piece,300,,,
FRESH,معطر المغسلة,Car wash air freshener,معطر,اكسسوار,piece,40,30,,
`

const h38fCarWashVocab = `غسيل, غسيل كامل, wash, full wash, 8aseel, ghaseel
تلميع, شمع, polish, wax, talmee3
معطر, freshener, mo3attar
`

const h38fPoolCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SWIM-M,اشتراك سباحة شهر,Swimming membership (month),اشتراك سباحة|اشتراك شهر,اشتراكات,piece,900,,,
SWIM-LESSON,حصة تعليم سباحة,Swimming lesson,حصة سباحة|تعليم سباحة,تدريب,piece,200,,,
CAP,طاقية سباحة,Swimming cap,طاقية,ادوات,piece,60,40,,
`

const h38fPoolVocab = `اشتراك, اشتراكات, membership, eshterak
طاقية, طاقيه, cap, ta2eya
`

// TestShopAsked_H38F: questions of the shop alone, answered from its
// settings with nothing unexplained — whom its hours are for ("وفي مواعيد
// للسيدات بس؟", kept for a person to confirm), the hours of its own work on
// a day ("مواعيد الغسيل يوم الجمعة؟"), a branch asked with "في" for "فيه"
// ("وفي فرع في المعادي؟"), the shop named by a word of its goods asked
// where exactly at a place ("المغسلة فين بالظبط في مدينة نصر؟"), and
// English "where is your office/workshop exactly?".
func TestShopAsked_H38F(t *testing.T) {
	pool := rulesFrom(t, h38fPoolCSV, h38fPoolVocab)
	wash := rulesFrom(t, h38fCarWashCSV, h38fCarWashVocab)
	bakery := rulesFrom(t, h38fBakeryCSV, h38fBakeryVocab)
	pharmacy := rulesFrom(t, h36cPharmacyCSV, h36cPharmacyVocab)
	for _, c := range []struct {
		r      *Rules
		text   string
		want   ShopTopic
		beyond string
	}{
		{pool, "مساء الخير، النادي بيفتح الساعة كام يوم السبت؟ وفي مواعيد للسيدات بس؟", ShopHours, "للسيدات"},
		{pool, "السلام عليكم، في مواعيد للستات؟", ShopHours, "للستات"},
		{pool, "fi mawa3ed lel setat?", ShopHours, "setat"},
		{pool, "what are your ladies hours?", ShopHours, "ladies"},
		{wash, "مواعيد الغسيل يوم الجمعة؟", ShopHours, ""},
		{bakery, "صباح الخير، مواعيد الفرن النهارده؟", ShopHours, ""},
		{wash, "المغسلة فين بالظبط في مدينة نصر؟", ShopWhere, "مدينة"},
		{bakery, "مساء الخير، المخبز فين بالظبط في المعادي؟ ومواعيدكم يوم الجمعة؟", ShopHours | ShopWhere, "المعادي"},
		{pharmacy, "مساء الخير، بتقفلوا الساعة كام؟ وفي فرع في المعادي؟", ShopHours | ShopWhere, "المعادي"},
		{pharmacy, "fi far3 fel haram?", ShopWhere, "haram"},
		{wash, "Hi, where is your workshop exactly and are you open on Fridays?", ShopHours | ShopWhere, ""},
		{bakery, "where is your bakery exactly?", ShopWhere, ""},
	} {
		res, err := c.r.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != c.want || res.Intent != Other || len(res.Items) != 0 || len(res.Unexplained) != 0 {
			t.Errorf("%q: shop asked %q, intent %s, items %d, unexplained %q, service %q; want %q, other, nothing unexplained",
				c.text, res.ShopAsked, res.Intent, len(res.Items), res.Unexplained, res.Service, c.want)
		}
		if c.beyond != "" && !slices.Contains(res.ShopBeyond, c.beyond) {
			t.Errorf("%q: beyond %q, want %q kept for a person", c.text, res.ShopBeyond, c.beyond)
		}
	}
	// a service's times (a person's), the goods asked where with no place,
	// "في" that is "in": none of them the shop's settings
	for _, c := range []struct {
		r    *Rules
		text string
	}{
		{pharmacy, "مواعيد التوصيل يوم السبت؟"},
		{wash, "المعطر فين؟"},
		{pharmacy, "البنادول في فرع المعادي موجود؟"},
	} {
		res, err := c.r.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != 0 {
			t.Errorf("%q: shop asked %q, want none (service %q)", c.text, res.ShopAsked, res.Service)
		}
	}
	// goods ordered beside the question: the order stays
	res, err := bakery.Understand(context.Background(), "عايز ١٠ كرواسون، وفي فرع في المعادي؟")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent != Order || len(res.Items) != 1 || res.Items[0].SKU != "CROISSANT" {
		t.Errorf("order beside a branch question: intent %s, items %+v; want the croissants ordered", res.Intent, res.Items)
	}
}

// TestRules_AccountPersonAsked_H38F: an organisation speaks ("احنا شركة",
// "انا مسؤولة في جمعية", "We're a rental company"), tells the terms of an
// account — a body's price or discount ("بخصم شركات", "بسعر للشركات",
// "b se3r sherkat"), instalments ("والدفع على ٣ دفعات"), "billed per
// month" — and asks for a person
// ("مين اكلمه؟", "ينفع اتكلم مع المسؤول؟", "who can I discuss a contract
// with?"): a person of the shop's answers, no goods ordered, the volumes
// no counts.
func TestRules_AccountPersonAsked_H38F(t *testing.T) {
	bakery := rulesFrom(t, h38fBakeryCSV, h38fBakeryVocab)
	wash := rulesFrom(t, h38fCarWashCSV, h38fCarWashVocab)
	pharmacy := rulesFrom(t, h36cPharmacyCSV, h36cPharmacyVocab)
	for _, c := range []struct {
		r    *Rules
		text string
		who  string
	}{
		{pharmacy, "احنا شركة مقاولات عندنا ٦٠ موظف وعايزين ٦٠ علبة فيتامين سي بخصم شركات، مين اكلمه؟", "مين اكلمه"},
		{bakery, "احنا شركة وعايزين ٥٠ كرواسون كل يوم بسعر للشركات، مين المسؤول؟", "مين"},
		{wash, "احنا شركة نقل عندنا ٢٠ عربية وعايزين ٢٠ غسيل كامل والدفع على ٣ دفعات، مين اكلمه؟", "مين اكلمه"},
		{pharmacy, "انا مسؤولة في جمعية خيرية وعايزين ١٠٠ علبة كمامات بسعر جمعيات، ينفع اتكلم مع المسؤول؟", "اتكلم مع"},
		{bakery, "e7na sherka w 3ayzin 40 croissant b se3r sherkat, meen el mas2ool?", "meen el mas2ool"},
		{wash, "We're a hotel and need 30 full washes, billed per month. Who can I talk to?", "who can i talk"},
		{wash, "We're a rental company with 30 cars and want a full wash for each car, billed per month. Who can I discuss a contract with?", "who can i discuss"},
	} {
		wantPersonAsked(t, c.r, c.text, c.who)
	}
	// a doctor of the shop's asked to talk to: a person, no goods
	res, err := pharmacy.Understand(context.Background(), "ينفع اتكلم مع الدكتور؟")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent != Other || len(res.Items) != 0 || !slices.Contains(res.Service, "اتكلم مع الدكتور") {
		t.Errorf("talk to the doctor: intent %s, items %+v, service %q; want other, a person asked", res.Intent, res.Items, res.Service)
	}
}
