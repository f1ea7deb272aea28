package catalog

import (
	"strings"
	"testing"
)

func TestIndex_ColorInEnglish(t *testing.T) {
	vocab, err := ParseVocabulary(strings.NewReader(`أبيض, ابيض, abyad, white => أبيض
أوف وايت, اوف وايت, off white => أوف وايت
رمادي فاتح, جراي فاتح, light grey => رمادي فاتح
أخضر زيتي, زيتي, olive => أخضر زيتي
بني جوزي, جوزي => بني جوزي
`), "vocab.txt")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := NewMemIndex(nil, vocab)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for c, want := range map[string]string{
		"أبيض":       "white", // an English colour word rather than the Franco "abyad"
		"ابيض":       "white", // the canonical name compared normalised
		"أوف وايت":   "off white",
		"رمادي فاتح": "light grey",
		"أخضر زيتي":  "olive",
		"بني جوزي":   "", // no variant in Latin letters
		"أحمر":       "", // no rule
	} {
		if got := ix.ColorInEnglish(c); got != want {
			t.Errorf("ColorInEnglish(%q) = %q, want %q", c, got, want)
		}
	}
}
