package understand

import (
	"math"
	"strings"
	"unicode"

	"fatoora/catalog"
)

// Goods sold two ways by what the customer hands back: a water bottle, a
// gas cylinder or a battery exchanged against the customer's empty or
// old one ("جركن مياه تبديل (بتسلم جركن فاضي)", "exchange"), or a new one
// for a customer who has none ("جركن مياه جديد", "new"). The two lines
// are one goods (sameGoods) whose names differ by that: which one is
// chosen by what the customer says of their own empties — "وعندي
// الفاضيين", "والجركن الفاضي موجود", "3andy el 3 fadyeen", "we have the
// empties" is the exchange; "we don't have any empty ones", "مفيش عندي
// فاضي", "first time", "اول مرة" the new one — and asked when unsaid. The
// customer's own empties told are context, never goods of their own.

// returnPair: the product's partner of the other side, and whether the
// product is the exchange's side.
type returnPair struct {
	other    int
	exchange bool
}

// exchangeMarks are the words a name says an exchange against the
// customer's own returnable with; newMarks the words of the new one.
var (
	exchangeMarks = set("تبديل", "استبدال", "بتسلم", "تسليم", "exchange", "refill", "swap")
	newMarks      = set("جديد", "جديدة", "new")
	// emptyWords: the customer's empties ("الفاضيين", "fadyeen", "empties")
	emptyWords = set("فاضي", "فاضيه", "فاضية", "فاضيين", "فاضين", "فاضيات", "فارغ", "فارغة", "فارغين",
		"empty", "empties", "fady", "fadi", "fadya", "fadyeen", "fadyin", "fadyen")
	// emptyBefore: the words of having or not having before the empties
	// ("3andy el 3 fadyeen", "we don't have any empty ones", "مفيش عندي فاضي")
	emptyBefore = set("عندي", "عندنا", "معايا", "معانا", "3andy", "3andi", "3ndy", "3andena", "3andina", "ma3aya", "ma3ana",
		"el", "the", "a", "an", "my", "our", "any", "we", "i", "i'm", "have", "has", "got", "do", "don", "dont", "t", "not", "no",
		"مفيش", "مافيش", "ماعنديش", "معنديش", "ماعندناش", "معندناش", "مش", "ولا", "كل", "mafeesh", "mafish", "ma3andeesh", "mesh", "msh")
	// emptyNone: of these, the negations
	emptyNone = set("don", "dont", "not", "no", "مفيش", "مافيش", "ماعنديش", "معنديش", "ماعندناش", "معندناش", "مش", "mafeesh", "mafish", "ma3andeesh", "mesh", "msh")
	// emptyAfter: the state told after the empties ("الفاضي موجود",
	// "والفاضيين جاهزين", "empty ones", "ready")
	emptyAfter = set("موجود", "موجودين", "موجوده", "موجودة", "جاهز", "جاهزين", "جاهزه", "جاهزة", "معايا", "معانا", "عندي", "عندنا",
		"one", "ones", "ready", "here", "mawgood", "mawgodeen", "gahzeen", "gahez")
)

// returnablePairs finds the catalog's exchange and new lines of one goods.
func returnablePairs(lx *lexicon) map[int]returnPair {
	var pairs map[int]returnPair
	sides := make([][2]bool, len(lx.products))
	for i := range lx.products {
		ws := productNameWords(&lx.products[i])
		sides[i] = [2]bool{anyOf(ws, exchangeMarks), anyOf(ws, newMarks)}
	}
	for i := range lx.products {
		if !sides[i][0] || sides[i][1] {
			continue
		}
		for j := range lx.products {
			if j == i || sides[j][0] || !sides[j][1] || !oneGoods(lx, i, j) {
				continue
			}
			if pairs == nil {
				pairs = map[int]returnPair{}
			}
			pairs[i] = returnPair{other: j, exchange: true}
			pairs[j] = returnPair{other: i}
		}
	}
	return pairs
}

// oneGoods: products i and j are one goods — one head noun, unit and
// category, both goods or both services.
func oneGoods(lx *lexicon, i, j int) bool {
	a, b := &lx.products[i], &lx.products[j]
	return a.Unit == b.Unit && a.Category == b.Category && lx.info[i].service == lx.info[j].service &&
		lx.info[i].head != "" && !isNumber(lx.info[i].head) && lx.info[i].head == lx.info[j].head
}

