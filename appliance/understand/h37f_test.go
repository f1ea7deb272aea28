package understand

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Branch h37f, on a sweets shop's shipping of its own (none of the
// courier set's names or sentences): cake boxes shipped by zone and by
// weight band, a kilo above the top band, gift wrapping per shipment —
// and a laundry priced by weight bands of one kind.
const h37fSweetsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SEND-CAI-2,شحن حلويات داخل القاهرة والجيزة لحد 2 كيلو,Sweets shipping within Cairo and Giza up to 2 kg,,شحن,piece,50,,,
SEND-CAI-10,شحن حلويات داخل القاهرة والجيزة من 2 لـ 10 كيلو,Sweets shipping within Cairo and Giza over 2 up to 10 kg,,شحن,piece,80,,,
SEND-DLT-2,شحن حلويات الدلتا والقناة لحد 2 كيلو,Sweets shipping to the Delta and the Canal up to 2 kg,,شحن,piece,70,,,
SEND-DLT-10,شحن حلويات الدلتا والقناة من 2 لـ 10 كيلو,Sweets shipping to the Delta and the Canal over 2 up to 10 kg,,شحن,piece,110,,,
SEND-UP-2,شحن حلويات الصعيد لحد 2 كيلو,Sweets shipping to Upper Egypt up to 2 kg,,شحن,piece,90,,,
SEND-UP-10,شحن حلويات الصعيد من 2 لـ 10 كيلو,Sweets shipping to Upper Egypt over 2 up to 10 kg,,شحن,piece,140,,,
SEND-KG,كيلو زيادة فوق 10 كيلو,Extra kilo above 10 kg,,شحن,piece,8,,,
WRAP,تغليف هدايا (للشحنة),Gift wrapping (per shipment),تغليف هدايا,إضافات,piece,25,,,
KAHK,علبة كحك سادة,Plain kahk box,كحك,حلويات,piece,150,30,,
`

const h37fSweetsVocab = `شحن, شحنة, شحنه, طرد, parcel, shipment, shahna
كيلو, kg, kilo
تغليف, غلفوها, wrap, wrapping, taghleef
`

// h37fLines: each line the text is read as, "SKU×qty", a line asking
// between products as "?SKU|SKU…×qty" (sorted).
func h37fLines(t *testing.T, r *Rules, text string) []string {
	t.Helper()
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, it := range res.Items {
		if !it.Vague && len(it.Ambiguous) == 0 {
			out = append(out, fmt.Sprintf("%s×%v", it.SKU, it.Quantity.Float()))
			continue
		}
		var skus []string
		if it.Product != nil {
			skus = append(skus, it.SKU)
		}
		for _, c := range it.Ambiguous {
			skus = append(skus, c.Product.SKU)
		}
		slices.Sort(skus)
		out = append(out, fmt.Sprintf("?%s×%v", strings.Join(skus, "|"), it.Quantity.Float()))
	}
	return out
}

func h37fCheck(t *testing.T, r *Rules, cases map[string][]string) {
	t.Helper()
	for text, want := range cases {
		if got := h37fLines(t, r, text); !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", text, got, want)
		}
	}
}

// TestRules_ZoneByPlaceBandByWeight: the place said (a city, a district,
// a governorate — in Arabic, Franco or English) chooses the zone whose
// name names its region, the weight said the band; above the top band
// the top band and the kilos over it; with no place, the zones are asked
// between for the band the weight chooses.
func TestRules_ZoneByPlaceBandByWeight(t *testing.T) {
	r := rulesFrom(t, h37fSweetsCSV, h37fSweetsVocab)
	h37fCheck(t, r, map[string][]string{
		"عايز شحنة ٣ كيلو للمنصورة":                {"SEND-DLT-10×1"},
		"عايز شحنة ٣ كيلو لمدينة نصر":              {"SEND-CAI-10×1"},
		"عايز شحنة كيلو ونص لبورسعيد":              {"SEND-DLT-2×1"},
		"3ayez shahna 12 kilo le Assiut":           {"SEND-UP-10×1", "SEND-KG×2"},
		"How much to ship a 5 kg parcel to Luxor?": {"SEND-UP-10×1"},
		"shahna 2 kilo lel Dokki b kam?":           {"SEND-CAI-2×1"},
		"عايز شحنة ٣ كيلو":                         {"?SEND-CAI-10|SEND-DLT-10|SEND-UP-10×1"},
	})
}

// TestRules_ParcelSent: what the customer sends is the parcel — a
// sending verb, then a place or a weight in its clause: the goods word
// after it is no goods bought, and with no line the zone lines are one;
// the weight is never a count, the count before the shipments is.
func TestRules_ParcelSent(t *testing.T) {
	r := rulesFrom(t, h37fSweetsCSV, h37fSweetsVocab)
	h37fCheck(t, r, map[string][]string{
		"عايز ابعت شنطة هدوم لاختي في سوهاج":         {"?SEND-UP-10|SEND-UP-2×1"},
		"I want to send a bag of clothes to Aswan":   {"?SEND-UP-10|SEND-UP-2×1"},
		"3ayez 4 shahnat kol wa7da 3 kilo lel Tanta": {"SEND-DLT-10×4"},
	})
}

// TestRules_PerShipmentForAll: a line priced per shipment said once with
// a word for all of them ("وتغليف ليهم", "kolohom", "both") is one per
// shipment; the parcel's weight is never its count.
func TestRules_PerShipmentForAll(t *testing.T) {
	r := rulesFrom(t, h37fSweetsCSV, h37fSweetsVocab)
	h37fCheck(t, r, map[string][]string{
		"عايز ٣ شحنات لطنطا كل واحدة ٤ كيلو وتغليف هدايا ليهم":          {"SEND-DLT-10×3", "WRAP×3"},
		"3ayez 3 shahnat le Tanta kol wa7da 4 kilo, w taghleef kolohom": {"SEND-DLT-10×3", "WRAP×3"},
		"How much is a 4 kg parcel to Tanta and the gift wrapping?":     {"SEND-DLT-10×1", "WRAP×1"},
	})
}

// A laundry priced by weight bands of one kind: the kilos said choose
// the band, and are never how many.
const h37fLaundryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
WASH-5,غسيل ومكوى لحد 5 كيلو,Wash and iron up to 5 kg,,غسيل,piece,120,,,
WASH-10,غسيل ومكوى من 6 لـ 10 كيلو,Wash and iron 6 to 10 kg,,غسيل,piece,200,,,
DRY,دراي كلين بدلة,Suit dry cleaning,,غسيل,piece,90,,,
`

const h37fLaundryVocab = `غسيل, غسل, wash, ghaseel
مكوى, كوي, iron, makwa
كيلو, kg, kilo
`

// TestRules_WeightBands: a figure in kilos said of a line chooses the
// weight band holding it (a range in kilos read from the names).
func TestRules_WeightBands(t *testing.T) {
	r := rulesFrom(t, h37fLaundryCSV, h37fLaundryVocab)
	h37fCheck(t, r, map[string][]string{
		"عايز غسيل ومكوى ٨ كيلو": {"WASH-10×1"},
		"ghaseel w makwa 3 kilo": {"WASH-5×1"},
		"wash and iron 7 kg":     {"WASH-10×1"},
	})
}
