package understand

import "strings"

// francoPackDual: w is a pack word's dual as Franco-Arabic writes it
// (francoPackDuals), its long vowels written doubled or not:
// "kartoonteen" is "kartonteen", "shekaarteen" "shekarteen".
func francoPackDual(w string) bool {
	return francoPackDuals[w] || francoPackDualsSingle[singleVowels(w)]
}

// francoPackDualsSingle: francoPackDuals with their doubled vowels
// written once.
var francoPackDualsSingle = func() map[string]bool {
	m := map[string]bool{}
	for w := range francoPackDuals {
		m[singleVowels(w)] = true
	}
	return m
}()

// singleVowels writes each doubled Latin vowel once ("oo" → "o").
func singleVowels(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] && strings.IndexByte("aeiou", w[i]) >= 0 {
			continue
		}
		b.WriteByte(w[i])
	}
	return b.String()
}
