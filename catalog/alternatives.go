package catalog

import (
	"cmp"
	"container/heap"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	bolt "go.etcd.io/bbolt"

	"fatoora/catalog/money"
)

// Alternatives are ranked from a structure the index builds when the
// catalog changes (setDocs, outside any transaction of the box): products
// grouped by category (by the head word of their name when they have none),
// each group sorted by price. An out-of-stock line then costs a binary search
// for the price window, a score per product of its group within that window
// (precomputed keys, no allocation), one sort, and a stock check per
// candidate in ranked order until n are found: the caller's transaction
// reads stock only for the products it might offer.

// altGroup is the products alternatives are chosen among, sorted by
// price, laid out for a scan: one small entry per product and the words'
// ids in one array, in the same order.
type altGroup struct {
	e   []altEntry
	ids []int32 // per entry: its head name's stem ids, then its colour ids
}

// altEntry is one product of a group, as scoring needs it.
type altEntry struct {
	d      *doc
	price  money.Piasters
	off    uint32 // of its ids in altGroup.ids
	nn, nc uint16 // how many name stems and colours
	mat    int32  // material id, -1 for none
	unit   Unit
}

// altProbe is the product alternatives are sought for, with the same ids.
type altProbe struct {
	d      *doc
	names  []int32
	colors []int32
	mat    int32
}

// altKey is the group a product's alternatives come from: its category, or
// the head word of its name when it has none.
func altKey(p Product, d *doc) string {
	if p.Category != "" {
		return "c\x00" + Key(p.Category)
	}
	return kindKey(d)
}

// kindKey is the group of products sharing d's head word ("" when d has no
// name words).
func kindKey(d *doc) string {
	if len(d.names) > 0 && len(d.names[0]) > 0 {
		return "k\x00" + d.names[0][0].stem
	}
	return ""
}

// altIDs numbers words so that scoring compares integers, not strings.
type altIDs map[string]int32

// probe numbers d's head-name stems, material and colours (add: new words
// get new ids; otherwise a word no product has gets -1, equal to nothing).
func (ids altIDs) probe(d *doc, add bool) altProbe {
	id := func(s string) int32 {
		if n, ok := ids[s]; ok {
			return n
		}
		if !add {
			return -1
		}
		n := int32(len(ids))
		ids[s] = n
		return n
	}
	pr := altProbe{d: d, mat: -1}
	if len(d.names) > 0 {
		for _, t := range d.names[0] {
			pr.names = append(pr.names, id(t.stem))
		}
	}
	if d.p.Material != "" {
		pr.mat = id("\x00m" + Key(d.p.Material))
	}
	for _, k := range d.colorKeys {
		pr.colors = append(pr.colors, id("\x00c"+k))
	}
	return pr
}

// buildAltGroups groups the docs for Alternatives: each product is in its
// category's group and in its head word's group.
func buildAltGroups(docs map[string]*doc, order []string) (map[string]*altGroup, altIDs) {
	ids := altIDs{}
	byKey := map[string][]altProbe{}
	for _, sku := range order {
		d := docs[sku]
		pr := ids.probe(d, true)
		if d.p.Category != "" {
			k := "c\x00" + Key(d.p.Category)
			byKey[k] = append(byKey[k], pr)
		}
		if k := kindKey(d); k != "" {
			byKey[k] = append(byKey[k], pr)
		}
	}
	groups := make(map[string]*altGroup, len(byKey))
	for k, prs := range byKey {
		slices.SortStableFunc(prs, func(a, b altProbe) int { return cmp.Compare(a.d.p.Price, b.d.p.Price) })
		g := &altGroup{e: make([]altEntry, 0, len(prs))}
		for _, pr := range prs {
			g.e = append(g.e, altEntry{
				d: pr.d, price: pr.d.p.Price, off: uint32(len(g.ids)),
				nn: uint16(len(pr.names)), nc: uint16(len(pr.colors)), mat: pr.mat, unit: pr.d.p.Unit,
			})
			g.ids = append(g.ids, pr.names...)
			g.ids = append(g.ids, pr.colors...)
		}
		groups[k] = g
	}
	return groups, ids
}

