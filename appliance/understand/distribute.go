package understand

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"fatoora/catalog"
)

// eachOfCues open "for each of": "لكل واحد من", Franco "lekol wa7ed men".
var eachOfCues = set("لكل", "ولكل", "lekol", "lkol", "lekul", "wlekol")

// apartArticles are the article written apart: "ال ٤", Franco "el talata".
var apartArticles = set("ال", "el", "al", "l")

// articledCount is the number an articled number word says ("الاربعة",
// "التلاتة", "للاتنين"): all of them, this many.
func articledCount(surface string) (float64, bool) {
	for _, p := range []string{"ال", "لل"} {
		if w, ok := strings.CutPrefix(surface, p); ok && isNumberWord(w) {
			return numberWord(w)
		}
	}
	return 0, false
}

// eachOfCounted reads the number of the things said after "لكل واحد من"
// from k: articled on its own ("لكل شباك من الاربعة") or after their noun
// ("لكل واحد من العيال التلاتة", "من ولادي الاتنين", "من الشبابيك ال ٤").
// It returns the number and where it was said.
func eachOfCounted(ts []token, k int) (float64, int, bool) {
	if k >= len(ts) || ts[k].sep {
		return 0, k, false
	}
	if v, ok := articledCount(ts[k].surface); ok {
		return v, k, true
	}
	if personDuals[wordKey(ts[k].surface)] || ts[k].dual && strings.HasPrefix(ts[k].surface, "ال") {
		return 2, k, true // "لكل واحد من الولدين", "من الشباكين"
	}
	if k > 0 && !ts[k-1].sep && apartArticles[ts[k-1].lowSurface()] && (isNumber(ts[k].text) || isNumberWord(ts[k].surface)) {
		v, ok := amountValue(ts[k].text)
		return v, k, ok
	}
	// the things' noun, then their number with the article
	if isNumber(ts[k].text) || ts[k].color != "" || k+1 >= len(ts) || ts[k+1].sep {
		return 0, k, false
	}
	if v, ok := articledCount(ts[k+1].surface); ok {
		return v, k + 1, true
	}
	if apartArticles[ts[k+1].lowSurface()] && k+2 < len(ts) && !ts[k+2].sep && (isNumber(ts[k+2].text) || isNumberWord(ts[k+2].surface)) {
		v, ok := amountValue(ts[k+2].surface)
		if isNumber(ts[k+2].text) {
			v, ok = amountValue(ts[k+2].text)
		}
		return v, k + 2, ok
	}
	return 0, k, false
}

// countedAfter is how many of the things "لكل X" shares goods over when
// they are counted after the cue rather than before it: a line of them
// ("٤ كراسي لكل ترابيزة ومحتاج ترابيزتين": two tables) or a count told
// as the customer's own ("نجفة لكل اوضة، عندي ٣ اوض", "والمكاتب ٨"), a
// figure before the noun or after it in the plural, or the noun's dual. 0
// when none is said.
func (r *Rules) countedAfter(ts []token, keep []*draft, items []Item, itemOf map[*draft]int, d *draft) catalog.Milli {
	total, after := catalog.Milli(0), false
	for _, e := range keep {
		if e == d {
			after = true
			continue
		}
		if j, ok := itemOf[e]; ok && after && (e.uniq[d.perWord] || r.pluralSaid(e, d.perWord)) &&
			items[j].Product != nil && items[j].Product.Unit == catalog.Piece {
			total += items[j].Quantity
		}
	}
	if total > 0 {
		return total
	}
	// a count told, in no line: a figure and the noun, either way round
	for m := d.end; m < len(ts); m++ {
		if ts[m].sep || !r.nounOf(ts[m], d.perWord) || slices.ContainsFunc(keep, func(e *draft) bool { return e.start <= m && m < e.end }) {
			continue
		}
		if ts[m].dual {
			return catalog.MilliFromFloat(2)
		}
		for _, n := range []int{m - 1, m + 1} {
			if n > d.end && n < len(ts) && !ts[n].sep && isNumber(ts[n].text) {
				if v, ok := amountValue(ts[n].text); ok && v >= 2 && v == math.Trunc(v) {
					return catalog.MilliFromFloat(v)
				}
			}
		}
	}
	return 0
}

