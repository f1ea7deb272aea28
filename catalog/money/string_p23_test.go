package money

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// stringBefore is String as it was written before it made one string from
// an array: the reference it must match.
func stringBefore(p Piasters) string {
	neg := p < 0
	if neg {
		p = -p
	}
	whole := strconv.FormatInt(int64(p)/100, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	fmt.Fprintf(&b, ".%02d", int64(p)%100)
	return b.String()
}

// TestString_AsBefore: String writes what it wrote before for every
// amount but math.MinInt64 (whose negation overflowed before: now its
// magnitude, grouped like any other), for small amounts, the powers of ten
// around each comma and 200,000 random ones; and it makes one allocation.
func TestString_AsBefore(t *testing.T) {
	var ps []Piasters
	for v := int64(-100_000); v <= 100_000; v++ {
		ps = append(ps, Piasters(v))
	}
	for p := int64(1); p < math.MaxInt64/10; p *= 10 {
		ps = append(ps, Piasters(p-1), Piasters(p), Piasters(p+1), Piasters(-p+1), Piasters(-p), Piasters(-p-1))
	}
	ps = append(ps, math.MaxInt64, math.MinInt64+1)
	r := rand.New(rand.NewPCG(1, 2))
	for range 100_000 {
		ps = append(ps, Piasters(r.Int64()), Piasters(-r.Int64()))
		ps = append(ps, Piasters(r.Int64N(1_000_000_000)), Piasters(-r.Int64N(1_000_000_000)))
	}
	for _, p := range ps {
		if got, want := p.String(), stringBefore(p); got != want {
			t.Fatalf("Piasters(%d).String() = %q, want %q", int64(p), got, want)
		}
	}
	if got, want := Piasters(math.MinInt64).String(), "-92,233,720,368,547,758.08"; got != want {
		t.Errorf("math.MinInt64: %q, want %q", got, want)
	}
	if got := Piasters(1850000).String(); got != "18,500.00" {
		t.Errorf("18,500.00: %q", got)
	}
	if n := testing.AllocsPerRun(100, func() { _ = Piasters(-123456789).String() }); n != 1 {
		t.Errorf("String: %v allocations, want 1", n)
	}
}
