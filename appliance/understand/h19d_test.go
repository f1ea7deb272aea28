package understand

import (
	"context"
	"slices"
	"testing"
)

// The first-contact classes of round 19 (branch h19d), on a small shop of
// home appliances of its own (none of the blind sets' catalogs or
// sentences): washing machines by kilograms and loading, fridges by feet,
// water filters by stages, a drain hose by the metre, and the
// installations and a technician's visit sold as products.
const h19dCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WM-8-FR,غسالة 8 كيلو فول اوتوماتيك امامي,8 kg front-load washer,غسالة 8|غسالة امامي 8,غسالات,piece,14500,9,,أبيض|فضي
WM-8-TOP,غسالة 8 كيلو فتحة علوية,8 kg top-load washer,,غسالات,piece,11900,6,,أبيض
WM-10-FR,غسالة 10 كيلو فول اوتوماتيك امامي,10 kg front-load washer,غسالة 10,غسالات,piece,17800,4,,أبيض|فضي
FR-16-NF,ثلاجة 16 قدم نوفروست,16 ft no-frost fridge,تلاجة 16,ثلاجات,piece,21000,5,,فضي|أسود
FR-16-DF,ثلاجة 16 قدم ديفروست,16 ft defrost fridge,,ثلاجات,piece,16500,7,,أبيض
FR-20-NF,ثلاجة 20 قدم نوفروست,20 ft no-frost fridge,تلاجة 20,ثلاجات,piece,27500,3,,فضي
FLT-7,فلتر مياه 7 مراحل,7-stage water filter,فلتر 7,فلاتر,piece,3900,12,,
HOSE-DR,خرطوم صرف (بالمتر),Drain hose (per metre),خرطوم غسالة,خراطيم,meter,25,300,,
INST-WM,تركيب غسالة,Washer installation,تركيب غسالة,خدمات,piece,250,,,
INST-FLT,تركيب فلتر,Filter installation,تركيب فلتر,خدمات,piece,200,,,
VISIT,زيارة فني صيانة,Technician maintenance visit,زيارة فني,خدمات,piece,300,,,
`

const h19dVocab = `غسالة, غساله, غسالات, washer, washing machine, ghassala
ثلاجة, تلاجة, تلاجه, ثلاجه, fridge, tallaga
قدم, feet, ft, adam
كيلو, kg, kilo
فلتر, فلاتر, filter, filtar
مرحلة, مراحل, stage, stages, mara7el
تركيب, installation, tarkib
امامي, front, front-load
فني, صيانة, technician
ابيض, وايت, white => أبيض
فضي, سيلفر, silver => فضي
اسود, بلاك, black => أسود
`

func h19dRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h19dCSV, h19dVocab)
}

// TestRules_FrancoKamOfConstruct: Franco "kam" before a noun in construct
// with a definite one ("kam taman el ghassala", "kam filtar el 7 mara7el")
// asks how much that thing is, as "كام فلتر الـ٧ مراحل" does: a quote,
// never an order. "kam" before a figure, a measure or a span of time with
// an article after it asks how many, no price.
func TestRules_FrancoKamOfConstruct(t *testing.T) {
	r := h19dRules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"kam filtar el 7 mara7el?", []wantItem{{"FLT-7", 1, "", nil}}},
		{"kam tarkib el ghassala?", []wantItem{{"INST-WM", 1, "", nil}}},
		{"كام فلتر الـ٧ مراحل؟", []wantItem{{"FLT-7", 1, "", nil}}},
	})
	for _, text := range []string{"kam yom el tawsil?", "3ayez filtar 7 mara7el, kam metr el khartoom?"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if kamConstruct(r.prepare(text), slices.IndexFunc(r.prepare(text), func(t token) bool { return t.surface == "kam" })+1) {
			t.Errorf("%s: read as a price of a thing (%s)", text, res.Intent)
		}
	}
}

// TestRules_WorkerOfTheShop: the installation asked by a worker's verb
// beside the goods ("وابعتلي فني يركبها", "وحد ييجي يركب الفلتر") is a
// line of the order, the installation of the goods it names or follows;
// where the shop sells the worker's visit by the worker's own word ("زيارة
// فني"), the line is that visit.
func TestRules_WorkerOfTheShop(t *testing.T) {
	r := h19dRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز غسالة ١٠ كيلو ابيض وحد ييجي يركبها", []wantItem{{"WM-10-FR", 1, "أبيض", nil}, {"INST-WM", 1, "", nil}}},
		{"محتاج فلتر ٧ مراحل ولو ينفع حد ييجي يركب الفلتر", []wantItem{{"FLT-7", 1, "", nil}, {"INST-FLT", 1, "", nil}}},
	})
	// the worker named by the shop's own service: his visit
	const visitCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FLT-7,فلتر مياه 7 مراحل,7-stage water filter,فلتر 7,فلاتر,piece,3900,12,,
INST-FLT,تركيب فلتر وتوصيل,Filter installation,تركيب فلتر,خدمات,piece,200,,,
VISIT,زيارة فني تركيب,Technician installation visit,زيارة فني,خدمات,piece,300,,,
`
	rv := rulesFrom(t, visitCSV, "فلتر, filter\nزيارة, زياره, فني, visit\n")
	checkCases(t, rv, Order, []itemCase{
		{"عايز فلتر ٧ مراحل وابعتلي فني يركب", []wantItem{{"FLT-7", 1, "", nil}, {"VISIT", 1, "", nil}}},
	})
}

