package understand

import "testing"

// Round 32's first-contact classes (branch h32c), on small shops of their
// own (none of the blind sets' catalogs or sentences).

// h32cCarCSV: a tyre and car-service centre whose services are each
// priced for a sedan (ملاكي) and an SUV (جيب), a synonym of the sedan's
// naming no class, beside a service and goods that come in no class.
const h32cCarCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ALIGN-SEDAN,ضبط زوايا ملاكي,Wheel alignment - sedan,ضبط زوايا,خدمات,piece,250,,,
ALIGN-SUV,ضبط زوايا جيب,Wheel alignment - SUV,,خدمات,piece,350,,,
BAL-SEDAN,ترصيص عجل ملاكي,Wheel balancing - sedan,ترصيص,خدمات,piece,150,,,
BAL-SUV,ترصيص عجل جيب,Wheel balancing - SUV,,خدمات,piece,200,,,
OIL-SEDAN,تغيير زيت ملاكي,Oil change - sedan,تغيير زيت,خدمات,piece,120,,,
OIL-SUV,تغيير زيت جيب,Oil change - SUV,,خدمات,piece,180,,,
NITRO,نفخ نيتروجين,Nitrogen inflation,نيتروجين,خدمات,piece,50,,,
WIPER,مساحات زجاج,Wiper blades,مساحات,قطع غيار,piece,150,20,,
`

const h32cCarVocab = `ملاكي, سيدان, sedan, malaky
جيب, SUV, jeep
ضبط زوايا, alignment, dabt zawaya
ترصيص, balancing, tarsees
تغيير زيت, oil change, taghyeer zeit
نيتروجين, nitrogen
عربية, عربيتي, car, 3arabeya
`

// TestRules_ClassSaidOnce: the car's class said once in a message
// ("العربية جيب", "هي ملاكي", "for my SUV", "el 3arabeya jeep") is the class
// of every service that comes in classes and says none of its own; a line
// of nothing but the class beside them is no line of its own. Both classes
// said keep each line's own, and a car's model alone is no class.
func TestRules_ClassSaidOnce(t *testing.T) {
	r := rulesFrom(t, h32cCarCSV, h32cCarVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ضبط زوايا وترصيص عجل، العربية جيب", []wantItem{{"ALIGN-SUV", 1, "", nil}, {"BAL-SUV", 1, "", nil}}},
		{"عايز تغيير زيت ونفخ نيتروجين، هي جيب", []wantItem{{"OIL-SUV", 1, "", nil}, {"NITRO", 1, "", nil}}},
		{"عايز تغيير زيت وضبط زوايا، هي ملاكي", []wantItem{{"OIL-SEDAN", 1, "", nil}, {"ALIGN-SEDAN", 1, "", nil}}},
		{"I need an alignment and balancing for my SUV", []wantItem{{"ALIGN-SUV", 1, "", nil}, {"BAL-SUV", 1, "", nil}}},
		{"oil change and alignment for my SUV please", []wantItem{{"OIL-SUV", 1, "", nil}, {"ALIGN-SUV", 1, "", nil}}},
		{"3ayez taghyeer zeit w dabt zawaya, el 3arabeya jeep", []wantItem{{"OIL-SUV", 1, "", nil}, {"ALIGN-SUV", 1, "", nil}}},
		// each line its own class
		{"عايز ضبط زوايا ملاكي وترصيص جيب", []wantItem{{"ALIGN-SEDAN", 1, "", nil}, {"BAL-SUV", 1, "", nil}}},
	})
	for _, text := range []string{"عايز ضبط زوايا وترصيص عجل، العربية جيب", "oil change and alignment for my SUV please"} {
		for _, it := range understandText(t, r, text).Items {
			if len(it.Ambiguous) > 0 || it.Confidence < 0.9 {
				t.Errorf("%s: %s asked (%v, %.2f), want it settled by the class said", text, it.SKU, it.Ambiguous, it.Confidence)
			}
		}
	}
	// a model named, no class word: never the SUV
	for _, it := range understandText(t, r, "عايز ضبط زوايا للعربية الفيرنا").Items {
		if it.SKU == "ALIGN-SUV" {
			t.Errorf("a model alone: %+v, want no SUV read from it", it)
		}
	}
}

// h32cPaintCSV: a paint shop whose goods say "can" (its vocabulary's
// gallon), "pack" (باكو) and a roller.
const h32cPaintCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PAINT-CAN,بوية جالون,Paint can 1 gallon,جالون بوية,بويات,piece,400,20,,
BRUSH-PACK,باكو فرش 5,Brush pack of 5,باكو فرش,أدوات,piece,120,30,,
ROLLER,رول دهان,Paint roller,رولة|رول,أدوات,piece,60,40,,
TAPE,شريط لاصق,Masking tape,شريط,أدوات,piece,25,50,,
SRV-PICKUP,استلام من البيت,Pickup from your home,استلام,خدمات,piece,50,,,
`

const h32cPaintVocab = `جالون, can, galon
باكو, pack, bako
رول, roller, rol
فرش, brushes, fersh
شريط, tape, shereet
استلام, pick up, pickup
`

