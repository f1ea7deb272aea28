package understand

import "strings"

// fallbacks marks a fallback choice said after the one wanted: "عايز
// كنبة رمادي، ولو مش موجودة خليها بني", "ولو خلص هات بيج", "لو الرمادي
// مفيش يبقى بني", Franco "law mesh mawgooda 5aleha bonny", English "if not
// available make it brown", "if you don't have it, beige is fine". The
// customer orders the first choice (its colour, its goods): the box
// invoices it when it is in stock and offers alternatives when it is not,
// and never reads the two colours as one line's or the condition as a
// question of stock. The "if", the words saying it is missing and the
// fallback to the clause's end are set aside (used, no line's words, no
// cue of the intent); the first choice said inside the condition ("لو
// الرمادي مش موجود") stays the customer's.
func fallbacks(ts []token) {
	for i := 0; i < len(ts); i++ {
		if ts[i].sep || !ifWords[keyAt(ts, i)] {
			continue
		}
		cue, end := 0, 0
		for k := i + 1; k < len(ts) && k <= i+4 && !ts[k].sep; k++ {
			if e := unavailableAt(ts, k); e > 0 {
				cue, end = k, e
				break
			}
		}
		if end == 0 || !orderedBefore(ts, i) {
			continue // "عندكم … ؟ لو مفيش …": the first asked, not ordered
		}
		switch {
		case end < len(ts) && ts[end].sep && ts[end].text != "?" && end+1 < len(ts) && !ts[end+1].sep && fallbackVerbs[keyAt(ts, end+1)]:
			end++ // "ولو مش موجودة، خليها بني": the fallback after the pause
			fallthrough
		case end < len(ts) && !ts[end].sep:
			for ; end < len(ts) && !ts[end].sep; end++ {
				if orderCues[ts[end].text] && !fallbackVerbs[ts[end].text] {
					break // "… وعايز كمان ترابيزة": an order of its own
				}
			}
		}
		if end < len(ts) && ts[end].sep && ts[end].text == "?" {
			continue // "لو الرمادي مش موجود عندكم بيج؟": a question
		}
		ts[i].used, ts[i].aside, ts[i].fallback = true, true, true
		for k := cue; k < end; k++ {
			t := &ts[k]
			if t.sep {
				t.used = true
				continue
			}
			t.used, t.aside, t.fallback, t.lex, t.color = true, true, true, false, ""
		}
		i = end
	}
}

// unavailableAt: the words at k say the goods are missing — "مش موجود(ة)",
// "مش متوفر", "مش عندكم", "مفيش", "خلص", "خلصت", Franco "mesh mawgood",
// "mafish", "5eles", English "not available", "out of stock", "don't
// have", "sold out", "unavailable": the token after them; 0 when not.
func unavailableAt(ts []token, k int) int {
	w := strings.TrimPrefix(ts[k].lowSurface(), "و")
	next := func(n int) string {
		if k+n < len(ts) && !ts[k+n].sep {
			return ts[k+n].lowSurface()
		}
		return ""
	}
	switch {
	case goneWords[wordKey(w)]:
		return k + 1
	case missingNot[wordKey(w)] && availWords[wordKey(next(1))]:
		return k + 2
	case missingNot[wordKey(w)] && next(1) == "in" && next(2) == "stock":
		return k + 3
	case (w == "don't" || w == "dont" || w == "doesn't" || w == "doesnt") && next(1) == "have":
		return k + 2
	case (w == "don" || w == "doesn") && next(1) == "t" && next(2) == "have":
		return k + 3 // "don't" as the reader splits it
	case (w == "do" || w == "does") && next(1) == "not" && next(2) == "have":
		return k + 3
	case (w == "out" && next(1) == "of" && next(2) == "stock"):
		return k + 3
	case w == "sold" && next(1) == "out":
		return k + 2
	}
	return 0
}

var (
	// goneWords: none left ("مفيش", "خلص", "نفد").
	goneWords = set("مفيش", "مافيش", "مفيهوش", "مفيهاش", "مفيهمش", "خلص", "خلصت", "خلصان", "خلصانه", "خلصانة", "نفد", "نفذ", "نفدت", "نفذت",
		"mafish", "mafeesh", "mafesh", "mafeeesh", "5eles", "5elset", "kheles", "khelset", "unavailable")
	// missingNot negate what follows.
	missingNot = set("مش", "مو", "مب", "mesh", "msh", "mish", "not", "isn't", "isnt", "aren't", "arent", "is't")
	// availWords: there, in stock, at the shop.
	availWords = set("موجود", "موجوده", "موجودة", "موجودين", "متوفر", "متوفره", "متوفرة", "متوفرين", "متاح", "متاحه", "متاحة", "عندكم", "عندك", "عندكو",
		"mawgood", "mawgooda", "mawgoud", "mawgouda", "mawgod", "mawgoda", "metwafar", "metwafra", "motawafer", "3andoko", "3andko", "3andak",
		"available", "there")
	// fallbackVerbs bring the fallback after a pause: "خليها", "هات",
	// "يبقى", "ابعت", "make it", "send", "then", "get".
	fallbackVerbs = set("خليها", "خليه", "خليهم", "خلي", "هات", "هاتلي", "هاتي", "يبقى", "يبقي", "ابعت", "ابعتلي", "ابعتي", "اعملها", "اعمله", "خد", "خدلي",
		"5aleha", "5alih", "5aleeh", "khaleha", "hat", "hatly", "yeb2a", "ab3at", "make", "send", "then", "get", "give", "go")
)

// orderedBefore: an order cue ("عايز", "محتاج", "I want") is said before
// the condition at i, with no question mark between.
func orderedBefore(ts []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if ts[k].sep && ts[k].text == "?" {
			return false
		}
		if !ts[k].sep && orderCues[ts[k].text] {
			return true
		}
	}
	return false
}
