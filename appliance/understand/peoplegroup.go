package understand

import (
	"math"
	"strings"

	"fatoora/catalog"
)

// groupEach reads the people an order is for, counted where the message
// opens and before any "each": a group counted by a number and a people
// noun ("احنا ٣ بنات", "احنا ٤ اخوات", "عندي ٣ عيال", Franco "e7na 3
// banat", "we are 4 friends", "there are 4 of us"), the group's articled
// number ("احنا التلاتة"), or the customer and others joined by و ("انا
// واختي", "انا وبنتي وجوزي", Franco "ana w okhty", "me and my sister").
// A later "كل واحد"/"كل واحدة"/"لكل واحد"/"each"/"kol wa7da" that names
// no people of its own is one for each of them: the cue's perN, the goods
// it covers that many times (the segmenter's own reading of perN). The
// group's words and a participle of going after them ("رايحين فرح",
// "رايحين المدرسة") are set aside as who the order is for. A group with
// no "each" after it counts nothing here (groupCare). It returns the
// group, applied true when an "each" was read of it.
func groupEach(ts []token) groupSaid {
	n, from, to := groupTold(ts)
	if n < 2 {
		return groupSaid{}
	}
	applied, read, male := false, false, groupMale(ts, from, to)
	for i := to; i < len(ts); i++ {
		if ts[i].perN > 0 || ts[i].each > 0 {
			read = true // "عندي ٣ عيال …، كل واحد عايز …" read by another pass
		}
		end, ok := eachPersonCue(ts, i)
		if !ok || male && femaleCue(ts, i) {
			continue // "انا واخويا عايزين بدلة، كل واحدة بلون": each suit
		}
		switch {
		case (groupCueOpens(ts, i) || !goodsRightBefore(ts, i)) && goodsAfter(ts, end):
			ts[i].each = n // "كل واحدة باكدج …", "وكل واحد بيبسي": every line after it
		case closesLine(ts, end):
			ts[i].perN = n // "ميكب وتسريحة لكل واحدة": the lines before it (listEach)
			if v, to, ok := groupCorrected(ts, end); ok {
				ts[i].perN = v // "لكل واحد.. لا معلش خليهم ٢ بس": two of them (groupcorrected.go)
				setAside(ts, end, to)
			}
		default:
			continue
		}
		applied, ts[i].groupCue = true, true
		for k := i; k < end; k++ {
			ts[k].aside, ts[k].used = true, true
		}
	}
	if applied {
		for k := from; k < to; k++ {
			ts[k].aside, ts[k].used = true, true
		}
	}
	g := groupSaid{n: n, from: from, to: to, applied: applied || read}
	if !applied && !read {
		return g
	}
	for k := to; k < len(ts) && !ts[k].sep && goingWords[strings.TrimPrefix(wordKey(ts[k].surface), "و")]; k++ {
		ts[k].used = true // "رايحين فرح صاحبتنا": where the group goes, talk
	}
	return g
}

// groupSaid: the people an order is for, told where it opens (groupTold),
// and whether an "each" was read of them.
type groupSaid struct {
	n        float64
	from, to int
	applied  bool
}

// eachPersonCue: token i opens "each one" — "كل واحد", "وكل واحدة", "لكل
// واحد", Franco "kol wa7da", "lekol wa7ed", English "each" before a verb
// or goods, "each of us" — read by no other pass, with no "من" (of the
// things), no figure and no "فينا" right after it. It returns where the
// cue ends.
func eachPersonCue(ts []token, i int) (int, bool) {
	if ts[i].sep || ts[i].perN > 0 || ts[i].each > 0 || ts[i].aside {
		return i, false
	}
	w := surfaceAt(ts, i)
	st := strings.TrimPrefix(w, "و")
	if w == "each" {
		next := surfaceAt(ts, i+1)
		if next == "of" && (surfaceAt(ts, i+2) == "us" || surfaceAt(ts, i+2) == "them") {
			return i + 3, true
		}
		return i + 1, next != "of" && (next == "" || !isNumber(ts[i+1].text))
	}
	if !(st == "كل" || st == "لكل" || w == "kol" || w == "lekol" || w == "lkol" || w == "wkol") {
		return i, false
	}
	if i+1 >= len(ts) || ts[i+1].sep || ts[i+1].aside || !eachOne[ts[i+1].text] && !eachOne[surfaceAt(ts, i+1)] || surfaceAt(ts, i+1) == "of" {
		return i, false
	}
	if n := surfaceAt(ts, i+2); n == "من" || n == "men" || ofUs[n] || i+2 < len(ts) && isNumber(ts[i+2].text) {
		return i, false
	}
	return i + 2, true
}

