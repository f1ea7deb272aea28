package understand

import "testing"

// Branch h38a, on catalogs of their own (none of round 38's names or
// sentences): a theme park, a Nile boat-trip agent, a pet sitter.
const h38aParkCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ENTRY,تذكرة دخول الملاهي,Theme park entry ticket,تذكرة دخول|تذكرة,تذاكر,piece,250,,,
ICE,ايس كريم كورنيه,Ice cream cone,ايس كريم|جيلاتي,مأكولات,piece,40,,,
PARKING,ركنة عربية (للعربية),Car parking (per car),ركنة|باركينج,خدمات,piece,30,,,
`

const h38aParkVocab = `تذكرة, تذكره, ticket, tazkara, tazkaret
ايس كريم, ice cream, ice cream cone, ays krim
ركنة, parking
`

const h38aBoatCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BOAT,رحلة مركب في النيل ساعتين (للفرد),Two-hour Nile boat trip (per person),رحلة مركب|رحلة المركب|مركب,رحلات,piece,300,,,
DINNER,عشا على المركب (للفرد),Dinner on board (per person),عشا|عشاء,رحلات,piece,400,,,
PICKUP,توصيل من الفندق (للمشوار),Hotel pickup (per trip),توصيل|بيك اب,خدمات,piece,200,,,
CAP,كاب شمس,Sun cap,كاب|كاسكتة,منتجات,piece,90,20,,
SOFA,كنبة قابلة للفرد,Sofa bed,كنبة|كنبة سرير,اثاث,piece,5000,3,,
`

const h38aBoatVocab = `رحلة مركب, رحلة المركب, boat trip, the boat trip, re7let el markeb, re7lt markeb
عشا, dinner, 3asha
توصيل, pickup, tawseel
كاب, cap, caps
`

const h38aPetCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WALK,تمشية كلب ساعة (للحيوان),Dog walk one hour (per animal),تمشية|مشي,رعاية,piece,120,,,
BATH,حمام وتنضيف (للحيوان),Bath and clean (per animal),حمام|تحميم,رعاية,piece,250,,,
BOWL,طبق أكل ستانلس,Stainless food bowl,طبق|طبق اكل,منتجات,piece,90,30,,
`

const h38aPetVocab = `تمشية, walk, walking, tamshya
حمام, bath, 7amam
طبق, bowl
`

// TestRules_GroupPerHead: the people an order is for, counted where it is
// told ("احنا ٥ اصحاب", "ana w 2 men so7aby", "we're a family of four",
// "me and 2 of my friends"), and a line the catalog prices for one person
// (its name's "(للفرد)", "per person", a ticket): one for each of them,
// never one. Goods and a work priced per trip keep their count unless an
// "each" covers them; "قابلة للفرد" (that unfolds) is no person.
func TestRules_GroupPerHead(t *testing.T) {
	park := rulesFrom(t, h38aParkCSV, h38aParkVocab)
	checkPlaced(t, park, "احنا ٥ اصحاب عايزين تذكرة دخول بكرة، وكل واحد ايس كريم", Order,
		[]wantItem{{"ENTRY", 5, "", nil}, {"ICE", 5, "", nil}})
	checkPlaced(t, park, "احنا ٣ اصحاب عايزين تذكرة دخول وركنة عربية", Order,
		[]wantItem{{"ENTRY", 3, "", nil}, {"PARKING", 1, "", nil}})
	boat := rulesFrom(t, h38aBoatCSV, h38aBoatVocab)
	checkPlaced(t, boat, "ana w 2 men so7aby 3ayzeen re7let el markeb", Order,
		[]wantItem{{"BOAT", 3, "", nil}})
	checkPlaced(t, boat, "me and 2 of my friends want the boat trip and a pickup", Order,
		[]wantItem{{"BOAT", 3, "", nil}, {"PICKUP", 1, "", nil}})
	checkPlaced(t, boat, "We're a family of four and want the boat trip with dinner", Order,
		[]wantItem{{"BOAT", 4, "", nil}, {"DINNER", 4, "", nil}})
	checkPlaced(t, boat, "احنا ٤ اخوات عايزين رحلة المركب وكاب", Order,
		[]wantItem{{"BOAT", 4, "", nil}, {"CAP", 1, "", nil}})
	checkItems(t, boat, "احنا ٣ اخوات عايزين كنبة قابلة للفرد", Order,
		[]wantItem{{"SOFA", 1, "", nil}})
}

// TestRules_PeoplePerHead: the people a line priced for one person is
// for, said after it ("ليا ولجوزي", "ليا وليها", Franco "le 3 afrad",
// "for 2 people"): as many as they are, never one nor asked how many;
// goods for "ليا" alone stay one.
func TestRules_PeoplePerHead(t *testing.T) {
	boat := rulesFrom(t, h38aBoatCSV, h38aBoatVocab)
	checkPlaced(t, boat, "عايزة احجز رحلة المركب ليا ولجوزي ولابني", Order,
		[]wantItem{{"BOAT", 3, "", nil}})
	checkPlaced(t, boat, "عايز رحلة المركب ليا وليها يوم الجمعة، وكاب ليا", Order,
		[]wantItem{{"BOAT", 2, "", nil}, {"CAP", 1, "", nil}})
	checkPlaced(t, boat, "3ayzeen re7let el markeb le 3 afrad", Order,
		[]wantItem{{"BOAT", 3, "", nil}})
	checkPlaced(t, boat, "I want the boat trip for 2 people", Order,
		[]wantItem{{"BOAT", 2, "", nil}})
}

// TestRules_AnimalsPerHead: the customer's own animals counted after a
// word of having ("عندي ٣ كلاب", "عندي قطتين") and a work priced per
// animal said "for all of them" ("للتلاتة", "للاتنين"): one for each.
func TestRules_AnimalsPerHead(t *testing.T) {
	pet := rulesFrom(t, h38aPetCSV, h38aPetVocab)
	checkPlaced(t, pet, "عندي ٣ كلاب، عايزة طبق اكل ليهم، وتمشية للتلاتة قبل ما نسافر", Order,
		[]wantItem{{"BOWL", 3, "", nil}, {"WALK", 3, "", nil}})
	checkPlaced(t, pet, "عندي كلبين، عايز حمام للاتنين قبل العيد", Order,
		[]wantItem{{"BATH", 2, "", nil}})
}

// TestRules_KinForGoods: kin after "for my" joined by "and" are who the
// goods are for, the count said ("2 bowls for my uncle and cousin").
func TestRules_KinForGoods(t *testing.T) {
	pet := rulesFrom(t, h38aPetCSV, h38aPetVocab)
	checkPlaced(t, pet, "2 food bowls for my father and uncle, I will collect them", Order,
		[]wantItem{{"BOWL", 2, "", nil}})
}
