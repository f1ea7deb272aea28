package catalog

import (
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
	return ix.resolveColor(p, word)
}

func (ix *Index) resolveColor(p *Product, word string) (string, bool) {
	return resolveColor(ix.vocab, p.Colors, word)
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

func resolveColor(v *Vocabulary, colors []string, word string) (string, bool) {
	if len(colors) == 0 {
		return "", false
	}
	words := arabic.Tokens(arabic.Normalize(word))
	if len(words) > 1 && (words[0] == "لون" || words[0] == "اللون") {
		words = words[1:] // "لون أبيض"
	}
	if len(words) == 0 {
		return "", false
	}
	offered := func(k string) (string, bool) {
		for _, c := range colors {
			if Key(c) == k {
				return c, true
			}
		}
		return "", false
	}
	try := func(k string) (string, bool) {
		if c, ok := offered(k); ok {
			return c, true
		}
		if canon, ok := v.Canonical(k); ok {
			if c, ok := offered(Key(canon)); ok {
				return c, true
			}
		}
		return "", false
	}
	// The word as written, then each token in its base (masculine singular)
	// form: article removed, feminine and plural of أفعل colours, nisba ـيه.
	bases := make([]string, len(words))
	for i, w := range words {
		bases[i] = colorBase(w, func(k string) bool {
			_, ok := try(k)
			_, known := v.Canonical(k)
			return ok || known
		})
	}
	for _, k := range []string{strings.Join(words, " "), strings.Join(bases, " ")} {
		if c, ok := try(k); ok {
			return c, true
		}
	}
	key := strings.Join(bases, " ")
	if b, ok := basicColors[key]; ok {
		if c, ok := try(b); ok {
			return c, true
		}
		key = b
	}
	// A bare colour naming exactly one of the product's shades.
	var found []string
	for _, c := range colors {
		ck := Key(c)
		if strings.HasPrefix(ck, key+" ") {
			found = append(found, c)
			continue
		}
		if canon, ok := v.Canonical(key); ok && strings.HasPrefix(ck, Key(canon)+" ") {
			found = append(found, c)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	if len(found) > 1 {
		return "", false
	}
	// A typo in a longer colour word.
	if arabic.LetterCount(key) >= 5 {
		for _, c := range colors {
			if arabic.Distance(key, Key(c), 1) <= 1 {
				found = append(found, c)
			}
		}
		if len(found) == 1 {
			return found[0], true
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
