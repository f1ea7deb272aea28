package understand

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"fatoora/catalog"
)

// Rentals by the day or the night (h35a). A product whose name says it is
// rented or priced per day or per night ("كرسي بلاستيك (إيجار لليوم)",
// "ساوند سيستم (لليلة)", "Tent (per m² per day)") is counted in
// piece-days: the days or nights said for the goods ("ليومين", "l
// yomeen", "لمدة ٣ أيام", "for two days", "ليلتين", "2 nights") multiply
// the count of every such line they cover, and one day or night leaves
// it. The duration is never a size nor a count of its own ("ليوم واحد"),
// and neither is a day named after يوم ("ليوم السبت", "يوم الاربع").

// perDayName: a name saying its goods are priced per day or per night.
var perDayName = regexp.MustCompile(`(?i)\bper\s+(?:day|night)\b|\b(?:daily|nightly)\s+(?:rent|rate|hire)|/\s*(?:day|night)\b|(?:^|[\s(])(?:لل|بال|لكل\s+)(?:يوم|ليل[ةه])(?:[\s)]|$)`)

// byDay: prod is rented or priced per day or per night, as its name says.
func byDay(prod *catalog.Product) bool {
	return prod != nil && (perDayName.MatchString(prod.NameAr) || perDayName.MatchString(prod.NameEn) || roomNight(prod))
}

// the words of a duration in days or nights, as the customer writes them
var (
	dayOne   = set("يوم", "ليوم", "day", "night", "yom", "youm", "yoom", "ليله", "لليله", "leila", "leela", "lila", "leilah")
	dayTwo   = set("يومين", "ليومين", "yomeen", "yomein", "youmeen", "youmein", "yomen", "yomin", "ليلتين", "لليلتين", "leilteen", "lelteen", "leltein", "leiltein", "leilten")
	dayMany  = set("ايام", "أيام", "days", "ayam", "ayyam", "iyam", "ليالي", "nights", "layaly", "leyaly", "layali", "leyali")
	dayFor   = set("ل", "لمده", "مده", "for", "l", "le", "li", "lemodet", "lemoddet", "lmodet", "el")
	dayOnly  = set("واحد", "واحده", "بس", "wa7ed", "wa7da", "wahed", "only")
	dayNames = set("السبت", "الحد", "الاحد", "الأحد", "الاتنين", "الاثنين", "التلات", "الثلاثاء", "التلاتاء", "الاربع", "الاربعاء",
		"الأربع", "الأربعاء", "الخميس", "الجمعه", "الجمعة", "el sabt", "el gom3a", "el khamis")
	// a time before or after something, no rent's length ("بعد يومين",
	// "خلال ٣ ايام", "in 2 days")
	dayNotFor = set("بعد", "قبل", "خلال", "في", "فى", "من", "كام", "كم", "كل", "اخر", "آخر", "within", "in", "after", "before",
		"every", "each", "ba3d", "2abl", "khelal", "kam", "fe", "fi")
)

// rentSpan: a duration said, from token at to end, of n days or nights
// (0: a day named, no length); again: the length said before, said again
// ("طول المدة", wholePeriods).
type rentSpan struct {
	at, end, n int
	again      bool
}

