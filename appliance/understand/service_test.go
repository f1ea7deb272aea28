package understand

import (
	"context"
	"testing"
)

// A shop that sells installation as products of its own.
const installCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
FLOOR,باركيه ٨ مم,Laminate 8 mm,,أرضيات,sqm,350,,,
INST,تركيب باركيه,Parquet installation,تركيب,خدمات,sqm,60,,,
MOTOR,موتور ستارة,Curtain motor,,موتورات,piece,3000,5,,
INSTM,تركيب موتور,Motor installation,,خدمات,piece,250,,,
DOOR,باب خشب,Wood door,,أبواب,piece,4000,10,,أبيض|بني
`

// TestRules_ServiceSoldAsProduct: a service the shop sells as a product,
// priced or counted, is that product (a quote or an order), not a question
// for staff; a question about a service around an order of counted pieces
// stays the order (the question beside it), unless the shop sells that
// service (the answer may add a line); a service asked alone is a question.
func TestRules_ServiceSoldAsProduct(t *testing.T) {
	r := rulesFrom(t, installCSV, "")
	for _, tt := range []struct {
		text    string
		intent  Intent
		skus    []string
		service bool
	}{
		{"سعر التركيب للمتر كام؟", Inquiry, []string{"INST"}, false},
		{"متر الباركيه ٨ مم بكام؟ ومتر التركيب بكام؟", Inquiry, []string{"FLOOR", "INST"}, false},
		{"تركيب موتور ٢", Order, []string{"INSTM"}, false},
		{"عايز ٢ موتور ستارة ومعاهم تركيب موتور ٢", Order, []string{"MOTOR", "INSTM"}, false},
		// the shop sells installing: who installs is a person's answer
		{"باب خشب بني ٢ و ٢ موتور ستارة، التركيب عليكم ولا علينا؟", Other, nil, true},
		{"بتركبوا في المعادي؟", Other, nil, true},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var skus []string
			for _, it := range res.Items {
				skus = append(skus, it.SKU)
			}
			if res.Intent != tt.intent || len(skus) != len(tt.skus) || (len(res.Service) > 0) != tt.service {
				t.Fatalf("%s: %s %v service %q, want %s %v service=%v", tt.text, res.Intent, skus, res.Service, tt.intent, tt.skus, tt.service)
			}
			for i := range skus {
				if skus[i] != tt.skus[i] {
					t.Errorf("%s: line %d %s, want %s", tt.text, i, skus[i], tt.skus[i])
				}
			}
		})
	}
	// a shop that sells no installing: the order stands, the question beside it
	res, err := classesRules(t).Understand(context.Background(), "٢ كالون و ٢ حلق ام دي اف ابيض، التركيب عليكم ولا علينا؟")
	if err != nil {
		t.Fatal(err)
	}
	if res.Intent != Order || len(res.Items) != 2 || len(res.Service) == 0 {
		t.Errorf("an order with a question beside it: %s %+v service %q", res.Intent, res.Items, res.Service)
	}
}