// groupTold finds the people the order is for, told before the first
// "each": how many, and the tokens that say them.
func groupTold(ts []token) (float64, int, int) {
	for i := range ts {
		if _, ok := eachPersonCue(ts, i); ok {
			return 0, 0, 0
		}
		if n, to := groupAt(ts, i); n >= 2 {
			return n, i, to
		}
	}
	return 0, 0, 0
}

// groupAt reads a group told from token i: how many and where it ends.
func groupAt(ts []token, i int) (float64, int) {
	w := strings.TrimPrefix(surfaceAt(ts, i), "و")
	if v, to := pairOpens(ts, i); v >= 2 {
		return v, to // "التوأم هيبدأوا معاكم …", "my twins start …"
	}
	switch {
	case weWords[w]:
		k := i + 1
		if surfaceAt(ts, k) == "are" || surfaceAt(ts, k) == "re" {
			k++ // "we are 4", "we're"
		}
		if v, to := familyOf(ts, k); v >= 2 {
			return v, to // "we are a family of five"
		}
		if v, ok := articledCount(surfaceAt(ts, k)); ok && v >= 2 {
			return v, k + 1 // "احنا التلاتة"
		}
		return countedPeople(ts, k, true)
	case haveWords[w]:
		if v, to := pairHad(ts, i+1); v >= 2 {
			return v, to // "عندي توأم", "عندي ولدين"
		}
		return countedPeople(ts, i+1, false) // "عندي ٣ عيال"
	case w == "there" && surfaceAt(ts, i+1) == "are":
		if v, ok := amountValue(surfaceAt(ts, i+2)); ok && surfaceAt(ts, i+3) == "of" && surfaceAt(ts, i+4) == "us" && v >= 2 {
			return v, i + 5 // "there are 4 of us"
		}
	case w == "انا" || w == "ana" || w == "me" || w == "i":
		if v, to := pairHad(ts, i+2); v >= 2 && surfaceAt(ts, i+1) == "have" {
			return v, to // "I have twins"
		}
		return pairTold(ts, i)
	}
	return 0, i
}

// countedPeople: a whole number of two or more at k, then a people noun
// ("٣ بنات", "4 friends") or, when bare is true, no noun at all before a
// pause or a verb of wanting ("احنا ٤، عايزين …", "we are 4").
func countedPeople(ts []token, k int, bare bool) (float64, int) {
	if k >= len(ts) || ts[k].sep {
		return 0, k
	}
	v, ok := amountValue(ts[k].text)
	if !ok {
		v, ok = numberWord(ts[k].surface)
	}
	if !ok || v < 2 || v > 50 || v != math.Trunc(v) {
		return 0, k
	}
	next := surfaceAt(ts, k+1)
	switch {
	case groupNouns[strings.TrimPrefix(wordKey(next), "ال")] || groupNouns[next]:
		return v, k + 2
	case bare && (next == "" || wantVerbs[next] || wantVerbs[wordKey(next)]):
		return v, k + 1
	case bare && joinedWant(ts, k+1):
		return v, k + 1 // "احنا ٣ وعايزين …", Franco "e7na 3 w 3ayzeen …"

	case bare && atPlace[next] && k+2 < len(ts) && !ts[k+2].sep && !ts[k+2].lex:
		return v, k + 3 // "احنا ٣ في البيت": how many of us, where we are
	}
	return 0, k
}

// joinedWant: a verb of wanting joined by و at k ("وعايزين", Franco "w
// 3ayzeen", "and want").
func joinedWant(ts []token, k int) bool {
	if k >= len(ts) || ts[k].sep {
		return false
	}
	w := surfaceAt(ts, k)
	if st, ok := strings.CutPrefix(w, "و"); ok && (wantVerbs[st] || wantVerbs[wordKey(st)]) {
		return true
	}
	if w != "و" && w != "w" && w != "and" || k+1 >= len(ts) || ts[k+1].sep {
		return false
	}
	n := surfaceAt(ts, k+1)
	return wantVerbs[n] || wantVerbs[wordKey(n)] || wantVerbs[ts[k+1].text] || wantsEn[n]
}

