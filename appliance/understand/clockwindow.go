package understand

// A window of the clock belongs to a line priced by the hour only (h40g).
// "من ٤ لـ ٦", "من الساعة ٥ لحد ٦", "من الساعة ٢ لحد الساعة ٥", Franco
// "men el sa3a 5 le 6", English "from 5 to 7": on a line priced by the
// hour it is the hours booked (hoursOfLine); on any other line (a monthly
// subject, a one-hour lesson, a make-up) it is when the customer comes,
// never a count — nor is it in a shop that prices nothing by the hour.

// afterHourNoun: past "الساعة" (Franco "el sa3a", "sa3a") at k, the hour
// noun a time of the clock is said after — the token after it, or k when
// none is there.
func afterHourNoun(ts []token, k int) int {
	if k >= len(ts) || ts[k].sep {
		return k
	}
	if w := ts[k].lowSurface(); w == "el" || w == "the" {
		if k+1 < len(ts) && hourNoun(ts[k+1]) {
			return k + 2
		}
		return k
	}
	if hourNoun(ts[k]) && (definite(ts[k].surface) || isLatinWord(ts[k].surface)) {
		return k + 1
	}
	return k
}

// hourNoun: the token says "the hour" of the clock ("الساعة", "sa3a").
func hourNoun(t token) bool {
	w := shopKey(t)
	return !t.sep && (w == "ساعه" || w == "sa3a" || w == "elsa3a")
}

// windowAt: a window of the clock opens at i, or opened at the "من" right
// before i that another pass read ("المواعيد من ٤ لـ ٦"), and no goods are
// named right after it (a count's range: "من ٣ لـ ٥ كراسي"): where it ends.
func windowAt(ts []token, i int) (int, bool) {
	_, end, ok := clockRange(ts, i)
	if !ok && i > 0 && !ts[i-1].sep && ts[i-1].used && clockFrom[wordKey(ts[i-1].lowSurface())] {
		_, end, ok = clockRange(ts, i-1)
	}
	if !ok || end < len(ts) && !ts[end].sep && ts[end].lex && !ts[end].neg && !isNumber(ts[end].text) {
		return 0, false
	}
	return end, true
}

// windowOfLine: at i on line d, which is not priced by the hour (or names
// a service priced by no period at least as well), a window of the clock
// is when: the token after it.
func (r *Rules) windowOfLine(ts []token, d *draft, i int) (int, bool) {
	if d == nil || d.explains == 0 || d.hourly || r.hourlyBest(d) && !r.serviceAhead(d) {
		return 0, false
	}
	return windowAt(ts, i)
}

// hourlessWindows: in a shop that prices nothing by the hour, every window
// of the clock is when, whatever line it is said on — set aside before
// any figure of it is read (clockTimes would read only its start).
func (r *Rules) hourlessWindows(ts []token) {
	if r.pricesHours() {
		return
	}
	for i := 0; i < len(ts); i++ {
		if ts[i].sep || ts[i].used {
			continue
		}
		end, ok := windowAt(ts, i)
		if !ok {
			continue
		}
		for m := i; m < end; m++ {
			ts[m].used, ts[m].neg, ts[m].lex = true, true, false
		}
		i = end - 1
	}
}

// windowStart: the time of the clock at i+1, after "الساعة" at i, opens a
// window ("من الساعة ٥ لحد ٦"): its hours are left to the line it is said
// on (hoursOfLine, windowOfLine).
func windowStart(ts []token, i int) bool {
	k := i - 1
	if k >= 0 && (ts[k].lowSurface() == "el" || ts[k].lowSurface() == "the") {
		k--
	}
	if k < 0 || ts[k].sep || !clockFrom[wordKey(ts[k].lowSurface())] {
		return false
	}
	_, _, ok := clockRange(ts, k)
	return ok
}

// windowTold: a window of the clock opens at i and no question mark ends
// its clause — "المواعيد من ٤ لـ ٦" after a line is the times the
// customer wants, told, never the shop's hours asked.
func windowTold(ts []token, i int) bool {
	if _, _, ok := clockRange(ts, i); !ok {
		return false
	}
	for k := i; k < len(ts); k++ {
		if ts[k].sep && ts[k].text == "?" {
			return false
		}
		if ts[k].sep && ts[k].text != "," {
			break
		}
	}
	return true
}

// timesTold sets aside the hours noun before a window told ("المواعيد من
// ٤ لـ ٦"): the customer's times, no question about the shop's.
func timesTold(ts []token) {
	for i := range ts {
		if !ts[i].sep && hoursNouns[shopKey(ts[i])] && windowTold(ts, i+1) {
			ts[i].used, ts[i].aside = true, true
		}
	}
}
