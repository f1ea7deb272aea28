package store

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"fatoora/catalog"
)

// TestMigration4_RunningStock: a version-3 store whose per-SKU ledgers are
// JSON maps of every reservation opens with one running figure per SKU that
// sums the open holds, a log entry per SKU, and a ledger that keeps working.
func TestMigration4_RunningStock(t *testing.T) {
	put := func(tx *bolt.Tx, bucket []byte, k string, v any) error {
		data, err := json.Marshal(v)
		if err != nil {
			return err
		}
		return Bucket(tx, BucketCatalog, bucket).Put([]byte(k), data)
	}
	path := storeBefore(t, runningStock, func(tx *bolt.Tx) error {
		for _, p := range []catalog.Product{
			{SKU: "CH-1", NameAr: "كرسي", Unit: catalog.Piece, Price: 100, Stock: 10 * catalog.One},
			{SKU: "TB-1", NameAr: "ترابيزة", Unit: catalog.Piece, Price: 900, Stock: 3 * catalog.One},
		} {
			if err := put(tx, BucketProducts, p.SKU, p); err != nil {
				return err
			}
		}
		ledgers := map[string]map[string]catalog.Milli{
			"CH-1": {"INV-1": 2 * catalog.One, "INV-2": 5 * catalog.One},
			"TB-1": {"INV-2": catalog.One},
		}
		holds := map[string]map[string]catalog.Milli{
			"INV-1": {"CH-1": 2 * catalog.One},
			"INV-2": {"CH-1": 5 * catalog.One, "TB-1": catalog.One},
		}
		for k, v := range ledgers {
			if err := put(tx, BucketStock, k, v); err != nil {
				return err
			}
		}
		for k, v := range holds {
			if err := put(tx, BucketReserved, k, v); err != nil {
				return err
			}
		}
		return nil
	})
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	want := map[string]catalog.StockInfo{
		"CH-1": {State: catalog.Available, OnHand: 10 * catalog.One, Reserved: 7 * catalog.One, Free: 3 * catalog.One},
		"TB-1": {State: catalog.Available, OnHand: 3 * catalog.One, Reserved: catalog.One, Free: 2 * catalog.One},
	}
	_ = db.View(func(tx *bolt.Tx) error {
		for sku, w := range want {
			si, err := catalog.StockIn(tx, sku)
			if err != nil || si != w {
				t.Errorf("%s after migration: %+v, %v; want %+v", sku, si, err, w)
			}
		}
		log, _, err := catalog.StockLog(tx, 0, 10)
		if err != nil || len(log) != 2 || log[0].Op != catalog.OpMigrate || log[1].Op != catalog.OpMigrate {
			t.Errorf("stock log after migration: %+v, %v", log, err)
		}
		return nil
	})
	// The migrated ledger keeps working: voiding INV-2 gives back its holds.
	if err := db.Update(func(tx *bolt.Tx) error { return catalog.Release(tx, "INV-2") }); err != nil {
		t.Fatal(err)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		if si, _ := catalog.StockIn(tx, "CH-1"); si.Reserved != 2*catalog.One || si.Free != 8*catalog.One {
			t.Errorf("CH-1 after release: %+v", si)
		}
		if si, _ := catalog.StockIn(tx, "TB-1"); si.Reserved != 0 || si.Free != 3*catalog.One {
			t.Errorf("TB-1 after release: %+v", si)
		}
		return nil
	})
}

// storeBefore writes a store file at the schema just before migration up
// (whatever its number), with fill's records in it, and returns its path:
// opening it runs up.
func storeBefore(t *testing.T, up func(*bolt.Tx) error, fill func(tx *bolt.Tx) error) string {
	t.Helper()
	want := reflect.ValueOf(up).Pointer()
	i := slices.IndexFunc(migrations, func(m migration) bool { return reflect.ValueOf(m.up).Pointer() == want })
	if i < 1 {
		t.Fatal("migration not in the list, or the first")
	}
	path := filepath.Join(t.TempDir(), "fatoora.db")
	b, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = b.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(BucketMeta)
		if err != nil {
			return err
		}
		for _, m := range migrations[:i] {
			if err := m.up(tx); err != nil {
				return err
			}
		}
		if err := fill(tx); err != nil {
			return err
		}
		return meta.Put(KeySchema, U64(migrations[i-1].version))
	})
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	return path
}
