package understand

import (
	"strings"

	"fatoora/catalog"
)

// englishKinWord: w is an English word for a relative or a person one
// orders for ("father", "wife", "fiancee", "friends"): a person, never a
// Franco spelling of a product's Arabic word ("father" is no فاطر).
func englishKinWord(w string) bool {
	if st, ok := strings.CutSuffix(w, "s"); ok && englishPersons[st] {
		return true
	}
	return englishPersons[w] || englishKin[w]
}

// personalService: p is a work done on a person — made to order (no
// stock kept), its names or its category holding a word of a person's
// body or of a test or an examination of one ("صورة دم كاملة", "وظائف
// كبد", category "تحاليل", "Kidney function tests") — and priced by no
// thing of its own ("(للزيارة)", "(للساعة)", "per visit", "per
// console"): each person it is for has it done once.
func personalService(p *catalog.Product) bool {
	if p == nil || !p.MadeToOrder || perThingPriced(p) {
		return false
	}
	for _, s := range []string{p.NameAr, lower(p.NameEn), p.Category} {
		for _, w := range keysOf(s) {
			k := wordKey(w)
			if bodyWords[k] || bodyWords[w] || examWords[k] || examWords[w] || organWords[k] || organWords[w] {
				return true
			}
		}
	}
	return false
}

// perThingPriced: p's names say in brackets, or after "per", that it is
// priced for a thing that is no person — a visit, an hour, a console, a
// tooth ("(للزيارة)", "(للجهاز في الساعة)", "per visit"): the people it
// is for do not count it.
func perThingPriced(p *catalog.Product) bool {
	for _, name := range []string{p.NameAr, lower(p.NameEn)} {
		for _, m := range bracketed.FindAllStringSubmatch(name, -1) {
			ks := keysOf(m[1])
			for i, k := range ks {
				if strings.HasPrefix(k, "لل") && !headsPerAr[k] || k == "per" && i+1 < len(ks) && !headsPerEn[ks[i+1]] {
					return true
				}
			}
		}
		ks := keysOf(name)
		for i, k := range ks {
			if k == "per" && i+1 < len(ks) && !headsPerEn[ks[i+1]] {
				return true
			}
		}
	}
	return false
}

var (
	// examWords: a test or an examination of a person.
	examWords = set("تحليل", "تحاليل", "فحص", "فحوصات", "كشف", "اشعه", "أشعة", "test", "tests", "analysis", "examination", "exam",
		"checkup", "check-up", "scan", "x-ray", "xray")
	// organWords: a person's blood and organs, as a test names them.
	organWords = set("دم", "الدم", "كبد", "الكبد", "كلي", "الكلي", "غده", "الغده", "blood", "liver", "kidney", "thyroid")
)

// peopleServed: the people an order is for, told as who the works are
// for ("for me and my wife", "ليا ولمراتي", "for both of us") in the
// sentence of a line, or where the order opens with what they all want
// or have done ("احنا ٣ … عايزين كلنا نعمل", "ana w 5atebty 3ayzeen
// ne3mel"), and a work done on a person (personalService) whose count
// was not said: one for each of them. Goods, and a work priced per visit,
// per hour or per console, keep their count.
func peopleServed(ts []token, g groupSaid, items []Item) {
	fn, ffrom, fto := forGroup(ts)
	if g.n < 2 && fn < 2 {
		return
	}
	split := fn >= 2 && groupSplit(ts, items, ffrom, fto)
	for k := range items {
		it := &items[k]
		if g.n >= 2 && it.end > 0 && it.start >= g.to && it.Quantity == catalog.MilliFromFloat(g.n) && perHeadLine(*it) {
			allWant(ts, g.to, it.start) // "ana w 5atebty 3ayzeen ne3mel …": the group's verb
		}
		if it.end == 0 || it.Quantity != catalog.One || !everyProduct(*it, personalService) || countSaidIn(ts, it.start, it.end) {
			continue
		}
		if ownRecipient(ts, items, k, ffrom, fto) {
			continue // "… وفتلة وش كامل ليا": this line is for one, said in its own part
		}
		n, from, to := 0.0, 0, 0
		if a, ok := allOfUsAfter(ts, items, k); ok && g.n >= 2 {
			ts[a].used = true
			n, from, to = g.n, g.from, g.to // "صورة دم كاملة كلنا": this line for all of us
		}
		switch {
		case n > 0:
		case fn >= 2 && !split && forCovers(ts, *it, ffrom, fto):
			n, from, to = fn, ffrom, fto
		case g.n >= 2 && g.from > 0 && forWords[surfaceAt(ts, g.from-1)] && forCovers(ts, *it, g.from-1, g.to):
			n, from, to = g.n, g.from-1, g.to // "for me and my wife"
		case g.n >= 2 && it.start >= g.to && allWant(ts, g.to, it.start):
			n, from, to = g.n, g.from, g.to
		default:
			continue
		}
		it.Quantity, it.uncounted = catalog.MilliFromFloat(n), false
		it.Missing = without(it.Missing, "count")
		for j := from; j < to && j < len(ts); j++ {
			ts[j].used, ts[j].aside = true, true // who they are, no figure of the goods
		}
	}
}

