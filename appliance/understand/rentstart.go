package understand

import (
	"slices"
	"strings"
)

// A rent's first day said with no length (h38d): "عايز عربية من السبت",
// "من يوم الخميس", Franco "men el sabt", English "from Saturday",
// "starting tomorrow" — when the rent starts, never how many days: goods
// rented by the day or the night with no length said for them have their
// days asked, never one day invoiced in silence.

// rentStartWords: "from", "starting" said before the rent's first day.
var rentStartWords = set("من", "ابتداء", "ابتداءا", "بدايه", "بداية", "men", "mn", "min", "from", "starting", "start", "starts", "beginning")

// startDayWords: a weekday or tomorrow, its article off ("السبت" → "سبت",
// "el sabt" → "sabt").
var startDayWords = set("سبت", "حد", "احد", "أحد", "اتنين", "اثنين", "تلات", "ثلاثاء", "تلاتاء", "اربع", "اربعاء", "أربعاء", "خميس", "جمعه", "جمعة",
	"بكره", "بكرة", "sabt", "7ad", "had", "etnen", "itnen", "talat", "arba3", "khamis", "5amis", "gom3a", "gom3aa", "bokra", "bukra",
	"saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow")

// rentStarts reads the first days said for a rent ("من السبت", "men el
// sabt", "starting Sunday") and sets their words aside: how many there
// are.
func (r *Rules) rentStarts(ts []token) int {
	if !r.rentsByDay {
		return 0
	}
	n := 0
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || !rentStartWords[dayKey(ts[i])] {
			continue
		}
		if end := startDayEnd(ts, i+1); end > 0 {
			for k := i; k < end; k++ {
				ts[k].used, ts[k].aside, ts[k].lex = true, true, false
			}
			n++
			i = end - 1
		}
	}
	return n
}

// startDayEnd: the token after a day said from j ("السبت", "يوم السبت",
// "el sabt", "on Sunday", "from"'s own "from" after "starting"); 0 when
// none is.
func startDayEnd(ts []token, j int) int {
	word := func(k int) string {
		if k < len(ts) && !ts[k].sep {
			return dayKey(ts[k])
		}
		return ""
	}
	if w := word(j); w == "from" || w == "on" || dayNouns[w] || w == wordKey("يوم") {
		j++ // "starting from", "من يوم السبت"
	}
	article := word(j) == "el"
	if article {
		j++
	}
	w := word(j)
	if w == "" {
		return 0
	}
	if a, ok := strings.CutPrefix(w, "ال"); ok {
		w, article = a, true
	}
	article = article || strings.HasPrefix(ts[j].lowSurface(), "ال")
	if startDayWords[w] && (article || !articleDays[w]) {
		return j + 1
	}
	return 0
}

// articleDays: weekdays that are a day only with their article ("من الحد",
// "men el 7ad"; "من حد" is from someone).
var articleDays = set("حد", "احد", "أحد", "had", "7ad", "سبت", "خميس", "اتنين", "اربع", "تلات")

// daysUnsaid: a rent's start said and no length at all: each line rented
// by the day or the night has its days asked.
func daysUnsaid(starts int, spans []rentSpan, items []Item) {
	if starts == 0 || slices.ContainsFunc(spans, func(s rentSpan) bool { return s.n > 0 }) {
		return
	}
	for k := range items {
		if it := &items[k]; it.end > 0 && byDay(it.Product) && !slices.Contains(it.Missing, "count") {
			it.Missing = append(it.Missing, "count")
		}
	}
}
