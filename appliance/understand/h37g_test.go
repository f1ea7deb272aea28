package understand

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// Branch h37g, on catalogs of its own (none of the salon's, the driving
// school's, the water shop's, the restaurant's, the print and
// translation office's or the courier's names or sentences): a furniture
// showroom, a pharmacy and a print shop.
const h37gShowroomCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOFA-3,كنبة ٣ مقاعد,Three-seat sofa,كنبة|كنبه,انتريه,piece,9000,5,,
CHAIR,كرسي سفرة,Dining chair,كرسي|كراسي,سفرة,piece,1200,40,,
TABLE,ترابيزة سفرة,Dining table,ترابيزة|ترابيزه,سفرة,piece,6000,6,,
SRV-DELIV,توصيل,Delivery,توصيل|دليفري,خدمات,piece,300,,,
`

const h37gShowroomVocab = `كنبة, كنبه, كنب, sofa, sofas, kanaba
كرسي, كراسي, chair, chairs, korsy, karasy
ترابيزة, ترابيزه, table, tarabeeza
توصيل, دليفري, delivery, tawsil
`

const h37gPrintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PRINT-BW,طباعة أبيض وأسود (للصفحة),Black and white printing (per page),طباعة|طباعه|تصوير,طباعة,piece,1,,,
BIND,تجليد سلك (للنسخة),Spiral binding (per copy),تجليد|سلك,تجليد,piece,25,,,
CARDS,كروت شخصية (علبة ١٠٠),Business cards (box of 100),كروت|كروت شخصية|بيزنس كارد,مطبوعات,piece,150,,,
FLYER,فلاير A5 (للنسخة),A5 flyer (per copy),فلاير|فلايرات|منشور,مطبوعات,piece,2,,,
`

const h37gPrintVocab = `طباعة, طباعه, اطبع, print, printing, tba3a
تجليد, تجليده, binding, tagleed
كروت, كارت, cards, business cards, kroot
فلاير, فلايرات, flyer, flyers
صفحة, صفحه, صفحات, page, pages
`

