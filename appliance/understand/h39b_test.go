package understand

import "testing"

// Branch h39b, on catalogs of their own (none of round 39's names or
// sentences): a clinic, a swimming school, a language school and a bakery.
const h39bClinicCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
EXAM,كشف باطنة,Internal medicine examination,كشف|كشف باطنة,كشوفات,piece,300,,,
XRAY,أشعة صدر,Chest X-ray,اشعة صدر|اشعة,أشعة,piece,250,,,
ECG,رسم قلب,ECG heart tracing,رسم قلب|رسم القلب,فحوصات,piece,200,,,
HOMEV,زيارة منزلية (للزيارة),Home visit (per visit),زيارة منزلية|زيارة,خدمات,piece,400,,,
MASK,كمامة طبية علبة 50,Medical masks box of 50,كمامات|كمامة,منتجات,piece,60,30,,
THERMO,ترمومتر ديجيتال,Digital thermometer,ترمومتر,منتجات,piece,150,10,,أبيض|أزرق
`

const h39bClinicVocab = `كشف, kashf, check
رسم قلب, rasm 2alb, ecg
اشعة صدر, chest x-ray, ashe3et sadr
ترمومتر, thermometer, termometr
زيارة منزلية, home visit
أبيض => أبيض
ابيض, white => أبيض
أزرق => أزرق
ازرق, زرقا, blue => أزرق
`

const h39bSwimCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SWIM,تدريب سباحة (للطفل في الشهر),Swimming training (per child per month),تدريب سباحة|سباحة,اشتراكات,piece,900,,,
CAP,طاقية سباحة,Swimming cap,طاقية|طاقية سباحة,مستلزمات,piece,120,30,,أحمر|أزرق
GOGGLES,نضارة سباحة,Swimming goggles,نضارة|نضارة سباحة,مستلزمات,piece,250,20,,
`

const h39bSwimVocab = `سباحة, تدريب سباحة, swimming
طاقية, cap, caps, ta2eya
نضارة, goggles
أحمر => أحمر
احمر, حمرا, red => أحمر
أزرق => أزرق
ازرق, زرقا, blue => أزرق
`

const h39bSchoolCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ENG,كورس انجليزي مستوى اول (للطالب),English course level one (per student),كورس انجليزي|انجليزي,كورسات,piece,1800,,,
FRENCH,كورس فرنساوي (للطالب),French course (per student),كورس فرنساوي|فرنساوي,كورسات,piece,2000,,,
BOOK,كتاب المستوى الاول,Level one book,كتاب|كتاب المستوى,كتب,piece,300,40,,
`

const h39bSchoolVocab = `كورس انجليزي, انجليزي, english course, english
كورس فرنساوي, فرنساوي, french
كتاب, book, ketab
`

const h39bBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FETEER,فطير مشلتت,Feteer meshaltet,فطير|مشلتت,فطير,piece,120,,,
HONEY,عسل نحل 500 جرام,Bee honey 500 g,عسل,منتجات,piece,200,15,,
`

const h39bBakeryVocab = `فطير, feteer, fteer
عسل, honey, 3asal
`

// TestRules_WorksOnPeopleServed: a work done on a person — an
// examination, a test, an X-ray, made to order — for the people the
// order says it is for ("for me and my husband", "ليا ولمراتي", "احنا ٤
// … كلنا نعمل", "ana w 5atebty 3ayzeen ne3mel"): one for each of them.
// Goods, and a work priced per visit, keep their count.
func TestRules_WorksOnPeopleServed(t *testing.T) {
	clinic := rulesFrom(t, h39bClinicCSV, h39bClinicVocab)
	checkPlaced(t, clinic, "A chest x-ray and an ECG please, for me and my husband, and a white thermometer.", Order,
		[]wantItem{{"XRAY", 2, "", nil}, {"ECG", 2, "", nil}, {"THERMO", 1, "أبيض", nil}})
	checkPlaced(t, clinic, "عايز اشعة صدر ورسم قلب ليا ولمراتي", Order,
		[]wantItem{{"XRAY", 2, "", nil}, {"ECG", 2, "", nil}})
	checkPlaced(t, clinic, "احنا ٤ في البيت وعايزين كلنا نعمل رسم قلب", Order,
		[]wantItem{{"ECG", 4, "", nil}})
	checkPlaced(t, clinic, "ana w 5atebty 3ayzeen ne3mel kashf", Order,
		[]wantItem{{"EXAM", 2, "", nil}})
	// a visit is priced per visit: the people do not count it
	checkItems(t, clinic, "An ECG for me and my wife, with a home visit", Order,
		[]wantItem{{"ECG", 2, "", nil}, {"HOMEV", 1, "", nil}})
}

// TestRules_PairOpensTheOrder: twins named where the message opens
// ("التوأم هيبدأوا …") are two people: a line priced per child with
// "لكل واحد" after it is two, and the goods "لكل واحد" then shared out by
// colour ("واحدة حمرا وواحدة زرقا") are those two.
func TestRules_PairOpensTheOrder(t *testing.T) {
	swim := rulesFrom(t, h39bSwimCSV, h39bSwimVocab)
	checkPlaced(t, swim, "التوأم هيبدأوا معاكم الشهر الجاي: تدريب سباحة لكل واحد وطاقية لكل واحد، واحدة حمرا وواحدة زرقا", Order,
		[]wantItem{{"SWIM", 2, "", nil}, {"CAP", 1, "أحمر", nil}, {"CAP", 1, "أزرق", nil}})
}

// TestRules_PerStudentPerPlayer: a product the catalog prices per child,
// per student or per player ("(للطالب)", "per student") is per head: the
// customer and a relative who enrol ("اشتركونا انا واختي") take one each.
func TestRules_PerStudentPerPlayer(t *testing.T) {
	school := rulesFrom(t, h39bSchoolCSV, h39bSchoolVocab)
	checkPlaced(t, school, "اشتركونا انا واختي في كورس انجليزي", Order,
		[]wantItem{{"ENG", 2, "", nil}})
	checkPlaced(t, school, "me and my sister want the french course", Order,
		[]wantItem{{"FRENCH", 2, "", nil}})
	// a book is goods: the group does not count it
	checkItems(t, school, "انا واختي عايزين كورس انجليزي وكتاب", Order,
		[]wantItem{{"ENG", 2, "", nil}, {"BOOK", 1, "", nil}})
}

// TestRules_KinNoFranco: an English word for a relative ("father",
// "mother") is a person, never a Franco spelling of a product's word.
func TestRules_KinNoFranco(t *testing.T) {
	bakery := rulesFrom(t, h39bBakeryCSV, h39bBakeryVocab)
	checkItems(t, bakery, "Two feteer and a honey jar, for me and my father, pick up at 5", Order,
		[]wantItem{{"FETEER", 2, "", nil}, {"HONEY", 1, "", nil}})
}
