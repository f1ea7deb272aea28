package fpdf

// Patch (README.fatoora.md, 9): fixed-point formatting of the coordinates
// a page's content stream is made of, without strconv's general path.

import (
	"math"
	"math/bits"
	"strconv"
)

var pow10u64 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9}

// appendFixed appends v written with prec digits after the point, byte for
// byte as strconv.AppendFloat(dst, v, 'f', prec, 64) writes it: the exact
// binary value rounded to the nearest, a tie to the even last digit, and the
// sign kept on a negative value that rounds to zero ("-0.00"). v is
// mant·2^e with e < 0 for every coordinate on a page, so v·10^prec is the
// 128-bit product mant·10^prec shifted right by -e: the quotient is the
// digits, the bits shifted out decide the rounding. Anything else (prec
// above 9, |v| ≥ 2^52, infinities, NaN, a quotient over 64 bits) is left
// to strconv.
func appendFixed(dst []byte, v float64, prec int) []byte {
	if prec < 0 || prec >= len(pow10u64) {
		return strconv.AppendFloat(dst, v, 'f', prec, 64)
	}
	b := math.Float64bits(v)
	neg := b>>63 != 0
	exp := int(b>>52) & 0x7ff
	mant := b & (1<<52 - 1)
	switch exp {
	case 0x7ff:
		return strconv.AppendFloat(dst, v, 'f', prec, 64)
	case 0:
		exp = 1 // subnormal
	default:
		mant |= 1 << 52
	}
	e := exp - 1075 // v = ±mant·2^e
	if e >= 0 {
		return strconv.AppendFloat(dst, v, 'f', prec, 64)
	}
	s := uint(-e)
	hi, lo := bits.Mul64(mant, pow10u64[prec])
	var q uint64
	var cmp int // the bits shifted out against half of 2^s: -1, 0, +1
	switch {
	case s >= 128:
		// hi:lo < 2^(53+30): below half of 2^s, which is at least 2^127.
		q, cmp = 0, -1
	case s >= 64:
		t := s - 64
		q = hi >> t
		if t == 0 {
			cmp = compareU64(lo, 1<<63)
		} else {
			rh, half := hi&(1<<t-1), uint64(1)<<(t-1)
			cmp = compareU64(rh, half)
			if cmp == 0 && lo != 0 {
				cmp = 1
			}
		}
	default:
		if hi>>s != 0 {
			return strconv.AppendFloat(dst, v, 'f', prec, 64)
		}
		q = hi<<(64-s) | lo>>s
		cmp = compareU64(lo&(1<<s-1), 1<<(s-1))
	}
	if cmp > 0 || cmp == 0 && q&1 == 1 {
		q++
	}
	// The digits of q, last first, with the point prec digits from the
	// end and at least one digit before it.
	var buf [32]byte
	i := len(buf)
	for n := 0; n < prec || q > 0 || n == prec; n++ {
		if n == prec && prec > 0 {
			i--
			buf[i] = '.'
		}
		i--
		buf[i] = byte('0' + q%10)
		q /= 10
	}
	if neg {
		dst = append(dst, '-')
	}
	return append(dst, buf[i:]...)
}

func compareU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
