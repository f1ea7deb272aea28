package understand

import "strings"

// How often, said with a period: "مرة في الاسبوع", "مرتين في الشهر", "٣
// مرات في اليوم", "كل يوم مرة", Franco "marra fel esboo3", English "once a
// week", "twice a month", "3 times a week". The words tell how often the
// work is done — never goods whose name says "مرة" ("مصاريف تسجيل (مرة
// واحدة)", a fee paid once), and the figure is no count: set aside, once
// the goods were counted before it (a frequency alone leaves how many to
// a person).

// timesPer sets aside each frequency said with its period.
func timesPer(ts []token) {
	for i := range ts {
		n := timesAt(ts, i)
		if n == 0 {
			continue
		}
		end := i + n
		if end < len(ts) && !ts[end].sep && perWords[ts[end].lowSurface()] {
			end++
		}
		if end >= len(ts) || ts[end].sep || !periodSaid(ts[end].lowSurface()) {
			continue
		}
		from := i
		if i > 0 && !ts[i-1].sep && isNumber(ts[i-1].text) && n == 1 && manyTimes[ts[i].lowSurface()] {
			from = i - 1 // "٣ مرات": the figure is how many times
		}
		if !figureSaidBefore(ts, from) {
			continue // "تنضيف مرة في الاسبوع": how many, then, is for a person
		}
		setAside(ts, from, end+1)
	}
}

// figureSaidBefore: a figure is said before i — the goods were counted, the
// frequency only tells why or when.
func figureSaidBefore(ts []token, i int) bool {
	for k := 0; k < i; k++ {
		if !ts[k].sep && !ts[k].aside && isNumber(ts[k].text) {
			return true
		}
	}
	return false
}

// timesAt: the words of "times" starting at i ("مرة", "مرتين", "once",
// "3 times"): how many tokens, 0 when none.
func timesAt(ts []token, i int) int {
	if ts[i].sep {
		return 0
	}
	w := strings.TrimPrefix(ts[i].lowSurface(), "و")
	if onceWords[w] || manyTimes[w] {
		return 1
	}
	return 0
}

var (
	onceWords = set("مره", "مرة", "مرتين", "marra", "mara", "marreten", "marratein", "once", "twice")
	manyTimes = set("مرات", "marrat", "times")
	// perWords join the times to the period: "في"/"كل" (in, every), Franco
	// "fel", "kol", English "a", "per", "every".
	perWords = set("في", "فى", "كل", "fel", "fi", "f", "kol", "a", "per", "every", "each")
)

// periodSaid: a day, week, month or year, with the article or without.
func periodSaid(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "ال"), "el ")
	for _, p := range []string{"ال", "el", "l"} {
		w = strings.TrimPrefix(w, p)
	}
	return periodNouns[w]
}

var periodNouns = set("يوم", "اسبوع", "أسبوع", "شهر", "سنه", "سنة", "esboo3", "esbo3", "osboo3", "osbo3", "yom", "youm", "shahr", "sana",
	"day", "week", "month", "year")
