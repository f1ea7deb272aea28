package arabic

import (
	"slices"
	"testing"
)

func TestStem(t *testing.T) {
	for in, want := range map[string]string{
		"ترابيزه": "ترابيز", "الترابيزه": "ترابيز", "ترابيزتين": "ترابيز", "ترابيزات": "ترابيز",
		"كرسي": "كرس", "كرسيين": "كرس", "والكرسي": "كرس", "للمطبخ": "مطبخ", "مطبخ": "مطبخ",
		"سرير": "سرير", "بني": "بني", "زان": "زان", "oak": "oak", "160": "160", "": "",
	} {
		if got := Stem(Normalize(in)); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"ترابيزه", "تربيزه", 2, 1},  // a letter dropped
		{"كرسي", "كسري", 2, 1},       // two letters swapped
		{"ترابيزه", "طرابيزه", 2, 1}, // substituted
		{"ترابيزه", "كرسي", 2, 3},    // beyond max
		{"abc", "abc", 0, 0},
		{"", "ab", 5, 2},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

func TestSkeletons_Meet(t *testing.T) {
	for ar, francos := range map[string][]string{
		"كرسي":    {"korsy", "kursi", "krsi", "korsi"},
		"مكتب":    {"maktab", "mktb"},
		"ترابيزه": {"tarabeza", "trabeza", "tarabeiza"},
		"دولاب":   {"dolab", "dulab", "dolaab"},
		"حمام":    {"7amam", "hammam"},
		"خشب":     {"5ashab", "khashab"},
		"شفاط":    {"shafat", "shaffat", "sh2fa6"},
		"قماش":    {"qomash", "komash"},
		"الكنبه":  {"kanaba", "kanaba"},
	} {
		want := ArabicSkeleton(Normalize(ar))
		for _, f := range francos {
			if got := FrancoSkeleton(f); got != want {
				t.Errorf("FrancoSkeleton(%q) = %q, ArabicSkeleton(%q) = %q", f, got, ar, want)
			}
		}
	}
	if got := FrancoSkeleton("180"); got != "180" {
		t.Errorf("a plain number changed: %q", got)
	}
}

func TestToFranco(t *testing.T) {
	if got := ToFranco(Normalize("كرسي مكتب")); got != "krsy mktb" {
		t.Errorf("ToFranco = %q", got)
	}
	if got := ToFranco(Normalize("ترابيزة")); FrancoSkeleton(got) != ArabicSkeleton(Normalize("ترابيزة")) {
		t.Errorf("ToFranco(ترابيزة) = %q does not meet its skeleton", got)
	}
}

func TestIsLatin(t *testing.T) {
	for in, want := range map[string]bool{"korsy": true, "3ayez": true, "180": false, "كرسي": false, "mdf2": true} {
		if got := IsLatin(in); got != want {
			t.Errorf("IsLatin(%q) = %v", in, got)
		}
	}
}

func TestArabicSkeletons(t *testing.T) {
	got := ArabicSkeletons(Normalize("قمر"))
	if len(got) != 2 || got[0] != "kmr" || got[1] != "mr" {
		t.Errorf("ArabicSkeletons(قمر) = %q", got)
	}
	for _, f := range []string{"2amar", "qamar", "kamar"} {
		if !slices.Contains(got, FrancoSkeleton(f)) {
			t.Errorf("%q (%q) does not meet قمر %q", f, FrancoSkeleton(f), got)
		}
	}
	if got := ArabicSkeletons(Normalize("كرسي")); len(got) != 1 {
		t.Errorf("no alternatives expected: %q", got)
	}
}
