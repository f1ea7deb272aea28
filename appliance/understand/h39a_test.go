package understand

import "testing"

// Branch h39a, on catalogs of their own (none of round 39's names or
// sentences): a padel club, a karaoke place, and a recording studio.
const h39aPadelCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PADEL,ملعب بادل (للساعة),Padel court (per hour),بادل|ملعب بادل,ملاعب,piece,400,,,
COACH,ساعة تدريب مع كوتش (للساعة),Coaching hour with a coach (per hour),كوتش|تدريب,تدريب,piece,500,,,
PADEL-MONTH,حجز بادل شهري ثابت (ساعة كل أسبوع),Monthly fixed padel booking (one hour a week),حجز شهري|حجز ثابت,ملاعب,piece,1400,,,
RACKET,مضرب بادل,Padel racket,مضرب,منتجات,piece,1500,5,,
`

const h39aPadelVocab = `بادل, padel, badel
ملعب, الملعب, court, mal3ab
حجز, احجز, نحجز, book, booking, 7agz, e7gez
ساعة, ساعات, ساعتين, hour, hours, sa3a, sa3at, sa3teen
مضرب, racket, madrab
`

const h39aKaraokeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
ROOM-S,اوضة كاريوكي صغيرة (للساعة),Small karaoke room (per hour),اوضة صغيرة|كاريوكي,اوض,piece,250,,,
ROOM-L,اوضة كاريوكي كبيرة (للساعة),Large karaoke room (per hour),اوضة كبيرة,اوض,piece,450,,,
JUICE,عصير فريش,Fresh juice,عصير,مشروبات,piece,40,,,
`

const h39aKaraokeVocab = `كاريوكي, karaoke, karioki
اوضة, اوض, room, rooms, ooda
صغيرة, صغيره, small, soghayara
كبيرة, كبيره, large, big, kebira
ساعة, ساعات, ساعتين, hour, hours, sa3a, sa3at, sa3teen
عصير, juice, 3aseer
`

// TestRules_ClockTimeNotCount: in a shop that sells by the hour, "الساعة
// ٩ بالليل", "el sa3a 9", "at 6 pm" are the time the booking starts, never
// a count of hours; the hours said after are (a shop whose products'
// names also start with ساعة included).
func TestRules_ClockTimeNotCount(t *testing.T) {
	padel := rulesFrom(t, h39aPadelCSV, h39aPadelVocab)
	checkItems(t, padel, "عايز احجز ملعب البادل بكرة الساعة ٩ بالليل ساعتين", Order, []wantItem{{"PADEL", 2, "", nil}})
	checkItems(t, padel, "عايز ملعب بادل الساعة ٩ ساعتين", Order, []wantItem{{"PADEL", 2, "", nil}})
	checkItems(t, padel, "book the padel court for 2 hours on Friday at 6 pm", Order, []wantItem{{"PADEL", 2, "", nil}})
}

// TestRules_HalfHours: on a line priced by the hour, a half said after
// the hours adds to them — "ساعة ونص" 1.5, "ساعتين ونص" 2.5, Franco "sa3a
// w nos", "sa3teen w nos", English "an hour and a half", "2 and a half
// hours" — and "نص ساعة" is 0.5; a count before the line is of the rooms,
// each booked for those hours.
func TestRules_HalfHours(t *testing.T) {
	karaoke := rulesFrom(t, h39aKaraokeCSV, h39aKaraokeVocab)
	checkItems(t, karaoke, "عايز اوضة كاريوكي صغيرة ساعة ونص", Order, []wantItem{{"ROOM-S", 1.5, "", nil}})
	checkItems(t, karaoke, "عايز اوضة كاريوكي كبيرة ساعتين ونص و٣ عصير", Order,
		[]wantItem{{"ROOM-L", 2.5, "", nil}, {"JUICE", 3, "", nil}})
	checkItems(t, karaoke, "e7gezly wa7da ooda kebira sa3a w nos", Order, []wantItem{{"ROOM-L", 1.5, "", nil}})
	checkItems(t, karaoke, "e7gezly ooda soghayara sa3teen w nos", Order, []wantItem{{"ROOM-S", 2.5, "", nil}})
	checkItems(t, karaoke, "a small karaoke room for an hour and a half", Order, []wantItem{{"ROOM-S", 1.5, "", nil}})
	checkItems(t, karaoke, "2 small karaoke rooms for 3 hours", Order, []wantItem{{"ROOM-S", 6, "", nil}})
}

// TestRules_ClockRangeHours: a range of clock times on a line priced by
// the hour ("من ٨ لـ ١٠ بالليل", "from 8 to 10", "men 8 le 10", "من ١١ لـ
// ١") is its length in hours.
func TestRules_ClockRangeHours(t *testing.T) {
	karaoke := rulesFrom(t, h39aKaraokeCSV, h39aKaraokeVocab)
	checkItems(t, karaoke, "عايز اوضة كاريوكي كبيرة من ٨ لـ ١٠ بالليل", Order, []wantItem{{"ROOM-L", 2, "", nil}})
	checkItems(t, karaoke, "a small karaoke room tonight from 8 to 11", Order, []wantItem{{"ROOM-S", 3, "", nil}})
	checkItems(t, karaoke, "3ayez ooda kebira men 11 le 1", Order, []wantItem{{"ROOM-L", 2, "", nil}})
}

// TestRules_HoursOnlyHourly: hours said for a booking choose among the
// lines priced by the hour; a monthly fixed booking, priced otherwise,
// is no "ساعتين".
func TestRules_HoursOnlyHourly(t *testing.T) {
	padel := rulesFrom(t, h39aPadelCSV, h39aPadelVocab)
	checkItems(t, padel, "عايزين نحجز ملعب بادل ساعة ونص", Order, []wantItem{{"PADEL", 1.5, "", nil}})
	checkItems(t, padel, "we want to book a padel court for 2 hours", Order, []wantItem{{"PADEL", 2, "", nil}})
	checkItems(t, padel, "3ayzin ne7gez mal3ab padel sa3teen", Order, []wantItem{{"PADEL", 2, "", nil}})
}
