package understand

import (
	"sort"
	"strings"

	"fatoora/catalog"
)

// ColourInEnglish is the English of a catalog colour as the rules read
// English colours (englishColors, englishShades): "أبيض" → "white", "رمادي
// فاتح" → "light grey" (English puts the shade first); "" when the rules
// know no English word for it. For the pipeline's replies to a customer
// who writes English.
func ColourInEnglish(c string) string {
	k := catalog.Key(c)
	if e := colourEnglish[k]; e != "" {
		return e
	}
	name, shade, ok := strings.Cut(k, " ")
	if !ok || colourEnglish[name] == "" {
		return ""
	}
	for en, ar := range englishShades {
		if ar == shade && (en == "light" || en == "dark") {
			return en + " " + colourEnglish[name]
		}
	}
	return ""
}

// colourEnglish reverses englishColors: of two English words for one
// colour the shorter, then the later in the alphabet ("gold" rather than
// "golden", "grey" as Egypt's schools write it rather than "gray").
var colourEnglish = func() map[string]string {
	ens := make([]string, 0, len(englishColors))
	for en := range englishColors {
		ens = append(ens, en)
	}
	sort.Slice(ens, func(i, j int) bool {
		if len(ens[i]) != len(ens[j]) {
			return len(ens[i]) < len(ens[j])
		}
		return ens[i] > ens[j]
	})
	m := map[string]string{}
	for _, en := range ens {
		if k := catalog.Key(englishColors[en]); m[k] == "" {
			m[k] = en
		}
	}
	return m
}()
