package understand

import (
	"math"
	"slices"
	"strings"

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
	if k > 0 && !ts[k-1].sep && apartArticles[lower(ts[k-1].surface)] && (isNumber(ts[k].text) || isNumberWord(ts[k].surface)) {
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
	if apartArticles[lower(ts[k+1].surface)] && k+2 < len(ts) && !ts[k+2].sep && (isNumber(ts[k+2].text) || isNumberWord(ts[k+2].surface)) {
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
	// englishPersons: one person after "my" in English.
	englishPersons = set("son", "daughter", "boy", "girl", "wife", "husband", "brother", "sister", "mother", "father", "mom", "dad", "kid", "child")
)

// forPeople reads the people goods are for from token m: how many (0 when
// the phrase names none, -1 when several but not how many) and where the
// phrase ends.
func forPeople(ts []token, m int) (float64, int) {
	word := func(i int) string {
		if i < 0 || i >= len(ts) || ts[i].sep {
			return ""
		}
		return lower(ts[i].surface)
	}
	w := word(m)
	if w == "for" {
		k := m + 1
		for apartArticles[word(k)] || word(k) == "my" || word(k) == "our" || word(k) == "the" || word(k) == "both" || word(k) == "of" {
			k++
		}
		n := 0.0
		if word(m+1) == "both" || word(k-1) == "both" {
			n = 2
		}
		if v, ok := amountValue(word(k)); ok && v >= 2 && v == math.Trunc(v) {
			n, k = v, k+1
		}
		switch p := word(k); {
		case personGroups[wordKey(p)] && n > 0:
			return n, k + 1
		case p == "twins":
			return 2, k + 1
		case englishPersons[wordKey(p)] && word(k+1) == "and":
			// "for my son and (my) daughter"
			j := k + 2
			if word(j) == "my" || word(j) == "our" || word(j) == "the" {
				j++
			}
			if englishPersons[wordKey(word(j))] {
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
	if personDuals[wordKey(st)] {
		return 2, m + 1
	}
	if personGroups[wordKey(st)] || personGroups[wordKey("ال"+st)] {
		if v, ok := articledCount(word(m + 1)); ok && v >= 2 {
			return v, m + 2 // "للعيال التلاتة"
		}
		return 0, m
	}
	if personOnes[wordKey(st)] || personOnes[wordKey("ا"+st)] || personOnes[wordKey("ال"+st)] {
		// "لابني ولبنتي", "لبنتي وابني", "ليا ولمراتي": one more for
		// each person joined
		n, k := 1.0, m+1
		for k < len(ts) && !ts[k].sep {
			nx, ok := strings.CutPrefix(word(k), "و")
			if !ok {
				break
			}
			if p, ok := strings.CutPrefix(nx, "ل"); ok && (personOnes[wordKey(p)] || personOnes[wordKey("ا"+p)] || personOnes[wordKey("ال"+p)]) || personOnes[wordKey(nx)] && nx != "ليا" {
				n, k = n+1, k+1
				continue
			}
			break
		}
		if n >= 2 {
			return n, k
		}
	}
	return 0, m
}

// eachPerson: "كل واحد"/"لكل واحد"/"كل واحدة", "each", "one each", Franco
// "kol wa7ed" said from k to the end of the next clause: one for each.
func eachPerson(ts []token, k int) bool {
	seps := 0
	for ; k < len(ts) && seps < 2; k++ {
		if ts[k].sep {
			seps++
			continue
		}
		w := strings.TrimPrefix(lower(ts[k].surface), "و")
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
		if !ok || items[k].Product == nil || items[k].Product.Unit != catalog.Piece || items[k].Quantity != catalog.One ||
			len(d.counts) > 0 || d.perN != 0 || d.perWord != "" && eachSaid(ts, d) {
			continue
		}
		// ("for my two sons" is no "each": the perWord English "for" leaves)
		// "a bed" is no count; "one … each" is one for each, and "one" alone
		// is one
		said := d.pre != nil && !(d.pre.end == d.pre.start+1 && d.pre.start < len(ts) && indefinite[lower(ts[d.pre.start].surface)])
		if said && d.pre.val != 1 {
			continue
		}
		for m := d.end; m < len(ts) && !ts[m].sep; m++ {
			n, end := forPeople(ts, m)
			if n == 0 {
				continue
			}
			if n > 0 && (eachPerson(ts, end) || said && eachPerson(ts, d.end)) {
				items[k].Quantity = catalog.MilliFromFloat(n)
			} else if !said {
				items[k].uncounted = true
			}
			break
		}
	}
}