// productNameWords: the keyed words of a product's Arabic and English names.
func productNameWords(p *catalog.Product) []string {
	var ws []string
	for _, w := range strings.FieldsFunc(lower(p.NameAr+" "+p.NameEn), func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '-'
	}) {
		ws = append(ws, wordKey(w))
	}
	return ws
}

func anyOf(ws []string, m map[string]bool) bool {
	for _, w := range ws {
		if m[w] {
			return true
		}
	}
	return false
}

// returnableWord: the word names the customer's returnable — an empty,
// or an old one where an exchange's name hands back an old one.
func (r *Rules) returnableWord(t *token) bool {
	if t.sep {
		return false
	}
	k := t.surfKey()
	if emptyWords[k] {
		return true
	}
	if !oldWords[k] { // an old one, where an exchange's name hands back an old one ("(بتسلم القديمة)")
		return false
	}
	for i, p := range r.returns {
		if p.exchange && anyOf(productNameWords(&r.lx.products[i]), oldWords) {
			return true
		}
	}
	return false
}

// returnableSpans: the customer's own returnables told, each the words
// from..to (exclusive) and whether the customer has none.
func (r *Rules) returnableSpans(ts []token) (spans [][2]int, had, none bool) {
	if len(r.returns) == 0 {
		return nil, false, false
	}
	for k := 0; k < len(ts); k++ {
		if !r.returnableWord(&ts[k]) {
			continue
		}
		from, no := r.emptiesFrom(ts, k)
		to := k + 1
		for to < len(ts) && !ts[to].sep && (emptyAfter[ts[to].surfKey()] || emptyAfter[ts[to].lowSurface()]) {
			to++
		}
		spans = append(spans, [2]int{from, to})
		if no {
			none = true
		} else {
			had = true
		}
		k = to - 1
	}
	for k := 0; k+1 < len(ts); k++ {
		a, b := ts[k].surfKey(), ts[k+1].surfKey()
		if (a == "اول" || a == "أول" || a == "first" || a == "awel" || a == "awal") && (b == "مره" || b == "مرة" || b == "time" || b == "mara" || b == "marra") {
			none = true // "It's our first time", "اول مرة اطلب"
		}
	}
	return spans, had, none
}

// emptiesFrom: where the telling of the empties at k opens — the words
// of having or not having before them, and the goods' head noun named
// definite ("والجركن الفاضي", "3andy el anboba el fadya") when the
// telling opens its clause — and whether it says the customer has none.
func (r *Rules) emptiesFrom(ts []token, k int) (from int, none bool) {
	back := func(from int) int {
		for j := from - 1; j >= 0 && !ts[j].sep && (emptyBefore[ts[j].surfKey()] || emptyBefore[ts[j].lowSurface()] || isNumber(ts[j].text)); j-- {
			from = j
		}
		return from
	}
	from = back(k)
	articles := true
	for j := from; j < k; j++ {
		articles = articles && emptyArticles[ts[j].lowSurface()]
	}
	if j := from - 1; articles && j >= 0 && !ts[j].sep && r.returnableHead(ts[j]) && (definiteOpens(ts, j) || j > 0 && emptyArticles[ts[j-1].lowSurface()]) {
		if f := back(j); f == 0 || ts[f-1].sep || ts[f].conj || strings.HasPrefix(ts[f].surface, "و") || haveWords[ts[f].lowKey()] {
			from = f // "والجركن الفاضي موجود": the customer's own bottle
		}
	}
	for j := from; j < k; j++ {
		none = none || emptyNone[ts[j].surfKey()] || emptyNone[ts[j].lowSurface()]
	}
	return from, none
}

// emptyArticles: the definite article written apart.
var emptyArticles = set("el", "the", "ال")

// returnableHead: the word is the head of goods sold both ways.
func (r *Rules) returnableHead(t token) bool {
	for i := range r.returns {
		if in := r.lx.info[i]; t.text == in.head || t.text == in.headEn {
			return true
		}
	}
	return false
}

