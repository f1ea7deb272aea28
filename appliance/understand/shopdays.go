package understand

import "strings"

// More questions of the shop's days and places (shopAsked): the shop
// named by two words, "your X" asked where, and until what hour a work of
// the shop's is done.

// tradeSubjectAt: how many words right before the shop's opening verb at
// i name the shop by its trade as its subject — one ("المغسلة بتفتح …",
// tradeSubject), or two, a definite word and a bare one after it
// ("البيوتي سنتر بيفتح يوم الجمعة؟", "الجيم سنتر بيقفل الساعة كام؟": a
// trade's loanword name) that no catalog word, figure or colour reads; 0
// when none.
func tradeSubjectAt(ts []token, i int, timed bool) int {
	if i > 0 && tradeSubject(ts, i-1, timed) {
		return 1
	}
	if francoSubject(ts, i) {
		return 2 // "el mal3ab fate7 le7ad el sa3a kam?" (shopwhom.go)
	}
	if i < 2 || ts[i-1].sep || !tradeHead(ts, i-2, timed) {
		return 0
	}
	t := ts[i-1]
	if t.lex && !t.fuzzy || t.color != "" || isNumber(t.text) || t.shop != 0 || definite(t.surface) || smallTalk[shopKey(t)] {
		return 0
	}
	return 2
}

// tradeHead: the word at j, the definite head of a trade's name of two
// words, opens its clause after greetings only, as tradeSubject's word
// does; a colour read only by typo tolerance is none ("البيوتي" is not
// "بيتي").
func tradeHead(ts []token, j int, timed bool) bool {
	t := ts[j]
	if t.sep || t.lex && !t.fuzzy && !timed || t.color != "" && !t.fuzzy || isNumber(t.text) || t.shop != 0 || !definite(t.surface) {
		return false
	}
	for k := j - 1; k >= 0 && !ts[k].sep; k-- {
		if !smallTalk[shopKey(ts[k])] {
			return false
		}
	}
	return true
}

// yourPlaceWhere marks a question of where "your X" is, X the shop's own
// place named by a definite noun and "yours" after it, "where" and
// nothing more up to a question mark — "الساحة بتاعتكم فين بالظبط؟",
// "المركز بتاعكم فين؟", Franco "el markaz beta3ko fen?" — when it says
// "exactly" or the message asks another question of the shop (its
// hours): where the shop is. With a place named it is tradePlaceAsked's;
// "الاوردر بتاعي فين؟" (mine) is none.
func yourPlaceWhere(ts []token) {
	for i := 0; i < len(ts); {
		j := clauseEnd(ts, i)
		if j < len(ts) && ts[j].text == "?" && !clauseAsked(ts, i, j) {
			if at, exact := yourPlaceClause(ts[i:j]); at >= 0 && (exact || askedElsewhere(ts, i, j)) {
				for k := i + at; k < j; k++ {
					ts[k].shop |= ShopWhere
					ts[k].used, ts[k].neg = true, true
				}
			}
		}
		i = j + 1
	}
}

// yourPlaceClause: where in c (one clause) the noun of "your X … where"
// stands, and whether "exactly" is said; -1 when c is no such question.
func yourPlaceClause(c []token) (int, bool) {
	a := 0
	for a < len(c) && smallTalk[shopKey(c[a])] {
		a++
	}
	if a+2 >= len(c) {
		return -1, false
	}
	t := c[a]
	if t.color != "" && !t.fuzzy || isNumber(t.text) || !definite(t.surface) || !yours[shopKey(c[a+1])] || shopKey(c[a+1]) == "your" {
		return -1, false
	}
	where, exact := false, false
	for _, u := range c[a+2:] {
		w := shopKey(u)
		switch {
		case whereWords[w]:
			where = true
		case whereExact[w]:
			exact = true
		default:
			return -1, false
		}
	}
	if !where {
		return -1, false
	}
	return a, exact
}

// whereExact: exactly, said of where.
var whereExact = set("بالظبط", "بالضبط", "بظبط", "bezabt", "bezzabt", "belzabt", "b2zabt", "exactly")

