package understand

import (
	"context"
	"testing"
)

// Branch h39e, on catalogs of their own (none of round 39's names or
// sentences): a car-care shop that polishes cars and sells the wax, a
// phone shop that fits screen protectors and sells them, and a tailor
// whose patches are priced per piece.
const h39eCarCareCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SRV-POLISH,تلميع عربية (للعربية),Car polishing (per car),تلميع|تلميع عربية,خدمات,piece,600,,,
WAX,واكس تلميع,Car polish wax,واكس|واكس تلميع,منتجات,piece,250,30,,
SRV-WASH,تنضيف صالون (للعربية),Interior cleaning (per car),تنضيف صالون,خدمات,piece,400,,,
`

const h39eCarCareVocab = `تلميع, واكس, polish, polishing, wax, talmee3, waks
عربية, عربيه, car, 3arabeya
تنضيف, تنظيف, cleaning, tandeef
`

const h39ePhoneCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SRV-FIT,تركيب اسكرينة (للموبايل),Screen protector fitting (per phone),تركيب اسكرينة,خدمات,piece,30,,,
PROTECTOR,لزقة اسكرينة زجاج,Glass screen protector,لزقة|اسكرينة,اكسسوار,piece,100,40,,
`

const h39ePhoneVocab = `تركيب, لزقة, fitting, protector, tarkeeb, lazza2a
اسكرينة, سكرينة, screen, skreena
`

const h39eTailorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HEM,تقصير بنطلون (للقطعة),Trouser hemming (per piece),تقصير|تقصير بنطلون,تعديل,piece,50,,,
PATCH,رقعة جلد (للقطعة),Leather patch (per piece),رقعة|رقعة جلد|رقعة بنطلون,تعديل,piece,70,,,
`

const h39eTailorVocab = `تقصير, قصر, hemming, hem, ta2seer
رقعة, رقع, patch, patches, ro23a
بنطلون, بناطيل, trousers, pants, bantalon
`

// checkSure: each line of text is its product, chosen, with no other
// product left to ask between (the understanding is sure of it).
func checkSure(t *testing.T, r *Rules, cases []itemCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			checkItems(t, r, tt.text, Order, tt.want)
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range res.Items {
				if len(it.Ambiguous) > 0 || it.Confidence < 0.6 {
					t.Errorf("%s: %s still asked (confidence %.2f, %d others)", tt.text, it.SKU, it.Confidence, len(it.Ambiguous))
				}
			}
		})
	}
}

// TestRules_ServiceOrGoodsByOwnHead: a vocabulary folding the work's
// verbal noun with the goods' noun ("تلميع, واكس, polish") leaves the
// line between the service and the stocked goods; the one whose own head
// noun the customer said is it — the work's verbal noun ("تلميع",
// "talmee3", "polishing") the service, the goods' own noun ("واكس", "a
// car wax", "Car polish wax" ending in "wax") the goods; a word both
// heads share, or neither's, chooses nothing.
func TestRules_ServiceOrGoodsByOwnHead(t *testing.T) {
	r := rulesFrom(t, h39eCarCareCSV, h39eCarCareVocab)
	checkSure(t, r, []itemCase{
		{"عايز تنضيف صالون وتلميع", []wantItem{{"SRV-WASH", 1, "", nil}, {"SRV-POLISH", 1, "", nil}}},
		{"عايز علبة واكس", []wantItem{{"WAX", 1, "", nil}}},
		{"3ayez talmee3 lel 3arabeya", []wantItem{{"SRV-POLISH", 1, "", nil}}},
		{"I need polishing for my car", []wantItem{{"SRV-POLISH", 1, "", nil}}},
		{"I need a car wax", []wantItem{{"WAX", 1, "", nil}}},
	})
	p := rulesFrom(t, h39ePhoneCSV, h39ePhoneVocab)
	checkSure(t, p, []itemCase{
		{"عايز تركيب اسكرينة", []wantItem{{"SRV-FIT", 1, "", nil}}},
		{"عايز لزقة اسكرينة", []wantItem{{"PROTECTOR", 1, "", nil}}},
		{"3ayez tarkeeb skreena", []wantItem{{"SRV-FIT", 1, "", nil}}},
		{"I need a glass screen protector", []wantItem{{"PROTECTOR", 1, "", nil}}},
	})
	// a word both products' heads share, or neither's, chooses nothing:
	// the line is still asked
	for _, text := range []string{"عايز polish", "I need polish"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || len(res.Items[0].Ambiguous) == 0 && res.Items[0].Confidence >= 0.6 {
			t.Errorf("%s: %+v, want the line asked between the service and the goods", text, res.Items)
		}
	}
}

// TestRules_OwnWorkStopsTheWorkBefore: "ta2seer bantalon w ro23a
// bantalon", "تقصير بنطلون و رقعة بنطلون": the second line says a work of
// its own (a patch, priced per piece), whole and sure — never the hemming
// of the line before gone on to the trousers it names.
func TestRules_OwnWorkStopsTheWorkBefore(t *testing.T) {
	r := rulesFrom(t, h39eTailorCSV, h39eTailorVocab)
	for _, text := range []string{"3ayez ta2seer bantalon w ro23a bantalon", "عايز تقصير بنطلون و رقعة بنطلون", "I want hemming for trousers and a patch for trousers"} {
		checkItems(t, r, text, Order, []wantItem{{"HEM", 1, "", nil}, {"PATCH", 1, "", nil}})
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if it := res.Items[1]; it.Confidence < 1 {
			t.Errorf("%s: the patch line at %.2f, the hemming's word carried to it", text, it.Confidence)
		}
	}
}
