package understand

import (
	"context"
	"testing"
)

// The first-contact classes of round 18 (branch h18d), on a small shop of
// water heaters, hoods, cookers and fans of its own (none of the blind
// sets' catalogs or sentences): goods rated in litres and kind words
// (gas / electric), services sold as products (installation, assembly,
// repair), and questions about what the goods work with.
const h18dCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HTR-GAS-10,سخان غاز 10 لتر,Gas water heater 10 L,سخان غاز 10,سخانات,piece,5200,12,,أبيض|فضي
HTR-GAS-16,سخان غاز 16 لتر,Gas water heater 16 L,سخان غاز 16,سخانات,piece,6900,8,,أبيض
HTR-EL-50,سخان كهرباء 50 لتر,Electric water heater 50 L,سخان كهربا 50,سخانات,piece,4800,10,,أبيض
HTR-EL-80,سخان كهرباء 80 لتر,Electric water heater 80 L,سخان كهربا 80,سخانات,piece,6100,6,,أبيض|فضي
HOOD-60,شفاط مطبخ 60 سم,Kitchen hood 60 cm,شفاط 60,شفاطات,piece,3900,9,,فضي|أسود
COOKER-5,بوتاجاز 5 شعلة,Cooker 5 burners,بوتاجاز خمسة شعلة,بوتاجازات,piece,11500,5,,فضي|أسود
FAN-CEIL,مروحة سقف,Ceiling fan,مروحة سقف,مراوح,piece,1400,20,,أبيض|بني
FAN-WIN-1,مروحة شباك 1 حصان,Window fan 1 HP,مروحة شباك 1,مراوح,piece,1900,6,,أبيض
FAN-WIN-2,مروحة شباك 2 حصان,Window fan 2 HP,مروحة شباك 2,مراوح,piece,2600,4,,أبيض
TABLE-BAL,ترابيزة بلكونة,Balcony table,ترابيزة خارجي,أثاث,piece,2100,7,خشب,بني
SRV-FIT,تركيب سخان (حتى 1 متر خرطوم),Heater installation (up to 1 m hose),تركيب,خدمات,piece,350,,,
HOSE-GAS,خرطوم غاز (بالمتر),Gas hose (per metre),خرطوم سخان,خراطيم,meter,60,200,,
SRV-ASM,تجميع مروحة,Fan assembly,تجميع,خدمات,piece,150,,,
SRV-FIX,تصليح بوتاجاز,Cooker repair,تصليح,خدمات,piece,400,,,
`

const h18dVocab = `سخان, سخانات, heater, heaters, sa5an
غاز, gas, ghaz
كهرباء, كهربا, electric, kahraba
لتر, litre, liter, l
شفاط, شفاطات, hood
بوتاجاز, بوتجاز, cooker
مروحة, مراوح, fan, fans
شباك, window
خرطوم, خراطيم, hose
حصان, hp, 7osan
ابيض, وايت, white => أبيض
فضي, سيلفر, silver => فضي
اسود, بلاك, black => أسود
`

func h18dRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h18dCSV, h18dVocab)
}

// TestRules_VerbalNounPatternKept: a word with the consonants of a تفعيل
// service but without its ي ("التجمع" a district, "تصلح" suits, "تركب"
// mounts) is another word, never that service; the service said as such
// still is one.
func TestRules_VerbalNounPatternKept(t *testing.T) {
	r := h18dRules(t)
	checkCases(t, r, Order, []itemCase{
		{"انا ساكن في التجمع وعايز مروحة سقف بني", []wantItem{{"FAN-CEIL", 1, "بني", nil}}},
		{"عايز ترابيزة بلكونة تصلح للجنينة", []wantItem{{"TABLE-BAL", 1, "", nil}}},
		{"انا في التجمع ومحتاج سخان غاز 16 لتر والتركيب", []wantItem{{"HTR-GAS-16", 1, "", nil}, {"SRV-FIT", 1, "", nil}}},
		{"عايز مروحة سقف بني وتجميع", []wantItem{{"FAN-CEIL", 1, "بني", nil}, {"SRV-ASM", 1, "", nil}}},
	})
}

// TestRules_CountAndKindAgain: after و, a count and a word the line's
// product cannot be but another product of its kind is ("… غاز … و١
// كهربا …") open one more line of that kind; the rating said with it (10
// L, 50 L) is that line's name, never a size or a count. With no word
// after it that chooses, the new line is a person's to confirm.
func TestRules_CountAndKindAgain(t *testing.T) {
	r := h18dRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز ٢ سخان غاز ١٠ لتر و١ كهربا ٥٠ لتر", []wantItem{{"HTR-GAS-10", 2, "", nil}, {"HTR-EL-50", 1, "", nil}}},
		{"عايز ٢ سخان غاز ١٦ لتر و٣ كهربا ٨٠ لتر", []wantItem{{"HTR-GAS-16", 2, "", nil}, {"HTR-EL-80", 3, "", nil}}},
		{"I need 2 gas heaters 16 L and 1 electric 80 L", []wantItem{{"HTR-GAS-16", 2, "", nil}, {"HTR-EL-80", 1, "", nil}}},
		{"3ayez 2 sa5an ghaz 10 litre w 1 kahraba 50 litre", []wantItem{{"HTR-GAS-10", 2, "", nil}, {"HTR-EL-50", 1, "", nil}}},
	})
	res, err := r.Understand(context.Background(), "عايز ٢ سخان غاز ١٠ لتر و١ كهربا")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 2 || res.Items[1].Quantity.Float() != 1 || res.Confidence >= 0.6 {
		t.Errorf("which electric heater is unsaid: items %+v confidence %.2f, want a second line a person confirms", res.Items, res.Confidence)
	}
}

// TestRules_WorksWithAsked: what a question asks the goods to work with
// or fit on ("وبيركب على البوتاجاز بتاعي؟", "does it fit on my cooker?")
// is no line, though the shop sells it.
func TestRules_WorksWithAsked(t *testing.T) {
	r := h18dRules(t)
	checkCases(t, r, Inquiry, []itemCase{
		{"الشفاط ٦٠ سم بكام؟ وبيركب على البوتاجاز بتاعي؟", []wantItem{{"HOOD-60", 1, "", nil}}},
		{"سخان غاز ١٠ لتر بكام؟ ينفع مع الشفاط؟", []wantItem{{"HTR-GAS-10", 1, "", nil}}},
		{"How much is the 60 cm hood? Does it fit on my cooker?", []wantItem{{"HOOD-60", 1, "", nil}}},
	})
	// an order of both stays an order of both
	checkCases(t, r, Order, []itemCase{
		{"عايز شفاط ٦٠ سم فضي مع بوتاجاز ٥ شعلة فضي", []wantItem{{"HOOD-60", 1, "فضي", nil}, {"COOKER-5", 1, "فضي", nil}}},
	})
}

// TestRules_RatingNoCount: "N HP" after goods counted before a place
// word of their name ("2 window fans 2 HP") is the rating the names give,
// never the count.
func TestRules_RatingNoCount(t *testing.T) {
	r := h18dRules(t)
	checkCases(t, r, Order, []itemCase{
		{"I need 2 window fans 2 HP white", []wantItem{{"FAN-WIN-2", 2, "أبيض", nil}}},
		{"I need 3 window fan 1 hp", []wantItem{{"FAN-WIN-1", 3, "", nil}}},
		{"عايز ٢ مروحة شباك ٢ حصان", []wantItem{{"FAN-WIN-2", 2, "", nil}}},
	})
}

// TestRules_MetresOfOtherGoods: metres said before the head noun of goods
// sold by the metre are those goods' length, a line of their own, never a
// size of the piece before, though its name holds the noun.
func TestRules_MetresOfOtherGoods(t *testing.T) {
	r := h18dRules(t)
	checkCases(t, r, Order, []itemCase{
		{"عايز سخان غاز ١٦ لتر والتركيب مع ٣ متر خرطوم غاز", []wantItem{{"HTR-GAS-16", 1, "", nil}, {"SRV-FIT", 1, "", []int{}}, {"HOSE-GAS", 3, "", nil}}},
		{"I need a gas heater 16 L and the installation with 3 m gas hose", []wantItem{{"HTR-GAS-16", 1, "", nil}, {"SRV-FIT", 1, "", []int{}}, {"HOSE-GAS", 3, "", nil}}},
	})
}
