package understand

import (
	"strings"
	"unicode"

	"fatoora/catalog"
)

// listedKinds: the kinds a product's name lists inside its own brackets,
// split by "/" — "ترجمة وثيقة رسمية (شهادة ميلاد/زواج/قيد/بطاقة)"
// covers a birth certificate, a marriage one, an ID card — each by the
// word that tells it from the others (a first kind of two words by the
// word after its head: "شهادة ميلاد" by its last, "birth certificate"
// by its first). A list is three kinds and more with no figure
// in it ("(3/4 بوصة)" is a size, "(roof/stairs)" two choices).
func listedKinds(name string) map[string]bool {
	out := map[string]bool{}
	for _, m := range bracketed.FindAllStringSubmatch(name, -1) {
		parts := strings.Split(m[1], "/")
		if len(parts) < 3 || strings.IndexFunc(m[1], unicode.IsDigit) >= 0 {
			continue
		}
		for _, part := range parts {
			ks := keysOf(part)
			switch {
			case len(ks) == 0 || len(ks) > 3:
			case isArabicWord(ks[0]):
				out[ks[len(ks)-1]] = true // "شهادة ميلاد": the head first
			default:
				out[ks[0]] = true // "birth certificate": the head last
			}
		}
	}
	return out
}

// kindsCounted: one line of a product naming two kinds or more of its
// name's own list, joined by "و"/"and" and no count said ("ترجمة شهادة
// الميلاد والبطاقة"), is one piece of each kind — a document per
// document, never one for both.
func kindsCounted(items []Item) {
	for k := range items {
		if n := kindsSaid(items[k]); n >= 2 && items[k].Quantity == catalog.One {
			items[k].Quantity = catalog.Milli(n) * catalog.One
		}
	}
}

// kindsSaid: how many of the kinds its product's name lists a line of one
// piece names joined by and ("بطاقة وفيش": 2); 0 when fewer than two.
func kindsSaid(it Item) int {
	if it.Product == nil || it.Product.Unit != catalog.Piece || it.Quantity != catalog.One {
		return 0
	}
	kinds := listedKinds(it.Product.NameAr)
	for w := range listedKinds(it.Product.NameEn) {
		kinds[w] = true
	}
	if len(kinds) < 2 || !joinedByAnd(it.Phrase) {
		return 0
	}
	said := map[string]bool{}
	for _, w := range keysOf(it.Phrase) {
		if !kinds[w] && strings.HasPrefix(w, "و") {
			// "والبطاقة": the kind joined by و
			if ks := keysOf(strings.TrimPrefix(w, "و")); len(ks) == 1 {
				w = ks[0]
			}
		}
		if kinds[w] {
			said[w] = true
		}
	}
	if len(said) < 2 {
		return 0
	}
	return len(said)
}

func joinedByAnd(phrase string) bool {
	for _, w := range strings.Fields(lower(phrase)) {
		if w == "and" || w == "w" || w == "و" || (strings.HasPrefix(w, "و") && len([]rune(w)) > 3) {
			return true
		}
	}
	return false
}
