package understand

import (
	"context"
	"slices"
	"testing"
)

// Branch h38d, on catalogs of their own (none of round 38's names or
// sentences): a co-working space that sells its desks by the month, and a
// swimming academy that names its memberships by their months.
const h38dCoworkCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DESK,مكتب مشترك (شهر),Hot desk (month),مكتب مشترك|ديسك,مكاتب,piece,1500,,,
OFFICE,مكتب خاص لفردين (للشهر),Private office for two (per month),مكتب خاص|اوفيس,مكاتب,piece,6000,,,
LOCKER,لوكر (اشتراك شهر),Locker (monthly),لوكر|دولاب,خدمات,piece,200,,,
MEETING,قاعة اجتماعات (للساعة),Meeting room (per hour),قاعة اجتماعات|ميتنج روم,قاعات,piece,300,,,
MUG,مج المكان,Branded mug,مج|كوباية,منتجات,piece,90,20,,
`

const h38dCoworkVocab = `مكتب مشترك, hot desk, desk, desk moshtarak, maktab moshtarak
مكتب خاص, private office, maktab khas
لوكر, locker, lockers
مج, mug, mugs
`

const h38dSwimCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SWIM-1M,اشتراك سباحة شهر,Swimming membership 1 month,اشتراك شهر|اشتراك الشهر|شهر سباحة,اشتراكات,piece,700,,,
SWIM-3M,اشتراك سباحة 3 شهور,Swimming membership 3 months,اشتراك 3 شهور|اشتراك تلت شهور,اشتراكات,piece,1900,,,
SWIM-12M,اشتراك سباحة سنة,Swimming membership 12 months,اشتراك سنة|اشتراك سنوي,اشتراكات,piece,6500,,,
CAP,بونيه سباحة,Swimming cap,بونيه|كاب سباحة,منتجات,piece,120,30,,
GOGGLES,نضارة سباحة,Swimming goggles,نضارة|نضاره,منتجات,piece,250,15,,
`

const h38dSwimVocab = `اشتراك, اشترك, eshterak, eshtrak, membership, join
بونيه, cap, bonih
نضارة, goggles, nadara
`

// TestRules_CountedInMonths: goods whose name says they are a month's
// ("(شهر)", "(للشهر)", "(اشتراك شهر)", "(monthly)", "per month") are
// counted in months — "شهرين", "لمدة ٣ شهور", Franco "shahreen", English
// "for 3 months" multiply them; one month said ("شهر واحد", "for a
// month") leaves them; a length said after a list covers the list.
func TestRules_CountedInMonths(t *testing.T) {
	r := rulesFrom(t, h38dCoworkCSV, h38dCoworkVocab)
	checkPlaced(t, r, "عايز مكتب مشترك شهرين، ومج", Order,
		[]wantItem{{"DESK", 2, "", nil}, {"MUG", 1, "", nil}})
	checkPlaced(t, r, "محتاجين مكتب خاص لفردين لمدة ٣ شهور", Order,
		[]wantItem{{"OFFICE", 3, "", nil}})
	checkPlaced(t, r, "عايز مكتب مشترك ولوكر ٤ شهور", Order,
		[]wantItem{{"DESK", 4, "", nil}, {"LOCKER", 4, "", nil}})
	checkPlaced(t, r, "مكتب مشترك شهرين ولوكر شهر واحد", Order,
		[]wantItem{{"DESK", 2, "", nil}, {"LOCKER", 1, "", nil}})
	checkPlaced(t, r, "3ayez desk moshtarak shahreen", Order,
		[]wantItem{{"DESK", 2, "", nil}})
	checkPlaced(t, r, "I need a private office for 3 months and a locker for a month", Order,
		[]wantItem{{"OFFICE", 3, "", nil}, {"LOCKER", 1, "", nil}})
}

