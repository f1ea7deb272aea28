package catalog

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// refAlternatives is the full scan the grouped Alternatives replaced: every
// product checked against the rules, scored, sorted. The two must agree.
func refAlternatives(ix *Index, p Product, q Milli, n int, available func(Product, Milli) bool) []string {
	self := ix.docs[p.SKU]
	first := self.names[0][0].stem
	type c struct {
		sku   string
		score float64
	}
	var out []c
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
		if !available(o, q) || p.Price > 0 && (o.Price*3 < p.Price || o.Price > p.Price*3) {
			continue
		}
		var have, all float64
		for _, t := range self.names[0] {
			w := ix.idf(t.norm)
			all += w
			for _, u := range d.names[0] {
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
		if p.Material != "" && Key(p.Material) == Key(o.Material) {
			material = 1
		}
		colors := 0.0
		if len(p.Colors) > 0 {
			common := 0
			for _, pc := range p.Colors {
				for _, oc := range o.Colors {
					if Key(pc) == Key(oc) {
						common++
					}
				}
			}
			colors = float64(common) / float64(len(p.Colors))
		}
		price := 0.0
		if p.Price > 0 {
			diff := float64(o.Price-p.Price) / float64(p.Price)
			price = max(0, 1-abs(diff))
		}
		unit := 1.0
		if o.Unit != p.Unit {
			unit = 0
		}
		s := 0.35*name + 0.2*material + 0.15*colors + 0.2*price + 0.1*unit
		s = float64(int(s*1000+0.5)) / 1000
		if d.names[0][0].stem == first {
			s += 0.3
		}
		out = append(out, c{o.SKU, s})
	}
	slices.SortStableFunc(out, func(a, b c) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return strings.Compare(a.sku, b.sku)
	})
	var skus []string
	for _, x := range out[:min(n, len(out))] {
		skus = append(skus, fmt.Sprintf("%s %.3f", x.sku, x.score))
	}
	return skus
}

// TestIndex_AlternativesMatchFullScan: the grouped, price-windowed ranking
// offers exactly what a scan of the whole catalog would, in the same order,
// with and without a category, for made-up stock.
func TestIndex_AlternativesMatchFullScan(t *testing.T) {
	ps := genCatalog(3000)
	for i := range ps {
		if i%7 == 0 {
			ps[i].Category = "" // by kind
		}
	}
	ix, err := NewMemIndex(ps, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	avail := func(p Product, q Milli) bool { return p.Stock >= q && p.Stock > 0 }
	checked := 0
	for i := 0; i < len(ps); i += 37 {
		p := ps[i]
		for _, q := range []Milli{One, 3 * One} {
			var got []string
			for _, c := range ix.Alternatives(p, q, 10, avail) {
				got = append(got, fmt.Sprintf("%s %.3f", c.Product.SKU, c.Score))
			}
			want := refAlternatives(ix, p, q, 10, avail)
			if !slices.Equal(got, want) {
				t.Fatalf("%s (category %q) q=%s:\n got %v\nwant %v", p.SKU, p.Category, q, got, want)
			}
			checked += len(got)
		}
	}
	if checked < 500 {
		t.Fatalf("only %d alternatives compared: the test catalog offers too few", checked)
	}
}

// BenchmarkStore_AlternativesOutOfStock: one out-of-stock line at 1,000,
// 5,000 and 50,000 products, as the decide step runs it: inside a bbolt
// transaction, stock read from the running figures. The products are
// generated (genCatalog: 12 kinds in a few categories, 0–4 in stock).
func BenchmarkStore_AlternativesOutOfStock(b *testing.B) {
	for _, n := range []int{1000, 5000, 50000} {
		b.Run(fmt.Sprintf("products=%d", n), func(b *testing.B) {
			db, s := openBenchStore(b)
			ps := genCatalog(n)
			start := time.Now()
			if _, err := s.Import(context.Background(), ps, nil, "bench"); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(time.Since(start).Milliseconds()), "import-ms")
			var out []Product
			for _, p := range ps {
				if p.Stock == 0 {
					out = append(out, p)
				}
			}
			b.ResetTimer()
			for i := range b.N {
				p := out[i%len(out)]
				err := db.View(func(tx *bolt.Tx) error {
					if alts := s.Index().Alternatives(p, One, 10, AvailableIn(tx)); len(alts) == 0 {
						return fmt.Errorf("no alternative to %s", p.SKU)
					}
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
