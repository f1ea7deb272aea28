package understand

import (
	"slices"
	"testing"
)

// A garden shop whose vocabulary folds لي and خرطوم (and Franco/English
// "hose") into one term: the one hose's own name holds the term twice
// ("لي مية خرطوم"), the other's once.
const h27aCSV = `sku,name_ar,name_en,synonyms,category,unit,price,stock,material,colors
HS-WAT,لي بلاستيك خرطوم,Plastic water hose,خرطوم بلاستيك,خراطيم,meter,15,,بلاستيك,أخضر|أصفر
HS-REIN,خرطوم مبطن سلك,Reinforced hose,خرطوم مبطن,خراطيم,meter,30,,بلاستيك,أخضر|أسود
SPR-1,رشاش مية دوار,Rotating sprinkler,رشاش,رشاشات,piece,120,20,بلاستيك,أخضر
`

const h27aVocab = `خرطوم, لي, hose, 5artoom
اخضر, green, a5dar => أخضر
`

// TestRules_WordTwiceInOneName: a word said once covers a name that holds
// it twice (after the vocabulary's folding) no better than a name that
// holds it once: "10 متر خرطوم اخضر" of two green hoses asks which,
// never invoices the one whose name repeats the word. Said with the
// word that tells them apart, each is chosen.
func TestRules_WordTwiceInOneName(t *testing.T) {
	r := rulesFrom(t, h27aCSV, h27aVocab)
	both := []string{"HS-REIN", "HS-WAT"}
	for _, tc := range []struct {
		text string
		skus []string
	}{
		{"عايز 10 متر خرطوم اخضر", both},
		{"محتاج ١٠ متر لي اخضر", both},
		{"3ayez 10 metr 5artoom a5dar", both},
		{"I need 10 m of green hose", both},
		{"عايز 10 متر خرطوم بلاستيك اخضر", []string{"HS-WAT"}},
		{"عايز 10 متر خرطوم مبطن اخضر", []string{"HS-REIN"}},
	} {
		res := understandText(t, r, tc.text)
		if got := linesAsked(res); !slices.Equal(got, tc.skus) {
			t.Errorf("%q: lines %v, want %v", tc.text, got, tc.skus)
		}
	}
}
