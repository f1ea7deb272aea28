package fpdf

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestAppendFixed_MatchesStrconv: every value, every precision, the same
// bytes as strconv.AppendFloat(…, 'f', prec, 64) — ties, negative zeros,
// subnormals, values past the fast path's range and random bit patterns.
func TestAppendFixed_MatchesStrconv(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), 0.005, 0.015, 0.025, 0.125, 0.375, 2.5, 3.5, -2.5,
		0.0049999999999999, -0.001, -0.005, 1e-300, -1e-320, 5e-324, 0.5, 1.5, 999.995, 841.89,
		595.28, 1 << 52, 1<<52 + 0.5, 1 << 53, 1e20, -1e300, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), 123456789.125, 1844674407370955.1}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 60000; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 60000; i++ { // page coordinates: 0–1,000 points, and multiples of 1/2^k
		vals = append(vals, r.Float64()*1000-100, float64(r.IntN(1<<20))/float64(uint(1)<<r.IntN(24)))
	}
	for i := 0; i < 20000; i++ { // exact ties at every precision
		vals = append(vals, float64(i)/8, float64(i)/1024, -float64(i)/32)
	}
	for _, v := range vals {
		for prec := -1; prec <= 11; prec++ {
			want := strconv.AppendFloat(nil, v, 'f', prec, 64)
			if got := appendFixed(nil, v, prec); string(got) != string(want) {
				t.Fatalf("appendFixed(%b, %d) = %q, strconv %q", v, prec, got, want)
			}
		}
	}
}
