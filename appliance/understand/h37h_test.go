package understand

import "testing"

// Branch h37h, on catalogs of their own (none of round 37's names or
// sentences): a barber, a burger shop, and a tailor.
const h37hBarberCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HAIRCUT,قص شعر رجالي,Men's haircut,قص شعر|قصة,حلاقة,piece,100,,,
BEARD,دقن,Beard trim,دقن|ذقن,حلاقة,piece,50,,,
FACIAL,تنضيف بشرة,Facial cleansing,تنضيف بشرة|بشرة,عناية,piece,200,,,
GEL,جل شعر 250 مل,Hair gel 250 ml,جل,منتجات,piece,80,10,,
HOME,زيارة منزلية (للطلب),Home visit (per order),زيارة منزلية|تيجوا البيت,خدمات,piece,150,,,
`

const h37hBarberVocab = `قص شعر, قصة, haircut, hair cut, 2as sha3r
دقن, ذقن, beard, beard trim, da2n
بشرة, بشره, facial, skin
جل, gel
`

const h37hFoodCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BURGER,برجر لحم,Beef burger,برجر|بيرجر,ساندوتشات,piece,120,,,
PIZZA-M,بيتزا مارجريتا وسط,Medium margherita pizza,بيتزا|مارجريتا,بيتزا,piece,150,,,
FRIES,بطاطس محمرة,French fries,بطاطس|فرايز,اطباق جانبية,piece,40,,,
PEPSI,بيبسي كانز,Pepsi can,بيبسي|كانز,مشروبات,piece,20,,,
DELIV,توصيل (للطلب),Delivery (per order),توصيل|ابعتوهم|دليفري,خدمات,piece,25,,,
`

const h37hFoodVocab = `برجر, بيرجر, burger, burgers, borger
بيتزا, pizza, bitza
بطاطس, fries, batates
بيبسي, pepsi, bebsi
توصيل, delivery, tawseel
`

