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

func FuzzParseReplyID(f *testing.F) {
	f.Add("fa1|O000001|0|1")
	f.Add("fa1|O1|-1|2")
	f.Add("order:confirm")
	f.Fuzz(func(t *testing.T, s string) {
		order, round, option, ok := parseReplyID(s)
		if !ok {
			return
		}
		if round < 0 || option < 0 {
			t.Fatalf("%q: negative round or option", s)
		}
		o := &Order{ID: order, Round: round}
		if back := replyID(o, option); back != s {
			// ids the box did not make may still parse (leading zeros);
			// what matters is that they parse to sane values
			if _, _, _, ok := parseReplyID(back); !ok {
				t.Fatalf("%q: its own id %q does not parse", s, back)
			}
		}
	})
}
