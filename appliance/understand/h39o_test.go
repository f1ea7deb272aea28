package understand

import "testing"

// Branch h39o, on catalogs of its own (none of round 39's names or
// sentences): an eye clinic and a barber.
const h39oEyeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
EXAM,كشف نظر,Eye examination,كشف|كشف نظر,كشوفات,piece,300,,,
FUNDUS,فحص قاع العين,Fundus examination,قاع العين|فحص قاع,فحوصات,piece,400,,,
DROPS,قطرة مرطبة,Lubricating eye drops,قطرة,منتجات,piece,90,20,,
`

const h39oEyeVocab = `كشف, kashf, eye exam, eye test
قاع العين, fundus
قطرة, drops
`

const h39oBarberCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HAIRCUT,قص شعر رجالي,Men's haircut,قص شعر|قصة,حلاقة,piece,100,,,
BEARD,تهذيب دقن,Beard trim,دقن|ذقن,حلاقة,piece,50,,,
FACIAL,تنضيف بشرة,Facial cleansing,تنضيف بشرة|بشرة,عناية,piece,200,,,
`

const h39oBarberVocab = `قص شعر, قصة, haircut
دقن, ذقن, beard
بشرة, بشره, facial
`

// TestRules_LineNamesItsOwnRecipient: a "for" of several people said for
// one line never reaches a line that names its own one person in its own
// part ("… وفحص قاع العين ليا"), before or after the group; a group said
// between two lines with no و before the second ("قص شعر ليا ولابني
// تنضيف بشرة") is shared out between them, one each.
func TestRules_LineNamesItsOwnRecipient(t *testing.T) {
	eye := rulesFrom(t, h39oEyeCSV, h39oEyeVocab)
	checkItems(t, eye, "كشف نظر ليا ولمراتي وفحص قاع العين ليا", "",
		[]wantItem{{"EXAM", 2, "", nil}, {"FUNDUS", 1, "", nil}})
	checkItems(t, eye, "كشف نظر لابني وبنتي وفحص قاع العين لمراتي", "",
		[]wantItem{{"EXAM", 2, "", nil}, {"FUNDUS", 1, "", nil}})
	checkItems(t, eye, "كشف نظر ليا وفحص قاع العين ليا ولمراتي", "",
		[]wantItem{{"EXAM", 1, "", nil}, {"FUNDUS", 2, "", nil}})
	barber := rulesFrom(t, h39oBarberCSV, h39oBarberVocab)
	checkItems(t, barber, "قص شعر ليا ولابني وتنضيف بشرة ليا", "",
		[]wantItem{{"HAIRCUT", 2, "", nil}, {"FACIAL", 1, "", nil}})
	checkItems(t, barber, "قص شعر ليا ولابني تنضيف بشرة", "",
		[]wantItem{{"HAIRCUT", 1, "", nil}, {"FACIAL", 1, "", nil}})
}

// TestRules_AllOfUsAfterItsLine: "كلنا" said right after a line is that
// line's: the group told where the order opens counts it, and a later line
// said for one keeps one.
func TestRules_AllOfUsAfterItsLine(t *testing.T) {
	eye := rulesFrom(t, h39oEyeCSV, h39oEyeVocab)
	checkItems(t, eye, "احنا ٣ في البيت عايزين كشف نظر كلنا وفحص قاع العين ليا", "",
		[]wantItem{{"EXAM", 3, "", nil}, {"FUNDUS", 1, "", nil}})
}

// TestRules_GroupOnlySomeOfThem: a family told as background, then one of
// them singled out ("واحد بس", "واحد منهم", "only one"): how many they are
// counts no line.
func TestRules_GroupOnlySomeOfThem(t *testing.T) {
	camp := rulesFrom(t, `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SWIM,كورس سباحة للأطفال (للطفل في الشهر),Kids' swimming course (per child per month),سباحة|كورس سباحة,كورسات,piece,800,,,
`, "سباحة, swimming, swim\n")
	checkItems(t, camp, "عندي ٣ ولاد واحد بس عايز كورس سباحة", "", []wantItem{{"SWIM", 1, "", nil}})
	checkItems(t, camp, "عندي ٣ ولاد واحد منهم عايز كورس سباحة", "", []wantItem{{"SWIM", 1, "", nil}})
}
