package understand

import (
	"context"
	"testing"
)

// Branch h36c, on a pharmacy's catalog of its own (none of the bakery's,
// the packing shop's or the cleaning company's names or sentences):
// medicines and care goods sold from stock and one delivery service.
const h36cPharmacyCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PANADOL,بنادول اكسترا (علبة),Panadol Extra (box),بنادول|بانادول,ادوية,piece,45,200,,
VITC,فيتامين سي فوار (انبوبة),Vitamin C effervescent (tube),فيتامين سي|فيتامين,فيتامينات,piece,60,100,,
MASK,كمامة طبية (علبة ٥٠),Medical masks (box of 50),كمامة|كمامات,مستلزمات,piece,90,80,,
SANI,جل معقم ٥٠٠ مل,Hand sanitizer gel 500 ml,معقم|جل معقم,مستلزمات,piece,70,60,,
SRV-DELIV,توصيل,Delivery,توصيل|دليفري|مندوب,خدمات,piece,25,,,
`

const h36cPharmacyVocab = `بنادول, بانادول, panadol
فيتامين سي, فيتامين, vitamin c, vitamin
كمامة, كمامات, mask, masks
معقم, جل معقم, sanitizer
علبة, علب, box, boxes, 3elba
توصيل, دليفري, مندوب, delivery
`

// TestShopAsked_H36C: where the shop is asked as the areas it covers
// ("انتو بتغطوا التجمع ولا مدينة نصر بس؟"), which of its branches the
// customer writes to ("وانتو الفرع اللي في المعادي ولا اللي في الدقي؟"),
// which floor of a mall it is on ("في الدور الكام؟") after where it is,
// and its hours "من كام لكام" — each the shop's own question, answered
// from its settings (the place kept for a person), in Arabic, Franco and
// English.
func TestShopAsked_H36C(t *testing.T) {
	r := rulesFrom(t, h36cPharmacyCSV, h36cPharmacyVocab)
	for _, c := range []struct {
		text string
		want ShopTopic
	}{
		{"السلام عليكم، انتو بتغطوا التجمع ولا مدينة نصر بس؟", ShopWhere},
		{"btghato el tagamo3?", ShopWhere},
		{"do you cover Madinaty?", ShopWhere},
		{"صباح الخير، وانتو الفرع اللي في المعادي ولا اللي في الدقي؟", ShopWhere},
		{"انتو المحل اللي في المهندسين؟", ShopWhere},
		{"ento el far3 elly fel haram walla elly fel dokki?", ShopWhere},
		{"مساء الخير، الصيدلية فين بالظبط في سيتي ستارز؟ في الدور الكام؟", ShopWhere},
		{"المحل في الدور الكام؟", ShopWhere},
		{"el ma7al fen? fel dor el kam?", ShopWhere},
		{"el m7al fen bezabt? w bt2flo el sa3a kam?", ShopHours | ShopWhere},
		{"where is your shop? which floor?", ShopWhere},
		{"مواعيدكم من كام لكام؟", ShopHours},
		{"انتو بتغطوا الشيخ زايد؟ ومواعيد الشغل من كام لكام؟", ShopHours | ShopWhere},
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
}

// TestShopAsked_H36C_NotTheShop: a floor asked of the delivery, a thing
// covered, a floor with no shop asked — none of them the shop's place.
func TestShopAsked_H36C_NotTheShop(t *testing.T) {
	r := rulesFrom(t, h36cPharmacyCSV, h36cPharmacyVocab)
	for _, text := range []string{
		"التوصيل لحد الدور الكام؟",
		"بتغطوا الكمامات بكيس؟",
		"do you cover the delivery?",
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

// TestRules_AddressAfterColon: the customer's address written after "the
// address" and a colon ("على العنوان ده: ١٥ شارع التحرير الدور الرابع")
// is where the goods go — its street number and floor never counts, the
// colon opening no list — and the delivery asked with it is ordered.
func TestRules_AddressAfterColon(t *testing.T) {
	r := rulesFrom(t, h36cPharmacyCSV, h36cPharmacyVocab)
	for _, c := range []itemCase{
		{"٣ علب بنادول و٢ فيتامين سي، ابعتوهم على العنوان ده: ١٥ شارع التحرير الدور الرابع",
			[]wantItem{{"PANADOL", 3, "", nil}, {"VITC", 2, "", nil}, {"SRV-DELIV", 1, "", nil}}},
		{"عايز ٢ علبة كمامات وجل معقم، العنوان: عمارة ٧ شقة ١٢ مدينة نصر",
			[]wantItem{{"MASK", 2, "", nil}, {"SANI", 1, "", nil}}},
		{"2 boxes of panadol and a sanitizer, address: 14 Degla St, floor 3",
			[]wantItem{{"PANADOL", 2, "", nil}, {"SANI", 1, "", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
}

// TestRules_SendMeToPlace: "send me" the goods with where to said after
// them ("ابعتلي … على البيت", "على ١٢ شارع الجيش") orders the shop's
// delivery with them, in Arabic, Franco and English; with no place said
// ("ابعتلي ٢ علبة بنادول": send me goods) or the goods asked of, none.
func TestRules_SendMeToPlace(t *testing.T) {
	r := rulesFrom(t, h36cPharmacyCSV, h36cPharmacyVocab)
	for _, c := range []itemCase{
		{"ابعتلي ٢ علبة بنادول وفيتامين سي على البيت، عمارة ٩ الدور التالت",
			[]wantItem{{"SRV-DELIV", 1, "", nil}, {"PANADOL", 2, "", nil}, {"VITC", 1, "", nil}}},
		{"لو سمحت ابعتولي علبة كمامات وجل معقم على ١٢ شارع الجيش",
			[]wantItem{{"SRV-DELIV", 1, "", nil}, {"MASK", 1, "", nil}, {"SANI", 1, "", nil}}},
		{"eb3atly 2 panadol 3ala el beit",
			[]wantItem{{"SRV-DELIV", 1, "", nil}, {"PANADOL", 2, "", nil}}},
		{"send me 2 boxes of panadol to my home",
			[]wantItem{{"SRV-DELIV", 1, "", nil}, {"PANADOL", 2, "", nil}}},
		{"ابعتلي ٢ علبة بنادول", []wantItem{{"PANADOL", 2, "", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
}
