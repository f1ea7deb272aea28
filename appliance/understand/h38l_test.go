package understand

import (
	"context"
	"testing"
)

// Branch h38l, on catalogs of their own (none of round 38's names or
// sentences): a pet shop whose shampoos and diapers come for cats and
// dogs, for any animal, and for a female or a male dog, and a sports
// academy whose subscriptions a parent of twins orders.
const h38lPetCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHAMPOO-CAT,شامبو قطط ضد البراغيث,Shampoo for cats anti-flea,شامبو قطط,عناية,piece,150,20,,
SHAMPOO-DOG,شامبو كلاب ضد البراغيث,Shampoo for dogs anti-flea,شامبو كلاب,عناية,piece,170,20,,
SHAMPOO-MED,شامبو طبي للحكة,Medicated anti-itch shampoo,شامبو طبي,عناية,piece,220,20,,
FOOD-CAT,دراي فود قطط 2 كيلو,Dry food for cats 2 kg,,اكل,piece,450,20,,
FOOD-DOG,دراي فود كلاب 2 كيلو,Dry food for dogs 2 kg,,اكل,piece,500,20,,
DIAPER-F,حفاضة كلاب أنثى (عبوة 10),Diapers for female dogs (pack of 10),حفاضات,عناية,piece,180,20,,
DIAPER-M,حفاضة كلاب ذكر رباط بطن (عبوة 10),Belly bands for male dogs (pack of 10),حفاضات,عناية,piece,180,20,,
`

const h38lPetVocab = `قطة, قطط, قط, cat, cats, 2otta
كلب, كلاب, كلبة, dog, dogs, kalb, kalba
شامبو, shampoo
دراي فود, dry food
حفاضة, حفاضات, diaper, diapers, 7afadat, 7afada
`

const h38lAcademyCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SWIM-KIDS,اشتراك سباحة أطفال (شهر),Kids swimming (month),سباحة,اشتراكات,piece,600,,,
FOOT-KIDS,اشتراك كورة أطفال (شهر),Kids football (month),كورة,اشتراكات,piece,500,,,
CAP,بونيه سباحة,Swimming cap,بونيه,ادوات,piece,60,30,,
`

const h38lAcademyVocab = `سباحة, swimming, sba7a
كورة, football, kora
بونيه, cap, bonnet
`

// checkAskedAmong: the message's one line is asked between exactly the
// products skus.
func checkAskedAmong(t *testing.T, r *Rules, text string, skus ...string) {
	t.Helper()
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 {
		t.Fatalf("%s: %d lines, want 1 (%+v)", text, len(res.Items), res.Items)
	}
	it := res.Items[0]
	got := map[string]bool{}
	if it.SKU != "" {
		got[it.SKU] = true
	}
	for _, c := range it.Ambiguous {
		got[c.Product.SKU] = true
	}
	if len(got) != len(skus) {
		t.Errorf("%s: asked between %v, want %v", text, got, skus)
		return
	}
	for _, s := range skus {
		if !got[s] {
			t.Errorf("%s: asked between %v, want %v", text, got, skus)
		}
	}
}

// TestRules_ServiceAndSubjectSettleNoKind: goods said by their head noun
// and the animal alone ("شامبو للقطة", "3ayez shampoo lel 2otta"), where the
// shop sells a kind of them for that animal and another for any animal,
// are asked between those two — never settled on the kind whose synonym
// names the head and the animal; the other animal's kind is left out.
func TestRules_ServiceAndSubjectSettleNoKind(t *testing.T) {
	r := rulesFrom(t, h38lPetCSV, h38lPetVocab)
	for _, text := range []string{"عايز شامبو للقطة", "عايزة شامبو قطط", "3ayez shampoo lel 2otta"} {
		t.Run(text, func(t *testing.T) { checkAskedAmong(t, r, text, "SHAMPOO-CAT", "SHAMPOO-MED") })
	}
	checkChosen(t, r, []itemCase{
		{"عايز شامبو قطط ضد البراغيث", []wantItem{{"SHAMPOO-CAT", 1, "", nil}}},
		{"عايز شامبو طبي", []wantItem{{"SHAMPOO-MED", 1, "", nil}}},
	})
}

// TestRules_SexSaidChoosesTheLine: lines named one for a female and one
// for a male take the sex the customer says — the animal's feminine
// form ("للكلبة", Franco "kalba"), "she", "female" — and a message that
// says no sex stays asked.
func TestRules_SexSaidChoosesTheLine(t *testing.T) {
	r := rulesFrom(t, h38lPetCSV, h38lPetVocab)
	checkChosen(t, r, []itemCase{
		{"عايزة حفاضات للكلبة بتاعتي", []wantItem{{"DIAPER-F", 1, "", nil}}},
		{"3ayza 7afadat lel kalba", []wantItem{{"DIAPER-F", 1, "", nil}}},
		{"I need diapers for my dog, she is in heat", []wantItem{{"DIAPER-F", 1, "", nil}}},
		{"عايز حفاضات للكلب الذكر", []wantItem{{"DIAPER-M", 1, "", nil}}},
	})
	for _, text := range []string{"عايز حفاضات للكلب", "I need diapers for my dog"} {
		t.Run(text, func(t *testing.T) { checkAskedAmong(t, r, text, "DIAPER-F", "DIAPER-M") })
	}
}

// TestRules_TwinsEachCoversTheList: twins told ("عندي توأم", "I have
// twins") are two people, and a later "لكل واحد" after a list of lines
// joined by و makes every line of the list two; "لكل واحد برضه" ("each
// too") closes its line as well.
func TestRules_TwinsEachCoversTheList(t *testing.T) {
	r := rulesFrom(t, h38lAcademyCSV, h38lAcademyVocab)
	checkCases(t, r, Order, []itemCase{
		{"عندي توأم، عايزة سباحة وكورة لكل واحد", []wantItem{{"SWIM-KIDS", 2, "", nil}, {"FOOT-KIDS", 2, "", nil}}},
		{"عندي توأم، عايزة سباحة لكل واحد، وبونيه لكل واحد برضه", []wantItem{{"SWIM-KIDS", 2, "", nil}, {"CAP", 2, "", nil}}},
		{"3andy taw2am, 3ayza sba7a w kora lekol wa7ed", []wantItem{{"SWIM-KIDS", 2, "", nil}, {"FOOT-KIDS", 2, "", nil}}},
	})
}
