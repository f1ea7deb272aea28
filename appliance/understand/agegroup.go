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
	s := namesMark(p, func(w string) int {
		switch k := wordKey(w); {
		case adultNamed[k] || adultNamed[w]:
			return ageAdult
		case childNamed[k] || childNamed[w]:
			return ageChild
		}
		return 0
	})
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

// childUnaged opens a line between its product and the children's one of
// the same goods when the message names a child, a son or a daughter and
// says no age ("عايز اقص لابني شعره", "داي يوز لابني", Franco "le ebni"):
// the child may be past the children's ages — asked, never the grown-up
// line the bare noun happens to name.
func (r *Rules) childUnaged(ts []token, items []Item) {
	if !childNamedNoAge(ts) {
		return
	}
	for k := range items {
		it := &items[k]
		if it.end == 0 || it.Vague || len(it.Ambiguous) > 0 || len(it.Lacks) > 0 || it.Product == nil || ageNamed(it.Product) == ageChild {
			continue
		}
		if q := r.childSibling(r.indexOf(it.Product)); q >= 0 && r.fitsBoth(ts, it, q) {
			r.openAmong(it, []int{r.indexOf(it.Product), q})
		}
	}
}

// fitsBoth: every catalog word of line it is a word of product q's names
// too — the line names nothing only its own product has ("كنبة سرير
// نوفا": the model named, no question of the children's one).
func (r *Rules) fitsBoth(ts []token, it *Item, q int) bool {
	p := r.indexOf(it.Product)
	for k := max(it.start, 0); k < it.end && k < len(ts); k++ {
		t := ts[k]
		if t.sep || t.color != "" || r.lx.info[q].all[t.text] {
			continue
		}
		if t.lex && !isNumber(t.text) || isNumber(t.text) && p >= 0 && r.lx.info[p].all[t.text] {
			return false // "كفر لحاف ١٦٠": a size only the line's own product has
		}
	}
	return true
}

// childSibling: the one product of p's category, unit and head noun whose
// names say it is for children; -1 when none or several.
func (r *Rules) childSibling(p int) int {
	if p < 0 {
		return -1
	}
	pp := &r.lx.products[p]
	found := -1
	for i := range r.lx.products {
		q := &r.lx.products[i]
		if i == p || q.Category != pp.Category || q.Unit != pp.Unit || ageNamed(q) != ageChild || r.lx.info[i].head != r.lx.info[p].head {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// childNamedNoAge: the message names a child and says no age.
func childNamedNoAge(ts []token) bool {
	named := false
	for _, t := range ts {
		if t.sep {
			continue
		}
		w := strings.TrimPrefix(t.lowSurface(), "و")
		if ageSaidWords[w] || ageSaidWords[wordKey(w)] {
			return false
		}
		for _, p := range []string{"", "ل", "لل", "le", "l"} {
			named = named || unagedChildWords[strings.TrimPrefix(w, p)]
		}
	}
	return named
}

var (
	// unagedChildWords: a child of the speaker's, named.
	unagedChildWords = set("ابني", "ابنى", "بنتي", "بنتى", "ابنها", "بنتها", "ابنه", "بنته", "ولادي", "اولادي", "عيالي", "ebni", "ebny", "benti", "bnti", "wladi", "son", "daughter", "kid", "kids", "child")
	// ageSaidWords: an age said ("٩ سنين", "عنده ٧", "aged 8").
	ageSaidWords = set("سنين", "سنه", "سنة", "سنتين", "سنوات", "عمره", "عمرها", "عنده", "عندها", "sneen", "snin", "sana", "santen", "3omro", "3ando", "years", "year", "yrs", "aged", "old", "year-old", "years-old")
)
