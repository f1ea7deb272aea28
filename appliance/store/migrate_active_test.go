package store

import (
	"bytes"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestMigration11_MovesStateKeysInFlight: a version-10 store kept every
// order's keys in orders/index; after migration 11 the state keys of the
// orders in flight (received, understood, decided) are in orders/active
// with the same values, every other key is where it was, and the orders
// list and count the same through both trees.
func TestMigration11_MovesStateKeysInFlight(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fatoora.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	orders := []OrderIndex{
		{ID: "O000001", Customer: "c1", CreatedAt: at(1), State: "replied", Decision: "invoice"},
		{ID: "O000002", Customer: "c2", CreatedAt: at(2), State: "decided", Decision: "review", NeedsStaff: true},
		{ID: "O000003", Customer: "c1", CreatedAt: at(3), State: "received"},
		{ID: "O000004", Customer: "c3", CreatedAt: at(30), State: "understood"},
		{ID: "O000005", Customer: "c3", CreatedAt: at(31), State: "replied", Decision: "quote"},
	}
	var all [][]byte
	err = db.Update(func(tx *bolt.Tx) error {
		// What a version-10 box wrote: every key in orders/index, no orders/active.
		if err := tx.Bucket(BucketOrders).DeleteBucket(BucketOrderActive); err != nil {
			return err
		}
		ob := Bucket(tx, BucketOrders, BucketOrderIndex)
		for _, o := range orders {
			all = append(all, o.Keys()...)
			if err := putAll(ob, o.Keys(), []byte(o.ID)); err != nil {
				return err
			}
		}
		return tx.Bucket(BucketMeta).Put(KeySchema, U64(10))
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = Open(path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	dump := func(tx *bolt.Tx, p ...[]byte) map[string]string {
		out := map[string]string{}
		_ = Bucket(tx, p...).ForEach(func(k, v []byte) error { out[string(k)] = string(v); return nil })
		return out
	}
	_ = db.View(func(tx *bolt.Tx) error {
		index, active := dump(tx, BucketOrders, BucketOrderIndex), dump(tx, BucketOrders, BucketOrderActive)
		if len(index)+len(active) != len(all) {
			t.Errorf("%d keys in orders/index and %d in orders/active, want %d in all", len(index), len(active), len(all))
		}
		wantActive := map[string]string{
			string(IndexKey(IndexState, "decided", at(2), "O000002")):     "O000002",
			string(IndexKey(IndexState, "received", at(3), "O000003")):    "O000003",
			string(IndexKey(IndexState, "understood", at(30), "O000004")): "O000004",
		}
		for k, v := range wantActive {
			if active[k] != v {
				t.Errorf("orders/active[%q] = %q, want %q", k, active[k], v)
			}
			if _, ok := index[k]; ok {
				t.Errorf("orders/index still holds %q", k)
			}
		}
		for _, k := range all {
			if _, moved := wantActive[string(k)]; !moved && index[string(k)] == "" {
				t.Errorf("orders/index lost %q", k)
			}
		}
		return nil
	})
	for _, tc := range []struct {
		name string
		p    Page
		want []string
	}{
		{"newest first", Page{}, []string{"O000005", "O000004", "O000003", "O000002", "O000001"}},
		{"the first day", Page{From: at(0), To: at(24)}, []string{"O000003", "O000002", "O000001"}},
	} {
		if ids, _ := scanValuesAll(t, db, [][]byte{BucketOrders, BucketOrderIndex}, IndexState, "", tc.p); !slices.Equal(ids, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, ids, tc.want)
		}
	}
	if ids, next := scanValuesAll(t, db, [][]byte{BucketOrders, BucketOrderIndex}, IndexState, "", Page{Limit: 2}); !slices.Equal(ids, []string{"O000005", "O000004"}) || next == "" {
		t.Errorf("page of two: %v next %q", ids, next)
	} else if rest, _ := scanValuesAll(t, db, [][]byte{BucketOrders, BucketOrderIndex}, IndexState, "", Page{Limit: 2, After: next}); !slices.Equal(rest, []string{"O000003", "O000002"}) {
		t.Errorf("next page across both trees: %v", rest)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		op := [][]byte{BucketOrders, BucketOrderIndex}
		if n, err := CountValuesIn(t.Context(), valueTrees(tx, op), IndexState, "", Page{From: at(0), To: at(24)}); err != nil || n != 3 {
			t.Errorf("orders of the first day counted: %d, %v; want 3", n, err)
		}
		if n, err := Count(t.Context(), Bucket(tx, op...), IndexPrefix(IndexStaff, ""), Page{}); err != nil || n != 1 {
			t.Errorf("waiting for staff: %d, %v; want 1", n, err)
		}
		if !bytes.Equal(Bucket(tx, op...).Get(IndexKey(IndexDecision, "review", at(2), "O000002")), []byte("O000002")) {
			t.Error("the decision key of an order in flight moved")
		}
		return nil
	})
}
