package understand

import (
	"slices"
	"testing"
)

// Capacity nouns (branch c19h), on two small shops of their own (none of
// the blind sets' catalogs or sentences): an aquarium shop whose transport
// box is named by the fish it holds ("صندوق نقل 20 سمكة"), and a water
// tank shop whose tanks are named by their litres and whose solar heater
// by the persons it serves.
const c19hFishCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TANK-60,حوض زجاج 60 سم,Glass aquarium 60 cm,حوض 60,أحواض,piece,2500,5,زجاج,
BOX-FISH,صندوق نقل 20 سمكة,Transport box 20 fish,صندوق نقل,أدوات,piece,90,40,بلاستيك,
FLT-IN,فلتر داخلي,Internal filter,فلتر,فلاتر,piece,350,20,بلاستيك,
HTR-50,سخان حوض 50 وات,Aquarium heater 50 W,سخان,تدفئة,piece,180,30,زجاج,
AIR-P,مضخة هوا,Air pump,مضخة|بلف هوا,هوا,piece,220,25,,
`

const c19hFishVocab = `حوض, احواض, aquarium, 7od
فلتر, filter
سخان, heater, sa5an
مضخة, مضخه, pump
`

const c19hTankCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TNK-500,خزان مياه 500 لتر,Water tank 500 litre,خزان 500,خزانات,piece,3200,4,بلاستيك,
TNK-1000,خزان مياه 1000 لتر,Water tank 1000 litre,خزان 1000,خزانات,piece,5200,3,بلاستيك,
PUMP-1,موتور مياه 1 حصان,Water pump 1 hp,موتور,مواتير,piece,2800,10,,
FLOAT,عوامة خزان,Tank float valve,عوامة,اكسسوارات,piece,75,40,,
HTR-SOL,سخان شمسي 200 لتر 4 أفراد,Solar heater 200 L 4 persons,سخان شمسي,سخانات,piece,14000,2,,
`

const c19hTankVocab = `خزان, تانك, tank, 5azan
موتور, ماتور, pump, motor
عوامة, عوامه, float, 3awama
`

// TestRules_CapacityNounTold: a noun the names use only after a figure
// (the fish a box holds) said after a figure in what the customer tells
// they have ("عندي حوض فيه ٣٠ سمكة", Franco "3andy … fih 30 samaka",
// "we have 30 fish") counts their fish: no line of 30 boxes, only the
// goods asked, every word placed.
func TestRules_CapacityNounTold(t *testing.T) {
	r := rulesFrom(t, c19hFishCSV, c19hFishVocab)
	for _, text := range []string{
		"عندي حوض فيه ٣٠ سمكة عايز فلتر داخلي ٢",
		"عايز فلتر داخلي ٢ عشان عندي ٣٠ سمكة",
		"3andy 7od fih 30 samaka 3ayez filter dakhly 2",
		"we have 30 fish, need 2 internal filters",
	} {
		t.Run(text, func(t *testing.T) {
			checkPlaced(t, r, text, Order, []wantItem{{"FLT-IN", 2, "", nil}})
		})
	}
}

// TestRules_CapacityNounNoProduct: the capacity noun after a figure with
// no head noun of the goods named by it ("عايز ٣٠ سمكة", "need 30 fish",
// "… و ٣٠ سمكة") is no line of those goods: a line of no product, read by
// a person; said after the goods' head it is their name ("صندوق نقل ٢٠
// سمكة ٣" is three boxes).
func TestRules_CapacityNounNoProduct(t *testing.T) {
	r := rulesFrom(t, c19hFishCSV, c19hFishVocab)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"عايز ٣٠ سمكة", nil},
		{"3ayez 30 samaka", nil},
		{"need 30 fish", nil},
		{"عايز فلتر داخلي ٢ و ٣٠ سمكة", []string{"FLT-IN"}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			res := understandText(t, r, tt.text)
			if got := linesAsked(res); !slices.Equal(got, tt.want) {
				t.Errorf("lines %v, want %v (%+v)", got, tt.want, res.Items)
			}
			if !slices.ContainsFunc(res.Items, func(it Item) bool { return it.Unread }) {
				t.Errorf("no line left for a person: %+v", res.Items)
			}
		})
	}
	checkCases(t, r, Order, []itemCase{
		{"عايز صندوق نقل ٢٠ سمكة ٣", []wantItem{{"BOX-FISH", 3, "", nil}}},
		{"عايز ٣ صندوق نقل ٢٠ سمكة", []wantItem{{"BOX-FISH", 3, "", nil}}},
	})
}

// TestRules_CapacityMeasureTold: a measure the names give after a figure
// (the litres of a tank, the persons of a solar heater) said in what the
// customer has ("عندي عمارة ٥٠٠ لتر ميه في اليوم", "عندنا ٤ أفراد") is
// theirs: no tank nor heater invoiced beside the goods asked. Named after
// the goods' head it chooses them ("عايز خزان ٥٠٠ لتر").
func TestRules_CapacityMeasureTold(t *testing.T) {
	r := rulesFrom(t, c19hTankCSV, c19hTankVocab)
	checkCases(t, r, Order, []itemCase{
		{"عندي عمارة ٥٠٠ لتر ميه في اليوم عايز موتور ٢", []wantItem{{"PUMP-1", 2, "", nil}}},
		{"3andy 3emara 500 litre maya fel yom 3ayez motor 2", []wantItem{{"PUMP-1", 2, "", nil}}},
		{"عندنا ٤ أفراد عايز عوامة ٢", []wantItem{{"FLOAT", 2, "", nil}}},
		{"3andena 4 afrad 3ayzen 3awama 2", []wantItem{{"FLOAT", 2, "", nil}}},
		{"We have 500 litres a day, need 2 water pumps", []wantItem{{"PUMP-1", 2, "", nil}}},
		{"عايز خزان ٥٠٠ لتر", []wantItem{{"TNK-500", 1, "", nil}}},
		{"عايز سخان شمسي ٢٠٠ لتر ٤ أفراد", []wantItem{{"HTR-SOL", 1, "", nil}}},
	})
}
