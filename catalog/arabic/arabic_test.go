package arabic

import "testing"

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"عاااايز", "عايز"},
		{"ترابيزة سفرة", "ترابيزه سفره"},
		{"أبيض إم دي إف", "ابيض ام دي اف"},
		{"مستشفى", "مستشفي"},
		{"٢ سرير ١٦٠", "2 سرير 160"},
		{"۲ کرسی", "2 كرسي"},
		{"120سم", "120 سم"},
		{"م2", "م 2"},
		{"٢٫٥ متر", "2.5 متر"},
		{"كـــرسي", "كرسي"},
		{"مُنَجَّد", "منجد"},
		{"MDF  Kitchen", "mdf kitchen"},
		{"180×90", "180x90"},
		{"  \n", ""},
		{"الله", "الله"},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTokens(t *testing.T) {
	got := Tokens(Normalize("مطبخ 3.5 متر، + حوض (عينين)"))
	want := []string{"مطبخ", "3.5", "متر", "حوض", "عينين"}
	if len(got) != len(want) {
		t.Fatalf("Tokens = %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("Tokens = %q, want %q", got, want)
		}
	}
}

func TestFuzziness(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want int
	}{{"زان", 0}, {"كرسي", 1}, {"ترابيزه", 2}, {"oak", 0}} {
		if got := Fuzziness(tc.w); got != tc.want {
			t.Errorf("Fuzziness(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	f.Add("عايز دولاب مطبخ ٢ متر")
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, Normalize(n))
		}
	})
}

func TestNormalize_Franco(t *testing.T) {
	if got := Normalize("3ayez korsy"); got != "3ayez korsy" {
		t.Fatalf("Franco-Arabic split: %q", got)
	}
}
