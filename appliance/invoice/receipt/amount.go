package receipt

import (
	"encoding/json"
	"fmt"
	"math/bits"
	"strconv"
	"strings"

	"fatoora/catalog"
	"fatoora/catalog/money"
)

// Amount is EGP in units of 10⁻⁵, the finest ETA accepts. Quantity in
// thousandths times price in piasters is exactly an Amount, so the line's
// totalSale = quantity × unitPrice holds with no rounding.
type Amount int64

func fromPiasters(p money.Piasters) Amount { return Amount(p) * 1000 }

func mulQtyPrice(q catalog.Milli, p money.Piasters) (Amount, error) {
	hi, lo := bits.Mul64(uint64(abs(int64(q))), uint64(abs(int64(p))))
	if hi != 0 || lo > 1<<63-1 {
		// Not money.ErrOverflow: the book must not take this for one of
		// its own refusals once it has written the invoice.
		return 0, fmt.Errorf("%s × %s is out of range", q, p)
	}
	v := Amount(lo)
	if (q < 0) != (p < 0) {
		v = -v
	}
	return v, nil
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// String is the amount with at least two decimals and at most five, no
// trailing zeros beyond two: 1234.5 → "1234.50", 3950.624 → "3950.624".
func (a Amount) String() string {
	neg := a < 0
	if neg {
		a = -a
	}
	s := strconv.FormatInt(int64(a)/100000, 10) + "." + fmt.Sprintf("%05d", int64(a)%100000)
	s = strings.TrimRight(s, "0")
	if i := strings.IndexByte(s, '.'); len(s)-i-1 < 2 {
		s += strings.Repeat("0", 2-(len(s)-i-1))
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Number is the amount as the JSON number written in the body.
func (a Amount) Number() json.Number { return json.Number(a.String()) }

// rateNumber writes basis points as a percentage: 1400 → "14", 1250 → "12.5".
func rateNumber(bp money.BasisPoints) json.Number {
	return json.Number(strconv.FormatFloat(float64(bp)/100, 'f', -1, 64))
}

// ParseAmount reads an amount written by String (or any decimal with at most
// five decimals), exactly.
func ParseAmount(n json.Number) (Amount, error) {
	s := string(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 5 || whole == "" {
		return 0, fmt.Errorf("amount %q: want at most 5 decimals", n)
	}
	v, err := strconv.ParseInt(whole+frac+strings.Repeat("0", 5-len(frac)), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", n, err)
	}
	if neg {
		v = -v
	}
	return Amount(v), nil
}
