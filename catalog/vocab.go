package catalog

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"fatoora/catalog/arabic"
)

// Vocabulary is the shop's own words, read from a file in the Solr /
// Elasticsearch synonyms format:
//
//	# a comment
//	ترابيزة, ترابيزه, طاولة            interchangeable words (a group)
//	رمادي لؤلؤي, سيلفر => رمادي فاتح   variants of a canonical term
//
// Terms are compared after arabic.Normalize and tokenisation, so spelling
// variants (أ/ا, ة/ه, ى/ي, case, punctuation such as "built-in") meet.
// A Vocabulary is immutable after parsing and safe for concurrent use.
type Vocabulary struct {
	groups [][]string
	rules  []Rule

	canon map[string]string   // normalised variant or canonical → canonical as written
	equiv map[string][]string // normalised word → other members of its groups
}

// Rule maps variant spellings to one canonical term ("a, b => c").
type Rule struct {
	Variants  []string `json:"variants"`
	Canonical string   `json:"canonical"`
}

// Key is the normalised form under which terms are compared: Normalize, then
// the tokens joined by single spaces.
func Key(s string) string {
	return strings.Join(arabic.Tokens(arabic.Normalize(s)), " ")
}

// ParseVocabulary reads a synonyms file. filename only labels problems; all
// problems are reported at once in an *ImportError.
func ParseVocabulary(r io.Reader, filename string) (*Vocabulary, error) {
	var (
		probs   []Problem
		groups  [][]string
		rules   []Rule
		ruleAt  = map[string]int{}    // normalised variant → line of its rule
		ruleFor = map[string]string{} // normalised variant → canonical
	)
	add := func(line int, format string, args ...any) {
		probs = append(probs, Problem{File: filename, Line: line, Message: fmt.Sprintf(format, args...)})
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		text = strings.TrimSpace(text)
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		left, right, isRule := strings.Cut(text, "=>")
		if isRule {
			if strings.Contains(right, "=>") {
				add(line, "more than one => on a line")
				continue
			}
			variants := splitTerms(left)
			targets := splitTerms(right)
			if len(targets) == 0 {
				add(line, "nothing after =>: write the canonical name")
				continue
			}
			if len(variants) == 0 {
				add(line, "nothing before =>: write the variants of %q", targets[0])
				continue
			}
			// Solr allows "a => b, c"; the first target is the canonical name
			// and the others become variants of it as well.
			canonical := targets[0]
			variants = append(variants, targets[1:]...)
			bad := false
			for _, v := range variants {
				k := Key(v)
				if k == "" {
					add(line, "term %q has no letters or digits", v)
					bad = true
					continue
				}
				if prev, ok := ruleFor[k]; ok && Key(prev) != Key(canonical) {
					add(line, "%q already means %q (line %d), cannot also mean %q", v, prev, ruleAt[k], canonical)
					bad = true
					continue
				}
				ruleFor[k], ruleAt[k] = canonical, line
			}
			if Key(canonical) == "" {
				add(line, "canonical term %q has no letters or digits", canonical)
				bad = true
			}
			if !bad {
				rules = append(rules, Rule{Variants: variants, Canonical: canonical})
			}
			continue
		}
		terms := splitTerms(text)
		if len(terms) < 2 {
			add(line, "a line needs at least two words separated by commas, or \"variants => canonical\"")
			continue
		}
		ok := true
		for _, t := range terms {
			if Key(t) == "" {
				add(line, "term %q has no letters or digits", t)
				ok = false
			}
		}
		if ok {
			groups = append(groups, terms)
		}
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			add(line+1, "line is longer than 1 MiB")
		} else {
			return nil, fmt.Errorf("read %s: %w", filename, err)
		}
	}
	if len(probs) > 0 {
		return nil, &ImportError{probs}
	}
	return NewVocabulary(groups, rules), nil
}

// splitTerms splits on commas (ASCII and Arabic), honouring "\," as a literal
// comma, trimming and dropping empty terms.
func splitTerms(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case r == '\\' && i+1 < len(rs):
			i++
			cur.WriteRune(rs[i])
		case r == ',' || r == '،':
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}

