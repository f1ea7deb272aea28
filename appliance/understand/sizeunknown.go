package understand

import (
	"math"
	"slices"
	"strings"
)

// sizeUnknown reads the customer saying they do not know the size —
// "عايز جوانتي اسود بس مش عارف مقاسي", "ومعرفش مقاسه", Franco "mesh 3aref
// el ma2as", English "but I don't know my size": the words are set aside
// (no goods, nothing unexplained) and the line said before them is asked
// between the products of its kind the words said fit (optionsFitting:
// its head noun and category, in stock) — never one size guessed. With
// one product fitting the line stays as read.
func (r *Rules) sizeUnknown(ts []token, items []Item) {
	for at := 0; at < len(ts); at++ {
		from, to, ok := unknownSizeAt(ts, at)
		if !ok {
			continue
		}
		for m := from; m < to; m++ {
			ts[m].aside, ts[m].used, ts[m].lex, ts[m].color = true, true, false, ""
		}
		if k := lineBefore(items, from); k >= 0 {
			r.askAmongFitting(ts, &items[k])
		}
		at = to - 1
	}
}

// unknownSizeAt: a size noun at s ("مقاسي", "المقاس", "ma2asi", "size")
// with a verb of knowing or being sure negated before it in its clause
// ("مش عارف", "معرفش", "mesh 3aref", "don't know", "not sure of"): the
// span [from, to) of the words said.
func unknownSizeAt(ts []token, s int) (int, int, bool) {
	t := ts[s]
	if t.sep || !sizeNounsOwned[wordKey(strings.TrimPrefix(t.lowSurface(), "و"))] {
		return 0, 0, false
	}
	know := -1
	for j := s - 1; j >= 0 && j >= s-4 && !ts[j].sep; j-- {
		w := wordKey(strings.TrimPrefix(ts[j].lowSurface(), "و"))
		if negatedKnow[w] {
			return j, s + 1, true // "معرفش مقاسي", "ma3rafsh ma2asi"
		}
		if knowWords[w] {
			know = j
			break
		}
	}
	if know < 0 {
		return 0, 0, false
	}
	from := -1
	for j := know - 1; j >= 0 && j >= know-3 && !ts[j].sep; j-- {
		if notKnowing[wordKey(strings.TrimPrefix(ts[j].lowSurface(), "و"))] {
			from = j // the furthest: "don" of "don't" before its "t"
		}
	}
	return from, s + 1, from >= 0
}

// lineBefore: the last line read before token at, or -1.
func lineBefore(items []Item, at int) int {
	k := -1
	for i, it := range items {
		if it.Product != nil && it.end > 0 && it.end <= at {
			k = i
		}
	}
	return k
}

// askAmongFitting makes the line a question between the products of its
// kind the words said fit (optionsFitting), when more than one does: a
// size the customer does not know, the options the customer asks.
func (r *Rules) askAmongFitting(ts []token, it *Item) {
	if it.start >= it.end || it.end > len(ts) {
		return
	}
	fit := r.optionsFitting(ts[it.start:it.end], it)
	if len(fit) < 2 {
		return
	}
	it.Ambiguous = nil
	for _, j := range fit {
		it.Ambiguous = append(it.Ambiguous, Candidate{Product: &r.lx.products[j], Score: 1})
	}
	it.Product, it.SKU, it.Material, it.Vague = nil, "", "", true
	it.Missing = slices.DeleteFunc(slices.Clone(it.Missing), func(m string) bool { return m == "color" })
	it.Confidence = math.Min(it.Confidence, 0.51)
}

var (
	// sizeNounsOwned: the size, mine, his, hers, theirs, ours — Arabic,
	// Franco and English.
	sizeNounsOwned = set("مقاسي", "مقاسه", "مقاسها", "مقاسهم", "مقاسنا", "المقاس", "مقاس", "المقاسات",
		"ma2asi", "ma2asy", "ma2aso", "ma2asha", "ma2as", "el ma2as", "size", "sizes")
	// knowWords: knowing, being sure, remembering.
	knowWords = set("عارف", "عارفه", "عارفين", "متاكد", "متاكده", "متاكدين", "فاكر", "فاكره", "فاكرين",
		"3aref", "3arfa", "3arefa", "3arfin", "3arfeen", "fakr", "faker", "fakra", "mt2aked", "mot2aked", "met2aked",
		"know", "sure", "remember")
	// negatedKnow: "I don't know", "I don't remember" in one word.
	negatedKnow = set("معرفش", "مااعرفش", "مبعرفش", "مفتكرش", "ma3rafsh", "ma3rfsh", "m3rafsh", "mafakersh")
	// notKnowing: not, don't, no idea.
	notKnowing = set("مش", "مو", "ما", "mesh", "msh", "mish", "not", "don", "dont", "t", "didn", "no", "never")
)
