package understand

import (
	"context"
	"testing"
)

// Branch h40c, on catalogs of their own (none of round 40's names or
// sentences): a stationery shop with a calligraphy class, a party-rental
// shop by the day and a travel agency's trips per person.
const h40cStationeryCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PEN,قلم جاف بيك,Bic ballpoint pen,بيك|قلم بيك,أقلام,piece,10,300,,أزرق|أسود|أحمر
CALLI,حصة خط عربي,Arabic calligraphy class,حصة خط|كورس خط,حصص,piece,250,,,
`

const h40cStationeryVocab = `قلم, alam, pen, pens
حصة, حصص, class, classes, 7essa
خط, calligraphy, khat
ازرق, أزرق, blue, azra2 => أزرق
اسود, أسود, black, eswed => أسود
احمر, أحمر, red, a7mar => أحمر
`

const h40cRentalCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TENT-10,خيمة 10 أفراد (لليوم),Tent for 10 (per day),خيمة|خيمة كبيرة,خيام,piece,900,5,,
CHAIR,كرسي بلاستيك (إيجار لليوم),Plastic chair (per day),كرسي|كراسي,كراسي,piece,15,300,,
SOUND,ساوند سيستم (إيجار لليوم),Sound system (per day),ساوند|سماعات,صوت,piece,1500,3,,
`

const h40cRentalVocab = `خيمة, خيمه, tent, kheema
كرسي, كراسي, chair, chairs, korsy, karasy
ساوند, sound, sound system
`

const h40cTripCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TRIP-STD,رحلة الغردقة عادي (للفرد),Hurghada trip standard (per person),رحلة الغردقة|رحلة عادي,رحلات,piece,2500,,,
TRIP-VIP,رحلة الغردقة VIP (للفرد),Hurghada trip VIP (per person),رحلة VIP|رحلة في اي بي,رحلات,piece,4000,,,
SNORKEL,رحلة سنوركلينج (للفرد),Snorkeling trip (per person),سنوركل|سنوركلينج,رحلات,piece,600,,,
PARA,باراشوت (للفرد),Parasailing (per person),باراشوت|باراسيلنج,انشطة,piece,900,,,
`

const h40cTripVocab = `رحلة, رحله, trip, re7la
الغردقة, الغردقه, hurghada, el ghardaa
عادي, standard, 3adi, regular
VIP, في اي بي
سنوركل, سنوركلينج, snorkel, snorkeling
باراشوت, parasailing, parachute, barashoot
`

// TestRules_EnglishWordNoFrancoOfOtherLongVowel: an English word whose
// doubled vowel is a long vowel the catalog's word of the same consonants
// does not write ("book": the و no "بيك" has) is never that word — "book
// 3 calligraphy classes" orders no pen; "beek" still is the pen. "book"
// before a figure is the request's own verb, no word unexplained.
func TestRules_EnglishWordNoFrancoOfOtherLongVowel(t *testing.T) {
	r := rulesFrom(t, h40cStationeryCSV, h40cStationeryVocab)
	checkPlaced(t, r, "I'd like to book 3 calligraphy classes", Order, []wantItem{{"CALLI", 3, "", nil}})
	checkPlaced(t, r, "I want to book a calligraphy class", Order, []wantItem{{"CALLI", 1, "", nil}})
	checkCases(t, r, Order, []itemCase{
		{"3ayez 2 beek azra2", []wantItem{{"PEN", 2, "أزرق", nil}}},
	})
}

// TestRules_RentDaysCorrected: the days of a rent by the day corrected
// ("يومين.. لا معلش خليهم ٣ ايام", "يومين لا ٣", Franco "yomeen, la2
// khalihom 3 ayam", English "for 2 days, no wait, make it 3 days") are the
// later days, never both multiplied; a dual of the day inside a line's
// phrase is counted once (the days, not also the per-day noun).
func TestRules_RentDaysCorrected(t *testing.T) {
	r := rulesFrom(t, h40cRentalCSV, h40cRentalVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز خيمة يومين.. لا معلش خليهم ٣ ايام", []wantItem{{"TENT-10", 3, "", nil}}},
		{"عايز ٢٠ كرسي يومين لا ٣", []wantItem{{"CHAIR", 60, "", nil}}},
		{"3ayez 20 korsy yomeen, la2 khalihom 3 ayam", []wantItem{{"CHAIR", 60, "", nil}}},
		{"I need 20 chairs for 2 days, no wait, make it 3 days", []wantItem{{"CHAIR", 60, "", nil}}},
		{"عايز الخيمة يومين.. لا معلش خليهم ٣ ايام، احنا ١٠ افراد", []wantItem{{"TENT-10", 3, "", nil}}},
		{"عايز الخيمة يومين، احنا ١٠ افراد", []wantItem{{"TENT-10", 2, "", nil}}},
	})
}

// checkChoiceOf: the message's one line is asked between exactly skus,
// its count n.
func checkChoiceOf(t *testing.T, r *Rules, text string, n float64, skus ...string) {
	t.Helper()
	checkAskedAmong(t, r, text, skus...)
	res, err := r.Understand(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) == 1 && res.Items[0].Quantity.Float() != n {
		t.Errorf("%s: count %v, want %v", text, res.Items[0].Quantity.Float(), n)
	}
}

// TestRules_DifferenceAskedInOrder: "ايه الفرق بين X و Y؟" (Franco "el
// far2 ben", English "what's the difference between") in an order is a
// choice not made: one line asked between both, with the count said —
// never both invoiced. A price question of each is still quoted both.
func TestRules_DifferenceAskedInOrder(t *testing.T) {
	r := rulesFrom(t, h40cTripCSV, h40cTripVocab)
	checkChoiceOf(t, r, "عايزين رحلة الغردقة لـ ٢٠ فرد، ايه الفرق بين العادي والـ VIP؟", 20, "TRIP-STD", "TRIP-VIP")
	checkChoiceOf(t, r, "We want the Hurghada trip for 20 people, what's the difference between the standard and the VIP?", 20, "TRIP-STD", "TRIP-VIP")
	checkChoiceOf(t, r, "3ayzeen re7la el ghardaa, el far2 ben el 3adi wel VIP?", 1, "TRIP-STD", "TRIP-VIP")
	res, err := r.Understand(context.Background(), "ايه الفرق بين رحلة عادي ورحلة VIP؟ وسعر كل واحدة كام")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 2 {
		t.Errorf("a price question of each: %d lines, want 2 (%+v)", len(res.Items), res.Items)
	}
}

// TestRules_OrJoinedGoodsAsked: two goods joined by "or" ("سنوركل ولا
// باراشوت", "snorkeling or parasailing", Franco "wala") in an order are a
// choice: one line asked between them, never both invoiced; a line of the
// kind they share said beside them ("رحلة" of two trips) is no third.
func TestRules_OrJoinedGoodsAsked(t *testing.T) {
	r := rulesFrom(t, h40cTripCSV, h40cTripVocab)
	checkChoiceOf(t, r, "عايز سنوركل ولا باراشوت", 1, "SNORKEL", "PARA")
	checkChoiceOf(t, r, "I want snorkeling or parasailing", 1, "SNORKEL", "PARA")
	checkChoiceOf(t, r, "3ayez snorkel wala barashoot", 1, "SNORKEL", "PARA")
}

const h40cSalonCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
LASER-HAIR,جلسة ليزر إزالة شعر,Laser hair removal session,ليزر|ليزر ازالة شعر,جلسات,piece,800,,,
FACIAL,جلسة تنضيف بشرة,Facial cleansing session,تنضيف بشرة|هيدرافيشيال,جلسات,piece,500,,,
MANI,مانيكير,Manicure,مانيكير|مانكير,أظافر,piece,150,,,
MASSAGE,جلسة مساج (نص ساعة),Massage session (30 min),مساج|جلسة|جلسات,جلسات,piece,300,,,
`

