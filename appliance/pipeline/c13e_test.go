package pipeline_test

import (
	"strings"
	"testing"
)

// hoodShop is a kitchen section: an island hood out of stock, another
// hood, a hob and a sink in stock.
const hoodShop = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
H-ISL,شفاط جزيرة,Island hood,,مطابخ,piece,12400,0,ستانلس,فضي
H-HID,شفاط مخفي بلت إن,Hidden hood,,مطابخ,piece,7300,3,ستانلس,فضي
C-5,بوتاجاز بلت إن 5 شعلة,Built-in hob,,مطابخ,piece,9600,4,ستانلس,فضي
S-1,حوض جرانيت عين ونص,Granite sink,,مطابخ,piece,4700,6,جرانيت,أسود
`

const hiddenHood = "H-HID,شفاط مخفي بلت إن,Hidden hood,,مطابخ,piece,7300,3,ستانلس,فضي\n"

// An island hood out of stock is offered the other hood in stock, not the
// rest of the kitchen section (a cooker, a sink).
func TestPipeline_AlternativesOfTheSameKind(t *testing.T) {
	h := newHarnessWith(t, harnessOptions{catalog: hoodShop}, nil)
	h.text("عايز شفاط جزيرة")
	ms := h.waitMessages(1)
	q := ms[0].Interactive
	if q == nil || len(q.Buttons) != 1 || q.Buttons[0].Title != "شفاط مخفي بلت إن" {
		t.Fatalf("want the other hood alone offered: %s %+v", describe(ms), q)
	}
}

// With none of the same kind in stock, the section's products are offered.
func TestPipeline_AlternativesOfTheSectionWhenNoneOfTheKind(t *testing.T) {
	h := newHarnessWith(t, harnessOptions{catalog: strings.Replace(hoodShop, hiddenHood, "", 1)}, nil)
	h.text("عايز شفاط جزيرة")
	ms := h.waitMessages(1)
	q := ms[0].Interactive
	if q == nil {
		t.Fatalf("want alternatives: %s", describe(ms))
	}
	offered := len(q.Buttons)
	for _, s := range q.Sections {
		offered += len(s.Rows)
	}
	if offered != 2 {
		t.Fatalf("want the section's two products offered: %+v", q)
	}
}
