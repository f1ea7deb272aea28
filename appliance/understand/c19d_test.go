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
