package understand

import (
	"strings"

	"fatoora/catalog"
)

// Add-ons that take the group or the months of the line before (h40g).
//
// "احنا ٣ عايزين تذكرة يوم وقياس إن بودي", Franco "e7na 3 3ayzeen
// tazkaret yom w inbody", "we are 3, we want a day pass and an InBody
// test": a work done on a person (personalService) joined by و to a line
// that took the group one for each (a ticket, a line priced per person),
// with no count and no one of its own, is the group's too — each of them
// has it done. Goods beside it keep their count.
//
// "اشتراك جيم ٣ شهور ودولاب خاص للتلات شهور", Franco "… w locker lel 3
// shohor", "… and a locker for the 3 months": a line priced by the month
// followed by "for (the) N months" is N of its months.

// groupAddOns gives such a line the group's count.
func groupAddOns(ts []token, g groupSaid, items []Item) {
	if g.n < 2 {
		return
	}
	n := catalog.MilliFromFloat(g.n)
	_, ffrom, fto := forGroup(ts)
	for k := 1; k < len(items); k++ {
		it, prev := &items[k], items[k-1]
		if it.end == 0 || prev.end == 0 || it.Quantity != catalog.One || prev.Quantity != n || it.start < g.to ||
			!everyProduct(prev, ticketNamed) && !perHeadLine(prev) || !everyProduct(*it, personalService) ||
			sepBetween(ts, prev.start, it.start) || !joinedAt(ts, it.start) || countSaidIn(ts, it.start, it.end) || ownRecipient(ts, items, k, ffrom, fto) {
			continue
		}
		it.Quantity, it.uncounted = n, false
		it.Missing = without(it.Missing, "count")
	}
}

// joinedAt: the line at i opens with و ("وقياس", Franco "w inbody", "and
// an InBody").
func joinedAt(ts []token, i int) bool {
	if i < 0 || i >= len(ts) {
		return false
	}
	if ts[i].conj || strings.HasPrefix(ts[i].surface, "و") {
		return true
	}
	p := surfaceAt(ts, i-1)
	return p == "و" || p == "w" || p == "we" || p == "and" || i > 1 && (p == "a" || p == "an") && surfaceAt(ts, i-2) == "and"
}

// monthsForLine: a line priced by the month with no count, then "for
// (the) N months" in its part ("للتلات شهور", "لمدة ٣ شهور", "lel 3
// shohor", "for the 3 months"): N — in a shop that names some product by
// its months (a shop counting by the month reads them in monthSpans).
func (r *Rules) monthsForLine(ts []token, items []Item) {
	if r.countsByMonth {
		return
	}
	for k := range items {
		it := &items[k]
		if it.end == 0 || it.Quantity != catalog.One || !everyProduct(*it, byMonth) || countSaidIn(ts, it.start, it.end) {
			continue
		}
		for m := max(it.start, 0); m < len(ts) && !ts[m].sep && (m < it.end || !inOtherLine(items, k, m)); m++ {
			if v, end, ok := monthsFor(ts, m); ok {
				it.Quantity, it.uncounted = catalog.MilliFromFloat(v), false
				it.Missing = without(it.Missing, "count")
				for j := m; j < end; j++ {
					ts[j].used = true
				}
				break
			}
		}
	}
}

// monthsFor: "for (the) N months" at m — a number with "لل"/"ل" on it
// ("للتلات"), or after "ل"/"لمدة"/"for" (and "the"), then months: N, 2 to
// 24, and where it ends.
func monthsFor(ts []token, m int) (float64, int, bool) {
	j := m
	if !ts[j].prep {
		if !monthFor[dayKey(ts[j])] || j+1 >= len(ts) || ts[j+1].sep {
			return 0, 0, false
		}
		j++
		if w := ts[j].lowSurface(); (w == "the" || w == "el") && j+1 < len(ts) && !ts[j+1].sep {
			j++
		}
	}
	v, n, ok := numberAt(ts, j, nil)
	if !ok || j+n >= len(ts) || ts[j+n].sep || v < 2 || v > 24 || v != float64(int(v)) || !monthMany[dayKey(ts[j+n])] {
		return 0, 0, false
	}
	return v, j + n + 1, true
}
