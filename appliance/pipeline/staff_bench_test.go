package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkPipeline_OrdersPage reads one page of 50 orders from stores
// holding more and more orders: with the indexes a page costs the same
// however many orders are stored (a scan would grow with them).
//
//	go test -run '^$' -bench BenchmarkPipeline_OrdersPage -benchtime 2000x ./appliance/pipeline/
func BenchmarkPipeline_OrdersPage(b *testing.B) {
	for _, n := range []int{2_000, 50_000} {
		db, err := store.Open(filepath.Join(b.TempDir(), "fatoora.db"), store.Options{NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
		for start := 0; start < n; start += 5_000 {
			err := db.Update(func(tx *bolt.Tx) error {
				for i := start; i < min(start+5_000, n); i++ {
					o := &Order{ID: fmt.Sprintf("O%07d", i+1), Customer: fmt.Sprintf("2010%07d", i%1000), CreatedAt: t0.Add(time.Duration(i) * time.Minute),
						State: StateReplied, Decision: DecInvoice, Text: "عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم", NeedsStaff: i%50 == 0}
					if err := saveOrder(tx, o); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		p := &Pipeline{db: db}
		for _, f := range []struct {
			name string
			f    OrderFilter
		}{
			{"newest", OrderFilter{}},
			{"review-queue", OrderFilter{NeedsStaff: true}},
			{"one-customer", OrderFilter{Customer: "20100000007"}},
		} {
			b.Run(fmt.Sprintf("orders=%d/%s", n, f.name), func(b *testing.B) {
				f.f.Limit = 50
				for b.Loop() {
					page, err := p.Orders(context.Background(), f.f)
					if err != nil || len(page.Orders) == 0 {
						b.Fatalf("%d orders, %v", len(page.Orders), err)
					}
				}
			})
		}
		db.Close()
	}
}
