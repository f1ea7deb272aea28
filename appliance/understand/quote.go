package understand

import "strings"

// A reply to a quote the shop sent: "بخصوص عرض السعر اللي بعتوه امبارح:
// موافقين على …، بس شيلوا الصنفرة", "بالإشارة لعرض السعر رقم ١١٤، نعتمد …
// ويُلغى بند …", "Regarding your quote: we approve …, drop the …". The
// reference to the quote (to the first separator) is placed and tells of
// no earlier purchase; approving is ordering (orderCues); what is removed
// from it is not ordered (negationCues).

// quoteRef sets aside a reference to the shop's quote that opens the
// message, up to the first separator, and returns where the request after
// it starts (0 when there is none).
func quoteRef(ts []token) int {
	first := 0
	for first < len(ts) && ts[first].sep {
		first++
	}
	if a := first; a+1 < len(ts) && (approving(ts[a]) || subjects[ts[a].lowSurface()] && approving(ts[a+1]) && !ts[a+1].sep && func() bool { a++; return true }()) {
		return approvedRef(ts, a) // "موافق على عرض السعر بتاع …", "we approve your quote for …"
	}
	if first+1 >= len(ts) || !refCues[ts[first].text] && !refCues[ts[first].lowSurface()] {
		return 0
	}
	end := first + 1
	for end < len(ts) && !ts[end].sep {
		end++
	}
	quote := false
	for k := first + 1; k < end && k <= first+3; k++ {
		w := ts[k].lowSurface()
		quote = quote || quoteWords[ts[k].text] || quoteWords[w] || quoteWords[strings.TrimPrefix(ts[k].text, "ل")]
	}
	if !quote || end >= len(ts) {
		return 0
	}
	for k := first; k < end; k++ {
		ts[k].aside, ts[k].used, ts[k].lex, ts[k].color = true, true, false, ""
	}
	return end
}

// approvedRef: an approval opening the message names the quote it
// approves ("موافق على عرض السعر بتاع الشيش …", "we approve your quote
// for …"): the words naming the quote are set aside (no price asked), and
// the request starts after them; 0 when no quote is named.
func approvedRef(ts []token, first int) int {
	for k := first + 1; k < len(ts) && k <= first+4 && !ts[k].sep; k++ {
		w := ts[k].lowSurface()
		if !quoteWords[ts[k].text] && !quoteWords[w] && !quoteWords[strings.TrimPrefix(ts[k].text, "ل")] {
			continue
		}
		end := k + 1
		for end < len(ts) && !ts[end].sep && (priceCues[ts[end].text] || priceCues[wordKey(ts[end].surface)] || quoteOf[wordKey(ts[end].lowSurface())] || articles[ts[end].lowSurface()]) {
			end++ // "عرض السعر بتاع", "your quote for"
		}
		end = sentClause(ts, end)
		if end >= len(ts) {
			return 0
		}
		for j := first + 1; j < end; j++ {
			ts[j].aside, ts[j].used, ts[j].lex, ts[j].color = true, true, false, ""
		}
		return end
	}
	return 0
}

// sentClause: a relative clause on a past verb right after the quote's
// words ("عرض السعر اللي بعتهولي امبارح", "the quote you sent") tells when
// it was sent, no purchase: the reference ends after it (and the words
// of time it takes).
func sentClause(ts []token, k int) int {
	if k+1 >= len(ts) || ts[k].sep || ts[k+1].sep {
		return k
	}
	switch {
	case relative(ts[k]) && pastVerb(ts[k+1].text):
		k += 2
	case ts[k].lowSurface() == "you" && boughtEn[ts[k+1].lowSurface()] || ts[k].lowSurface() == "you" && ts[k+1].lowSurface() == "sent":
		k += 2
	default:
		return k
	}
	for k < len(ts) && !ts[k].sep && (pastWords[ts[k].text] || pastWords[ts[k].lowSurface()] || timeNouns[ts[k].text] || sentWhen[ts[k].lowSurface()]) {
		k++
	}
	return k
}

// sentWhen tell in English when a quote was sent: "yesterday", "last week".
var sentWhen = set("yesterday", "today", "earlier", "last", "this", "week", "morning")

// approving: t approves a quote ("موافق", "نعتمد", "we approve").
func approving(t token) bool {
	w := t.lowSurface()
	for _, a := range approveCues {
		if t.text == a || w == a {
			return true
		}
	}
	return false
}

// subjects say who approves: "we approve", "احنا موافقين".
var subjects = set("we", "i", "احنا", "انا", "e7na", "ana")

// quoteOf join the quote to what it is for: "بتاع", "الخاص", "for".
var quoteOf = set("بتاع", "بتاعت", "بتاعكم", "الخاص", "for", "of", "on", "بتاعة", "bta3", "beta3")

// refCues refer to something sent before: "بخصوص", "بالإشارة", "regarding".
var refCues = set("بخصوص", "بالاشاره", "بالنسبه", "بالنسبة", "اشاره", "regarding", "re", "ref", "reference", "further", "following", "as")

// quoteWords name the shop's quote: "عرض السعر", "العرض", "quote".
var quoteWords = set("عرض", "العرض", "لعرض", "عرضكم", "quote", "quotation", "offer", "proforma", "3ard", "el3ard")

// approveCues accept a quote: an order (orderCues holds them).
var approveCues = []string{"موافقين", "موافق", "mwafe2", "mowafe2", "mwafe2in", "mowafe2een", "موافقه", "نوافق", "اوافق", "اعتمدنا", "اعتمدت", "نعتمد", "معتمد", "approve", "approved", "accept", "accepted", "confirm"}

// removeCues take a line off a quote: not ordered (negationCues holds
// them): "شيلوا الصنفرة", "والغوا الشراع", "ويُلغى بند …", "drop the …".
var removeCues = []string{"شيلوا", "شيلو", "شيل", "شيلي", "الغوا", "الغو", "الغي", "يلغي", "نلغي", "هنلغي", "تلغي", "remove", "drop", "cancel", "delete"}

func init() {
	for _, w := range approveCues {
		orderCues[w] = true
	}
	for _, w := range removeCues {
		negationCues[w] = true
	}
}
