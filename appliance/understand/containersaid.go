package understand

import (
	"slices"
	"strings"

	"fatoora/catalog"
)

// The container a line's goods are said in chooses between the products
// of the same goods the catalog sells in different containers: "10 ezazat
// 1.5", "١٠ ازايز 1.5" beside "إزازة مياه 1.5 لتر (فرط)" and "كرتونة مياه
// 1.5 لتر (6 إزايز)" are ten bottles, never ten cartons, though the
// carton's name says the bottles it holds (in brackets) and both names the
// size. A product's container is the first pack word of its name outside
// brackets (the Arabic name's, else the English one's).

// containerSaid swaps each line whose product's container is not the one
// said for the one product of the container said whose names hold every
// word the line's product was chosen by.
func (r *Rules) containerSaid(ts []token, items []Item) {
	for k := range items {
		it := &items[k]
		p := it.Product
		if p == nil || it.end == 0 || it.start < 0 || it.end-1 > len(ts) || len(it.Ambiguous) > 0 {
			continue
		}
		said, ok := saidContainer(ts, it.start, it.end-1)
		if !ok {
			continue
		}
		if g, has := nameContainer(p); !has || g == said {
			continue
		}
		if q := r.sameInContainer(ts, it.start, it.end-1, p, said); q != nil && (it.Color == "" || hasColor(q, it.Color)) {
			it.Product, it.SKU = q, q.SKU
		}
	}
}

// saidContainer: the pack group of the one container word said among
// tokens from..to (two of different packs: none).
func saidContainer(ts []token, from, to int) (int, bool) {
	g, found := 0, false
	for k := from; k < to; k++ {
		if ts[k].sep {
			continue
		}
		h, ok := containerGroup(strings.TrimPrefix(ts[k].surfKey(), "و"))
		if !ok {
			h, ok = containerGroup(ts[k].surfKey())
		}
		if !ok {
			continue
		}
		if found && h != g {
			return 0, false
		}
		g, found = h, true
	}
	return g, found
}

// nameContainer: the pack group of the first pack word of p's name
// outside brackets, the Arabic name's, else the English one's.
func nameContainer(p *catalog.Product) (int, bool) {
	for _, name := range []string{p.NameAr, p.NameEn} {
		if i := strings.IndexAny(name, "(["); i >= 0 {
			name = name[:i]
		}
		for _, k := range keysOf(name) {
			if g, ok := packGroups[k]; ok {
				return g, true
			}
		}
	}
	return 0, false
}

// sameInContainer: the one product other than p, sold as p is, whose
// name's container is group g and whose names hold every word said in
// tokens from..to that p's names hold (no pack word): at least one such
// word, so the goods are the same.
func (r *Rules) sameInContainer(ts []token, from, to int, p *catalog.Product, g int) *catalog.Product {
	pi := r.indexOf(p)
	if pi < 0 {
		return nil
	}
	var words []string
	for k := from; k < to; k++ {
		t := ts[k]
		if t.sep || !t.lex || t.aside || packWord(t.text) || packWord(t.surfKey()) || !r.lx.info[pi].all[t.text] {
			continue
		}
		words = append(words, t.text)
	}
	if len(words) == 0 {
		return nil
	}
	var found *catalog.Product
	for qi := range r.lx.products {
		q := &r.lx.products[qi]
		if qi == pi || q.Unit != p.Unit || r.isService(q) {
			continue
		}
		if h, ok := nameContainer(q); !ok || h != g {
			continue
		}
		all, every := r.lx.info[qi].all, true
		for _, w := range words {
			every = every && holdsWord(all, w)
		}
		if !every {
			continue
		}
		if found != nil {
			return nil
		}
		found = q
	}
	return found
}

// holdsWord: w is one of a name's words, alone or inside a phrase the
// vocabulary made one word ("1.5" of "1.5 l").
func holdsWord(all map[string]bool, w string) bool {
	if all[w] {
		return true
	}
	for k := range all {
		if strings.Contains(k, " ") && slices.Contains(strings.Fields(k), w) {
			return true
		}
	}
	return false
}