// pairTold: the customer and others joined by و at i ("انا واختي", "انا
// وبنتي وجوزي", "ana w okhty", "me and my sister"): how many, where it
// ends; 0 for the customer alone.
func pairTold(ts []token, i int) (float64, int) {
	n, k := 1.0, i+1
	for k < len(ts) && !ts[k].sep {
		w := surfaceAt(ts, k)
		if w == "و" || w == "w" || w == "we" || w == "and" {
			k++
			w = surfaceAt(ts, k)
			if w == "my" {
				k++
				w = surfaceAt(ts, k)
			}
			if englishPersons[w] || isPerson(w) {
				n, k = n+1, k+1
				continue
			}
			if v, to := othersOfMine(ts, k); v >= 1 {
				n, k = n+v, to // "ana w 2 men so7aby"
				continue
			}
			break
		}
		st, ok := strings.CutPrefix(w, "و")
		if !ok || !isPerson(st) {
			break
		}
		n, k = n+1, k+1
	}
	if n < 2 {
		return 0, i
	}
	return n, k
}

// isPerson: w names one person ("اختي", "بنتي", "جوزي", "ماما",
// Franco "okhty").
func isPerson(w string) bool {
	k := wordKey(w)
	return personOnes[k] || personOnes[w] || kinOf(k) || parentWords[k] || parentWords[w]
}

var (
	// weWords: "we" opening a group told.
	weWords = set("احنا", "إحنا", "حنا", "e7na", "ehna", "i7na", "we")
	// groupNouns: the people a group is counted in ("٣ بنات", "٤ اخوات",
	// "٥ اصحاب", "4 friends").
	groupNouns = set("بنات", "اخوات", "اخوه", "عيال", "ولاد", "اولاد", "اطفال", "اصحاب", "صحاب", "صحبه", "شباب", "ستات", "رجاله",
		"زمايل", "افراد", "اشخاص", "انفار", "بنوتات",
		"banat", "e5wat", "ekhwat", "ikhwat", "3eyal", "wlad", "welad", "as7ab", "s7ab", "shabab", "afrad",
		"girls", "girl", "sisters", "sister", "brothers", "brother", "friends", "friend", "kids", "kid", "people", "persons", "person", "guys", "guy")
	// parentWords: mother and father as the customer calls them.
	parentWords = set("ماما", "بابا", "مامتي", "باباي", "والدتي", "والدي", "mama", "baba", "okhty", "o5ty", "a5ty", "okhti", "a5oya",
		"akhoya", "goozy", "gozy", "goozi", "gouzi", "mraty", "merati", "mom", "dad", "mother", "father", "wife", "husband",
		// a fiancé(e): "خطيبتي", Franco "5atebty", "fiancee"
		"خطيبتي", "خطيبي", "5atebty", "5atibty", "khatebty", "khatibty", "5atebi", "5atiby", "khatibi", "fiance", "fiancee")
	// maleWords and maleStems: the men and boys of a group.
	maleWords = set("اخويا", "اخوي", "ابني", "ابنى", "جوزي", "ابويا", "بابا", "باباي", "والدي", "اصحاب", "صحاب", "شباب", "رجاله",
		"عيال", "ولاد", "اولاد", "اخوه", "a5oya", "akhoya", "ebni", "ebny", "gozi", "baba", "as7ab", "s7ab", "shabab", "3eyal", "wlad",
		"welad", "brother", "brothers", "son", "sons", "husband", "dad", "father", "boys", "boy", "guys")
	maleStems = map[string]bool{"اخو": true, "ابن": true, "جوز": true, "ابو": true, "عم": true, "خال": true, "جد": true, "صاحب": true}
	// atPlace: "in", "at" before where a group is ("احنا ٣ في البيت").
	atPlace = set("في", "فى", "at", "in", "fel", "fl", "fi", "f")
	// goingWords: a participle of going after the group ("احنا ٣ بنات
	// رايحين فرح"): where they go, talk.
	goingWords = set("رايح", "رايحه", "رايحين", "نازلين", "طالعين", "مسافرين", "جايين", "ray7in", "raye7in")
)

