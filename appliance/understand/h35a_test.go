package understand

import (
	"slices"
	"testing"

	"fatoora/catalog"
)

// An equipment hire shop (not event furniture): projectors and screens
// rented per day, a generator per night, a stage by the m² per day, and a
// delivery per trip.
const h35aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
PROJ,بروجيكتور (إيجار لليوم),Projector (rent per day),داتا شو,أجهزة,piece,300,40,,
SCREEN,شاشة عرض (إيجار لليوم),Projection screen (rent per day),,أجهزة,piece,150,40,,
GEN,مولد كهرباء (لليلة),Power generator (per night),جنريتور,كهرباء,piece,900,5,,
STAGE,مسرح خشب (بالمتر المربع لليوم),Wooden stage (per m² per day),ستيج,مسارح,sqm,60,400,خشب,
DELIV,توصيل (للمرة),Delivery (per trip),نقل,خدمات,piece,250,,,
`

const h35aVocab = `بروجيكتور, بروجكتور, projector, projectors, brojektor
شاشة, شاشات, screen, screens, shasha
مولد, مولدات, generator, generators, mowalled
مسرح, stage
توصيل, delivery, tawseel
`

type h35aLine struct {
	sku string
	qty float64
}

func h35aCheck(t *testing.T, r *Rules, text string, want []h35aLine) {
	t.Helper()
	res := understandText(t, r, text)
	var got []h35aLine
	for _, it := range res.Items {
		got = append(got, h35aLine{it.SKU, it.Quantity.Float()})
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: got %v, want %v", text, got, want)
	}
}

// TestRules_RentedByTheDay: goods rented per day or per night are counted
// in piece-days — the days or nights said multiply every such line they
// cover (a duration after a list covers the list), one day leaves it, and
// a per-trip line is never multiplied; "ليوم واحد" is no size.
func TestRules_RentedByTheDay(t *testing.T) {
	r := rulesFrom(t, h35aCSV, h35aVocab)
	for _, c := range []struct {
		text string
		want []h35aLine
	}{
		{"عايز ٣ بروجيكتور و٣ شاشات ليومين وتوصيل", []h35aLine{{"PROJ", 6}, {"SCREEN", 6}, {"DELIV", 1}}},
		{"عايز ٢ بروجيكتور لمدة ٣ ايام", []h35aLine{{"PROJ", 6}}},
		{"محتاج مولد ليلتين", []h35aLine{{"GEN", 2}}},
		{"عايز مسرح ٤ في ٥ متر ليومين", []h35aLine{{"STAGE", 40}}},
		{"عايز ٤ بروجيكتور ليوم واحد وتوصيل", []h35aLine{{"PROJ", 4}, {"DELIV", 1}}},
		{"3ayez 3 brojektor w 2 shasha l yomeen w tawseel", []h35aLine{{"PROJ", 6}, {"SCREEN", 4}, {"DELIV", 1}}},
		{"I need 2 projectors and 2 screens for three days, plus delivery", []h35aLine{{"PROJ", 6}, {"SCREEN", 6}, {"DELIV", 1}}},
		{"we need a generator for 2 nights", []h35aLine{{"GEN", 2}}},
	} {
		h35aCheck(t, r, c.text, c.want)
	}
	// a delivery after so many days is no rent's length
	h35aCheck(t, r, "عايز ٢ بروجيكتور، والتوصيل بعد يومين", []h35aLine{{"PROJ", 2}, {"DELIV", 1}})
	// the days said after one line only: the next line's days are asked
	res := understandText(t, r, "عايز ٢ بروجيكتور ليومين ومولد")
	if len(res.Items) != 2 || res.Items[0].Quantity != 4*catalog.One || !slices.Contains(res.Items[1].Missing, "count") {
		t.Errorf("ambiguous nights: %+v, want 4 projectors and the generator's nights asked", res.Items)
	}
}
