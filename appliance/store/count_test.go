package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func TestCount_TimeRange(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "fatoora.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	path := [][]byte{BucketOrders, BucketOrderIndex}
	err = db.Update(func(tx *bolt.Tx) error {
		b := Bucket(tx, path...)
		for i := 0; i < 3000; i++ { // one an hour: 125 days
			id := fmt.Sprintf("O%d", i)
			if err := PutIndex(b, nil, OrderIndex{ID: id, Customer: "c", CreatedAt: t0.Add(time.Duration(i) * time.Hour), State: "decided"}.Keys(), []byte(id)); err != nil {
				return err
			}
		}
		return b.Put(IndexKey(IndexCustomer, "d", t0, "X"), []byte("X"))
	})
	if err != nil {
		t.Fatal(err)
	}
	day := t0.Add(24 * time.Hour)
	tests := []struct {
		name   string
		prefix []byte
		p      Page
		want   int
	}{
		{"whole index", IndexPrefix(IndexCustomer, "c"), Page{}, 3000},
		{"another value", IndexPrefix(IndexCustomer, "d"), Page{}, 1},
		{"one day", IndexPrefix(IndexState, "decided"), Page{From: day, To: day.Add(24 * time.Hour)}, 24},
		{"from only", IndexPrefix(IndexState, "decided"), Page{From: t0.Add(2990 * time.Hour)}, 10},
		{"to only", IndexPrefix(IndexState, "decided"), Page{To: t0.Add(5 * time.Hour)}, 5},
		{"empty range", IndexPrefix(IndexState, "decided"), Page{From: t0.Add(-48 * time.Hour), To: t0}, 0},
		{"after and limit ignored", IndexPrefix(IndexState, "decided"), Page{Limit: 2, After: "zz"}, 3000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var n int
			err := db.View(func(tx *bolt.Tx) error {
				var err error
				n, err = Count(context.Background(), Bucket(tx, path...), tc.prefix, tc.p)
				return err
			})
			if err != nil || n != tc.want {
				t.Errorf("Count = %d, %v; want %d", n, err, tc.want)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = db.View(func(tx *bolt.Tx) error {
		_, err := Count(ctx, Bucket(tx, path...), IndexPrefix(IndexState, "decided"), Page{})
		return err
	})
	if err == nil {
		t.Error("Count ignored a cancelled context")
	}
}
