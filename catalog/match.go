package catalog

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"fatoora/catalog/arabic"
)

// Hints are what the understander read around the product phrase; they
// re-rank candidates but never exclude one.
type Hints struct {
	Material string
	Color    string
	DimsCM   []int
}

// Candidate is one product that may be what the customer meant.
type Candidate struct {
	Product Product
	// Score is comparable across the candidates of one query, higher is
	// better: about 1 when the phrase names the product exactly, lower for
	// partial, fuzzy or Franco matches. It is not a probability.
	Score float64
	// Evidence says why, for people: "name: ترابيزه≈تربيزه (typo)",
	// "synonym: هافان→بني فاتح", "franco: korsy→كرسي".
	Evidence []string
	// Color is the hint's colour resolved to this product's canonical colour,
	// "" when there was no hint or it is not among the product's colours.
	Color string
}

// match kinds, with the quality each is worth.
const (
	qExact  = 1.0
	qForm   = 0.95 // same stem: plural, dual, article, feminine
	qTypo1  = 0.85
	qTypo2  = 0.7
	qFranco = 0.85
	qFuzzyF = 0.7 // Franco skeleton one edit away
)

type tokMatch struct {
	q      float64 // quality 0..1
	t      tok     // the product word matched
	kind   string  // exact, form, typo, franco, english, number, color
	inName int     // index of the name matched, -1 for material/category/colour
}

// maxExpansions bounds the typo expansions of one query word.
const maxExpansions = 40

// allWords asks query for a conjunction of every word but numbers.
const allWords = -1

// unscoredCap is how many matching products Match ranks itself before it
// asks bleve to pre-rank.
const unscoredCap = 60

