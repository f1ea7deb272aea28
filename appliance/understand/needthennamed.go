package understand

import "strings"

// needThenNamed drops a line said first as a need described — in a
// clause of "محتاج/محتاجة" (needs), no figure, colour or size of its own
// ("والدتي محتاجة نظارة بعيد وقريب في نفس العدسة") — whose product a
// later clause, opened by a want-verb after a comma, names again with no
// figure either ("، عايزين فريم … بعدسات بروجريسف"): the need told, then
// the goods that meet it, one line. A later line of more of them
// ("كمان", "تاني", "زيادة") is another line.
func needThenNamed(ts []token, items []Item) []Item {
	drop := -1
	for k, it := range items {
		if it.Product == nil || it.Color != "" || len(it.DimsCM) > 0 || it.end <= 0 || figureSaid(it.Phrase) || !needInClause(ts, it.start) {
			continue
		}
		for j := k + 1; j < len(items); j++ {
			o := items[j]
			if o.Product != it.Product {
				continue
			}
			if o.end > 0 && o.start > it.start && !figureSaid(o.Phrase) && wantOpensClause(ts, it.end-1, o.start) && !moreAround(ts, o) {
				drop = k
			}
			break
		}
		if drop >= 0 {
			break
		}
	}
	if drop < 0 {
		return items
	}
	return append(items[:drop:drop], items[drop+1:]...)
}

// needInClause: a word of needing ("محتاج", "محتاجة", "محتاجين", "needs")
// comes before token at in its clause (back to a separator).
func needInClause(ts []token, at int) bool {
	for x := min(at, len(ts)) - 1; x >= 0 && !ts[x].sep; x-- {
		if needsWords[strings.TrimPrefix(ts[x].lowSurface(), "و")] {
			return true
		}
	}
	return false
}

// needsWords: needing, said of the teller or another ("والدتي محتاجة").
var needsWords = set("محتاج", "محتاجه", "محتاجين", "needs", "me7tag", "me7taga", "me7tageen")

// wantOpensClause: between from and to a comma ends the earlier clause and
// the clause holding to opens with a want-verb ("، عايزين …").
func wantOpensClause(ts []token, from, to int) bool {
	last := -1
	for x := max(from, 0); x < to && x < len(ts); x++ {
		if ts[x].sep {
			last = x
		}
	}
	if last < 0 || ts[last].text != "," || last+1 >= len(ts) {
		return false
	}
	n := ts[last+1]
	return !n.sep && (orderCues[n.text] || orderCues[strings.TrimPrefix(n.text, "و")]) && !needsWords[n.lowSurface()]
}

// moreAround: "more", "too", "extra" said at the line o ("وكمان …").
func moreAround(ts []token, o Item) bool {
	for x := max(o.start-1, 0); x < o.end && x < len(ts); x++ {
		w := strings.TrimPrefix(ts[x].text, "و")
		if !ts[x].sep && (moreWords[w] || tooWords[w] || w == "زياده" || w == "extra") {
			return true
		}
	}
	return false
}
