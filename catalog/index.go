package catalog

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/whitespace"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/blevesearch/bleve/v2/mapping"

	"fatoora/catalog/arabic"
)

// analysisVersion changes whenever analysis changes, so that an index built
// by an older program is rebuilt.
const analysisVersion = 1

var (
	keyIndexVersion    = []byte("catalog_version")
	keyAnalysisVersion = []byte("analysis_version")
)

// Index is the search side of the catalog: a bleve scorch index derived from
// the products (on disk under the data directory, or in memory for
// `fatoora extract`) plus the analysed products kept in memory for ranking.
// All methods are safe for concurrent use; Update makes a catalog change
// searchable before it returns.
type Index struct {
	updateMu sync.Mutex // one Update at a time
	mu       sync.RWMutex
	bl       bleve.Index
	dir      string // "" when in memory
	docs     map[string]*doc
	order    []string // SKUs in catalog order
	df       map[string]int
	// colorWords are the keys of every colour in the catalog and their words.
	colorWords map[string]bool
	an         *analyzer
	vocab      *Vocabulary
	version    uint64
	closed     bool
	// nameLex and skelLex are the distinct terms of the name and skel
	// fields, for typo expansion (see lexicon).
	nameLex, skelLex *lexicon
	// materials are the distinct words of every product's material.
	materials []tok
	// alts are the products grouped for Alternatives (alternatives.go).
	alts   map[string]*altGroup
	altIDs altIDs
}

// lexicon is the set of an index field's terms by length in letters. Typo
// tolerance expands a query word to the terms within its edit distance
// here, in Go, instead of with bleve's FuzzyQuery, whose Levenshtein
// automaton costs about half a megabyte of allocation per query word.
type lexicon struct {
	seen  map[string]bool
	byLen map[int][]lexTerm
}

type lexTerm struct {
	s string
	r []rune
}

func newLexicon() *lexicon {
	return &lexicon{seen: map[string]bool{}, byLen: map[int][]lexTerm{}}
}

func (l *lexicon) add(t string) {
	if t == "" || l.seen[t] {
		return
	}
	l.seen[t] = true
	r := []rune(t)
	l.byLen[len(r)] = append(l.byLen[len(r)], lexTerm{t, r})
}

// near calls fn with every term within edit distance f of w (not w itself).
func (l *lexicon) near(w []rune, f int, fn func(term string)) {
	for n := len(w) - f; n <= len(w)+f; n++ {
		for _, t := range l.byLen[n] {
			if d := arabic.DistanceRunes(w, t.r, f); d > 0 && d <= f {
				fn(t.s)
			}
		}
	}
}

// doc is one product analysed for matching.
//
// Its words are pointers to tokens shared by every product of the index
// that has the same word (see interner): a large catalog repeats a few
// thousand words, so 50,000 products hold 50,000 small slices of pointers,
// not a million analysed words.
type doc struct {
	p     Product
	names [][]*tok // name_ar, name_en and each synonym: the product's names
	extra []*tok   // material and category words
	// material are the material's words.
	material []*tok
	colors   []*tok // colour words, unstemmed, plus each colour as one token
	// colorKeys are Key of each of p.Colors.
	colorKeys []string
}

// interner shares one analysed token between every product with the same
// word. A nil interner shares nothing (a product analysed on its own).
type interner map[string]*tok

func (in interner) toks(ts []tok) []*tok {
	out := make([]*tok, len(ts))
	for i := range ts {
		out[i] = in.one(ts[i])
	}
	return out
}

func (in interner) one(t tok) *tok {
	if in == nil {
		return &t
	}
	var b strings.Builder
	for _, s := range []string{t.text, t.norm, t.stem, t.skel, t.loose, t.syn} {
		b.WriteString(s)
		b.WriteByte(0)
	}
	for _, s := range t.skels {
		b.WriteString(s)
		b.WriteByte(1)
	}
	if t.latin {
		b.WriteByte('l')
	}
	if t.num {
		b.WriteByte('n')
	}
	k := b.String()
	if p, ok := in[k]; ok {
		return p
	}
	p := &t
	in[k] = p
	return p
}

// indexBatch is how many products go into one bleve batch when the index is
// written: a rebuild streams the catalog through bleve in batches, so that
// the text of the whole catalog is never in memory at once.
const indexBatch = 1000