// NewVocabulary builds a vocabulary from groups of interchangeable words and
// canonical rules. A later rule for the same variant wins.
func NewVocabulary(groups [][]string, rules []Rule) *Vocabulary {
	v := &Vocabulary{canon: map[string]string{}, equiv: map[string][]string{}}
	for _, g := range groups {
		g = append([]string(nil), g...)
		v.groups = append(v.groups, g)
		for _, w := range g {
			k := Key(w)
			for _, o := range g {
				if Key(o) != k && !containsKey(v.equiv[k], o) {
					v.equiv[k] = append(v.equiv[k], o)
				}
			}
		}
	}
	for _, r := range rules {
		r = Rule{Variants: append([]string(nil), r.Variants...), Canonical: r.Canonical}
		v.rules = append(v.rules, r)
		if _, ok := v.canon[Key(r.Canonical)]; !ok {
			v.canon[Key(r.Canonical)] = r.Canonical
		}
		for _, w := range r.Variants {
			v.canon[Key(w)] = r.Canonical
		}
	}
	return v
}

func containsKey(list []string, s string) bool {
	k := Key(s)
	for _, x := range list {
		if Key(x) == k {
			return true
		}
	}
	return false
}

// Canonical maps a phrase to the canonical term of the rule it belongs to:
// "رمادي لؤلؤي" → "رمادي فاتح", "ابيض" → "أبيض". The canonical term maps to
// itself. The comparison is on Key (normalised), so the whole phrase must be
// a known term; false if it is not.
func (v *Vocabulary) Canonical(phrase string) (string, bool) {
	if v == nil {
		return "", false
	}
	c, ok := v.canon[Key(phrase)]
	return c, ok
}

// Equivalents returns the words interchangeable with word (the other members
// of every group it is in), as written in the file; nil if none.
func (v *Vocabulary) Equivalents(word string) []string {
	if v == nil {
		return nil
	}
	return append([]string(nil), v.equiv[Key(word)]...)
}

// Groups returns the groups of interchangeable words, as written.
func (v *Vocabulary) Groups() [][]string {
	if v == nil {
		return nil
	}
	out := make([][]string, len(v.groups))
	for i, g := range v.groups {
		out[i] = append([]string(nil), g...)
	}
	return out
}

// Rules returns the variant → canonical rules, as written.
func (v *Vocabulary) Rules() []Rule {
	if v == nil {
		return nil
	}
	out := make([]Rule, len(v.rules))
	for i, r := range v.rules {
		out[i] = Rule{Variants: append([]string(nil), r.Variants...), Canonical: r.Canonical}
	}
	return out
}

// Terms returns every term of the vocabulary (group members, variants and
// canonical names) once each, as written.
func (v *Vocabulary) Terms() []string {
	if v == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	addT := func(t string) {
		if k := Key(t); !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
	}
	for _, g := range v.groups {
		for _, t := range g {
			addT(t)
		}
	}
	for _, r := range v.rules {
		for _, t := range r.Variants {
			addT(t)
		}
		addT(r.Canonical)
	}
	return out
}

// String writes the vocabulary back in the synonyms format; ParseVocabulary
// of the result gives an equal vocabulary.
func (v *Vocabulary) String() string {
	if v == nil {
		return ""
	}
	var b strings.Builder
	for _, g := range v.groups {
		b.WriteString(joinTerms(g))
		b.WriteByte('\n')
	}
	for _, r := range v.rules {
		b.WriteString(joinTerms(r.Variants))
		b.WriteString(" => ")
		b.WriteString(escapeTerm(r.Canonical))
		b.WriteByte('\n')
	}
	return b.String()
}

func joinTerms(ts []string) string {
	esc := make([]string, len(ts))
	for i, t := range ts {
		esc[i] = escapeTerm(t)
	}
	return strings.Join(esc, ", ")
}

func escapeTerm(t string) string {
	t = strings.ReplaceAll(t, `\`, `\\`)
	t = strings.ReplaceAll(t, ",", `\,`)
	t = strings.ReplaceAll(t, "،", `\،`)
	t = strings.ReplaceAll(t, "=>", `=\>`)
	if strings.HasPrefix(t, "#") {
		t = `\` + t
	}
	return t
}