// TestRules_MonthSaidAsWhen: a month said as when — "من اول الشهر
// الجاي", "الشهر الجاي", Franco "men awel el shahr el gay", English "from
// next month" — is a start, never the one-month membership: the
// customer who joins from next month has not said for how long.
func TestRules_MonthSaidAsWhen(t *testing.T) {
	r := rulesFrom(t, h38dSwimCSV, h38dSwimVocab)
	for _, text := range []string{
		"عايز اشترك في السباحة من اول الشهر الجاي",
		"عايزة اشتراك سباحة الشهر الجاي",
		"3ayez eshtrak sebaha men awel el shahr el gay",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) == 1 && res.Items[0].SKU == "SWIM-1M" && len(res.Items[0].Ambiguous) == 0 {
				t.Errorf("the one-month membership from a date: %+v", res.Items)
			}
			for _, w := range res.Unexplained {
				t.Errorf("unexplained %q", w)
			}
		})
	}
	// a month said for the goods is still theirs
	checkItems(t, r, "عايز اشتراك سباحة شهر وبونيه", Order,
		[]wantItem{{"SWIM-1M", 1, "", nil}, {"CAP", 1, "", nil}})
}

const h38dToolsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MIXER,خلاطة خرسانة (لليوم),Concrete mixer (per day),خلاطة|خلاطة خرسانة|ميكسر,معدات,piece,900,5,,
SCAFF,سقالة معدن (لليوم),Steel scaffold (per day),سقالة|سقالات,معدات,piece,150,40,,
COVER,تأمين ضد الكسر (لليوم للمعدة),Breakage cover (per machine per day),تأمين|تامين|تأمين ضد الكسر,خدمات,piece,200,,,
MOVE,نقل المعدة (للمشوار),Machine transport (per trip),نقل|نقل المعدة,خدمات,piece,500,,,
`

const h38dToolsVocab = `خلاطة, خلاطه, mixer, concrete mixer, khalata
سقالة, scaffold, scaffolding, sa2ala
تأمين, insurance, cover, breakage cover, ta2meen
`

// TestRules_WholeLengthAgain: goods priced by the day said after a rent's
// length with "طول المدة", "نفس المدة", Franco "tool el modda", English
// "for the whole time" are rented that same length; said for each of the
// pieces counted before ("لكل خلاطة") they are as many piece-days; said
// of one after several pieces, with no "each", how many is asked.
func TestRules_WholeLengthAgain(t *testing.T) {
	r := rulesFrom(t, h38dToolsCSV, h38dToolsVocab)
	checkPlaced(t, r, "عايز ٢ خلاطة لمدة ٤ ايام، وتأمين ضد الكسر لكل خلاطة طول المدة", Order,
		[]wantItem{{"MIXER", 8, "", nil}, {"COVER", 8, "", nil}})
	checkPlaced(t, r, "محتاج خلاطة ٣ ايام وتأمين نفس المدة", Order,
		[]wantItem{{"MIXER", 3, "", nil}, {"COVER", 3, "", nil}})
	checkPlaced(t, r, "3ayez khalata 3 ayam w ta2meen tool el modda", Order,
		[]wantItem{{"MIXER", 3, "", nil}, {"COVER", 3, "", nil}})
	checkItems(t, r, "I need a concrete mixer for 5 days and breakage cover for the whole time", Order,
		[]wantItem{{"MIXER", 5, "", nil}, {"COVER", 5, "", nil}})
	res, err := r.Understand(context.Background(), "عايز ٢ خلاطة ٣ ايام وتأمين طول المدة")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 2 || !slices.Contains(res.Items[1].Missing, "count") {
		t.Errorf("the cover of one mixer or of both: how many must be asked: %+v", res.Items)
	}
}

// TestRules_RentStartNoLength: a rent's first day said with no length —
// "من السبت", "من يوم الخميس", Franco "men el sabt", English "starting
// Sunday" — is when it starts: the days of goods rented by the day are
// asked, never one day in silence; with a length said too, the length
// counts them.
func TestRules_RentStartNoLength(t *testing.T) {
	r := rulesFrom(t, h38dToolsCSV, h38dToolsVocab)
	for _, text := range []string{
		"عايز خلاطة من السبت",
		"محتاج ١٠ سقالات من يوم الخميس",
		"3ayez khalata men el sabt",
		"I need a concrete mixer starting Sunday",
	} {
		t.Run(text, func(t *testing.T) {
			res, err := r.Understand(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "count") {
				t.Errorf("the days from a start alone must be asked: %+v", res.Items)
			}
			for _, w := range res.Unexplained {
				t.Errorf("unexplained %q", w)
			}
		})
	}
	checkPlaced(t, r, "عايز خلاطة من يوم الخميس لمدة ٣ ايام", Order,
		[]wantItem{{"MIXER", 3, "", nil}})
}
