package understand

import "strings"

// sizeAsked sets aside an either-or question about the size of goods
// named before, said with the size noun and its pronoun: "الحمامة بكام
// النهارده؟ وحجمها كبير ولا زغاليل صغيرة؟" (and is it big, or small
// squabs?), Franco "we 7agmaha kebir wala soghayar?". The customer asks
// what the goods are like; its size words name no other goods of the shop
// (a large and a small chicken quoted beside the pigeon), and the goods
// said again in it ("زغاليل") are no second line.
func sizeAsked(ts []token) {
	named := false
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		if t.sep {
			continue
		}
		w := strings.TrimPrefix(t.lowSurface(), "و")
		if !sizeOfWords[w] && !sizeOfWords[t.lowSurface()] {
			named = named || t.lex && !t.aside
			continue
		}
		end, or := k+1, false
		for end < len(ts) && !ts[end].sep {
			or = or || orWords[ts[end].lowSurface()]
			end++
		}
		if !named || !or || end >= len(ts) || ts[end].text != "?" {
			continue
		}
		for m := k; m < end; m++ {
			ts[m].aside, ts[m].used, ts[m].lex, ts[m].color, ts[m].dual = true, true, false, "", false
		}
		k = end
	}
}

// sizeOfWords: the size noun with an owner's pronoun ("حجمها": its size),
// Franco too.
var sizeOfWords = set("حجمها", "حجمه", "حجمهم", "حجمو", "7agmaha", "7agmha", "7agmo", "7agmoh", "7agmohom")