// nounOf: token t says the noun w in the plural (the lexicon's or the
// فُعَل of a noun in ة: "اوض" of "اوضة") or in the dual.
func (r *Rules) nounOf(t token, w string) bool {
	if t.dual {
		return t.text == w
	}
	if h, _, ok := r.lx.plural(t.text); ok && h == w {
		return true
	}
	k := placeKey(t.surface)
	if p, ok := strings.CutPrefix(k, "ال"); ok && len([]rune(p)) >= 2 {
		k = p
	}
	return k != w && samePlace(k, w)
}

// countBefore: draft d's count was said before its goods ("٤ كراسي …"),
// not taken from a figure after them.
func countBefore(d *draft) bool {
	return d.pre != nil && d.pre.start <= d.start
}

// Who goods are for, when several people are named with no count of the
// goods: "للولدين" (the dual of a person), "لابني ولبنتي" (people joined by
// و), "للعيال التلاتة", "for my two sons", "for my son and daughter".
var (
	// personDuals: two people in one word.
	personDuals = set("ولدين", "الولدين", "بنتين", "البنتين", "عيلين", "العيلين", "طفلين", "الطفلين", "حفيدين", "الحفيدين",
		"ابنين", "الابنين", "توام", "التوام", "التوءم", "توءم", "اخين", "الاخين")
	// personOnes: one person ("ابني", "مراتي"): alone no count at all.
	personOnes = set("ابني", "ابنى", "بنتي", "بنتى", "مراتي", "جوزي", "اخويا", "اخوي", "اختي", "امي", "ابويا", "حفيدي", "حفيدتي",
		"الولد", "البنت", "الواد", "البت", "ليا", "ebni", "ebny", "benti", "bnti", "mrati", "merati", "gozi", "a5oya", "okhti")
	// personGroups: several people, how many not in the word.
	personGroups = set("عيال", "العيال", "عيالي", "ولادي", "الولاد", "اولادي", "الاولاد", "بناتي", "البنات", "الاطفال", "اطفالي",
		"احفادي", "اخواتي", "اخواتك", "الاخوات", "kids", "children", "sons", "daughters", "boys", "girls", "grandchildren", "grandkids",
		"twins", "brothers", "sisters")
	// personCounted: people counted after a figure ("٢٠ طفل", "٥ افراد",
	// "٣٠ شخص").
	personCounted = set("طفل", "اطفال", "فرد", "افراد", "شخص", "اشخاص", "ضيف", "ضيوف", "نفر", "انفار", "عيل", "عيال")
	// englishPersons: one person after "my" in English.
	englishPersons = set("son", "daughter", "boy", "girl", "wife", "husband", "brother", "sister", "mother", "father", "mom", "dad", "kid", "child",
		"uncle", "aunt", "cousin", "grandfather", "grandmother", "grandpa", "grandma", "friend")
)

