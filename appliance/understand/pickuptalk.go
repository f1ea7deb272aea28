package understand

import "strings"

// Talk around an order: when the customer comes to take the goods, where
// they go and how they are paid — context, never goods nor words the box
// does not understand.

// spanWhen sets aside a span of time said after a preposition of when —
// "I'll pick them up in 20 minutes", "هعدي اخدهم كمان ٢٠ دقيقة", "بعد
// ساعة", "خلال ساعتين", Franco "kaman 20 di2i2a", "ba3d sa3a": when the
// goods are collected or brought, never a count of them nor words
// unexplained. The span is a figure (or "a"/"an", "ربع"/"نص") and a noun
// of minutes, hours or days, or a dual of them ("ساعتين", "يومين"); a
// figure before anything else ("in 2 boxes") is left as said.
func spanWhen(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].sep || !spanOpeners[strings.TrimPrefix(ts[i].lowSurface(), "و")] {
			continue
		}
		end := spanEnd(ts, i+1)
		if end < 0 {
			continue
		}
		for k := i; k < end; k++ {
			t := &ts[k]
			if isNumber(t.text) {
				t.text = "#" + t.text
			}
			t.used, t.neg, t.aside, t.lex, t.color = true, true, true, false, ""
		}
		i = end - 1
	}
}

// spanEnd: where a span of time starting at j ends (after its noun), or
// -1 when no span starts there.
func spanEnd(ts []token, j int) int {
	if j >= len(ts) || ts[j].sep {
		return -1
	}
	w := wordKey(ts[j].lowSurface())
	if ts[j].lex && !ts[j].fuzzy {
		return -1 // "وكمان ساعة حائط": also a clock the shop sells
	}
	if spanDuals[w] || spanOne[w] {
		return j + 1 // "كمان ساعتين", "بعد ساعة", "ba3d yomen"
	}
	if !isNumber(ts[j].text) && !spanSome[w] {
		return -1
	}
	n := j + 1
	if n >= len(ts) || ts[n].sep {
		return -1
	}
	if (spanNouns[wordKey(ts[n].lowSurface())] || spanNouns[ts[n].text]) && !(ts[n].lex && !ts[n].fuzzy) {
		return n + 1
	}
	return -1
}

var (
	// spanOpeners: in, within, after, more (كمان: from now).
	spanOpeners = set("in", "within", "after", "بعد", "خلال", "كمان", "kaman", "kamaan", "ba3d", "khelal", "5elal")
	// spanSome: "a", "an", a quarter, a half before the noun.
	spanSome = set("a", "an", "ربع", "نص", "نصف", "rob3", "nos", "noss", "half", "quarter")
	// spanNouns: minutes, hours, days, as said and as Franco writes
	// them.
	spanNouns = set("minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
		"دقيقه", "دقايق", "دقائق", "ساعه", "ساعات", "يوم", "ايام",
		"di2i2a", "de2i2a", "d2i2a", "da2aye2", "da2ayi2", "sa3a", "sa3at", "youm", "yom", "ayam")
	// spanOne: an hour, a day, said with no figure in Arabic and
	// Franco.
	spanOne = set("ساعه", "يوم", "دقيقه", "sa3a", "youm", "yom", "de2i2a", "di2i2a")
	// spanDuals: two hours, two days, two minutes.
	spanDuals = set("ساعتين", "يومين", "دقيقتين", "sa3ten", "sa3teen", "yomen", "yomeen", "de2i2ten")
)

