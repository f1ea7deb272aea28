package understand

import "strings"

// comingWords are the customer's verb of coming or passing by the shop,
// with its "to you" ("جايلك", "هعدي عليكم", "coming"), Franco too.
var comingWords = set("جاي", "جايه", "جايين", "جايلك", "جايلكم", "جايالك", "جايينلك", "جايينلكم", "هاجي", "هجي", "هاجيلك",
	"هجيلك", "هاجيلكم", "هجيلكم", "هنيجي", "هنيجيلك", "هنيجيلكم", "هعدي", "هنعدي", "حاجي", "حعدي", "نازل", "نازله", "نازلين",
	"gay", "gaylak", "gaylko", "gaylkom", "hagy", "hagi", "hagilak", "ha3ady", "coming", "come", "drive", "driving")

// comingWith sets aside what the customer says they come with or by ("انا
// جايلك بكرة بالعربية الفيرنا", "هاجي بعربيتي", "coming by car
// tomorrow"): the means of coming, or what they bring, is the story,
// never goods to invoice, though the shop sells things named after it (a
// car's cover). After the verb, words of when ("بكرة", "النهارده",
// "الصبح") may come first; the ب-word (English "with", "by", "in") and
// the words that name it after it, up to a separator, a و, a figure or a
// want-verb, are set aside.
func comingWith(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || !comingWords[lower(strings.TrimPrefix(ts[i].surface, "و"))] {
			continue
		}
		k := i + 1
		for k < len(ts) && !ts[k].sep && (tomorrowWords[ts[k].text] || openWhen[ts[k].text] || dayParts[ts[k].text] || meWords[ts[k].text] ||
			ts[k].lowSurface() == "tomorrow" || ts[k].lowSurface() == "today") {
			k++
		}
		if k >= len(ts) || ts[k].sep {
			continue
		}
		w := ts[k].lowSurface()
		english := w == "with" || w == "by" || w == "in"
		if !english && !(strings.HasPrefix(w, "ب") && len([]rune(w)) > 3) && !strings.HasPrefix(w, "bel") && !strings.HasPrefix(w, "bl") {
			continue
		}
		end := k + 1
		if english {
			for end < len(ts) && !ts[end].sep && (articles[ts[end].lowSurface()] || determiners[ts[end].lowSurface()]) {
				end++
			}
			end++ // "with my car": the noun after
		}
		for ; end < len(ts) && !ts[end].sep && !ts[end].conj && ts[end].text != "و" && !isNumber(ts[end].text) && !orderCues[ts[end].text] && !needWords[ts[end].text] &&
			!ts[end].lex && ts[end].color == ""; end++ {
		}
		for m := i; m < end && m < len(ts); m++ {
			ts[m].neg, ts[m].used, ts[m].lex = true, true, false
		}
		i = end - 1
	}
}
