package understand

import (
	"slices"
	"testing"
)

// Round 33's first-contact classes (branch h33j), on a small tyre shop of
// its own (none of the blind sets' catalogs or sentences): tyres by the
// piece, a balancing priced per tyre and a wheel alignment done once per car.
const h33jCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TYRE-15,كاوتش 15 بوصة,Tyre 15 inch,كاوتش|كوتش|kawetsh,إطارات,piece,1500,40,,
TYRE-16,كاوتش 16 بوصة,Tyre 16 inch,,إطارات,piece,1800,40,,
SRV-N2,نفخ كاوتش نيتروجين (للكاوتش),Nitrogen tyre inflation per tyre,نفخ نيتروجين|nitrogen,خدمات,piece,20,,,
RIM-15,جنط 15 بوصة,Rim 15 inch,جنط,جنوط,piece,900,20,,
SRV-BAL,ترصيص كاوتش للكاوتش,Wheel balancing per tyre,ترصيص|tarsis|balancing,خدمات,piece,50,,,
SRV-ALIGN,ضبط زوايا العربية,Wheel alignment,ضبط زوايا|zawaya|alignment,خدمات,piece,250,,,
`

const h33jVocab = `نيتروجين, nitrogen
كاوتش, kawetsh, tyre, tyres
ترصيص, tarsis, balancing
`

// TestRules_ServiceForThemCounted: a service whose name prices it per one
// of the goods ("ترصيص كاوتش للكاوتش", "per tyre") said "for them" after
// counted goods ("وترصيص ليهم", Franco "w tarsis lehom", English
// "balancing for them") is done to each of them: their count, never one.
func TestRules_ServiceForThemCounted(t *testing.T) {
	r := rulesFrom(t, h33jCSV, h33jVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٤ كاوتش ١٥ بوصة وترصيص ليهم", []wantItem{{"TYRE-15", 4, "", nil}, {"SRV-BAL", 4, "", nil}}},
		{"عايز ٤ كاوتش ١٥ بوصة وترصيص لهم", []wantItem{{"TYRE-15", 4, "", nil}, {"SRV-BAL", 4, "", nil}}},
		{"3ayez 4 kawetsh 15 bosa w tarsis lehom", []wantItem{{"TYRE-15", 4, "", nil}, {"SRV-BAL", 4, "", nil}}},
		{"I need 4 tyres 15 inch and balancing for them", []wantItem{{"TYRE-15", 4, "", nil}, {"SRV-BAL", 4, "", nil}}},
		// a service done once for them all, its name pricing it per no one of them: once
		{"عايز ٤ كاوتش ١٥ بوصة وضبط زوايا ليهم", []wantItem{{"TYRE-15", 4, "", nil}, {"SRV-ALIGN", 1, "", nil}}},
	})
}

// TestRules_ServiceForThemUntied: a service priced per one said "for them"
// of counted goods its names do not name ("٤ جنط ... وترصيص ليهم" of a
// balancing per tyre) is not one in silence: how many is asked.
func TestRules_ServiceForThemUntied(t *testing.T) {
	r := rulesFrom(t, h33jCSV, h33jVocab)
	res := understandText(t, r, "عايز ٤ جنط ١٥ بوصة وترصيص ليهم")
	for _, it := range res.Items {
		if it.Product != nil && it.Product.SKU == "SRV-BAL" && it.Quantity == 1000 && !slices.Contains(it.Missing, "count") {
			t.Fatalf("SRV-BAL×1 with nothing asked: %+v", res.Items)
		}
	}
}

// TestRules_WorkForPiecesAWordBetween: "for N pieces" said after a work and
// a word of its name ("نفخ نيتروجين ل٤ كاوتش" of "نفخ كاوتش نيتروجين
// (للكاوتش)") counts the pieces the work is done on, as right after the
// work's verbal noun ("تركيب ل ٨ كاميرات"): four, never one and the
// pieces set aside.
func TestRules_WorkForPiecesAWordBetween(t *testing.T) {
	r := rulesFrom(t, h33jCSV, h33jVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز نفخ نيتروجين ل٤ كاوتش", []wantItem{{"SRV-N2", 4, "", nil}}},
		{"عايز نفخ نيتروجين ل ٤ كاوتش", []wantItem{{"SRV-N2", 4, "", nil}}},
		{"3ayez nafkh nitrogen le 4 kawetsh", []wantItem{{"SRV-N2", 4, "", nil}}},
		{"I want nitrogen inflation for 4 tyres", []wantItem{{"SRV-N2", 4, "", nil}}},
	})
}

// h33jMovesCSV: a furniture shop carrying its sofas up by winch, the
// lifting priced per floor.
const h33jMovesCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOFA-3,كنبة تلاتة مقاعد,Three-seat sofa,كنبة,انتريهات,piece,9000,5,,
SRV-WINCH,تطليع عفش بالونش (للدور),Lifting furniture by winch (per floor),تطليع عفش|ونش,خدمات,piece,150,,,
`

// TestRules_WhichFloorNotHowMany: a service priced per floor said with an
// ordinal floor ("تطليع عفش لخامس دور") names which floor, not how many
// floors the work spans (from the roof, or from the street with a ground
// floor or not): how many is asked, never one in silence.
func TestRules_WhichFloorNotHowMany(t *testing.T) {
	r := rulesFrom(t, h33jMovesCSV, "")
	for _, text := range []string{"عايز كنبة وتطليع عفش لخامس دور", "عايز تطليع عفش لتالت دور"} {
		res := understandText(t, r, text)
		for _, it := range res.Items {
			if it.Product != nil && it.Product.SKU == "SRV-WINCH" && !slices.Contains(it.Missing, "count") {
				t.Errorf("%s: SRV-WINCH×%v with nothing asked", text, it.Quantity)
			}
		}
	}
}
