package understand

import (
	"math"
	"testing"
)

// amountOf reads the first amount in text with no catalog words.
func amountOf(t *testing.T, text string) (amount, bool) {
	t.Helper()
	r := testRules(t)
	ts := r.prepare(text)
	for i := range ts {
		if a, ok := amountAt(ts, i, nil); ok {
			return a, true
		}
	}
	return amount{}, false
}

func TestAmountAt_Numbers(t *testing.T) {
	tests := []struct {
		text string
		want float64
	}{
		{"3", 3}, {"٣", 3}, {"۳", 3}, {"12", 12}, {"2.5", 2.5}, {"٢٫٥", 2.5},
		{"واحد", 1}, {"اتنين", 2}, {"اثنين", 2}, {"تلاتة", 3}, {"تلاته", 3}, {"تلات", 3}, {"ثلاثة", 3},
		{"اربعة", 4}, {"أربعة", 4}, {"خمسة", 5}, {"خمسه", 5}, {"ستة", 6}, {"سبعة", 7}, {"تمانية", 8},
		{"تسعة", 9}, {"عشرة", 10}, {"حداشر", 11}, {"اتناشر", 12}, {"اطناشر", 12}, {"تلتاشر", 13},
		{"خمستاشر", 15}, {"خمسطاشر", 15}, {"تسعتاشر", 19}, {"عشرين", 20}, {"خمسة وعشرين", 25},
		{"خمسه و عشرين", 25}, {"تلاتين", 30}, {"مية", 100}, {"ميه", 100}, {"مية وخمسين", 150},
		{"ميتين", 200}, {"ألف", 1000},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a, ok := amountOf(t, tt.text)
			if !ok || math.Abs(a.val-tt.want) > 1e-9 || a.unit != "" {
				t.Fatalf("amount(%q) = %+v %v, want %v", tt.text, a, ok, tt.want)
			}
		})
	}
}

func TestAmountAt_FractionsUnitsDozens(t *testing.T) {
	tests := []struct {
		text string
		want float64
		unit string
	}{
		{"مترين", 2, "m"},
		{"مترين ونص", 2.5, "m"},
		{"متر ونص", 1.5, "m"},
		{"متر وربع", 1.25, "m"},
		{"2 متر الا ربع", 1.75, "m"},
		{"٣ متر إلا ربع", 2.75, "m"},
		{"2 ونص متر", 2.5, "m"},
		{"نص متر", 0.5, "m"},
		{"ربع متر", 0.25, "m"},
		{"3 متر و 20 سم", 3.2, "m"},
		{"٣ متر و ٢٠ سم", 3.2, "m"},
		{"120 سم", 120, "cm"},
		{"120سم", 120, "cm"},
		{"120 سنتي", 120, "cm"},
		{"2 م", 2, "m"},
		{"20 م٢", 20, "sqm"},
		{"4 متر مربع", 4, "sqm"},
		{"دستة", 12, ""},
		{"نص دستة", 6, ""},
		{"دستتين", 24, ""},
		{"2 دستة", 24, ""},
		{"تلاتة ونص", 3.5, ""},
		{"اتنين وربع", 2.25, ""},
		{"المتر", 1, "m"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a, ok := amountOf(t, tt.text)
			if !ok || math.Abs(a.val-tt.want) > 1e-9 || a.unit != tt.unit {
				t.Fatalf("amount(%q) = %+v %v, want %v %q", tt.text, a, ok, tt.want, tt.unit)
			}
		})
	}
}

func TestAmountAt_NotAmounts(t *testing.T) {
	for _, text := range []string{"", "عايز", "كرسي", "نص", "الا", "سنتين"} {
		if a, ok := amountOf(t, text); ok {
			t.Errorf("amount(%q) = %+v, want none", text, a)
		}
	}
}

func TestTokenize_Dimensions(t *testing.T) {
	for _, text := range []string{"180×90", "180x90", "180*90", "180 x 90", "180 × 90", "١٨٠×٩٠"} {
		ts := tokenize(text)
		if len(ts) != 3 || ts[0].text != "180" || ts[1].text != "x" || ts[2].text != "90" {
			t.Errorf("tokenize(%q) = %+v", text, ts)
		}
	}
	ts := tokenize("- سرير\n- كومودينو")
	seps := 0
	for _, x := range ts {
		if x.sep {
			seps++
		}
	}
	if seps < 2 {
		t.Errorf("bullets and newlines should separate: %+v", ts)
	}
}

func TestSkeleton_BrokenPluralsAndColourForms(t *testing.T) {
	pairs := [][2]string{
		{"كراسي", "كرسي"}, {"ابواب", "باب"}, {"دواليب", "دولاب"}, {"بيضا", "ابيض"},
		{"سودا", "اسود"}, {"حمرا", "احمر"}, {"خضرا", "اخضر"}, {"زرقا", "ازرق"}, {"بيض", "ابيض"},
	}
	for _, p := range pairs {
		if skeleton(p[0]) != skeleton(p[1]) {
			t.Errorf("skeleton(%s)=%s, skeleton(%s)=%s", p[0], skeleton(p[0]), p[1], skeleton(p[1]))
		}
	}
	if skeleton("كرسي") == skeleton("كريستال") {
		t.Error("different roots share a skeleton")
	}
}

func TestEditDistance_ConfusableLetters(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"تربيزه", "ترابيزه", 1}, // a dropped alef
		{"طربيزه", "تربيزه", 1},  // ط/ت sound alike
		{"مرتبه", "مكتبه", 2},    // ر/ك do not: not a typo
		{"korsy", "korsi", 1},
		{"abcd", "abdc", 1}, // transposition
	}
	for _, tt := range tests {
		if got := editDistance([]rune(tt.a), []rune(tt.b), 3); got != tt.want {
			t.Errorf("editDistance(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFrancoSkeleton(t *testing.T) {
	tests := [][2]string{
		{"korsy", "كرسي"}, {"maktab", "مكتب"}, {"3ayez", "عايز"}, {"eswed", "اسود"}, {"sofra", "سفره"},
		{"khalat", "خلاط"}, {"shebak", "شباك"},
	}
	for _, tt := range tests {
		if francoSkeleton(tt[0]) != latinSkeleton(tt[1]) {
			t.Errorf("franco(%s)=%s, arabic(%s)=%s", tt[0], francoSkeleton(tt[0]), tt[1], latinSkeleton(tt[1]))
		}
	}
}
