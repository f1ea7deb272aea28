package understand

import (
	"context"
	"slices"
	"testing"
)

// h37cGasCSV: a gas-cylinder shop selling a cylinder exchanged against
// the customer's empty one and a new cylinder for a customer who has none.
const h37cGasCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GAS-SWAP,أنبوبة بوتاجاز تبديل (بتسلم الفاضية),Gas cylinder exchange (the empty one is handed back),انبوبة تبديل|تبديل انبوبة,انابيب,piece,150,100,,
GAS-NEW,أنبوبة بوتاجاز جديدة بالأنبوبة,New gas cylinder (the cylinder is yours),انبوبة جديدة,انابيب,piece,900,20,,
REG,منظم غاز,Gas regulator,منظم|رجلاتير,اكسسوارات,piece,120,30,,
HOSE,خرطوم غاز,Gas hose,خرطوم,اكسسوارات,piece,60,50,,
`

const h37cGasVocab = `انبوبة, أنبوبة, انبوبه, انابيب, cylinder, cylinders, anboba, anabeeb
تبديل, exchange, tabdeel
فاضية, فاضيه, فاضي, فاضيين, empty, empties, fadya, fadyeen
جديدة, جديد, new, gedida
بوتاجاز, butagaz
غاز, gas
منظم, regulator, monazem
خرطوم, hose, khartoom
`

// h37cBatteryCSV: a battery shop selling a battery against the
// customer's old one and a new one with no old one handed back.
const h37cBatteryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
BAT-X,بطارية عربية 70 أمبير تبديل (بتسلم القديمة),Car battery 70 Ah exchange (the old one is handed back),بطارية 70 تبديل,بطاريات,piece,2800,10,,
BAT-N,بطارية عربية 70 أمبير جديدة,New car battery 70 Ah,بطارية 70 جديدة,بطاريات,piece,3300,10,,
TERM,طقم أطراف بطارية,Battery terminals set,اطراف|أطراف بطارية,اكسسوارات,piece,80,30,,
`

const h37cBatteryVocab = `بطارية, بطاريه, battery, batteries, battareya
أمبير, امبير, amp, ah
تبديل, exchange, tabdeel
جديدة, جديد, new, gedida
عربية, عربيه, car
`

// askedBetween: the message's only line asks between exactly skus, for
// qty of them.
func askedBetween(t *testing.T, r *Rules, text string, qty float64, skus ...string) {
	t.Helper()
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range res.Items {
		if it.Product != nil {
			got = append(got, it.SKU)
		}
		for _, c := range it.Ambiguous {
			got = append(got, c.Product.SKU)
		}
	}
	slices.Sort(got)
	want := slices.Clone(skus)
	slices.Sort(want)
	if len(res.Items) != 1 || !slices.Equal(got, want) || res.Items[0].Quantity.Float() != qty {
		t.Errorf("%s: got %+v, want one line of %v asked between %v", text, res.Items, qty, want)
	}
}

// TestRules_ReturnableChosen: goods sold as an exchange against the
// customer's own empty (or old one) and new: the customer's empties told
// choose the exchange, none the new one, and nothing said asks between
// the two.
func TestRules_ReturnableChosen(t *testing.T) {
	r := rulesFrom(t, h37cGasCSV, h37cGasVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ انبوبة بوتاجاز وعندي الفاضيين", []wantItem{{"GAS-SWAP", 2, "", nil}}},
		{"محتاج انبوبة بوتاجاز ومنظم، مفيش عندي فاضية", []wantItem{{"GAS-NEW", 1, "", nil}, {"REG", 1, "", nil}}},
		{"3ayez 2 anboba butagaz, 3andy el 2 fadyeen", []wantItem{{"GAS-SWAP", 2, "", nil}}},
		{"I need 2 gas cylinders, we have the empties ready", []wantItem{{"GAS-SWAP", 2, "", nil}}},
		{"I need a gas cylinder and a regulator. It's our first time, we don't have an empty one.", []wantItem{{"GAS-NEW", 1, "", nil}, {"REG", 1, "", nil}}},
	})
	askedBetween(t, r, "محتاج ٣ انابيب بوتاجاز النهارده", 3, "GAS-SWAP", "GAS-NEW")
	askedBetween(t, r, "3ayez 2 anabeeb butagaz", 2, "GAS-SWAP", "GAS-NEW")
	askedBetween(t, r, "I need 2 gas cylinders today", 2, "GAS-SWAP", "GAS-NEW")

	b := rulesFrom(t, h37cBatteryCSV, h37cBatteryVocab)
	askedBetween(t, b, "عايز بطارية ٧٠ امبير للعربية", 1, "BAT-X", "BAT-N")
	checkCases(t, b, Order, []itemCase{
		{"عايز بطارية ٧٠ امبير جديدة وطقم اطراف", []wantItem{{"BAT-N", 1, "", nil}, {"TERM", 1, "", nil}}},
	})
}

