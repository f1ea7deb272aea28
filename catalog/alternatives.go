package catalog

import (
	"context"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// Alternatives proposes up to n products to offer instead of p when p cannot
// be sold (q units asked; One when q ≤ 0): products of the same category (of
// the same kind when p has no category: sharing its first name word) that
// are available for q and priced within a third to three times p's price,
// ranked by how close they are — the same head word of the name first, then
// name words, material, colours, unit and price. available decides availability; nil uses the
// catalog's stock count (Product.Available), as `fatoora extract` does.
func (ix *Index) Alternatives(p Product, q Milli, n int, available func(Product, Milli) bool) []Candidate {
	if q <= 0 {
		q = One
	}
	if available == nil {
		available = func(p Product, q Milli) bool { return p.Available(q) && (p.MadeToOrder || p.Stock > 0) }
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	self := ix.docs[p.SKU]
	if self == nil {
		self = ix.analyzeProduct(p)
	}
	first := ""
	if len(self.names) > 0 && len(self.names[0]) > 0 {
		first = self.names[0][0].stem
	}
	var out []Candidate
	for _, sku := range ix.order {
		d := ix.docs[sku]
		o := d.p
		if o.SKU == p.SKU {
			continue
		}
		if p.Category != "" {
			if Key(o.Category) != Key(p.Category) {
				continue
			}
		} else if len(d.names[0]) == 0 || d.names[0][0].stem != first {
			continue
		}
		if !available(o, q) {
			continue
		}
		// Something of a comparable value: a pouf is no alternative to a
		// corner sofa, however close in category and colour.
		if p.Price > 0 && (o.Price*3 < p.Price || o.Price > p.Price*3) {
			continue
		}
		c := ix.similarity(self, d)
		if first != "" && len(d.names[0]) > 0 && d.names[0][0].stem == first {
			c.Score += 0.3 // the same kind of thing (its name's head word) first
			c.Evidence = append(c.Evidence, "same kind: "+d.names[0][0].norm)
		}
		out = append(out, c)
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
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// similarity scores o as a replacement for p, 0..1.
func (ix *Index) similarity(p, o *doc) Candidate {
	c := Candidate{Product: o.p}
	var ev []string
	if p.p.Category != "" {
		ev = append(ev, "same category: "+p.p.Category)
	}
	// Name words in common, by idf.
	var have, all float64
	for _, t := range p.names[0] {
		w := ix.idf(t.norm)
		all += w
		for _, u := range o.names[0] {
			if u.stem == t.stem {
				have += w
				break
			}
		}
	}
	name := 0.0
	if all > 0 {
		name = have / all
	}
	material := 0.0
	if p.p.Material != "" && Key(p.p.Material) == Key(o.p.Material) {
		material = 1
		ev = append(ev, "material: "+o.p.Material)
	}
	colors := 0.0
	if len(p.p.Colors) > 0 {
		var common []string
		for _, pc := range p.p.Colors {
			for _, oc := range o.p.Colors {
				if Key(pc) == Key(oc) {
					common = append(common, oc)
				}
			}
		}
		colors = float64(len(common)) / float64(len(p.p.Colors))
		if len(common) > 0 {
			ev = append(ev, "colors: "+strings.Join(common, ", "))
		}
	}
	price := 0.0
	if p.p.Price > 0 {
		diff := float64(o.p.Price-p.p.Price) / float64(p.p.Price)
		price = max(0, 1-abs(diff))
		ev = append(ev, fmt.Sprintf("price: %+.0f%%", diff*100))
	}
	unit := 1.0
	if o.p.Unit != p.p.Unit {
		unit = 0
	}
	c.Score = 0.35*name + 0.2*material + 0.15*colors + 0.2*price + 0.1*unit
	c.Score = float64(int(c.Score*1000+0.5)) / 1000
	c.Evidence = ev
	return c
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

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
