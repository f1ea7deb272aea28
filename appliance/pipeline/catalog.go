package pipeline

import (
	"errors"
	"sort"

	"fatoora/catalog"

	bolt "go.etcd.io/bbolt"
)

// StoreCatalog adapts the bbolt-backed catalog to the pipeline: a product's
// Stock is what is free after documents' reservations.
func StoreCatalog(s *catalog.Store) Catalog { return storeCatalog{s} }

type storeCatalog struct{ s *catalog.Store }

func (c storeCatalog) Product(tx *bolt.Tx, sku string) (catalog.Product, bool, error) {
	p, err := catalog.GetProduct(tx, sku)
	if errors.Is(err, catalog.ErrUnknownSKU) {
		return p, false, nil
	}
	if err != nil {
		return p, false, err
	}
	si, err := catalog.StockIn(tx, sku)
	if err != nil {
		return p, false, err
	}
	if !p.MadeToOrder {
		p.Stock = si.Free
	}
	return p, true, nil
}

func (c storeCatalog) Alternatives(tx *bolt.Tx, p catalog.Product, q catalog.Milli, n int) ([]catalog.Product, error) {
	avail := func(o catalog.Product, q catalog.Milli) bool {
		si, err := catalog.StockIn(tx, o.SKU)
		return err == nil && (si.State == catalog.MadeToOrder || si.Free >= q)
	}
	var out []catalog.Product
	for _, cand := range c.s.Index().Alternatives(p, q, n, avail) {
		out = append(out, cand.Product)
	}
	return out, nil
}

func (c storeCatalog) ResolveColor(p *catalog.Product, word string) (string, bool) {
	return c.s.Index().ResolveColor(p, word)
}

// Categories are the shop's product categories, the largest first: what a
// reply names when the customer asked for something the shop does not sell.
func (c storeCatalog) Categories() []string {
	return categoriesOf(c.s.Index().Products())
}

// CategoryExamples name the shop's categories in English, the largest
// first, by the English name (name_en) of one product of each, the first
// in the catalog's order that has one; a category with none is left out.
// What a reply in English names when the customer asked for something the
// shop does not sell (the categories themselves are named in Arabic).
func (c storeCatalog) CategoryExamples() []string {
	ps := c.s.Index().Products()
	var out []string
	for _, cat := range categoriesOf(ps) {
		for _, p := range ps {
			if p.Category == cat && p.NameEn != "" {
				out = append(out, p.NameEn)
				break
			}
		}
	}
	return out
}

func categoriesOf(ps []catalog.Product) []string {
	n := map[string]int{}
	for _, p := range ps {
		if p.Category != "" {
			n[p.Category]++
		}
	}
	out := make([]string, 0, len(n))
	for k := range n {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if n[out[i]] != n[out[j]] {
			return n[out[i]] > n[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// ColorInEnglish is colour c's English name in the shop vocabulary, ""
// when it gives none: what a reply in English calls it.
func (c storeCatalog) ColorInEnglish(col string) string { return c.s.Index().ColorInEnglish(col) }
