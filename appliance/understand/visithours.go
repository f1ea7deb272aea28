package understand

// visitHoursAsked marks a question of when the customer may come to the
// shop — "وينفع نيجي نشوفها يوم السبت الساعة كام؟", "ممكن اعدي امتى
// النهارده؟", Franco "momken ngy nshofha el sabt el sa3a kam?", English
// "what time can we come and see it on Saturday?": the shop's hours,
// which its settings answer. The clause (after greetings) holds, up to a
// question mark, "can" or "may" or none, a verb of the customer's coming
// (comingVerbs), a verb of seeing with its object on it or one definite
// word after it ("نشوفها", "نشوف القاعة"), the day and the time — and the
// time asked: "الساعة كام", "امتى", "what time", "when". A visit asked
// bare ("ممكن اجي اشوف المعرض؟") is a person's (a visit, no hours); so is
// a clause with any other word (goods, a work, a count).
func visitHoursAsked(ts []token) {
	for i := 0; i < len(ts); {
		j := clauseEnd(ts, i)
		if j < len(ts) && ts[j].text == "?" && !clauseAsked(ts, i, j) {
			if at := visitHoursClause(ts[i:j]); at >= 0 {
				for k := i + at; k < j; k++ {
					ts[k].shop |= ShopHours
					ts[k].used, ts[k].neg = true, true
				}
			}
		}
		i = j + 1
	}
}

// visitHoursClause: where in c (one clause) a question of when to come
// opens, or -1.
func visitHoursClause(c []token) int {
	a := 0
	for a < len(c) && smallTalk[shopKey(c[a])] && !comingVerbs[shopKey(c[a])] {
		a++
	}
	come, when, clock := false, false, false
	for k := a; k < len(c); k++ {
		u := c[k]
		w := shopKey(u)
		switch {
		case u.color != "" && !u.fuzzy || u.lex && !dayWords[w] && !timeWords[w]:
			return -1 // goods or a work of the catalog: no mere visit
		case comingVerbs[w]:
			come = true
		case seeingVerb(w):
			if k+1 < len(c) && definite(c[k+1].surface) && !dayWords[shopKey(c[k+1])] && !timeWords[shopKey(c[k+1])] {
				k++ // its object: "نشوف القاعة"
			}
		case clockWords[w] || w == "ساعه":
			clock = true
		case w == "كام" || w == "kam":
			when = when || clock
		case visitWhen[w]:
			when = true
		case mayWords[w] || dayWords[w] || dayNoun[w] || isNumber(u.text) && clock || w == "el" || w == "the":
		default:
			return -1
		}
	}
	if !come || !when {
		return -1
	}
	return a
}

// seeingVerb: a verb of the customer's seeing, an object on it or not
// ("نشوف", "نشوفها", "اشوفه", Franco "nshofha", English "see").
func seeingVerb(w string) bool {
	for _, s := range []string{"", "ها", "ه", "هم", "و", "o", "ha", "hom"} {
		if len(w) > len(s) && seeingVerbs[w[:len(w)-len(s)]] && w[len(w)-len(s):] == s {
			return true
		}
	}
	return false
}

var (
	// comingVerbs: I or we come, pass by, visit — the customer's own
	// coming to the shop.
	comingVerbs = set("اجي", "آجي", "نيجي", "نجي", "اعدي", "نعدي", "اجيلكم", "نيجيلكم", "نجيلكم", "اعديلكم", "نعديلكم", "ازوركم", "نزوركم", "ازور", "نزور",
		"agy", "aggy", "agi", "ngy", "negy", "nigi", "neegy", "a3ady", "ne3ady", "n3ady", "agilko", "agelko", "negelko", "ngelko",
		"come", "visit", "drop", "stop")
	// seeingVerbs: I or we see, look at.
	seeingVerbs = set("اشوف", "نشوف", "نتفرج", "اتفرج", "ashof", "ashoof", "nshof", "neshof", "nshoof", "see", "look", "check")
	// visitWhen: when, what time.
	visitWhen = set("امتي", "امتى", "emta", "imta", "when", "time", "what")
	// mayWords: may, can, and what opens the clause around them.
	mayWords = set("ينفع", "ممكن", "ينفعلنا", "ينفعلي", "momken", "mumkin", "yenfa3", "can", "could", "we", "i", "and", "by",
		"on", "at", "in", "it", "to", "over", "around", "بكره", "بكرة")
)
