package understand

import "slices"

// Hours on a line priced by the hour (h39a). A service whose name says it
// is priced by the hour ("ملعب خماسي (للساعة)", "Karaoke room (per
// hour)") is counted in hours: "ساعة ونص" is 1.5, "ساعتين ونص" 2.5, "نص
// ساعة" 0.5, Franco "sa3a w nos", "sa3teen w nos", English "an hour and a
// half", "2 and a half hours", "half an hour"; a range of clock times
// ("من ٨ لـ ١٠", "from 8 to 10", "men 8 le 10") is its length. A count
// said before the line ("واحد PS4", "2 rooms") is of the things booked,
// each for those hours. The booking's other lines that are no hourly
// service (a monthly fixed booking, a party of its own length) are no
// reading of hours said.

// hoursOfLine reads, at i on line d whose best products include one priced
// by the hour, the hours said: their number and the token after them.
// A count said before the line multiplies them (two consoles for three
// hours are six console-hours), and the line's other best products, not
// priced by the hour, step back.
func (r *Rules) hoursOfLine(ts []token, d *draft, i int) (float64, int, bool) {
	if !r.sellsHours || d == nil || len(d.counts) > 0 || len(d.groups) > 0 || !r.hourlyBest(d) || r.serviceAhead(d) {
		return 0, 0, false
	}
	each := 1.0
	if d.pre != nil {
		if d.pre.unit != "" || d.pre.implied || d.pre.per || d.pre.val != float64(int(d.pre.val)) {
			return 0, 0, false
		}
		each = d.pre.val
	}
	v, end, ok := hoursAt(ts, i)
	if !ok || r.namedLength(d, v) {
		return 0, 0, false
	}
	r.hourlyOnly(d)
	if d.pre != nil {
		d.pre = nil // the count before is of the things booked: in the hours read
	}
	return v * each, end, true
}

// pricedFigure: the hours of a line priced by the hour (hoursOfLine), or
// a figure with the measure the line is priced per (perFigure).
func (r *Rules) pricedFigure(ts []token, d *draft, i int) (float64, int, bool) {
	if v, end, ok := r.hoursOfLine(ts, d, i); ok {
		return v, end, true
	}
	return r.perFigure(ts, d, i)
}

// hourlyBest: some product d's words name (nearly) best is priced by
// the hour.
func (r *Rules) hourlyBest(d *draft) bool {
	if d.explains == 0 {
		return false
	}
	for _, p := range d.touched {
		// one word behind the best, as candidates are kept: "نحجز" may
		// say a booking line's own word ("حجز شهري")
		if int(d.cnt[p]) >= d.explains-1 && r.lx.facts(int(p)).period == "hour" {
			return true
		}
	}
	return false
}

// hourlyOnly: after hours read on d, only its products priced by the
// hour name it (hourlyNamed).
func (r *Rules) hourlyOnly(d *draft) {
	d.hourly, d.cands.ok = true, false
}

// hourlyNamed narrows named (nil: any product) to the products priced by
// the hour when d's count was read in hours and some such product is
// among its words': a monthly fixed booking is no "ساعة ونص".
func (r *Rules) hourlyNamed(d *draft, named func(int32) bool) func(int32) bool {
	if !d.hourly {
		return named
	}
	hourly := func(p int32) bool { return (named == nil || named(p)) && r.lx.facts(int(p)).period == "hour" }
	if !slices.ContainsFunc(d.touched, hourly) {
		return named
	}
	return hourly
}

// hoursAt: the hours said from token i — "ساعتين", "٣ ساعات", "for 2
// hours", "ساعة ونص", "an hour and a half", "نص ساعة", "half an hour", "من
// ٨ لـ ١٠" — their number and the token after them.
func hoursAt(ts []token, i int) (float64, int, bool) {
	word := func(k int) string {
		if k < len(ts) && !ts[k].sep {
			return ts[k].lowSurface()
		}
		return ""
	}
	if v, end, ok := clockRange(ts, i); ok {
		return v, end, true
	}
	if hourLengthFor[wordKey(word(i))] && word(i+1) != "" {
		i++ // "for 2 hours", "لمدة ساعتين", "le sa3teen"
	}
	if f, ok := fractionWord(word(i)); ok && f == 0.5 {
		// "نص ساعة", "half an hour", "half hour", "nos sa3a"
		k := i + 1
		if word(k) == "an" || word(k) == "a" {
			k++
		}
		if per, two := periodWord(word(k)); per == "hour" && !two {
			return f, k + 1, true
		}
		return 0, 0, false
	}
	k, n := i, 1.0
	if a := word(i); a == "an" || a == "a" || a == "one" {
		k = i + 1 // "an hour and a half"
	} else if v, m, ok := numberAt(ts, i, nil); ok {
		k, n = i+m, v
	}
	per, two := periodWord(word(k))
	if per != "hour" || two && k > i {
		return 0, 0, false
	}
	if two {
		n = 2
	}
	f, m := fractionTail(ts, k+1)
	return n + f, k + 1 + m, true
}

// clockRange: "من ٨ لـ ١٠", "from 8 to 10", "men 8 le 10", "8-10 بالليل":
// two hours of the clock, no measure after them, the second later than the
// first within twelve hours — the hours between them.
func clockRange(ts []token, i int) (float64, int, bool) {
	if i < 0 || i >= len(ts) || !clockFrom[wordKey(ts[i].lowSurface())] || i+3 >= len(ts) {
		return 0, 0, false
	}
	i = afterHourNoun(ts, i+1) - 1 // "من الساعة ٥ …" (clockwindow.go)
	if i+3 >= len(ts) {
		return 0, 0, false
	}
	a, m, ok := numberAt(ts, i+1, nil)
	if !ok || !clockHour(ts[i+1].text) || m != 1 {
		return 0, 0, false
	}
	j := i + 2
	if ts[j].sep || !clockTo[wordKey(ts[j].lowSurface())] {
		return 0, 0, false
	}
	k := afterHourNoun(ts, j+1) // "… لحد الساعة ٦"
	if k >= len(ts) {
		return 0, 0, false
	}
	b, m, ok := numberAt(ts, k, nil)
	if !ok || !clockHour(ts[k].text) || m != 1 {
		return 0, 0, false
	}
	end := k + 1
	if end < len(ts) && !ts[end].sep {
		if per, _ := periodWord(ts[end].lowSurface()); per != "" || isUnit(ts[end].text) {
			return 0, 0, false // "من ٨ لـ ١٠ ساعات": a count unsure, no times
		}
	}
	for end < len(ts) && !ts[end].sep && clockParts[wordKey(ts[end].lowSurface())] && !ts[end].lex {
		end++
	}
	n := b - a
	if n <= 0 {
		n += 12 // "من ١١ لـ ١": past noon or midnight
	}
	if n <= 0 || n > 12 {
		return 0, 0, false
	}
	return n, end, true
}

var (
	// hourLengthFor: the preposition of a length of time ("for 2 hours", "لمدة
	// ساعتين", "le sa3teen")
	hourLengthFor = set("for", "ل", "لمده", "مده", "le", "l", "lemodet", "lmodet")
	// clockFrom, clockTo: "من … لـ …", "from … to …", "men … le …"
	clockFrom = set("من", "from", "men", "mn", "min")
	clockTo   = set("ل", "لـ", "الى", "إلى", "لحد", "to", "till", "until", "le", "l", "lel", "le7ad", "l7ad")
)
