// Package money owns the box's exact amounts: Piasters (EGP in hundredths,
// never a float), BasisPoints (rates in hundredths of a percent), their
// parsing and formatting, and the rounding arithmetic pricing uses (a
// product with 128-bit intermediates, rounded half away from zero, and
// overflow-checked sums).
//
// It imports only the standard library, so that the catalog (prices), the
// invoice book (pricing, VAT), the PDF, the configuration and the UI all use
// the same types without an import edge that breaks the layering.
package money

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// ErrOverflow is returned when an amount does not fit in int64 piasters.
var ErrOverflow = errors.New("amount out of range")

// Piasters is an amount of money in EGP piasters (1 EGP = 100 piasters).
// Money never passes through a float.
type Piasters int64

// ParsePiasters reads a decimal EGP amount such as "18500", "18,500.50" or
// Arabic-Indic digits, exactly (at most two decimals).
func ParsePiasters(s string) (Piasters, error) {
	m, err := ParseDecimal(s, 2)
	return Piasters(m), err
}

// String formats as EGP with two decimals and thousands separators: "18,500.00".
// It writes the digits from the right into an array and makes one string
// (an invoice formats a few amounts a line).
func (p Piasters) String() string {
	u := uint64(p)
	if p < 0 {
		u = -u // the magnitude, math.MinInt64's too
	}
	var b [32]byte // 19 digits, 6 commas, the point and the sign at the most
	i := len(b)
	put := func(c byte) { i--; b[i] = c }
	put('0' + byte(u%10))
	put('0' + byte(u/10%10))
	put('.')
	for n, whole := 0, u/100; ; n++ {
		if n > 0 && n%3 == 0 {
			put(',')
		}
		put('0' + byte(whole%10))
		if whole /= 10; whole == 0 {
			break
		}
	}
	if p < 0 {
		put('-')
	}
	return string(b[i:])
}

// MulDiv is p × num ÷ den rounded to the piaster, half away from zero,
// exactly (128-bit intermediate). den must be positive.
func (p Piasters) MulDiv(num, den int64) (Piasters, error) {
	v, err := mulDivRound(int64(p), num, den)
	return Piasters(v), err
}

// Add is a + b, or ErrOverflow.
func Add(a, b Piasters) (Piasters, error) {
	r := Piasters(int64(uint64(a) + uint64(b)))
	if (a > 0 && b > 0 && r < 0) || (a < 0 && b < 0 && r >= 0) {
		return 0, ErrOverflow
	}
	return r, nil
}

// BasisPoints is a rate in hundredths of a percent: 1400 is 14%.
type BasisPoints int64

// String formats as a percentage: "14%", "12.5%".
func (b BasisPoints) String() string {
	return strconv.FormatFloat(float64(b)/100, 'f', -1, 64) + "%"
}

// ParseBasisPoints reads a percentage: "14%", "14", "14.5 %" and "0.14" (a
// fraction below 1).
func ParseBasisPoints(s string) (BasisPoints, error) {
	t := strings.TrimSpace(s)
	pct := strings.HasSuffix(t, "%")
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, fmt.Errorf("%q is not a percentage", s)
	}
	if !pct && f > 0 && f < 1 {
		f *= 100
	}
	return BasisPoints(math.Round(f * 100)), nil
}

// ApplyRate is amount × rate, rounded to the piaster.
func ApplyRate(amount Piasters, rate BasisPoints) (Piasters, error) {
	return amount.MulDiv(int64(rate), 10000)
}

// mulDivRound returns a*b/d rounded half away from zero, exactly (128-bit
// intermediate). d must be positive.
func mulDivRound(a, b, d int64) (int64, error) {
	if d <= 0 {
		return 0, errors.New("mulDivRound: non-positive divisor")
	}
	neg := (a < 0) != (b < 0)
	ua, ub := abs64(a), abs64(b)
	hi, lo := bits.Mul64(ua, ub)
	ud := uint64(d)
	if hi >= ud {
		return 0, ErrOverflow
	}
	q, r := bits.Div64(hi, lo, ud)
	if r >= ud-r { // r*2 >= d without overflow: round half away from zero
		q++
	}
	if q > 1<<63-1 {
		return 0, ErrOverflow
	}
	if neg {
		return -int64(q), nil
	}
	return int64(q), nil
}

func abs64(x int64) uint64 {
	if x < 0 {
		return uint64(-x) // -MinInt64 wraps to itself: 1<<63 as uint64, still correct
	}
	return uint64(x)
}

// ParseDecimal reads a decimal number with at most decimals fraction digits
// as an integer of that many decimals, exactly: ParseDecimal("3.25", 3) is
// 3250. Arabic-Indic digits and separators ("٢٫٥", "18,500") are accepted.
func ParseDecimal(s string, decimals int) (int64, error) {
	orig := s
	s = strings.TrimSpace(FoldDigits(s))
	s = strings.ReplaceAll(s, ",", "")
	s = strings.ReplaceAll(s, "٬", "")
	s = strings.ReplaceAll(s, "٫", ".")
	if s == "" {
		return 0, fmt.Errorf("empty number")
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" {
		whole = "0"
	}
	if len(frac) > decimals {
		return 0, fmt.Errorf("%q has more than %d decimals", orig, decimals)
	}
	for _, part := range []string{whole, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return 0, fmt.Errorf("%q is not a number", orig)
			}
		}
	}
	frac += strings.Repeat("0", decimals-len(frac))
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil || len(whole) > 15 {
		return 0, fmt.Errorf("%q is out of range", orig)
	}
	if neg {
		n = -n
	}
	return n, nil
}

// FoldDigits turns Arabic-Indic and Persian digits into ASCII ones.
func FoldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		}
		return r
	}, s)
}
