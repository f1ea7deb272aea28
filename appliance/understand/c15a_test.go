package understand

import "testing"

func TestColourInEnglish(t *testing.T) {
	for c, want := range map[string]string{
		"أبيض": "white", "ابيض": "white", "رمادي": "grey", "رمادي فاتح": "light grey", "بني غامق": "dark brown",
		"دهبي": "gold", "طبيعي": "natural", "كحلي": "navy", "أخضر زيتي": "", "هافان": "", "": "",
	} {
		if got := ColourInEnglish(c); got != want {
			t.Errorf("ColourInEnglish(%q) = %q, want %q", c, got, want)
		}
	}
}
