package understand

import (
	"context"
	"slices"
	"testing"
)

// Branch h38e, on catalogs of its own or of other trades than the gym,
// the bookshop, the travel office and the car hire that showed the
// misses: a beauty salon, a pharmacy (h36c), a car wash (h36h) and a
// clothes shop.
const h38eSalonCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HAIRCUT,قص شعر,Haircut,قصة|قص شعر,شعر,piece,150,,,
BLOW,سشوار,Blow dry,سشوار|استشوار,شعر,piece,100,,,
MANI,مانيكير,Manicure,مانيكير|مانكير,اظافر,piece,120,,,
FACIAL,تنظيف بشرة,Facial,تنظيف بشرة|فيشال,بشرة,piece,350,,,
`

const h38eSalonVocab = `قص, قصة, haircut, 2as
سشوار, استشوار, blow dry, seshwar
مانيكير, مانكير, manicure
تنظيف بشرة, فيشال, facial
`

const h38eClothesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
JEANS-32,بنطلون جينز مقاس 32,Jeans size 32,بنطلون جينز|جينز,بناطيل,piece,600,10,,أزرق|أسود
JEANS-34,بنطلون جينز مقاس 34,Jeans size 34,جينز 34,بناطيل,piece,600,10,,أزرق|أسود
JEANS-36,بنطلون جينز مقاس 36,Jeans size 36,جينز 36,بناطيل,piece,600,4,,أزرق|أسود
BELT,حزام جلد,Leather belt,حزام,اكسسوار,piece,200,10,,أسود|بني
`

const h38eClothesVocab = `بنطلون, بنطلونات, بنطلون جينز, جينز, jeans, bantalon
حزام, belt, 7ezam
`

// TestRules_RequestVerbs_H38E: the request's own verb of booking or
// registering — "book me", "احجزلي", "تحجزولنا", "سجلي", Franco
// "te7gezoli", "register me for" — is how the order is asked, no word
// unexplained.
func TestRules_RequestVerbs_H38E(t *testing.T) {
	r := rulesFrom(t, h38eSalonCSV, h38eSalonVocab)
	for _, c := range []itemCase{
		{"Please book me a haircut and a manicure for Thursday.", []wantItem{{"HAIRCUT", 1, "", nil}, {"MANI", 1, "", nil}}},
		{"Can you book us 2 manicures and a facial for Friday?", []wantItem{{"MANI", 2, "", nil}, {"FACIAL", 1, "", nil}}},
		{"Register me for a facial on Sunday please", []wantItem{{"FACIAL", 1, "", nil}}},
		{"عايزين تحجزولنا ٢ مانيكير يوم الخميس", []wantItem{{"MANI", 2, "", nil}}},
		{"ممكن تحجزلي تنظيف بشرة بكرة", []wantItem{{"FACIAL", 1, "", nil}}},
		{"سجلي تنظيف بشرة يوم الحد", []wantItem{{"FACIAL", 1, "", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
	w := rulesFrom(t, h36hWashCSV, h36hWashVocab)
	checkPlaced(t, w, "سجلي غسيل خارجي جيب بكرة الصبح", Order, []wantItem{{"WASH-EXT-J", 1, "", nil}})
}

// TestRules_KinAndComing_H38E: the relatives the goods are for ("for my
// grandmother and aunt", "لخالتي", Franco "le 3ammi", "le ebn 5ali") and
// the customer's plan to pay or collect ("I'll pay at the reception",
// "I'll collect them … after my class") are context, no word unexplained.
func TestRules_KinAndComing_H38E(t *testing.T) {
	r := rulesFrom(t, h36cPharmacyCSV, h36cPharmacyVocab)
	for _, c := range []itemCase{
		{"2 boxes of panadol for my grandmother and aunt, I'll pay at the counter when I pass by after work.", []wantItem{{"PANADOL", 2, "", nil}}},
		{"3 boxes of panadol please, I'll collect them from the pharmacy after my class.", []wantItem{{"PANADOL", 3, "", nil}}},
		{"3ayez 2 panadol le 3ammi w vitamin c le ebn 5ali", []wantItem{{"PANADOL", 2, "", nil}, {"VITC", 1, "", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
	// goods named again after the verb of taking are no plan: a product
	// the shop may not have stays unexplained
	if res, err := r.Understand(context.Background(), "2 boxes of panadol please, I'll pick up the insulin pen too."); err != nil || len(res.Unexplained) == 0 {
		t.Errorf("the insulin pen picked up: unexplained %q, want it unexplained", res.Unexplained)
	}
	s := rulesFrom(t, h38eSalonCSV, h38eSalonVocab)
	checkPlaced(t, s, "I want a haircut for my son and a blow dry for my uncle, I'll pay at the reception.", Order,
		[]wantItem{{"HAIRCUT", 1, "", nil}, {"BLOW", 1, "", nil}})
	checkPlaced(t, s, "عايز قص شعر لعمي وسشوار لخالتي", Order, []wantItem{{"HAIRCUT", 1, "", nil}, {"BLOW", 1, "", nil}})
}

// TestRules_WeightGoal_H38E: a weight to lose told in a story an emoji
// closes ("الدكتور قالي لازم اخس ١٥ كيلو قبل العملية 😅") counts no goods:
// the request after it is the order, nothing unexplained.
func TestRules_WeightGoal_H38E(t *testing.T) {
	r := rulesFrom(t, h36cPharmacyCSV, h36cPharmacyVocab)
	checkPlaced(t, r, "الدكتور قالي لازم اخس ١٥ كيلو قبل العملية 😅 عايز ٢ علبة بنادول وفيتامين سي", Order,
		[]wantItem{{"PANADOL", 2, "", nil}, {"VITC", 1, "", nil}})
	checkPlaced(t, r, "el doctor 2aly lazem a5es 15 kilo abl el 3amaleya 😅 3ayez 2 panadol w vitamin c", Order,
		[]wantItem{{"PANADOL", 2, "", nil}, {"VITC", 1, "", nil}})
}

// TestRules_SizeUnknown_H38E: "مش عارف مقاسي", "mesh 3aref el ma2as", "I
// don't know my size" ask between the sizes of the goods said — never the
// one a synonym leans to — with nothing unexplained; goods of one size
// only stay as read.
func TestRules_SizeUnknown_H38E(t *testing.T) {
	r := rulesFrom(t, h38eClothesCSV, h38eClothesVocab)
	all := []string{"JEANS-32", "JEANS-34", "JEANS-36"}
	for _, text := range []string{
		"عايز بنطلون جينز ازرق بس مش عارف مقاسي",
		"3ayez bantalon jeans azra2 bas mesh 3aref el ma2as",
		"I want blue jeans but I don't know my size",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || len(res.Unexplained) > 0 {
			t.Errorf("%s: %d lines, unexplained %q", text, len(res.Items), res.Unexplained)
			continue
		}
		var skus []string
		for _, c := range res.Items[0].Ambiguous {
			skus = append(skus, c.Product.SKU)
		}
		slices.Sort(skus)
		if res.Items[0].Product != nil || !slices.Equal(skus, all) {
			t.Errorf("%s: asks between %v, want %v", text, skus, all)
		}
	}
	checkPlaced(t, r, "عايز حزام جلد بني ومش عارف مقاسي", Order, []wantItem{{"BELT", 1, "بني", nil}})
}
