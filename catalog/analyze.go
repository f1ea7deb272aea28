package catalog

import (
	"strings"

	"fatoora/catalog/arabic"
)

// tok is one analysed word, the unit both the index and a query are made of.
type tok struct {
	text string // the word as the customer wrote it, normalised (a rewritten phrase keeps its spaces)
	norm string // the form compared: article stripped, or the vocabulary's representative
	stem string // light stem of norm (norm itself for Latin words, numbers and phrases)
	skel string // consonant skeleton (Arabic or Franco), "" for numbers
	// skels are all the skeletons of an Arabic word (see
	// arabic.ArabicSkeletons), skel first.
	skels []string
	// loose is a short Arabic word as Franco with its vowels ("ارو" → "aro"),
	// for words whose skeleton is too short to tell apart; "" otherwise.
	loose string
	syn   string // the vocabulary term it was rewritten to, as written; "" if none
	latin bool
	num   bool

	nr, sr   []rune // norm and stem as letters, for edit distances
	fzN, fzS int    // typo tolerance of norm and stem (arabic.Fuzziness)
}

// finish fills the derived fields.
func (t tok) finish() tok {
	t.nr, t.sr = []rune(t.norm), []rune(t.stem)
	if !t.num {
		t.fzN, t.fzS = arabic.Fuzziness(t.norm), arabic.Fuzziness(t.stem)
	}
	return t
}

// analyzer turns text into toks the same way for the catalog and for queries:
// Normalize, rewrite multi-word vocabulary terms to one token ("بلت إن" and
// "built in" → one word), map every vocabulary term to its representative
// (the canonical term of its rule, or the first word of its group), stem.
type analyzer struct {
	phrases   map[string]string // space-joined normalised words of a multi-word term → its token key
	maxPhrase int
	canon     map[string]string // token key → representative token
	canonStem map[string]string // stem of a one-word term → representative token
	display   map[string]string // representative token → the term as written
}

// tokenKey is a term as one token: normalised words joined by "_".
func tokenKey(term string) string {
	return strings.Join(arabic.Tokens(arabic.Normalize(term)), "_")
}

func newAnalyzer(v *Vocabulary) *analyzer {
	a := &analyzer{phrases: map[string]string{}, canon: map[string]string{}, canonStem: map[string]string{}, display: map[string]string{}}
	add := func(term, rep, repWritten string) {
		k := tokenKey(term)
		if k == "" {
			return
		}
		if _, ok := a.display[rep]; !ok {
			a.display[rep] = repWritten
		}
		if words := strings.Count(k, "_") + 1; words > 1 {
			a.phrases[strings.ReplaceAll(k, "_", " ")] = k
			a.maxPhrase = max(a.maxPhrase, words)
		}
		if _, ok := a.canon[k]; !ok {
			a.canon[k] = rep
		}
		if !strings.Contains(k, "_") {
			if st := arabic.Stem(k); st != k {
				if _, ok := a.canonStem[st]; !ok {
					a.canonStem[st] = rep
				}
			}
		}
	}
	for _, r := range v.Rules() {
		rep := tokenKey(r.Canonical)
		add(r.Canonical, rep, r.Canonical)
		for _, w := range r.Variants {
			add(w, rep, r.Canonical)
		}
	}
	for _, g := range v.Groups() {
		rep := tokenKey(g[0])
		// A group member that is also a rule's term keeps the rule's meaning.
		if r, ok := a.canon[rep]; ok {
			rep = r
		}
		for _, w := range g {
			add(w, rep, a.displayOr(rep, g[0]))
		}
	}
	return a
}

func (a *analyzer) displayOr(rep, def string) string {
	if d, ok := a.display[rep]; ok {
		return d
	}
	return def
}

// analyze returns the toks of text. Words in skip (normalised) are dropped.
func (a *analyzer) analyze(text string, skip map[string]bool) []tok {
	words := arabic.Tokens(arabic.Normalize(text))
	out := make([]tok, 0, len(words))
	for i := 0; i < len(words); {
		n := 1
		key := words[i]
		for k := min(a.maxPhrase, len(words)-i); k >= 2; k-- {
			if j, ok := a.phrases[strings.Join(words[i:i+k], " ")]; ok {
				n, key = k, j
				break
			}
		}
		text := strings.Join(words[i:i+n], " ")
		i += n
		if n == 1 && skip[key] {
			continue
		}
		out = append(out, a.word(text, key))
	}
	return out
}

func (a *analyzer) word(text, key string) tok {
	t := tok{text: text}
	rep, ok := a.canon[key]
	if !ok && !arabic.IsLatin(key) {
		if r, found := a.canon[arabic.StripArticle(key)]; found {
			rep, ok = r, true
		} else if r, found := a.canonStem[arabic.Stem(key)]; found {
			rep, ok = r, true
		}
	}
	if ok {
		if rep != key {
			t.syn = a.display[rep]
		}
		key = rep
	}
	switch {
	case isNumber(key):
		t.num = true
		t.norm, t.stem = key, key
	case arabic.IsLatin(key):
		t.latin = true
		t.norm, t.stem, t.skel = key, englishStem(key), arabic.FrancoSkeleton(key)
	case strings.Contains(key, "_"):
		t.norm, t.stem = key, key
	default:
		t.norm = arabic.StripArticle(key)
		t.stem = arabic.Stem(key)
		t.skels = arabic.ArabicSkeletons(t.norm)
		t.skel = t.skels[0]
		if len(t.skel) <= 2 {
			t.loose = arabic.ToFranco(t.norm)
		}
	}
	return t.finish()
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return true
}

// englishStem folds the regular English plural: "chairs" → "chair",
// "wardrobes" → "wardrobe", "boxes" → "box".
func englishStem(w string) string {
	switch {
	case len(w) > 4 && (strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return strings.TrimSuffix(w, "es")
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// fillers are Egyptian Arabic function words and request phrasing that never
// name a product: dropping them from a query keeps them from fuzzy-matching
// product words.
var fillers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`عايز عاوز عايزه عاوزه عايزين عاوزين محتاج محتاجه محتاجين ممكن لو سمحت سمحتي
		من في فى على علي مع و او أو ولا ده دي دا دى اللي الى إلى الي بتاع بتاعه بتاعت عند عندكم عندك
		هل كام بكام سعر اسعار أسعار لون اللون مقاس المقاس حاجه حاجة يا فيه بس كمان برضه
		i want need please the a an of with for in and or`) {
		m[arabic.Normalize(w)] = true
	}
	return m
}()
