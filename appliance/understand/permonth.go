package understand

import (
	"regexp"
	"strings"

	"fatoora/catalog"
)

// Goods priced per month, and a month said as a date (h38d). A product
// whose name says it is a month's ("كورس محادثة (شهر)", "(اشتراك شهر)",
// "(للشهر)", "(monthly)", "per month") is counted in months: the months
// said for it ("شهرين", "٣ شهور", "لمدة ٤ اشهر", Franco "shahreen", "3
// shohor", English "for 2 months") multiply its count, as the days of a
// rent by the day do (rentedDays). A shop that names its goods by their
// months ("اشتراك 3 شهور") has its months as names: there they are left
// to choose the goods. A month said as when — "من اول الشهر الجاي",
// "الشهر الجاي", "اول الشهر", "next month", "el shahr el gay" — is a
// start or a date, never the one-month goods nor a length.

// perMonthName: a name saying its goods are one month's, or priced per
// month.
var perMonthName = regexp.MustCompile(`(?i)\(\s*(?:اشتراك\s+)?(?:ال)?شهر(?:ي|ى)?\s*(?:[)،,\-]|$)|(?:^|[\s(])(?:لل|بال|لكل\s+)شهر(?:[\s)،,]|$)|\bper\s+month\b|/\s*month\b|\(\s*(?:monthly|month)\b`)

// monthsInName: a name that counts its goods' months ("اشتراك 3 شهور",
// "6 months", "اشتراك شهرين").
var monthsInName = regexp.MustCompile(`(?i)\d+\s*(?:شهور|أشهر|اشهر|months?\b)|شهرين|\b(?:two|three|six|twelve)\s+months\b`)

// byMonth: prod is a month's goods, as its name says.
func byMonth(prod *catalog.Product) bool {
	return prod != nil && (perMonthName.MatchString(prod.NameAr) || perMonthName.MatchString(prod.NameEn))
}

// countsByMonth: some product of ps is a month's and none is named by its
// months.
func countsByMonth(ps []catalog.Product) bool {
	some := false
	for k := range ps {
		p := &ps[k]
		if monthsInName.MatchString(p.NameAr) || monthsInName.MatchString(p.NameEn) {
			return false
		}
		some = some || byMonth(p)
	}
	return some
}

// the words of a length in months, as the customer writes them
var (
	monthTwo  = set("شهرين", "لشهرين", "للشهرين", "lel shahreen", "lelshahreen", "shahreen", "shahrein", "shahren", "sharein", "shahrain")
	monthMany = set("شهور", "اشهر", "أشهر", "months", "shohor", "shhour", "shuhur", "shehour", "ashhor", "ash-hor")
	monthOne  = set("شهر", "لشهر", "shahr", "month")
	monthFor  = set("ل", "لمده", "مده", "for", "l", "le", "li", "lemodet", "lemoddet", "lmodet")
	monthA    = set("a", "one", "1", "١", "واحد")
)

// monthSpans reads the lengths in months of a message to a shop that sells
// goods by the month and sets their words aside, so that no line reads
// them as its name or its count.
func (r *Rules) monthSpans(ts []token) []rentSpan {
	if !r.countsByMonth {
		return nil
	}
	var out []rentSpan
	for i := 0; i < len(ts); i++ {
		if ts[i].sep || ts[i].conj || ts[i].aside {
			continue
		}
		n, end := monthSpanAt(ts, i)
		if n == 0 {
			continue
		}
		for k := i; k < end; k++ {
			ts[k].used, ts[k].aside, ts[k].lex = true, true, false
		}
		out = append(out, rentSpan{at: i, end: end, n: n})
		i = end - 1
	}
	return spansCorrected(ts, out) // "٣ شهور.. لا خليهم شهرين": the two months
}

// monthSpanAt: the months said from token i ("شهرين", "لمدة ٣ شهور",
// "for a month", "شهر واحد") and the token after them; 0 when none is.
func monthSpanAt(ts []token, i int) (n, end int) {
	j, pre := i, false
	if monthFor[dayKey(ts[j])] && j+1 < len(ts) && !ts[j+1].sep {
		j, pre = j+1, true
	} else if i > 0 && !ts[i-1].sep && dayNotFor[dayKey(ts[i-1])] {
		return 0, 0 // "بعد شهرين", "كل ٣ شهور": when, no length
	}
	if n, end := monthNamesAt(ts, j); n > 0 {
		return n, end // "for July and August", "شهر ٧ و٨"
	}
	if n, end := bothMonthsAt(ts, j); n > 0 {
		return n, end
	}
	w := dayKey(ts[j])
	next := func(k int) string {
		if k < len(ts) && !ts[k].sep {
			return dayKey(ts[k])
		}
		return ""
	}
	switch {
	case monthTwo[w]:
		return 2, j + 1
	case monthOne[w] && dayOnly[next(j+1)] && next(j+1) != wordKey("بس"):
		return 1, j + 2 // "شهر واحد", "shahr wa7ed"
	case monthOne[w] && !pre && bareMonthAfter(ts, j):
		return 1, j + 1 // "tadreeb 7ares marma shahr"
	case monthOne[w] && (pre || w == wordKey("لشهر")):
		return 1, j + 1 // "لمدة شهر", "for month"
	case pre && monthA[w] && monthOne[next(j+1)]:
		return 1, j + 2 // "for a month", "for one month"
	}
	v, m, ok := numberAt(ts, j, nil)
	if !ok || j+m >= len(ts) || ts[j+m].sep || v < 2 || v > 24 || v != float64(int(v)) || !monthMany[dayKey(ts[j+m])] {
		return 0, 0
	}
	return int(v), j + m + 1
}

