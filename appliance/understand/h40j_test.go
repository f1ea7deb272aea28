package understand

import "testing"

// Branch h40j, on catalogs of their own (none of round 40's names or
// sentences): a water park.
const h40jParkCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PARK,تذكرة أكوا بارك (للفرد),Aqua park ticket (per person),اكوا بارك|تذكرة اكوا,تذاكر,piece,300,,,
LOCKER,لوكر,Locker,دولاب,خدمات,piece,50,,,
`

const h40jParkVocab = `اكوا, أكوا, aqua, akwa
بارك, park
تذكرة, تذكره, ticket, tazkara
لوكر, locker, loker
`

// "for me and for my two brothers": the "for" said again after the
// group's "and" keeps the part in the group — the customer and two more.
func TestRules_ForMeAndForMyBrothers(t *testing.T) {
	park := rulesFrom(t, h40jParkCSV, h40jParkVocab)
	checkItems(t, park, "I want the aqua park ticket for me and for my two brothers", Order, []wantItem{{"PARK", 3, "", nil}})
	checkItems(t, park, "aqua park ticket for me and for my wife please", Order, []wantItem{{"PARK", 2, "", nil}})
	checkItems(t, park, "I want the aqua park ticket for me and my two brothers", Order, []wantItem{{"PARK", 3, "", nil}})
}

// "and the same for my two brothers", "ونفس الشيء لاخواتي الاتنين" after
// one line, a pause before it or none: the line again for each of them;
// after several lines which is "the same" is not read as one line's.
func TestRules_SameForPeople(t *testing.T) {
	park := rulesFrom(t, h40jParkCSV, h40jParkVocab)
	three := []wantItem{{"LOCKER", 3, "", nil}}
	checkItems(t, park, "one locker, and the same for my two brothers", Order, three)
	checkItems(t, park, "عايز لوكر، ونفس الشيء لاخواتي الاتنين", Order, three)
	checkItems(t, park, "عايز لوكر ونفس الحاجة لاخواتي الاتنين", Order, three)
	checkItems(t, park, "2 lockers and the same for my 3 kids", Order, []wantItem{{"LOCKER", 8, "", nil}})
}
