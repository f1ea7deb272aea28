package understand

import "testing"

// The work asked by its verb (branch c19d), on a small car-care shop of its
// own: goods and the works it sells under their verbal nouns (تركيب,
// تلميع), a tyre by the piece.
const c19dCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FILM-CAR,فيلم عازل حراري للعربية,Car heat film,فيلم عربية,أفلام,piece,1800,10,,
TYRE-15,كاوتش مقاس 15,Tyre size 15,كاوتش 15,كاوتش,piece,2600,20,,
SRV-FIT,تركيب فيلم,Film fitting,,خدمات,piece,300,,,
SRV-POLISH,تلميع العربية,Car polishing,,خدمات,piece,500,,,
MUG-CAR,مج عربية حراري,Car travel mug,,اكسسوارات,piece,150,50,,
SRV-PRINT,طباعة اسم على المج,Name printing on the mug,,خدمات,piece,40,,,
`

// TestRules_WorkAskedByItsVerb: a verb of a work the shop sells under its
// own head, said to the shop ("وتركبوهولي", "وتلمعولي العربية"), asks for
// that work as its own line: it was read as talk and the work left off the
// invoice. Its object pronoun counts as the noun's possessive does
// ("تركبوهم": the fitting of each), and so does "on them" right after it
// ("وتطبعوا عليهم الاسم"); a question ("وتركبوه امتى؟"), the
// customer's own doing ("مش هعرف اركبه") and a word of the verb's letters
// with the article (a place, "التجمع") ask for nothing.
func TestRules_WorkAskedByItsVerb(t *testing.T) {
	r := rulesFrom(t, c19dCSV, "")
	checkCases(t, r, Order, []itemCase{
		{"عايز فيلم عازل حراري للعربية وتركبوهولي", []wantItem{{"FILM-CAR", 1, "", nil}, {"SRV-FIT", 1, "", nil}}},
		{"عايز فيلم عازل حراري للعربية وتركبولي", []wantItem{{"FILM-CAR", 1, "", nil}, {"SRV-FIT", 1, "", nil}}},
		{"عايز ٢ فيلم عازل حراري للعربية وتركبوهم", []wantItem{{"FILM-CAR", 2, "", nil}, {"SRV-FIT", 2, "", nil}}},
		{"عايز كاوتش مقاس 15 وتلمعولي العربية", []wantItem{{"TYRE-15", 1, "", nil}, {"SRV-POLISH", 1, "", nil}}},
		// "on them" after the verb: the work on each of the goods
		{"عايز ١٢ مج عربية حراري وتطبعوا عليهم الاسم", []wantItem{{"MUG-CAR", 12, "", nil}, {"SRV-PRINT", 12, "", nil}}},
	})
	for _, text := range []string{"عايز فيلم عازل حراري للعربية، وتركبوه امتى؟", "عايز فيلم عازل حراري للعربية عشان مش هعرف اركبه"} {
		res := understandText(t, r, text)
		for _, it := range res.Items {
			if it.SKU == "SRV-FIT" {
				t.Errorf("%q: the fitting invoiced (%+v)", text, res.Items)
			}
		}
	}
}

// A cookware shop of its own, for "one for each" of goods no line counts.
const c19fCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POT-SET5,طقم حلل 5 قطع,Pot set 5 pieces,,حلل,piece,3200,10,,
POT-GRN,طقم حلل جرانيت,Granite pot set,,حلل,piece,4100,10,,
POT-28,حلة 28 سم,Pot 28 cm,,حلل,piece,650,20,,
LID-GLASS,غطا زجاج,Glass lid,,اكسسوارات,piece,120,50,,
HANDLE,مقبض حلة,Pot handle,,اكسسوارات,piece,40,100,,
`

// TestRules_EachOfGoodsNotCounted: "one for each" of goods no line counts
// ("عايز مقبض لكل حلة عندي", "وغطا لكل حلة" after a set whose name does not
// count its pots) is a count the customer has not said: asked, never one.
// Goods counted before keep their count ("٣ حلل ٢٨ وغطا لكل حلة": 3, the
// plural حلل of حلة), a set counts its pieces as its name does ("طقم حلل ٥
// قطع": 5), "لكل طقم" counts the sets, and English "for my kitchen" is no
// "each".
func TestRules_EachOfGoodsNotCounted(t *testing.T) {
	r := rulesFrom(t, c19fCSV, "")
	for _, c := range []struct {
		text      string
		uncounted string
		want      map[string]float64
	}{
		{"عايزة طقم حلل جرانيت وغطا زجاج لكل حلة", "LID-GLASS", nil},
		{"عايزة طقم حلل ٥ قطع وغطا زجاج لكل حلة", "", map[string]float64{"POT-SET5": 1, "LID-GLASS": 5}},
		{"عايز مقبض حلة لكل حلة عندي", "HANDLE", nil},
		{"I need a pot handle for each pot at home", "HANDLE", nil},
		{"عايزة ٣ حلل ٢٨ سم وغطا زجاج لكل حلة", "", map[string]float64{"POT-28": 3, "LID-GLASS": 3}},
		{"عايزة ٢ طقم حلل ٥ قطع وغطا زجاج لكل طقم", "", map[string]float64{"POT-SET5": 2, "LID-GLASS": 2}},
		{"I need a glass lid and a pot handle for my kitchen", "", map[string]float64{"LID-GLASS": 1, "HANDLE": 1}},
	} {
		res := understandText(t, r, c.text)
		for _, it := range res.Items {
			if c.uncounted != "" && it.SKU == c.uncounted && !it.uncounted {
				t.Errorf("%q: %s counted %v, not asked", c.text, it.SKU, it.Quantity)
			}
			if want, ok := c.want[it.SKU]; ok && (it.Quantity.Float() != want || it.uncounted) {
				t.Errorf("%q: %s ×%v (uncounted %v), want ×%v", c.text, it.SKU, it.Quantity, it.uncounted, want)
			}
		}
	}
}