// deliveredTo sets aside the address the goods are delivered to, said
// after the delivery and "to"/"على" with no colon — "delivered to 9
// Gameat El Dowal street", "deliver to building 4, flat 8", "التوصيل على
// ١٢ شارع الجيش", "على العنوان ده ٢٢ شارع عباس العقاد", Franco "el
// tawsil 3ala 5 share3 el nasr": the delivery stays a line of its own
// (once), the address's words and figures are where it goes. The address
// must read as one (addressLike: a part told by number or a known area).
func deliveredTo(ts []token) {
	for i := 1; i+1 < len(ts); i++ {
		if ts[i].sep || !toWords[ts[i].lowSurface()] {
			continue
		}
		start := i + 1
		if start < len(ts) && !ts[start].sep && addressIntro[shopKey(ts[start])] {
			start++ // "على العنوان ده …", "to the address …"
			if start < len(ts) && !ts[start].sep && addressThis[shopKey(ts[start])] {
				start++
			}
		} else if ts[i-1].sep || !deliveredVerbs[strings.TrimPrefix(ts[i-1].lowSurface(), "و")] && !deliveredVerbs[ts[i-1].text] {
			continue
		}
		end := clauseEnd(ts, start)
		if end == start || !addressLike(ts[start:end], true) || !numberedPart(ts[start:end]) {
			continue // ("delivery to Alexandria": the region picks the delivery)
		}
		for k := i; k < end; k++ {
			t := &ts[k]
			if k >= start && isNumber(t.text) {
				t.text = "#" + t.text
			}
			t.used, t.aside, t.lex, t.color = true, true, false, ""
		}
		i = end
	}
}

// numberedPart: ts tell a part of an address by number — a street, a
// building, a floor or a flat with a figure or an ordinal beside it ("9
// Gameat El Dowal street", "عمارة ١٢", "الدور التاني") — not only an area,
// which may choose the delivery sold.
func numberedPart(ts []token) bool {
	figure, noun := false, false
	for k, t := range ts {
		figure = figure || isNumber(t.text)
		noun = noun || addressNoun(t.surface)
		if addressNoun(t.surface) && k+1 < len(ts) && ordinalWords[wordKey(ts[k+1].lowSurface())] {
			return true
		}
	}
	return figure && noun
}

var (
	// toWords: to, on (an address).
	toWords = set("to", "على", "علي", "3ala", "3la", "ala")
	// deliveredVerbs: the delivery, or its verb, before "to".
	deliveredVerbs = set("delivered", "deliver", "delivery", "sent", "send", "shipped", "ship",
		"التوصيل", "توصيل", "التوصيله", "الشحن", "شحن", "وصلوها", "وصلوهم", "وصلوه", "توصلوها", "توصلوهم", "توصلوه", "tawsil", "tawseel", "el tawsil")
)

// englishTo: token k, a Latin word, is the place "to" governs, with a
// possessive or "the" between ("to our clinic", "to my office", "to the
// site"): where the goods go, as "for" says what they are for
// (englishFor) and Arabic says with ل.
func englishTo(ts []token, k int) bool {
	if !isLatinWord(ts[k].surface) || ts[k].lex || isNumber(ts[k].text) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !ts[j].sep; j-- {
		if ts[j].lowSurface() == "to" {
			// "to our clinic", "to our new clinic": the owner first, then
			// words the shop does not sell
			if j+1 == k || !placeOwners[ts[j+1].lowSurface()] {
				return false
			}
			for m := j + 2; m < k; m++ {
				if !isLatinWord(ts[m].surface) || ts[m].lex || isNumber(ts[m].text) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// placeOwners: whose the place is, or "the".
var placeOwners = set("our", "my", "the", "his", "her", "their")

// passedToTake: the word at k is Franco's shortened "I'll pass by"
// ("hadi", "hady" of هعدي) with "I take them" right after it, or that
// taking after it — "hadi a5odhom": when the goods are collected, never
// goods (comingToCollect reads the full spellings).
func passedToTake(ts []token, k int) bool {
	if ts[k].sep {
		return false
	}
	w := ts[k].lowSurface()
	if shortPass[w] {
		return k+1 < len(ts) && !ts[k+1].sep && collectTakes[ts[k+1].lowSurface()]
	}
	return collectTakes[w] && k > 0 && !ts[k-1].sep && shortPass[ts[k-1].lowSurface()]
}

// shortPass: Franco "هعدي" written without its ع.
var shortPass = set("hadi", "hady", "hade", "hadii", "7adi", "7ady")
