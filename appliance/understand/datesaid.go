package understand

import "strings"

// A date said by its day and month (h40e), and a weekday whose word is
// also a number said after "يوم" ("يوم الاتنين": Monday, no two): "Thursday 14 May", "May 14",
// "١٤ مايو", "14th of June", Franco "14 mayo". The day's figure is when,
// never a count of the goods, and the month's name no variant of them
// (a name's "May" read as a colour the product lacks). "May" is a month
// only beside a day's figure (else an English modal).

// monthAt: the token at k names a month ("May" too), or -1.
func monthAt(ts []token, k int) bool {
	if k < 0 || k >= len(ts) || ts[k].sep {
		return false
	}
	return monthNamed(ts[k]) || ts[k].lowSurface() == "may" || ts[k].lowSurface() == "مايو"
}

// dayFigure: the token at k is a day of the month, a whole figure 1–31,
// "14th", "1st", "22nd", "3rd" too.
func dayFigure(ts []token, k int) bool {
	if k < 0 || k >= len(ts) || ts[k].sep {
		return false
	}
	s := ts[k].lowSurface()
	for _, end := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(s, end); ok && d != "" {
			s = d
			break
		}
	}
	return monthDay(s) || monthDay(ts[k].text)
}

// datesSaid sets aside a day's figure and the month named beside it
// ("14 May", "May 14", "14th of June"): a date, never a count nor a
// variant.
func datesSaid(ts []token) {
	for i := range ts {
		if n := dayNounBefore(ts, i); n >= 0 && weekdaySaid(ts, i) >= 0 {
			if _, num := numberWord(ts[i].text); num || isNumber(ts[i].text) {
				// "يوم الاتنين", "yom el etnen": Monday — a date, never
				// two of the goods
				for k := n; k <= i; k++ {
					ts[k].used, ts[k].neg, ts[k].lex = true, true, false
				}
			}
		}
		if !dayFigure(ts, i) {
			continue
		}
		m := i + 1
		if m < len(ts) && !ts[m].sep && ts[m].lowSurface() == "of" {
			m++ // "14th of June"
		}
		switch {
		case monthAt(ts, m):
			for k := i; k <= m; k++ {
				ts[k].used, ts[k].neg, ts[k].lex = true, true, false
			}
		case monthAt(ts, i-1):
			for k := i - 1; k <= i; k++ {
				ts[k].used, ts[k].neg, ts[k].lex = true, true, false
			}
		}
	}
}

// dayNounBefore: the day noun ("يوم", "yom") right before the word at i,
// Franco's "el" between allowed; -1 when none.
func dayNounBefore(ts []token, i int) int {
	k := i - 1
	if k >= 1 && !ts[k].sep && ts[k].lowSurface() == "el" {
		k--
	}
	if k < 0 || ts[k].sep || !dayNoun[dayKey(ts[k])] {
		return -1
	}
	return k
}
