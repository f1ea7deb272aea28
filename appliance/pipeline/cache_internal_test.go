package pipeline

import "testing"

func TestWholePDF(t *testing.T) {
	for in, want := range map[string]bool{
		"%PDF-1.3\n...\n%%EOF\n": true,
		"%PDF-1.3\n...\n%%EOF":   true,
		"%PDF-1.3\n...\n%%EO":    false, // torn by a power cut
		"":                       false,
		"\x00\x00\x00\x00":       false,
	} {
		if got := wholePDF([]byte(in)); got != want {
			t.Errorf("wholePDF(%q) = %v, want %v", in, got, want)
		}
	}
}
