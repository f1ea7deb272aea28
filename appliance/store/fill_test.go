package store

import (
	"fmt"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestBucket_AppendTreesFilled: keys appended to a tree of appendTrees,
// written through Bucket in many commits, fill its pages to about
// AppendFill; a tree keyed at random places (messages/) written the same
// way keeps bbolt's default half-full pages; a read transaction's handle is
// left alone.
func TestBucket_AppendTreesFilled(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "fatoora.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	value := make([]byte, 100)
	for c := 0; c < 40; c++ {
		err := db.Update(func(tx *bolt.Tx) error {
			for i := c * 50; i < (c+1)*50; i++ {
				key := []byte(fmt.Sprintf("O%06d", i))
				for _, b := range []*bolt.Bucket{Bucket(tx, BucketOrders, BucketByID), Bucket(tx, BucketMessages)} {
					if err := b.Put(key, value); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	use := func(path ...[]byte) float64 {
		var s bolt.BucketStats
		_ = db.View(func(tx *bolt.Tx) error {
			b := Bucket(tx, path...)
			if b.FillPercent != bolt.DefaultFillPercent {
				t.Errorf("%s: a read transaction's handle has fill %v", path, b.FillPercent)
			}
			s = b.Stats()
			return nil
		})
		return float64(s.LeafInuse) / float64(s.LeafAlloc)
	}
	if u := use(BucketOrders, BucketByID); u < 0.8 {
		t.Errorf("orders/byid leaves %.0f%% in use, want about %.0f%%", 100*u, 100*AppendFill)
	}
	if u := use(BucketMessages); u > 0.6 {
		t.Errorf("messages leaves %.0f%% in use, want bbolt's default half", 100*u)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, path := range appendTrees {
			if b := Bucket(tx, path...); b == nil || b.FillPercent != AppendFill {
				t.Errorf("%s: not filled to AppendFill in a write transaction", path)
			}
		}
		if b := Bucket(tx, BucketOutbox, BucketSent); b.FillPercent != bolt.DefaultFillPercent {
			t.Errorf("outbox/sent (keyed by customer): fill %v", b.FillPercent)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
