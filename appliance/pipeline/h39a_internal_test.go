package pipeline

import "testing"

// TestHyphenedFigure (h39a): a figure hyphenated to a word ("5-a-side",
// "3-seater") is the goods' kind, never a stray count; a figure alone, or
// one in a range of figures ("8-10"), is not so read.
func TestHyphenedFigure(t *testing.T) {
	for _, c := range []struct {
		phrase, fig string
		want        bool
	}{
		{"Book us the 5-a-side court", "5", true},
		{"a 3-seater sofa", "3", true},
		{"the court for 5 people", "5", false},
		{"from 8-10 tonight", "8", false},
		{"15-a-side", "5", false},
		{"my 2-page letter", "2", false},
	} {
		if got := hyphenedFigure(c.phrase, c.fig); got != c.want {
			t.Errorf("hyphenedFigure(%q, %q) = %v, want %v", c.phrase, c.fig, got, c.want)
		}
	}
}
