package understand

import "testing"

// Branch h37n, on catalogs of their own (none of round 37's names or
// sentences): a gym and a swimming school.
const h37nGymCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SUB-NEW,اشتراك شهري جديد,New monthly membership,اشتراك جديد,اشتراكات,piece,600,,,
SUB-RENEW,متابعة تجديد اشتراك شهري,Monthly membership renewal,تجديد اشتراك,اشتراكات,piece,500,,,
TOWEL,فوطة جيم قطن,Cotton gym towel,فوطة,مستلزمات,piece,120,15,,
`

const h37nGymVocab = `اشتراك, eshterak, membership, subscription
تجديد, renewal, renew, tagdeed
فوطة, فوطه, towel, foota
`

const h37nSwimCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAP,بونيه سباحة سيليكون,Silicone swim cap,بونيه,مستلزمات,piece,90,30,,
CARD-NEW,استخراج كارنيه النادي,New club card,كارنيه جديد,خدمات,piece,200,,,
CARD-RENEW,تجديد كارنيه النادي,Club card renewal,تجديد كارنيه,خدمات,piece,150,,,
`

const h37nSwimVocab = `كارنيه, كارنية, card
بونيه, cap, swim cap
`

// TestRules_OwnVerbOnTheDefiniteThing: "عايز اجدد الاشتراك" (I want to
// renew the membership), a first-person verb whose noun (تجديد) and
// one definite word (the customer's own membership) are both in one
// name of a product kept in no stock, asks for that product — even
// where the name heads with another noun ("متابعة تجديد …"); a bare
// word ("اجدد اشتراك") or a relative clause after it is left alone.
func TestRules_OwnVerbOnTheDefiniteThing(t *testing.T) {
	r := rulesFrom(t, h37nGymCSV, h37nGymVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز اجدد الاشتراك", []wantItem{{"SUB-RENEW", 1, "", nil}}},
		{"عايز اجدد الاشتراك وهاتولي فوطة", []wantItem{{"SUB-RENEW", 1, "", nil}, {"TOWEL", 1, "", nil}}},
	})
	s := rulesFrom(t, h37nSwimCSV, h37nSwimVocab)
	checkCases(t, s, Order, []itemCase{
		{"عايزة اجدد الكارنيه وبونيه", []wantItem{{"CARD-RENEW", 1, "", nil}, {"CAP", 1, "", nil}}},
	})
	for _, text := range []string{"عايز اجدد اشتراك", "عايز اجدد الاشتراك اللي دفعته"} {
		res := understandText(t, r, text)
		if len(res.Items) == 1 && res.Items[0].Product != nil && res.Items[0].Product.SKU == "SUB-RENEW" {
			t.Errorf("%s: %v, want no renewal read alone", text, linesCounted(res))
		}
	}
}