// rentDays reads the durations of a message to a shop that rents by the
// day or the night and sets their words aside, so that no line reads them
// as its size, its count or its name.
func (r *Rules) rentDays(ts []token) []rentSpan {
	if !r.rentsByDay {
		return nil
	}
	var out []rentSpan
	for i := 0; i < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		if end := r.rentMonthAt(ts, i); end > 0 {
			for k := i; k < end; k++ {
				ts[k].used, ts[k].aside = true, true
			}
			out = append(out, rentSpan{at: i, end: end, n: -1})
			i = end - 1
			continue
		}
		j, pre := i, false
		if dayFor[dayKey(ts[j])] && j+1 < len(ts) && !ts[j+1].sep {
			j, pre = j+1, true
		}
		if !pre && i > 0 && !ts[i-1].sep && dayNotFor[dayKey(ts[i-1])] {
			continue
		}
		w := dayKey(ts[j])
		if ts[j].conj {
			continue
		}
		pre = pre || ts[j].prep
		n, end := 0, 0
		switch {
		case weeksSaid(ts, j, pre):
			n, end = rentWeeks(ts, j, pre)
		case dayTwo[w]:
			n, end = 2, j+1
		case dayOne[w] && namedDays(ts, j) > 1:
			// "يوم الخميس والجمعة", "ليلة الحنة وليلة الفرح": days or
			// nights named one by one, as many as named
			n, end = namedDays(ts, j), namedDaysEnd(ts, j)
			for k := j; k < end; k++ {
				ts[k].text, ts[k].lex = ts[k].surface, false
			}
		case dayOne[w] && j+1 < len(ts) && weekdayAt(ts, j+1):
			// "ليوم السبت", "يوم الاربع": a day named, Wednesday never
			// "all four"; the day noun stays a word of the names
			ts[j+1].text, ts[j+1].lex = ts[j+1].surface, false
			ts[j+1].used, ts[j+1].aside = true, true
			weekdayAside(ts, i, j)
			weekdayDate(ts, i, j)
			i = j + 1
			continue
		case dayOne[w] && j+1 < len(ts) && !ts[j+1].sep && dayOnly[dayKey(ts[j+1])] && (pre || dayKey(ts[j+1]) != wordKey("بس")):
			n, end = 1, j+2 // "ليوم واحد", "ليلة واحدة"
		default:
			v, m, ok := numberAt(ts, j, nil)
			if !ok || j+m >= len(ts) || ts[j+m].sep || v < 1 || v > 60 || v != float64(int(v)) {
				continue
			}
			u := dayKey(ts[j+m])
			if !dayMany[u] && !(v == 1 && dayOne[u]) {
				continue
			}
			n, end = int(v), j+m+1
		}
		if n == 1 && !pre && !dayOne[dayKey(ts[i])] {
			continue
		}
		for k := i; k < end; k++ {
			ts[k].used, ts[k].aside = true, true
		}
		out = append(out, rentSpan{at: i, end: end, n: n})
		i = end - 1
	}
	return wholePeriods(ts, spansCorrected(ts, out))
}

// rentedDays multiplies each line of goods rented by the day or the night
// by the days or nights said for it: the first duration at or after the
// line's start (one said after a list covers the list: "100 korsy w 10
// tarabeza l yomeen"), or one said before every such line (said once for
// the whole order). A line after the last duration that follows another
// such line is ambiguous: how many is asked.
func rentedDays(spans []rentSpan, items []Item) { countPeriods(spans, items, byDay) }

// countPeriods multiplies each line of goods priced per period (per
// reports it) by the periods said for it, as rentedDays tells.
func countPeriods(spans []rentSpan, items []Item, per func(*catalog.Product) bool) {
	var lens []rentSpan
	for _, s := range spans {
		if s.n != 0 {
			lens = append(lens, s)
		}
	}
	if len(lens) == 0 {
		return
	}
	first := -1
	for _, it := range items {
		if it.end > 0 && per(it.Product) && (first < 0 || it.start < first) {
			first = it.start
		}
	}
	several := false // a line before counts several pieces
	for k := range items {
		it := &items[k]
		if it.end == 0 || !per(it.Product) {
			continue
		}
		n := 0
		if at := slices.IndexFunc(lens, func(s rentSpan) bool { return s.at >= it.start }); at >= 0 && lens[at].again && several && (it.Quantity == catalog.One || it.ofGoods) {
			// "٢ عربية ٣ ايام وتأمين طول المدة": for one car, or each? (a
			// count an add-on took from the goods before, addOnPerUnit, is
			// no answer: asked the same)
			it.Quantity, it.ofGoods = catalog.One, false
			if !slices.Contains(it.Missing, "count") {
				it.Missing = append(it.Missing, "count")
			}
			continue
		} else if at >= 0 {
			n = lens[at].n
		} else if before := lens[len(lens)-1]; before.end <= first && len(lens) == 1 {
			n = before.n // "لمدة يومين: ١٠٠ كرسي و١٠ ترابيزات"
		} else {
			if !slices.Contains(it.Missing, "count") {
				it.Missing = append(it.Missing, "count") // "١٠٠ كرسي ليومين وساوند": the sound's nights unsaid
			}
			continue
		}
		if n < 0 {
			if !slices.Contains(it.Missing, "count") {
				it.Missing = append(it.Missing, "count") // "لمدة شهر" on a per-day line: 28 to 31 days
			}
			continue
		}
		several = several || it.Quantity > catalog.One
		if n > 1 {
			it.Quantity = catalog.Milli(int64(it.Quantity) * int64(n))
		}
	}
}