// forPeople reads the people goods are for from token m: how many (0 when
// the phrase names none, -1 when several but not how many) and where the
// phrase ends.
func forPeople(ts []token, m int) (float64, int) {
	w := surfaceAt(ts, m)
	if francoFor[w] {
		return francoPeople(ts, m) // "le 2 afrad"
	}
	if w == "for" {
		if v, end := englishPeopleList(ts, m+1); v != 0 {
			return v, end // "for my father, my mother and my aunt"
		}
		k := m + 1
		for apartArticles[surfaceAt(ts, k)] || surfaceAt(ts, k) == "my" || surfaceAt(ts, k) == "our" || surfaceAt(ts, k) == "the" || surfaceAt(ts, k) == "both" || surfaceAt(ts, k) == "of" {
			k++
		}
		n := 0.0
		if surfaceAt(ts, m+1) == "both" || surfaceAt(ts, k-1) == "both" {
			n = 2
		}
		if v, ok := amountValue(surfaceAt(ts, k)); ok && v >= 2 && v == math.Trunc(v) {
			n, k = v, k+1
		}
		switch p := surfaceAt(ts, k); {
		case p == "me" && k == m+1:
			if v, end := englishGroupFor(ts, k); v != 0 {
				return v, end // "for me and my 2 brothers"
			}
		case (latinPersons[p] || latinPersons[wordKey(p)]) && n > 0:
			return n, k + 1 // "for 2 people"

		case personGroups[wordKey(p)] && n > 0:
			return n, k + 1
		case p == "twins":
			return 2, k + 1
		case englishPersons[wordKey(p)] && surfaceAt(ts, k+1) == "and":
			// "for my son and (my) daughter"
			j := k + 2
			if surfaceAt(ts, j) == "my" || surfaceAt(ts, j) == "our" || surfaceAt(ts, j) == "the" {
				j++
			}
			if englishPersons[wordKey(surfaceAt(ts, j))] {
				return 2, j + 1
			}
		}
		return 0, m
	}
	st, ok := "", false
	for _, p := range []string{"لل", "ل"} {
		if st, ok = strings.CutPrefix(strings.TrimPrefix(w, "و"), p); ok {
			break
		}
	}
	if !ok {
		return 0, m
	}
	if v, end := familyFor(ts, m, st); v > 0 {
		return v, end // "لعيلة من ٥ افراد"
	}
	// "لـ٢٠ طفل", "ل ٣٠ شخص", "لعشرين فرد": that many people
	figure, at := st, m
	if st == "" || st == "ـ" {
		figure, at = surfaceAt(ts, m+1), m+1
	}
	if v, ok := amountValue(figure); ok && v >= 2 && v == math.Trunc(v) && personCounted[wordKey(surfaceAt(ts, at+1))] {
		return v, at + 2
	}
	if v, ok := numberWord(figure); ok && v >= 2 && personCounted[wordKey(surfaceAt(ts, at+1))] {
		return v, at + 2
	}
	if personDuals[wordKey(st)] || thingDual(ts[m], st) {
		return 2, m + 1
	}
	if personGroups[wordKey(st)] || personGroups[wordKey("ال"+st)] {
		if v, ok := articledCount(surfaceAt(ts, m+1)); ok && v >= 2 {
			return v, m + 2 // "للعيال التلاتة"
		}
		return 0, m
	}
	if personOnes[wordKey(st)] || personOnes[wordKey("ا"+st)] || personOnes[wordKey("ال"+st)] || w == "ليا" || w == "لي" || mamaWords[st] || kinOf(st) {
		// "لابني ولبنتي", "لبنتي وابني", "ليا ولمراتي": one more for
		// each person joined
		n, k, several := 1.0, m+1, false
		for k < len(ts) && !ts[k].sep {
			nx, ok := strings.CutPrefix(surfaceAt(ts, k), "و")
			if !ok {
				break
			}
			if v, end := partAfterAnd(ts, k, nx); v != 0 {
				// "والولاد التلاتة", "و٢ عيال": that many more; "والعيال": how many?
				several, n, k = several || v < 0, n+max(v, 0), end
				continue
			}
			if p, ok := strings.CutPrefix(nx, "ل"); ok && (personOnes[wordKey(p)] || personOnes[wordKey("ا"+p)] || personOnes[wordKey("ال"+p)] || kinOf(p) || mamaWords[p]) ||
				personOnes[wordKey(nx)] && nx != "ليا" || mamaWords[nx] || kinOf(nx) || w == "ليا" && forHimHer[nx] {
				n, k = n+1, k+1
				continue
			}
			break
		}
		if several {
			return -1, k
		}
		if n >= 2 {
			return n, k
		}
	}
	return 0, m
}

// forHimHer: "for him", "for her" joined after "ليا" ("ليا وليها"): one
// more person.
var forHimHer = set("ليها", "ليه", "لها", "له")

// peopleFigure: a number word written on ل ("لعشرين", "لتلاتين"), which
// a line may hold: how many people, said next.
func peopleFigure(t token) bool {
	st, ok := strings.CutPrefix(strings.TrimPrefix(t.lowSurface(), "و"), "ل")
	return ok && isNumberWord(st)
}

// kinOf: w is a relative with a possessive on it ("اخوه", "اخته",
// "مراته", "ابنها", "اخويا").
func kinOf(w string) bool {
	for _, suf := range []string{"يا", "ي", "ه", "ها", "نا", "هم"} {
		if st, ok := strings.CutSuffix(w, suf); ok && kinStems[st] {
			return true
		}
	}
	return false
}

