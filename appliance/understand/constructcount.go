package understand

import (
	"strings"
	"unicode/utf8"
)

// thirdWords are the words that say a third ("تلت", standard ثلث after
// fold) and, in Egypt's construct state, the count three before a noun:
// "تلت علب" is تلات علب (three boxes), "تلت متر" a third of a metre.
var thirdWords = set("تلت")

// pluralPacks are the plurals of the packs a shop counts in: "تلت اكياس"
// is three bags, never a third of bags.
var pluralPacks = set("اكياس", "شكاير", "شكائر", "علب", "لفات", "كراتين", "جرادل", "سطول", "بستلات",
	"جالونات", "جراكن", "ازايز", "قزايز", "زجاجات", "الواح", "حتت", "حبات", "قطع", "رولات", "بكر")

// constructThree reads "تلت" before a noun in the plural (or a set, which
// Egypt counts in the singular: "تلات طقم") as the count three: a third
// is said of a measure or of one thing ("تلت متر", "تلت كيلو", "تلت
// الكمية"), never of several things, and no shop sells a third of a set.
// A third after a whole ("اتنين وتلت", "متر وتلت") is the fraction still.
func (r *Rules) constructThree(raw []token) {
	for i := 0; i+1 < len(raw); i++ {
		if raw[i].sep || raw[i+1].sep {
			continue
		}
		w, and := strings.CutPrefix(wordKey(raw[i].surface), "و")
		if !thirdWords[w] {
			continue
		}
		if i > 0 && !raw[i-1].sep && (isNumber(raw[i-1].text) || unitOf(raw[i-1].text)) {
			continue // "٢ متر تلت": the fraction of what was measured
		}
		if r.pluralNoun(wordKey(raw[i+1].surface)) {
			raw[i].text, raw[i].conj = "تلات", raw[i].conj || and // "وتلت علب": and three boxes
		}
	}
}

// unitOf: w is a length, weight or count unit a fraction may follow.
func unitOf(w string) bool {
	_, ok := unitWords[w]
	return ok || dozenWords[w] > 0
}

// pluralNoun: w, as the customer wrote it, is a noun in the plural — a
// pack's, one of the lexicon's plurals of the shop's nouns (فواعل,
// sound plurals, the broken plural of a name's word), a فعلان plural of
// a word the vocabulary groups with a head ("كيعان" beside "كوع") — or a
// set, counted in the singular.
func (r *Rules) pluralNoun(w string) bool {
	if pluralPacks[w] || setWords[w] {
		return true
	}
	if strings.HasPrefix(w, "ال") || utf8.RuneCountInString(w) < 3 {
		return false // "تلت الكمية": a third of the quantity
	}
	lx := r.lx
	if lx.plurals[w] != "" || lx.countedPlurals[w] != "" || lx.brokenPlural(w) {
		return true
	}
	if st, ok := strings.CutSuffix(w, "ات"); ok && utf8.RuneCountInString(st) >= 2 && (r.known(st+"ه") || r.known(st)) {
		return true // "شمعات", "ترابيزات": the sound feminine plural of a known word
	}
	return r.fualanPlural(w)
}

// fualanPlural: w is the فعلان plural (كيعان, قمصان, جدران) of a word the
// shop's vocabulary groups it with: the same consonants and an ان.
func (r *Rules) fualanPlural(w string) bool {
	st, ok := strings.CutSuffix(w, "ان")
	if !ok || !isArabicWord(w) || utf8.RuneCountInString(st) < 2 {
		return false
	}
	h := r.lx.rewrite[w]
	if h == "" {
		return false
	}
	for u, g := range r.lx.rewrite {
		if g == h && u != w && isArabicWord(u) && skeleton(u) == skeleton(st) {
			return true
		}
	}
	return false
}
