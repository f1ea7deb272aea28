package understand

import (
	"context"
	"testing"
)

// Branch h40e, on catalogs of their own (none of round 40's names or
// sentences): a phone-accessories shop, a car service centre and a sea
// chalet let by the day.
const h40eMobileCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHARGER,شاحن سريع 20 وات,Fast charger 20W,شاحن|شاحن سريع,شواحن,piece,350,20,,
CABLE,كابل تايب سي,Type-C cable,كابل|وصلة,كابلات,piece,120,30,,أبيض|أسود
SCREEN,اسكرينة حماية,Screen protector,اسكرينة|سكرينة,حماية,piece,80,50,,
`

const h40eMobileVocab = `شاحن, sha7en, charger
كابل, kabel, cable
اسكرينة, skrina, screen protector
ابيض, abyad, white => أبيض
اسود, eswed, black => أسود
`

const h40eCarCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
INSPECT,فحص شامل للعربية,Full car inspection,فحص|فحص شامل,خدمات,piece,500,,,
WASH,غسيل عربية,Car wash,غسيل|غسيل عربية,خدمات,piece,150,,,
WIPER,باكو مساحات,Wiper pack,باكو|مساحات,قطع,piece,200,10,,
`

const h40eCarVocab = `فحص, fa7s, inspection
غسيل, ghasil, wash
باكو, bako, pack
`

