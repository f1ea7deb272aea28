package understand

import (
	"math"
	"strings"

	"fatoora/catalog"
)

// worthCurrency: the pound a money's worth is said in.
var worthCurrency = set("جنيه", "جنيها", "جنية", "ج", "جم", "geneh", "gneh", "genih", "gnih", "egp", "le", "pound", "pounds")

// worthBy: "for" (ب, b, for) or "with" a sum of money.
var worthBy = set("ب", "b", "bi", "for", "with")

// worthOf: "of" or "من" between the money and the goods it buys ("with 50
// pounds of falafel", "بخمسين جنيه من الطعمية").
var worthOf = set("of", "من", "mn", "men")

// worthEach: the money said is a piece's price, not the worth of all
// ("بعشرة جنيه للواحد", "for 10 pounds each").
var worthEach = set("للواحد", "للواحده", "الواحد", "الواحده", "للحته", "للقطعه", "each", "apiece", "lel wa7ed")

// moneysWorth reads goods asked by the money's worth: a sum in pounds
// said right after the goods ("طعمية بعشرين جنيه", "ta3meya b 20 geneh",
// "falafel for 20 pounds") or right before them ("with 50 pounds of
// falafel", "بخمسين جنيه طعمية"). The sum is no count of the goods and
// no word left unread: it is set on the goods' word (token.worth), for
// worthCounted to divide by the price. A sum in a question ("طعمية
// بعشرين جنيه؟": is it that price), a piece's price ("للواحد") or a sum
// said of definite goods ("والتوصيل بعشرين جنيه": a sentence, what it
// costs) is left as it is.
func moneysWorth(ts []token) {
	for i := range ts {
		s, c, v, ok := worthAt(ts, i)
		if !ok || questionAfter(ts, c) || c+1 < len(ts) && !ts[c+1].sep && worthEach[ts[c+1].lowSurface()] {
			continue
		}
		g := -1
		if s > 0 && !ts[s-1].sep && ts[s-1].lex && !isNumber(ts[s-1].text) {
			g = s - 1
		} else if k := c + 1; k < len(ts) && !ts[k].sep {
			if worthOf[ts[k].lowSurface()] && k+1 < len(ts) && !ts[k+1].sep {
				k++
			}
			if ts[k].lex && !isNumber(ts[k].text) {
				g = k
			}
		}
		if g < 0 || saidDefinite(ts, g) {
			continue // "والتوصيل بعشرين جنيه": the delivery is that much, a sentence
		}
		ts[g].worth = v
		for k := s; k <= c; k++ {
			ts[k].used, ts[k].aside = true, true
		}
	}
}

// worthAt: a sum of money in pounds starts at i — "بعشرين جنيه" (the
// figure's word with ب on it), "ب ٢٠ جنيه", "b 20 geneh", "for 20
// pounds", "with 50 pounds" — its first and last token and its value.
func worthAt(ts []token, i int) (start, end int, v float64, ok bool) {
	figure := func(k int) (float64, bool) {
		if k >= len(ts) || ts[k].sep {
			return 0, false
		}
		if f, ok := parseDigits(ts[k].text); ok {
			return f, true
		}
		return numberWord(ts[k].text)
	}
	pound := func(k int) bool {
		return k < len(ts) && !ts[k].sep && (worthCurrency[ts[k].lowSurface()] || worthCurrency[ts[k].text])
	}
	if ts[i].sep {
		return 0, 0, 0, false
	}
	if strings.HasPrefix(ts[i].surface, "ب") && ts[i].surface != ts[i].text {
		if f, ok := figure(i); ok && f > 0 && pound(i+1) {
			return i, i + 1, f, true // "بعشرين جنيه"
		}
	}
	if worthBy[ts[i].lowSurface()] {
		if f, ok := figure(i + 1); ok && f > 0 && pound(i+2) {
			return i, i + 2, f, true // "ب ٢٠ جنيه", "for 20 pounds"
		}
	}
	return 0, 0, 0, false
}

// questionAfter: the clause token c ends in is a question ("…؟").
func questionAfter(ts []token, c int) bool {
	for k := c + 1; k < len(ts); k++ {
		if ts[k].sep {
			return ts[k].text == "?" || ts[k].text == "؟"
		}
	}
	return false
}

// worthCounted: a line of goods sold by the piece asked by the money's
// worth (moneysWorth), with no count said, is that money over the
// piece's price when it divides exactly ("طعمية بعشرين جنيه" of a 2 EGP
// piece: 10); when it does not, how many is asked — never one. A sum
// said beside a count, or of a line not one product by the piece, that
// is neither the piece's price nor the count's, is left unread for a
// person ("٣ سندوتش فول بعشرين جنيه" of a 10 EGP sandwich).
func worthCounted(ts []token, keep []*draft, items []Item, itemOf map[*draft]int) {
	for _, d := range keep {
		k, ok := itemOf[d]
		if !ok || k >= len(items) {
			continue
		}
		g := -1
		for n := d.start; n < d.end && n < len(ts); n++ {
			if ts[n].worth > 0 {
				g = n
			}
		}
		if g < 0 {
			continue
		}
		v, it := ts[g].worth, &items[k]
		if it.Product == nil || it.Product.Unit != catalog.Piece || it.Product.Price <= 0 || len(it.Ambiguous) > 0 {
			worthUnread(ts, g)
			continue
		}
		n := v * 100 / float64(it.Product.Price)
		if it.Quantity != catalog.One || d.pre != nil || len(d.counts) > 0 || len(d.groups) > 0 {
			if q := it.Quantity.Float(); math.Abs(n-1) > 1e-9 && math.Abs(n-q) > 1e-9 {
				worthUnread(ts, g)
			}
			continue
		}
		if n >= 1 && math.Abs(n-math.Round(n)) < 1e-9 {
			it.Quantity = catalog.MilliFromFloat(math.Round(n))
			continue
		}
		it.Missing = append(it.Missing, "count")
	}
}

// worthUnread: the sum said with the goods at g is left unread.
func worthUnread(ts []token, g int) {
	for _, at := range []int{g + 1, g - 3, g - 4} {
		if at < 0 || at >= len(ts) {
			continue
		}
		if s, c, _, ok := worthAt(ts, at); ok && (s == g+1 || c == g-1 || c == g-2) {
			for k := s; k <= c; k++ {
				ts[k].used = false
			}
			return
		}
	}
}