// dayKey: the token's words as the day sets are keyed.
func dayKey(t token) string { return wordKey(t.lowSurface()) }

// weekdayAt: the word at m names a weekday after the noun يوم ("يوم
// الاربع", "ليوم الاتنين": Wednesday, Monday), whatever number its letters
// also spell.
func weekdayAt(ts []token, m int) bool {
	if m == 0 || ts[m-1].sep || !dayNames[dayKey(ts[m])] {
		return false
	}
	w := dayKey(ts[m-1])
	return dayNoun[w] || w == wordKey("ليوم") || w == "lyom"
}

// weekdayAside sets aside the day noun of a weekday said before any goods
// ("يوم الجمعة محتاجين ٢٠٠ كرسي"): a date, no word of the first line's,
// whose count would else be read as a figure after its noun (a 200 cm
// chair). After goods the noun stays a word of the names.
func weekdayAside(ts []token, i, j int) {
	for k := 0; k < i; k++ {
		if !ts[k].sep && (ts[k].lex || isNumber(ts[k].text)) {
			return
		}
	}
	for k := i; k <= j; k++ {
		ts[k].used, ts[k].aside = true, true
	}
}

// namedDays: how many days or nights are named one by one from the day
// noun at j — "يوم الخميس والجمعة" (weekdays joined by و), "ليلة الحنة
// وليلة الفرح", "يوم السبت ويوم الحد" (the noun said again before each,
// its name with the article) — 1 when one or none is.
func namedDays(ts []token, j int) int {
	n, _ := namedDaysFrom(ts, j)
	return n
}

// namedDaysEnd: the token after the last day named from j (namedDays).
func namedDaysEnd(ts []token, j int) int {
	_, end := namedDaysFrom(ts, j)
	return end
}

func namedDaysFrom(ts []token, j int) (n, end int) {
	noun := dayKey(ts[j])
	named := func(k int) bool {
		if k >= len(ts) || ts[k].sep {
			return false
		}
		w := dayKey(ts[k])
		return dayNames[w] || strings.HasPrefix(ts[k].lowSurface(), "ال") && utf8.RuneCountInString(w) >= 3 && !dayOne[w] && !isNumber(ts[k].text)
	}
	if !named(j + 1) {
		return 0, j + 1
	}
	n, end = 1, j+2
	for end < len(ts) && !ts[end].sep {
		w, and := strings.CutPrefix(dayKey(ts[end]), "و")
		w = wordKey(w)
		switch {
		case and && dayNames[w] && dayNames[dayKey(ts[end-1])]:
			n, end = n+1, end+1 // "الخميس والجمعة"
		case and && strings.TrimPrefix(w, "ل") == strings.TrimPrefix(noun, "ل") && named(end+1):
			n, end = n+1, end+2 // "وليلة الفرح", "ويوم الجمعة"
		default:
			return n, end
		}
	}
	return n, end
}
