package understand

import "strings"

// A business asking whom to talk to about an account: "احنا شركة … عايزين
// عقد بسعر خاص … مين المسؤول اكلمه؟" — a person of the shop's answers
// (personAsked), never an order of the goods named nor of the volumes
// told.

// whoToTalk: the customer asks who of the shop to talk to — "مين
// المسؤول؟", "مين المسؤول اكلمه؟", "مين اكلم؟", "مين اتكلم معاه؟",
// Franco "meen el mas2ool?", "min akalem?", English "who should I talk
// to?", "who is in charge?": "who" and, within three words after it in
// its clause, a person in charge or a verb of talking (with its object
// pronoun or not). The words are placed and the phrase, as written,
// returned ("" when none).
func whoToTalk(ts []token) string {
	for i := range ts {
		if ts[i].sep || ts[i].neg || !whoWords[keyAt(ts, i)] {
			continue
		}
		for k := i + 1; k <= i+3 && k < len(ts) && !ts[k].sep; k++ {
			w := keyAt(ts, k)
			if people[w] && w != "حد" && w != "someone" && w != "somebody" || inCharge[w] || talkVerbs[w] || talkToHim(w) {
				var out []string
				for m := i; m <= k; m++ {
					ts[m].used = true
					out = append(out, ts[m].surface)
				}
				return strings.Join(out, " ")
			}
		}
	}
	return talkToWhom(ts)
}

// talkToHim: a verb of talking with its object on it — "اكلمه",
// "نكلمه", "اكلمها", Franco "akalemo".
func talkToHim(w string) bool {
	for _, s := range []string{"ه", "ها", "هم"} {
		if st, ok := strings.CutSuffix(w, s); ok && talkVerbs[st] {
			return true
		}
	}
	return talkedTo[w]
}

var (
	// whoWords: who.
	whoWords = set("مين", "مين؟", "meen", "min", "mein", "who", "whom")
	// inCharge: the one in charge, as asked after "who".
	inCharge = set("مسؤول", "المسؤول", "مسئول", "المسئول", "المسؤل", "المسئولين", "المسؤولين",
		// as the text is normalised (ؤ, ئ written و, ي)
		"مسوول", "المسوول", "المسوولين", "مسيول", "المسيول", "المسول", "mas2ool", "mas2oul", "elmas2ool",
		"charge", "responsible", "handles")
	// talkedTo: "I talk to him", Franco and English.
	talkedTo = set("akalemo", "akalmo", "nekalemo", "akalem", "2kalemo", "contact",
		// "who can I discuss a contract with?"
		"discuss")
)

// accountTerms: the message tells the terms of a standing account — a
// special price ("بسعر خاص", "special price"), a contract ("بعقد سنة",
// "عقد سنوي", "contract"), a fixed discount ("بنسبة خصم ثابتة"), or
// billing by a period ("الحساب اخر كل شهر", "وحساب كل اسبوع", "ندفع كل
// ترم", "الدفع كل ٣ شهور", "monthly invoice"): with whom to talk asked
// (whoToTalk), the goods and volumes named are what the account is for,
// never lines to invoice or choose between.
func accountTerms(ts []token) bool {
	for i := range ts {
		if ts[i].sep {
			continue
		}
		w := keyAt(ts, i)
		next := ""
		if i+1 < len(ts) && !ts[i+1].sep {
			next = keyAt(ts, i+1)
		}
		switch {
		case contractWords[w]:
			return true
		case (termPrices[w] || discountNouns[w]) && bodyPrices[next] || bodyPrices[w] && (termPrices[next] || discountNouns[next]):
			return true // "بسعر جمعيات", "بخصم شركات", "corporate rate" (accounts.go)
		case termPrices[w] && specialWords[next]:
			return true
		case discountNouns[w] && (fixedWords[next] || i > 0 && !ts[i-1].sep && rateNouns[keyAt(ts, i-1)]):
			return true
		case billNouns[w] && periodAfter(ts, i):
			return true
		}
	}
	return false
}

// periodAfter: within three words after i, "every" or "end of" and a
// period ("كل شهر", "اخر كل شهر", "كل ٣ شهور", "every week"), or a word
// of a period ("شهري", "monthly").
func periodAfter(ts []token, i int) bool {
	for k := i + 1; k <= i+3 && k < len(ts) && !ts[k].sep; k++ {
		w := keyAt(ts, k)
		if periodly[w] {
			return true
		}
		if !periodEveryWords[w] {
			continue
		}
		n := k + 1
		if n < len(ts) && !ts[n].sep && isNumber(ts[n].text) {
			n++
		}
		if n < len(ts) && !ts[n].sep && billPeriods[keyAt(ts, n)] {
			return true
		}
	}
	return false
}

var (
	// contractWords: a contract, a yearly one.
	contractWords = set("عقد", "بعقد", "تعاقد", "نتعاقد", "التعاقد", "سنوي", "contract", "3a2d", "be3a2d")
	// termPrices and specialWords: a special price.
	termPrices   = set("سعر", "بسعر", "اسعار", "باسعار", "price", "prices", "rate", "rates", "se3r", "bese3r")
	specialWords = set("خاص", "خاصه", "مميز", "special", "khas", "5as")
	// discountNouns, fixedWords, rateNouns: a fixed discount, a rate of
	// discount.
	discountNouns = set("خصم", "بخصم", "discount", "5asm", "khasm", "b5asm")
	fixedWords    = set("ثابت", "ثابته", "fixed", "sabet")
	rateNouns     = set("نسبه", "بنسبه", "نسبة", "بنسبة", "rate", "nesba")
	// billNouns: the account, the bill, paying, collecting.
	billNouns = set("الحساب", "حساب", "بحساب", "الدفع", "دفع", "ندفع", "هندفع", "تحصيل", "التحصيل", "invoice", "invoices",
		"billing", "billed", "invoiced", "pay", "payment", "el7esab", "7esab", "nedfa3")
	// periodEveryWords: every, the end of every.
	periodEveryWords = set("كل", "اخر", "آخر", "every", "each", "end", "kol", "akher", "per")
	// billPeriods: a period an account is settled in.
	billPeriods = set("شهر", "شهور", "اسبوع", "اسابيع", "ترم", "سنه", "month", "months", "week", "weeks", "term", "shahr", "esbo3")
	// periodly: monthly, weekly.
	periodly = set("شهري", "شهريا", "اسبوعي", "اسبوعيا", "monthly", "weekly")
)
