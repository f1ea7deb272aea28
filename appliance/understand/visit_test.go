package understand

import (
	"context"
	"testing"
)

// An aluminium-windows shop: windows and a shutter sold by the m², and
// an inspection visit sold as a product of its own in the second catalog.
const visitWindowsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WIN-SL,شباك ألوميتال جرار,Sliding aluminium window,شباك جرار,شبابيك,sqm,2400,,ألوميتال,أبيض|فضي
SHT-1,شيش حصيرة ألوميتال,Aluminium shutter,شيش حصيرة,شيش,sqm,1900,,ألوميتال,أبيض|بني
`

// TestRules_VisitForGoods: a visit to inspect or to measure asked for
// goods ("احجز معاينة للشبابيك", "حد ياخد مقاسات للشيش", Franco "me3aynet
// lel shebabik") is a question for a person about a visit, no goods
// asked: it was a "which window?" question. A shop that sells the visit
// itself keeps it as that product's line.
func TestRules_VisitForGoods(t *testing.T) {
	r := rulesFrom(t, visitWindowsCSV, "شباك, شبابيك, shebbak, shebabik\nابيض, abyad, white => أبيض\n")
	for _, text := range []string{"ازاي احجز معاد معاينة للشبابيك؟", "عايز حد ييجي ياخد مقاسات للشيش", "3ayez me3aynet lel shebabik"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 0 || len(res.Service) == 0 {
			t.Errorf("%q: items %d, service %q; want no goods, the visit a question", text, len(res.Items), res.Service)
		}
	}
	sold := rulesFrom(t, visitWindowsCSV+"SRV-VISIT,معاينة وقياس,Inspection and measuring visit,معاينة,خدمات,piece,300,,,\n", "")
	checkCases(t, sold, Order, []itemCase{
		{"عايز معاينة للشبابيك", []wantItem{{"SRV-VISIT", 1, "", nil}}},
	})
}
