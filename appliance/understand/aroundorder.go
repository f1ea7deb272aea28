package understand

import "strings"

// Words around an order that say how it is asked, who it is for and how
// it is taken and paid — the request's own verb ("book me", "تحجزولنا",
// "سجلي"), the relatives the goods are for ("for my father and uncle",
// "لابن عمي") and the customer's plan to come, collect or pay ("I'll pay
// at the reception on Saturday", "I'll pick them up after his class"):
// context, never goods nor words the box does not understand. Only words
// no product of the catalog reads come here (unexplained skips those).

// aroundOrder: the word at k is one of the words around an order.
func aroundOrder(ts []token, k int) bool {
	return requestVerb(ts, k) || kinRecipient(ts, k) || comingOrPaying(ts, k)
}

// requestVerb: the word at k asks the shop to book or to register — the
// Arabic verb of حجز or سجل in its request's persons ("احجزلي",
// "تحجزولنا", "هتحجزلي", "سجلي", "تسجلني"), Franco's ("e7gezli",
// "te7gezolna", "sagelni") or English "book", "reserve", "register",
// "enrol" with its object after it ("book me a …", "register us for …").
func requestVerb(ts []token, k int) bool {
	t := ts[k]
	if t.sep {
		return false
	}
	w := strings.TrimPrefix(t.text, "و")
	if bookingVerb(w) || bookingVerb(t.text) || francoBooking[wordKey(t.lowSurface())] {
		return true
	}
	if !englishBooking[wordKey(t.lowSurface())] || k+1 >= len(ts) || ts[k+1].sep {
		return false
	}
	return bookingObjects[wordKey(ts[k+1].lowSurface())] || isNumber(ts[k+1].text) // "book 4 private lessons"
}

// bookingVerb: w is a verb of booking (حجز) or registering (سجل) asked of
// the shop: a person's prefix (ا, ت, هت, بت, ن) or none, the stem, and
// the object or the plural after it ("لي", "ولنا", "وا", "ني") — never
// the bare stem, a noun ("سجل": a record).
func bookingVerb(w string) bool {
	for _, stem := range []string{"حجز", "سجل"} {
		at := strings.Index(w, stem)
		if at < 0 {
			continue
		}
		pre, suf := w[:at], w[at+len(stem):]
		if !bookingPrefixes[pre] || !bookingSuffixes[suf] || pre == "" && suf == "" {
			continue
		}
		return true
	}
	return false
}

var (
	// bookingPrefixes: I (ا), you (ت), will you (هت), do you (بت), we (ن).
	bookingPrefixes = set("", "ا", "ت", "هت", "بت", "ن", "هن", "ه")
	// bookingSuffixes: for me, for us, you all, me — as the request
	// says them.
	bookingSuffixes = set("", "لي", "ولي", "لنا", "ولنا", "وا", "و", "ي", "ني", "وني", "نا", "لو", "وله", "له", "لها", "ولها", "لهم", "ولهم")
	// francoBooking: the same verbs as Franco writes them.
	francoBooking = set("e7gez", "e7gezli", "e7gezly", "e7gezolna", "e7gezlna", "e7gezoli", "te7gezli", "te7gezly", "te7gezoli",
		"te7gezolna", "te7gezlna", "sagelni", "sagelny", "sagelli", "tesagelni", "tesagelli", "sagelna")
	// englishBooking: book, reserve, register, enrol.
	englishBooking = set("book", "reserve", "register", "enroll", "enrol", "sign")
	// bookingObjects: who or what is booked, right after the verb.
	bookingObjects = set("me", "us", "him", "her", "them", "a", "an", "the", "my", "our", "his", "for", "in", "up")
)

// kinRecipient: the word at k is a relative the goods are for — English
// after "for" and an owner, other relatives and "and" between ("for my
// father and uncle", "for my aunt and her cousin"), Arabic with ل
// ("لعمي", "لخالتي") or after ابن or بنت ("لابن عمي", "لبنت خالتي").
func kinRecipient(ts []token, k int) bool {
	t := ts[k]
	if t.sep || isNumber(t.text) {
		return false
	}
	if isLatinWord(t.surface) {
		return englishKinFor(ts, k) || francoKinFor(ts, k)
	}
	w := strings.TrimPrefix(t.text, "و")
	if st, ok := strings.CutPrefix(w, "ل"); ok && arabicKin[st] {
		return true // "لعمي", "ولخالتي"
	}
	if !arabicKin[w] && !kinAfterChild[w] || k == 0 || ts[k-1].sep {
		return false
	}
	p := strings.TrimPrefix(ts[k-1].text, "و")
	p = strings.TrimPrefix(p, "ل")
	return childOf[p] || childOf["ا"+p] // "ابن عمي", "لابن خالي", "لبنت خالتي"
}

