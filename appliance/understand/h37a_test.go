package understand

import (
	"context"
	"slices"
	"testing"
)

// Branch h37a, on catalogs of their own (none of round 37's names or
// sentences): a barber priced by how far the hair reaches, a dressmaker by
// the dress's length, a photo studio, a plumber's visit, a travel agent.
const h37aBarberCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CUT-SHORT,قص شعر رجالي قصير (فوق الودن),Men's haircut short (above the ears),قصة قصيرة,قص,piece,80,,,
CUT-LONG,قص شعر رجالي طويل (تحت الودن),Men's haircut long (below the ears),قصة طويلة,قص,piece,120,,,
BEARD,تهذيب دقن,Beard trim,دقن|ذقن,دقن,piece,50,,,
`

const h37aBarberVocab = `قص, قص شعر, قصة, haircut, 2as, 2os
دقن, ذقن, beard, da2n
`

const h37aDressCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
DRESS-SHORT,تفصيل فستان قصير (لحد الركبة),Dress tailoring short (up to the knee),,تفصيل,piece,900,,,
DRESS-LONG,تفصيل فستان طويل (تحت الركبة),Dress tailoring long (below the knee),,تفصيل,piece,1400,,,
HEM,تقصير فستان,Dress hemming,تقصير,تعديل,piece,100,,,
`

const h37aDressVocab = `فستان, فساتين, fostan, dress
تفصيل, tafseel, tailoring
`

// TestRules_LengthToldByTheBody: the customer tells how far her hair or
// dress reaches by her own body ("لحد رقبتي", "لحد نص ضهري", "above the
// ears"); the catalog's names say a range of the body ("فوق الودن",
// "تحت الركبة"): the one variant whose range holds it is the line, and
// the words are placed.
func TestRules_LengthToldByTheBody(t *testing.T) {
	r := rulesFrom(t, h37aBarberCSV, h37aBarberVocab)
	for _, c := range []itemCase{
		{"عايز قص شعر لحد رقبتي", []wantItem{{"CUT-LONG", 1, "", nil}}},
		{"عايز قص شعر وهو لحد دقني وتهذيب دقن", []wantItem{{"CUT-LONG", 1, "", nil}, {"BEARD", 1, "", nil}}},
		{"I want a haircut for hair down to my neck", []wantItem{{"CUT-LONG", 1, "", nil}}},
		{"3ayez 2os sha3r le7ad ra2abty", []wantItem{{"CUT-LONG", 1, "", nil}}},
	} {
		checkPlaced(t, r, c.text, Order, c.want)
	}
	d := rulesFrom(t, h37aDressCSV, h37aDressVocab)
	for _, c := range []itemCase{
		{"عايزة تفصيل فستان لحد نص وسطي", []wantItem{{"DRESS-SHORT", 1, "", nil}}},
		{"عايزة تفصيل فستان لحد ركبتي", []wantItem{{"DRESS-SHORT", 1, "", nil}}},
		{"عايزة تفصيل فستان فوق الركبة", []wantItem{{"DRESS-SHORT", 1, "", nil}}},
		{"I'd like dress tailoring, just above the knee", []wantItem{{"DRESS-SHORT", 1, "", nil}}},
	} {
		checkPlaced(t, d, c.text, Order, c.want)
	}
}

const h37aStudioCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SESSION,جلسة تصوير خارجي,Outdoor photo session,جلسة تصوير|سيشن,تصوير,piece,1500,,,
ALBUM,ألبوم صور 20 صفحة,Photo album 20 pages,البوم|ألبوم,ألبومات,piece,800,,,
`

const h37aStudioVocab = `جلسة, جلسه, سيشن, session, galsa
تصوير, taswir, tasweer, photo
البوم, ألبوم, album
`

// TestRules_DayOfTheMonth: a day of the month said after "يوم" (or right
// before "الشهر") is when the work is wanted, never a count.
func TestRules_DayOfTheMonth(t *testing.T) {
	r := rulesFrom(t, h37aStudioCSV, h37aStudioVocab)
	checkPlaced(t, r, "خطوبتي يوم ١٥ الشهر الجاي، عايزة جلسة تصوير والبوم", Order,
		[]wantItem{{"SESSION", 1, "", nil}, {"ALBUM", 1, "", nil}})
	checkPlaced(t, r, "عايزين جلسة تصوير ٢٠ الشهر ده", Order, []wantItem{{"SESSION", 1, "", nil}})
	checkPlaced(t, r, "3ayza galsa taswir yom 12", Order, []wantItem{{"SESSION", 1, "", nil}})
}

const h37aTravelCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TICKET-ALEX,تذكرة قطر اسكندرية,Train ticket to Alexandria,تذكرة|تذكره,تذاكر,piece,150,,,
`

// TestRules_KinAsChildrenSayIt: "لماما واختي" names two people the goods
// are for — shared or one each is asked, never one line of one.
func TestRules_KinAsChildrenSayIt(t *testing.T) {
	r := rulesFrom(t, h37aTravelCSV, "")
	for _, text := range []string{"عايز تذكرة قطر اسكندرية لماما واختي", "محتاجة تذكرة قطر اسكندرية لبابا وماما"} {
		res, err := r.Understand(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "count") {
			t.Errorf("%s: want one line asked how many, got %+v", text, res.Items)
		}
	}
}

const h37aPlumberCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TAP-FIT,تركيب حنفية,Tap installation,تركيب حنفية,تركيبات,piece,150,,,
VISIT,زيارة منزلية,Home visit,تيجولي البيت|تيجوا البيت,خدمات,piece,200,,,
`

// TestRules_SameThingNamedAgain: a service asked by its verb phrase
// ("وتيجولي البيت") and named again later by its noun ("في الزيارة") is one
// line, never dropped as the whole of a part that is itself.
func TestRules_SameThingNamedAgain(t *testing.T) {
	r := rulesFrom(t, h37aPlumberCSV, "")
	checkItems(t, r, "عايز تركيب حنفية وتيجولي البيت، والزيارة تبقى الصبح", Order,
		[]wantItem{{"TAP-FIT", 1, "", nil}, {"VISIT", 1, "", nil}})
}

const h37aShirtCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHIRT-ELBOW,تفصيل قميص كم لحد الكوع,Shirt tailoring sleeve to the elbow,,تفصيل,piece,500,,,
SHIRT-WRIST,تفصيل قميص كم لحد الرسغ,Shirt tailoring sleeve to the wrist,,تفصيل,piece,600,,,
`

// TestRules_NarrowestReach: two names reaching to two landmarks ("لحد
// الكوع", "لحد الرسغ"): a reach above the first is the first's.
func TestRules_NarrowestReach(t *testing.T) {
	r := rulesFrom(t, h37aShirtCSV, "")
	checkPlaced(t, r, "عايز تفصيل قميص كم فوق الكوع", Order, []wantItem{{"SHIRT-ELBOW", 1, "", nil}})
	checkPlaced(t, r, "عايز تفصيل قميص كم تحت الكوع", Order, []wantItem{{"SHIRT-WRIST", 1, "", nil}})
}
