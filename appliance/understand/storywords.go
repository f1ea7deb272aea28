package understand

import (
	"slices"
	"strings"
)

// lookingFor: token k is a verb of looking for, said before what is
// looked for ("وبدور على حضانة", "بندور على ملعب", "badawar 3ala"): the
// customer's search, as a want-verb says it; the thing after it is read
// as any want's object.
func lookingFor(ts []token, k int) bool {
	t := ts[k]
	if t.sep || t.lex || k+1 >= len(ts) || ts[k+1].sep {
		return false
	}
	w := wordKey(strings.TrimPrefix(t.surface, "و"))
	if !lookingVerbs[w] && !lookingVerbs[strings.TrimPrefix(t.lowSurface(), "w")] {
		return false
	}
	return lookedOn[ts[k+1].lowSurface()] || lookedOn[wordKey(ts[k+1].surface)]
}

// lookingVerbs: looking for (دور على), as the customer or the family says
// it, in the present, progressive and past.
var lookingVerbs = set("بدور", "بندور", "بتدور", "بيدور", "بيدوروا", "ندور", "هدور", "هندور", "دورت", "دورنا", "بدوّر",
	"badawar", "badawwar", "bdawar", "bndawar", "bendawar", "benedawar", "dawart", "dawarna")

// lookedOn: "على" (for, after a verb of looking) as it is written.
var lookedOn = set("علي", "على", "ع", "3ala", "3la", "for")

// askedOfMe: token k is a verb of asking said with "of me" or "of us"
// ("الدكتور طالب مني تحاليل", "المدرسة طالبة منا", "talab menny"): someone
// asked the customer for what follows — the goods it names are the
// customer's order, the asking is why.
func askedOfMe(ts []token, k int) bool {
	t := ts[k]
	if t.sep || t.lex || k+1 >= len(ts) || ts[k+1].sep {
		return false
	}
	w := wordKey(strings.TrimPrefix(t.surface, "و"))
	return askingVerbs[w] && ofMeWords[ts[k+1].lowSurface()]
}

// askingVerbs: asked (for), of a person: "طالب", "طالبة", "طلب", "طلبت".
var askingVerbs = set("طالب", "طالبه", "طالبين", "طلب", "طلبت", "طلبوا", "طلبو", "talab", "taleb", "talba", "talbeen")

// ofMeWords: "of me", "of us" after a verb of asking.
var ofMeWords = set("مني", "منى", "منا", "مننا", "menny", "minny", "meni", "menna", "menena")

// beforeEvent: token k is the event a time is told by, right after
// "قبل" or "بعد" and said with the article ("تحاليل قبل العملية", "بعد
// الولادة", "قبل السفر"): when, no goods. A catalog word, a figure or a
// colour is left as said.
func beforeEvent(ts []token, k int) bool {
	t := ts[k]
	if k == 0 || t.sep || t.lex || t.fuzzy || t.color != "" || isNumber(t.text) || ts[k-1].sep {
		return false
	}
	p := strings.TrimPrefix(ts[k-1].text, "و")
	return (p == "قبل" || p == "بعد") && strings.HasPrefix(strings.TrimPrefix(t.surface, "و"), "ال")
}

// nameForSaid: token k is a word a line's product name holds after "لل"
// (for the …): "كتب KG2 للترم" (books for the term) said "كتب الترم" —
// the name's own word, said with the article instead.
func nameForSaid(ts []token, k int, items []Item) bool {
	t := ts[k]
	if t.sep || t.lex || isNumber(t.text) || !isArabicWord(t.surface) {
		return false
	}
	w := strings.TrimPrefix(wordKey(strings.TrimPrefix(t.surface, "و")), "ال")
	if len([]rune(w)) < 2 {
		return false
	}
	return slices.ContainsFunc(items, func(it Item) bool {
		return it.Product != nil && slices.ContainsFunc(strings.Fields(it.Product.NameAr), func(f string) bool { return fold(f) == "لل"+w })
	})
}

// namedAtLength: from token k on, three words or more of the catalog in a
// row, the first a head noun, with no figure or colour among them and no
// و joining another thing ("الحجز الشهري الثابت بالليل"; "النقل وفك
// وتركيب" are three works): goods named as fully as a count would name
// them.
func (r *Rules) namedAtLength(ts []token, k int) bool {
	if k >= len(ts) || ts[k].sep || !ts[k].lex || !r.lx.heads[ts[k].text] {
		return false
	}
	n := 0
	for x := k; x < len(ts) && !ts[x].sep && ts[x].lex && !ts[x].neg && ts[x].color == "" && !isNumber(ts[x].text) &&
		(x == k || !ts[x].conj && !strings.HasPrefix(ts[x].surface, "و")); x++ {
		n++
	}
	return n >= 3
}
