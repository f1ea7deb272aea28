package whatsapp

import (
	"testing"
	"unicode/utf8"
)

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"بيج", 20, "بيج"},
		{"دولاب مطبخ خشب زان رمادي فاتح", 20, "دولاب مطبخ خشب زان…"},
		// Cutting at rune 19 would separate the shadda from its letter:
		// the letter and its marks go together.
		{"ابتثجحخدذرزسشصضطظعغ" + "فّ" + "ق", 21, "ابتثجحخدذرزسشصضطظعغ…"},
		{"abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…"},
		{"\xffabc", 10, "\uFFFDabc"},
		{"anything", 0, ""},
	}
	for _, tc := range tests {
		got := Truncate(tc.in, tc.max)
		if got != tc.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
		if n := utf8.RuneCountInString(got); n > tc.max && tc.max > 0 {
			t.Errorf("Truncate(%q, %d) has %d runes", tc.in, tc.max, n)
		}
	}
}

func FuzzTruncate(f *testing.F) {
	f.Add("دولاب مطبخ خشب زان رمادي فاتح", 20)
	f.Add("فَّ", 1)
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max > 10000 || max < -10 {
			return
		}
		got := Truncate(s, max)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid utf-8 %q", got)
		}
		if max >= 0 && utf8.RuneCountInString(got) > max {
			t.Fatalf("Truncate(%q,%d)=%q too long", s, max, got)
		}
	})
}