// TestRules_EnglishVerbsNoGoods: English "can"/"could" beside its subject
// is the modal verb, never the vocabulary's can of goods; "pick", "bring"
// and "back" are no Franco spelling of a pack (باكو); "pick it up" reads
// as the vocabulary's "pick up" when the shop is asked to do it, and is
// the customer's own doing after "I'll"/"we will"; "at 5" is a time.
func TestRules_EnglishVerbsNoGoods(t *testing.T) {
	r := rulesFrom(t, h32cPaintCSV, h32cPaintVocab)
	checkCases(t, r, Order, []itemCase{
		{"Can you send a paint roller and masking tape? I will come back tomorrow", []wantItem{{"ROLLER", 1, "", nil}, {"TAPE", 1, "", nil}}},
		{"Hi, I need a paint roller, I'll pick it up today", []wantItem{{"ROLLER", 1, "", nil}}},
		{"I need a paint roller, we will pick them up", []wantItem{{"ROLLER", 1, "", nil}}},
		// a time after "at" is no count
		{"I need a paint roller, I will come at 5", []wantItem{{"ROLLER", 1, "", nil}}},
		{"Could you bring back a roller?", []wantItem{{"ROLLER", 1, "", nil}}},
		{"I need a paint roller. Can you pick it up from my place?", []wantItem{{"ROLLER", 1, "", nil}, {"SRV-PICKUP", 1, "", nil}}},
		// the goods still read when said so
		{"I need 2 paint cans", []wantItem{{"PAINT-CAN", 2, "", nil}}},
		{"3ayez bako fersh", []wantItem{{"BRUSH-PACK", 1, "", nil}}},
		{"عايز باكو فرش ورول", []wantItem{{"BRUSH-PACK", 1, "", nil}, {"ROLLER", 1, "", nil}}},
	})
}

// h32cHomeCSV: a mobile car service whose home call-out is named by its
// work ("تغيير زيت عند البيت") and whose other names say the car (عربية)
// under three head nouns: the trade's object.
const h32cHomeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
OIL-SEDAN,تغيير زيت عربية ملاكي,Oil change - sedan,تغيير زيت,خدمات,piece,120,,,
OIL-SUV,تغيير زيت عربية جيب,Oil change - SUV,,خدمات,piece,180,,,
ALIGN-SEDAN,ضبط زوايا ملاكي,Wheel alignment - sedan,ضبط زوايا,خدمات,piece,250,,,
ALIGN-SUV,ضبط زوايا جيب,Wheel alignment - SUV,,خدمات,piece,350,,,
SRV-HOME,تغيير زيت عند البيت (انتقال),Oil change at your home (call-out),تغيير زيت في البيت,خدمات,piece,100,,,
AIR,معطر عربية,Car air freshener,معطر,منتجات,piece,60,30,,
COVER,غطا عربية,Car cover,غطا,منتجات,piece,400,10,,
`

// TestRules_TradeObjectNoLack: the car said as the object of a service
// that does not name it ("تغيير زيت العربية عند البيت") is what the work
// is done to, nothing the call-out lacks: invoiced, no substitute; a
// class word is never such an object.
func TestRules_TradeObjectNoLack(t *testing.T) {
	r := rulesFrom(t, h32cHomeCSV, h32cCarVocab)
	checkLacks(t, r, []lacksCase{
		{"عايز تغيير زيت العربية عند البيت", "SRV-HOME", nil},
	})
	res := understandText(t, r, "عايز تغيير زيت العربية عند البيت")
	if len(res.Items) != 1 || res.Items[0].SKU != "SRV-HOME" || len(res.Items[0].Lacks) > 0 {
		t.Errorf("%+v, want the home call-out alone, lacking nothing", res.Items)
	}
}

// h32cDeliverCSV: the paint shop with its delivery.
const h32cDeliverCSV = h32cPaintCSV + `SRV-DELIV,توصيل,Delivery,توصيل|دليفري,خدمات,piece,50,,,
`

// TestRules_CouldYouDeliverGoods: "Could you deliver X and Y to PLACE?
// Thanks" is an order of the goods with the delivery (its own line, the
// verb closed before the goods: nothing they lack), never a greeting or a
// question whether the shop delivers; "Could you deliver to PLACE?" with
// no goods after the verb still asks.
func TestRules_CouldYouDeliverGoods(t *testing.T) {
	r := rulesFrom(t, h32cDeliverCSV, h32cPaintVocab+"توصيل, delivery, deliver, tawseel\n")
	checkCases(t, r, Order, []itemCase{
		{"Hi! Could you deliver a paint roller and two masking tapes to Maadi? Thanks",
			[]wantItem{{"SRV-DELIV", 1, "", nil}, {"ROLLER", 1, "", nil}, {"TAPE", 2, "", nil}}},
		{"Could you deliver a paint roller to Maadi?", []wantItem{{"SRV-DELIV", 1, "", nil}, {"ROLLER", 1, "", nil}}},
	})
	if res := understandText(t, r, "Could you deliver to Maadi?"); res.Intent == Order {
		t.Errorf("could you deliver to Maadi: %s %+v, want a question", res.Intent, res.Items)
	}
}
