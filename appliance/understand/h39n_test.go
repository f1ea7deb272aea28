package understand

import (
	"slices"
	"testing"
)

// Branch h39n, on catalogs of their own (none of round 38's names or
// sentences): a boat hire and a camping-gear hire, by the day.
const h39nBoatCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
YACHT,يخت صغير 8 افراد (لليوم),Small yacht for 8 (per day),يخت,مراكب,piece,9000,3,,
KAYAK,كاياك فردي (لليوم),Single kayak (per day),كاياك,مراكب,piece,400,10,,
`

const h39nBoatVocab = `يخت, yacht, ya5t
كاياك, kayak, kayaak
`

const h39nCampCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
TENT,خيمة ٤ افراد (إيجار لليوم),Tent for 4 (rent per day),خيمة,تخييم,piece,250,20,,
STOVE,بوتاجاز رحلات (لليوم),Camping stove (per day),بوتاجاز,تخييم,piece,80,20,,
`

const h39nCampVocab = `خيمة, kheima, tent
بوتاجاز, botagaz, stove
`

// TestRules_WeeksOnADayRental: a length in weeks on goods rented by the
// day is seven days a week ("لمدة اسبوع" 7, "اسبوعين" 14, "٣ اسابيع" 21,
// Franco "le modet esboo3", English "for a week", "2 weeks"), never one
// day; a week said as when ("بعد اسبوع") is no length.
func TestRules_WeeksOnADayRental(t *testing.T) {
	r := rulesFrom(t, h39nBoatCSV, h39nBoatVocab)
	checkCases(t, r, Order, []itemCase{
		{"عايز يخت لمدة اسبوع", []wantItem{{"YACHT", 7, "", nil}}},
		{"عايز ٢ كاياك اسبوعين", []wantItem{{"KAYAK", 28, "", nil}}},
		{"محتاج كاياك ٣ اسابيع", []wantItem{{"KAYAK", 21, "", nil}}},
		{"3ayez ya5t le modet esboo3", []wantItem{{"YACHT", 7, "", nil}}},
		{"I need a yacht for a week", []wantItem{{"YACHT", 7, "", nil}}},
		{"need 2 kayaks for 2 weeks", []wantItem{{"KAYAK", 4 * 7, "", nil}}},
	})
	c := rulesFrom(t, h39nCampCSV, h39nCampVocab)
	checkCases(t, c, Order, []itemCase{
		{"عايز خيمة وبوتاجاز لمدة اسبوع", []wantItem{{"TENT", 7, "", nil}, {"STOVE", 7, "", nil}}},
		{"3ayez kheima esbo3een", []wantItem{{"TENT", 14, "", nil}}},
	})
}

// TestRules_MonthOnADayRental: a month on goods rented by the day is 28
// to 31 days: how many is asked, never one day invoiced.
func TestRules_MonthOnADayRental(t *testing.T) {
	r := rulesFrom(t, h39nBoatCSV, h39nBoatVocab)
	for _, text := range []string{"عايز كاياك لمدة شهر", "محتاج يخت شهرين", "I need a kayak for a month"} {
		t.Run(text, func(t *testing.T) {
			res := understandText(t, r, text)
			if len(res.Items) != 1 || !slices.Contains(res.Items[0].Missing, "count") {
				t.Fatalf("%q: want one line whose count is asked, got %+v", text, res.Items)
			}
		})
	}
}
