package pdf

import (
	"strings"

	"fatoora/catalog/money"
)

// Arabic number words for counting masculine nouns (جنيه، قرش، ألف، مليون):
// 3–10 take the feminine-looking form (ثلاثة جنيهات), the nominative case
// throughout, as after "فقط".
var (
	ones  = [...]string{"", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"}
	teens = [...]string{"", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"}
	tens  = [...]string{"", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"}
	hund  = [...]string{"", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة"}
)

// noun is a counted noun's forms.
type noun struct {
	one       string // singular, also genitive after 100, 1000 …: جنيه مصري
	dual      string // جنيهان مصريان
	construct string // dual in construct (before another noun): ألفا
	plural    string // after 3–10: جنيهات مصرية
	acc       string // accusative singular after 11–99: جنيهًا مصريًا
}

var (
	pound   = noun{one: "جنيه مصري", dual: "جنيهان مصريان", plural: "جنيهات مصرية", acc: "جنيهًا مصريًا"}
	piaster = noun{one: "قرش", dual: "قرشان", plural: "قروش", acc: "قرشًا"}
	scales  = []struct {
		size int64
		noun noun
	}{
		{1_000_000_000, noun{one: "مليار", dual: "ملياران", construct: "مليارا", plural: "مليارات", acc: "مليارًا"}},
		{1_000_000, noun{one: "مليون", dual: "مليونان", construct: "مليونا", plural: "ملايين", acc: "مليونًا"}},
		{1_000, noun{one: "ألف", dual: "ألفان", construct: "ألفا", plural: "آلاف", acc: "ألفًا"}},
	}
)

// under1000 spells 1..999. construct is true when a noun follows directly
// (مائتا جنيه, not مائتان جنيه).
func under1000(n int64, construct bool) string {
	var parts []string
	if h := n / 100; h > 0 {
		w := hund[h]
		if h == 2 && n%100 == 0 && construct {
			w = "مائتا"
		}
		parts = append(parts, w)
	}
	switch r := n % 100; {
	case r == 0:
	case r <= 10:
		parts = append(parts, ones[r])
	case r < 20:
		parts = append(parts, teens[r-10])
	default:
		if r%10 == 0 {
			parts = append(parts, tens[r/10])
		} else {
			parts = append(parts, ones[r%10]+" و"+tens[r/10])
		}
	}
	return strings.Join(parts, " و")
}

// counted spells n followed by its noun with the agreement Arabic requires;
// last is true when nothing follows (no construct state).
func counted(n int64, nn noun, last bool) string {
	switch r := n % 100; {
	case n == 1:
		return nn.one
	case n == 2:
		if !last && nn.construct != "" {
			return nn.construct
		}
		return nn.dual
	case r >= 3 && r <= 10:
		return under1000(n, false) + " " + nn.plural
	case r >= 11:
		if !last {
			return under1000(n, false) + " " + nn.one
		}
		return under1000(n, false) + " " + nn.acc
	case r == 0:
		return under1000(n, true) + " " + nn.one
	default: // above 100 ending in 01 or 02: مائة ألف وألف
		return under1000(n-r, true) + " " + nn.one + " و" + counted(r, nn, last)
	}
}

// NumberWords spells a non-negative integer in Arabic words ("صفر" for 0).
func NumberWords(n int64) string {
	if n == 0 {
		return "صفر"
	}
	if n < 0 {
		return "سالب " + NumberWords(-n)
	}
	var parts []string
	for _, s := range scales {
		if g := n / s.size; g > 0 {
			n %= s.size
			if g >= 1000 { // beyond the largest scale: spell the multiplier
				parts = append(parts, NumberWords(g)+" "+s.noun.one)
				continue
			}
			parts = append(parts, counted(g, s.noun, true))
		}
	}
	if n > 0 {
		parts = append(parts, under1000(n, false))
	}
	return strings.Join(parts, " و")
}

// amountWords spells n units of nn: the number and the noun agree.
func amountWords(n int64, nn noun) string {
	switch {
	case n == 1:
		return nn.one + " واحد"
	case n == 2:
		return nn.dual
	}
	var parts []string
	rest := n
	for _, s := range scales {
		if g := rest / s.size; g > 0 {
			rest %= s.size
			tail := rest == 0 // the scale word is followed by the counted noun
			if g >= 1000 {
				parts = append(parts, NumberWords(g)+" "+s.noun.one)
				continue
			}
			parts = append(parts, counted(g, s.noun, !tail))
		}
	}
	if rest > 0 {
		parts = append(parts, under1000(rest, rest%100 == 0))
	}
	words := strings.Join(parts, " و")
	switch r := n % 100; {
	case r >= 3 && r <= 10:
		return words + " " + nn.plural
	case r >= 11:
		return words + " " + nn.acc
	}
	return words + " " + nn.one
}

// AmountInWords is the تفقيط of an amount in EGP as printed on invoices:
// "فقط ثمانية وعشرون ألفًا وخمسمائة جنيه مصري وخمسة وعشرون قرشًا لا غير".
func AmountInWords(p money.Piasters) string {
	neg := p < 0
	if neg {
		p = -p
	}
	pounds, pt := int64(p)/100, int64(p)%100
	var parts []string
	if pounds > 0 {
		parts = append(parts, amountWords(pounds, pound))
	}
	if pt > 0 {
		parts = append(parts, amountWords(pt, piaster))
	}
	if len(parts) == 0 {
		parts = append(parts, "صفر "+pound.one)
	}
	s := "فقط " + strings.Join(parts, " و") + " لا غير"
	if neg {
		s = "سالب " + s
	}
	return s
}
