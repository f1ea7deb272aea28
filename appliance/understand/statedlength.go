package understand

import "slices"

// A service's own length is no count of hours (h39p). A product whose name
// states how long it lasts ("حصة ركن (نص ساعة)", "حجز شهري (… 4 ساعات)",
// "كورس (24 ساعة)") is named by that length: said on its line, the hours
// are the product's, no count of an hourly line. And a service named on
// the line with no price by the hour or by a period (a move of a flat, a
// monthly subject, a lesson) is no hourly line's: hours said of it are how
// long it takes or when, and the product the customer named stays.

// namedLength: hours v said on d are the length a best product of d not
// priced by the hour states in its own name.
func (r *Rules) namedLength(d *draft, v float64) bool {
	for _, p := range d.touched {
		if int(d.cnt[p]) < d.explains || r.lx.facts(int(p)).period == "hour" {
			continue
		}
		prod := r.lx.products[p]
		for _, name := range []string{prod.NameAr, prod.NameEn} {
			if statesHours(name, v) {
				return true
			}
		}
	}
	return false
}

// statesHours: name states a length of v hours ("(نص ساعة)", "4 ساعات",
// "half an hour", "24 hours").
func statesHours(name string, v float64) bool {
	ts := tokenize(name)
	for i := range ts {
		if ts[i].surface == "" {
			ts[i].surface = ts[i].text
		}
	}
	for i := range ts {
		if ts[i].sep {
			continue
		}
		if h, _, ok := hoursAt(ts, i); ok && h == v {
			return true
		}
	}
	return false
}

// serviceAhead: a product d's words name at least as well as any product
// priced by the hour is a service priced by no period (a move, a monthly
// subject, a lesson): the hours said are of it, no hourly line's.
// An hourly product whose head noun the line says beats a service tied
// with it that holds the noun further in ("el studio 3 sa3at" of "ستوديو
// بروفة (بالساعة)" beside "تسجيل أغنية في الستوديو").
func (r *Rules) serviceAhead(d *draft) bool {
	best, headed := 0, false
	for _, p := range d.touched {
		if r.lx.facts(int(p)).period == "hour" {
			if c := int(d.cnt[p]); c > best {
				best, headed = c, false
			}
			if int(d.cnt[p]) == best && r.headNamed(d, p) {
				headed = true
			}
		}
	}
	for _, p := range d.touched {
		if int(d.cnt[p]) >= best && r.lx.facts(int(p)).period == "" && !(headed && int(d.cnt[p]) == best && !r.headNamed(d, p)) && !(best > 0 && r.monthLong(p)) {
			return true
		}
	}
	return false
}

// headNamed: the first word of p's Arabic name is among d's words.
func (r *Rules) headNamed(d *draft, p int32) bool {
	h := r.lx.info[p].head
	return h != "" && slices.Contains(d.words, h)
}

// lengthOfService: at i on line d, whose named service is priced by no
// period, the hours said ("من ٨ لـ ١٢", "٥ ساعات" in a shop that prices
// some line by the hour) are the service's length or time, no count: the
// token after them. A range of the clock is a time in any shop; other
// hours only where some line is priced by the hour (a shop selling
// watches, "٣ ساعات", prices none so).
func (r *Rules) lengthOfService(ts []token, d *draft, i int) (int, bool) {
	if end, ok := r.windowOfLine(ts, d, i); ok {
		return end, true // "اشتراك شهر، المواعيد من ٤ لـ ٦": when (clockwindow.go)
	}
	if d == nil || d.explains == 0 || len(d.counts) > 0 || len(d.groups) > 0 || d.pre != nil || !r.serviceAhead(d) {
		return 0, false
	}
	if _, end, ok := clockRange(ts, i); ok {
		return end, true
	}
	if !r.sellsHours || !r.pricesHours() {
		return 0, false
	}
	_, end, ok := hoursAt(ts, i)
	return end, ok
}

// pricesHours: some product's name prices it by the hour ("(للساعة)",
// "per hour").
func (r *Rules) pricesHours() bool { return r.hourPeriod }

// anyPeriodHour walks the catalog once, when the rules are built: the
// question is asked of every message (hourlessWindows, serviceAhead).
func (r *Rules) anyPeriodHour() bool {
	for p := range r.lx.products {
		if r.lx.facts(p).period == "hour" {
			return true
		}
	}
	return false
}
