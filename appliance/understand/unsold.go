package understand

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fatoora/catalog"
)

// Goods the shop does not sell, said beside goods it sells (branch h33g,
// h33g_test.go): a clerk answers "we don't sell that", so the box hands
// the line to a person, never drops it nor gives its count to goods near
// it.

// weightOfUnweighed: line d's amount was said as a weight before its
// goods ("و٥ كيلو فحم", "٢٠ كيلو عسل"), and product p, which the line's words
// named, is sold by the piece, priced per no measure, in no weighed packs
// and with no weight in any of its names (a charcoal grill, a honey
// super): a weight is never a count of such goods. The words name goods
// sold by the weight that the shop has only as a word of another thing's
// name ("شواية فحم", "فرازة عسل") — a line for a person.
func (r *Rules) weightOfUnweighed(ts []token, d *draft, p int) bool {
	prod := &r.lx.products[p]
	if prod.Unit != catalog.Piece || PricedPer(*prod) != "" || r.weighed.packsOf(p) != nil || r.lx.weightNamedOf(p) {
		return false
	}
	if w, ok := weightSaid(ts, d); !ok || w <= 0 {
		return false
	}
	// the kilos or grams said before the goods' first word: the goods
	// weighed ("٥ كيلو فحم"); after it a kilo may be a rating of the
	// goods ("سخان ٨ كيلو": kilowatts, "مداه ٢٥ كيلو": kilometres), and a
	// ton a tank's size ("خزان طن")
	for k := max(d.start-1, 0); k < d.end && k < len(ts); k++ {
		t := ts[k]
		if t.sep {
			continue
		}
		if f := weightKg(t.surface); f > 0 || tokenKg(t) > 0 {
			return f > 0 && f <= 1 || f == 0 && tokenKg(t) <= 1
		}
		if k >= d.start && t.lex && t.color == "" && goodsWord(t.text) && !isNumber(t.text) {
			return false
		}
	}
	return false
}

// weightNamed: a weight word is in one of p's names ("معلفة 10 كيلو",
// "لحد 5 كيلو", "1 kg bag", "بالكيلو").
func weightNamed(p *catalog.Product) bool {
	for _, name := range []string{p.NameAr, p.NameEn} {
		for _, k := range keysWithX(name) {
			if weightKg(k) > 0 || tokenKg(token{text: k, surface: k}) > 0 {
				return true
			}
		}
	}
	return false
}

// weightNamedOf is weightNamed of product idx, kept with the catalog (read
// at the first line that asks; two goroutines may both read it, alike).
func (lx *lexicon) weightNamedOf(idx int) bool {
	f := lx.facts(idx)
	if n := f.weight.Load(); n > 0 {
		return n == 2
	}
	w := weightNamed(&lx.products[idx])
	if w {
		f.weight.Store(2)
	} else {
		f.weight.Store(1)
	}
	return w
}

// lamNoun: w, an unknown word opening with ل, reads as a noun of its own
// ("لقاح", "لحمه", "لبن") rather than ل (for) and its object: one ل, no
// article after it ("للقطه" is for the cat), four letters or more, no
// pronoun ending ("لابني", "لبيتنا": for my son, for our house), and no
// word of time, reason or condition ("لازم", "لغايه", "لحد", "لمده").
func (r *Rules) lamNoun(w string) bool {
	if !strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "لل") || utf8.RuneCountInString(w) < 4 || lamWords[w] || verbLike(w) {
		return false
	}
	if st := w[len("ل"):]; verbalNoun(st) || r.known(st) || placeWord(st) || roomWords[placeKey(w)] || placeWords[placeKey(w)] {
		return false // "لتنجيد المراتب", "ولحمام الماستر": for upholstering, for the bathroom
	}
	if st, ok := strings.CutSuffix(w, "ه"); ok && (colourNouns[st] || r.known(st)) {
		return false // "ولونه فاتح": its colour, the pronoun on a word the rules know
	}
	for _, s := range []string{"ي", "ه", "ك"} {
		if strings.HasSuffix(w, s) && s != "ه" {
			return false
		}
	}
	return !strings.HasPrefix(w, "لا") // "لاوضة", "لابني", "لاني": for a room, a son; because
}

// lamWords open with ل and are no goods: when, why, until, how long.
var lamWords = set("لازم", "لغايه", "لحين", "لمده", "لبكره", "لبعد", "لسبب", "لكنه", "لكنها", "لوحده", "لوحدها", "لوحدهم", "لحد", "لسه", "لانه", "لانها", "لحظه", "لطيف", "لذيذ", "لمدة", "لحسن")

// weighedBefore: token i comes right after a weight ("٢ كيلو لحمة",
// "كيلو سمك", "نص كيلو …"), a figure before it or none (one): the goods
// weighed, never what they are for.
func weighedBefore(ts []token, i int) bool {
	if i < 1 || ts[i-1].sep {
		return false
	}
	m := ts[i-1]
	return tokenKg(m) > 0 || weightKg(m.surface) > 0
}

// weighedDim: token i, a dimension word ("سمك": thickness), comes right
// after a weight with no figure after it ("كيلو سمك"): the noun of the
// same letters (fish), goods weighed — a thickness is never in kilos.
func weighedDim(ts []token, i int) bool {
	return dimWords[ts[i].text] && weighedBefore(ts, i) && (i+1 >= len(ts) || ts[i+1].sep || !isNumber(ts[i+1].text))
}

// amountOnly: the tokens say a weight and nothing else (figures, number
// words, weight words).
func amountOnly(ts []token) bool {
	for _, t := range ts {
		if t.sep || !(isNumber(t.text) || isNumberWord(t.text) || tokenKg(t) > 0 || weightKg(t.surface) > 0) {
			return false
		}
	}
	return len(ts) > 0
}

// amountStart: where the amount said right before token i starts (i when
// none): figures, number words and weights back to the first.
func amountStart(ts []token, i int) int {
	a := i
	for a > 0 && amountOnly(ts[a-1:a]) {
		a--
		if ts[a].conj || strings.HasPrefix(ts[a].surface, "و") {
			break // "وكيلو", "و٢": the و opens it
		}
	}
	return a
}

// goodsInLam: token k, read as "for …", is a noun in ل said as goods of
// its own: after و written on it ("ولحمة ضاني") or after a weight ("٢
// كيلو لحمة") — never explained as what the goods are for.
func (r *Rules) goodsInLam(ts []token, k int) bool {
	w := wordKey(ts[k].surface)
	if st, ok := strings.CutPrefix(w, "و"); ok && r.lamNoun(st) {
		return true
	}
	return weighedBefore(ts, k) && r.lamNoun(w)
}

// takeBack gives up what line c read from token a on — its end there, an
// amount said from there ("طاسة ٢٨ و٢ كيلو لحمة": the 2 is the meat's, no
// count of the pan) — when the tokens from a open a line of their own.
func (c *draft) takeBack(ts []token, a int) {
	c.end = min(c.end, a)
	if c.pre != nil && c.pre.start >= a {
		c.pre = nil
	}
	c.groups = slices.DeleteFunc(c.groups, func(g []amount) bool { return len(g) > 0 && g[0].start >= a })
	for k := a; k < len(ts) && !ts[k].sep && amountOnly(ts[k:k+1]); k++ {
		v, ok := amountValue(strings.TrimPrefix(ts[k].text, "و"))
		if n := len(c.counts); ok && n > 0 && c.counts[n-1] == v {
			c.counts = c.counts[:n-1]
			break
		}
	}
}
