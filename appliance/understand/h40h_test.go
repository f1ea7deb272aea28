package understand

import "testing"

// Branch h40h, on catalogs of their own (none of round 39's or 40's names
// or sentences): a cake shop and a photographer's studio.
const h40hCakeCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CAKE-CHOC,تورتة شوكولاتة,Chocolate cake,تورتة شوكولاتة|تورتة,تورت,piece,450,20,,
CUPCAKE,كب كيك,Cupcake,كب كيك|cupcake,حلويات,piece,25,200,,
`

const h40hCakeVocab = `تورتة, torta, cake
شوكولاتة, chocolate, shokolata
`

const h40hPhotoCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
SHOOT,جلسة تصوير خارجي,Outdoor photo shoot,جلسة تصوير|سيشن,تصوير,piece,1500,,,
ALBUM,ألبوم صور,Photo album,البوم,منتجات,piece,600,30,,
`

const h40hPhotoVocab = `تصوير, taswer, photo
جلسة, galsa, session, shoot
البوم, album
`

// TestRules_DateWithMonthIsNoCount: a day's figure beside a month's name
// ("يوم ١٥ يوليو", "٣ أغسطس", Franco "15 yolyo", English "on 3 June",
// "June 3", "on the 16th") is a date: never the goods' count, and the
// month is a known word.
func TestRules_DateWithMonthIsNoCount(t *testing.T) {
	r := rulesFrom(t, h40hCakeCSV, h40hCakeVocab)
	for _, text := range []string{
		"عايز تورتة شوكولاتة يوم ١٥ يوليو",
		"عايز تورتة شوكولاتة ٢٠ اغسطس",
		"3ayez torta shokolata 15 yolyo",
		"a chocolate cake on 3 June please",
		"a chocolate cake for June 3",
		"a chocolate cake for the 16th",
	} {
		t.Run(text, func(t *testing.T) {
			checkPlaced(t, r, text, Order, []wantItem{{"CAKE-CHOC", 1, "", nil}})
		})
	}
	p := rulesFrom(t, h40hPhotoCSV, h40hPhotoVocab)
	checkCases(t, p, Order, []itemCase{
		{"عايز جلسة تصوير خارجي يوم ٢٨ يونيو", []wantItem{{"SHOOT", 1, "", nil}}},
		{"outdoor photo shoot on 21 September and 2 albums", []wantItem{{"SHOOT", 1, "", nil}, {"ALBUM", 2, "", nil}}},
	})
}

// TestRules_TwoDatesLeftAsSaid: two days named with their month ("١٥
// و١٦ يوليو") may be the days counted: no date is set aside, so the
// figure is still read, never a line of one.
func TestRules_TwoDatesLeftAsSaid(t *testing.T) {
	r := rulesFrom(t, h40hCakeCSV, h40hCakeVocab)
	if got := len(datesAt(r, "عايز تورتة يوم ١٥ و١٦ يوليو")); got != 0 {
		t.Errorf("two days named: %d dates set aside, want 0", got)
	}
	if got := len(datesAt(r, "عايز تورتة يوم ١٥ يوليو")); got != 3 {
		t.Errorf("one day named: %d tokens set aside, want 3", got)
	}
}

// datesAt: the tokens datesNamed sets aside in text.
func datesAt(r *Rules, text string) []string {
	ts := r.prepare(text)
	datesNamed(ts)
	var out []string
	for _, t := range ts {
		if t.used && t.neg {
			out = append(out, t.surface)
		}
	}
	return out
}

// a tennis club: a court by the hour and a month's membership of it
const h40hTennisCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
COURT-H,ملعب تنس (بالساعة),Tennis court (per hour),ملعب تنس,ملاعب,piece,200,,,
COURT-MONTH,اشتراك شهر ملعب تنس,Monthly tennis court membership,اشتراك شهر,اشتراكات,piece,3000,,,
`

const h40hTennisVocab = `ملعب, mal3ab, court
تنس, tennis, tenis
`

// TestRules_HoursAfterWordsOfAMonthLongService: hours said after words
// that name both a service by the hour and a month's membership of it
// ("ملعب تنس ساعتين") count the hourly service: a month's membership has
// no length in hours.
func TestRules_HoursAfterWordsOfAMonthLongService(t *testing.T) {
	r := rulesFrom(t, h40hTennisCSV, h40hTennisVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز ملعب تنس ساعتين", []wantItem{{"COURT-H", 2, "", nil}}},
		{"عايز ملعب تنس ٣ ساعات", []wantItem{{"COURT-H", 3, "", nil}}},
		{"3ayez mal3ab tenis sa3teen", []wantItem{{"COURT-H", 2, "", nil}}},
		{"عايز اشتراك شهر ملعب تنس", []wantItem{{"COURT-MONTH", 1, "", nil}}},
	})
}
