package understand

import "testing"

// Branch h39c, on catalogs of their own (none of round 39's names or
// sentences): a language school and a tutoring centre that sell by the
// month.
const h39cLangCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CONV,كورس محادثة انجليزي (للطالب في الشهر),English conversation course (per student per month),محادثة|كونفرسيشن,كورسات,piece,1200,,,
GRAMMAR,كورس جرامر (للطالب في الشهر),Grammar course (per student per month),جرامر|قواعد,كورسات,piece,1000,,,
BOOK,كتاب الكورس,Course book,كتاب|كتب,كتب,piece,250,30,,
`

const h39cLangVocab = `محادثة, conversation, mo7adsa
جرامر, grammar, gramar
كتاب, book, ketab
`

const h39cTutorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MATH,مجموعة رياضيات (للطالب في الشهر),Maths group (per student per month),رياضيات|ماث,مجموعات,piece,600,,,
PHYS,مجموعة فيزيا (للطالب في الشهر),Physics group (per student per month),فيزيا|فيزياء,مجموعات,piece,650,,,
NOTES,مذكرة المراجعة,Revision notes,مذكرة|ملزمة,مذكرات,piece,80,50,,
`

const h39cTutorVocab = `رياضيات, رياضة, math, maths, reyada
فيزيا, فيزياء, physics, fizya
مذكرة, notes, mozakra
`

// TestRules_MonthsNamedAreCounted: to a shop selling by the month, the
// months the customer names are the months bought ("يوليو واغسطس",
// "شهر ٧ و٨", Franco "yolyo w aghostos", English "July and August"), and
// "for both months" carries them to the goods after them.
func TestRules_MonthsNamedAreCounted(t *testing.T) {
	r := rulesFrom(t, h39cLangCSV, h39cLangVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز كورس المحادثة يوليو واغسطس", []wantItem{{"CONV", 2, "", nil}}},
		{"عايز كورس المحادثة شهر ٧ و٨", []wantItem{{"CONV", 2, "", nil}}},
		{"3ayez kors el mo7adsa yolyo w aghostos", []wantItem{{"CONV", 2, "", nil}}},
		{"Please add the conversation course for July and August, and the grammar course for both months.", []wantItem{{"CONV", 2, "", nil}, {"GRAMMAR", 2, "", nil}}},
		{"عايز كورس المحادثة يوليو واغسطس وسبتمبر", []wantItem{{"CONV", 3, "", nil}}},
	})
}

// TestRules_AgeWrittenIsNoCount: a child's age in Franco or English
// ("ebny 3ando 12 sana", "my daughter is 10 years old") is who the goods
// are for, never their count; the verb of a subscription ("ashtereklo",
// "اشتركله") is the order's verb, and a month said alone after the goods
// ("w fizya shahr") is one month of them.
func TestRules_AgeWrittenIsNoCount(t *testing.T) {
	r := rulesFrom(t, h39cTutorCSV, h39cTutorVocab)
	checkPlaced(t, r, "ebny 3ando 12 sana 3ayez ashtereklo fe reyada shahreen w fizya shahr", Order,
		[]wantItem{{"MATH", 2, "", nil}, {"PHYS", 1, "", nil}})
	checkPlaced(t, r, "she is 10 years old, I want the maths group", Order, []wantItem{{"MATH", 1, "", nil}})
	checkPlaced(t, r, "عايز اشتركله في الرياضيات شهرين", Order, []wantItem{{"MATH", 2, "", nil}})
}

// TestRules_OwnHoursLateIsNoComplaint: "late" said of the customer's own
// hours ("we work late", "I stay late at work") is why the goods are
// wanted, never the shop late: an order.
func TestRules_OwnHoursLateIsNoComplaint(t *testing.T) {
	r := rulesFrom(t, h39cTutorCSV, h39cTutorVocab)
	checkCases(t, r, Order, []itemCase{
		{"We both work late on Mondays, so I want the maths group for 2 months", []wantItem{{"MATH", 2, "", nil}}},
		{"I stay late at work, so she needs the physics group", []wantItem{{"PHYS", 1, "", nil}}},
	})
}