// NewMemIndex builds an in-memory index (scorch in memory, which counts
// letters, not bytes, for fuzziness).
func NewMemIndex(products []Product, vocab *Vocabulary) (*Index, error) {
	bl, err := bleve.NewUsing("", indexMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	ix := &Index{bl: bl, docs: map[string]*doc{}}
	if err := ix.Update(products, vocab, 0); err != nil {
		bl.Close()
		return nil, err
	}
	return ix, nil
}

// OpenIndex opens the index in dir (normally <data>/catalog.bleve) for a
// catalog at version. It rebuilds the index when the directory is missing,
// unreadable, or was built for another catalog version or analysis.
func OpenIndex(dir string, products []Product, vocab *Vocabulary, version uint64) (*Index, error) {
	bl, err := bleve.Open(dir)
	if err == nil {
		cv, _ := bl.GetInternal(keyIndexVersion)
		av, _ := bl.GetInternal(keyAnalysisVersion)
		if parseU64(cv) == version && parseU64(av) == analysisVersion {
			ix := &Index{bl: bl, dir: dir, docs: map[string]*doc{}}
			ix.an = newAnalyzer(vocab)
			ix.vocab = vocab
			ix.version = version
			ix.setDocs(products, ix.analyzeAll(products))
			return ix, nil
		}
		slog.Info("catalog index is stale, rebuilding", "dir", dir, "index_version", parseU64(cv), "catalog_version", version)
		bl.Close()
	} else if !errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		slog.Warn("catalog index unreadable, rebuilding", "dir", dir, "err", err)
	}
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("remove stale index: %w", err)
	}
	bl, err = bleve.New(dir, indexMapping())
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	ix := &Index{bl: bl, dir: dir, docs: map[string]*doc{}}
	if err := ix.Update(products, vocab, version); err != nil {
		bl.Close()
		return nil, err
	}
	return ix, nil
}

// Close releases the bleve index. Closing twice is harmless; an index
// must not be searched after Close.
func (ix *Index) Close() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil
	}
	ix.closed = true
	return ix.bl.Close()
}

// Version is the catalog version the index reflects.
func (ix *Index) Version() uint64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.version
}

// Vocabulary is the vocabulary the index was built with.
func (ix *Index) Vocabulary() *Vocabulary {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.vocab
}

// Product returns a product by SKU as indexed.
func (ix *Index) Product(sku string) (Product, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	d, ok := ix.docs[sku]
	if !ok {
		return Product{}, false
	}
	return d.p, true
}

// Products returns every indexed product in catalog order.
func (ix *Index) Products() []Product {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make([]Product, 0, len(ix.order))
	for _, s := range ix.order {
		out = append(out, ix.docs[s].p)
	}
	return out
}

// Len is the number of indexed products.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.docs)
}

