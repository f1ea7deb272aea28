package invoice

import (
	"errors"
	"math/bits"

	"fatoora/catalog"
)

// ErrOverflow is returned when an amount does not fit in int64 piasters.
var ErrOverflow = errors.New("amount out of range")

// BasisPoints is a rate in hundredths of a percent: 1400 is 14%.
type BasisPoints int64

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

// LineAmount is quantity × unit price, rounded to the piaster.
func LineAmount(q catalog.Milli, price catalog.Piasters) (catalog.Piasters, error) {
	v, err := mulDivRound(int64(q), int64(price), int64(catalog.One))
	return catalog.Piasters(v), err
}

// ApplyRate is amount × rate, rounded to the piaster.
func ApplyRate(amount catalog.Piasters, rate BasisPoints) (catalog.Piasters, error) {
	v, err := mulDivRound(int64(amount), int64(rate), 10000)
	return catalog.Piasters(v), err
}

func addMoney(a, b catalog.Piasters) (catalog.Piasters, error) {
	s, c := bits.Add64(uint64(a), uint64(b), 0)
	_ = c
	r := catalog.Piasters(int64(s))
	if (a > 0 && b > 0 && r < 0) || (a < 0 && b < 0 && r >= 0) {
		return 0, ErrOverflow
	}
	return r, nil
}
