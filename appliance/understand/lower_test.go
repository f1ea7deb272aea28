package understand

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// Every rune lower takes as caseless is its own lower case, upper case and
// title case, and the ranges are in order (caseless stops at the first
// range past the rune).
func TestLower_CaselessRanges(t *testing.T) {
	for i, rg := range caselessRanges {
		if rg[0] > rg[1] || i > 0 && rg[0] <= caselessRanges[i-1][1] {
			t.Fatalf("range %d %X–%X out of order", i, rg[0], rg[1])
		}
		for r := rg[0]; r <= rg[1]; r++ {
			if unicode.ToLower(r) != r || unicode.ToUpper(r) != r || unicode.ToTitle(r) != r {
				t.Errorf("%U %q has a case, but is in caseless range %X–%X", r, r, rg[0], rg[1])
			}
		}
	}
	for _, r := range []rune{'×', '÷'} {
		if !caseless(r) || unicode.ToLower(r) != r {
			t.Errorf("%q", r)
		}
	}
}

// lower gives what strings.ToLower gives: for Arabic, Franco, English and
// mixed texts, and for random texts drawn from caseless and cased runes
// and bad bytes.
func TestLower_SameAsToLower(t *testing.T) {
	texts := []string{
		"", "abc", "ABC", "عايز ٣ كراسي سفرة زان", "عايز 2 كرسي MDF أبيض", "3ayez KANABA",
		"I need a Kitchen 3.5 m", "مطبخ ٢×٣ م² 👍🏽", "ﻻ ﷲ", "É", "ΣΑΣ", "بني\u200cفاتح", "x\xffy", "\xd8", "\xd8a", "\xd8\xd8\x80", "A\xdb",
		"Straße İstanbul", "ǅ", "١٢٠×٢٠٠ سم — تمام 🙏",
	}
	pool := []rune("abcXYZ0123456789 ،؟عايزكرسي٣٤٥×÷—“”👍🏽\u200d\u0640ÉéΣİıǅẞﻻ€")
	rng := rand.New(rand.NewSource(1))
	for range 2000 {
		var b strings.Builder
		for range rng.Intn(12) {
			if rng.Intn(40) == 0 {
				b.WriteByte([]byte{0xff, 0xd8, 0x80}[rng.Intn(3)]) // a bad byte, or a lead or continuation byte alone
				continue
			}
			b.WriteRune(pool[rng.Intn(len(pool))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Fatalf("lower(%q) = %q, strings.ToLower gives %q", s, got, want)
		}
	}
}

func BenchmarkLower(b *testing.B) {
	s := "السلام عليكم، عايز ٣ كراسي سفرة زان لون بني غامق و ترابيزة ١٦٠×٩٠ لو سمحت 🙏"
	b.Run("lower", func(b *testing.B) {
		for range b.N {
			_ = lower(s)
		}
	})
	b.Run("strings.ToLower", func(b *testing.B) {
		for range b.N {
			_ = strings.ToLower(s)
		}
	})
}
