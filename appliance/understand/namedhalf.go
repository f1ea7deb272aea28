package understand

import (
	"math"
	"strings"
)

// halfOfNext reads "و نص" said right after a figure that names the goods
// before it ("وعلبة ١٠ ونص كيلو رصاص" beside a "سنار مقاس 10 (علبة
// 100)", Franco "3elba 10 w nos kilo rosas", English "a box of size 10
// and half a kilo of sinkers") as the start of the next goods' amount: a
// box of the size-10 hooks, and half a kilo of lead — never 10½ kilos of
// lead and the box lost. The figure names them when a product's names
// hold it beside the word said before it (a word of the goods or their
// pack), and the fraction opens the next amount when a measure follows it
// ("كيلو", "متر", "half a kilo") and then goods of the shop that product
// is not ("رصاص", "of sinkers"). A real mixed number stays one: with no
// goods naming the figure before it ("٢ ونص متر قماش", "وتلاتة ونص
// كيلو"), when the figure and its fraction is itself a figure of those
// goods ("سلك ٢ ونص مم" beside a "سلك 2.5 مم"), or when the goods' names
// give the figure in the measure said ("كيس ٢ ونص كيلو" beside a "كيس 2
// كيلو": the bag's weight, said more).
func (r *Rules) halfOfNext(ts []token) {
	for i := 1; i+3 < len(ts); i++ {
		h, t := ts[i-1], ts[i]
		if h.sep || t.sep || t.conj || !h.lex || isNumber(h.text) || h.color != "" {
			continue
		}
		v, m, ok := numberAt(ts, i, func(k int) bool { return ts[k].lex }) // "سنار عشرة ونص كيلو رصاص" too
		if !ok || v <= 0 || v != math.Trunc(v) {
			continue
		}
		f, n := fractionTail(ts, i+m)
		if n == 0 || f <= 0 {
			continue
		}
		u := i + m + n
		if u < len(ts) && !ts[u].sep && (ts[u].text == "a" || ts[u].text == "an") {
			u++ // "and half a kilo"
		}
		if u+1 >= len(ts) || ts[u].sep || ts[u].conj || !(weightMeasure(ts[u]) || isUnitOrDozen(ts[u].text) || measureKinds[measureUnit(ts[u])] != "") {
			continue
		}
		g := u + 1
		if g+1 < len(ts) && !ts[g].sep && (ts[g].text == "of" || ts[g].text == "من") {
			g++ // "half a kilo of sinkers", "نص كيلو من الرصاص"
		}
		for k := 0; k < 2 && g+1 < len(ts) && !ts[g].sep && ts[g].lex && !r.isHead(ts[g].text) && !ts[g+1].sep && ts[g+1].lex; k++ {
			g++ // "of building nails": English says the goods' head noun last
		}
		if g >= len(ts) || ts[g].sep || !ts[g].lex || isNumber(ts[g].text) || !r.isHead(ts[g].text) {
			continue
		}
		if r.figureNamedBefore(h.text, numString(v), numString(v+f), ts[u]) {
			ts[i+m].halfOpens = true
		}
	}
}

// figureNamedBefore: some product's names hold word h and figure fig,
// none holds h with the figure and its fraction (mixed), and none of them
// gives fig before a measure of the kind of unit u (its weight or size in
// that measure, said with a half more).
func (r *Rules) figureNamedBefore(h, fig, mixed string, u token) bool {
	if w, ok := r.lx.rewrite[h]; ok {
		h = w
	}
	for _, p := range r.lx.postings[mixed] {
		if r.lx.info[p].all[h] {
			return false // "بنطة ٦ ونص" beside a "بنطة 6.5 مم": the figure and its half name goods too
		}
	}
	kind, named := measureOfWord(measureUnit(u)), false
	for _, p := range r.lx.postings[fig] {
		info := &r.lx.info[p]
		if !info.all[h] {
			continue
		}
		for _, ph := range info.phrases {
			for k := 0; k+1 < len(ph); k++ {
				if ph[k] == fig && measureOfWord(ph[k+1]) == kind {
					return false // "كيس 2 كيلو": the figure is the goods' weight
				}
			}
		}
		named = true
	}
	return named
}

// measureOfWord: the measure word w says ("kg" of "كيلو" and "kilo", "m" of
// "متر"), else w itself ("طن").
func measureOfWord(w string) string {
	if k := measureKinds[w]; k != "" {
		return k
	}
	if k, ok := unitWord(w); ok {
		return k
	}
	return w
}

// sizeAfterAnd: the figure at i follows a size word that و opens, alone or
// with a pack word ("ومقاس ١٠", "وعلبة مقاس ١٠", "و علبة مقاس ١٠"): the
// size of another line, no side of the line before.
func sizeAfterAnd(ts []token, i int) bool {
	if i < 2 || ts[i-1].sep || !sizeCue[ts[i-1].text] {
		return false
	}
	// Franco "we ma2as 8", English "and size 8": و written apart
	and := func(k int) bool { return !ts[k].sep && (ts[k].text == "و" || andWords[ts[k].lowSurface()]) }
	if ts[i-1].conj || and(i-2) {
		return true
	}
	k := i - 2
	if ts[k].sep || !pieceWords[ts[k].text] {
		return false
	}
	return ts[k].conj || k > 0 && and(k-1)
}

// onePack: t is a pack or a piece said in the singular ("علبة", "كيس",
// "3elba", "box"): one of it, with no count before.
func onePack(t token) bool {
	w := t.lowSurface() // as said: the vocabulary may fold "علب" into "علبة"
	return !t.sep && !t.dual && !t.plural && (singlePacks[w] || singlePacks[strings.TrimPrefix(wordKey(w), "و")])
}

// singlePacks: the singular of the packs and pieces a shop counts in.
var singlePacks = set("علبه", "كيس", "شكاره", "شيكاره", "لفه", "كرتونه", "جردل", "سطل", "بستله", "جالون", "باكو", "باكت", "جركن", "جركنه",
	"قطعه", "حته", "box", "bag", "roll", "pack", "bucket", "pail", "tub", "tin", "sack", "carton", "packet", "piece",
	"3elba", "elba", "kis", "kees", "shekara", "shikara", "kartona", "lafa", "gardal", "gardel")
