package understand

import (
	"slices"
	"strings"
)

// Goods the customer puts off to later are not ordered now: "بس المرتبة
// مش دلوقتي", "والمرتبة بعدين", "المرتبة هاخدها الشهر الجاي", "المرتبة مش
// محتاجها دلوقتي", "ولو عجبني هاخد المرتبة", "وبعدين هبقى اشوف المرتبة",
// "maybe the mattress next month". Goods to be SENT later are ordered
// ("والمرتبة ابعتوها بعدين": a verb of sending, no putting off), and
// "وبعدين" opening a clause is "and then" of a list ("وبعدين اوضة النوم
// عايزة لها مفرش"), never a time.

// putOffTimes say when, later: alone after the goods ("والمرتبة بعدين") or
// after a verb of taking them ("هاخدها الشهر الجاي"). Two-word forms are
// keyed by their words joined with a space.
var putOffTimes = set("بعدين", "بعدبن", "بعد كده", "بعد كدا", "مش دلوقتي", "مش دلوقت", "مش دلوقتى", "مش الوقتي", "مش حاليا",
	"الشهر الجاي", "الشهر الجاى", "الاسبوع الجاي", "الاسبوع الجاى", "الجمعه الجايه", "المره الجايه", "مره تانيه", "بعد العيد", "بعد رمضان",
	"ba3dein", "ba3den", "ba3deen", "b3dein", "msh delwa2ty", "mesh delwa2ty", "msh dlw2ty", "later", "next month", "next week", "next time", "another time", "not now")

// takeLater: verbs of taking, buying or seeing to goods said for a later
// time ("هاخدها", "هبقى اشوف", "I'll get"): with a time or a condition of
// the customer's they put the goods off. Said alone ("والمرتبة هاخدها")
// they order.
var takeLater = set("هاخدها", "هاخده", "هاخدهم", "حاخدها", "حاخده", "حاخدهم", "هجيبها", "هجيبه", "هجيبهم", "هشتريها", "هشتريه", "هشتريهم",
	"هاخد", "حاخد", "هجيب", "هشتري", "اخد", "اخدها", "اخده", "اخدهم", "اجيب", "اجيبها", "اجيبه", "اشتري", "اشوف", "هشوف", "اشوفها", "اشوفه",
	"take", "get", "buy", "see")

// undecided: the customer has not made up their mind about the goods
// named before ("والمرتبة هفكر فيها", "المرتبة لسه مش متأكد").
var undecided = set("هفكر", "افكر", "مش متاكد", "مش متاكده", "محتار", "محتاره", "لسه مش متاكد", "لسه مش متاكده",
	"not sure", "will think")

// notNeededAfter: a negation said after the goods, their pronoun on its
// verb ("المرتبة مش محتاجها", "الكومودينو مش عايزه", "المرتبة مش لازم").
var notNeededAfter = set("مش محتاجها", "مش محتاجه", "مش محتاجهم", "مش عايزها", "مش عايزه", "مش عايزهم", "مش عاوزها", "مش عاوزه", "مش عاوزهم",
	"مش محتاجاها", "مش محتاجاه", "مش محتاجاهم", "مش عايزاها", "مش عايزاه", "مش عايزاهم",
	"مش لازم", "مش لازمه", "مش ضروري", "مش ضروريه", "msh me7tagha", "mesh me7tagha", "msh me7tago", "mesh me7tago")

// ifLiked: the customer's own condition ("لو عجبني", "لو قبضت", "if I like
// it"), not the shop's ("لو موجود": an order if the goods are there).
var ifLiked = set("عجبني", "عجبتني", "عجبنا", "عجبها", "عجبه", "عجبته", "قبضت", "اقبض", "حبيت", "احتجت", "like", "liked", "need")

// phraseAt: the words from i joined by a space, one to three of them,
// found in m: how many (0 when none).
func phraseAt(ts []token, i int, m map[string]bool) int {
	w := ""
	for n := 1; n <= 3 && i+n-1 < len(ts) && !ts[i+n-1].sep; n++ {
		t := ts[i+n-1]
		k := t.lowSurface()
		if n == 1 {
			k = strings.TrimPrefix(k, "و")
			if m[wordKey(k)] || m[t.text] || m[strings.TrimPrefix(t.text, "و")] {
				return 1
			}
			w = k
			continue
		}
		w += " " + k
		if m[wordKey(w)] {
			return n
		}
	}
	return 0
}