// kinStems are relatives' nouns before a possessive ending.
var kinStems = map[string]bool{"اخو": true, "اخت": true, "ابن": true, "بنت": true, "مرات": true, "جوز": true, "ام": true, "ابو": true,
	"عم": true, "خال": true, "عمت": true, "خالت": true, "جد": true, "جدت": true, "صاحب": true, "صاحبت": true}

// thingDual: st, said after ل, is the dual of a noun in ة the shop sells
// nothing by ("لعربيتين", "للشقتين", "لاوضتين"): goods for two cars, two
// flats — one shared or one each? — as for two people. Two of a time
// ("لمدة سنتين", "لساعتين") are no things.
func thingDual(t token, st string) bool {
	if t.lex && !t.prep || t.color != "" || timeDuals[wordKey(st)] {
		return false
	}
	stem, ok := strings.CutSuffix(strings.TrimPrefix(st, "ال"), "تين")
	return ok && utf8.RuneCountInString(stem) >= 2
}

// timeDuals: two of a time or a time's measure.
var timeDuals = set("سنتين", "ساعتين", "مرتين", "دقيقتين", "ليلتين", "جمعتين", "فترتين", "نوبتين", "وردتين")

// eachPerson: "كل واحد"/"لكل واحد"/"كل واحدة", "each", "one each", Franco
// "kol wa7ed" said from k to the end of the next clause: one for each.
func eachPerson(ts []token, k int) bool {
	seps := 0
	for ; k < len(ts) && seps < 2; k++ {
		if ts[k].sep {
			seps++
			continue
		}
		w := strings.TrimPrefix(ts[k].lowSurface(), "و")
		switch {
		case w == "each":
			return true
		case (w == "كل" || w == "لكل" || w == "kol" || w == "lekol") && k+1 < len(ts) && eachWords[ts[k+1].text]:
			return true
		}
	}
	return false
}

// sharedByPeople: goods of no count said for several people ("شنطة
// للولدين", "لابني ولبنتي", "for my two sons") — one shared or one each?
// — are asked how many, unless one each is said ("كل واحد", "each"):
// then as many as the people. "لـ" one person is no count at all.
func (r *Rules) sharedByPeople(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	for _, d := range keep {
		k, ok := itemOf[d]
		head := ok && perHeadLine(items[k]) // "عمرة ليا ولمراتي": priced for one person, one each
		if !ok || !head && (items[k].Product == nil || items[k].Product.Unit != catalog.Piece) || items[k].Quantity != catalog.One ||
			len(d.counts) > 0 || d.perN != 0 || d.perWord != "" && eachSaid(ts, d) {
			continue
		}
		// ("for my two sons" is no "each": the perWord English "for" leaves)
		// "a bed" is no count; "one … each" is one for each, and "one" alone
		// is one
		said := d.pre != nil && !(d.pre.end == d.pre.start+1 && d.pre.start < len(ts) && indefinite[ts[d.pre.start].lowSurface()])
		if said && d.pre.val != 1 {
			continue
		}
		for m := d.start; m < len(ts) && (m < d.end || !ts[m].sep); m++ {
			if m < d.end && !(ts[m].prep && ts[m].dual) && !peopleFigure(ts[m]) && !familyAt(ts, m) && (!head || ts[m].lex) {
				continue // the line's own words; "فلتر زيت لعربيتين": its "for"; "لعشرين فرد"
			}
			n, end := forPeople(ts, m)
			if n == 0 {
				continue
			}
			each := head && !said && !otherLineIn(keep, d, m, end) // "ل٣ افراد" whose ٣ is a line's own: not read so
			if n > 0 && (each || eachPerson(ts, end) || said && eachPerson(ts, d.end)) {
				items[k].Quantity = catalog.MilliFromFloat(n)
				for j := m; each && j < end; j++ {
					ts[j].used = true // who they are: the count
				}
			} else if !said {
				items[k].uncounted = true
			}
			break
		}
	}
}

// againWords say "one like it" after و: "وزيها", "ومثله", Franco "w zayaha".
var againWords = set("زيه", "زيها", "زيهم", "زيو", "مثله", "مثلها", "مثلهم", "zayo", "zayoh", "zayaha", "zayha", "zayohom", "zayhom", "zaiha", "zaiho")

