package catalog

import (
	"slices"
	"strings"

	"fatoora/catalog/arabic"
)

// ResolveColor maps a colour word as a customer wrote it to one of the
// colours product p offers (as written in the catalog), using the shop
// vocabulary ("سيلفر" → "رمادي فاتح"), the forms of Arabic colour adjectives
// (feminine بيضا/بيضاء and plural بيض of أبيض; feminine رماديه of رمادي; the
// article), a bare colour that names exactly one of the product's shades
// ("رمادي" when the product offers only "رمادي فاتح") and a one-letter typo
// in longer words. False when the word is not one of p's colours or is
// ambiguous among them.
func (ix *Index) ResolveColor(p *Product, word string) (string, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.colorQuery(word).resolve(p.Colors, nil)
}

// basicColors are colour words common enough in Egyptian shops to be known
// without a shop vocabulary: English names and loanwords, mapped to the
// usual Arabic colour name. A shop vocabulary always takes precedence.
var basicColors = map[string]string{
	"white": "ابيض", "وايت": "ابيض", "black": "اسود", "بلاك": "اسود",
	"grey": "رمادي", "gray": "رمادي", "جراي": "رمادي", "رصاصي": "رمادي",
	"beige": "بيج", "brown": "بني", "red": "احمر", "blue": "ازرق", "green": "اخضر",
	"yellow": "اصفر", "orange": "برتقالي", "pink": "بمبي", "وردي": "بمبي",
	"gold": "دهبي", "ذهبي": "دهبي", "silver": "فضي", "navy": "كحلي", "cream": "كريمي",
}

// colorQuery is a colour word prepared once for resolving against many
// products.
type colorQuery struct {
	exact  []string // keys that name a colour exactly, in order of preference
	prefix []string // keys of a bare colour that may name one shade ("رمادي")
	fuzzy  string   // key compared with one typo allowed, "" if too short
}

// colorQuery prepares word: its key, its vocabulary canonical name, its
// base form (article, feminine and plural removed) and that form's
// canonical name, and a basic colour name.
func (ix *Index) colorQuery(word string) colorQuery {
	var cq colorQuery
	words := arabic.Tokens(arabic.Normalize(word))
	if len(words) > 1 && (words[0] == "لون" || words[0] == "اللون") {
		words = words[1:] // "لون أبيض"
	}
	if len(words) == 0 {
		return cq
	}
	add := func(list *[]string, k string) {
		if k != "" && !slices.Contains(*list, k) {
			*list = append(*list, k)
		}
	}
	withCanon := func(list *[]string, k string) {
		add(list, k)
		if c, ok := ix.vocab.Canonical(k); ok {
			add(list, Key(c))
		}
	}
	known := func(k string) bool {
		_, ok := ix.vocab.Canonical(k)
		return ok || ix.colorWords[k]
	}
	bases := make([]string, len(words))
	for i, w := range words {
		bases[i] = colorBase(w, known)
	}
	raw, base := strings.Join(words, " "), strings.Join(bases, " ")
	withCanon(&cq.exact, raw)
	withCanon(&cq.exact, base)
	if b, ok := basicColors[base]; ok {
		withCanon(&cq.exact, b)
		base = b
	}
	withCanon(&cq.prefix, base)
	if arabic.LetterCount(base) >= 5 {
		cq.fuzzy = base
	}
	return cq
}

// resolve picks the one colour of colors (with their keys, computed when
// nil) that the word names.
func (cq colorQuery) resolve(colors, keys []string) (string, bool) {
	if len(colors) == 0 || len(cq.exact) == 0 {
		return "", false
	}
	if keys == nil {
		keys = make([]string, len(colors))
		for i, c := range colors {
			keys[i] = Key(c)
		}
	}
	for _, k := range cq.exact {
		if i := slices.Index(keys, k); i >= 0 {
			return colors[i], true
		}
	}
	// A bare colour naming exactly one of the product's shades.
	found := -1
	for i, ck := range keys {
		for _, p := range cq.prefix {
			if strings.HasPrefix(ck, p+" ") {
				if found >= 0 && found != i {
					return "", false // ambiguous: رمادي فاتح and رمادي غامق
				}
				found = i
			}
		}
	}
	if found >= 0 {
		return colors[found], true
	}
	// A typo in a longer colour word.
	if cq.fuzzy != "" {
		for i, ck := range keys {
			if arabic.Distance(cq.fuzzy, ck, 1) <= 1 {
				if found >= 0 {
					return "", false
				}
				found = i
			}
		}
		if found >= 0 {
			return colors[found], true
		}
	}
	return "", false
}

// colorBase returns the masculine singular of a colour adjective when known
// reports that form is a colour: "بيضا"/"بيضاء"/"بيض" → "ابيض",
// "رماديه" → "رمادي", "الازرق" → "ازرق".
func colorBase(w string, known func(string) bool) string {
	w = arabic.StripArticle(w)
	if known(w) {
		return w
	}
	rs := []rune(w)
	var cands []string
	switch {
	case len(rs) == 5 && strings.HasSuffix(w, "اء"): // بيضاء
		cands = append(cands, "ا"+string(rs[:3]))
	case len(rs) == 4 && rs[3] == 'ا': // بيضا
		cands = append(cands, "ا"+string(rs[:3]))
	case len(rs) == 3: // بيض
		cands = append(cands, "ا"+w)
	}
	if strings.HasSuffix(w, "يه") { // رماديه
		cands = append(cands, strings.TrimSuffix(w, "ه"))
	}
	if strings.HasSuffix(w, "ين") { // رماديين? plural nisba
		cands = append(cands, strings.TrimSuffix(w, "ين")+"ي")
	}
	for _, c := range cands {
		if known(c) {
			return c
		}
	}
	for _, c := range cands {
		if _, ok := basicColors[c]; ok {
			return c
		}
	}
	if len(cands) > 0 && len(rs) != 3 {
		return cands[0]
	}
	return w
}
