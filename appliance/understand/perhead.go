package understand

import (
	"math"
	"slices"
	"strings"

	"fatoora/catalog"
)

// perHeadPriced: the catalog prices p for one person or one animal — its
// names say so ("(للفرد)", "للشخص", "(للحيوان)", "للقطة", English "per
// person", "per head", "per animal", "per cat"). "قابل للفرد" (that
// unfolds) is no person.
func perHeadPriced(p *catalog.Product) bool {
	return namesSay(p, func(ks []string, i int) bool {
		k := ks[i]
		return headsPerAr[k] && (i == 0 || !unfoldWords[ks[i-1]]) || k == "per" && i+1 < len(ks) && headsPerEn[ks[i+1]]
	})
}

// ticketNamed: p is a ticket, one person's way in ("تذكرة", "ticket",
// "pass"): one for each of a group told that wants it (groupPerHead) —
// for people named after it, shared or one each stays asked
// (sharedByPeople).
func ticketNamed(p *catalog.Product) bool {
	return namesSay(p, func(ks []string, i int) bool { return ticketWords[ks[i]] })
}

// namesSay: p is sold by the piece and says holds of some word of its
// names (the keys of the name and the word's place in them).
func namesSay(p *catalog.Product, says func(ks []string, i int) bool) bool {
	if p == nil || p.Unit != catalog.Piece {
		return false
	}
	for _, name := range []string{p.NameAr, lower(p.NameEn)} {
		ks := keysOf(name)
		for i := range ks {
			if says(ks, i) {
				return true
			}
		}
	}
	return false
}

var (
	// headsPerAr: "for one person/animal" in a product's Arabic name.
	headsPerAr = keySet("للفرد", "للشخص", "للنفر", "للضيف", "للراكب", "للحيوان", "للقطه", "للكلب", "للطفل", "للطفله", "للاعب", "للطالب", "للمتدرب")
	// headsPerEn: who "per" prices for in a product's English name.
	headsPerEn = set("person", "head", "guest", "passenger", "adult", "animal", "pet", "cat", "dog", "child", "kid", "player", "student", "trainee")
	// ticketWords: one person's way in.
	ticketWords = keySet("تذكرة", "تذاكر", "ticket", "pass")
	// unfoldWords: "قابل للفرد", that unfolds.
	unfoldWords = keySet("قابل", "قابلة")
)

// keySet is the set of the words' keys, as a name's keys read (keysOf).
func keySet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		for _, k := range keysOf(w) {
			m[k] = true
		}
	}
	return m
}

// perHeadLine: the line's product, or every product it is asked between,
// is priced for one person or animal (perHeadPriced).
func perHeadLine(it Item) bool {
	return everyProduct(it, perHeadPriced)
}

// everyProduct: the line's product, or every product it is asked
// between, is one that is holds of.
func everyProduct(it Item, is func(*catalog.Product) bool) bool {
	if len(it.Ambiguous) == 0 {
		return is(it.Product)
	}
	for _, a := range it.Ambiguous {
		if !is(a.Product) {
			return false
		}
	}
	return true
}

// groupPerHead: the people an order is for, counted where it is told
// ("احنا ٤ صحاب عايزين عمرة", "ana w goozy", "we are a family of five"),
// and a line the catalog prices for one person or animal whose count was
// not said: one for each of them, as many as the group — never one.
// Goods and a work priced otherwise (a room night, a transfer per trip)
// keep the count said: only an "each" covers them (groupEach).
func groupPerHead(ts []token, g groupSaid, items []Item) {
	if g.n < 2 {
		return
	}
	done := false
	for k := range items {
		it := &items[k]
		if it.end == 0 || it.Quantity != catalog.One || !perHeadLine(*it) && !everyProduct(*it, ticketNamed) || oneSaidIn(ts, it.start, it.end) {
			continue
		}
		it.Quantity, it.uncounted, done = catalog.MilliFromFloat(g.n), false, true
		it.Missing = without(it.Missing, "count")
	}
	if done {
		for k := g.from; k < g.to && k < len(ts); k++ {
			ts[k].used, ts[k].aside = true, true // who they are, no figure of the goods
		}
	}
}

// oneSaidIn: "one" said among a line's words ("تذكرة واحدة", "one
// ticket"): the count is said, one.
func oneSaidIn(ts []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(ts); k++ {
		if w := ts[k].lowSurface(); (w == "one" || w == "واحده" || w == "واحد") && !ts[k].lex {
			return true
		}
	}
	return false
}