// monthDateWords: a month said as when, its first word and the words that
// follow it ("الشهر الجاي", "اول الشهر", "next month", "el shahr el gay").
var monthDateWords = [][]string{
	{"من", "اول", "الشهر"}, {"من", "أول", "الشهر"}, {"اول", "الشهر"}, {"أول", "الشهر"}, {"اخر", "الشهر"}, {"آخر", "الشهر"},
	{"اخر", "الشهر"}, {"نص", "الشهر"}, {"الشهر", "الجاي"}, {"الشهر", "الجاى"}, {"الشهر", "الجايه"}, {"الشهر", "القادم"},
	{"الشهر", "اللي", "جاي"}, {"الشهر", "ده"}, {"الشهر", "دا"}, {"الشهر", "الحالي"},
	{"men", "awel", "el", "shahr"}, {"awel", "el", "shahr"}, {"awl", "el", "shahr"}, {"el", "shahr", "el", "gay"},
	{"el", "shahr", "el", "gai"}, {"el", "shahr", "da"}, {"next", "month"}, {"this", "month"}, {"from", "next", "month"},
	{"start", "of", "next", "month"}, {"beginning", "of", "next", "month"}, {"start", "of", "the", "month"},
	{"beginning", "of", "the", "month"}, {"end", "of", "the", "month"},
}

// monthNext: the words after a month said as when that say which one
// ("الجاي", "اللي جاي", "el gay").
var monthNext = [][]string{{"الجاي"}, {"الجاى"}, {"الجايه"}, {"القادم"}, {"اللي", "جاي"}, {"ده"}, {"دا"}, {"el", "gay"}, {"el", "gai"}, {"da"}}

// monthDates sets aside a month said as when ("من اول الشهر الجاي",
// "الشهر الجاي", "next month"): a start or a date, no goods of a month's.
func monthDates(ts []token) {
	for i := 0; i < len(ts); i++ {
		if !startsAny(ts, i, monthDateFirst) {
			continue
		}
		for _, ws := range monthDateWords {
			n := wordsAt(ts, i, ws)
			if n == 0 {
				continue
			}
			for _, next := range monthNext {
				if m := wordsAt(ts, i+n, next); m > 0 && (ws[len(ws)-1] == "الشهر" || ws[len(ws)-1] == "shahr") {
					n += m
					break
				}
			}
			for k := i; k < i+n; k++ {
				ts[k].used, ts[k].aside, ts[k].lex = true, true, false
			}
			i += n - 1
			break
		}
	}
}

// monthDateFirst: the keys monthDateWords' phrases start with.
var monthDateFirst = firstKeys(monthDateWords)

// firstKeys: the keys of the first words of phrases, as wordsAt compares
// them.
func firstKeys(phrases [][]string) map[string]bool {
	out := map[string]bool{}
	for _, ws := range phrases {
		out[wordKey(ws[0])] = true
	}
	return out
}

// startsAny: token i may start a phrase whose first word's key is in
// first (wordsAt's reading of a first word), so the phrases need not be
// tried at every token.
func startsAny(ts []token, i int, first map[string]bool) bool {
	if ts[i].sep {
		return false
	}
	if first[dayKey(ts[i])] {
		return true
	}
	return ts[i].conj && first[wordKey(strings.TrimPrefix(ts[i].lowSurface(), "و"))]
}

// wordsAt: the tokens from i are words ws, in order with no separator (a
// و written onto the first allowed): how many tokens (0 when not).
func wordsAt(ts []token, i int, ws []string) int {
	for n, w := range ws {
		k := i + n
		if k >= len(ts) || ts[k].sep {
			return 0
		}
		s := dayKey(ts[k])
		if n == 0 && ts[k].conj {
			s = wordKey(strings.TrimPrefix(ts[k].lowSurface(), "و"))
		}
		if s != wordKey(w) {
			return 0
		}
	}
	return len(ws)
}
