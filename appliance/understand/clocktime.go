package understand

import "strconv"

// clockTimes sets aside a time of day said as one — "الساعة ٥", "الساعه
// 11 الصبح", Franco "el sa3a 5", English "at 5 today", "come by at 6",
// "at 5 pm": the hour the customer comes, collects or books for, never a
// count, a size, nor the hour a service is priced by ("جلسة تصوير
// (للساعة)"). The hour is a whole or half figure from 1 to 12. Arabic
// says it after "الساعة" (a watch shop's "الساعة", a head of its
// products' names, is goods); English after "at", with a part of the day
// or a day after it or a verb of coming before it — "2 prints at 5 each"
// is no time.
func (r *Rules) clockTimes(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		t := ts[i]
		if t.sep || ts[i+1].sep || !clockHour(ts[i+1].text) {
			continue
		}
		w := shopKey(t)
		arabic := w == "ساعه" || w == "sa3a" || w == "elsa3a"
		if arabic && windowStart(ts, i) {
			continue // "من الساعة ٥ لحد ٦": a window's, left to its line (clockwindow.go)
		}
		end := i + 2
		for end < len(ts) && !ts[end].sep && clockParts[wordKey(ts[end].lowSurface())] {
			end++
		}
		// a part of the day after the figure ("الساعة ٩ بالليل"), or a
		// shop that sells by the hour, whose "الساعة" heads no goods
		timed := end > i+2 || r.sellsHours && definite(t.lowSurface())
		if arabic && !timed && (!definite(t.lowSurface()) && w == "ساعه" || r.isHead(t.text) || r.isHead(w)) {
			continue // "ساعة ٢" of a watch: goods counted
		}
		if !arabic {
			if t.lowSurface() != "at" {
				continue
			}
			after := end > i+2 || end < len(ts) && !ts[end].sep && dayWords[wordKey(ts[end].lowSurface())]
			if !after && !comingBefore(ts, i) {
				continue
			}
		}
		for m := i; m < end; m++ {
			if m >= i+2 && ts[m].lex && !clockMarks[wordKey(ts[m].lowSurface())] {
				continue // "بالليل": a part of the day, a word of the names too (a pitch under lights)
			}
			ts[m].used, ts[m].neg, ts[m].lex = true, true, false
		}
		i = end - 1
	}
}

// clockHour: s is an hour of the clock, 1 to 12, whole or a half.
func clockHour(s string) bool {
	v, err := strconv.ParseFloat(s, 64)
	return err == nil && v >= 1 && v <= 12 && v*2 == float64(int(v*2))
}

// comingBefore: a verb of coming or passing by is said in the clause
// before i ("can I come by at 5", "I'll pass by at 6", "pick them up at 4").
func comingBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && !ts[k].sep; k-- {
		if englishComing[ts[k].lowSurface()] || comingWords[ts[k].lowSurface()] {
			return true
		}
	}
	return false
}

var (
	// englishComing: the customer's coming or collecting, in English.
	englishComing = set("come", "coming", "pass", "passing", "drop", "stop", "pick", "collect", "arrive", "there", "by")
	// clockParts: a part of the day said after an hour ("الساعة ٥ العصر",
	// "at 5 pm").
	// clockMarks: those that only mark the clock, never a part of the
	// day a name gives ("pm" of "before 5 pm")
	clockMarks = set("pm", "am", "p.m", "a.m", "oclock", "o'clock", "el", "بعد")
	clockParts = set("الصبح", "صباحا", "بالليل", "بليل", "مساء", "مساءا", "المغرب", "العصر", "الضهر", "بالضهر", "بعد", "pm", "am",
		"p.m", "a.m", "oclock", "o'clock", "el", "sob7", "bellel", "elsob7", "el3asr", "eldohr")
)
