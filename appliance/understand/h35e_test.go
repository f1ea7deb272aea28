package understand

import (
	"slices"
	"testing"
)

// h35eLaundryCSV: a dry cleaner's, its works priced per piece, hangers and
// suit bags sold from stock, and one delivery for the order.
const h35eLaundryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SRV-DRY,تنظيف جاف (للقطعة),Dry cleaning (per piece),تنظيف جاف|دراي كلين,خدمات,piece,60,,,
SRV-IRON,كي جاكيت بخار (للقطعة),Jacket steam ironing (per piece),كي|كي بخار|مكوة,خدمات,piece,15,,,
SRV-FAST,خدمة مستعجل نفس اليوم (للقطعة),Same-day express service (per piece),مستعجل|نفس اليوم,خدمات,piece,30,,,
HANGER,شماعة خشب,Wooden hanger,شماعة|شماعات,مستلزمات,piece,25,100,,
COVER,كيس بدلة,Suit cover bag,كيس بدلة|جراب بدلة,مستلزمات,piece,40,50,,
SRV-DELIV,توصيل,Delivery,توصيل|دليفري|مندوب,خدمات,piece,30,,,
`

const h35eLaundryVocab = `تنظيف جاف, دراي كلين, نضف, نضفولي, نضفوهم, dry clean, dry cleaning, nadafoly
كي, اكوي, اكويهم, اكووهم, تكووهم, مكوة, iron, ironing, ekwehom
جاكيت, جواكت, جاكت, jacket, jackets
بدلة, بدل, بدلتين, suit, suits
مستعجل, النهارده, نفس اليوم, same day, express, urgent
شماعة, شماعات, hanger, hangers
توصيل, دليفري, مندوب, ابعتوهم, delivery
`

// TestRules_CountCarriedByThem: a work priced per piece said on "them"
// (its verb's object, or a want-verb's right before it) after a work per
// piece whose count was said of the goods is done to each of them; "the
// two"/"both" with it is two; a delivery said on "them" is one trip.
func TestRules_CountCarriedByThem(t *testing.T) {
	r := rulesFrom(t, h35eLaundryCSV, h35eLaundryVocab)
	checkCases(t, r, Order, []itemCase{
		{"نضفولي ٣ جاكيت دراي كلين واكووهم، وعايزهم النهارده ضروري",
			[]wantItem{{"SRV-DRY", 3, "", nil}, {"SRV-IRON", 3, "", nil}, {"SRV-FAST", 3, "", nil}}},
		{"nadafoly 3 jacket w ekwehom", []wantItem{{"SRV-DRY", 3, "", nil}, {"SRV-IRON", 3, "", nil}}},
		{"3 jackets dry cleaning, and i want them same day", []wantItem{{"SRV-DRY", 3, "", nil}, {"SRV-FAST", 3, "", nil}}},
		{"عندي بدلتين عايز اكويهم الاتنين", []wantItem{{"SRV-IRON", 2, "", nil}}},
		// a delivery is per order: "them" does not multiply it
		{"عايز ٣ شماعة خشب.. لا خليهم ٤، و٢ كيس بدلة، وابعتوهم مع المندوب",
			[]wantItem{{"HANGER", 4, "", nil}, {"COVER", 2, "", nil}, {"SRV-DELIV", 1, "", nil}}},
		{"عايز ٢ كيس بدلة وابعتوهم مع المندوب", []wantItem{{"COVER", 2, "", nil}, {"SRV-DELIV", 1, "", nil}}},
	})
	res := understandText(t, r, "عندي بدلتين عايز اكويهم الاتنين")
	for _, it := range res.Items {
		if slices.Contains(it.Missing, "count") {
			t.Errorf("the two said, yet the count asked: %+v", it)
		}
	}
}

// TestRules_HouseNumberInSendPlace: a building's number before its street
// after "send them to" ("على ١٢ شارع …") is the place's, no word left
// unread.
func TestRules_HouseNumberInSendPlace(t *testing.T) {
	r := rulesFrom(t, h35eLaundryCSV, h35eLaundryVocab)
	res := understandText(t, r, "عايز ٢ كيس بدلة، وابعتوهم على ١٢ شارع الجيش الدور التالت")
	if len(res.Unexplained) > 0 {
		t.Errorf("the street's name left unread: %v", res.Unexplained)
	}
}

// h35eFanCSV: an electrician's, two bathroom fans and their fitting.
const h35eFanCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FAN-A,شفاط حمام توشيبا,Toshiba bathroom fan,شفاط توشيبا,شفاطات,piece,900,10,,
FAN-B,شفاط حمام فريش,Fresh bathroom fan,شفاط فريش,شفاطات,piece,600,15,,
SRV-FAN,تركيب شفاط حمام,Bathroom fan fitting,تركيب شفاط,خدمات,piece,150,,,
`

const h35eFanVocab = `شفاط حمام, شفاط, شفاطات, exhaust fan, shafat
تركيب, يركب, تركبوا, ركبوا, install, tarkeeb
`

// TestRules_GoodsWantedThenFitted: goods said bare right after a want-verb
// and "someone to fit it" after them are goods from the shop and their
// fitting: of two such goods, which is asked beside the fitting — never
// the fitting alone invoiced.
func TestRules_GoodsWantedThenFitted(t *testing.T) {
	r := rulesFrom(t, h35eFanCSV, h35eFanVocab)
	res := understandText(t, r, "عايز شفاط حمام للمطبخ وحد يركبه")
	var fit, fans int
	for _, it := range res.Items {
		switch {
		case it.SKU == "SRV-FAN":
			fit++
		case it.SKU == "FAN-A" || it.SKU == "FAN-B":
			t.Errorf("one fan of two picked in silence: %+v", it)
		case it.SKU == "" && len(it.Ambiguous) == 2:
			fans++
		}
	}
	if fit != 1 || fans == 0 {
		t.Errorf("want the fan asked beside its fitting, got %+v", res.Items)
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز شفاط فريش وحد يركبه", []wantItem{{"FAN-B", 1, "", nil}, {"SRV-FAN", 1, "", nil}}},
	})
}
