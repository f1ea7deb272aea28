package understand

import "testing"

// A figure with a point is one written word: the phrase "window acs 1.5 hp"
// is found in "2 window ACs 1.5 HP", so a reply quotes the customer's own
// words, not the lowered, normalised phrase.
func TestSurfaceOf_DecimalFigures(t *testing.T) {
	for _, tt := range []struct{ text, phrase, want string }{
		{"hi, I need 2 window ACs 1.5 HP cool only, white", "window acs 1.5 hp cool only white", "window ACs 1.5 HP cool only, white"},
		{"عايز سخان ٢٫٥ لتر أبيض", "سخان 2.5 لتر ابيض", "سخان ٢٫٥ لتر أبيض"},
		{"3ayez ra2 1.25 metr.", "ra2 1.25 metr", "ra2 1.25 metr"},
		// a full stop after a figure ends the sentence, not the figure
		{"عايز ٢. وكمان كرسي", "كرسي", "كرسي"},
	} {
		if got := surfaceOf(tt.text, tt.phrase); got != tt.want {
			t.Errorf("surfaceOf(%q, %q) = %q, want %q", tt.text, tt.phrase, got, tt.want)
		}
	}
}