const h40eChaletCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CHALET-WE,شاليه على البحر يوم جمعة أو سبت,Sea chalet Friday or Saturday,الشاليه|شاليه,شاليهات,piece,6000,,,
CHALET-WD,شاليه على البحر باقي أيام الأسبوع,Sea chalet other weekdays,شاليه وسط الاسبوع,شاليهات,piece,3500,,,
BBQ,شواية فحم,Charcoal grill,شواية,اضافات,piece,300,,,
UMB,شمسية,Beach umbrella,شمسية,اضافات,piece,100,12,,أزرق|أصفر
`

const h40eChaletVocab = `شاليه, shalee, chalet
شواية, shawaya, grill
شمسية, shamseya, umbrella
ازرق, azra2, blue => أزرق
اصفر, asfar, yellow => أصفر
`

// TestRules_FrancoImperfectIsNoProduct: a Franco verb opening on its
// subject's y ("yesha7en": it charges) is the verb, never the catalog
// word its other consonants spell (شاحن, a charger).
func TestRules_FrancoImperfectIsNoProduct(t *testing.T) {
	r := rulesFrom(t, h40eMobileCSV, h40eMobileVocab)
	checkCases(t, r, Order, []itemCase{
		{"3ayez kabel abyad 3ashan el mobile yesha7en besor3a", []wantItem{{"CABLE", 1, "أبيض", nil}}},
		{"3ayez kabel abyad w sha7en", []wantItem{{"CABLE", 1, "أبيض", nil}, {"CHARGER", 1, "", nil}}},
	})
}

// TestRules_EnglishBookingVerbBeforeObject: English "book" before its
// object ("book the full inspection", "book 2 car washes") is the verb,
// never the Franco word its consonants spell (باكو, a pack), and the
// object names the line.
func TestRules_EnglishBookingVerbBeforeObject(t *testing.T) {
	r := rulesFrom(t, h40eCarCSV, h40eCarVocab)
	checkCases(t, r, Order, []itemCase{
		{"Please book the full inspection and a car wash", []wantItem{{"INSPECT", 1, "", nil}, {"WASH", 1, "", nil}}},
		{"I'd like to book 2 car washes", []wantItem{{"WASH", 2, "", nil}}},
		{"عايز باكو مساحات", []wantItem{{"WIPER", 1, "", nil}}},
	})
}

// TestRules_WeekdayChoosesProduct: of products of one name priced by the
// days their names state, the weekday said picks the one stating it, or
// the one of the other days; "يوم الاتنين" is Monday, no two.
func TestRules_WeekdayChoosesProduct(t *testing.T) {
	r := rulesFrom(t, h40eChaletCSV, h40eChaletVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز الشاليه يوم الجمعة وشواية", []wantItem{{"CHALET-WE", 1, "", nil}, {"BBQ", 1, "", nil}}},
		{"عايز الشاليه يوم الاتنين وشواية", []wantItem{{"CHALET-WD", 1, "", nil}, {"BBQ", 1, "", nil}}},
		{"عايز شواية يوم الاتنين", []wantItem{{"BBQ", 1, "", nil}}},
		{"3ayez el shalee yom el sabt w shawaya", []wantItem{{"CHALET-WE", 1, "", nil}, {"BBQ", 1, "", nil}}},
		{"I want the chalet on Tuesday and a grill", []wantItem{{"CHALET-WD", 1, "", nil}, {"BBQ", 1, "", nil}}},
	})
}

// TestRules_NoDaySaidAsksWhichDays: no weekday said, the line is open
// between the products of that name priced by other days.
func TestRules_NoDaySaidAsksWhichDays(t *testing.T) {
	r := rulesFrom(t, h40eChaletCSV, h40eChaletVocab)
	for _, text := range []string{"عايز الشاليه وشواية", "3ayez el shalee w shawaya", "I want the chalet and a grill"} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			open := false
			for _, it := range res.Items {
				skus := map[string]bool{it.SKU: true}
				for _, a := range it.Ambiguous {
					skus[a.Product.SKU] = true
				}
				if it.Vague && skus["CHALET-WE"] && skus["CHALET-WD"] {
					open = true
				}
			}
			if !open {
				t.Errorf("want the chalet open between its days, got %+v", res.Items)
			}
		})
	}
}

// TestRules_DateIsNoCountNorVariant: a date by its day and month ("Friday
// 14 June", "May 3rd", "١٤ مايو") counts nothing and is no variant.
func TestRules_DateIsNoCountNorVariant(t *testing.T) {
	r := rulesFrom(t, h40eChaletCSV, h40eChaletVocab)
	checkCases(t, r, Order, []itemCase{
		{"I want the chalet on Friday 14 June and 2 blue umbrellas", []wantItem{{"CHALET-WE", 1, "", nil}, {"UMB", 2, "أزرق", nil}}},
		{"I want 2 blue umbrellas and a grill on May 3rd", []wantItem{{"UMB", 2, "أزرق", nil}, {"BBQ", 1, "", nil}}},
	})
	for _, text := range []string{"I want 2 blue umbrellas and a grill on May 3rd", "I want the chalet on Friday 14 June and 2 blue umbrellas"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range res.Items {
			if len(it.Lacks) > 0 {
				t.Errorf("%s: %s lacks %q", text, it.SKU, it.Lacks)
			}
		}
		if len(res.Unexplained) > 0 {
			t.Errorf("%s: unexplained %q", text, res.Unexplained)
		}
	}
}

// TestRules_BookingAsWeIsAnOrderCue: booking asked as we or as a future
// ("عايزين نحجز الشاليه", "هنحجز", Franco "ne7gez") orders the goods
// after it as "احجز" does; the rest of the week said ("وسط الاسبوع", "on
// a weekday") picks the product of the other days, a word of another
// name tells no day.
func TestRules_BookingAsWeIsAnOrderCue(t *testing.T) {
	r := rulesFrom(t, h40eChaletCSV, h40eChaletVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايزين نحجز شواية وشمسية زرقا", []wantItem{{"BBQ", 1, "", nil}, {"UMB", 1, "أزرق", nil}}},
		{"3ayzeen ne7gez shawaya w shamseya azra2", []wantItem{{"BBQ", 1, "", nil}, {"UMB", 1, "أزرق", nil}}},
		{"عايزين نحجز الشاليه وسط الاسبوع وشواية", []wantItem{{"CHALET-WD", 1, "", nil}, {"BBQ", 1, "", nil}}},
		{"We want the chalet on a weekday and a grill", []wantItem{{"CHALET-WD", 1, "", nil}, {"BBQ", 1, "", nil}}},
	})
}
