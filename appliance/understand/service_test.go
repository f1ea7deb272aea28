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

// TestRules_KindNotCarried: a kind asked in words no product has, where
// the best product only shares a word of it (a curtain bracket for
// "ستارة حرير"), is a line of no product (a person reads it), never that
// product; the product named by its own head noun is still read.
func TestRules_KindNotCarried(t *testing.T) {
	r := classesRules(t)
	for _, text := range []string{
		"عايز ستارة حرير طبيعي للصالون",
		"محتاج ٣ ستارة خيش مشغول",
	} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || res.Items[0].SKU != "" || !res.Items[0].Unread {
			t.Errorf("%s: %+v, want one unread line of no product", text, res.Items)
		}
	}
	checkItems(t, r, "عايز ٢ كانة ستارة", Order, []wantItem{{"BRK", 2, "", nil}})
}

// TestRules_ServiceTermShort: a service the shop sells as a product whose
// object is a several-word term of the vocabulary ("تركيب طقم حمام", "طقم
// حمام" one term) is named with the term said short after the service
// ("تركيب الطقم بكام؟"): the service, priced, not a question between the
// sets. The short word alone still asks which set.
func TestRules_ServiceTermShort(t *testing.T) {
	csv := `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SET-A,طقم حمام نوفا,Nova bathroom suite,,أطقم,piece,9000,5,صيني,أبيض
SET-B,طقم حمام ريما,Rima bathroom suite,,أطقم,piece,7000,5,صيني,أبيض
ACC,طقم إكسسوار حمام,Bathroom accessory set,,إكسسوار,piece,900,10,,فضي
FIT,تركيب طقم حمام,Bathroom suite fitting,,خدمات,piece,700,,,
FITH,تركيب سخان,Water heater fitting,,خدمات,piece,250,,,
HEAT,سخان كهربا ٥٠ لتر,Electric heater 50 l,,سخانات,piece,3000,5,,أبيض
`
	r := rulesFrom(t, csv, "طقم حمام, طقم صحي\nسخان, sa5an\nتركيب, tarkib\n")
	checkItems(t, r, "تركيب الطقم بكام؟ وتركيب السخان كام؟", Inquiry, []wantItem{{"FIT", 1, "", nil}, {"FITH", 1, "", nil}})
	checkItems(t, r, "محتاج حد للتركيب: عايز تركيب الطقم وتركيب السخان", Order, []wantItem{{"FIT", 1, "", nil}, {"FITH", 1, "", nil}})
	checkItems(t, r, "tarkib el ta2m bkam?", Inquiry, []wantItem{{"FIT", 1, "", nil}})
	res, err := r.Understand(context.Background(), "عايز الطقم الابيض")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].SKU == "FIT" {
		t.Errorf("the set alone: %+v, want no fitting", res.Items)
	}
}

// TestRules_SomeoneToDoIt: a person sent to do the work ("حد يركب الطقم",
// "فني يركبه", "نجار يركبلي الباب") is the service the shop sells as a
// product, named by the verb's verbal noun (يركب → تركيب); the customer
// doing it ("هركبه بنفسي") is none.
func TestRules_SomeoneToDoIt(t *testing.T) {
	csv := `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SET-A,طقم حمام نوفا,Nova bathroom suite,,أطقم,piece,9000,5,صيني,أبيض
FIT,تركيب طقم حمام,Bathroom suite fitting,,خدمات,piece,700,,,
FITH,تركيب سخان,Water heater fitting,,خدمات,piece,250,,,
HEAT,سخان غاز ١٠ لتر,Gas heater 10 l,,سخانات,piece,3000,5,,أبيض
`
	r := rulesFrom(t, csv, "طقم حمام, طقم صحي\nسخان, sa5an\n")
	checkPlaced(t, r, "عايز طقم حمام نوفا ابيض، ولو ينفع تبعتوا حد يركب الطقم", Order,
		[]wantItem{{"SET-A", 1, "أبيض", nil}, {"FIT", 1, "", nil}})
	checkPlaced(t, r, "محتاج سخان غاز ١٠ لتر ابيض وابعتولي فني يركبه", Order,
		[]wantItem{{"HEAT", 1, "أبيض", nil}, {"FITH", 1, "", nil}})
	checkItems(t, r, "عايز سخان غاز ١٠ لتر ابيض وهركبه بنفسي", Order,
		[]wantItem{{"HEAT", 1, "أبيض", nil}})
	res, err := r.Understand(context.Background(), "عايز طقم حمام نوفا ابيض، ولو ينفع تبعتوا حد يركب الطقم")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Service) > 0 {
		t.Errorf("the fitting is a line, no question: service %q", res.Service)
	}
}

// TestRules_LabourOfGoods: the labour of a work sold by the m² ("مصنعية
// تركيب بورسلين"), named by words all its kinds share ("ومصنعية التركيب",
// "ومعاه التركيب"), is the one for the goods said with it and done to
// them in its unit; no question about installing is left for staff.
func TestRules_LabourOfGoods(t *testing.T) {
	csv := `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
POR,بورسلين ٦٠×٦٠,Porcelain 60x60,,بورسلين,sqm,400,500,بورسلين,رمادي|بيج
CER,سيراميك ٤٠×٤٠,Ceramic 40x40,,سيراميك,sqm,200,500,سيراميك,أبيض|بيج
LABP,مصنعية تركيب بورسلين,Porcelain laying labour,,خدمات,sqm,120,,,
LABC,مصنعية تركيب سيراميك,Ceramic laying labour,,خدمات,sqm,90,,,
`
	r := rulesFrom(t, csv, "ابيض, white => أبيض\n")
	for _, tc := range []itemCase{
		{"عايز ٢٠ متر بورسلين ٦٠×٦٠ رمادي ومصنعية التركيب لنفس المساحة", []wantItem{{"POR", 20, "رمادي", nil}, {"LABP", 20, "", nil}}},
		{"محتاج ٣٠ متر سيراميك ٤٠×٤٠ ابيض ومعاه التركيب", []wantItem{{"CER", 30, "أبيض", nil}, {"LABC", 30, "", nil}}},
	} {
		checkPlaced(t, r, tc.text, Order, tc.want)
		res, err := r.Understand(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Service) > 0 {
			t.Errorf("%s: the labour is a line, no question: %q", tc.text, res.Service)
		}
	}
	// who does it, asked beside the order: no line, a question for staff
	text := "عايز ٢٠ متر بورسلين ٦٠×٦٠ رمادي، والتركيب عليكم ولا علينا؟"
	checkItems(t, r, text, Order, []wantItem{{"POR", 20, "رمادي", nil}})
	if res, err := r.Understand(context.Background(), text); err != nil || len(res.Service) == 0 {
		t.Errorf("%s: no question for staff kept (%v)", text, err)
	}
	// its price asked: quoted with the goods
	checkItems(t, r, "عايز ٢٠ متر بورسلين ٦٠×٦٠ رمادي، والتركيب بكام؟", Inquiry,
		[]wantItem{{"POR", 20, "رمادي", nil}, {"LABP", 20, "", nil}})
}
