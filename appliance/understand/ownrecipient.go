package understand

import "strings"

// forOne: token m says one person a line is for — "ليا", "لي", "ل" on
// one relative ("لبنتي", "لأختي", "لماما"), Franco "liya", "leya",
// English "for me" or "for my son" with no "and" after it — and no group.
func forOne(ts []token, m int) bool {
	w := strings.TrimPrefix(surfaceAt(ts, m), "و")
	if w == "for" {
		k := m + 1
		if surfaceAt(ts, k) == "my" || surfaceAt(ts, k) == "our" {
			k++
		}
		p := surfaceAt(ts, k)
		return (p == "me" || englishPersons[p]) && surfaceAt(ts, k+1) != "and"
	}
	if oneForWords[w] {
		return true
	}
	st, ok := strings.CutPrefix(w, "ل")
	if !ok || st == "" {
		return false
	}
	return personOnes[wordKey(st)] || personOnes[wordKey("ا"+st)] || personOnes[wordKey("ال"+st)] || kinOf(st) || kinOf(wordKey(st)) ||
		mamaWords[st]
}

// oneForWords: "for me", as one word.
var oneForWords = set("ليا", "لي", "liya", "leya", "lia", "leeya")

// ownRecipient: line k names who it is for in its own part — a "for" of
// one person (forOne) among its words or the words after it, before
// the next line or a pause, outside the group's words from..to ("… وفتلة وش كامل
// ليا", "قص شعر ليا وسشوار … ليا ولبنتي"): a group said for another
// line never reaches it.
func ownRecipient(ts []token, items []Item, k, from, to int) bool {
	for m := max(items[k].start, 0); m < len(ts) && !ts[m].sep && (m < items[k].end || !inOtherLine(items, k, m)); m++ {
		if (m < from || m >= to) && !(ts[m].lex && !ts[m].prep) && forOne(ts, m) {
			return true
		}
	}
	return false
}

// inOtherLine: token m is among the words of a line other than k.
func inOtherLine(items []Item, k, m int) bool {
	for j, it := range items {
		if j != k && it.end > 0 && it.start <= m && m < it.end {
			return true
		}
	}
	return false
}

// groupSplit: the "for" of several people at from..to sits between two
// lines, right after one and right before the next with no و joining it
// ("مانيكير ليا ولبنتي باديكير": for me a manicure, for my daughter a
// pedicure): its people are shared out between the lines, not one for
// each of them on either; who has which stays asked.
func groupSplit(ts []token, items []Item, from, to int) bool {
	before, after := false, false
	for _, it := range items {
		if it.end == 0 {
			continue
		}
		if it.start < from && from <= it.end {
			before = true
		}
		if it.start == to && to < len(ts) && !ts[to].sep && !ts[to].conj && !strings.HasPrefix(ts[to].surface, "و") {
			after = true
		}
	}
	return before && after
}

// allOfUsAfter: "كلنا", "all of us" said right after line k, before the
// next line or a pause ("صورة دم كاملة كلنا ودهون ليا"): that line is
// for the whole group.
func allOfUsAfter(ts []token, items []Item, k int) (int, bool) {
	for m := max(items[k].start, 0); m < len(ts) && !ts[m].sep && (m < items[k].end || !inOtherLine(items, k, m)); m++ {
		if allOfUs[strings.TrimPrefix(surfaceAt(ts, m), "و")] {
			return m, true
		}
		if surfaceAt(ts, m) == "all" && surfaceAt(ts, m+1) == "of" && surfaceAt(ts, m+2) == "us" {
			return m, true
		}
	}
	return 0, false
}
