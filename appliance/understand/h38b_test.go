package understand

import "testing"

// Branch h38b, on catalogs of their own (none of round 38's names or
// sentences): an internet provider selling plans by their period.
const h38bNetCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NET-3M,باقة انترنت 3 شهور,Internet plan 3 months,باقة 3 شهور|باقة ربع سنة,باقات,piece,900,,,
NET-6M,باقة انترنت 6 شهور,Internet plan 6 months,باقة 6 شهور|باقة نص سنة,باقات,piece,1700,,,
NET-12M,باقة انترنت سنة,Internet plan 12 months,باقة سنة|باقة سنوية,باقات,piece,3000,,,
ROUTER,راوتر واي فاي,Wi-Fi router,راوتر,اجهزة,piece,1200,10,,
`

const h38bNetVocab = `باقة, باقه, ba2a, plan, package
شهر, شهور, اشهر, month, months, shahr, shohor
سنة, سنوية, سنوي, سنه, year, yearly, annual, sana
راوتر, router
`

// TestRules_FiguredVariantCorrectedByAWord: a variant named by a figure
// and its measure ("باقة ٦ شهور") corrected by a word naming another
// variant with no figure ("لا معلش خليها سنة", Franco "la m3lesh khaleeha
// sana", "sorry, make it yearly") is that other variant, the figure no
// count; the goods after "،"/"و" stay their own line.
func TestRules_FiguredVariantCorrectedByAWord(t *testing.T) {
	r := rulesFrom(t, h38bNetCSV, h38bNetVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز باقة ٦ شهور.. لا معلش خليها سنة احسن، وراوتر", []wantItem{{"NET-12M", 1, "", nil}, {"ROUTER", 1, "", nil}}},
		{"عايز ٢ باقة ٣ شهور.. لا خليهم سنة", []wantItem{{"NET-12M", 2, "", nil}}},
		{"عايز باقة ٦ شهور.. معلش خليها سنة", []wantItem{{"NET-12M", 1, "", nil}}},
		{"3ayez ba2a 6 shohor.. la m3lesh khaleeha sana", []wantItem{{"NET-12M", 1, "", nil}}},
		{"I want 6 months plan.. actually make it a year", []wantItem{{"NET-12M", 1, "", nil}}},
		// no correction: the variant said, the figure its name's
		{"عايز باقة ٦ شهور وراوتر", []wantItem{{"NET-6M", 1, "", nil}, {"ROUTER", 1, "", nil}}},
	})
}

// TestRules_WordVariantCorrectedByAFigure: the mirror — a variant named by
// a word ("باقة سنة") corrected by a figure and its measure naming another
// ("لا خليها ٦ شهور", Franco "la m3lesh khaleeha 6 shohor", "sorry, make
// it 6 months") is that other variant, never the figure a count of the
// first; a bare count corrected ("لا خليهم ٢") is still the count.
func TestRules_WordVariantCorrectedByAFigure(t *testing.T) {
	r := rulesFrom(t, h38bNetCSV, h38bNetVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز باقة سنة.. لا خليها ٦ شهور", []wantItem{{"NET-6M", 1, "", nil}}},
		{"عايز ٢ باقة سنة.. لا معلش خليهم ٣ شهور، وراوتر", []wantItem{{"NET-3M", 2, "", nil}, {"ROUTER", 1, "", nil}}},
		{"3ayez ba2a sana.. la m3lesh khaleeha 6 shohor", []wantItem{{"NET-6M", 1, "", nil}}},
		{"I want an annual plan.. sorry, make it 6 months", []wantItem{{"NET-6M", 1, "", nil}}},
		{"عايز باقة سنة.. لا خليهم ٢", []wantItem{{"NET-12M", 2, "", nil}}},
	})
}

// A paint shop, its colours by the gallon.
const h38bPaintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PAINT,جالون بلاستيك,Plastic paint gallon,جالون|بلاستيك,دهانات,piece,600,30,,أبيض|رمادي|بيج
BRUSH,فرشاة دهان,Paint brush,فرشاة|فرشة,ادوات,piece,40,50,,
`

const h38bPaintVocab = `جالون, gallon, galon
فرشاة, فرشة, brush, forsha
ابيض, أبيض, white, abyad => أبيض
رمادي, gray, grey, ramadi => رمادي
`

// TestRules_IMeanCorrects: "اقصد"/"قصدي" (I mean), Franco "a2sod", after
// "لا" corrects what was just said as "خليه" does — the colour ("جالون
// ابيض.. لا اقصد رمادي") or the count ("٢ جالون.. لا اقصد ٣").
func TestRules_IMeanCorrects(t *testing.T) {
	r := rulesFrom(t, h38bPaintCSV, h38bPaintVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز جالون ابيض.. لا اقصد رمادي", []wantItem{{"PAINT", 1, "رمادي", nil}}},
		{"عايز ٢ جالون ابيض.. لا اقصد ٣، وفرشاة", []wantItem{{"PAINT", 3, "أبيض", nil}, {"BRUSH", 1, "", nil}}},
		{"3ayez galon abyad.. la2 a2sod ramadi", []wantItem{{"PAINT", 1, "رمادي", nil}}},
	})
}
