package understand

import "strings"

// visitFor sets aside the goods a visit to measure or to inspect is
// asked for ("ازاي احجز معاد معاينة للمطبخ؟", "عايز حد ييجي ياخد مقاسات
// للدولاب", Franco "me3aynet lel matbakh"): the goods after the visit
// word, written with "ل" ("للمطبخ", "lel"), are what the visit is
// about, no goods asked — the visit is a question for a person (its word
// stays for Result.Service). A visit the shop sells as a product of its
// own (its word a catalog word) is that product's line, left alone.
func visitFor(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		w := keyAt(ts, i)
		if ts[i].sep || ts[i].lex || !visitWords[w] || !serviceTopics[w] && !serviceTopics[ts[i].text] {
			continue // (a visit word no service question is kept for would leave nothing asked)
		}
		j := i + 1
		prefixed := false
		if j < len(ts) && !ts[j].sep && francoFor[ts[j].lowSurface()] {
			j, prefixed = j+1, true // "me3aynet lel matbakh"
		}
		if j >= len(ts) || ts[j].sep || !ts[j].lex || ts[j].color != "" {
			continue
		}
		if !prefixed && !strings.HasPrefix(ts[j].surface, "ل") {
			continue // "معاينة مطبخ" may be a product's name; "للمطبخ" is what it is for
		}
		for k := j; k < len(ts) && !ts[k].sep && ts[k].lex && ts[k].color == ""; k++ {
			ts[k].aside, ts[k].used = true, true
		}
	}
}

// visitWords: a visit to inspect or to measure, or the measuring itself
// ("معاينة", "قياس", "مقاسات" to be taken), Arabic and Franco (only those
// serviceTopics keeps as a question count).
var visitWords = set("معاينه", "المعاينه", "معاينات", "قياس", "القياس", "مقاسات", "المقاسات", "me3ayna", "m3ayna",
	"me3aynet")

// francoFor: Franco's "for the" written apart ("lel matbakh").
var francoFor = set("lel", "lil", "le", "li", "lal")
