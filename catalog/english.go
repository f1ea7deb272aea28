package catalog

import (
	"strings"

	"fatoora/catalog/arabic"
)

// ColorInEnglish is the English name the shop vocabulary gives colour c:
// a variant of c's rule written in Latin letters ("light grey, … => رمادي
// فاتح"), the first made only of basic English colour words and shades
// if there is one ("white" rather than a Franco "abyad"), else the first;
// "" when the rule has none. For replies to a customer who writes English.
func (ix *Index) ColorInEnglish(c string) string {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var latin []string
	for _, r := range ix.vocab.Rules() {
		if Key(r.Canonical) != Key(c) {
			continue
		}
		for _, v := range r.Variants {
			if latinWords(v) {
				latin = append(latin, strings.ToLower(strings.TrimSpace(v)))
			}
		}
	}
	for _, v := range latin {
		if englishColorWords(v) {
			return v
		}
	}
	if len(latin) > 0 {
		return latin[0]
	}
	return ""
}

// englishColorWords: every word of v is a basic English colour word or a
// shade ("light grey", "white").
func englishColorWords(v string) bool {
	for _, w := range strings.Fields(v) {
		if _, ok := basicColors[w]; !ok && w != "light" && w != "dark" {
			return false
		}
	}
	return v != ""
}

// latinWords: every word of s is written in Latin letters (a hyphen
// parts words: "off-white").
func latinWords(s string) bool {
	ws := strings.Fields(strings.ReplaceAll(s, "-", " "))
	for _, w := range ws {
		if !arabic.IsLatin(w) {
			return false
		}
	}
	return len(ws) > 0
}
