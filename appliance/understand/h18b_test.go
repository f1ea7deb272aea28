package understand

import (
	"context"
	"testing"
)

// The eleventh session's classes of branch h18b (rounds 16–17: cabinet
// hardware, salon furniture, mirrors, clinic furniture), on a small home
// gym shop of its own (none of the blind sets' catalogs or sentences): a
// treadmill named with its motor, a bike, a bench, a yoga mat whose
// synonyms name a floor mat, dumbbells and the treadmill's belt oil.
const h18bCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TREAD-2,مشاية كهربا 2 حصان,Electric treadmill 2 HP,تريدميل|مشاية موتور,أجهزة,piece,18500,6,,أسود|رمادي
BIKE-M,عجلة ثابتة مغناطيسي,Magnetic exercise bike,دراجة ثابتة|عجلة تخسيس,أجهزة,piece,7400,8,,أسود
BENCH-F,بنش تمرين قابل للطي,Folding workout bench,بنش,أجهزة,piece,2900,10,حديد,أسود|أحمر
MAT-Y6,مرتبة يوجا 6 مم,Yoga mat 6 mm,مات يوجا|فرشة يوجا|فرشة ارضية يوجا,إكسسوارات,piece,350,40,,بنفسجي|أزرق|أسود
DB-5,دمبل حديد 5 كيلو,Iron dumbbell 5 kg,دمبل 5,أوزان,piece,400,60,حديد,
BELT-OIL,زيت سير المشاية,Treadmill belt oil,زيت مشاية,إكسسوارات,piece,150,30,,
`

const h18bVocab = `مشاية, مشايه, مشايات, mashaya, treadmill
دمبل, دامبل, دمبلز, dambel, dumbbell, dumbbells
عجلة, عجله, 3agala, bike
مرتبة, مرتبه, martaba, mat
بنش, bench
كهربا, كهرباء, كهربائي, kahraba, electric
`

func h18bRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, h18bCSV, h18bVocab)
}

func h18bRead(t *testing.T, r *Rules, text string) Result {
	t.Helper()
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestRules_ByItselfIsADefect: goods that do something "by themselves"
// ("بيقف لوحده", "byo2af lewa7do", "keeps stopping by itself"), said of
// what the customer bought, is a complaint, not an order of the goods
// named; "بيتباع لوحده؟" (sold on its own?) and "عايز … لوحدها" are not.
func TestRules_ByItselfIsADefect(t *testing.T) {
	r := h18bRules(t)
	for _, text := range []string{
		"المشاية اللي اشتريتها منكم من شهر بتقف لوحدها واحنا بنجري",
		"el mashaya elly eshtaretha mnko byo2af lewa7do",
		"the treadmill I bought from you last month keeps stopping by itself",
	} {
		if res := h18bRead(t, r, text); res.Intent != Complaint {
			t.Errorf("%s: intent %s, want complaint (%+v)", text, res.Intent, res.Items)
		}
	}
	checkItems(t, r, "عايز مشاية كهربا ٢ حصان اسود لوحدها من غير زيت", Order, []wantItem{{"TREAD-2", 1, "أسود", nil}})
	if res := h18bRead(t, r, "البنش بيتباع لوحده؟"); res.Intent == Complaint {
		t.Errorf("a question whether it is sold alone read as a complaint")
	}
}

// TestRules_PrayerEndsAtAnd: a prayer beside an order ("ربنا يشفيه") ends
// where و joins the next goods to it ("ومعاها زيت …"): the prayer placed,
// the goods after it still lines.
func TestRules_PrayerEndsAtAnd(t *testing.T) {
	checkPlaced(t, h18bRules(t), "محتاج مشاية كهربا ٢ حصان اسود لوالدي ربنا يشفيه ومعاها زيت سير المشاية", Order,
		[]wantItem{{"TREAD-2", 1, "أسود", nil}, {"BELT-OIL", 1, "", nil}})
}

// TestRules_AtYourServiceAndDoctor: "حاضر" / "7ader" (all right) and the
// address "يا دكتور" are placed words, as "تمام" and "يا باشمهندس" are.
func TestRules_AtYourServiceAndDoctor(t *testing.T) {
	r := h18bRules(t)
	checkPlaced(t, r, "7ader, 3ayez 2 dambel 7adid 5 kilo", Order, []wantItem{{"DB-5", 2, "", nil}})
	checkPlaced(t, r, "حاضر، عايز ٢ دمبل حديد ٥ كيلو", Order, []wantItem{{"DB-5", 2, "", nil}})
	checkPlaced(t, r, "ايوه يا دكتور عايز ٤ عجلة ثابتة مغناطيسي", Order, []wantItem{{"BIKE-M", 4, "", nil}})
}

// TestRules_StoryJoinedToTheWant: the customer's own story ("انا بفتح جيم
// في المعادي", "انا عندي جيم صغير … وبكبر المكان") ends at the want-verb
// joined to it by و or after a comma, as it does at a sentence's end.
func TestRules_StoryJoinedToTheWant(t *testing.T) {
	r := h18bRules(t)
	checkPlaced(t, r, "انا بفتح جيم في المعادي ومحتاج ٣ مشاية كهربا ٢ حصان اسود", Order, []wantItem{{"TREAD-2", 3, "أسود", nil}})
	checkPlaced(t, r, "بص يا كابتن انا عندي جيم صغير في المعادي وبكبر المكان، عايز ٤ عجلة ثابتة مغناطيسي", Order, []wantItem{{"BIKE-M", 4, "", nil}})
}

// TestRules_ReasonToldAfterBecause: "عشان" with a subject and its present
// verb ("عشان المشاية بتتزحلق على البلاط") says why: its subject, though a
// product's word, is no line.
func TestRules_ReasonToldAfterBecause(t *testing.T) {
	r := h18bRules(t)
	checkPlaced(t, r, "عايز ٢ مرتبة يوجا ازرق عشان المشاية بتتزحلق على البلاط", Order, []wantItem{{"MAT-Y6", 2, "أزرق", nil}})
	checkPlaced(t, r, "3ayez 2 martaba yoga azra2 3ashan el mashaya betetzahla2", Order, []wantItem{{"MAT-Y6", 2, "أزرق", nil}})
}

// TestRules_RentIsForStaff: asking the shop to rent goods out ("ممكن
// تأجروا …؟", "te2agaro", "can I rent …?") is a question for a person,
// no order of the goods named; "للشقة الايجار" (for the rented flat) is
// the customer's home.
func TestRules_RentIsForStaff(t *testing.T) {
	r := h18bRules(t)
	for _, text := range []string{
		"ممكن تأجروا مشاية كهربا شهرين؟",
		"momken te2agaro mashaya kahraba shahrein?",
		"can I rent a treadmill for two months?",
	} {
		res := h18bRead(t, r, text)
		if res.Intent != Other || len(res.Items) > 0 || len(res.Service) == 0 {
			t.Errorf("%s: %s %+v service %q, want a question for staff", text, res.Intent, res.Items, res.Service)
		}
	}
	checkItems(t, r, "عايز مشاية كهربا ٢ حصان اسود للشقة الايجار", Order, []wantItem{{"TREAD-2", 1, "أسود", nil}})
}

// TestRules_AndAnotherThingNotTheLine: after a line, "و" and a word of
// the catalog that line's product cannot be, naming no product ("وموتور":
// only a synonym of the treadmill holds it, beside مشاية), is another
// thing asked: a person reads it, never dropped from an invoice of the
// line before.
func TestRules_AndAnotherThingNotTheLine(t *testing.T) {
	r := h18bRules(t)
	res := h18bRead(t, r, "عايز ٢ دمبل حديد ٥ كيلو وموتور")
	if len(res.Items) != 2 || res.Items[0].SKU != "DB-5" || res.Items[1].SKU != "" || !res.Items[1].Unread {
		t.Errorf("got %+v, want the dumbbells and an unread line", res.Items)
	}
	checkItems(t, r, "عايز ٢ دمبل حديد ٥ كيلو ومرتبة يوجا ازرق", Order, []wantItem{{"DB-5", 2, "", nil}, {"MAT-Y6", 1, "أزرق", nil}})
}
