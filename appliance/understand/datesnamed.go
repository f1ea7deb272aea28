package understand

import (
	"strconv"
	"strings"
)

// A date said with its month (h40h). A day's figure beside a month's
// name — "١٥ مايو", "يوم ٢٨ يونيو", Franco "15 mayo", English "on 12
// May", "May 15", "the 15th of May" — is when the customer wants the
// goods or the work, never their count, and the month's name is no
// word of the goods (English "May" is no Franco مية, water). An English
// ordinal day alone ("on the 16th") is a date too. Day and month are
// known words, set aside as monthDays sets "يوم ٢٠ الشهر" aside — but
// English "May", which stays unread (mayAlone). "٦ أكتوبر" is the city
// (6th of October), left to the address readers.

// datesNamed sets aside the day of a month said with the month's name,
// and an English ordinal day. When more than one day is named ("Thursday
// 14 May and Friday 15 May", "١٥ و١٦ مايو") the days may be what is
// counted (a car for two days): they are left as said.
func datesNamed(ts []token) {
	var spans [][2]int
	for i := range ts {
		if ts[i].sep {
			continue
		}
		if ordinalDay(ts[i].lowSurface()) && !dateMonthAround(ts, i) {
			spans = append(spans, [2]int{i, i})
			continue
		}
		if !dateMonth(ts[i]) {
			continue
		}
		if d := dayBeforeMonth(ts, i); d >= 0 {
			if ts[d].text == "6" && monthNamed(ts[i]) && strings.Contains("اكتوبر أكتوبر october oktober", ts[i].lowSurface()) {
				continue // "٦ أكتوبر": the city
			}
			if dayJoinedBefore(ts, d) {
				return // "١٥ و١٦ مايو": two days
			}
			spans = append(spans, [2]int{d, i})
		} else if d := dayAfterMonth(ts, i); d >= 0 {
			spans = append(spans, [2]int{i, d})
		}
	}
	if len(spans) != 1 {
		return
	}
	dateAside(ts, spans[0][0], spans[0][1])
}

// dateMonthAround: the ordinal day at k is said with a month's name
// ("15th of May", "May 15th"), read with it.
func dateMonthAround(ts []token, k int) bool {
	for _, m := range []int{k - 1, k + 1, k + 2} {
		if m >= 0 && m < len(ts) && !ts[m].sep && dateMonth(ts[m]) && (dayBeforeMonth(ts, m) == k || dayAfterMonth(ts, m) == k) {
			return true
		}
	}
	return false
}

// dayJoinedBefore: another day's figure is joined by "و", "and" or a
// comma before the day at d ("١٥ و١٦ مايو", "15 and 16 May").
func dayJoinedBefore(ts []token, d int) bool {
	k := d - 1
	if k >= 0 && (ts[k].sep && (ts[k].text == "," || ts[k].text == "،") || !ts[k].sep && monthAnd[dayKey(ts[k])]) {
		k--
	} else if !ts[d].conj && !strings.HasPrefix(ts[d].surface, "و") {
		return false
	}
	return k >= 0 && !ts[k].sep && (monthDay(ts[k].text) || ordinalDay(ts[k].lowSurface()))
}

// dateAside: the tokens from i to j are a date; a bare day noun right
// before it ("يوم ١٥ مايو") that no catalog name holds is the date's too.
func dateAside(ts []token, i, j int) {
	if i > 0 && !ts[i-1].sep && !ts[i-1].lex && dayNouns[shopKey(ts[i-1])] {
		i--
	}
	for k := i; k <= j; k++ {
		if !mayAlone(ts[k]) {
			ts[k].used, ts[k].neg, ts[k].lex = true, true, false
		}
	}
}

// mayAlone: English "May", also the verb "may", is no goods word beside
// a day's figure, but it is left unread: the date's weekday and other
// words around it are not all read yet ("on Thursday 14 May, the buffet
// for 200 guests"), and a person reads the order.
func mayAlone(t token) bool {
	return !monthNamed(t) && t.lowSurface() == "may"
}

// dateMonth: the token names a month of the year; English "May" too,
// which monthNames leaves out: a date only beside a day's figure.
func dateMonth(t token) bool {
	return monthNamed(t) || t.lowSurface() == "may"
}

// dayBeforeMonth: the day's figure said before the month at m ("١٥ مايو",
// "15th of May"), or -1.
func dayBeforeMonth(ts []token, m int) int {
	k := m - 1
	if k > 0 && !ts[k].sep && ts[k].lowSurface() == "of" {
		k--
	}
	if k < 0 || ts[k].sep || !(monthDay(ts[k].text) || ordinalDay(ts[k].lowSurface())) {
		return -1
	}
	return k
}

// dayAfterMonth: the day's figure said after the month at m ("May 15",
// "مايو ١٥"), or -1; a figure before goods' words counts them.
func dayAfterMonth(ts []token, m int) int {
	k := m + 1
	if k >= len(ts) || ts[k].sep || !(monthDay(ts[k].text) || ordinalDay(ts[k].lowSurface())) {
		return -1
	}
	if k+1 < len(ts) && !ts[k+1].sep && ts[k+1].lex {
		return -1
	}
	return k
}

// ordinalDay: an English ordinal of a day of the month, "1st" to "31st".
func ordinalDay(s string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if f, ok := strings.CutSuffix(s, suf); ok {
			v, err := strconv.Atoi(f)
			return err == nil && v >= 1 && v <= 31
		}
	}
	return false
}