// groupCueOpens: the cue at i opens what follows: joined by و ("وكل واحد
// بيبسي", Franco "w kol wa7ed") or after a pause.
func groupCueOpens(ts []token, i int) bool {
	w := surfaceAt(ts, i)
	return strings.HasPrefix(w, "و") || ts[i].conj || w == "wkol" || i == 0 || ts[i-1].sep || surfaceAt(ts, i-1) == "w" ||
		surfaceAt(ts, i-1) == "and"
}

// closesLine: what follows a cue said after goods lets it close them: a
// pause, the end, goods or a line joined by و ("لكل واحدة، …", "لكل واحد
// انجليزي", "لكل واحد وبيتزا …") — never a word of how each one is
// ("كل واحدة بلون": each of the goods).
func closesLine(ts []token, end int) bool {
	if end >= len(ts) || ts[end].sep {
		return true
	}
	w := surfaceAt(ts, end)
	if tooWords[w] && (end+1 >= len(ts) || ts[end+1].sep) {
		return true // "لكل واحد برضه": "too", then the pause
	}
	return ts[end].lex && !isNumber(ts[end].text) || strings.HasPrefix(w, "و") || ts[end].conj || w == "w" || w == "and"
}

// groupMale: the group told from..to holds a man or a boy ("انا
// واخويا", "٣ اصحاب", "me and my brother"): "كل واحدة" (each, feminine)
// after it is said of goods, not of them.
func groupMale(ts []token, from, to int) bool {
	for k := from; k < to && k < len(ts); k++ {
		w := strings.TrimPrefix(wordKey(ts[k].surface), "و")
		if maleWords[w] || maleWords[ts[k].lowSurface()] || maleKin(w) {
			return true
		}
	}
	return false
}

// maleKin: a male relative with a possessive on it ("اخويا", "ابنه").
func maleKin(w string) bool {
	for _, suf := range []string{"يا", "ي", "ه", "ها", "نا", "هم"} {
		if st, ok := strings.CutSuffix(w, suf); ok && maleStems[st] {
			return true
		}
	}
	return false
}

// femaleCue: the cue at i is "كل واحدة", Franco "kol wa7da".
func femaleCue(ts []token, i int) bool {
	n := surfaceAt(ts, i+1)
	return wordKey(n) == "واحده" || n == "wa7da"
}

// goodsRightBefore: a word of goods right before the cue at i ("برجر لكل
// واحد", "a beard trim each"): the cue closes the line before it.
func goodsRightBefore(ts []token, i int) bool {
	return i > 0 && !ts[i-1].sep && ts[i-1].lex && !isNumber(ts[i-1].text)
}

// goodsAfter: the clause from k on names goods or a verb of wanting
// ("كل واحدة باكدج اوتوماتيك", "كل واحد عايز سندوتش"): a cue said before
// the lines it covers.
func goodsAfter(ts []token, k int) bool {
	for ; k < len(ts) && !ts[k].sep; k++ {
		if ts[k].lex && !isNumber(ts[k].text) || wantVerbs[ts[k].text] || wantVerbs[surfaceAt(ts, k)] || wantsEn[surfaceAt(ts, k)] {
			return true
		}
	}
	return false
}

// clauseEach: a group's "each" said before its lines covers its own
// clause: a line after a pause that no cue of its own opens ("…، وابعتوهم
// على البيت") is one, once for the order.
func clauseEach(ts []token, ds []*draft) {
	for _, d := range ds {
		if d.perN < 2 {
			continue
		}
		c := -1
		for k := 0; k < d.start && k < len(ts); k++ {
			if ts[k].each > 0 && ts[k].groupCue {
				c = k
			}
		}
		if c >= 0 && ts[c].groupCue && d.perN == ts[c].each && sepBetween(ts, c, d.start) {
			d.perN = 0
		}
	}
}

