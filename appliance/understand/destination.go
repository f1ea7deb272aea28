package understand

import "strings"

// destinationLines drops a line priced per person that names the place
// the customer (or a group) is going to — right after a participle of
// going ("احنا ٤ صحاب رايحين شرم", "مسافرين الغردقة", "we're going to
// Sharm") or after a place's preposition in that clause ("رايحين فرح
// صاحبنا في الغردقة"), no verb of wanting between: where they go is
// talk, no trip ordered ("عايزين رحلة شرم" orders it).
// The group told and the going words are talk then too. The place alone,
// with no other goods, stays the line asked of ("احنا ٤ رايحين شرم، بكام؟").
func destinationLines(ts []token, g groupSaid, items []Item) []Item {
	gone := make([]bool, len(items))
	kept := 0
	for n, it := range items {
		gone[n] = it.end > 0 && perHeadLine(it) && goneTo(ts, goodsStart(ts, it)) >= 0
		if !gone[n] {
			kept++
		}
	}
	if kept == 0 || kept == len(items) {
		return items
	}
	out := make([]Item, 0, kept)
	for n, it := range items {
		if !gone[n] {
			out = append(out, it)
			continue
		}
		for k := goneTo(ts, goodsStart(ts, it)); k < goodsStart(ts, it); k++ {
			ts[k].used = true // "رايحين فرح صاحبنا في": where they go
		}
	}
	if g.n >= 2 {
		for k := g.from; k < g.to && k < len(ts); k++ {
			ts[k].used, ts[k].aside = true, true // who goes, no figure of the goods
		}
	}
	return out
}

// goneTo: the words at start name where a participle of going before
// them, in the same clause, goes: the participle's place, or -1.
func goneTo(ts []token, start int) int {
	if start <= 0 || start > len(ts) {
		return -1
	}
	for k := start - 1; k >= 0 && !ts[k].sep; k-- {
		w := ts[k].lowSurface()
		if wantVerbs[w] || wantVerbs[ts[k].text] || wantsEn[w] {
			return -1
		}
		if destinationWords[strings.TrimPrefix(wordKey(w), "و")] || destinationWords[w] {
			before := start - 1
			if apartArticles[surfaceAt(ts, before)] || surfaceAt(ts, before) == "the" {
				before-- // "going to the boat trip"
			}
			if k == before || goneToPreps[surfaceAt(ts, before)] {
				return k
			}
			return -1
		}
	}
	return -1
}

var (
	// destinationWords: participles of going somewhere.
	destinationWords = set("رايح", "رايحه", "رايحين", "نازل", "نازلين", "مسافر", "مسافره", "مسافرين", "طالعين", "ray7", "ray7in",
		"raye7", "raye7in", "mesafer", "mesafrin", "msafrin", "mesafreen", "nazlin", "nazleen", "going", "heading", "travelling",
		"traveling", "flying")
	// goneToPreps: the prepositions before a place gone to.
	goneToPreps = set("في", "فى", "الى", "إلى", "لـ", "to", "in", "fi", "f", "le")
)

// goodsStart: where the line's goods words begin, after a count said
// before them ("4 friends going to the boat trip").
func goodsStart(ts []token, it Item) int {
	for k := it.start; k < it.end && k < len(ts); k++ {
		if ts[k].lex && !isNumber(ts[k].text) {
			return k
		}
	}
	return it.start
}