// moreAgainWords say "more, besides" beside a count of the same again: "وكمان
// واحدة زيها", "واتنين كمان زيها", Franco "w kaman wa7da zayaha".
var moreAgainWords = set("كمان", "kaman", "kaman", "kman", "تاني", "تانيه", "tany", "tanya", "tani", "tania")

// moreLikeIt: at i, after و, a more word and a count in either order (or
// the more word alone), then "like it" ("وكمان واحدة زيها", "واتنين كمان
// زيها", "وكمان زيه"): the index after the like-it word, or i.
func moreLikeIt(ts []token, i int) int {
	word := func(k int) string {
		if k >= len(ts) || ts[k].sep {
			return ""
		}
		return wordKey(ts[k].lowSurface())
	}
	k := i
	first := word(k)
	switch {
	case first == "و" || first == "w" || first == "wa" || first == "we":
		k++
		first = word(k)
	case strings.HasPrefix(first, "و"):
		first = strings.TrimPrefix(first, "و")
	default:
		return i
	}
	more, counted := false, false
	for n := 0; n < 3; n++ {
		w := first
		if n > 0 {
			w = word(k)
		}
		switch {
		case moreAgainWords[w] && !more:
			more = true
		case !counted && (eachWords[w] || isNumber(w) || isNumberWord(w)):
			counted = true
		case againWords[w] && more:
			return k + 1
		default:
			return i
		}
		k++
	}
	return i
}

