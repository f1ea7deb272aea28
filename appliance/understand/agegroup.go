package understand

import (
	"slices"
	"strings"

	"fatoora/catalog"
)

// People of no age are adults (h40b). A shop sells one service to adults
// and to children as two lines ("داي يوز (للفرد الكبير)" beside "داي يوز
// أطفال من 4 لـ 12 سنة", "Day pass (adult)" beside "Day pass (child)"). A
// line asked only between those two takes the adults' when the message
// tells the people it is for and none of them is a child: a group counted
// ("احنا ٥ صحاب", "٣ افراد", "e7na 4", "we are 5"), the speaker and an
// adult of theirs ("انا وجوزي", "انا ومراتي", "me and my wife"), two
// persons in one word ("لفردين"). A child, a son or a daughter named, or
// an age said, leaves the question.

// ageGroupChooses settles each line asked only between an adults' and a
// children's product on the adults' when the people told are adults.
func (r *Rules) ageGroupChooses(ts []token, items []Item) {
	if !slices.ContainsFunc(items, func(it Item) bool { return len(it.Ambiguous) > 0 }) || !adultsTold(ts) || childTold(ts) {
		return
	}
	for k := range items {
		it := &items[k]
		if it.end == 0 || len(it.Ambiguous) != 1 || len(it.Lacks) > 0 || it.Product == nil {
			continue
		}
		a, c := it.Product, it.Ambiguous[0].Product
		if ageNamed(a) == ageChild {
			a, c = c, a
		}
		if ageNamed(a) != ageAdult || ageNamed(c) != ageChild {
			continue
		}
		it.SKU, it.Product, it.Material = a.SKU, a, a.Material
		it.Ambiguous, it.Vague = nil, false
		it.Confidence = max(it.Confidence, 0.9)
	}
}

const (
	ageAdult = 1
	ageChild = 2
)

// ageNamed: whom p's names say it is for — ageAdult, ageChild, 0 none or
// both.
func ageNamed(p *catalog.Product) int {
	if p == nil {
		return 0
	}
	s := 0
	for _, name := range []string{p.NameAr, lower(p.NameEn)} {
		for _, w := range keysOf(name) {
			switch k := wordKey(w); {
			case adultNamed[k] || adultNamed[w]:
				s |= ageAdult
			case childNamed[k] || childNamed[w]:
				s |= ageChild
			}
		}
	}
	if s == ageAdult|ageChild {
		return 0
	}
	return s
}

var (
	adultNamed = set("كبار", "للكبار", "الكبار", "الكبير", "adult", "adults")
	childNamed = set("اطفال", "أطفال", "للاطفال", "للأطفال", "الاطفال", "طفل", "للطفل", "الطفل", "child", "children", "kids", "kid")
)

// adultsTold: the message tells people of no age the order is for — a
// group counted, the speaker and an adult of theirs, or two persons in one
// word.
func adultsTold(ts []token) bool {
	if len(peopleTold(ts)) > 0 {
		return true
	}
	for i, t := range ts {
		if t.sep {
			continue
		}
		w := t.lowSurface()
		if personMeasureDuals[strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ل")] {
			return true // "لفردين", "لشخصين"
		}
		if (w == "انا" || w == "ana" || w == "me") && i+1 < len(ts) && !ts[i+1].sep {
			n := ts[i+1].lowSurface()
			if adultKin[strings.TrimPrefix(n, "و")] || (n == "w" || n == "and" || n == "we") && i+2 < len(ts) && adultKin[ts[i+2].lowSurface()] ||
				n == "and" && i+3 < len(ts) && ts[i+2].lowSurface() == "my" && adultKin[ts[i+3].lowSurface()] {
				return true // "انا وجوزي", "ana w merati", "me and my wife"
			}
		}
		if isNumber(t.text) && i+1 < len(ts) && !ts[i+1].sep && adultCounted[wordKey(ts[i+1].lowSurface())] {
			return true // "٣ افراد", "٥ صحاب", "4 friends"
		}
	}
	return false
}

var (
	// adultKin: an adult of the speaker's said after "انا و" ("انا
	// وجوزي"), Franco after "ana w", English after "me and my".
	adultKin = set("جوزي", "مراتي", "صاحبي", "صاحبتي", "صحابي", "خطيبي", "خطيبتي", "زميلي", "زميلتي", "زمايلي", "امي", "ماما", "ابويا", "بابا", "والدي", "والدتي", "حماتي",
		"gozi", "gozy", "merati", "mrati", "sa7bi", "sa7by", "sa7bti", "5atibi", "khateebi", "mama", "baba",
		"wife", "husband", "friend", "friends", "fiance", "fiancee", "colleague", "colleagues", "mother", "father", "mom", "dad", "parents")
	// adultCounted: adults counted after a figure.
	adultCounted = set("فرد", "افراد", "شخص", "اشخاص", "نفر", "انفار", "صحاب", "اصحاب", "زمايل", "زملاء", "كبار", "ستات", "رجاله", "شباب",
		"afrad", "ashkhas", "so7ab", "s7ab", "friends", "adults", "persons", "people", "colleagues", "guys")
)

// childTold: the message names a child, a son or a daughter, or says an
// age: who the order is for may be a child.
func childTold(ts []token) bool {
	for _, t := range ts {
		if t.sep {
			continue
		}
		w := strings.TrimPrefix(t.lowSurface(), "و")
		for _, p := range []string{"", "ل", "لل", "ال"} {
			if childOrAgeWords[strings.TrimPrefix(w, p)] {
				return true
			}
		}
		if personDuals[w] || personGroups[w] || childOrAgeWords[wordKey(w)] {
			return true
		}
	}
	return false
}

// childOrAgeWords: a child, a son or a daughter, children, an age's noun.
var childOrAgeWords = set("ابني", "ابنى", "بنتي", "بنتى", "ابنها", "بنتها", "ابنه", "بنته", "ولادي", "اولادي", "عيالي", "عيال", "عيل", "عيله", "ولاد", "اولاد", "طفل", "اطفال", "أطفال",
	"طفله", "ولد", "بنت", "بيبي", "رضيع", "توام", "توأم", "سنين", "سنه", "سنة", "عمره", "عمرها",
	"ebni", "ebny", "benti", "bnti", "wladi", "welad", "3eyal", "3yal", "atfal", "tefl", "sneen", "sana",
	"son", "sons", "daughter", "daughters", "kid", "kids", "child", "children", "baby", "boy", "girl", "twins", "aged", "years", "year-old")

// speakerAndKin sets aside an adult of the speaker's said after "انا و"
// ("انا وجوزي": me and my husband, Franco "ana w gozi"): a person, never
// goods a name's word spells ("جوز" of "عوامة دراع (جوز)": a pair).
func speakerAndKin(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		w := ts[i].lowSurface()
		if ts[i].sep || ts[i+1].sep || w != "انا" && w != "ana" {
			continue
		}
		k := i + 1
		if n := ts[k].lowSurface(); (n == "w" || n == "we" || n == "و") && k+1 < len(ts) && !ts[k+1].sep {
			k++
		}
		if adultKin[strings.TrimPrefix(ts[k].lowSurface(), "و")] && ts[k].lex {
			ts[k].lex, ts[k].used, ts[k].dual, ts[k].color = false, true, false, ""
		}
	}
}