// Match finds the products a phrase names, best first, at most limit (10
// when limit ≤ 0). It returns an empty slice, not an error, when nothing
// matches.
func (ix *Index) Match(ctx context.Context, phrase string, h Hints, limit int) ([]Candidate, error) {
	if limit <= 0 {
		limit = 10
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	qs := ix.an.analyze(phrase, fillers)
	if len(qs) == 0 || len(ix.docs) == 0 {
		return []Candidate{}, nil
	}
	// Most phrases name their product with every word, or all but one (a
	// typo beyond reach, an extra word): ask for products with every word
	// (numbers aside: a quantity is not in the name) first — a conjunction,
	// which skips through the postings instead of reading them all — then
	// for all words but one, and for any word only when that finds nothing.
	size := max(limit*3, 30)
	words := 0
	for _, q := range qs {
		if !q.num {
			words++
		}
	}
	var stages []int
	if words >= 2 {
		stages = append(stages, allWords)
	}
	if words >= 3 {
		stages = append(stages, words-1)
	}
	stages = append(stages, 1)
	var hits search.DocumentMatchCollection
	for i, m := range stages {
		q := ix.query(qs, m, words)
		// When few products match, take them all unscored (cheaper: ranking
		// is ours anyway); when many do, let bleve pick the best by tf-idf.
		req := bleve.NewSearchRequestOptions(q, unscoredCap+1, 0, false)
		req.Score = bleve.ScoreNone
		r, err := ix.bl.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("search catalog: %w", err)
		}
		if len(r.Hits) > unscoredCap {
			req = bleve.NewSearchRequestOptions(q, size, 0, false)
			if r, err = ix.bl.SearchInContext(ctx, req); err != nil {
				return nil, fmt.Errorf("search catalog: %w", err)
			}
		}
		hits = r.Hits
		if len(hits) > 0 || i == len(stages)-1 {
			break
		}
	}
	type scored struct {
		d       *doc
		matches []tokMatch
	}
	// A word that exists in the catalog as written was most likely meant as
	// written: its typo matches to other words count half.
	known := make([]bool, len(qs))
	for i, q := range qs {
		known[i] = ix.nameLex.seen[q.norm] || ix.nameLex.seen[q.stem]
	}
	var cands []scored
	for _, hit := range hits {
		d, ok := ix.docs[hit.ID]
		if !ok {
			continue
		}
		ms := make([]tokMatch, len(qs))
		named := false
		for i, q := range qs {
			ms[i] = bestMatch(q, d)
			if ms[i].kind == "typo" && known[i] {
				ms[i].q /= 2
			}
			if ms[i].q > 0 && ms[i].kind != "color" && ms[i].kind != "number" {
				named = true
			}
		}
		if named {
			cands = append(cands, scored{d, ms})
		}
	}
	// Each query word weighs the idf of the word it matched best anywhere;
	// words that match nothing (quantities, greetings) weigh nothing.
	weights := make([]float64, len(qs))
	for i := range qs {
		best := 0.0
		for _, c := range cands {
			if m := c.matches[i]; m.q > best {
				best = m.q
				w := ix.idf(m.t.norm)
				switch m.kind {
				case "color":
					w *= 0.5
				case "number":
					w *= 0.3
				}
				weights[i] = w
			}
		}
	}
	total := 0.0
	head := -1 // the first query word that names something: the query's head noun
	for i, w := range weights {
		total += w
		if head < 0 && w > 0 && !qs[i].num {
			head = i
		}
	}
	out := make([]Candidate, 0, len(cands))
	var cq colorQuery
	if h.Color != "" {
		cq = ix.colorQuery(h.Color)
	}
	// Only the words of the material hint that name a material of this
	// catalog count: "خشب" (wood) says nothing against زان (beech).
	var material []tok
	for _, w := range ix.an.analyze(h.Material, fillers) {
		for _, t := range ix.materials {
			if matchTok(w, t).q >= qTypo1 {
				material = append(material, w)
				break
			}
		}
	}
	for _, c := range cands {
		cand := ix.score(qs, c.matches, weights, total, head, c.d, h, cq, material)
		out = append(out, cand)
	}
	slices.SortStableFunc(out, func(a, b Candidate) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return strings.Compare(a.Product.SKU, b.Product.SKU)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// query retrieves candidates: for each word its exact forms, its typos
// within arabic.Fuzziness (counted in letters, expanded over the lexicon),
// and its Franco skeleton. minWords is the least number of words a product
// must match, or allWords for a conjunction; nWords the query's word count.
func (ix *Index) query(qs []tok, minWords, nWords int) query.Query {
	var dis, words, conj []query.Query
	var seen map[string]bool
	term := func(field, t string, boost float64) {
		if seen[field+"\x00"+t] {
			return
		}
		seen[field+"\x00"+t] = true
		q := bleve.NewTermQuery(t)
		q.SetField(field)
		q.SetBoost(boost)
		dis = append(dis, q)
	}
	// Typos: the field's terms within the word's edit distance (counted in
	// letters) become term queries. In a phrase of three words or more the
	// other words retrieve the product, so distance 1 is enough there;
	// ranking still allows two.
	maxFuzz := 2
	if nWords >= 3 {
		maxFuzz = 1
	}
	fuzzy := func(field, t string, f int) {
		f = min(f, maxFuzz)
		if f <= 0 || seen[field+"\x01"+t] {
			return
		}
		seen[field+"\x01"+t] = true
		lex := ix.nameLex
		if field == "skel" {
			lex = ix.skelLex
		}
		n := 0
		lex.near([]rune(t), f, func(w string) {
			if n < maxExpansions {
				n++
				term(field, w, 1)
			}
		})
	}
	for _, q := range qs {
		dis, seen = nil, map[string]bool{}
		switch {
		case q.num:
			term("name", q.norm, 0.5)
		case q.latin:
			term("name", q.norm, 2)
			term("name", q.stem, 2)
			fuzzy("name", q.norm, q.fzN)
			if len(q.skel) >= 2 {
				term("skel", q.skel, 1.5)
			}
			if len(q.skel) >= 4 {
				fuzzy("skel", q.skel, 1)
			}
			if len(q.skel) <= 2 {
				term("skel", "~"+q.norm, 1)
				fuzzy("skel", "~"+q.norm, 1)
			}
		default:
			term("name", q.norm, 2)
			term("name", q.stem, 2)
			fuzzy("name", q.norm, q.fzN)
			if q.stem != q.norm && arabic.LetterCount(q.stem) >= 5 {
				fuzzy("name", q.stem, 1) // a typo in an inflected form
			}
		}
		var g query.Query
		switch len(dis) {
		case 0:
			continue
		case 1:
			g = dis[0]
		default:
			g = bleve.NewDisjunctionQuery(dis...)
		}
		words = append(words, g)
		if !q.num {
			conj = append(conj, g)
		}
	}
	if minWords == allWords {
		return bleve.NewConjunctionQuery(conj...)
	}
	d := bleve.NewDisjunctionQuery(words...)
	d.SetMin(float64(max(1, minWords)))
	return d
}

// bestMatch is how well one query word matches a product, and how.
func bestMatch(q tok, d *doc) tokMatch {
	best := tokMatch{inName: -1}
	try := func(t tok, inName int) {
		m := matchTok(q, t)
		if m.q > best.q {
			m.inName = inName
			best = m
		}
	}
	for i, n := range d.names {
		for _, t := range n {
			try(*t, i)
		}
	}
	for _, t := range d.extra {
		try(*t, -1)
	}
	if best.q < qForm && !q.num {
		for _, t := range d.colors {
			if t.norm == q.norm || (!q.latin && t.norm == q.stem) {
				if best.q < qExact {
					best = tokMatch{q: qExact, t: *t, kind: "color", inName: -1}
				}
			}
		}
	}
	return best
}

func matchTok(q, t tok) tokMatch {
	switch {
	case q.num || t.num:
		if q.norm == t.norm {
			return tokMatch{q: qExact, t: t, kind: "number"}
		}
		return tokMatch{}
	case q.norm == t.norm:
		return tokMatch{q: qExact, t: t, kind: "exact"}
	case q.stem == t.stem && q.latin == t.latin:
		return tokMatch{q: qForm, t: t, kind: "form"}
	case q.latin && t.latin:
		if d := arabic.DistanceRunes(q.nr, t.nr, q.fzN); d <= q.fzN {
			return tokMatch{q: typoQuality(d), t: t, kind: "typo"}
		}
	case q.latin && !t.latin:
		for _, s := range t.skels {
			if len(q.skel) >= 2 && q.skel == s {
				return tokMatch{q: qFranco, t: t, kind: "franco"}
			}
		}
		if t.loose != "" && len(q.skel) <= 2 {
			switch arabic.Distance(q.norm, t.loose, 1) {
			case 0:
				return tokMatch{q: qFranco, t: t, kind: "franco"}
			case 1:
				return tokMatch{q: qFuzzyF, t: t, kind: "franco"}
			}
		}
		if len(q.skel) >= 4 {
			for _, s := range t.skels {
				if arabic.Distance(q.skel, s, 1) <= 1 {
					return tokMatch{q: qFuzzyF, t: t, kind: "franco"}
				}
			}
		}
	case !q.latin && t.latin:
		// An English word written in Arabic letters: "سوفا" for sofa.
		if len(q.skel) >= 3 && q.skel == t.skel {
			return tokMatch{q: qFuzzyF, t: t, kind: "franco"}
		}
	default:
		dn := arabic.DistanceRunes(q.nr, t.nr, q.fzN)
		if dn > q.fzN {
			dn = 99
		}
		ds := 99
		if q.fzS > 0 {
			if ds = arabic.DistanceRunes(q.sr, t.sr, q.fzS); ds > q.fzS {
				ds = 99
			}
		}
		if d := min(dn, ds); d < 99 {
			return tokMatch{q: typoQuality(d), t: t, kind: "typo"}
		}
	}
	return tokMatch{}
}

func typoQuality(d int) float64 {
	if d <= 1 {
		return qTypo1
	}
	return qTypo2
}

// score combines how much of the query the product explains (recall) with
// how much of the product's best-covered name the query mentions, then
// applies the hints.
func (ix *Index) score(qs []tok, ms []tokMatch, weights []float64, total float64, head int, d *doc, h Hints, cq colorQuery, material []tok) Candidate {
	c := Candidate{Product: d.p}
	recall := 0.0
	for i, m := range ms {
		if m.q == 0 {
			continue
		}
		recall += weights[i] * m.q
		c.Evidence = append(c.Evidence, evidence(qs[i], m))
	}
	if total > 0 {
		recall /= total
	}
	// Coverage: the share (by idf) of one of the product's names that the
	// query's words matched. A number in the name equal to a stated
	// dimension counts as mentioned ("سرير 160" for 160×200).
	coverage := 0.0
	for ni, name := range d.names {
		var have, all float64
		for _, t := range name {
			w := ix.idf(t.norm)
			if t.num {
				w *= 0.3
			}
			all += w
			if t.num && slices.Contains(h.DimsCM, atoiOr(t.norm)) {
				have += w
				continue
			}
			for _, m := range ms {
				if m.inName == ni && m.t.norm == t.norm {
					have += w * m.q
					break
				}
			}
		}
		if all > 0 {
			coverage = max(coverage, have/all)
		}
	}
	c.Score = 0.7*recall + 0.3*coverage
	// An Arabic noun phrase starts with its head: "ترابيزة سفرة 8 كراسي" is
	// a table, not chairs, and "سرير أطفال" is a bed, not a wardrobe. The
	// query's head naming the head of one of the product's Arabic names
	// counts most; another query word naming it, a little.
	switch i := headMatched(d, ms); {
	case i < 0:
	case i == head:
		c.Score += 0.2
	default:
		c.Score += 0.05
	}

	if h.Color != "" {
		if col, ok := cq.resolve(d.p.Colors, d.colorKeys); ok {
			c.Color = col
			c.Score += 0.05
			if Key(col) != Key(h.Color) {
				c.Evidence = append(c.Evidence, "color: "+h.Color+"→"+col)
			} else {
				c.Evidence = append(c.Evidence, "color: "+col)
			}
		} else if len(d.p.Colors) > 0 {
			c.Score -= 0.05
			c.Evidence = append(c.Evidence, "color: "+h.Color+" not offered")
		}
	}
	if len(material) > 0 && d.p.Material != "" {
		matched := false
		for _, w := range material {
			for _, t := range d.material {
				if m := matchTok(w, *t); m.q >= qTypo1 {
					matched = true
				}
			}
		}
		if matched {
			c.Score += 0.05
			c.Evidence = append(c.Evidence, "material: "+d.p.Material)
		} else {
			c.Score -= 0.1
			c.Evidence = append(c.Evidence, "material: "+h.Material+" ≠ "+d.p.Material)
		}
	}
	if size, ok := sizeInName(d, h.DimsCM); ok {
		c.Score += 0.05
		c.Evidence = append(c.Evidence, "size: "+size)
	}
	c.Score = float64(int(c.Score*1000+0.5)) / 1000
	return c
}

// headMatched returns the index of the query word that matched (not as a
// two-letter typo) the first word of one of the product's Arabic names, or
// -1.
func headMatched(d *doc, ms []tokMatch) int {
	for i, m := range ms {
		if m.inName < 0 || m.q < qTypo1 || m.kind == "number" {
			continue
		}
		if name := d.names[m.inName]; len(name) > 0 && !name[0].latin && name[0].norm == m.t.norm {
			return i
		}
	}
	return -1
}

// sizeInName reports a number in the product's names equal to one of the
// stated dimensions ("سرير 160" for 160×200).
func sizeInName(d *doc, dims []int) (string, bool) {
	for _, n := range d.names {
		for _, t := range n {
			if t.num && slices.Contains(dims, atoiOr(t.norm)) {
				return t.norm, true
			}
		}
	}
	return "", false
}

func atoiOr(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func evidence(q tok, m tokMatch) string {
	var b strings.Builder
	if q.syn != "" {
		fmt.Fprintf(&b, "synonym: %s→%s; ", q.text, q.syn)
	}
	word := m.t.text
	switch m.kind {
	case "exact", "number":
		fmt.Fprintf(&b, "name: %s", word)
	case "form":
		fmt.Fprintf(&b, "name: %s~%s (form)", q.text, word)
	case "typo":
		fmt.Fprintf(&b, "name: %s≈%s (typo)", word, q.text)
	case "franco":
		fmt.Fprintf(&b, "franco: %s→%s", q.text, word)
	case "color":
		fmt.Fprintf(&b, "color word: %s", word)
	}
	return b.String()
}
