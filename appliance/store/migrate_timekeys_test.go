package store

import (
	"bytes"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestMigration10_DropsTimeKeys: a version-9 store's orders and documents,
// indexed with their time (and kind) keys, list the same after migration
// 10 deleted those keys — newest first, by kind, counted by day — and the
// other keys are left as they were.
func TestMigration10_DropsTimeKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fatoora.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	orders := []OrderIndex{
		{ID: "O000001", Customer: "c1", CreatedAt: at(1), State: "replied", Decision: "invoice"},
		{ID: "O000002", Customer: "c2", CreatedAt: at(2), State: "decided", Decision: "review", NeedsStaff: true},
		{ID: "O000003", Customer: "c1", CreatedAt: at(30), State: "replied", Decision: "quote"},
	}
	docs := []struct {
		number, kind, status string
		h                    int
	}{{"INV-1", "invoice", "paid", 1}, {"QUO-1", "quote", "open", 2}, {"INV-2", "invoice", "issued", 3}, {"CN-1", "credit_note", "issued", 4}}
	// What a version-9 box wrote: today's keys and the ones migration 10 drops.
	err = db.Update(func(tx *bolt.Tx) error {
		ob := Bucket(tx, BucketOrders, BucketOrderIndex)
		for _, o := range orders {
			if err := putAll(ob, append(v10OrderKeys(o), IndexKey(IndexTime, "", o.CreatedAt, o.ID)), []byte(o.ID)); err != nil {
				return err
			}
		}
		dx := Bucket(tx, BucketInvoices, BucketDocIndex)
		for _, d := range docs {
			ix := DocumentIndex{Number: d.number, Kind: d.kind, IssuedAt: at(d.h), Status: d.status}
			ix.Buyer.WaID = "c1"
			old := append(ix.Keys(), IndexKey(IndexTime, "", ix.IssuedAt, d.number), IndexKey(IndexKind, d.kind, ix.IssuedAt, d.number))
			if err := putAll(dx, old, []byte(d.number)); err != nil {
				return err
			}
		}
		return tx.Bucket(BucketMeta).Put(KeySchema, U64(9))
	})
	if err != nil {
		t.Fatal(err)
	}
	keys := func() map[string]int {
		n := map[string]int{}
		_ = db.View(func(tx *bolt.Tx) error {
			// orders/active: where migration 11 moves the state keys of
			// orders in flight (O000002's).
			for _, p := range [][][]byte{{BucketOrders, BucketOrderIndex}, {BucketOrders, BucketOrderActive}, {BucketInvoices, BucketDocIndex}} {
				b := Bucket(tx, p...)
				if b == nil {
					continue
				}
				_ = b.ForEach(func(k, _ []byte) error {
					name, _, _ := bytes.Cut(k, []byte{0})
					n[string(p[0])+"/"+string(name)]++
					return nil
				})
			}
			// the customer keys, in the customers' runs since migration 13
			_ = tx.Bucket(BucketMsgIndex).ForEach(func(k, _ []byte) error {
				switch _, kind, _ := CustomerRunOf(k); kind {
				case RunOrder:
					n["orders/"+IndexCustomer]++
				case RunDocument:
					n["invoices/"+IndexCustomer]++
				}
				return nil
			})
			return nil
		})
		return n
	}
	before := keys()
	db.Close()
	if db, err = Open(path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	after := keys()
	for k, n := range before {
		want := n
		if k == "orders/time" || k == "invoices/time" || k == "invoices/kind" {
			want = 0
		}
		if k == "orders/state" {
			want = 1 // migration 11: a settled order has no state key; O000002's is in orders/active
		}
		if after[k] != want {
			t.Errorf("%s: %d keys after the migration, want %d (before: %d)", k, after[k], want, n)
		}
	}
	op, dp := [][]byte{BucketOrders, BucketOrderIndex}, [][]byte{BucketInvoices, BucketDocIndex}
	for _, tc := range []struct {
		name        string
		path        [][]byte
		index, vp   string
		p           Page
		want        []string
		wantNextLen bool
	}{
		{"orders newest first", op, IndexDecision, "", Page{}, []string{"O000003", "O000002", "O000001"}, false},
		{"orders, pages of two", op, IndexDecision, "", Page{Limit: 2}, []string{"O000003", "O000002"}, true},
		{"orders of the first day", op, IndexDecision, "", Page{From: at(0), To: at(24)}, []string{"O000002", "O000001"}, false},
		{"documents newest first", dp, IndexStatus, "", Page{}, []string{"CN-1", "INV-2", "QUO-1", "INV-1"}, false},
		{"invoices", dp, IndexStatus, "invoice/", Page{}, []string{"INV-2", "INV-1"}, false},
		{"quotes", dp, IndexStatus, "quote/", Page{}, []string{"QUO-1"}, false},
		{"no such kind", dp, IndexStatus, "receipt/", Page{}, nil, false},
	} {
		ids, next := scanValuesAll(t, db, tc.path, tc.index, tc.vp, tc.p)
		if !slices.Equal(ids, tc.want) || (next != "") != tc.wantNextLen {
			t.Errorf("%s: %v next %q, want %v", tc.name, ids, next, tc.want)
		}
		if next != "" {
			p := tc.p
			p.After = next
			if rest, _ := scanValuesAll(t, db, tc.path, tc.index, tc.vp, p); !slices.Equal(rest, []string{"O000001"}) {
				t.Errorf("%s, next page: %v, want [O000001]", tc.name, rest)
			}
		}
	}
	_ = db.View(func(tx *bolt.Tx) error {
		if n, err := CountValuesIn(t.Context(), valueTrees(tx, op), IndexDecision, "", Page{From: at(0), To: at(24)}); err != nil || n != 2 {
			t.Errorf("orders of the first day counted: %d, %v; want 2", n, err)
		}
		return nil
	})
}
