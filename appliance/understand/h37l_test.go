package understand

import "testing"

// Branch h37l, on a catalog of its own (none of round 37's names or
// sentences): a pest-control company pricing a flat's spraying by its
// area band, and a flat's move priced by the rooms its names state.
const h37lPestCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SPRAY-100,رش حشرات شقة لحد 100 م²,Flat pest spraying up to 100 m²,رش شقة صغيرة|رش حشرات 100,رش شقق,piece,500,,,
SPRAY-150,رش حشرات شقة من 101 لـ 150 م²,Flat pest spraying 101–150 m²,رش شقة وسط|رش حشرات 150,رش شقق,piece,700,,,
SPRAY-200,رش حشرات شقة من 151 لـ 200 م²,Flat pest spraying 151–200 m²,رش شقة كبيرة|رش حشرات 200,رش شقق,piece,900,,,
DISINFECT,تعقيم شقة كاملة,Whole flat disinfection,تعقيم شقة|تعقيم,تعقيم,piece,600,,,
ROOM-GEL,جل صراصير (للأوضة),Cockroach gel (per room),جل صراصير|جل,جل,piece,120,,,
`

const h37lPestVocab = `رش, rash, spray, spraying
حشرات, 7asharat, pests, insects
تعقيم, ta3qeem, disinfection
صراصير, sarasir, cockroach
`

// TestRules_OwnFlatRoomsDescribe: the rooms of the customer's own flat
// ("شقتي ٣ اوض", "عندي شقة ٣ اوض", "my flat has 3 rooms") describe it;
// the work on the flat, priced neither per room nor by rooms its name
// states, is one — never three.
func TestRules_OwnFlatRoomsDescribe(t *testing.T) {
	r := rulesFrom(t, h37lPestCSV, h37lPestVocab)
	checkPlaced(t, r, "شقتي ٣ اوض و ١٣٠ متر عايزة رش حشرات", Order, []wantItem{{"SPRAY-150", 1, "", nil}})
	checkPlaced(t, r, "شقتي ٤ اوض عايز تعقيم", Order, []wantItem{{"DISINFECT", 1, "", nil}})
	checkPlaced(t, r, "بيتنا فيه ٣ اوض عايزين تعقيم", Order, []wantItem{{"DISINFECT", 1, "", nil}})
	checkPlaced(t, r, "3andi sha2a 3 ewad 3ayza ta3qeem", Order, []wantItem{{"DISINFECT", 1, "", nil}})
	checkPlaced(t, r, "my flat has 3 rooms, I need disinfection", Order, []wantItem{{"DISINFECT", 1, "", nil}})
}