// Alternatives proposes up to n products to offer instead of p when p cannot
// be sold (q units asked; One when q ≤ 0): products of the same category (of
// the same kind when p has no category: sharing its first name word) that
// are available for q and priced within a third to three times p's price,
// ranked by how close they are — the same head word of the name first, then
// name words, material, colours, unit and price. available decides availability; nil uses the
// catalog's stock count (Product.Available), as `fatoora extract` does.
// available is called only for candidates in ranked order, until n are
// found (every candidate when n ≤ 0).
func (ix *Index) Alternatives(p Product, q Milli, n int, available func(Product, Milli) bool) []Candidate {
	if q <= 0 {
		q = One
	}
	if available == nil {
		available = func(p Product, q Milli) bool { return p.Available(q) && (p.MadeToOrder || p.Stock > 0) }
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	indexed := ix.docs[p.SKU]
	self := indexed
	if self == nil || !sameProduct(self.p, p) {
		self = ix.analyzeProduct(p, nil)
	}
	pr := ix.altIDs.probe(self, false)
	g := ix.alts[altKey(p, self)]
	if g == nil {
		return nil
	}
	lo, hi := 0, len(g.e)
	if p.Price > 0 {
		// o.Price*3 ≥ p.Price and o.Price ≤ p.Price*3.
		byPrice := func(e altEntry, price money.Piasters) int { return cmp.Compare(e.price, price) }
		lo, _ = slices.BinarySearchFunc(g.e, (p.Price+2)/3, byPrice)
		hi, _ = slices.BinarySearchFunc(g.e, p.Price*3+1, byPrice)
	}
	w := ix.nameWeights(self)
	buf := altBufs.Get().(*altHeap)
	ranked := (*buf)[:0]
	defer func() {
		clear(ranked[:cap(ranked)]) // drop the doc pointers
		*buf = ranked[:0]
		altBufs.Put(buf)
	}()
	for i := lo; i < hi; i++ {
		e := &g.e[i]
		if e.d == indexed || e.d == self {
			continue
		}
		ranked = append(ranked, altScored{altScore(&pr, g, e, w), e.d})
	}
	heap.Init(&ranked)
	var out []Candidate
	for ranked.Len() > 0 {
		if n > 0 && len(out) == n {
			break
		}
		r := heap.Pop(&ranked).(altScored)
		if !available(r.d.p, q) {
			continue
		}
		c := ix.similarity(self, r.d)
		c.Score = r.score
		if len(pr.names) > 0 && pr.names[0] >= 0 && len(r.d.names[0]) > 0 && r.d.names[0][0].stem == self.names[0][0].stem {
			c.Evidence = append(c.Evidence, "same kind: "+r.d.names[0][0].norm)
		}
		out = append(out, c)
	}
	return out
}

// altScored is a candidate and its score; altHeap pops the best first (the
// highest score, then the lowest SKU), so that only the candidates looked at
// are ordered.
type altScored struct {
	score float64
	d     *doc
}

type altHeap []altScored

// altBufs reuses the candidates' slice between calls (a group can hold
// tens of thousands of products).
var altBufs = sync.Pool{New: func() any { return new(altHeap) }}

func (h altHeap) Len() int { return len(h) }
func (h altHeap) Less(i, j int) bool {
	if h[i].score != h[j].score {
		return h[i].score > h[j].score
	}
	return h[i].d.p.SKU < h[j].d.p.SKU
}
func (h altHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *altHeap) Push(x any)   { *h = append(*h, x.(altScored)) }
func (h *altHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// sameProduct reports whether the indexed product is p as given (callers
// may pass a product with its stock replaced by what is free).
func sameProduct(a, b Product) bool {
	return a.SKU == b.SKU && a.NameAr == b.NameAr && a.Category == b.Category && a.Material == b.Material && a.Price == b.Price
}

// nameWeights are the idf weights of p's name words.
func (ix *Index) nameWeights(p *doc) []float64 {
	if len(p.names) == 0 {
		return nil
	}
	w := make([]float64, len(p.names[0]))
	for i, t := range p.names[0] {
		w[i] = ix.idf(t.norm)
	}
	return w
}

// altScore is how well e replaces p, 0..1.3: name words in common weighted
// by idf (0.35), the same material (0.2), colours in common (0.15), price
// closeness (0.2) and the same unit (0.1), rounded to three decimals; plus
// 0.3 for the same head word of the name.
func altScore(p *altProbe, g *altGroup, e *altEntry, w []float64) float64 {
	names := g.ids[e.off : e.off+uint32(e.nn)]
	colorIDs := g.ids[e.off+uint32(e.nn) : e.off+uint32(e.nn)+uint32(e.nc)]
	var have, all float64
	for i, t := range p.names {
		all += w[i]
		if t < 0 {
			continue
		}
		for _, u := range names {
			if u == t {
				have += w[i]
				break
			}
		}
	}
	name := 0.0
	if all > 0 {
		name = have / all
	}
	material := 0.0
	if p.mat >= 0 && p.mat == e.mat {
		material = 1
	}
	colors := 0.0
	if len(p.colors) > 0 {
		common := 0
		for _, pc := range p.colors {
			if pc < 0 {
				continue
			}
			for _, oc := range colorIDs {
				if pc == oc {
					common++
				}
			}
		}
		colors = float64(common) / float64(len(p.colors))
	}
	price := 0.0
	if pp := p.d.p.Price; pp > 0 {
		diff := float64(e.price-pp) / float64(pp)
		price = max(0, 1-abs(diff))
	}
	unit := 1.0
	if e.unit != p.d.p.Unit {
		unit = 0
	}
	s := 0.35*name + 0.2*material + 0.15*colors + 0.2*price + 0.1*unit
	s = float64(int(s*1000+0.5)) / 1000
	if len(p.names) > 0 && p.names[0] >= 0 && len(names) > 0 && names[0] == p.names[0] {
		s += 0.3 // the same kind of thing (its name's head word) first
	}
	return s
}

// similarity explains o as a replacement for p: the candidate with its
// evidence (the score is set by the caller, from altScore).
func (ix *Index) similarity(p, o *doc) Candidate {
	c := Candidate{Product: o.p}
	var ev []string
	if p.p.Category != "" {
		ev = append(ev, "same category: "+p.p.Category)
	}
	if p.p.Material != "" && Key(p.p.Material) == Key(o.p.Material) {
		ev = append(ev, "material: "+o.p.Material)
	}
	if len(p.p.Colors) > 0 {
		var common []string
		for i := range p.p.Colors {
			for j, oc := range o.p.Colors {
				if p.colorKeys[i] == o.colorKeys[j] {
					common = append(common, oc)
				}
			}
		}
		if len(common) > 0 {
			ev = append(ev, "colors: "+strings.Join(common, ", "))
		}
	}
	if p.p.Price > 0 {
		diff := float64(o.p.Price-p.p.Price) / float64(p.p.Price)
		ev = append(ev, fmt.Sprintf("price: %+.0f%%", diff*100))
	}
	c.Evidence = ev
	return c
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// AvailableIn returns a function reporting whether q of a product can be sold
// now, as of tx: it reads only the product's fixed-size stock figure, taking
// the count from the product given (the index's copy). For Alternatives
// inside a caller's transaction.
func AvailableIn(tx *bolt.Tx) func(Product, Milli) bool { return availableFunc(tx) }

// Alternatives proposes up to n available products in place of sku (q units
// wanted), taking the stock held by documents into account.
func (s *Store) Alternatives(ctx context.Context, sku string, q Milli, n int) ([]Candidate, error) {
	p, ok := s.ix.Product(sku)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownSKU, sku)
	}
	var out []Candidate
	err := s.db.View(func(tx *bolt.Tx) error {
		out = s.ix.Alternatives(p, q, n, availableFunc(tx))
		return ctx.Err()
	})
	return out, err
}
