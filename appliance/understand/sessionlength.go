package understand

import (
	"strings"

	"fatoora/catalog"
)

// How long each session lasts is no line (h40g). "رياضيات تالتة ثانوي
// اشتراك شهر والحصة ساعتين", Franco "… w el 7esa sa3teen": after a line,
// a definite noun alone ("الحصة", "الجلسة": the session of what was just
// ordered) with a length of time after it says how long each of them is —
// a nominal sentence, never an order of the hourly line that noun may
// also name — when the noun is a word of an earlier line's names (the
// subject's "(اشتراك شهر - 8 حصص)"): what it is sold in. Said of goods
// with no such word ("طباعة ٥٠ صورة والجلسة ساعة"), the session is a line
// of its own. An order says it indefinite ("وحصة برايفت ساعتين").

// sessionLengthTold drops such a line: its words are the line's talk.
func (r *Rules) sessionLengthTold(ts []token, items []Item) []Item {
	out := items[:0]
	for k, it := range items {
		if at, ok := lengthTold(ts, it); ok && k > 0 && r.soldInSessions(items[:k], ts, at) {
			for m := max(it.start, 0); m < it.end && m < len(ts); m++ {
				ts[m].used, ts[m].aside = true, true
			}
			continue
		}
		out = append(out, it)
	}
	return out
}

// lengthTold: line it is a definite noun (its article a word of its own
// in Franco, "el 7esa") and then hours, nothing else: where the noun is.
func lengthTold(ts []token, it Item) (int, bool) {
	i, to := it.start, min(it.end, len(ts))
	if it.end == 0 || i < 0 || i >= to {
		return 0, false
	}
	if w := ts[i].lowSurface(); (w == "el" || w == "wel") && i+1 < to {
		i++
	} else if !definite(ts[i].surface) {
		return 0, false
	}
	if ts[i].sep || !ts[i].lex || i+1 >= to {
		return 0, false
	}
	h, end, ok := hoursAt(ts, i+1)
	// its count one, or the hours read as its count
	return i, ok && end == to && (it.Quantity == catalog.One || it.Quantity == catalog.MilliFromFloat(h))
}

// soldInSessions: some line of items is of a product whose names hold the
// noun at ts[at] — as the lexicon reads it, or in the Arabic name in a
// plural of its stem ("حصص" of "الحصة", "جلسات" of "الجلسة").
func (r *Rules) soldInSessions(items []Item, ts []token, at int) bool {
	stem := []rune(strings.TrimSuffix(wordKey(strings.TrimPrefix(strings.TrimPrefix(ts[at].surface, "و"), "ال")), "ه"))
	for _, it := range items {
		i := r.indexOf(it.Product)
		if it.Product == nil || i < 0 {
			continue
		}
		if r.lx.info[i].all[ts[at].text] {
			return true
		}
		for _, k := range keysOf(it.Product.NameAr) {
			if kr := []rune(k); len(stem) >= 2 && isArabicWord(k) && len(kr) <= len(stem)+2 && strings.HasPrefix(k, string(stem)) {
				return true
			}
		}
	}
	return false
}
