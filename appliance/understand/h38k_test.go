package understand

import "testing"

// Branch h38k, on catalogs of their own (none of round 38's names or
// sentences): a seaside hotel.
const h38kHotelCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
NIGHT-SEA,ليلة في فندق الساحل بفطار (للغرفة الدبل),Sahel hotel night with breakfast (per double room),فندق الساحل|ليلة الساحل|فندق,إقامة,piece,3500,,,
DINNER,عشا بوفيه (للفرد),Buffet dinner (per person),عشا|بوفيه,وجبات,piece,450,,,
BEACH,شمسية على البحر (لليوم),Beach umbrella (per day),شمسية,شاطئ,piece,150,,,
`

const h38kHotelVocab = `فندق, fondo2, hotel
عشا, 3asha, dinner
شمسية, shamseya, umbrella
`

// TestRules_RoomsTimesNights: a line priced per room per night ("ليلة
// … (للغرفة الدبل)") is rooms × nights when both are said, in either
// order, counted or dual; nights alone keep one room.
func TestRules_RoomsTimesNights(t *testing.T) {
	r := rulesFrom(t, h38kHotelCSV, h38kHotelVocab)
	checkCases(t, r, Order, []itemCase{
		{"احجزلنا ٣ ليالي فندق الساحل، اوضتين دبل", []wantItem{{"NIGHT-SEA", 6, "", nil}}},
		{"عايز ٢ اوضة ٣ ليالي في فندق الساحل", []wantItem{{"NIGHT-SEA", 6, "", nil}}},
		{"محتاج فندق الساحل ٤ ليالي ٣ غرف", []wantItem{{"NIGHT-SEA", 12, "", nil}}},
		{"عايز ليلتين فندق الساحل", []wantItem{{"NIGHT-SEA", 2, "", nil}}},
		{"3ayzeen fondo2 el sahel 3 layaly 2 ghoraf", []wantItem{{"NIGHT-SEA", 6, "", nil}}},
		{"We need 2 rooms for 3 nights at the Sahel hotel", []wantItem{{"NIGHT-SEA", 6, "", nil}}},
	})
}
