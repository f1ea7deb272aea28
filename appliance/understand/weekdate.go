package understand

// A weekday named after goods rented by the day (h38k). In a message to a
// shop that rents by the day or the night, "يوم الخميس" after the goods
// ("هاي اس يستقبلهم من المطار يوم الخميس", "3arabeya yom el gom3a") is
// when, a date: its day noun is no word of the goods' names, so it never
// chooses the line priced "(لليوم)" over the one the other words name
// (the airport trip of that vehicle).

// weekdayDate sets aside the bare day noun at i of a weekday named after
// goods (weekdayAside sets it aside before any); "ليوم الخميس" (for the
// day of Thursday) stays a rent's word of the line.
func weekdayDate(ts []token, i, j int) {
	if i != j || ts[i].prep || !dateNoun[dayKey(ts[i])] {
		return
	}
	ts[i].used, ts[i].aside = true, true
}

// the bare day nouns before a weekday's name
var dateNoun = set("يوم", "yom", "youm", "yoom", "day")
