package understand

import (
	"slices"
	"testing"
)

// A garden-furniture shop: one chair made in wood and in metal, the
// wooden one's synonym the kind's bare words.
const s18bChairsCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
GC-WD,كرسي جاردن خشب,Wooden garden chair,كرسي جاردن|كرسي حديقة,كراسي جاردن,piece,1900,12,زان,أبيض|بني
GC-MT,كرسي جاردن معدن,Metal garden chair,كرسي جاردن حديد,كراسي جاردن,piece,1100,20,معدن,أبيض|أسود
UMB-3,شمسية جاردن ٣ متر,Garden umbrella 3 m,,شماسي,piece,2500,5,قماش,بيج
`

const s18bChairsVocab = `كرسي جاردن, كرسي حديقة, garden chair, korsy garden
ابيض, white, abyad => أبيض
`

// TestRules_MaterialNotSaid: a kind the shop makes in two materials
// ("كرسي جاردن خشب" beside "… معدن"), neither said, is asked which, as a
// kind in two colours is — a synonym of one that is the kind's bare words
// chooses none, folded by the vocabulary to one word or not; the
// material said chooses it.
func TestRules_MaterialNotSaid(t *testing.T) {
	for _, vocab := range []string{s18bChairsVocab, ""} {
		r := rulesFrom(t, s18bChairsCSV, vocab)
		for _, tc := range []struct {
			text string
			skus []string // one: chosen; two: asked
		}{
			{"عايز كرسي جاردن ابيض", []string{"GC-MT", "GC-WD"}},
			{"عايز ٤ كرسي جاردن", []string{"GC-MT", "GC-WD"}},
			{"عايز كرسي جاردن خشب ابيض", []string{"GC-WD"}},
			{"عايز كرسي جاردن معدن ابيض", []string{"GC-MT"}},
			{"عايز شمسية جاردن", []string{"UMB-3"}},
		} {
			if got := linesAsked(understandText(t, r, tc.text)); !slices.Equal(got, tc.skus) {
				t.Errorf("vocab %v: %q: lines %v, want %v", vocab != "", tc.text, got, tc.skus)
			}
		}
		if vocab == "" {
			continue
		}
		for _, text := range []string{"3ayez korsy garden abyad", "I want a garden chair please"} {
			if got := linesAsked(understandText(t, r, text)); !slices.Equal(got, []string{"GC-MT", "GC-WD"}) {
				t.Errorf("%q: lines %v, want both chairs asked", text, got)
			}
		}
	}
}

