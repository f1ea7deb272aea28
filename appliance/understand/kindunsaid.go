package understand

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The kind a service's synonym settles unsaid. A shop sells one service
// in several kinds, some for one animal or stage and some for any (a
// vet's "تطعيم ثلاثي للقطط", "تطعيم سباعي للكلاب" and "تطعيم سعار"); a
// synonym of one kind may name only the service and the subject
// ("تطعيم قطط"). The customer who says just that ("عايزة اطعم القطة",
// "vaccinate my cat") has said no kind: the line is asked between the
// lines of that service whose names hold no subject the message does
// not say — never settled on the kind the synonym happens to belong to.

// kindUnsaid opens between the kinds each line that says only its
// product's head noun and subjects, whose product's own name holds a
// kind word the message does not say (serviceKinds).
func (r *Rules) kindUnsaid(ts []token, items []Item) {
	subj := r.subjectTokens(ts)
	if len(subj) == 0 {
		return
	}
	said := map[string]bool{}
	for i, us := range subj {
		if !animalSaid(ts[i].lowSurface()) {
			continue
		}
		for _, u := range us {
			said[u] = true
		}
	}
	if len(said) == 0 {
		return
	}
	for k := range items {
		it := &items[k]
		p := r.indexOf(it.Product)
		if p < 0 || it.end == 0 || len(it.Ambiguous) > 0 || len(it.Lacks) > 0 || it.Vague || !r.headAndSubjectsOnly(ts, it, p) || !r.nameKindUnsaid(ts, p) {
			continue
		}
		if members := r.serviceKinds(p, said); len(members) >= 2 {
			r.openAmong(it, members)
		}
	}
}

// headAndSubjectsOnly: the line's own words are p's head noun and one
// subject word or more — nothing of the kind.
func (r *Rules) headAndSubjectsOnly(ts []token, it *Item, p int) bool {
	sn := r.lx.subjectsRead()
	head, subject := false, false
	for i := max(it.start, 0); i < it.end && i < len(ts); i++ {
		t := ts[i]
		switch {
		case t.sep || !t.lex || stopUnits[t.text]:
		case t.text == r.lx.info[p].head:
			head = true
		case slices.ContainsFunc(r.lx.subjectKeys(t.text), func(u string) bool { return sn.words[u] }):
			subject = true
		default:
			return false
		}
	}
	return head && subject
}

// nameKindUnsaid: p's Arabic name holds a word that is neither its head
// noun nor a subject nor a figure, and the message does not say it (the
// "ثلاثي" of "تطعيم ثلاثي للقطط").
func (r *Rules) nameKindUnsaid(ts []token, p int) bool {
	sn := r.lx.subjectsRead()
	in := r.lx.info[p]
	if len(in.phrases) == 0 {
		return false
	}
	for _, u := range in.phrases[0] {
		if u == in.head || stopUnits[u] || !r.lx.classWord(u) || slices.ContainsFunc(r.lx.subjectKeys(u), func(w string) bool { return sn.words[w] }) {
			continue
		}
		if !slices.ContainsFunc(ts, func(t token) bool { return t.text == u }) {
			return true
		}
	}
	return false
}

// serviceKinds: p and the other lines of its head noun and unit whose
// names hold no subject word — the kinds for any animal or stage — when
// another line of that head is for another subject (peerSubject): the
// head's lines are told apart by what they are for, and some are for
// all. None else: p alone.
func (r *Rules) serviceKinds(p int, said map[string]bool) []int {
	sn := r.lx.subjectsRead()
	out, peer := []int{p}, false
	for q := range r.lx.info {
		if q == p || r.lx.info[q].head != r.lx.info[p].head || r.lx.products[q].Unit != r.lx.products[p].Unit {
			continue
		}
		held := false
		for u := range sn.names[q] {
			if !sn.words[u] || said[u] {
				continue
			}
			held = true
			for s := range said {
				if sn.names[p][s] && r.peerSubjects(s, u) {
					peer = true
				}
			}
		}
		if !held && !slices.ContainsFunc(keysIn(sn.names[q]), func(u string) bool { return sn.words[u] }) && !r.animalNamed(q) {
			out = append(out, q)
		}
	}
	if !peer {
		return out[:1]
	}
	return out
}

// keysIn: the keys of a set.
func keysIn(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// peerSubjects: the subject words s and u tell apart the lines of two
// head nouns or more — a line holding one and another the other, neither
// both ("قطط" and "كلاب" of a vet's grooming, hotel and vaccines).
func (r *Rules) peerSubjects(s, u string) bool {
	sn := r.lx.subjectsRead()
	withS, withU := map[string]bool{}, map[string]bool{}
	for q := range r.lx.info {
		a, b := sn.names[q][s], sn.names[q][u]
		if a && !b {
			withS[r.lx.info[q].head] = true
		}
		if b && !a {
			withU[r.lx.info[q].head] = true
		}
	}
	n := 0
	for h := range withS {
		if withU[h] {
			n++
		}
	}
	return n >= 2
}

// animalNamed: q's names name an animal ("أكل سمك", "bird seed"): a
// line for that animal, never one for any.
func (r *Rules) animalNamed(q int) bool {
	p := &r.lx.products[q]
	for _, name := range []string{p.NameAr, lower(p.NameEn)} {
		for _, w := range keysOf(name) {
			if animalSaid(w) {
				return true
			}
		}
	}
	return false
}

// animalSaid: w names a pet or a farm animal, with its article, "ل",
// "و" or a possessive on it ("للقطة", "قطتي", "my cat", Franco "2otta").
func animalSaid(w string) bool {
	k := wordKey(w)
	for _, p := range []string{"و", "لل", "ل", "ال"} {
		if st, ok := strings.CutPrefix(k, p); ok && utf8.RuneCountInString(st) >= 2 {
			k = st
			break
		}
	}
	if animalWords[k] || animalWords[w] {
		return true
	}
	for _, suf := range []string{"تي", "ي"} {
		if st, ok := strings.CutSuffix(k, suf); ok && (animalWords[st] || animalWords[st+"ه"]) {
			return true
		}
	}
	return false
}

// animalWords: the animals a pet shop or a vet serves, as their keys read.
var animalWords = keySet("قطة", "قطط", "قط", "كلب", "كلاب", "كلبة", "جرو", "عصفور", "عصافير", "طيور", "طير", "ببغاء", "ببغان", "سمك",
	"اسماك", "ارنب", "ارانب", "هامستر", "حصان", "خيل", "سلحفاة", "2otta", "2ota", "otta", "2ott", "otat", "2otat", "kalb", "kalba", "kelab",
	"cat", "cats", "kitten", "kittens", "dog", "dogs", "puppy", "puppies", "bird", "birds", "parrot", "fish", "rabbit", "rabbits",
	"hamster", "horse", "turtle")