const h37hTailorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SUIT,تفصيل بدلة رجالي,Men's suit tailoring,بدلة|تفصيل بدلة,تفصيل,piece,3000,,,
SHIRT,تفصيل قميص,Shirt tailoring,قميص,تفصيل,piece,600,,,
HEM,تقصير بنطلون,Trouser hemming,تقصير|تقصير بنطلون,تعديل,piece,80,,,
TIE,كرافتة حرير,Silk tie,كرافتة|كرافته,اكسسوار,piece,250,20,,
`

const h37hTailorVocab = `بدلة, بدله, suit, suits, badla
قميص, shirt, shirts, 2amees
كرافتة, tie, ties, karafta
`

// TestRules_GroupToldThenEach: the people an order is for, counted where
// the message opens — a number and a people noun ("احنا ٣ اصحاب"), the
// customer and relatives joined by و ("انا وابني وابويا", "ana w okhty w
// mama", "me and my brother"), "we are 3 brothers", "احنا التلاتة" — and
// a later "كل واحد"/"لكل واحدة"/"lekol wa7da"/"each" with no people of
// its own: the goods it covers one for each of them, never one. Said
// after a list ("قص شعر ودقن لكل واحد"), it covers the whole list.
func TestRules_GroupToldThenEach(t *testing.T) {
	barber := rulesFrom(t, h37hBarberCSV, h37hBarberVocab)
	checkPlaced(t, barber, "انا وابني وابويا جايين بكرة، كل واحد قص شعر ودقن", Order,
		[]wantItem{{"HAIRCUT", 3, "", nil}, {"BEARD", 3, "", nil}})
	checkPlaced(t, barber, "احنا ٣ اصحاب رايحين فرح، عايزين قص شعر ودقن لكل واحد", Order,
		[]wantItem{{"HAIRCUT", 3, "", nil}, {"BEARD", 3, "", nil}})
	checkPlaced(t, barber, "ana w okhty w mama 3ayzin 2as sha3r lekol wa7da", Order,
		[]wantItem{{"HAIRCUT", 3, "", nil}})
	checkPlaced(t, barber, "e7na 3 banat, 3ayzin 2as sha3r w da2n lekol wa7da", Order,
		[]wantItem{{"HAIRCUT", 3, "", nil}, {"BEARD", 3, "", nil}})
	checkPlaced(t, barber, "me and my brother want a haircut and a beard each", Order,
		[]wantItem{{"HAIRCUT", 2, "", nil}, {"BEARD", 2, "", nil}})

	tailor := rulesFrom(t, h37hTailorCSV, h37hTailorVocab)
	checkPlaced(t, tailor, "انا واخويا وابويا عايزين بدلة وقميص لكل واحد", Order,
		[]wantItem{{"SUIT", 3, "", nil}, {"SHIRT", 3, "", nil}})
	checkPlaced(t, tailor, "احنا التلاتة عايزين بدلة لكل واحد", Order,
		[]wantItem{{"SUIT", 3, "", nil}})
	checkPlaced(t, tailor, "ana w a5oya 3ayzin badla w 2amees lekol wa7ed", Order,
		[]wantItem{{"SUIT", 2, "", nil}, {"SHIRT", 2, "", nil}})
	checkPlaced(t, tailor, "me and my brother need a suit and a shirt each", Order,
		[]wantItem{{"SUIT", 2, "", nil}, {"SHIRT", 2, "", nil}})
	// "كل واحدة" after two brothers, or "كل واحد" before a word of how
	// each is, says each of the goods: one suit
	checkItems(t, tailor, "انا واخويا عايزين بدلة، كل واحدة بلون", Order, []wantItem{{"SUIT", 1, "", nil}})
	checkItems(t, tailor, "انا واخويا عايزين بدلة كل واحد بلون", Order, []wantItem{{"SUIT", 1, "", nil}})
}

// TestRules_GroupEachItsOwnLines: the group's "each" covers the goods of
// its own clause: a line with its own count said after it ("وبيتزا
// واحدة للكل"), the speaker's own after "وانا عايز", a delivery priced
// per order said after a pause ("…، وتوصيل", "وابعتوهم") stay as said; a
// cue joined by و ("وكل واحد بيبسي") covers what follows it, not the line
// before; a group with no "each" counts nothing.
func TestRules_GroupEachItsOwnLines(t *testing.T) {
	food := rulesFrom(t, h37hFoodCSV, h37hFoodVocab)
	checkPlaced(t, food, "احنا ٥ اصحاب كل واحد عايز برجر وبطاطس وبيبسي، وابعتوهم", Order,
		[]wantItem{{"BURGER", 5, "", nil}, {"FRIES", 5, "", nil}, {"PEPSI", 5, "", nil}, {"DELIV", 1, "", nil}})
	checkPlaced(t, food, "احنا ٤ عايزين برجر لكل واحد وبيتزا واحدة للكل", Order,
		[]wantItem{{"BURGER", 4, "", nil}, {"PIZZA-M", 1, "", nil}})
	checkPlaced(t, food, "احنا ٤ عايزين بيتزا وبيبسي لكل واحد، وتوصيل", Order,
		[]wantItem{{"PIZZA-M", 4, "", nil}, {"PEPSI", 4, "", nil}, {"DELIV", 1, "", nil}})
	checkPlaced(t, food, "احنا ٥ اصحاب، كل واحد عايز برجر وبطاطس، وانا عايز بيتزا", Order,
		[]wantItem{{"BURGER", 5, "", nil}, {"FRIES", 5, "", nil}, {"PIZZA-M", 1, "", nil}})
	checkPlaced(t, food, "انا وجوزي عايزين بيتزا وكل واحد بيبسي", Order,
		[]wantItem{{"PIZZA-M", 1, "", nil}, {"PEPSI", 2, "", nil}})
	checkItems(t, food, "احنا ٣ اصحاب عايزين بيتزا", Order, []wantItem{{"PIZZA-M", 1, "", nil}})
	checkItems(t, food, "انا واخويا عايزين بيتزا كبيرة", Order, []wantItem{{"PIZZA-M", 1, "", nil}})
}

// TestRules_GroupHasCareDone: the group told with no "each", then "we
// do" ("نعمل", Franco "ne3mel") and a care of a person's body done to
// order — its name holds "شعر", "بشرة", "دقن" — is one for each of them;
// goods for the body kept in stock ("جل شعر") and a group with no verb of
// doing keep the count said.
func TestRules_GroupHasCareDone(t *testing.T) {
	r := rulesFrom(t, h37hBarberCSV, h37hBarberVocab)
	checkPlaced(t, r, "انا وابني عايزين نعمل قص شعر ودقن", Order,
		[]wantItem{{"HAIRCUT", 2, "", nil}, {"BEARD", 2, "", nil}})
	checkPlaced(t, r, "احنا ٣ اصحاب عايزين نعمل تنضيف بشرة و٢ جل", Order,
		[]wantItem{{"FACIAL", 3, "", nil}, {"GEL", 2, "", nil}})
	checkPlaced(t, r, "ana w ebni 3ayzin ne3mel 2as sha3r", Order,
		[]wantItem{{"HAIRCUT", 2, "", nil}})
	checkItems(t, r, "انا وابني عايزين نعمل جل", Order, []wantItem{{"GEL", 1, "", nil}})
	checkItems(t, r, "انا وابني عايزين قص شعر", Order, []wantItem{{"HAIRCUT", 1, "", nil}})
}
