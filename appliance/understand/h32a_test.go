package understand

import (
	"slices"
	"testing"
)

// A tyre and wheel centre: each service priced for a sedan (ملاكي) and for
// an SUV (جيب); the shop's synonyms give the short phrase of a service to
// its sedan price ("ترصيص عجل", "ضبط زوايا").
const h32aTyreCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BAL-SEDAN,ترصيص وزن عجل ملاكي,Wheel balancing - sedan,ترصيص عجل|ترصيص ملاكي,ترصيص,piece,150,,,
BAL-SUV,ترصيص وزن عجل جيب,Wheel balancing - SUV,ترصيص جيب,ترصيص,piece,200,,,
ALIGN-SEDAN,ضبط زوايا عجل ملاكي,Wheel alignment - sedan,ضبط زوايا|زوايا ملاكي,زوايا,piece,250,,,
ALIGN-SUV,ضبط زوايا عجل جيب,Wheel alignment - SUV,زوايا جيب,زوايا,piece,350,,,
VALVE,بلف كاوتش,Tyre valve,بلف,قطع,piece,15,200,,
CHECK-FULL,فحص كامل داخلي وخارجي ملاكي,Full inspection - sedan,فحص كامل ملاكي,فحص,piece,300,,,
CHECK-CAR,فحص عربية ملاكي,Car check - sedan,,فحص,piece,250,,,
`

const h32aTyreVocab = `ترصيص, ترصيص وزن, tarsees, balancing, balance
ضبط زوايا, زوايا, zawaya, alignment
عجل, عجلات, كاوتش, 3agal, wheel, wheels
ملاكي, سيدان, sedan, malaky
جيب, SUV, jeep, geep
عربية, عربيه, عربيتي, car, 3arabeya, 3arabia
فحص, fa7s, inspection, check
كامل, kamel, full
`

// TestRules_ServicePerCarClassAsked: a service the shop prices per car
// class, said for "the car" with no class, is asked between the classes,
// though a synonym of the sedan's says the words said in fewer words
// (kindsApart, variantAxis); said with its class, it is that one.
func TestRules_ServicePerCarClassAsked(t *testing.T) {
	r := rulesFrom(t, h32aTyreCSV, h32aTyreVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايز ترصيص عجل للعربية", []string{"BAL-SEDAN", "BAL-SUV"}},
		{"3ayez tarsees 3agal lel 3arabeya", []string{"BAL-SEDAN", "BAL-SUV"}},
		{"I need wheel balancing for my car", []string{"BAL-SEDAN", "BAL-SUV"}},
		{"عايز ضبط زوايا للعربية", []string{"ALIGN-SEDAN", "ALIGN-SUV"}},
	} {
		res := understandText(t, r, c.text)
		got := linesAsked(res)
		slices.Sort(got)
		if len(res.Items) != 1 || len(res.Items[0].Ambiguous) == 0 || !slices.Equal(got, c.want) {
			t.Errorf("%q: %v (%d lines), want %v asked", c.text, got, len(res.Items), c.want)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"عايز ترصيص عجل ملاكي", "BAL-SEDAN"},
		{"عايز ترصيص عجل جيب", "BAL-SUV"},
		{"3ayez tarsees 3agal geep", "BAL-SUV"},
		{"3ayez zawaya malaky", "ALIGN-SEDAN"},
	} {
		res := understandText(t, r, c.text)
		if len(res.Items) != 1 || res.Items[0].SKU != c.want || len(res.Items[0].Ambiguous) > 0 {
			t.Errorf("%q: %v, want %s chosen", c.text, linesAsked(res), c.want)
		}
	}
}

// A hardware shop's doors: the glass door its synonym names plainly
// beside a sliding one, a kind the catalog sells once — no variant of the
// shop's goods, the synonym's door stays the default.
const h32aDoorCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DR-GL,باب زجاج سيكوريت بإكسسوار,Tempered glass door,باب زجاج,أبواب,piece,6800,6,,
DR-SL,باب زجاج سحاب,Sliding glass door,باب سحاب,أبواب,piece,9500,3,,
`

// TestRules_SynonymDefaultOfOneKind: a synonym that says a kind's words
// for one product stays the shop's choice when the other is another kind
// (a sliding door), not the same goods in a variant the catalog repeats.
func TestRules_SynonymDefaultOfOneKind(t *testing.T) {
	r := rulesFrom(t, h32aDoorCSV, "باب, ابواب, door\nزجاج, glass\n")
	res := understandText(t, r, "عايز باب زجاج")
	if len(res.Items) != 1 || res.Items[0].SKU != "DR-GL" || len(res.Items[0].Ambiguous) > 0 {
		t.Errorf("باب زجاج: %v, want DR-GL chosen", linesAsked(res))
	}
}