// forCovers: the "for" of people at from..to covers line it — said
// right after it, or right before it, in its clause ("ميكب سواريه لماما
// واختي": that line alone); or opening a clause of its own after the
// lines of its sentence ("Liver and kidney tests please, for me and my
// wife": all of them).
func forCovers(ts []token, it Item, from, to int) bool {
	switch {
	case it.start < from && from < it.end:
		return true // "ورسم قلب ليا ولمراتي": read among the line's own words
	case it.end <= from:
		// a pause closing the line ("the groom package, and haircuts for
		// my two brothers") leaves it out of a "for" said after the next
		return !sepBetween(ts, it.start, from) || (from == 0 || ts[from-1].sep) && !stopBetween(ts, it.start, from)
	case it.start >= to:
		return !sepBetween(ts, to, it.start)
	}
	return false
}

// forGroup reads the first "for" of several people ("ليا ولمراتي", "for
// me and my wife"; forPeople): how many, and its tokens.
func forGroup(ts []token) (float64, int, int) {
	for m := range ts {
		if ts[m].sep || ts[m].lex && !ts[m].prep {
			continue
		}
		if st, ok := strings.CutPrefix(strings.TrimPrefix(ts[m].surface, "و"), "ل"); ok && thingDual(ts[m], st) {
			continue // "لعربيتين": two cars, no people
		}
		if n, end := forPeople(ts, m); n >= 2 {
			return n, m, end
		}
	}
	return 0, 0, 0
}

// allWant: between from and to the group says what they all have done —
// a verb of doing in the plural ("نعمل", "ne3mel") or "all of us"
// ("كلنا", "kolena"); wanting alone ("انا وابني عايزين …") may be for one
// of them — and no pause ends the sentence. The words read are the
// group's.
func allWant(ts []token, from, to int) bool {
	said := false
	for k := from; k < to && k < len(ts); k++ {
		if ts[k].sep && strongStop(ts[k]) {
			return false
		}
		w := strings.TrimPrefix(surfaceAt(ts, k), "و")
		if weDoVerbs[w] || allOfUs[w] {
			ts[k].used, said = true, true
		}
	}
	return said
}

// stopBetween: a full stop or a question mark ends a sentence among
// tokens from..to.
func stopBetween(ts []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(ts); k++ {
		if ts[k].sep && strongStop(ts[k]) {
			return true
		}
	}
	return false
}

// strongStop: the separator t ends a sentence.
func strongStop(t token) bool {
	return t.text == "." || t.text == "?" || t.text == "؟" || t.text == "!" || t.text == "\n"
}

// countSaidIn: a figure or "one" among a line's words: its count is said.
func countSaidIn(ts []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(ts); k++ {
		if isNumber(ts[k].text) && !ts[k].lex {
			return true
		}
	}
	return oneSaidIn(ts, from, to)
}

var (
	// allOfUs: "all of us", "both of us".
	allOfUs = set("كلنا", "احنا الاتنين", "kolena", "kolna", "kollena")
)