// francoContainers are Franco plurals of pack words, each with its
// singular in packWords: "10 ezazat" (bottles), "3 kartonat", "2 akyas".
var francoContainers = map[string]string{
	"ezazat": "ezaza", "2ezazat": "ezaza", "ezayez": "ezaza", "kazayez": "ezaza",
	"kartonat": "kartona", "karateen": "kartona", "karatin": "kartona",
	"akyas": "kees", "2kyas": "kees",
}

// containerGroup: the pack group of word key w, a pack word or a Franco
// plural of one.
func containerGroup(w string) (int, bool) {
	if s, ok := francoContainers[w]; ok {
		w = s
	}
	g, ok := packGroups[w]
	return g, ok
}

// containerOfFigure drops the English "of" between a counted container
// and the size of what it holds ("one carton of 330ml", "2 cartons of
// 1.5 L", "3 bottles of 1.5"): that many containers of that size, read as
// "one carton 330" is, never a count of 330 with the carton left without
// goods.
func containerOfFigure(ts []token) []token {
	for i := 2; i+1 < len(ts); i++ {
		if ts[i].sep || ts[i].lowSurface() != "of" || ts[i-1].sep || ts[i-2].sep || ts[i+1].sep || !figureOpens(ts[i+1]) {
			continue
		}
		if _, ok := containerGroup(ts[i-1].surfKey()); !ok || !sizeEnds(ts, i+2) {
			continue
		}
		if c := ts[i-2]; isNumber(c.text) || isNumberWord(c.text) || indefinite[c.lowSurface()] {
			ts = slices.Delete(ts, i, i+1)
		}
	}
	return ts
}

// sizeEnds: no goods follow the figure before k: the clause ends or
// another line opens at k ("… of 330ml and …"), or a unit of the figure
// stands there ("of 330 ml") — "a box of 50 printed keychains" tells what
// the box holds.
func sizeEnds(ts []token, k int) bool {
	for k < len(ts) && !ts[k].sep && unitAfterFigure(ts[k]) {
		k++
	}
	return k >= len(ts) || ts[k].sep || ts[k].conj || ts[k].text == "و" || ts[k].lowSurface() == "and"
}

// unitAfterFigure: a measure written apart after a figure ("ml", "L").
func unitAfterFigure(t token) bool {
	return figureUnits[t.lowSurface()]
}

// figureUnits are the measures a container's size is said in.
var figureUnits = set("ml", "l", "lt", "liter", "liters", "litre", "litres", "kg", "g", "gm", "مل", "لتر", "كيلو", "جرام")

// figureOpens: the token is a figure, or a phrase the vocabulary made one
// word that opens with one ("1.5 l").
func figureOpens(t token) bool {
	if isNumber(t.text) {
		return true
	}
	f := strings.Fields(t.surface)
	return len(f) > 1 && isNumber(f[0])
}

// containerSizeAfter: the word at j is a container ("كراتين", "carton",
// "ezazat") and the word after it a figure the names of goods sold in
// that container give ("٣٣٠" of "كرتونة مياه 330 مل"), which the line
// open before does not take, or takes beside a size or another
// container of its own: the count before the container opens that line.
func (sg *segmenter) containerSizeAfter(j int) bool {
	r, ts := sg.r, sg.ts
	if j+1 >= len(ts) || ts[j+1].sep || !figureOpens(ts[j+1]) || !r.lx.isWord(ts[j+1].text) {
		return false
	}
	g, ok := containerGroup(strings.TrimPrefix(ts[j].surfKey(), "و"))
	if !ok {
		return false
	}
	if r.fits(sg.cur, ts[j+1].text) && !slices.ContainsFunc(sg.cur.words, func(w string) bool {
		h, pack := containerGroup(w)
		return isNumber(w) || pack && h != g
	}) {
		return false // the figure may be the line's own size
	}
	for _, p := range r.lx.postings[ts[j+1].text] {
		if h, ok := nameContainer(&r.lx.products[p]); ok && h == g {
			return true
		}
	}
	return false
}
