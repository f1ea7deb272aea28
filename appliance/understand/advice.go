package understand

import (
	"slices"
	"strings"
)

// adviceAsked: the customer asks the shop's opinion of a trouble of their
// own — "do you think" ("تفتكروا محتاجة ايه؟", "تفتكر ايه السبب؟", Franco
// "teftekro", English "do you think"), "advise me" ("تنصحني بإيه؟",
// "انصحوني"), "what do I do" ("اعمل ايه؟", "نعمل ايه"), "what is the
// reason / the fix" ("ايه السبب؟", "ايه الحل؟"), "what do you recommend"
// — a question a person answers, never a question about which goods or
// how many of those named beside it. The words are placed and the phrase,
// as written, returned ("" when none).
func adviceAsked(ts []token) string {
	word := func(k int) string { return keyAt(ts, k) }
	asked := slices.ContainsFunc(ts, func(t token) bool { return t.sep && t.text == "?" })
	for i := range ts {
		if ts[i].sep || ts[i].neg {
			continue
		}
		w, next := word(i), word(i+1)
		n := 0
		switch {
		case opinionVerbs[w]:
			n = 1 // "تفتكروا …", "تنصحني …"
		case doVerbs[w] && whatWords[next], whatWords[w] && causeNouns[next]:
			n = 2 // "اعمل ايه", "ايه السبب"
		case causeNouns[w] && whatWords[word(i-1)]:
			continue // read at "ايه"
		case (w == "what" || w == "wht") && (next == "should" || next == "do") && adviceEnglish(ts, i):
			n = 2 // "what should I do", "what do you recommend"
		case w == "do" && next == "you" && (word(i+2) == "think" || word(i+2) == "recommend"):
			n = 3 // "do you think it needs …"
		case whatWords[w] && bestWords[next] && asked && bestFor(ts, i+2):
			n = 2 // "وايه احسن حاجة للكحة؟": what is best for a trouble (never "ايه احسن حاجة عندكم؟")
		case harmWords[w] && asked:
			n = 1 // "ولا فيهم خطر على البيبي؟", "بيضر؟", "is it safe"
		case asked && howMuchFor(ts, i) > 0:
			n = howMuchFor(ts, i) // "محتاج كام متر لبدلة؟": how much a garment takes
		}
		if n == 0 {
			continue
		}
		for k := i + n; k < len(ts) && !ts[k].sep && (whatWords[word(k)] || causeNouns[word(k)]); k++ {
			n++ // "تفتكر ايه السبب؟": what it asks
		}
		return takeWords(ts, i, n)
	}
	return ""
}

// howMuchFor: at i, "how many metres" ("كام متر", Franco "kam metr",
// English "how many metres") asked for a thing to be made — ل on a noun
// ("لبدلة", "le badla") or "for" after it in the clause, or "تاخد"
// (takes) before it: how much of the goods the customer's own garment or
// piece takes, a tailor's or a salesman's reckoning, never a quantity or
// a line. The words read (0 when none).
func howMuchFor(ts []token, i int) int {
	word := func(k int) string { return keyAt(ts, k) }
	n := 0
	switch w := word(i); {
	case w == "كام" || w == "kam":
		n = 1
	case w == "how" && word(i+1) == "many" || w == "how" && word(i+1) == "much":
		n = 2
	default:
		return 0
	}
	if u, ok := unitWord(word(i + n)); !ok || u != "m" {
		return 0
	}
	n++
	takes := garmentTakes[word(i-1)] || garmentTakes[word(i-2)]
	for k := i + n; k < len(ts) && !ts[k].sep && k <= i+n+5; k++ {
		w := word(k)
		if (w == "for" || w == "le" || w == "lel") && !placeWord(strings.TrimPrefix(word(k+1), "the ")) && !(word(k+1) == "the" && placeWord(word(k+2))) ||
			destination(ts[k].surface) && !placeWord(strings.TrimPrefix(strings.TrimPrefix(w, "ل"), "ل")) {
			return k - i + 1
		}
	}
	if takes {
		return n
	}
	return 0
}

// garmentTakes: a garment or a piece "takes" so much ("البدلة تاخد كام
// متر؟", "does a suit take").
var garmentTakes = set("تاخد", "ياخد", "هتاخد", "هياخد", "بتاخد", "بياخد", "takes", "take", "needs", "need")