// Update makes the index reflect products and vocab at catalog version:
// changed products are re-indexed, removed ones deleted, everything when the
// vocabulary changed. Searches wait for the update and then see all of it.
func (ix *Index) Update(products []Product, vocab *Vocabulary, version uint64) error {
	ix.updateMu.Lock()
	defer ix.updateMu.Unlock()
	ix.mu.RLock()
	an, oldVocab := ix.an, ix.vocab
	ix.mu.RUnlock()
	vocabChanged := an == nil || vocab.String() != oldVocab.String()
	if vocabChanged {
		an = newAnalyzer(vocab)
	}
	tmp := &Index{an: an}
	docs := tmp.analyzeAll(products)

	ix.mu.Lock()
	defer ix.mu.Unlock()
	b := ix.bl.NewBatch()
	flushes := 0
	flush := func() error {
		if err := ix.bl.Batch(b); err != nil {
			return fmt.Errorf("update index: %w", err)
		}
		b = ix.bl.NewBatch() // not Reset: bleve may still read the old one
		flushes++
		return nil
	}
	batchSize := indexBatch
	if ix.dir == "" {
		// In memory there is no merger to fold the batches' segments
		// together again, and searching many segments costs more than
		// the memory saved: one batch.
		batchSize = math.MaxInt
	}
	// In catalog order, a batch at a time; the fields' text is made per
	// product as it is added and dropped with its batch.
	for _, p := range products {
		d := docs[p.SKU]
		old, ok := ix.docs[p.SKU]
		if ok && !vocabChanged && reflect.DeepEqual(old.p, d.p) {
			continue
		}
		if err := b.Index(p.SKU, d.fields()); err != nil {
			return fmt.Errorf("index %s: %w", p.SKU, err)
		}
		if b.Size() >= batchSize {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	for sku := range ix.docs {
		if _, ok := docs[sku]; !ok {
			b.Delete(sku)
		}
	}
	// The versions go in the last batch: an index interrupted half-way is
	// stale and rebuilt at the next start.
	b.SetInternal(keyIndexVersion, u64(version))
	b.SetInternal(keyAnalysisVersion, u64(analysisVersion))
	if err := flush(); err != nil {
		return err
	}
	if flushes > 2 {
		// A rebuild or a large import left a segment per batch: merge
		// them into one, as one batch would have made, so that a search
		// reads one dictionary per field.
		if err := ix.merge(); err != nil {
			return err
		}
	}
	ix.an, ix.vocab, ix.version = an, vocab, version
	ix.setDocs(products, docs)
	return nil
}

// merge folds the on-disk index's segments into one.
func (ix *Index) merge() error {
	adv, err := ix.bl.Advanced()
	if err != nil {
		return fmt.Errorf("merge index: %w", err)
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	opts := mergeplan.SingleSegmentMergePlanOptions
	if err := sc.ForceMerge(context.Background(), &opts); err != nil {
		return fmt.Errorf("merge index: %w", err)
	}
	return nil
}

func (ix *Index) setDocs(products []Product, docs map[string]*doc) {
	ix.docs = docs
	ix.order = ix.order[:0]
	ix.df = map[string]int{}
	ix.nameLex, ix.skelLex = newLexicon(), newLexicon()
	ix.materials = nil
	seenMaterial := map[string]bool{}
	ix.colorWords = map[string]bool{}
	for _, p := range products {
		for _, k := range docs[p.SKU].colorKeys {
			ix.colorWords[k] = true
			for _, w := range strings.Fields(k) {
				ix.colorWords[w] = true
			}
		}
		ix.order = append(ix.order, p.SKU)
		for _, t := range docs[p.SKU].material {
			if !seenMaterial[t.norm] {
				seenMaterial[t.norm] = true
				ix.materials = append(ix.materials, *t)
			}
		}
		seen := map[string]bool{}
		d := docs[p.SKU]
		addTerms := func(t *tok) {
			if !seen[t.norm] {
				seen[t.norm] = true
				ix.df[t.norm]++
			}
			ix.nameLex.add(t.norm)
			ix.nameLex.add(t.stem)
			for _, s := range skelTerms(*t) {
				ix.skelLex.add(s)
			}
		}
		for _, name := range d.names {
			for _, t := range name {
				addTerms(t)
			}
		}
		for _, t := range d.extra {
			addTerms(t)
		}
	}
	ix.alts, ix.altIDs = buildAltGroups(docs, ix.order)
}

func (ix *Index) analyzeAll(products []Product) map[string]*doc {
	docs := make(map[string]*doc, len(products))
	in := interner{}
	for _, p := range products {
		docs[p.SKU] = ix.analyzeProduct(p, in)
	}
	return docs
}

// analyzeProduct analyses p for matching, sharing its words through in
// (nil: shares nothing).
func (ix *Index) analyzeProduct(p Product, in interner) *doc {
	d := &doc{p: p}
	d.names = append(d.names, in.toks(ix.an.analyze(p.NameAr, nil)))
	if p.NameEn != "" {
		d.names = append(d.names, in.toks(ix.an.analyze(p.NameEn, nil)))
	}
	for _, s := range p.Synonyms {
		d.names = append(d.names, in.toks(ix.an.analyze(s, nil)))
	}
	d.material = in.toks(ix.an.analyze(p.Material, nil))
	d.extra = append(slices.Clone(d.material), in.toks(ix.an.analyze(p.Category, nil))...)
	for _, c := range p.Colors {
		d.colorKeys = append(d.colorKeys, Key(c))
		for _, t := range ix.an.analyze(c, nil) {
			d.colors = append(d.colors, in.one(t))
			if strings.Contains(t.norm, "_") {
				// "رمادي فاتح" as one token, and its words.
				for _, w := range strings.Split(t.norm, "_") {
					d.colors = append(d.colors, in.one(tok{text: w, norm: w, stem: w}.finish()))
				}
			}
		}
		if k := tokenKey(c); strings.Contains(k, "_") {
			d.colors = append(d.colors, in.one(tok{text: c, norm: k, stem: k}.finish()))
		}
	}
	return d
}

// fields is the product's text as bleve indexes it, made when it is
// written (never kept).
func (d *doc) fields() map[string]any {
	var name, skel, color []string
	addTok := func(t *tok) {
		name = append(name, t.norm)
		if t.stem != t.norm {
			name = append(name, t.stem)
		}
		skel = append(skel, skelTerms(*t)...)
	}
	for _, n := range d.names {
		for _, t := range n {
			addTok(t)
		}
	}
	for _, t := range d.extra {
		addTok(t)
	}
	for _, t := range d.colors {
		color = append(color, t.norm)
	}
	return map[string]any{
		"name":  strings.Join(name, " "),
		"skel":  strings.Join(skel, " "),
		"color": strings.Join(color, " "),
	}
}

// skelTerms are the terms of the skel field for one word: its skeletons of
// two letters or more, and its loose Franco form marked with "~".
func skelTerms(t tok) []string {
	var out []string
	for _, s := range t.skels {
		if len(s) >= 2 {
			out = append(out, s)
		}
	}
	if t.latin && len(t.skel) >= 2 {
		out = append(out, t.skel)
	}
	if t.loose != "" {
		out = append(out, "~"+t.loose)
	}
	return out
}

func indexMapping() mapping.IndexMapping {
	m := bleve.NewIndexMapping()
	// Text arrives analysed by the analyzer in analyze.go: bleve only splits
	// on spaces, so the index and the queries see exactly the same words.
	if err := m.AddCustomAnalyzer("ws", map[string]any{"type": custom.Name, "tokenizer": whitespace.Name}); err != nil {
		panic(err) // static configuration
	}
	m.DefaultAnalyzer = "ws"
	dm := bleve.NewDocumentStaticMapping()
	for _, f := range []string{"name", "skel", "color"} {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = "ws"
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false
		fm.DocValues = false
		dm.AddFieldMappingsAt(f, fm)
	}
	m.DefaultMapping = dm
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	return m
}

// idf is the inverse document frequency of an index word.
func (ix *Index) idf(norm string) float64 {
	return math.Log(1 + float64(len(ix.docs)+1)/float64(ix.df[norm]+1))
}
