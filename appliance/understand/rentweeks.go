package understand

// Weeks on a rental by the day or the night (h39n). A length said in
// weeks for goods rented per day is seven days a week: "لمدة اسبوع" (7),
// "اسبوعين" (14), "٣ اسابيع" (21), Franco "le modet esboo3", English
// "for a week", "2 weeks". One week is read only after the word that says
// a length ("لمدة", "for", "le"), so that a bare "اسبوع" said and taken
// back ("اسبوع.. لا خليها ٤ ايام") is no length; after a time word
// ("من اسبوعين", "بعد اسبوع") it is a date (dayNotFor). A length in
// months ("لمدة شهر", "for a month", "شهرين") is 28 to 31 days a month:
// the line is set aside from ×1 and its count asked (countPeriods).

var (
	weekFor  = set("لاسبوع", "لأسبوع") // "ل" said on the word
	weekOne  = set("اسبوع", "أسبوع", "لاسبوع", "لأسبوع", "week", "esboo3", "esbo3", "esbou3", "osboo3", "osbo3", "usboo3")
	weekTwo  = set("اسبوعين", "أسبوعين", "لاسبوعين", "لأسبوعين", "esbo3een", "esboo3een", "esbo3ein", "esbo3en", "osbo3een", "esbo3in")
	weekMany = set("اسابيع", "أسابيع", "weeks", "asabee3", "asabi3", "asabe3", "asabee3")
	// words between "for"/"ل" and the week: "le modet esboo3", "for a week"
	weekLead = set("مده", "مدة", "modet", "moddet", "modda", "a", "one")
)

// rentWeeks reads a length said in weeks at token j (pre: a word saying a
// length came before it) and returns the days it makes and the token after
// it; 0 when none is said there.
func rentWeeks(ts []token, j int, pre bool) (days, end int) {
	if j < len(ts) && !ts[j].sep && pre && weekLead[dayKey(ts[j])] && j+1 < len(ts) && !ts[j+1].sep {
		j++
	}
	if j >= len(ts) || ts[j].sep {
		return 0, 0
	}
	w := dayKey(ts[j])
	switch {
	case weekTwo[w]:
		return 14, j + 1
	case weekOne[w] && (pre || weekFor[w]):
		if j+1 < len(ts) && !ts[j+1].sep && dayOnly[dayKey(ts[j+1])] {
			return 7, j + 2 // "اسبوع واحد"
		}
		return 7, j + 1
	}
	v, m, ok := numberAt(ts, j, nil)
	if !ok || j+m >= len(ts) || ts[j+m].sep || v < 1 || v > 8 || v != float64(int(v)) {
		return 0, 0
	}
	if u := dayKey(ts[j+m]); weekMany[u] || v == 1 && weekOne[u] {
		return 7 * int(v), j + m + 1
	}
	return 0, 0
}

// weeksSaid: a length in weeks is said at j (rentWeeks).
func weeksSaid(ts []token, j int, pre bool) bool {
	n, _ := rentWeeks(ts, j, pre)
	return n > 0
}

// rentMonthAt reads a length in months said from token i to a shop that
// rents by the day and sells nothing by the month (monthSpanAt: "لمدة
// شهر", "شهرين", "for a month"): 28 to 31 days a month, so how many is
// asked (a span of n -1, countPeriods). It returns the token after it, 0
// when none is said there.
func (r *Rules) rentMonthAt(ts []token, i int) int {
	if r.countsByMonth {
		return 0
	}
	if n, end := monthSpanAt(ts, i); n > 0 {
		return end
	}
	return 0
}