// returnableTold sets the customer's own returnables told aside: context,
// no line.
func (r *Rules) returnableTold(ts []token) {
	spans, _, _ := r.returnableSpans(ts)
	for _, s := range spans {
		for k := s[0]; k < s[1]; k++ {
			ts[k].why, ts[k].neg, ts[k].used, ts[k].aside = true, true, true, true
		}
	}
}

// returnableChosen settles each line of goods sold both ways whose own
// words tell neither side: the exchange when the customer told their
// empties, the new one when they have none, else asked between the two.
func (r *Rules) returnableChosen(ts []token, items []Item) {
	if len(r.returns) == 0 {
		return
	}
	_, had, none := r.returnableSpans(ts)
	for k := range items {
		it := &items[k]
		if it.end == 0 || it.end > len(ts) || it.start >= it.end {
			continue
		}
		i := r.returnableOf(ts[it.start:it.end], it)
		pair, ok := r.returns[i]
		if !ok {
			continue
		}
		ex, nw := i, pair.other
		if !pair.exchange {
			ex, nw = nw, ex
		}
		if exSaid, nwSaid := r.returnSideSaid(ts[it.start:it.end], ex, nw); exSaid || nwSaid {
			if exSaid != nwSaid && (it.Product == nil || len(it.Ambiguous) > 0) {
				// "3 garaken tabdeel" asked between the bottle and the
				// plans of bottles: the line's own word chose the exchange
				if it.Vague {
					it.Confidence = math.Min(1, math.Round(it.Confidence/0.6*1000)/1000) // no longer open
				}
				r.setProduct(it, map[bool]int{true: ex, false: nw}[exSaid])
			}
			continue
		}
		switch {
		case had && !none:
			r.setProduct(it, ex)
		case none && !had:
			r.setProduct(it, nw)
		default:
			r.setProduct(it, ex)
			it.Ambiguous = []Candidate{{Product: &r.lx.products[nw], Score: 1}}
			it.Vague = true
			it.Confidence = math.Min(it.Confidence, 0.51)
		}
	}
}

// returnableOf: the product of goods sold both ways the line is of — its
// own, or the one product among those it asks between whose head noun
// the line says ("3 garaken tabdeel" beside "اشتراك شهري 4 جراكن
// تبديل": the bottle, no plan); -1 when none.
func (r *Rules) returnableOf(ts []token, it *Item) int {
	cands := []int{r.indexOf(it.Product)}
	for _, c := range it.Ambiguous {
		cands = append(cands, r.indexOf(c.Product))
	}
	found := -1
	for _, i := range cands {
		if _, ok := r.returns[i]; ok && found < 0 {
			found = i
		}
	}
	if found < 0 || len(cands) == 1 {
		return found
	}
	pair := r.returns[found]
	for _, i := range cands {
		if i == found || i == pair.other {
			continue
		}
		if r.returnHeadSaid(ts, i, false) {
			return -1 // another goods named as well
		}
	}
	if !r.returnHeadSaid(ts, found, true) {
		return -1
	}
	return found
}

// returnHeadSaid: the line says product i's head noun (the Arabic name's
// first word as the vocabulary reads it; en: or the English name's last,
// which for another goods may be a word of the goods' own: "Monthly plan
// 4 bottle exchanges").
func (r *Rules) returnHeadSaid(ts []token, i int, en bool) bool {
	if i < 0 {
		return false
	}
	in := r.lx.info[i]
	for _, t := range ts {
		if !t.sep && !t.aside && (t.text == in.head || en && in.headEn != "" && t.text == in.headEn) {
			return true
		}
	}
	return false
}

// returnSideSaid: a word of the line names the exchange's side and not
// the new one's (ex), or the new one's and not the exchange's (nw).
func (r *Rules) returnSideSaid(ts []token, a, b int) (ex, nw bool) {
	for _, t := range ts {
		if t.sep || t.aside || t.neg {
			continue
		}
		ina, inb := r.lx.info[a].all[t.text], r.lx.info[b].all[t.text]
		ex, nw = ex || ina && !inb, nw || inb && !ina
	}
	return ex, nw
}

// setProduct makes product i the line's, no other asked.
func (r *Rules) setProduct(it *Item, i int) {
	p := &r.lx.products[i]
	it.Product, it.SKU, it.Material = p, p.SKU, p.Material
	it.Ambiguous, it.Vague = nil, false
}
