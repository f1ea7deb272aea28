package pipeline_test

import (
	"testing"
)

// "Which one?" over a kind of seven lists all seven: none is left out of
// the list (a WhatsApp list shows ten rows).
func TestPipeline_WhichListsEveryCloseProduct(t *testing.T) {
	h := newHarnessWith(t, harnessOptions{catalog: `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
L-3,لمبة ليد 3 وات,LED bulb 3 W,,لمبات,piece,20,100,,
L-5,لمبة ليد 5 وات,LED bulb 5 W,,لمبات,piece,25,100,,
L-7,لمبة ليد 7 وات,LED bulb 7 W,,لمبات,piece,30,100,,
L-9,لمبة ليد 9 وات,LED bulb 9 W,,لمبات,piece,35,100,,
L-12,لمبة ليد 12 وات,LED bulb 12 W,,لمبات,piece,45,100,,
L-15,لمبة ليد 15 وات,LED bulb 15 W,,لمبات,piece,55,100,,
L-20,لمبة ليد 20 وات,LED bulb 20 W,,لمبات,piece,70,100,,
`}, nil)
	h.text("عايز لمبة ليد")
	ms := h.waitMessages(1)
	q := ms[0].Interactive
	if q == nil || len(q.Sections) != 1 {
		t.Fatalf("want a list of the bulbs: %s", describe(ms))
	}
	seen := map[string]bool{}
	for _, r := range q.Sections[0].Rows {
		seen[r.Title] = true
	}
	for _, w := range []string{"3", "5", "7", "9", "12", "15", "20"} {
		if !seen["لمبة ليد "+w+" وات"] {
			t.Errorf("the %s W bulb is not in the list %v", w, seen)
		}
	}
}
