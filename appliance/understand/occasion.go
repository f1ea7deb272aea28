package understand

import "strings"

// occasionThenOrdered drops a line said first with nothing of its own — no
// figure, colour or size — before the message's first want-verb, whose
// product a later line after that want-verb names again: the occasion
// told in the story, then ordered ("عيد ميلاد ابني يوم السبت …، عايزين
// حفلة عيد الميلاد في الملعب"): one line, the one asked for. A later line
// of more of them ("كمان", "تاني", "زيادة") keeps both.
func occasionThenOrdered(ts []token, items []Item) []Item {
	drop := map[int]bool{}
	for k, it := range items {
		if it.Product == nil || it.Color != "" || len(it.DimsCM) > 0 || it.end <= 0 || figureSaid(it.Phrase) || wantBefore(ts, it.start) {
			continue
		}
		for _, o := range items[k+1:] {
			if o.Product == it.Product && o.end > 0 && o.start >= it.end && wantBetween(ts, it.end, o.start) && !moreAround(ts, o) {
				drop[k] = true
				break
			}
		}
	}
	return dropItems(items, nil, drop)
}

// wantBefore: a want-verb is said before token e.
func wantBefore(ts []token, e int) bool {
	return wantBetween(ts, 0, e)
}

// wantBetween: a want-verb lies in tokens [s, e).
func wantBetween(ts []token, s, e int) bool {
	for x := max(s, 0); x < e && x < len(ts); x++ {
		if !ts[x].sep && (orderCues[ts[x].text] || orderCues[strings.TrimPrefix(ts[x].text, "و")]) {
			return true
		}
	}
	return false
}

// occasionIs: the word at k is an occasion ("birthday", "wedding") in an
// English clause that says whose day it is — "it's my brother's
// birthday", "it is our son's birthday", "it's her birthday" — or a word
// of that clause: why the order is placed, told beside it, no goods.
func occasionIs(ts []token, k int) bool {
	for j := k; j < len(ts) && j <= k+5 && !ts[j].sep; j++ {
		if at := occasionClauseAt(ts, j); at >= 0 && at <= k {
			return true
		}
	}
	return false
}

// occasionClauseAt: where "it" opens the clause of the occasion at j ("it's
// my brother's birthday"), or -1.
func occasionClauseAt(ts []token, j int) int {
	if ts[j].sep || !occasionNouns[ts[j].lowSurface()] {
		return -1
	}
	for x := j - 1; x >= 0 && x >= j-5; x-- {
		w := ts[x].lowSurface()
		switch {
		case ts[x].sep:
			return -1
		case w == "it" || w == "its" || w == "this" || w == "that":
			return x
		case w == "s" || w == "is" || w == "my" || w == "our" || w == "his" || w == "her" || w == "their" || w == "the" || w == "be" || w == "will" ||
			englishPersons[w] || englishKin[w]:
			continue
		default:
			return -1
		}
	}
	return -1
}