// clauseAsked: a word of the clause from i to j is read already as a
// question of the shop.
func clauseAsked(ts []token, i, j int) bool {
	for k := i; k < j; k++ {
		if ts[k].shop != 0 {
			return true
		}
	}
	return false
}

// askedElsewhere: a word outside the clause from i to j asks of the
// shop.
func askedElsewhere(ts []token, i, j int) bool {
	for k := range ts {
		if (k < i || k >= j) && ts[k].shop != 0 {
			return true
		}
	}
	return false
}

// workHoursAsked marks a question of until what hour (or from what
// hour) the shop does a work of its own at its counter — "وبتستلموا
// الشحنات لحد الساعة كام؟", "بتطبعوا لحد الساعة كام؟", Franco
// "betestelmo le7ad el sa3a kam?": the shop's hours, which its settings
// answer. The clause (after greetings) opens with a verb of "you"
// (plural) in the present (youDo; never delivering: "مواعيد التوصيل" and
// "بتوصلوا لحد امتى" are the delivery's, a person's) and at most one
// definite word (its object), then asks the hour: "الساعة" and "كام" (or a
// figure) up to a question mark. No figure before the hour, no colour.
func workHoursAsked(ts []token) {
	for i := 0; i < len(ts); {
		j := clauseEnd(ts, i)
		if j < len(ts) && ts[j].text == "?" && !clauseAsked(ts, i, j) {
			if at := workHoursClause(ts[i:j]); at >= 0 {
				for k := i + at; k < j; k++ {
					ts[k].shop |= ShopHours
					ts[k].used, ts[k].neg = true, true
				}
			}
		}
		i = j + 1
	}
}

// workHoursClause: where in c (one clause) a question of a work's hours
// opens, or -1.
func workHoursClause(c []token) int {
	a := 0
	for a < len(c) && smallTalk[shopKey(c[a])] {
		a++
	}
	if a >= len(c) {
		return -1
	}
	b := a + 1
	if !youDo(shopKey(c[a])) {
		return -1
	}
	if b < len(c) && definite(c[b].surface) && (c[b].color == "" || c[b].fuzzy) && !timeWords[shopKey(c[b])] {
		b++ // its object: "الشحنات", goods of the catalog's or not
	}
	clock, which := false, false
	for _, u := range c[b:] {
		w := shopKey(u)
		switch {
		case clockWords[w] || w == "ساعه" || w == "الساعه":
			clock = true
		case w == "كام" || w == "kam" || isNumber(u.text) && clock:
			which = true
		case untilWords[w] || w == "من" || w == "men" || w == "لكام" || w == "el":
		default:
			return -1
		}
	}
	if !clock || !which {
		return -1
	}
	return a
}

// youDo: a verb of "you" (plural) in the present, "بت…وا" ("بتستلموا",
// "بتطبعوا"), Franco "bt…o" ("betestelmo") — not of delivering or
// shipping ("بتوصلوا", "بتشحنوا"): when the goods go out is the
// delivery's, a person's to answer ("مواعيد التوصيل ايه؟").
func youDo(w string) bool {
	if youOpen[w] || youWork[w] {
		return true
	}
	if serviceVerb(w) || strings.Contains(w, "وصل") || strings.Contains(w, "شحن") || strings.Contains(w, "wasl") || strings.Contains(w, "sha7n") {
		return false
	}
	for _, p := range []string{"بت", "بيت"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			for _, s := range []string{"وا", "و"} {
				if st, ok := strings.CutSuffix(rest, s); ok && len([]rune(st)) >= 3 {
					return true
				}
			}
		}
	}
	for _, p := range []string{"bet", "bt", "bit"} {
		if rest, ok := strings.CutPrefix(w, p); ok && strings.HasSuffix(rest, "o") && len(rest) >= 4 && isLatinWord(w) {
			return true
		}
	}
	return false
}

// untilWords: until, till.
var untilWords = set("لحد", "لغايه", "لحين", "le7ad", "l7ad", "lghayet", "until", "till")