// deferred marks aside goods the customer puts off to later (see above):
// the goods' words and the clause's words of time are placed, no line.
func (r *Rules) deferred(ts []token) {
	first := -1 // the first clause put off
	defer func() {
		if first >= 0 && !slices.ContainsFunc(ts, func(t token) bool { return t.lex && !t.neg && !isNumber(t.text) }) {
			// everything named is put off ("هاخد الكنبة الشهر الجاي لما
			// اقبض"): no order now, nor a hello — a person answers
			ts[first].otherAsked = true
		}
	}()
	for i := 0; i < len(ts); i++ {
		if ts[i].sep {
			continue
		}
		start := clauseStart(ts, i)
		switch {
		case i > start && goodsOnly(ts, start, i) && definiteOpens(ts, start):
			// after the goods: "والمرتبة بعدين", "المرتبة مش محتاجها",
			// "المرتبة هفكر فيها", "المرتبة هاخدها الشهر الجاي"
			n := phraseAt(ts, i, putOffTimes)
			if n == 0 {
				n = phraseAt(ts, i, notNeededAfter)
			}
			if n == 0 {
				n = phraseAt(ts, i, undecided)
			}
			if n == 0 && phraseAt(ts, i, takeLater) == 1 && laterInClause(ts, i+1) {
				n = 1
			}
			if n > 0 {
				end := clauseEnd(ts, i)
				for k := start; k < end; k++ {
					ts[k].neg, ts[k].used = true, true
				}
				if first < 0 {
					first = i
				}
				if namedBefore(ts, start, i) {
					// "ومعاه مرتبة، بس المرتبة مش دلوقتي": the goods were
					// asked before — which line goes is a person's to read
					ts[i].otherAsked = true
				}
				i = end - 1
			}
		case i == start:
			// before the goods: "وبعدين هبقى اشوف المرتبة", "ولو عجبني هاخد
			// المرتبة", "وممكن اخد مرتبة كمان بعدين", "maybe the mattress
			// next month", "I'll get the mattress later"
			end := clauseEnd(ts, i)
			if !putOffBefore(ts, i, end) {
				continue
			}
			if first < 0 {
				first = i
			}
			for k := i; k < end; k++ {
				ts[k].neg, ts[k].used = true, true
			}
			if namedBefore(ts, i, end) {
				ts[i].otherAsked = true // "ومرتبة، وهبقى اشوف المرتبة الشهر الجاي"
			}
			i = end - 1
		}
	}
}

// putOffBefore: the clause from i to end puts its goods off, said before
// them — a future of seeing to them ("هبقى اشوف"), the customer's own
// condition ("لو عجبني هاخد"), or a verb of taking with a later time
// ("ممكن اخد … بعدين", "maybe … next month"); never with a verb of
// sending (goods sent later are ordered).
func putOffBefore(ts []token, i, end int) bool {
	goods := false
	for k := i; k < end; k++ {
		if ts[k].lex && !isNumber(ts[k].text) && !serviceTopics[ts[k].text] {
			goods = true
		}
		if sendVerb(ts[k].lowSurface()) || isNumber(ts[k].text) {
			return false // "وابعتوهم الشهر الجاي"; "maybe 3 chairs": a count
		}
	}
	if !goods {
		return false
	}
	w := strings.TrimPrefix(ts[i].lowSurface(), "و")
	switch {
	case w == "هبقى" || w == "هبقي" || w == "حبقى" || w == "ابقى":
		return i+1 < end && phraseAt(ts, i+1, takeLater) == 1
	case w == "لو" || w == "if":
		k := i + 1
		if k < end && (ts[k].lowSurface() == "i" || ts[k].text == "انا") {
			k++
		}
		return k < end && phraseAt(ts, k, ifLiked) > 0 && takeIn(ts, k+1, end) // "لو موجود ابعتوه": the shop's condition, an order
	case w == "maybe" || w == "perhaps" || w == "probably" || w == "ممكن" || w == "يمكن":
		return laterInClause(ts, i+1) && (w != "ممكن" && w != "يمكن" || takeIn(ts, i+1, end))
	}
	k := i
	if k+1 < end && (w == "انا" || w == "i" || w == "i'll" || w == "ill") {
		k++ // "I'll get the mattress later"
		if ts[k].lowSurface() == "will" && k+1 < end {
			k++
		}
	}
	// the clause opens with the verb of taking: "هاخد المرتبة بعدين"
	return phraseAt(ts, k, takeLater) == 1 && laterInClause(ts, k+1)
}

