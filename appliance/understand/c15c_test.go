package understand

import (
	"context"
	"slices"
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

// TestRules_LetterIsNoNumber: a single letter said after the goods ("كنبة
// سرير T", "a T counter") is no English number word with an ending added
// ("T" + "en" = ten): never a count of ten.
func TestRules_LetterIsNoNumber(t *testing.T) {
	r := rulesFrom(t, c15cCSV, c15cVocab)
	for _, text := range []string{"عايز إطار نظارة اسود T", "I need a T eyeglass frame black", "3ayez frame eswed T"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range res.Items {
			if it.Quantity.Float() != 1 {
				t.Errorf("%s: %s × %v, want one", text, it.SKU, it.Quantity)
			}
		}
	}
}

// A party's size said with the guests as its subject ("المعازيم حوالي ٤٠
// واحد") is no length of goods sold by the metre, and Franco's "el ma7al
// fein?" (the article a word of its own) asks where the shop is.
func TestRules_GuestsAndFrancoShop(t *testing.T) {
	const csv = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
RUN,سجادة ممر بالمتر,Runner rug by the metre,سجادة ممر,سجاد,meter,300,,,
`
	r := rulesFrom(t, csv, "سجادة, سجاد, rug\nممر, runner\n")
	res, err := r.Understand(context.Background(), "عايز سجادة ممر للفرح، المعازيم حوالي ٤٠ واحد")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || len(res.Items[0].DimsCM) != 0 || !slices.Contains(res.Items[0].Missing, "size") {
		t.Errorf("the guests read into the runner: %+v", res.Items)
	}
	for _, text := range []string{"el ma7al fein?", "المحل فين؟"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Service) == 0 {
			t.Errorf("%s: no question about where the shop is: %+v", text, res)
		}
	}
}