// likeItAgain reads, right after a line, "وزيها (بالظبط)", "ومثله", "وواحدة
// زيها", "و٢ زيهم", "and the same", "and another one like it": one more of
// that line — the same goods, size and count (or the count said with it);
// a colour said right after is the new line's own ("وزيه بني", "and the
// same in beige"). It opens the new line and returns the token after the
// cue, or i when there is none.
func (sg *segmenter) likeItAgain(i int) int {
	c, ts := sg.cur, sg.ts
	if c == nil || len(c.words) == 0 || c.end > i || c.partOf != nil || c.unknown || ts[i].aside || ts[i].neg {
		return i
	}
	sameCue, sameN, sameEnd, sameFor := sameForCue(ts, i)
	if sameFor && slices.ContainsFunc(sg.ds, func(d *draft) bool { return d != c }) {
		return i // several lines before: which of them is the same is not sure
	}
	for k := c.end; k < i; k++ {
		if sameFor && ts[k].sep && ts[k].text != "." {
			continue // "شاي كبير، ونفس الشيء لاخواتي الاتنين": a pause before it
		}
		if ts[k].sep || !ts[k].used || !weightMeasure(ts[k]) && measureKind(ts[k]) == "" {
			return i // right after the line, or its measure word ("طفاية ٦ كيلو وكمان واحدة زيها")
		}
	}
	low := func(k int) string {
		if k >= len(ts) || ts[k].sep {
			return ""
		}
		return ts[k].lowSurface()
	}
	var pre *amount
	j := i
	switch w := low(i); {
	case sameFor:
		j = sameEnd // "and the same for my two brothers"
	case strings.HasPrefix(w, "و") && againWords[wordKey(strings.TrimPrefix(w, "و"))] || (w == "و" || w == "w" || w == "wa" || w == "we") && againWords[wordKey(low(i+1))]:
		// "وزيها", "و زيها", Franco "w zayaha"
		j = i + 1
		if !strings.HasPrefix(w, "و") || w == "و" {
			j = i + 2
		}
	case strings.HasPrefix(w, "و") && (eachWords[ts[i].text] || isNumber(ts[i].text) || isNumberWord(strings.TrimPrefix(w, "و"))) && againWords[wordKey(low(i+1))]:
		// "وواحدة زيها", "و٢ زيهم": that many like it
		v, ok := amountValue(ts[i].text)
		if eachWords[ts[i].text] {
			v, ok = 1, true
		}
		if !ok || v < 1 || v != math.Trunc(v) {
			return i
		}
		pre, j = &amount{val: v, start: i, end: i + 1}, i+2
	case moreLikeIt(ts, i) > i:
		// "وكمان واحدة زيها", "واتنين كمان زيها", "w kaman wa7da
		// zayaha": more said with كمان (more, besides), that many like
		// it — one when no count is said
		j = moreLikeIt(ts, i)
		v := 1.0
		for k := i; k < j; k++ {
			if x, ok := amountValue(ts[k].text); ok && !moreAgainWords[wordKey(low(k))] {
				v = x
			}
		}
		if v < 1 || v != math.Trunc(v) {
			return i
		}
		pre = &amount{val: v, start: i, end: j - 1}
	case w == "and" && low(i+1) == "the" && low(i+2) == "same" && low(i+3) != "as":
		j = i + 3 // "and the same", "and the same in beige"
	case w == "and" && (low(i+1) == "another" || low(i+1) == "one") && (low(i+2) == "like" || low(i+2) == "one" && low(i+3) == "like" || low(i+2) == "more" && low(i+3) == "like"):
		// "and another like it", "and another one like it", "and one more like it"
		j = i + 3
		if low(i+2) != "like" {
			j = i + 4
		}
		if low(j) != "it" && low(j) != "that" && low(j) != "this" {
			return i
		}
		j++
		pre = &amount{val: 1, start: i + 1, end: i + 2}
	default:
		return i
	}
	for k := i; k < j; k++ {
		if ts[k].aside && (!sameFor || k < sameCue) {
			return i // "and the same in beige": read already (together.go's sameAgain)
		}
	}
	for j < len(ts) && !ts[j].sep && exactWords[wordKey(low(j))] {
		j++ // "بالظبط", "exactly"
	}
	if j < len(ts) && !ts[j].sep && (ts[j].lex && ts[j].color == "" || isNumber(ts[j].text)) {
		return i // "وزيها ٦ كراسي", "ومثله كرسي": other goods matching it
	}
	if j+1 < len(ts) && !ts[j].sep && butWords[ts[j].lowSurface()] && !ts[j+1].sep && (ts[j+1].lex && ts[j+1].color == "" || isNumber(ts[j+1].text)) {
		return i // "وواحدة زيها بس ٥٥": like it but another variant, its own line
	}
	coloured := false
	for k := j; k < len(ts) && k <= j+2 && !ts[k].sep; k++ {
		coloured = coloured || ts[k].color != ""
	}
	if !coloured && (c.pre == nil || c.pre.unit == "" && !c.pre.implied && !c.pre.per) && len(c.counts) == 0 {
		// the same again in every way: more of the line, its count
		// grown ("ستارة ٩٠ في ١٦٠ وزيها": two of that size, 2.88 m²)
		q := 1.0
		if c.pre != nil {
			q = c.pre.val
		}
		more := q
		if pre != nil {
			more = pre.val
		}
		if sameFor {
			more = q * sameN // each of them the same again
		}
		if c.perN == 0 {
			c.perN = 1
		}
		c.perN *= (q + more) / q
		for k := i; k < j; k++ {
			ts[k].used = true
		}
		c.end = j
		return j
	}
	if sameFor {
		return i // the same for several, of a line counted otherwise: not read
	}
	x := sg.r.sameWords(c)
	x.groups = slices.Clone(c.groups)
	x.sizes = slices.Clone(c.sizes)
	x.room = slices.Clone(c.room)
	if pre == nil && c.pre != nil {
		p := *c.pre
		pre = &p
	}
	x.pre = pre
	if len(c.counts) > 0 && x.pre == nil {
		x.counts = slices.Clone(c.counts)
	}
	if coloured {
		x.colors = nil // a colour said right after is the new line's own
	}
	x.start = i
	return sg.openLine(x, i, j)
}

// exactWords: "exactly", said after "like it".
var exactWords = set("بالظبط", "بالضبط", "بظبط", "exactly", "bezabt")

