package understand

import (
	"context"
	"testing"

	"fatoora/catalog"
)

// Round 25's wrong documents (branch h25), on a small spice and extract
// shop of its own (none of the blind sets' catalogs or sentences):
// saffron by the tola, cardamom and coffee by the kilo, extracts by the ml.
const h25CSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SAF-TOLA,زعفران إيراني تولة,Iranian saffron per tola,زعفران|زعفران ايراني,بهارات,piece,900,20,,
CARD-KG,حبهان كيلو,Cardamom per kilo,حبهان|حبان,بهارات,piece,700,20,,
COF-KG,بن محوج كيلو,Spiced coffee per kilo,بن|بن محوج,بن,piece,400,50,,
VAN-ML,خلاصة فانيليا بالمللي,Vanilla extract per ml,فانيليا|خلاصة فانيليا,خلاصات,piece,3,2000,,
`

const h25Vocab = `زعفران, za3faran, saffron
حبهان, 7abahan, cardamom
بن, bon, coffee
`

// TestRules_FractionAfterBareMeasure: a measure the goods are priced per
// said with no figure, then a fraction ("تولة ونص زعفران", "كيلو ونص بن",
// "kilo w nos"), is one and the fraction: 1.5, never 1; after a figure
// the fraction still adds to it ("2 تولة ونص": 2.5).
func TestRules_FractionAfterBareMeasure(t *testing.T) {
	r := rulesFrom(t, h25CSV, h25Vocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز تولة ونص زعفران وكيلو حبهان", []wantItem{{"SAF-TOLA", 1.5, "", nil}, {"CARD-KG", 1, "", nil}}},
		{"محتاج كيلو ونص بن محوج", []wantItem{{"COF-KG", 1.5, "", nil}}},
		{"محتاج 2 تولة ونص زعفران", []wantItem{{"SAF-TOLA", 2.5, "", nil}}},
		{"3ayez kilo w nos 7abahan", []wantItem{{"CARD-KG", 1.5, "", nil}}},
	})
}

// h25SweetsCSV: a sweets shop selling a tray by the metre in two flavours.
const h25SweetsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
KONAFA-M,كنافة بالمتر,Konafa tray per metre,كنافة متر|كنافة,حلويات,meter,600,,,قشطة|مانجا
BASB,بسبوسة صينية,Basbousa tray,بسبوسة,حلويات,piece,250,20,,
`

// TestRules_PartySizeIsNoAmount: how many people a party will be
// ("هنبقى حوالي ٣٠ واحد", "we will be about 25 people") says who the goods
// are for, never a length of goods sold by the metre (0.3 m) nor a count:
// the length is asked; a length said stays the line's.
func TestRules_PartySizeIsNoAmount(t *testing.T) {
	r := rulesFrom(t, h25SweetsCSV, "")
	for _, text := range []string{
		"محتاج كنافة بالمتر قشطة لعزومة البيت، هنبقى حوالي ٣٠ واحد",
		"need konafa by the metre, we will be about 25 people",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "KONAFA-M" || res.Items[0].Quantity != catalog.MilliFromFloat(1) || len(res.Items[0].DimsCM) != 0 {
			t.Errorf("%q: items %+v, want one KONAFA-M of no length said", text, res.Items)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز 2 متر كنافة قشطة احنا هنكون 50 فرد", []wantItem{{"KONAFA-M", 2, "قشطة", nil}}},
		{"عايز 3 بسبوسة", []wantItem{{"BASB", 3, "", nil}}},
	})
}
