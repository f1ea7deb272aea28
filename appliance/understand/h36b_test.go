package understand

import (
	"context"
	"slices"
	"testing"
)

// Branch h36b, on catalogs of their own (none of the moving company's
// names or sentences): a pest-control company pricing a flat by its rooms
// and cleaning windows per window, and a furniture shop carrying goods up
// the stairs per floor without a lift.
const h36bPestCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PEST-1R,رش مبيد شقة أوضة واحدة,Pest control for a one-room flat,رش اوضة|رش شقة اوضة|رش استوديو,رش,piece,300,,,
PEST-2R,رش مبيد شقة أوضتين,Pest control for a two-room flat,رش اوضتين|رش شقة اوضتين,رش,piece,450,,,
PEST-3R,رش مبيد شقة 3 أوض,Pest control for a three-room flat,رش 3 اوض|رش شقة تلات اوض,رش,piece,600,,,
PEST-4R,رش مبيد شقة 4 أوض أو أكتر,Pest control for a flat of four rooms or more,رش 4 اوض|رش شقة كبيرة,رش,piece,750,,,
WIN,تنضيف شباك (للشباك),Window cleaning (per window),تنضيف شباك|تنضيف شبابيك,تنضيف,piece,50,,,
GEL,جل صراصير,Cockroach gel,جل|جل صراصير,منتجات,piece,90,20,,
STER,تعقيم وتطهير (للأوضة),Disinfection (per room),تعقيم|تطهير,تعقيم,piece,150,,,
CRANE,ونش رفع (بالساعة),Lifting crane (per hour),ونش|ونش رفع,معدات,piece,600,,,
`

const h36bPestVocab = `رش, rash, spray, spraying
مبيد, mobeed, pesticide
شقة, شقه, flat, apartment, sha2a
اوضة, اوض, غرفة, غرف, room, rooms, bedroom, bedrooms, oda, ewad
شباك, شبابيك, window, windows, shebak
تنضيف, تنظيف, cleaning, tandeef
ونش, crane, wensh
ساعة, ساعتين, hour, hours, sa3a
تعقيم, sterilise, ta3qeem
`

const h36bFurnitureCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOFA,كنبة 3 مقاعد,Three-seat sofa,كنبة|كنبة تلاتة,صالون,piece,9000,5,,
BED,سرير 160 سم,Bed 160 cm,سرير,نوم,piece,7000,4,,
DELIV,توصيل داخل القاهرة,Delivery in Cairo,توصيل,خدمات,piece,200,,,
STAIRS,تطليع على السلم من غير أسانسير (للدور),Carrying up the stairs without a lift (per floor),تطليع|تطليع على السلم|طلوع سلم,خدمات,piece,50,,,
`

const h36bFurnitureVocab = `كنبة, كنبه, sofa, kanaba
سرير, bed, sereer
توصيل, delivery, tawseel
تطليع, طلوع, carry up, carrying up, tatlee3
دور, الدور, floor, dor
اسانسير, مصعد, lift, elevator, asanseer
`

// TestRules_RoomsChooseTheVariant: goods a catalog tells apart by the
// flat's rooms their names state, said with a number of rooms ("شقة ٣
// اوض", "4 غرف", Franco "sha2a 3 ewad"), are the variant whose name
// states that number — "4 أوض أو أكتر" for four — never the one-room
// variant with the count left unread, nor that many of it when the rooms
// describe the flat ("هي ٣ اوض وصالة").
func TestRules_RoomsChooseTheVariant(t *testing.T) {
	r := rulesFrom(t, h36bPestCSV, h36bPestVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز رش مبيد شقة ٣ اوض", []wantItem{{"PEST-3R", 1, "", nil}}},
		{"عايز رش مبيد لشقة 4 غرف", []wantItem{{"PEST-4R", 1, "", nil}}},
		{"3ayez rash mobeed sha2a 3 ewad", []wantItem{{"PEST-3R", 1, "", nil}}},
		{"عايز رش مبيد للشقة، هي ٣ اوض وصالة", []wantItem{{"PEST-3R", 1, "", nil}}},
		{"عايز تنضيف ٤ شبابيك ورش مبيد شقة ٤ اوض", []wantItem{{"WIN", 4, "", nil}, {"PEST-4R", 1, "", nil}}},
	})
}

// TestRules_FloorsClimbedWithoutLift: a service priced per floor climbed
// without a lift counts the floors said as ordinals with no lift there
// ("الدور الرابع من غير اسانسير": 4, "the 2nd floor with no lift": 2);
// a lift said to be there ("فيه اسانسير") is no such service.
func TestRules_FloorsClimbedWithoutLift(t *testing.T) {
	r := rulesFrom(t, h36bFurnitureCSV, h36bFurnitureVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز كنبة وتوصيل وتطليع، انا في الدور الرابع من غير اسانسير", []wantItem{{"SOFA", 1, "", nil}, {"DELIV", 1, "", nil}, {"STAIRS", 4, "", nil}}},
		{"كنبة وتوصيل وتطليع للدور السادس من غير اسانسير", []wantItem{{"SOFA", 1, "", nil}, {"DELIV", 1, "", nil}, {"STAIRS", 6, "", nil}}},
		{"we need a sofa, delivery and carrying up to the 2nd floor with no lift", []wantItem{{"SOFA", 1, "", nil}, {"DELIV", 1, "", nil}, {"STAIRS", 2, "", nil}}},
		{"عايز كنبة وتوصيل وتطليع، الدور التالت بس فيه اسانسير", []wantItem{{"SOFA", 1, "", nil}, {"DELIV", 1, "", nil}}},
	})
	// a floor whose lift is not told ("من الدور التالت للدور الخامس من
	// غير اسانسير": the third's?) leaves how many floors asked
	res, err := r.Understand(context.Background(), "كنبة وتوصيل وتطليع، من الدور التالت للدور الخامس من غير اسانسير")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.SKU == "STAIRS" && !slices.Contains(it.Missing, "count") {
			t.Errorf("the floors climbed not asked: %+v", res.Items)
		}
	}
}

// TestRules_PerNounServiceCounted: a service priced per a noun ("تعقيم
// (للأوضة)") said with that noun in the dual ("تعقيم اوضتين", the dual a
// word of the catalog's names) is two; said with a figure right before
// the noun ("وتعقيم ال٤ اوض"), that many even when the same figure named
// a variant before it. An hour said right after a service priced by the
// hour ("ونش ساعة") is its one hour, no question of the shop's hours.
func TestRules_PerNounServiceCounted(t *testing.T) {
	r := rulesFrom(t, h36bPestCSV, h36bPestVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز تعقيم اوضتين", []wantItem{{"STER", 2, "", nil}}},
		{"رش مبيد شقة ٤ اوض وتعقيم ال٤ اوض", []wantItem{{"PEST-4R", 1, "", nil}, {"STER", 4, "", nil}}},
		{"ونش ساعة", []wantItem{{"CRANE", 1, "", nil}}},
	})
	for _, text := range []string{"ونش ساعة", "wensh sa3a"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Service) > 0 {
			t.Errorf("%s: the hour read as a question of the shop's: %v", text, res.Service)
		}
	}
}
