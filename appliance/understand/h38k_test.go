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

// an events-equipment rental, its delivery priced per trip one way or
// the other
const h38kEquipCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SOUND,سماعات وميكسر (إيجار لليوم),Speakers and mixer (rent per day),سماعات|ساوند|ميكسر,صوت,piece,2500,5,,
TENT,خيمة 6×6 متر (إيجار لليوم),Tent 6x6 m (rent per day),خيمة|صوان,خيام,piece,1800,4,,
DELIV,توصيل المعدات أو استلامها من الموقع (للمشوار),Equipment delivery to or collection from the site (per trip),توصيل|نقل,خدمات,piece,400,,,
`

const h38kEquipVocab = `سماعات, sama3at, speakers
خيمة, kheima, tent
توصيل, tawseel, delivery
`

// TestRules_DeliveredAndCollected: a per-trip line named "delivery to or
// collection from" is two trips when both are asked ("توصلوها
// وتستلموها", "رايح جاي", "delivered … and collected at the end"); one
// way asked, or a count said, keeps its count.
func TestRules_DeliveredAndCollected(t *testing.T) {
	r := rulesFrom(t, h38kEquipCSV, h38kEquipVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز سماعات ليومين مع التوصيل توصلوها وتستلموها", []wantItem{{"SOUND", 2, "", nil}, {"DELIV", 2, "", nil}}},
		{"عايز خيمة ٣ ايام والتوصيل رايح جاي", []wantItem{{"TENT", 3, "", nil}, {"DELIV", 2, "", nil}}},
		{"3ayez kheima 3 ayam w tawseel rayeh gay", []wantItem{{"TENT", 3, "", nil}, {"DELIV", 2, "", nil}}},
		{"I need a tent for 3 days, delivered to the site and collected at the end", []wantItem{{"TENT", 3, "", nil}, {"DELIV", 2, "", nil}}},
		{"عايز خيمة ٣ ايام والتوصيل", []wantItem{{"TENT", 3, "", nil}, {"DELIV", 1, "", nil}}},
		{"I need a tent for 3 days with delivery", []wantItem{{"TENT", 3, "", nil}, {"DELIV", 1, "", nil}}},
	})
	for _, text := range []string{"عايز خيمة ٣ ايام والتوصيل رايح جاي", "I need a tent for 3 days, delivered to the site and collected at the end"} {
		if res := understandText(t, r, text); len(res.Unexplained) > 0 {
			t.Errorf("%s: unexplained %v", text, res.Unexplained)
		}
	}
}

// a limousine service: a car by the day and the same car's airport trip
const h38kLimoCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LIMO-DAY,ليموزين مرسيدس بالسواق (لليوم),Mercedes limousine with driver (per day),ليموزين|مرسيدس,سيارات,piece,5000,3,,
LIMO-AIR,توصيلة مطار بليموزين مرسيدس بالسواق (للمشوار),Airport transfer by Mercedes limousine with driver (per trip),مطار ليموزين|توصيلة مطار,توصيلات,piece,1200,,,
BUS-DAY,أتوبيس 30 راكب بالسواق (لليوم),30-seat coach with driver (per day),اتوبيس|باص,سيارات,piece,6000,2,,
`

const h38kLimoVocab = `ليموزين, limousine, limo
مطار, matar, airport
اتوبيس, otobees, bus
يوم, ايام, يومين, day, days, yom
`

// TestRules_WeekdayAfterGoodsIsADate: "يوم الجمعة" said after goods
// rented by the day is when, no word of the per-day line's name: the
// airport trip the other words name is the line; a relative's arrival told
// first ("ابني جاي من السفر ومعاه ٣ عيال") is a story whose figures count
// nothing.
func TestRules_WeekdayAfterGoodsIsADate(t *testing.T) {
	r := rulesFrom(t, h38kLimoCSV, h38kLimoVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ليموزين يستقبلهم من المطار يوم الجمعة", []wantItem{{"LIMO-AIR", 1, "", nil}}},
		{"I need a limousine to pick them up from the airport on Friday", []wantItem{{"LIMO-AIR", 1, "", nil}}},
		{"عايز ليموزين ليوم الجمعة", []wantItem{{"LIMO-DAY", 1, "", nil}}},
		{"ابني جاي من السفر ومعاه مراته و٣ عيال، عايز ليموزين يستقبلهم من المطار يوم الجمعة وبعدها اتوبيس ليومين", []wantItem{{"LIMO-AIR", 1, "", nil}, {"BUS-DAY", 2, "", nil}}},
	})
}