// A cloth shop selling a raw and a dyed canvas by the metre, one synonym
// of the dyed one carrying the measure ("تيل جاهز بالمتر").
const h32aClothCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TIL-RAW,قماش تيل خام (بالمتر),Raw duck cloth (per metre),تيل خام,تيل,meter,90,100,قطن,
TIL-DYED,قماش تيل مصبوغ (بالمتر),Dyed duck cloth (per metre),تيل مصبوغ|تيل جاهز بالمتر,تيل,meter,130,100,قطن,
`

// TestRules_MeasureWordChoosesNoKind: "بالمتر" said, which both are sold
// by, put the dyed cloth ahead only through its synonym's measure: which
// cloth, asked (goodsTie); the kind said, it is that one.
func TestRules_MeasureWordChoosesNoKind(t *testing.T) {
	r := rulesFrom(t, h32aClothCSV, "تيل, til, duck\nمتر, metr, meter\n")
	res := understandText(t, r, "عايز ٤ متر تيل بالمتر")
	got := linesAsked(res)
	slices.Sort(got)
	if len(res.Items) != 1 || !slices.Equal(got, []string{"TIL-DYED", "TIL-RAW"}) {
		t.Errorf("٤ متر تيل بالمتر: %v, want both cloths asked", got)
	}
	res = understandText(t, r, "عايز ٤ متر تيل خام")
	if len(res.Items) != 1 || res.Items[0].SKU != "TIL-RAW" || len(res.Items[0].Ambiguous) > 0 {
		t.Errorf("٤ متر تيل خام: %v, want TIL-RAW", linesAsked(res))
	}
}

// A bakery's biscuits in weighed packs: plain ("سادة") and with dates,
// "سادة" written in three of its goods' names.
const h32aBakeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BSK-500,بسكويت سادة (نص كيلو),Plain biscuits 500 g,بسكويت نص كيلو,بسكويت,piece,90,30,,
BSK-1K,بسكويت سادة (كيلو),Plain biscuits 1 kg,بسكويت كيلو,بسكويت,piece,170,30,,
BSK-DATE-1K,بسكويت بالعجوة (كيلو),Date biscuits 1 kg,بسكويت عجوة كيلو,بسكويت,piece,200,30,,
PTF-1K,بيتيفور سادة (كيلو),Plain petit four 1 kg,بيتيفور كيلو,بسكويت,piece,220,30,,
MML-1K,معمول سادة (كيلو),Plain maamoul 1 kg,معمول كيلو,بسكويت,piece,240,30,,
MML-DATE-1K,معمول بالعجوة (كيلو),Maamoul with dates 1 kg,معمول عجوة كيلو,بسكويت,piece,260,30,,
`

const h32aBakeryVocab = `بسكويت, baskot, biscuits
بيتيفور, petit four
معمول, maamoul
عجوة, agwa, dates
كيلو, kilo, kg, kilos
نص كيلو, نص, nos kilo
`

// TestRules_WordOfThreeNamesNoPlainOne: a weight of a generic name two
// goods in weighed packs share ("بسكويت" of the plain and the date
// biscuits) is asked between them, each in its packs: "سادة", however
// many of the shop's names hold it, is the word that tells the two apart,
// no common word left unsaid (plainGoods). Said, it chooses.
func TestRules_WordOfThreeNamesNoPlainOne(t *testing.T) {
	r := rulesFrom(t, h32aBakeryCSV, h32aBakeryVocab)
	for _, text := range []string{"عايز ٢ كيلو بسكويت للعيد", "3ayez 2 kilo baskot", "I want 2 kilos of biscuits"} {
		res := understandText(t, r, text)
		got := linesAsked(res)
		slices.Sort(got)
		if len(res.Items) != 1 || !slices.Equal(got, []string{"BSK-1K", "BSK-DATE-1K"}) {
			t.Errorf("%q: %v, want the plain and the date kilo asked", text, got)
			continue
		}
		for _, c := range res.Items[0].Ambiguous {
			// a candidate's own count, or the line's when it has none
			if n := c.Count; n != 2 && !(n == 0 && res.Items[0].Quantity.Float() == 2) {
				t.Errorf("%q: %s counted %v, want 2 packs", text, c.Product.SKU, n)
			}
		}
	}
	checkWeighed(t, r, "عايز ٢ كيلو بسكويت سادة", h30aLine{"BSK-1K", 2})
	checkWeighed(t, r, "عايز كيلو بسكويت بالعجوة", h30aLine{"BSK-DATE-1K", 1})
}