// TestRules_ReturnableTold: the customer's own empties told beside an
// order are context, never a line of the goods.
func TestRules_ReturnableTold(t *testing.T) {
	r := rulesFrom(t, h37cGasCSV, h37cGasVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز منظم وخرطوم، والانبوبة الفاضية موجودة", []wantItem{{"REG", 1, "", nil}, {"HOSE", 1, "", nil}}},
		{"I want a regulator and a hose, we don't have any empty ones", []wantItem{{"REG", 1, "", nil}, {"HOSE", 1, "", nil}}},
		{"3ayez monazem w khartoom, 3andy el anboba el fadya", []wantItem{{"REG", 1, "", nil}, {"HOSE", 1, "", nil}}},
	})
}

// h37cWaterCSV: water cartons whose Franco dual is written with its long
// vowel doubled.
const h37cWaterCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
JUICE-1,كرتونة عصير لتر (12 علبة),Juice 1 L carton (12 packs),كرتونة عصير,كراتين,piece,300,40,,
SODA-6,كرتونة صودا (24 كانز),Soda carton (24 cans),كرتونة صودا,كراتين,piece,240,40,,
`

const h37cWaterVocab = `كرتونة, كرتونه, كراتين, carton, cartons, kartona, kartoonteen
عصير, juice, 3aseer
صودا, soda
`

// TestRules_FrancoPackDualVowels: a Franco pack dual with its long vowel
// written doubled ("kartoonteen") is two of the goods, as "kartonteen".
func TestRules_FrancoPackDualVowels(t *testing.T) {
	r := rulesFrom(t, h37cWaterCSV, h37cWaterVocab)
	checkCases(t, r, Order, []itemCase{
		{"3ayez kartoonteen 3aseer w kartona soda", []wantItem{{"JUICE-1", 2, "", nil}, {"SODA-6", 1, "", nil}}},
	})
}

// h37cACCSV: split air conditioners of three powers, the largest sold
// out, the vocabulary leaning "تكييف سبليت" to the smallest.
const h37cACCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
AC-15,تكييف سبليت 1.5 حصان بارد,Split air conditioner 1.5 HP cold,تكييف 1.5|تكييف سبليت|تكييف بارد,تكييفات,piece,18000,5,,
AC-225,تكييف سبليت 2.25 حصان بارد,Split air conditioner 2.25 HP cold,تكييف 2.25,تكييفات,piece,24000,3,,
AC-3,تكييف سبليت 3 حصان بارد,Split air conditioner 3 HP cold,تكييف 3,تكييفات,piece,30000,0,,
FAN,مروحة سقف,Ceiling fan,مروحة,مراوح,piece,1500,10,,
`

const h37cACVocab = `تكييف, تكييفات, takyeef, takyif, air conditioner, conditioner, ac
سبليت, split
بارد, cold, bared
حصان, hp, 7osan
مروحة, مروحه, fan, marwa7a
`

// TestRules_OptionsAsked: what there is asked after goods named by their
// kind ("ايه المتاح؟") asks between the available products that fit the
// words said, never the one a synonym leans to.
func TestRules_OptionsAsked(t *testing.T) {
	r := rulesFrom(t, h37cACCSV, h37cACVocab)
	askedBetween(t, r, "عايز تكييف سبليت بارد للشقة، ايه المتاح؟", 1, "AC-15", "AC-225")
	askedBetween(t, r, "3ayez takyeef split bared, eh el mota7?", 1, "AC-15", "AC-225")
	askedBetween(t, r, "محتاج تكييف بارد، ايه اللي متاح؟", 1, "AC-15", "AC-225") // "تكييف بارد" a synonym of one
	askedBetween(t, r, "I need a split air conditioner, what's available?", 1, "AC-15", "AC-225")
	// a power said chooses, asked what there is or not
	checkCases(t, r, Inquiry, []itemCase{
		{"عايز تكييف سبليت 2.25 حصان، ايه المتاح؟", []wantItem{{"AC-225", 1, "", nil}}},
	})
}