// sendVerb: a verb of sending or delivering ("ابعتوها", "توصلوها",
// "send", "deliver").
func sendVerb(w string) bool {
	if sendWord(w) {
		return true // "ابعتوها"
	}
	w = strings.TrimPrefix(w, "و")
	for _, p := range []string{"تبعت", "هتبعت", "يتبعت", "توصل", "هتوصل", "يوصل", "وصلو", "send", "deliver", "ship"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// clauseStart: where the clause holding i starts — after a separator, at
// a word joined by و, after "بس"/"لكن"/"but", or after "وبعدين" (and
// then) opening it.
func clauseStart(ts []token, i int) int {
	s := i
	for s > 0 && !ts[s-1].sep && !ts[s].conj && ts[s].surface != "وبعدين" && ts[s-1].text != "و" && ts[s-1].lowSurface() != "and" &&
		ts[s-1].surface != "بس" && ts[s-1].surface != "لكن" && ts[s-1].lowSurface() != "but" {
		s--
	}
	for s < i && (ts[s].surface == "بس" || ts[s].surface == "لكن" || ts[s].lowSurface() == "but" || ts[s].text == "و" ||
		strings.TrimPrefix(ts[s].surface, "و") == "بعدين" || ts[s].lowSurface() == "then") {
		s++
	}
	return s
}

// clauseEnd: the first separator from i on, or the end.
func clauseEnd(ts []token, i int) int {
	for i < len(ts) && !ts[i].sep {
		i++
	}
	return i
}

// goodsOnly: the words from start to end are goods and their colours —
// not a service of the shop's ("والتوصيل الشهر الجاي" is when to deliver).
func goodsOnly(ts []token, start, end int) bool {
	for k := start; k < end; k++ {
		if serviceTopics[ts[k].text] || !(ts[k].lex && !isNumber(ts[k].text) || ts[k].color != "" || ts[k].text == "ال" || ts[k].text == "el" || ts[k].lowSurface() == "the") {
			return false
		}
	}
	return true
}

// definiteOpens: the clause opens with a definite noun ("المرتبة", "el
// martaba", "the mattress").
func definiteOpens(ts []token, start int) bool {
	w := strings.TrimPrefix(ts[start].lowSurface(), "و")
	return strings.HasPrefix(w, "ال") || w == "el" || w == "wel" || w == "the"
}

// laterInClause: a word of later time, or "لما" (when I …), from i to the
// clause's end.
func laterInClause(ts []token, i int) bool {
	for ; i < len(ts) && !ts[i].sep; i++ {
		if phraseAt(ts, i, putOffTimes) > 0 || ts[i].surface == "لما" || ts[i].lowSurface() == "when" {
			return true
		}
	}
	return false
}

// takeIn: a verb of taking, buying or seeing between i and end.
func takeIn(ts []token, i, end int) bool {
	for k := i; k < end; k++ {
		if phraseAt(ts, k, takeLater) == 1 {
			return true
		}
	}
	return false
}

// namedBefore: a goods word of start..end was said before start, not set
// aside.
func namedBefore(ts []token, start, end int) bool {
	for k := start; k < end; k++ {
		if !ts[k].lex || isNumber(ts[k].text) {
			continue
		}
		for j := 0; j < start; j++ {
			if ts[j].lex && !ts[j].neg && ts[j].text == ts[k].text {
				return true
			}
		}
	}
	return false
}