// oneEachNamed: "شيكر اسود، واحد ليا وواحد لاخويا", "one for me and one
// for my brother" — one of the goods said for each person named in turn:
// as many as the people. A count said before that is another number ("٣
// شيكر، واحد ليا وواحد لاخويا") is left as said, and a colour or size
// said of each one ("واحد اسود ليا وواحد ازرق لاخويا") is each one's own
// line (read elsewhere).
func (r *Rules) oneEachNamed(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || items[k].Product == nil || items[k].Product.Unit != catalog.Piece || d.perN != 0 || len(d.counts) > 1 ||
			len(d.counts) == 1 && d.counts[0] != 1 {
			continue
		}
		// the first "واحد" may be read as the line's bare count ("شيكر
		// اسود، واحد ليا")
		from := d.end
		for m := d.start + 1; m < d.end; m++ {
			if !ts[m].sep && (eachWords[wordKey(ts[m].lowSurface())] || ts[m].lowSurface() == "one") {
				from = m
				break
			}
		}
		n, at := onesForPeople(ts, from, 0)
		if n < 2 {
			// "سنارة لابني وواحدة لاخويا": the goods said for one person,
			// then one more for another
			for m := d.start + 1; m <= d.end && m < len(ts); m++ {
				if e := personFor(ts, m); e > m && !ts[m].lex {
					n, at = onesForPeople(ts, e, 1)
					at = append(at, m)
					break
				}
			}
		}
		if n < 2 || d.pre != nil && d.pre.val != 1 && d.pre.val != float64(n) {
			continue
		}
		items[k].Quantity = catalog.MilliFromFloat(float64(n))
		for _, m := range at {
			ts[m].used = true
		}
	}
}

// onesForPeople reads, from k (past one comma), "واحد(ة) لـPERSON" said
// two or more times joined by و: how many (with n said before), and the
// words read.
func onesForPeople(ts []token, k, n int) (int, []int) {
	if k < len(ts) && ts[k].sep && (ts[k].text == "," || ts[k].text == "،") {
		k++
	}
	var at []int
	for {
		w := surfaceAt(ts, k)
		if n > 0 {
			switch {
			case w == "and" || w == "و" || w == "w":
				k++
				w = surfaceAt(ts, k)
			case strings.HasPrefix(w, "و"):
				w = strings.TrimPrefix(w, "و")
			default:
				return n, at
			}
		}
		if !eachWords[wordKey(w)] && w != "one" {
			return n, at
		}
		end := personFor(ts, k+1)
		if end == k+1 {
			return n, at
		}
		for m := k; m < end; m++ {
			at = append(at, m)
		}
		n, k = n+1, end
	}
}

// personFor: one person said as who a thing is for, from k ("ليا",
// "لاخويا", "لصاحبي", "لماما", "for me", "for my brother"); it returns
// where that ends (k: none).
func personFor(ts []token, k int) int {
	w := surfaceAt(ts, k)
	if w == "for" {
		switch p := surfaceAt(ts, k+1); {
		case p == "me" || p == "him" || p == "myself" || p == "her" && !englishPersons[wordKey(surfaceAt(ts, k+2))]:
			return k + 2
		case p == "my" || p == "his" || p == "her" || p == "our":
			if englishPersons[wordKey(surfaceAt(ts, k+2))] || surfaceAt(ts, k+2) == "colleague" {
				return k + 3
			}
		}
		return k
	}
	if w == "ليا" || w == "لي" || w == "ليه" || w == "ليها" || w == "leya" || w == "liya" || w == "lia" {
		return k + 1
	}
	if (w == "le" || w == "l" || w == "li") && (personOnes[wordKey(surfaceAt(ts, k+1))] || mamaWords[surfaceAt(ts, k+1)]) {
		return k + 2 // Franco "le a5oya", "le mama"
	}
	st, ok := strings.CutPrefix(w, "ل")
	if !ok || ts[k].lex || ts[k].color != "" {
		return k
	}
	// "لاخويا", "لابني", "لماما": a person; "لصاحبي", "لجارتي": my someone
	if personOnes[wordKey(st)] || personOnes[wordKey("ا"+st)] || mamaWords[st] || kinOf(st) ||
		utf8.RuneCountInString(st) >= 3 && (strings.HasSuffix(st, "ي") || strings.HasSuffix(st, "يا")) && !isNumberWord(st) {
		return k + 1
	}
	return k
}

// mamaWords: mother, father, grandmother said as children say them.
var mamaWords = set("ماما", "بابا", "تيتا", "جدو", "خالتو", "عمتو", "عمو", "خالو", "mama", "baba", "teta", "gedo")
