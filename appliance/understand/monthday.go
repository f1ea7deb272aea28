package understand

import "strconv"

// monthDays sets aside a day of the month said after "يوم" — "فرحي يوم ٢٠
// الشهر الجاي", "يوم 5", Franco "yom 20", "youm 3" — and a figure
// right before "الشهر" (of the month: "٢٠ الشهر الجاي"): when the
// customer wants the work or the goods, never a count. The day is a whole
// figure from 1 to 31; a day word the catalog's own names hold ("إيجار
// يوم") is its goods, and a figure before goods' words ("يوم ٢ كرسي") is
// left to count them.
func (r *Rules) monthDays(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		t := ts[i]
		if t.sep || ts[i+1].sep || !monthDay(ts[i+1].text) || !dayNouns[shopKey(t)] || t.lex || r.isHead(t.text) {
			continue
		}
		end := i + 2
		if end < len(ts) && !ts[end].sep && ts[end].lex && !monthWords[wordKey(ts[end].lowSurface())] {
			continue
		}
		for m := i; m < end; m++ {
			ts[m].used, ts[m].neg, ts[m].lex = true, true, false
		}
		i = end - 1
	}
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || ts[i+1].sep || !monthDay(ts[i].text) || !monthWords[wordKey(ts[i+1].lowSurface())] || ts[i+1].lex {
			continue
		}
		ts[i].used, ts[i].neg, ts[i].lex = true, true, false // "٢٠ الشهر": the twentieth of the month
	}
}

// monthDay: s is a day of a month, a whole figure from 1 to 31.
func monthDay(s string) bool {
	v, err := strconv.Atoi(s)
	return err == nil && v >= 1 && v <= 31
}

// dayNouns: "day" said before the day of the month.
var dayNouns = set("يوم", "اليوم", "yom", "youm", "yoom")

// monthWords: the month said after its day ("٢٠ الشهر", "يوم ٥ الشهر الجاي").
var monthWords = set("الشهر", "شهر", "shahr", "elshahr")
