package understand

import (
	"regexp"
	"slices"
	"strings"

	"fatoora/catalog"
)

// A product made in sizes, no size said (h40b). A shop lists one product
// in sizes, each its own line whose name says the size ("ركبية طبية مقاس
// M", "ركبية طبية مقاس L", "Knee brace size M": a garment's letter
// size), and its vocabulary may
// give the bare noun to one of them ("ركبية" of the M). A customer who
// names the product and no size ("I need a knee brace but I'm not sure
// about my size", "عايز ركبية سودا", Franco "3ayez rokbeya") is asked
// which size — never sold the size the bare noun happens to belong to.
// A size is said when a word one size's names hold and the others' do
// not is in the message ("لارج", "medium", "مقاس L", "size M").

// sizeStated: the size word a name states after "مقاس"/"size" and the name
// with it taken out; ok false when it states none.
func sizeStated(name string) (size, rest string, ok bool) {
	m := sizeNameRe.FindStringSubmatchIndex(name)
	if m == nil || sizeNames[lower(name[m[2]:m[3]])] == "" {
		return "", "", false // a size by a figure ("مقاس 5") is read as a figure of the name
	}
	return lower(name[m[2]:m[3]]), strings.Join(strings.Fields(name[:m[0]]+" "+name[m[1]:]), " "), true
}

var sizeNameRe = regexp.MustCompile(`(?i)(?:مقاس|size)\s+([^\s()،,]+)`)

// sizeSiblings: the products whose Arabic name is p's but for the size it
// states (p first), when there are two or more.
func (r *Rules) sizeSiblings(p int) []int {
	size, rest, ok := sizeStated(r.lx.products[p].NameAr)
	if !ok {
		return nil
	}
	out := []int{p}
	for i := range r.lx.products {
		if i == p || r.lx.products[i].Unit != r.lx.products[p].Unit {
			continue
		}
		if s, rs, ok := sizeStated(r.lx.products[i].NameAr); ok && rs == rest && s != size {
			out = append(out, i)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sizeWords: the words of product i's names (Arabic, English, synonyms)
// that none of the other members' names hold: what says its size.
func (r *Rules) sizeWords(i int, members []int) map[string]bool {
	wordsOf := func(j int) map[string]bool {
		p := &r.lx.products[j]
		out := map[string]bool{}
		for _, ph := range append([]string{p.NameAr, lower(p.NameEn)}, p.Synonyms...) {
			var ws []string
			for _, w := range strings.Fields(lower(ph)) {
				ws = append(ws, strings.Trim(w, "()،,."))
			}
			for _, w := range sizeNamed(ws) { // "اكس لارج" one size, no "لارج" (sizeletters.go)
				out[w], out[wordKey(w)] = true, true
				if n := sizeNames[w]; n != "" {
					out[n] = true // "M": "ميديم", as messages' sizes are read (sizeletters.go)
				}
			}
		}
		return out
	}
	own := wordsOf(i)
	for _, j := range members {
		if j == i {
			continue
		}
		for w := range wordsOf(j) {
			delete(own, w)
		}
	}
	return own
}

// sizeSaidIn: a token of the message says one member's size — a word of
// its own names; a single letter ("M", "L") only after a size word ("مقاس
// L", "size M").
func (r *Rules) sizeSaidIn(ts []token, members []int) bool {
	for _, t := range ts {
		if !t.sep && sizeNameWords[strings.TrimPrefix(t.text, "و")] {
			return true // "٢ تيشيرت لارج، لا اكس لارج": some size said, a correction's perhaps
		}
	}
	for _, i := range members {
		own := r.sizeWords(i, members)
		for k, t := range ts {
			if t.sep {
				continue
			}
			for _, w := range []string{t.lowSurface(), wordKey(t.lowSurface()), t.text} {
				if !own[w] {
					continue
				}
				if len([]rune(w)) > 1 || k > 0 && !ts[k-1].sep && sizeWordsSaid[ts[k-1].lowSurface()] {
					return true
				}
			}
		}
	}
	return false
}

// sizeWordsSaid: the size noun said before a size.
var sizeWordsSaid = set("مقاس", "المقاس", "مقاسي", "size", "ma2as", "me2as", "maqas")

// sizeUnsaid opens each line whose product is one of several sizes, when
// the message says none of the sizes, among them.
func (r *Rules) sizeUnsaid(ts []token, items []Item) {
	for k := range items {
		it := &items[k]
		if it.end == 0 || it.Vague || len(it.Ambiguous) > 0 || len(it.Lacks) > 0 || it.Product == nil || it.Product.Unit != catalog.Piece {
			continue
		}
		members := r.sizeSiblings(r.indexOf(it.Product))
		if len(members) == 0 || r.sizeSaidIn(ts, members) {
			continue
		}
		if it.Color != "" && slices.ContainsFunc(members, func(i int) bool { return !hasColor(&r.lx.products[i], it.Color) }) {
			continue // a colour one size is not made in: that size was meant
		}
		r.openAmong(it, members)
	}
}

// sizesSplit: a line of a product made in sizes, counted for several
// people ("ركبية لكل واحد" of two), then each one's size said alone as
// lines of their own ("انا مقاس L وهي M"): the sizes share the count out
// — the first line is theirs, dropped when the sizes' counts make it up;
// its colour ("سودا الاتنين") is theirs where they say none.
func (r *Rules) sizesSplit(ts []token, items []Item) []Item {
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.end == 0 || it.Product == nil || it.Quantity < 2*catalog.One {
			continue
		}
		members := r.sizeSiblings(r.indexOf(it.Product))
		if len(members) == 0 {
			continue
		}
		var shares []int
		sum := catalog.Milli(0)
		for j := i + 1; j < len(items) && sum < it.Quantity; j++ {
			if !slices.Contains(members, r.indexOf(items[j].Product)) || !sizeOnly(ts, items[j]) {
				break
			}
			shares = append(shares, j)
			sum += items[j].Quantity
		}
		if len(shares) < 2 || sum != it.Quantity {
			continue
		}
		for _, j := range shares {
			if items[j].Color == "" && it.Color != "" && hasColor(items[j].Product, it.Color) {
				items[j].Color = it.Color
				items[j].Missing = without(items[j].Missing, "color")
			}
		}
		items = slices.Delete(items, i, i+1)
		i--
	}
	return items
}

// sizeOnly: line it's own words are a size alone ("لارج", "مقاس L"), or
// with whose it is ("وهي M").
func sizeOnly(ts []token, it Item) bool {
	if it.end <= it.start || it.end > len(ts) {
		return false
	}
	for k := it.start; k < it.end; k++ {
		w := strings.TrimPrefix(ts[k].text, "و")
		if ts[k].sep || sizeWordsSaid[w] || sizeSaid[w] || sizeOwners[w] || andWords[w] || ts[k].color != "" {
			continue
		}
		if n, ok := sizeNames[w]; !ok || n != w && !isArabicWord(w) {
			return false
		}
	}
	return true
}

// sizeOwners: whose size it is, said beside it.
var sizeOwners = set("انا", "هي", "هو", "هى", "ana", "hya", "heya", "howa", "me", "her", "him", "mine", "hers", "his")

// sizeNameWords: the sizes' own words, as messages' sizes are read
// (sizeNames).
var sizeNameWords = set("سمول", "ميديم", "لارج", "اكسلارج", "اكساكسلارج")
