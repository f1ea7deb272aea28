package understand

import (
	"slices"
	"strings"

	"fatoora/catalog"
)

// The animal's sex said. A vet names one operation for each sex ("تعقيم
// قطة أنثى / Spaying a female cat", "تعقيم قط ذكر / Neutering a male
// cat"), and a shop's vocabulary may fold every word of it into one. The
// customer says the sex in the animal's feminine form ("القطة", "قطتي",
// Franco "2otta", "kalba"), in a word of it ("أنثى", "female", "she",
// "her") or in the English verb's own meaning ("spay" is done to a
// female, "neuter" and "castrate" to a male, Arabic "خصي"). A line asked
// between products that each name one sex takes the one of the sex said;
// a message that says no sex, or both, chooses nothing.

// sexChooses settles each line asked only between lines named for one
// sex each on the sex the message says (sexSaid).
func (r *Rules) sexChooses(ts []token, items []Item) {
	if !slices.ContainsFunc(items, func(it Item) bool { return len(it.Ambiguous) > 0 }) {
		return
	}
	said := r.sexSaid(ts)
	if said == 0 {
		return
	}
	for k := range items {
		it := &items[k]
		if it.end == 0 || len(it.Ambiguous) == 0 || len(it.Lacks) > 0 {
			continue
		}
		var members []*catalog.Product
		if it.Product != nil {
			members = append(members, it.Product)
		}
		for _, c := range it.Ambiguous {
			members = append(members, c.Product)
		}
		var fit *catalog.Product
		n := 0
		for _, m := range members {
			s := sexNamed(m)
			if s == 0 {
				fit, n = nil, 2 // a line of no sex: the sex does not choose
				break
			}
			if s == said {
				fit, n = m, n+1
			}
		}
		if n != 1 || fit == nil {
			continue
		}
		it.SKU, it.Product, it.Material = fit.SKU, fit, fit.Material
		it.Ambiguous, it.Vague = nil, false
		it.Confidence = max(it.Confidence, 0.9)
	}
}

// sexNamed: the sex p's names state — 1 female, -1 male, 0 none or both.
func sexNamed(p *catalog.Product) int {
	return oneSex(namesMark(p, func(w string) int {
		switch k := wordKey(w); {
		case femaleNamed[k]:
			return 1
		case maleNamed[k]:
			return 2
		}
		return 0
	}))
}

// oneSex: the sex of a mask of those seen (1 female, 2 male): 1 female,
// -1 male, 0 none or both.
func oneSex(s int) int {
	switch s {
	case 1:
		return 1
	case 2:
		return -1
	}
	return 0
}

// sexSaid: the sex the message says of the animal — 1 female, -1 male, 0
// none or both (sexOfToken).
func (r *Rules) sexSaid(ts []token) int {
	subj := r.subjectTokens(ts)
	s := 0
	for i := range ts {
		switch r.sexOfToken(ts, i, subj) {
		case 1:
			s |= 1
		case -1:
			s |= 2
		}
	}
	return oneSex(s)
}

// sexOfToken: the sex token i says — a word of it, a verb done to one
// sex, or a subject word in the feminine ("القطة", "قطتي", "2otta").
func (r *Rules) sexOfToken(ts []token, i int, subj map[int][]string) int {
	if ts[i].sep || negatedSaid(ts, i) {
		return 0
	}
	w := ts[i].lowSurface()
	k := strings.TrimPrefix(wordKey(w), "و")
	switch {
	case femaleSaid[w] || femaleSaid[k]:
		return 1
	case maleSaid[w] || maleSaid[k]:
		return -1
	}
	if len(subj[i]) == 0 {
		return 0
	}
	if isLatinWord(w) {
		if strings.HasSuffix(w, "a") {
			return 1 // Franco "2otta", "kalba"
		}
		return 0
	}
	if strings.HasSuffix(k, "ه") || strings.HasSuffix(k, "تي") {
		return 1 // "القطة", "قطتي"
	}
	return 0
}

var (
	// femaleNamed and maleNamed: the sex in a product's names.
	femaleNamed = keySet("أنثى", "انثى", "انثي", "female")
	maleNamed   = keySet("ذكر", "male")
	// femaleSaid and maleSaid: the sex in the customer's words — its
	// word, a pronoun, or a verb done to one sex only.
	femaleSaid = keySet("أنثى", "انثى", "انثي", "female", "she", "her", "hers", "spay", "spayed", "spaying", "nta", "ontha")
	maleSaid   = keySet("ذكر", "male", "he", "him", "his", "neuter", "neutered", "neutering", "castrate", "castrated", "castration",
		"خصي", "خصيه", "dakar", "dakr")
)
