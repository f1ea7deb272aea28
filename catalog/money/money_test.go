package money

import (
	"errors"
	"testing"
)

func TestMulDivRound(t *testing.T) {
	cases := []struct{ a, b, d, want int64 }{
		{5, 1, 10, 1}, {-5, 1, 10, -1}, {4, 1, 10, 0}, {-4, 1, 10, 0}, {15, 1, 10, 2}, {-15, 1, 10, -2},
		{1 << 62, 4, 8, 1 << 61}, {0, 123, 7, 0},
	}
	for _, c := range cases {
		got, err := mulDivRound(c.a, c.b, c.d)
		if err != nil || got != c.want {
			t.Errorf("mulDivRound(%d,%d,%d) = %d, %v; want %d", c.a, c.b, c.d, got, err, c.want)
		}
	}
	if _, err := mulDivRound(1<<62, 1<<62, 1); !errors.Is(err, ErrOverflow) {
		t.Errorf("overflow not detected: %v", err)
	}
}

func TestAdd(t *testing.T) {
	for _, c := range []struct {
		a, b, want Piasters
		overflow   bool
	}{
		{1, 2, 3, false}, {-5, 3, -2, false}, {1<<63 - 1, 1, 0, true}, {-1 << 63, -1, 0, true}, {1<<63 - 1, -1, 1<<63 - 2, false},
	} {
		got, err := Add(c.a, c.b)
		if errors.Is(err, ErrOverflow) != c.overflow || (!c.overflow && got != c.want) {
			t.Errorf("Add(%d, %d) = %d, %v", c.a, c.b, got, err)
		}
	}
}

func TestPiasters_ParseAndString(t *testing.T) {
	for in, want := range map[string]string{"18500": "18,500.00", "18,500.50": "18,500.50", "١٨٥٠٠٫٥": "18,500.50", "-0.05": "-0.05", "0": "0.00"} {
		p, err := ParsePiasters(in)
		if err != nil || p.String() != want {
			t.Errorf("ParsePiasters(%q) = %v, %v; want %s", in, p, err, want)
		}
	}
	for _, in := range []string{"", "1.234", "abc", "1e5"} {
		if _, err := ParsePiasters(in); err == nil {
			t.Errorf("ParsePiasters(%q) accepted", in)
		}
	}
}

func TestBasisPoints_ParseAndString(t *testing.T) {
	for in, want := range map[string]BasisPoints{"14%": 1400, "14": 1400, "0.14": 1400, "14.5 %": 1450, "0": 0, "100%": 10000} {
		got, err := ParseBasisPoints(in)
		if err != nil || got != want {
			t.Errorf("ParseBasisPoints(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	if _, err := ParseBasisPoints("fourteen"); err == nil {
		t.Error("fourteen accepted")
	}
	if s := BasisPoints(1250).String(); s != "12.5%" {
		t.Errorf("String %q", s)
	}
	if got, err := ApplyRate(45900_00, 500); err != nil || got != 2295_00 {
		t.Errorf("ApplyRate = %d, %v", got, err)
	}
}

// FuzzParsePiasters: a price read from a shop's file either fails or
// formats back to the same amount, and never panics.
func FuzzParsePiasters(f *testing.F) {
	for _, s := range []string{"18500", "18,500.50", "١٨٥٠٠٫٥", "-0.05", "", "1.234", "999999999999999.99", "٬٫-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePiasters(s)
		if err != nil {
			return
		}
		back, err := ParsePiasters(p.String())
		if err != nil || back != p {
			t.Fatalf("%q → %d → %q → %d, %v", s, p, p.String(), back, err)
		}
	})
}

// FuzzParseBasisPoints: a rate either fails or formats back to itself.
func FuzzParseBasisPoints(f *testing.F) {
	for _, s := range []string{"14%", "0.14", "12.5 %", "", "1e400", "-3%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBasisPoints(s)
		if err != nil || b < 0 || b > 1_000_000 {
			return
		}
		if back, err := ParseBasisPoints(b.String()); err != nil || back != b {
			t.Fatalf("%q → %d → %q → %d, %v", s, b, b.String(), back, err)
		}
	})
}
