package understand

import (
	"context"
	"testing"
)

// An optician's shop: lenses sold by the pair and contact lenses by the
// box, named in the plural; frames named in the singular.
const c15cCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LNS-AR,عدسات مضادة للانعكاس (الزوج),Anti-glare lenses (pair),,عدسات,piece,700,,,
CL-WEEK,عدسات لاصقة اسبوعية علبة,Weekly contact lenses box,,عدسات لاصقة,piece,400,20,,
FRM,إطار نظارة,Eyeglass frame,فريم,إطارات,piece,800,10,,أسود|بني
`

const c15cVocab = `عدسات, عدسة, lenses, lens
إطار, اطار, إطارات, اطارات, فريم, فريمات, frame, frames
مضادة, anti
لاصقة, contact
اسود, black => أسود
بني, brown => بني
`

// TestRules_PluralOfItsOwnName: a product named in the plural ("عدسات …",
// "… lenses") said by its name is one of it, asked as an order; the plural
// of a product named in the singular ("فريمات") is still several, uncounted.
func TestRules_PluralOfItsOwnName(t *testing.T) {
	r := rulesFrom(t, c15cCSV, c15cVocab)
	for _, tt := range []struct {
		text      string
		sku       string
		uncounted bool
	}{
		{"عايز عدسات مضادة للانعكاس", "LNS-AR", false},
		{"I need anti-glare lenses", "LNS-AR", false},
		{"محتاج عدسات لاصقة اسبوعية", "CL-WEEK", false},
		{"عايز اطارات نظارة اسود", "FRM", true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || res.Items[0].SKU != tt.sku {
				t.Fatalf("%s: %+v, want one %s", tt.text, res.Items, tt.sku)
			}
			if got := res.Items[0].uncounted; got != tt.uncounted {
				t.Errorf("%s: uncounted %v, want %v (%+v)", tt.text, got, tt.uncounted, res.Items[0])
			}
		})
	}
}
