package understand

import (
	"slices"
	"testing"
)

// The twentieth session's counts shared out over people, rooms and other
// goods (branch c20a), on a school-supplies shop of its own: bags and
// pencil cases by the piece in colours, a study desk and chair, a clear
// book cover by the metre and a cork board by the square metre.
const c20aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BAG-SCH,شنطة مدرسة,School bag,شنطة ضهر,شنط,piece,450,,,أزرق|وردي|أسود
PEN-CASE,مقلمة,Pencil case,,أدوات,piece,60,,,أزرق|وردي
BOTTLE,زمزمية,Water bottle,,أدوات,piece,80,,,
DESK-ST,مكتب مذاكرة,Study desk,,أثاث,piece,1500,,,أبيض|بني
CHAIR-ST,كرسي مذاكرة,Study chair,,أثاث,piece,600,,,أسود
COVER,جلاد شفاف,Clear book cover roll,جلاد كشكول,أدوات,meter,15,,,
BOARD,لوح فلين,Cork board,فلين,ديكور,sqm,200,,,بيج
`

const c20aVocab = `ازرق, زرقا, زرقاء, blue, azra2, zar2a => أزرق
وردي, بمبي, pink => وردي
اسود, سودا, black => أسود
ابيض, بيضا, white => أبيض
بيج, beige => بيج
شنطة, bag, shanta
زمزمية, bottle
`

// TestRules_EachOfTheCountedOnes: "لكل واحد من العيال التلاتة", "لكل فصل
// من الاربعة", Franco "lekol wa7ed men el 3eyal el talata", English "for
// each of the three kids": the count of the things shared over is inside
// the "من" phrase — an articled number word after their noun or alone, or
// "ال" and a figure — and the goods are that many times, whatever their
// unit (2 m of cover for each of four classes is 8 m).
func TestRules_EachOfTheCountedOnes(t *testing.T) {
	r := rulesFrom(t, c20aCSV, c20aVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز شنطة مدرسة زرقا لكل واحد من العيال التلاتة", []wantItem{{"BAG-SCH", 3, "أزرق", nil}}},
		{"عايز مقلمة زرقا لكل واحد من ولادي الاتنين", []wantItem{{"PEN-CASE", 2, "أزرق", nil}}},
		{"عايز شنطة مدرسة زرقا لكل واحد من ال ٣", []wantItem{{"BAG-SCH", 3, "أزرق", nil}}},
		{"عايز جلاد شفاف ٢ متر لكل فصل من الاربعة", []wantItem{{"COVER", 8, "", []int{200}}}},
		{"3ayez shanta zar2a lekol wa7ed men el 3eyal el talata", []wantItem{{"BAG-SCH", 3, "أزرق", nil}}},
		{"I want a blue school bag for each of the three kids", []wantItem{{"BAG-SCH", 3, "أزرق", nil}}},
		// the goods said after the count are their own line, never the
		// things shared over ("… العيال التلاتة وزمزمية": the bottle kept)
		{"عايز شنطة مدرسة زرقا لكل واحد من العيال التلاتة وزمزمية", []wantItem{{"BAG-SCH", 3, "أزرق", nil}, {"BOTTLE", 1, "", nil}}},
		{"عايز مقلمة زرقا لكل واحد من ولادي الاتنين ومكتب مذاكرة ابيض", []wantItem{{"PEN-CASE", 2, "أزرق", nil}, {"DESK-ST", 1, "أبيض", nil}}},
	})
}

// TestRules_EachOfCountedElsewhere: "N X لكل Y" where how many Y is said
// after the cue — as another line's count ("ومحتاج ٣ مكاتب", "مكتبين",
// "and 3 white study desks") or as the customer's own ("وعندنا ٤ اوض") —
// is N for each of them; with no count of Y anywhere, how many in all is
// asked, never N invoiced.
func TestRules_EachOfCountedElsewhere(t *testing.T) {
	r := rulesFrom(t, c20aCSV, c20aVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ كرسي مذاكرة لكل مكتب ومحتاج ٣ مكاتب مذاكرة ابيض", []wantItem{{"CHAIR-ST", 6, "", nil}, {"DESK-ST", 3, "أبيض", nil}}},
		{"عايز ٢ كرسي مذاكرة لكل مكتب ومحتاج مكتبين مذاكرة ابيض", []wantItem{{"CHAIR-ST", 4, "", nil}, {"DESK-ST", 2, "أبيض", nil}}},
		{"I want 2 study chairs for each desk and 3 white study desks", []wantItem{{"CHAIR-ST", 6, "", nil}, {"DESK-ST", 3, "أبيض", nil}}},
		{"عايز ٢ زمزمية لكل اوضة وعندنا ٤ اوض", []wantItem{{"BOTTLE", 8, "", nil}}},
	})
	for _, text := range []string{"عايز ٤ كراسي مذاكرة لكل مكتب", "عايز ٢ زمزمية لكل اوضة"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: want how many asked, got %+v", text, res.Items)
		}
	}
}

// TestRules_GoodsForSeveralPeople: goods of no count said for several
// people — the dual of a person ("للولدين"), people joined by و ("لابني
// ولبنتي"), people counted ("للعيال التلاتة"), English "for my two sons",
// "for my son and daughter" — may be one shared or one each: how many is
// asked. "كل واحد" / "each" says one each (the people's count); "ل" one
// person ("لابني", "for my son") is no count, one; a count said stays.
func TestRules_GoodsForSeveralPeople(t *testing.T) {
	r := rulesFrom(t, c20aCSV, c20aVocab)
	for _, text := range []string{
		"عايز شنطة مدرسة زرقا للولدين",
		"عايز شنطة مدرسة زرقا لابني ولبنتي",
		"عايز شنطة مدرسة زرقا للعيال التلاتة",
		"I want a blue school bag for my two sons",
		"I want a blue school bag for my son and daughter",
	} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].SKU != "BAG-SCH" || !slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: want the bags' count asked, got %+v", text, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز شنطة مدرسة زرقا للولدين كل واحد شنطة", []wantItem{{"BAG-SCH", 2, "أزرق", nil}}},
		{"عايز شنطة مدرسة زرقا لابني ولبنتي كل واحد واحدة", []wantItem{{"BAG-SCH", 2, "أزرق", nil}}},
		{"عايز مقلمة زرقا لكل واحد من الولدين", []wantItem{{"PEN-CASE", 2, "أزرق", nil}}},
		{"عايز شنطة مدرسة زرقا لابني", []wantItem{{"BAG-SCH", 1, "أزرق", nil}}},
		{"I want a blue school bag for my son", []wantItem{{"BAG-SCH", 1, "أزرق", nil}}},
		{"عايز ٢ شنطة مدرسة زرقا للولدين", []wantItem{{"BAG-SCH", 2, "أزرق", nil}}},
		{"عايز مكتب مذاكرة ابيض لاوضة الولدين", []wantItem{{"DESK-ST", 1, "أبيض", nil}}},
	})
	for _, tt := range []itemCase{
		{"عايز شنطة مدرسة زرقا لابني", nil},
		{"عايز ٢ شنطة مدرسة زرقا للولدين", nil},
	} {
		if res := understandText(t, r, tt.text); len(res.Items) != 1 || slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: no count to ask, got %+v", tt.text, res.Items)
		}
	}
}

// TestRules_TheSameAgain: "وزيها (بالظبط)", "ومثله", "وواحدة زيها", "and
// another one like it" after a line is one more of it — the same goods and
// size, so a line sold by area or length grows by one piece's measure —
// and a colour said right after ("وزيها وردي", "and the same in pink") is
// a new line of that colour, the first keeping its own.
func TestRules_TheSameAgain(t *testing.T) {
	r := rulesFrom(t, c20aCSV, c20aVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز شنطة مدرسة زرقا وزيها بالظبط", []wantItem{{"BAG-SCH", 2, "أزرق", nil}}},
		{"عايز لوح فلين بيج ١٠٠ في ٥٠ ومثله بالظبط", []wantItem{{"BOARD", 1, "بيج", []int{100, 50}}}},
		{"عايز جلاد شفاف ٣ متر وزيه", []wantItem{{"COVER", 6, "", []int{300}}}},
		{"عايز ٢ مقلمة زرقا وواحدة زيهم", []wantItem{{"PEN-CASE", 3, "أزرق", nil}}},
		{"عايز شنطة مدرسة زرقا وزيها وردي", []wantItem{{"BAG-SCH", 1, "أزرق", nil}, {"BAG-SCH", 1, "وردي", nil}}},
		{"عايز ٢ مقلمة زرقا وزيهم وردي", []wantItem{{"PEN-CASE", 2, "أزرق", nil}, {"PEN-CASE", 2, "وردي", nil}}},
		{"I want a blue school bag and the same in pink", []wantItem{{"BAG-SCH", 1, "أزرق", nil}, {"BAG-SCH", 1, "وردي", nil}}},
		{"3ayez shanta zar2a w zayaha", []wantItem{{"BAG-SCH", 2, "أزرق", nil}}},
		{"3ayez shanta zar2a w zayaha pink", []wantItem{{"BAG-SCH", 1, "أزرق", nil}, {"BAG-SCH", 1, "وردي", nil}}},
		{"I want a blue school bag and another one like it", []wantItem{{"BAG-SCH", 2, "أزرق", nil}}},
		{"عايز شنطة مدرسة زرقا زي اللي خدتها قبل كده", []wantItem{{"BAG-SCH", 1, "أزرق", nil}}},
		// other goods said after it match it: no second desk
		{"عايز مكتب مذاكرة ابيض وزيه كرسي مذاكرة", []wantItem{{"DESK-ST", 1, "أبيض", nil}, {"CHAIR-ST", 1, "", nil}}},
	})
}
