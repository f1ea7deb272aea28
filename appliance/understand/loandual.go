package understand

import (
	"strings"
	"unicode/utf8"
)

// loanDual reads the dual Egyptians make of a borrowed noun that has no
// ة ("امبول" → "امبولتين", "كرتون" → "كرتونتين", "جالون" → "جالونتين"):
// spoken as if the noun were feminine, two of the catalog's word. Only
// where the word itself means nothing, its stem without "تين" is a head
// noun of some name, and no feminine (the stem with ة) is a word of the
// catalog — that one's dual is read already.
func (r *Rules) loanDual(w string) []form {
	st, ok := strings.CutSuffix(w, "تين")
	if !ok || !isArabicWord(w) || utf8.RuneCountInString(st) < 3 || strings.HasSuffix(st, "ه") {
		return nil
	}
	if r.lx.isWord(st+"ه") || r.lx.rewrite[st+"ه"] != "" {
		return nil
	}
	u := st
	if c, ok := r.lx.rewrite[st]; ok {
		u = c
	}
	if !r.lx.heads[u] && !r.lx.heads[st] {
		return nil
	}
	return []form{{stem: st, dual: true}}
}