// bestFor: at k, past "حاجة" (a thing), a word carrying ل ("للكحة",
// "ليها"): what the best is asked for, a trouble or a person.
func bestFor(ts []token, k int) bool {
	if k < len(ts) && !ts[k].sep && (ts[k].text == "حاجه" || ts[k].text == "7aga") {
		k++
	}
	if k >= len(ts) || ts[k].sep {
		return false
	}
	w := wordKey(ts[k].surface)
	return destination(w) || strings.HasPrefix(w, "لي") || w == "for"
}

// adviceEnglish: after "what" at i, "should I do" or "do you recommend /
// suggest / advise".
func adviceEnglish(ts []token, i int) bool {
	for k := i + 1; k < len(ts) && k <= i+4 && !ts[k].sep; k++ {
		switch ts[k].lowSurface() {
		case "recommend", "suggest", "advise", "advice":
			return true
		case "do":
			if k > i+1 {
				return true // "what should I do"
			}
		}
	}
	return false
}

var (
	// opinionVerbs: "do you think", "advise me", said to the shop.
	opinionVerbs = set("تفتكر", "تفتكري", "تفتكروا", "تفتكرو", "تنصحني", "تنصحيني", "تنصحوني", "تنصحنا", "تنصحونا", "انصحني",
		"انصحوني", "انصحيني", "انصحونا", "tefteker", "teftekr", "teftekro", "teftekrou", "tansa7ny", "tensa7ny", "ansa7ny",
		"ensa7ny", "ensa7ony")
	// doVerbs: "I / we do", before "what".
	doVerbs = set("اعمل", "نعمل", "هعمل", "هنعمل", "a3mel", "a3ml", "ne3mel", "n3ml")
	// whatWords: "what" as Egyptians write it.
	whatWords = set("ايه", "اية", "eh", "eih", "ehh")
	// bestWords: "the best", "the most suitable" after "what", asked of
	// a trouble or a use ("ايه احسن حاجة للكحة؟").
	bestWords = set("احسن", "افضل", "انسب", "a7san", "afdal", "best")
	// harmWords: harm or danger asked of goods ("فيه خطر؟", "بيضر؟",
	// "is it safe?", "harmful"): a question of health or safety a person
	// answers.
	harmWords = set("خطر", "خطوره", "ضرر", "بيضر", "يضر", "بتضر", "تضر", "مضر", "مضره", "khatar", "khatr", "betdor", "bey2door",
		"safe", "harmful", "dangerous",
		// a reaction of the skin or the body ("ولا هيعملي التهاب؟",
		// "هيعمل حساسية؟", "will it irritate")
		"التهاب", "التهابات", "حساسيه", "elte7ab", "irritation", "irritate", "allergy")
	// causeNouns: the cause or the fix asked ("ايه السبب؟", "ايه الحل؟").
	causeNouns = set("السبب", "سبب", "الحل", "حل", "العلاج", "el-sabab", "elsabab", "sabab", "el7al", "7al")
)

// termsAsked: the terms of a sale are asked beside the goods — paying in
// instalments ("ينفع اقسط الخيمة؟", "عايز الحوض بالتقسيط"), or, in a
// question, the warranty ("عليها ضمان كام شهر؟"): a person sets them
// (the price and the document depend on them), never a question about
// which goods or an invoice of them as if paid outright.
func termsAsked(service []string, questioned bool) bool {
	for _, s := range service {
		w := wordKey(strings.TrimPrefix(lower(s), "و"))
		if instalmentWords[w] || questioned && warrantyWord(w) {
			return true
		}
	}
	return false
}

// instalmentWords: paying in instalments, as a buyer asks it.
var instalmentWords = set("تقسيط", "التقسيط", "بالتقسيط", "بالقسط", "قسط", "اقساط", "بالاقساط", "اقسط", "نقسط", "اقسطها",
	// "على قسطين", "على دفعتين": in two payments
	"قسطين", "دفعتين", "ta2seten",
	"اقسطه", "اقسطهم", "ta2seet", "taqseet", "installment", "installments", "instalment", "instalments",
	// the shop's instalments asked ("بتقسطوا على الفيزا؟": do you take instalments)
	"بتقسطوا", "بتقسطو", "تقسطوا", "betqaseto", "beteqaseto")

// takeWords marks the n words from ts[i] (to the clause's end) as read and
// returns them as the customer wrote them: the topic a question for staff
// names.
func takeWords(ts []token, i, n int) string {
	var out []string
	for k := i; k < i+n && k < len(ts) && !ts[k].sep; k++ {
		ts[k].used = true
		out = append(out, ts[k].surface)
	}
	return strings.Join(out, " ")
}
