package understand

import "testing"

// Branch h39l, on a catalog of its own (none of round 39's names or
// sentences): a car-battery shop whose fitting names "بطارية عربية" while
// a small remote battery carries the bare head noun "بطارية".
const h39lBatteryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BAT-70,بطارية عربية 70 أمبير,Car battery 70 Ah,بطارية 70,بطاريات,piece,3500,10,,
BAT-100,بطارية عربية 100 أمبير,Car battery 100 Ah,بطارية 100,بطاريات,piece,5200,6,,
CELL,بطارية ريموت صغيرة,Small remote battery,بطارية|حجر,اكسسوار,piece,20,200,,
SRV-BAT,تركيب بطارية عربية,Car battery fitting,تركيب البطارية,خدمات,piece,100,,,
`

const h39lBatteryVocab = `بطارية, بطاريه, battery, batteria, btarya
تركيب, يركب, install, installation, fitting, tarkeeb, tarkib
عربية, عربيه, car, 3arabeya
`

// TestRules_FittingsWholeObjectNamesTheGoods: goods wanted and their
// fitting pointed back at ("عايز بطارية عربية وتركيبها") are the goods
// the fitting's whole object names (the car batteries), never goods that
// only share its head noun (a remote battery named "بطارية"): no stray
// line beside the battery said, and with none chosen, which one is asked.
func TestRules_FittingsWholeObjectNamesTheGoods(t *testing.T) {
	r := rulesFrom(t, h39lBatteryCSV, h39lBatteryVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز بطارية عربية 70 وتركيبها", []wantItem{{"BAT-70", 1, "", nil}, {"SRV-BAT", 1, "", nil}}},
		{"محتاج بطارية عربية 100 وحد يركبها", []wantItem{{"BAT-100", 1, "", nil}, {"SRV-BAT", 1, "", nil}}},
	})
	res, err := r.Understand(t.Context(), "عايز بطارية عربية وتركيبها")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Items {
		if it.SKU == "CELL" {
			t.Fatalf("the remote battery read for the car battery's fitting: %+v", res.Items)
		}
	}
}