const h40cSalonVocab = `جلسة, جلسات, session, sessions, galsa, galasat
ليزر, laser
تنضيف بشرة, تنظيف بشرة, facial, tandeef bashara
مانيكير, manicure
`

// TestRules_SessionsOfTheChoice: the sessions said beside a choice between
// two sessions ("عايزة ابدأ جلسات، ليزر ولا تنضيف بشرة؟", Franco "galasat,
// laser wala tandeef bashara?", English "sessions, laser or facial?") are
// the sessions chosen between — no third line of the session the shop
// also names so (massage).
func TestRules_SessionsOfTheChoice(t *testing.T) {
	r := rulesFrom(t, h40cSalonCSV, h40cSalonVocab)
	checkChoiceOf(t, r, "عايزة ابدأ جلسات، ليزر ولا تنضيف بشرة؟", 1, "LASER-HAIR", "FACIAL")
	checkChoiceOf(t, r, "3ayza galasat, laser wala tandeef bashara?", 1, "LASER-HAIR", "FACIAL")
	checkChoiceOf(t, r, "I want to start sessions, laser or facial?", 1, "LASER-HAIR", "FACIAL")
}

const h40cNailsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
MANI,مانيكير,Manicure,مانيكير|مانكير,أظافر,piece,150,,,
PEDI,باديكير,Pedicure,باديكير|بديكير,أظافر,piece,200,,,
`

const h40cNailsVocab = `مانيكير, مانكير, manicure, manikir
باديكير, pedicure, padikir
`

// TestRules_GroupCorrectedAfterEach: a group's size corrected right after
// its "each" ("احنا ٤ … مانيكير لكل واحدة.. لا معلش خليهم ٣ بس", English
// "a manicure for each, no wait, make it 3") is the new number of people:
// three manicures, never three times four.
func TestRules_GroupCorrectedAfterEach(t *testing.T) {
	r := rulesFrom(t, h40cNailsCSV, h40cNailsVocab)
	checkCases(t, r, Order, []itemCase{
		{"احنا ٤ بنات عايزين مانيكير لكل واحدة.. لا معلش خليهم ٣ بس", []wantItem{{"MANI", 3, "", nil}}},
		{"احنا ٤ عايزين مانيكير لكل واحدة، لا خليهم ٣", []wantItem{{"MANI", 3, "", nil}}},
		{"We are 4, a manicure for each, no wait, make it 3", []wantItem{{"MANI", 3, "", nil}}},
	})
}