// TestRules_SharedFigureAsks: a rating several products of the same kind
// share, said with its measure ("تلاجة ١٦ قدم", "16 ft fridge": a no-frost
// and a defrost one), with nothing else said to choose, asks which —
// though one's synonym ("تلاجة 16") holds only the words said. A word that
// chooses, or another figure only one has, names it.
func TestRules_SharedFigureAsks(t *testing.T) {
	r := h19dRules(t)
	for _, text := range []string{"عايز تلاجة ١٦ قدم", "I need a 16 ft fridge", "3ayez tallaga 16 adam"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "" || len(res.Items[0].Ambiguous) != 2 {
			t.Errorf("%s: %+v (confidence %.2f), want which of the two asked", text, res.Items, res.Confidence)
		}
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز غسالة ٨ كيلو فتحة علوية", []wantItem{{"WM-8-TOP", 1, "", nil}}},
		{"عايز غسالة ١٠ كيلو ابيض", []wantItem{{"WM-10-FR", 1, "أبيض", nil}}},
		{"I need a 20 ft fridge", []wantItem{{"FR-20-NF", 1, "", nil}}},
	})
}

// TestRules_NamedByFigureAndWord: English names goods by the figure and
// the word that set them apart, the head noun left off ("the 16 ft
// defrost, the 7-stage filter and 3 meters of drain hose"): that product's
// line, never dropped from the list.
func TestRules_NamedByFigureAndWord(t *testing.T) {
	r := h19dRules(t)
	checkCases(t, r, Order, []itemCase{
		{"I want the 16 ft defrost, the water filter and 3 meters of drain hose", []wantItem{{"FR-16-DF", 1, "", nil}, {"FLT-7", 1, "", nil}, {"HOSE-DR", 3, "", nil}}},
		{"I want the 8 kg top-load and the installation", []wantItem{{"WM-8-TOP", 1, "", nil}, {"INST-WM", 1, "", nil}}},
	})
}

// TestRules_ForTheAfterAClause: English "for the …" in a clause of its
// own after the goods' clauses ("…, white, for the building roof") says
// where or what they are for, as it does right after them: no line, though
// a product's name holds the noun.
func TestRules_ForTheAfterAClause(t *testing.T) {
	r := h19dRules(t)
	checkCases(t, r, Order, []itemCase{
		{"I need 3 meters of drain hose, for the washer, and the 7 stage filter", []wantItem{{"HOSE-DR", 3, "", nil}, {"FLT-7", 1, "", nil}}},
		{"I want a 7 stage water filter, for the washer in the kitchen", []wantItem{{"FLT-7", 1, "", nil}}},
	})
}