// englishKinFor: the Latin word at k is a relative and, back through its
// clause over relatives, owners, "and", the commas of a list and the
// customer ("for me and my wife"), "for" governs it.
func englishKinFor(ts []token, k int) bool {
	w := wordKey(ts[k].lowSurface())
	if !englishKin[w] && !englishPersons[w] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8 && (!ts[j].sep || listComma(ts, j)); j-- {
		p := wordKey(ts[j].lowSurface())
		switch {
		case p == "for":
			return true
		case ts[j].sep || p == "me" || p == "myself":
			continue // "for me, my wife and my son": the list's comma, the customer
		case p == "and" || p == "&" || determiners[p] || englishKin[p] || englishPersons[p]:
			continue
		}
		return false
	}
	return false
}

// francoKinFor: the Franco word at k is a relative after "le" or "lel"
// (for) or after "ebn"/"bent" that follows one ("le 3ammi", "le ebn
// 5ali").
func francoKinFor(ts []token, k int) bool {
	w := wordKey(ts[k].lowSurface())
	if francoChild[w] && k+1 < len(ts) && !ts[k+1].sep && francoKin[wordKey(ts[k+1].lowSurface())] {
		return francoKinFor(ts, k+1) // "ebn" of "le ebn 5ali"
	}
	if !francoKin[w] || k == 0 || ts[k-1].sep {
		return false
	}
	p := wordKey(ts[k-1].lowSurface())
	if francoFor[p] || p == "l" {
		return true
	}
	return francoChild[p] && k >= 2 && !ts[k-2].sep && (francoFor[wordKey(ts[k-2].lowSurface())] || ts[k-2].lowSurface() == "l")
}

var (
	// francoKin: uncles, aunts, grandparents as Franco writes them.
	francoKin = set("3ammi", "3ammy", "3amti", "3amty", "5alti", "5alty", "khalti", "5ali", "5aly", "geddi", "geddy", "gedda", "teta", "tita", "nesibi")
	// francoChild: son of, daughter of.
	francoChild = set("ebn", "ibn", "bent", "bint")
	// englishKin: relatives beyond those englishPersons names (read
	// together with it).
	englishKin = set("granny", "nephew", "niece",
		"fiance", "fiancee", "grandson", "granddaughter", "parent", "parents", "kids", "children", "sons", "daughters", "brothers", "sisters")
	// arabicKin: a father's or a mother's side, grandparents, a spouse's
	// family, a fiancé(e), as the tokens hold them ("خالتي", "جدتي").
	arabicKin = set("عمي", "عمتي", "خالتي", "جدي", "جدتي", "جدو", "تيتا", "تيته", "نسيبي", "حمايا", "حماتي", "خطيبي", "خطيبتي",
		"عمو", "خالو", "ابني", "بنتي", "اخويا", "اختي", "ابويا", "امي", "جوزي", "مراتي")
	// kinAfterChild: "خالي" (my maternal uncle) only after ابن or بنت —
	// alone it is "free of".
	kinAfterChild = set("خالي")
	// childOf: son of, daughter of, wife of.
	childOf = set("ابن", "بنت", "ولاد", "مرات", "جوز", "اولاد")
)

// comingOrPaying: the Latin word at k is in a clause where the customer
// says what they will do to take or pay for the order — "I'll pay at the
// reception on Saturday", "I'll pick them up after his class", "we'll
// collect them from your office", "we will come by after work": the
// clause from its verb on, after "will" or its "ll".
func comingOrPaying(ts []token, k int) bool {
	if !isLatinWord(ts[k].surface) || isNumber(ts[k].text) {
		return false
	}
	for j := k; j >= 1 && j >= k-10 && !ts[j].sep; j-- {
		if !takeOrPay[wordKey(ts[j].lowSurface())] {
			continue
		}
		if p := ts[j-1]; !p.sep && (p.lowSurface() == "ll" || p.lowSurface() == "will" || p.lowSurface() == "gonna") {
			return takenAsSaid(ts, j+1)
		}
	}
	return false
}

// takenAsSaid: after the verb of taking or paying at j-1, the goods are
// a pronoun or nothing — "pick them up", "pay at the reception", "come
// by after work" — never goods named again ("I'll pick up the insulin
// pen too" names goods the catalog may not have: they stay unexplained).
func takenAsSaid(ts []token, j int) bool {
	if j < len(ts) && !ts[j].sep && wordKey(ts[j].lowSurface()) == "up" {
		j++
	}
	return j >= len(ts) || ts[j].sep || takenNext[wordKey(ts[j].lowSurface())]
}

// takenNext: a pronoun for the goods, or a preposition of where, when or
// how it is done.
var takenNext = set("them", "it", "up", "by", "at", "from", "after", "before", "on", "in", "when", "with", "via", "cash",
	"online", "tomorrow", "today", "tonight", "later", "there", "myself", "ourselves")

// takeOrPay: coming for the goods, collecting them, paying for them.
var takeOrPay = set("pay", "pick", "collect", "come", "pass", "drop", "stop", "swing", "grab", "settle", "transfer")