// TestRules_PickUpAndPlace_H37G: talk around an order — when the
// customer comes to take the goods ("هعدي اخدهم كمان ٢٠ دقيقة", Franco
// "hadi a5odhom", "I'll pick them up in 20 minutes"), where they go ("to
// our clinic") and the address they are delivered to ("delivered to 14
// Nasr street", "والتوصيل على ١٢ شارع الجيش") — is context: no goods, no
// count, no word unexplained; the delivery asked stays one line.
func TestRules_PickUpAndPlace_H37G(t *testing.T) {
	r := rulesFrom(t, h36cPharmacyCSV, h36cPharmacyVocab)
	for _, c := range []itemCase{
		{"٢ علبة بنادول وفيتامين سي، هعدي اخدهم كمان ٢٠ دقيقة",
			[]wantItem{{"PANADOL", 2, "", nil}, {"VITC", 1, "", nil}}},
		{"٢ علبة بنادول، هعدي اخدهم بعد ساعة", []wantItem{{"PANADOL", 2, "", nil}}},
		{"3ayez 2 panadol w vitamin c, hadi a5odhom ba3d 20 di2i2a",
			[]wantItem{{"PANADOL", 2, "", nil}, {"VITC", 1, "", nil}}},
		{"2 boxes of panadol and a sanitizer please, I'll pick them up in 20 minutes.",
			[]wantItem{{"PANADOL", 2, "", nil}, {"SANI", 1, "", nil}}},
		{"3 boxes of panadol and 2 masks, delivered to 14 Nasr street please.",
			[]wantItem{{"PANADOL", 3, "", nil}, {"MASK", 2, "", nil}, {"SRV-DELIV", 1, "", nil}}},
		{"٢ علبة بنادول وكمامات، والتوصيل على ١٢ شارع الجيش",
			[]wantItem{{"PANADOL", 2, "", nil}, {"MASK", 1, "", nil}, {"SRV-DELIV", 1, "", nil}}},
		{"Please send 2 boxes of panadol and a vitamin c to our clinic, we'll pay cash on delivery.",
			[]wantItem{{"PANADOL", 2, "", nil}, {"VITC", 1, "", nil}, {"SRV-DELIV", 1, "", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
	// the showroom: a delivery to a street's number is one delivery
	s := rulesFrom(t, h37gShowroomCSV, h37gShowroomVocab)
	checkPlaced(t, s, "4 chairs and a table, delivered to 9 Gameat street please", Order,
		[]wantItem{{"CHAIR", 4, "", nil}, {"TABLE", 1, "", nil}, {"SRV-DELIV", 1, "", nil}})
}

// TestShopAsked_H37G: the shop's days and places asked — its trade's
// name of two words as the subject of its opening ("الميديكال سنتر بيفتح
// يوم الجمعة؟"), "your X" asked where exactly or beside another question
// of the shop, and until what hour a work of the shop's counter is done
// ("بتستلموا الروشتات لحد الساعة كام؟") — answered from the shop's
// settings, nothing unexplained; and what is none of them (deliveries are
// a person's to answer).
func TestShopAsked_H37G(t *testing.T) {
	r := rulesFrom(t, h36cPharmacyCSV, h36cPharmacyVocab)
	for _, c := range []struct {
		text string
		want ShopTopic
	}{
		{"صباح الخير، الميديكال سنتر بيفتح يوم الجمعة؟", ShopHours},
		{"مساء الخير، الصيدلية بتاعتكم فين بالظبط؟", ShopWhere},
		{"المكتب بتاعكم فين؟ وبتفتحوا الساعة كام؟", ShopHours | ShopWhere},
		{"وبتستلموا الروشتات لحد الساعة كام؟", ShopHours},
		{"betestelmo le7ad el sa3a kam?", ShopHours},
		{"السلام عليكم، فرعكم فين؟ وبتستلموا الروشتات لحد الساعة كام؟", ShopHours | ShopWhere},
	} {
		res, err := r.Understand(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != c.want || res.Intent != Other || len(res.Items) != 0 || len(res.Unexplained) != 0 {
			t.Errorf("%q: shop asked %q, intent %s, items %d, unexplained %q, service %q; want %q, other, nothing unexplained",
				c.text, res.ShopAsked, res.Intent, len(res.Items), res.Unexplained, res.Service, c.want)
		}
	}
	// the customer's own order asked where, someone of the shop's asked
	// where with nothing more, a delivery's time or area: none of them the
	// shop's settings
	for _, text := range []string{
		"الاوردر بتاعي فين؟",
		"المندوب بتاعكم فين؟",
		"بتوصلوا البنادول امتى؟",
		"السلام عليكم، بتوصلوا الشيخ زايد؟",
		"ومواعيد التوصيل لحد الساعة كام؟",
		"بتوصلوا لحد الساعة كام؟",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if res.ShopAsked != 0 {
			t.Errorf("%q: shop asked %q, want none (service %q)", text, res.ShopAsked, res.Service)
		}
	}
}

// TestRules_WhoToTalkAccount_H37G: a business names itself, a volume over
// time and the terms of an account (a special price, a contract, a fixed
// discount, the bill at the end of every month) and asks whom to talk to
// ("مين المسؤول؟", "مين اكلمه؟", "meen el mas2ool?", "who should I talk
// to?"): a person of the shop's answers — no goods ordered or chosen
// between, the volumes no counts.
func TestRules_WhoToTalkAccount_H37G(t *testing.T) {
	p := rulesFrom(t, h37gPrintCSV, h37gPrintVocab)
	m := rulesFrom(t, h36cPharmacyCSV, h36cPharmacyVocab)
	for _, c := range []struct {
		r    *Rules
		text string
		who  string
	}{
		{p, "احنا مدرسة لغات وبنحتاج فلايرات وكروت كل ترم، حوالي ٢٠٠٠ فلاير، عايزين سعر خاص والحساب اخر كل شهر. مين اكلمه؟", "مين اكلمه"},
		{p, "احنا مكتب محاماة بنطبع حوالي ٣٠٠٠ صفحة في الشهر، عايزين عقد بخصم ثابت. مين اتكلم معاه؟", "مين اتكلم"},
		{p, "e7na sherka w 3ayzeen kroot l kol el mowazafeen, 300 kart kol shahr, b se3r khas. meen el mas2ool?", "meen el mas2ool"},
		{m, "احنا عيادة اسنان ومحتاجين ٥٠ علبة كمامات كل شهر بسعر خاص، مين المسؤول؟", "مين"},
		{m, "We're a chain of clinics and need around 200 boxes of masks every month on a yearly contract with a special price. Who should I talk to?", "who should"},
	} {
		wantPersonAsked(t, c.r, c.text, c.who)
	}
}

// wantPersonAsked: the message asks for a person of the shop's (a service
// said beginning with who) and orders nothing.
func wantPersonAsked(t *testing.T, r *Rules, text, who string) {
	t.Helper()
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	asked := slices.ContainsFunc(res.Service, func(s string) bool { return strings.HasPrefix(strings.ToLower(s), who) })
	if res.Intent != Other || len(res.Items) != 0 || !asked {
		t.Errorf("%q: intent %s, items %+v, service %q; want other, no items, %q asked", text, res.Intent, res.Items, res.Service, who)
	}
}
