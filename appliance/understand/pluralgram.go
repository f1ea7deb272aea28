package understand

import (
	"strings"
	"unicode/utf8"
)

// A sound feminine plural opening a phrase of the shop's vocabulary or a
// name: "٣ جلسات تخاطب" of "جلسة تخاطب", "٢ علبات كريم" of "علبة كريم".
// The phrase is read as its singular was written, the word in the plural
// (several of it, how many said by the figure or asked).

// pluralOpensGram puts back the singular of each word in ات whose singular
// in ة (or bare) and the words after it make a phrase the vocabulary
// rewrites, where the plural itself is no word of the shop's.
func (r *Rules) pluralOpensGram(raw []token) {
	lx := r.lx
	for i := 0; i+1 < len(raw); i++ {
		t := &raw[i]
		st, ok := strings.CutSuffix(t.text, "ات")
		if t.sep || !ok || !isArabicWord(t.text) || utf8.RuneCountInString(st) < 2 || r.known(t.text) || lx.isWord(t.text) || raw[i+1].sep {
			continue
		}
		for _, one := range []string{st + "ه", st} {
			if r.gramFrom(raw, i, one) {
				t.text, t.plural = one, true
				break
			}
		}
	}
}

// gramFrom: the word one in place of token i, then the words after it
// (up to the vocabulary's longest phrase), make a phrase it rewrites.
func (r *Rules) gramFrom(raw []token, i int, one string) bool {
	ks := []string{one}
	for k := i + 1; k < len(raw) && !raw[k].sep && len(ks) < r.lx.maxGram; k++ {
		ks = append(ks, raw[k].text)
		if _, hit := r.lx.rewrite[strings.Join(ks, " ")]; hit {
			return true
		}
	}
	return false
}
