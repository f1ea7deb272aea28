package understand

import "testing"

// Branch h39i, on a catalog of its own (none of round 39's names or
// sentences): a motorcycle shop selling tyres by their slash spec.
const h39iMotoCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MT-909018,كاوتش موتوسيكل 90/90/18,Motorcycle tyre 90/90-18,فرد 90/90/18,كاوتش,piece,900,20,,
MT-1008017,كاوتش موتوسيكل 100/80R17,Motorcycle tyre 100/80R17,فرد 100/80/17,كاوتش,piece,1100,20,,
MT-1107017,كاوتش موتوسيكل 110/70R17,Motorcycle tyre 110/70R17,فرد 110/70/17,كاوتش,piece,1300,20,,
TUBE-18,جوان 18,Inner tube 18,جوان|انبوبة,كاوتش,piece,150,30,,
FIT,تركيب كاوتش,Tyre fitting,تركيب|تغيير كاوتش,خدمات,piece,50,,,
`

const h39iMotoVocab = `كاوتش, كاوتشات, فرد, اطار, إطار, tyre, tyres, tire, tires, kawetsh
جوان, tube, gwan
تركيب, تركيبه, تركيبهم, fitting, tarkeeb
`

// TestRules_SlashSpecNoCount: a size spec of figures joined by slashes
// ("٩٠/٩٠/١٨", "110/70R17") is one word naming the goods, whichever of
// "/" and "R" the customer or the catalog wrote before the last figure:
// none of its figures is a count, so a count after it or none is the
// count, and a service with "مع" gets the goods' count.
func TestRules_SlashSpecNoCount(t *testing.T) {
	moto := rulesFrom(t, h39iMotoCSV, h39iMotoVocab)
	checkPlaced(t, moto, "كاوتش ٩٠/٩٠/١٨ ٢", Order,
		[]wantItem{{"MT-909018", 2, "", nil}})
	checkPlaced(t, moto, "كاوتش ١١٠/٧٠/١٧ اتنين", Order,
		[]wantItem{{"MT-1107017", 2, "", nil}})
	checkPlaced(t, moto, "عايز كاوتش ١٠٠/٨٠/١٧", Order,
		[]wantItem{{"MT-1008017", 1, "", nil}})
	checkPlaced(t, moto, "عايز ٢ كاوتش ١٠٠/٨٠/١٧ مع تركيب", Order,
		[]wantItem{{"MT-1008017", 2, "", nil}, {"FIT", 2, "", nil}})
	checkPlaced(t, moto, "3ayez kawetsh 90/90/18 etnen", Order,
		[]wantItem{{"MT-909018", 2, "", nil}})
	checkPlaced(t, moto, "I need 2 tyres 110/70R17", Order,
		[]wantItem{{"MT-1107017", 2, "", nil}})
	checkPlaced(t, moto, "tyre 100/80R17 x2", Order,
		[]wantItem{{"MT-1008017", 2, "", nil}})
}

// TestSurfaceOf_SlashSpec: a line's phrase quotes the spec as the
// customer wrote it ("110/70R17"), though it is read as one word.
func TestSurfaceOf_SlashSpec(t *testing.T) {
	text := "عايز ٢ كاوتش 110/70R17 لو سمحت"
	if got := surfaceOf(text, "2 كاوتش 110-70-17"); got != "٢ كاوتش 110/70R17" {
		t.Errorf("surfaceOf = %q", got)
	}
}
