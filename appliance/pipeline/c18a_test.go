package pipeline_test

import (
	"fmt"
	"testing"

	"fatoora/catalog"
)

// A glassware shop: a water glass sold alone and a set of six of them.
const c18aGlassCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GL-1,كوباية مية زجاج,Glass water cup,كوباية مية,كوبايات,piece,40,200,زجاج,
GL-6,طقم 6 كوباية مية زجاج,Set of 6 glass water cups,طقم كوبايات,كوبايات,piece,210,30,زجاج,
JUG-1,دورق زجاج,Glass jug,دورق,دوارق,piece,120,20,زجاج,
`

// Six glasses said beside a set of six: asked which; the set picked is
// one set, the glasses picked are six, whichever way the figure was read
// (the Arabic count before the goods, the English figure the set's name
// holds). Never six sets, never one glass.
func TestPipeline_SetOfSixPickedIsOneSet(t *testing.T) {
	for _, c := range []struct {
		text, pick, sku string
		want            float64
	}{
		{"عايز 6 كوباية مية زجاج", "طقم 6 كوباية مية زجاج", "GL-6", 1},
		{"عايز 6 كوباية مية زجاج", "كوباية مية زجاج", "GL-1", 6},
		{"I need 6 glass water cups", "Set of 6 glass water…", "GL-6", 1}, // a list row's title is cut at 20
		{"I need 6 glass water cups", "Glass water cup", "GL-1", 6},
	} {
		t.Run(c.text+" → "+c.pick, func(t *testing.T) {
			h := newHarnessWith(t, harnessOptions{catalog: c18aGlassCSV}, nil)
			h.text(c.text)
			ms := h.waitMessages(1)
			if ms[0].Interactive == nil {
				t.Fatalf("want which asked: %s", describe(ms))
			}
			h.tap(ms[0], c.pick)
			h.waitMessages(3)
			h.settle()
			docs := h.documents()
			if len(docs) != 1 || len(docs[0].Lines) != 1 || docs[0].Lines[0].SKU != c.sku || docs[0].Lines[0].Quantity != catalog.MilliFromFloat(c.want) {
				var have []string
				for _, d := range docs {
					for _, l := range d.Lines {
						have = append(have, fmt.Sprintf("%s × %s", l.Quantity, l.SKU))
					}
				}
				t.Fatalf("picked %q: want %v × %s invoiced, have %v: %s", c.pick, c.want, c.sku, have, describe(h.graph.MessagesTo(customer)))
			}
		})
	}
}