// listEach: "each one" said after a list of goods joined by و with no
// count of their own ("ميكب سواريه وتسريحة لكل واحدة"): the segmenter
// gave the cue's count to the last line; every line of the list before
// it, in the same clause, is one each too.
func listEach(ts []token, ds []*draft) {
	for i := range ts {
		if ts[i].perN < 2 || !ts[i].groupCue {
			continue
		}
		last := -1
		for n, d := range ds {
			if d.end <= i && d.perN == ts[i].perN {
				last = n
			}
			if d.start <= i && i < d.end && d.perN == ts[i].perN && d.perWord == "*" {
				d.perWord = "" // "وشنطة لكل واحد، واحدة زرقا …": the cue within the line, one for each person
			}
		}
		if last >= 0 && ds[last].perWord == "*" {
			ds[last].perWord = "" // one for each person, not for each of the goods before
		}
		to := i
		if i > 0 && ts[i-1].sep && (ts[i-1].text == "," || ts[i-1].text == "،") {
			to = i - 1 // "facial w mask, kol wa7ed": the cue a clause of its own covers the list before the comma
		}
		for n := last - 1; n >= 0 && last >= 0; n-- {
			d := ds[n]
			if d.perN != 0 || d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 || sepBetween(ts, d.start, to) {
				break
			}
			d.perN = ts[i].perN
		}
	}
}

// sepBetween: a separator lies among tokens from..to.
func sepBetween(ts []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(ts); k++ {
		if ts[k].sep {
			return true
		}
	}
	return false
}

// groupCare: the group told with no "each" ("انا وبنتي عايزين نعمل
// كيراتين", Franco "ana w benti 3ayzin ne3mel keratin", "me and my
// daughter want to do keratin"), then a verb of doing in the first person
// plural and a care done on a person's body — its name holds a word of
// the body ("شعر", "بشرة", "اظافر", "hair", "nails"): each of them has
// it done, the line as many as the people, never one. Goods ("انا وجوزي
// عايزين نعمل مطبخ") and a work on things keep the count said.
func (r *Rules) groupCare(ts []token, g groupSaid, items []Item) {
	if g.n < 2 || g.applied {
		return
	}
	verb := -1
	for k := g.to; k < len(ts) && !ts[k].sep; k++ {
		if weDoVerbs[strings.TrimPrefix(surfaceAt(ts, k), "و")] {
			verb = k
			break
		}
	}
	if verb < 0 {
		return
	}
	done := false
	for k := range items {
		it := &items[k]
		if it.end == 0 || it.start <= verb || it.Quantity != catalog.One || sepBetween(ts, verb, it.start) || !bodyCare(*it) {
			continue
		}
		it.Quantity, done = catalog.MilliFromFloat(g.n), true
	}
	if done {
		for k := g.from; k < g.to; k++ {
			ts[k].used, ts[k].aside = true, true // who has it done, no figure of the goods
		}
		ts[verb].used = true
	}
}

// bodyCare: the line's product, or every product it is asked between, is
// a care of a person's body by its name, done to order (no stock kept) —
// never goods for the body ("جل شعر", kept in stock).
func bodyCare(it Item) bool {
	if it.Product != nil {
		return it.Product.MadeToOrder && bodyNamed(it.Product)
	}
	if len(it.Ambiguous) == 0 {
		return false
	}
	for _, a := range it.Ambiguous {
		if a.Product == nil || !a.Product.MadeToOrder || !bodyNamed(a.Product) {
			return false
		}
	}
	return true
}

// bodyNamed: p's names hold a word of a person's body.
func bodyNamed(p *catalog.Product) bool {
	for _, name := range []string{p.NameAr, lower(p.NameEn)} {
		for _, w := range keysOf(name) {
			if bodyWords[wordKey(w)] || bodyWords[w] {
				return true
			}
		}
	}
	return false
}

var (
	// weDoVerbs: "we do" or "we get done", the first person plural.
	weDoVerbs = set("نعمل", "نعملوا", "نعملها", "نعمله", "ne3mel", "n3mel", "ne3mal")
	// bodyWords: a person's hair, skin, face, nails.
	bodyWords = set("شعر", "الشعر", "بشره", "البشره", "وش", "الوش", "اظافر", "الاظافر", "أظافر", "حواجب", "رموش", "دقن", "ذقن",
		"hair", "skin", "face", "nail", "nails", "eyebrow", "eyebrows", "beard")
)
