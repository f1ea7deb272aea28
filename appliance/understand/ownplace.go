package understand

import "strings"

// ownPlace: the word is the customer's own premises said with the article
// or "my"/"our" — the shop, the house, the flat, the office ("عايز اسم
// المحل ٨ حروف", "بيتي", "شقتنا") — a common noun of the customer's own
// context that names no goods of the shop, so it is never read as a typo
// of a catalog word one letter away ("المحل" is no "محول", an adapter).
// A premises noun the catalog itself uses stays the shop's word.
func (r *Rules) ownPlace(t *token) bool {
	st, ok := ownedPremises(fold(strings.TrimPrefix(t.surface, "و")))
	return ok && !r.lx.isWord(st)
}

// ownedPremises: w is a premises noun with the article or a possessive
// ending ("المحل", "محلي", "شقتنا"); st is the noun itself.
func ownedPremises(w string) (string, bool) {
	if st, ok := strings.CutPrefix(w, "ال"); ok && premises[st] {
		return st, true
	}
	for _, p := range []string{"نا", "ي"} {
		st, ok := strings.CutSuffix(w, p)
		if !ok {
			continue
		}
		if s, ok := strings.CutSuffix(st, "ت"); ok && premises[s+"ه"] {
			return s + "ه", true // "شقتي": the feminine ت back to its ة
		}
		if premises[st] {
			return st, true
		}
	}
	return "", false
}

// premises: the places a customer lives or works in.
var premises = set("محل", "بيت", "منزل", "شقه", "فيلا", "عماره", "شاليه", "مكتب", "شركه", "مصنع", "مخزن", "ورشه", "عياده", "مطعم", "كافيه")
