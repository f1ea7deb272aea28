package understand

import "testing"

// Round 14's third pass, on a small shop of its own: café chairs and tables
// by the piece (a bentwood chair with the shop's word "كافيه" in its
// synonyms), parasols, and wall paint in gallons and buckets.
const round14jCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
CH-BENT,كرسي خشب منحني,Bentwood chair,كرسي كافيه|كرسي منحني,كراسي,piece,1400,90,زان,بني|أسود
CH-IRON,كرسي حديد مدهون,Painted iron chair,كرسي حديد,كراسي,piece,950,120,,أحمر|أسود
TB-CAFE,ترابيزة كافيه مدورة 70 سم,Round café table 70 cm,ترابيزة مدورة,ترابيزات,piece,2100,30,,
PARASOL,شمسية حديقة 2.5 متر,Garden parasol 2.5 m,شمسية|مظلة,مظلات,piece,3200,15,,بيج|أخضر
PAINT-G,دهان مائي ناصع جالون,Bright emulsion gallon,ناصع جالون,دهانات,piece,380,50,,أبيض|بيج
PAINT-B,دهان مائي ناصع بستلة,Bright emulsion bucket,ناصع بستلة,دهانات,piece,1250,20,,أبيض|بيج
`

const round14jVocab = `كرسي, كراسي, korsy, chair, chairs
ترابيزة, ترابيزه, tarabeza, table
شمسية, شمسيه, parasol
جالون, جلن, galon, gallon
بستلة, بستله, جردل, bucket
أبيض, ابيض, abyad, white => أبيض
بيج, beige => بيج
بني, bonny, brown => بني
أسود, اسود, eswed, black => أسود
أحمر, احمر, a7mar, red => أحمر
أخضر, اخضر, green => أخضر
`

func round14jRules(t testing.TB) *Rules {
	t.Helper()
	return rulesFrom(t, round14jCSV, round14jVocab)
}

// TestRules_DozenAfterAPause: a dozen (or half of one) that opens a clause
// after a pause, before a head noun, is how many of the goods named after
// it — never a count of a catalog word said in the story before the pause
// ("احنا كافيه، عايزين دستة كرسي …": the shop's word "كافيه" had taken the
// dozen, and the chairs went out as one). English puts "a" and a colour
// between the dozen and its noun ("half a dozen red iron chairs").
func TestRules_DozenAfterAPause(t *testing.T) {
	r := round14jRules(t)
	checkCases(t, r, Order, []itemCase{
		{"احنا كافيه، عايزين دستة كرسي حديد احمر", []wantItem{{"CH-IRON", 12, "أحمر", nil}}},
		{"احنا كافيه صغير، عايزين نص دستة كرسي حديد احمر وترابيزة مدورة", []wantItem{{"CH-IRON", 6, "أحمر", nil}, {"TB-CAFE", 1, "", nil}}},
		{"e7na cafe, 3ayzin nos dasta korsy 7adid a7mar", []wantItem{{"CH-IRON", 6, "أحمر", nil}}},
		{"We're a small cafe, we need a dozen red iron chairs", []wantItem{{"CH-IRON", 12, "أحمر", nil}}},
		{"We're a small cafe, we need half a dozen red iron chairs", []wantItem{{"CH-IRON", 6, "أحمر", nil}}},
		{"half a dozen iron chairs in red please", []wantItem{{"CH-IRON", 6, "أحمر", nil}}},
		// a dozen after the goods, past a pause, is still theirs
		{"كرسي حديد احمر، ٢ دستة", []wantItem{{"CH-IRON", 24, "أحمر", nil}}},
		{"iron chairs red, 2 dozen", []wantItem{{"CH-IRON", 24, "أحمر", nil}}},
	})
}
