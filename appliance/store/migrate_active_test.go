package store

import (
	"bytes"
	"maps"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestMigration11_MovesStateKeysInFlight: a version-10 store kept every
// order's keys in orders/index; after migration 11 the state keys of the
// orders in flight (received, understood, decided) are in orders/active
// with the same values, with the decision key "" of those not decided,
// the settled orders' state keys are gone, every other key is where it
// was, and the orders list and count the same through their decision keys
// in both trees.
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
	db = reopenAs(t, db, 10, func(tx *bolt.Tx) error {
		// What a version-10 box wrote: every key in orders/index, no orders/active.
		if err := tx.Bucket(BucketOrders).DeleteBucket(BucketOrderActive); err != nil {
			return err
		}
		ob := Bucket(tx, BucketOrders, BucketOrderIndex)
		for _, o := range orders {
			all = append(all, v10OrderKeys(o)...)
			if err := putAll(ob, v10OrderKeys(o), []byte(o.ID)); err != nil {
				return err
			}
			if err := PutJSON(Bucket(tx, BucketOrders, BucketByID), []byte(o.ID), o); err != nil {
				return err
			}
		}
		return nil
	})
	defer db.Close()
	dump := func(tx *bolt.Tx, p ...[]byte) map[string]string {
		out := map[string]string{}
		_ = Bucket(tx, p...).ForEach(func(k, v []byte) error { out[string(k)] = string(v); return nil })
		return out
	}
	_ = db.View(func(tx *bolt.Tx) error {
		index, active := dump(tx, BucketOrders, BucketOrderIndex), dump(tx, BucketOrders, BucketOrderActive)
		wantActive := map[string]string{
			string(IndexKey(IndexState, "decided", at(2), "O000002")):     "O000002",
			string(IndexKey(IndexState, "received", at(3), "O000003")):    "O000003",
			string(IndexKey(IndexDecision, "", at(3), "O000003")):         "O000003",
			string(IndexKey(IndexState, "understood", at(30), "O000004")): "O000004",
			string(IndexKey(IndexDecision, "", at(30), "O000004")):        "O000004",
		}
		if !maps.Equal(active, wantActive) {
			t.Errorf("orders/active %q, want %q", active, wantActive)
		}
		runs := dump(tx, BucketMsgIndex) // the customer keys since migration 13
		for _, k := range all {
			name, value, _ := bytes.Cut(k, []byte{0})
			_, kept := index[string(k)]
			if string(name) == IndexCustomer {
				kept = runs[string(RunKeyOf(k, RunOrder))] != ""
			}
			switch gone := string(name) == IndexState; {
			case gone && kept:
				t.Errorf("orders/index still holds %q", k)
			case !gone && !kept:
				t.Errorf("orders/index lost %q", k)
			case gone && bytes.HasPrefix(value, []byte("replied\x00")) && active[string(k)] != "":
				t.Errorf("a settled order's state key moved to orders/active: %q", k)
			}
		}
		if len(index) != len(all)-5-len(orders) { // and each order's customer key in its run
			t.Errorf("%d keys in orders/index, want %d", len(index), len(all)-5-len(orders))
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
		if ids, _ := scanValuesAll(t, db, [][]byte{BucketOrders, BucketOrderIndex}, IndexDecision, "", tc.p); !slices.Equal(ids, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, ids, tc.want)
		}
	}
	if ids, next := scanValuesAll(t, db, [][]byte{BucketOrders, BucketOrderIndex}, IndexDecision, "", Page{Limit: 2}); !slices.Equal(ids, []string{"O000005", "O000004"}) || next == "" {
		t.Errorf("page of two: %v next %q", ids, next)
	} else if rest, _ := scanValuesAll(t, db, [][]byte{BucketOrders, BucketOrderIndex}, IndexDecision, "", Page{Limit: 2, After: next}); !slices.Equal(rest, []string{"O000003", "O000002"}) {
		t.Errorf("next page across both trees: %v", rest)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		op := [][]byte{BucketOrders, BucketOrderIndex}
		if n, err := CountValuesIn(t.Context(), valueTrees(tx, op), IndexDecision, "", Page{From: at(0), To: at(24)}); err != nil || n != 3 {
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

// v10OrderKeys are the keys a version-10 box wrote for o, all in
// orders/index: its keys of today and a settled order's state key.
func v10OrderKeys(o OrderIndex) [][]byte {
	var ks [][]byte
	for _, k := range o.Keys() {
		if !bytes.Equal(k, IndexKey(IndexDecision, "", o.CreatedAt, o.ID)) {
			ks = append(ks, k)
		}
	}
	if o.State == SettledState {
		ks = append(ks, IndexKey(IndexState, o.State, o.CreatedAt, o.ID))
	}
	return ks
}