// familyOf reads, after "we (are)" at k, a family counted: "a family of
// five", "عيلة من ٥ افراد", Franco "3eila men 5": how many, and where it
// ends (0 when none).
func familyOf(ts []token, k int) (float64, int) {
	if surfaceAt(ts, k) == "a" {
		k++
	}
	if !familyWords[wordKey(surfaceAt(ts, k))] {
		return 0, k
	}
	k++
	if ofWords[surfaceAt(ts, k)] {
		k++
	}
	v, ok := wholePeople(ts, k)
	if !ok {
		return 0, k
	}
	k++
	if n := surfaceAt(ts, k); groupNouns[wordKey(n)] || groupNouns[n] || personCounted[wordKey(n)] {
		k++ // "٥ افراد", "5 people"
	}
	return v, k
}

// othersOfMine reads, after the و joining them to the customer at k, a
// number of the customer's friends or kin: "٢ من صحابي", Franco "2 men
// so7aby", "2 of my friends", "2 friends": how many, where it ends (0
// when none).
func othersOfMine(ts []token, k int) (float64, int) {
	v, ok := wholePeople(ts, k)
	if !ok {
		return 0, k
	}
	k++
	if n := surfaceAt(ts, k); groupNouns[wordKey(n)] || groupNouns[n] {
		return v, k + 1 // "me and 2 friends"
	}
	if !ofWords[surfaceAt(ts, k)] {
		return 0, k
	}
	k++
	if surfaceAt(ts, k) == "my" || surfaceAt(ts, k) == "our" {
		k++
	}
	if n := surfaceAt(ts, k); !mineMany[n] && !mineMany[wordKey(n)] {
		return 0, k
	}
	return v, k + 1
}

// wholePeople: a whole number of people, one to fifty, at k: a figure or
// a number word.
func wholePeople(ts []token, k int) (float64, bool) {
	if k >= len(ts) || ts[k].sep {
		return 0, false
	}
	v, ok := amountValue(ts[k].text)
	if !ok {
		v, ok = numberWord(ts[k].surface)
	}
	return v, ok && v >= 1 && v <= 50 && v == float64(int(v))
}

var (
	// familyWords: a family, counted after "we are".
	familyWords = keySet("عيلة", "عائلة", "اسرة", "أسرة", "3eila", "3ela", "3eyla", "family")
	// ofWords: "of", "من" before what is counted.
	ofWords = set("of", "من", "men", "mn", "min")
	// mineMany: the customer's friends or kin, several ("صحابي", Franco
	// "so7aby", "friends").
	mineMany = set("صحابي", "اصحابي", "صحباتي", "صاحباتي", "زمايلي", "زميلاتي", "قرايبي", "اخواتي", "ولادي", "عيالي", "بناتي",
		"so7aby", "so7abi", "s7aby", "as7aby", "as7abi", "so7baty", "zamayly", "zamaily", "friends", "friend", "colleagues", "cousins",
		"kids", "children", "sisters", "brothers")
)

// allForIn: "for all n of them" said among draft d's words or right after
// them, the number articled on "لل" ("للاتنين", "للتلاتة"): n, or 0.
func allForIn(ts []token, d *draft) float64 {
	for m := d.start; m <= d.end && m < len(ts) && !(m == d.end && ts[m].sep); m++ {
		if st, ok := strings.CutPrefix(strings.TrimPrefix(ts[m].surface, "و"), "لل"); ok && isNumberWord(st) {
			if v, ok := numberWord(st); ok && v >= 2 {
				ts[m].used = true
				return v
			}
		}
	}
	return 0
}

// latinPersons: people counted in Franco or English ("2 afrad", "2
// people").
var latinPersons = set("afrad", "ashkhas", "ash5as", "nafar", "anfar", "people", "persons", "adults", "guests", "pax")

// francoPeople reads "le 2 afrad" at m: for that many people.
func francoPeople(ts []token, m int) (float64, int) {
	v, ok := amountValue(surfaceAt(ts, m+1))
	if !ok || v < 2 || v != math.Trunc(v) || !latinPersons[wordKey(surfaceAt(ts, m+2))] {
		return 0, m
	}
	return v, m + 3
}

// otherLineIn: some line but d holds a word among ts[from:to] — the
// people's words read as goods of their own ("ل٣ افراد" whose ٣ opened a
// line of a product named with a 3): who the goods are for is not sure.
func otherLineIn(keep []*draft, d *draft, from, to int) bool {
	return slices.ContainsFunc(keep, func(e *draft) bool { return e != d && e.start < to && from < e.end })
}