// A carpentry supplier's plywood sheets: plain ones told apart only by
// their figures, beside a kind with a word of its own of the same
// thickness and size; and a kitchen-equipment shop's sinks, their bowls said as a
// figure, a dual and a plural.
const h32aPlainCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PLY-18-S,لوح ابلكاش 18 مم مقاس 122×244,Plywood 18 mm 122x244,,ابلكاش,piece,800,40,,
PLY-18-L,لوح ابلكاش 18 مم مقاس 150×300,Plywood 18 mm 150x300,,ابلكاش,piece,1200,40,,
PLY-15-S,لوح ابلكاش 15 مم مقاس 122×244,Plywood 15 mm 122x244,,ابلكاش,piece,700,40,,
PLY-MAR-18,لوح ابلكاش بحري 18 مم مقاس 122×244,Marine plywood 18 mm 122x244,ابلكاش بحري,ابلكاش,piece,1400,20,,
SNK-1,حوض ستانلس عين واحدة 18 سم,Single-bowl stainless sink 18 cm,,أحواض,piece,4800,12,,
SNK-2,حوض ستانلس عينين 18 سم,Double-bowl stainless sink 18 cm,,أحواض,piece,6900,9,,
SNK-3,حوض ستانلس 3 عيون 18 سم,Triple-bowl stainless sink 18 cm,,أحواض,piece,9400,4,,
`

const h32aPlainVocab = `لوح, الواح, sheet, sheets, lo7
ابلكاش, plywood, ablakash
بحري, marine
مم, mm
حوض, sink, 7od
ستانلس, stainless
عين, عيون, bowl
`

// TestRules_PlainOnesOfAKindAsked: a kind said with a figure its plain
// names give ("ابلكاش ١٨ مم" of plain sheets of 18 mm in two sizes and
// a marine sheet of 18 mm) is asked among the plain ones — the named kind
// is what a customer would have said (figureVariants); its word said, it
// is that one. A dual in a name ("عينين") is a figure, no word of a kind:
// the three sinks asked.
func TestRules_PlainOnesOfAKindAsked(t *testing.T) {
	r := rulesFrom(t, h32aPlainCSV, h32aPlainVocab)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"عايز ٣ لوح ابلكاش ١٨ مم", []string{"PLY-18-L", "PLY-18-S"}},
		{"3ayez 3 lo7 ablakash 18 mm", []string{"PLY-18-L", "PLY-18-S"}},
		{"I need 3 plywood sheets 18 mm", []string{"PLY-18-L", "PLY-18-S"}},
		{"عايز حوض ستانلس ١٨ سم", []string{"SNK-1", "SNK-2", "SNK-3"}},
	} {
		res := understandText(t, r, c.text)
		got := linesAsked(res)
		slices.Sort(got)
		if len(res.Items) != 1 || !slices.Equal(got, c.want) {
			t.Errorf("%q: %v, want %v asked", c.text, got, c.want)
		}
	}
	res := understandText(t, r, "عايز ٣ لوح ابلكاش بحري ١٨ مم")
	if len(res.Items) != 1 || res.Items[0].SKU != "PLY-MAR-18" || len(res.Items[0].Ambiguous) > 0 {
		t.Errorf("ابلكاش بحري: %v, want PLY-MAR-18", linesAsked(res))
	}
}

// TestRules_GoodsWordsBeforeThePurpose: "فحص كامل للعربية": the work is
// what the words before the purpose name — the full inspection, holding
// both, over the car check whose name holds only the head and the
// purpose's "عربية" (namedBeforeFor).
func TestRules_GoodsWordsBeforeThePurpose(t *testing.T) {
	r := rulesFrom(t, h32aTyreCSV, h32aTyreVocab)
	for _, text := range []string{"عايز فحص كامل للعربية الملاكي", "محتاج فحص كامل للعربية الملاكي بتاعتي"} {
		res := understandText(t, r, text)
		if len(res.Items) != 1 || res.Items[0].SKU != "CHECK-FULL" || len(res.Items[0].Ambiguous) > 0 {
			t.Errorf("%q: %v, want CHECK-FULL", text, linesAsked(res))
		}
	}
}
