package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// migrationChecks holds one test per migration: it runs on a store that was
// just migrated to that version from the one before. Adding a migration
// without a check fails TestMigrations_EachHasACheck.
var migrationChecks = map[uint64]func(t *testing.T, tx *bolt.Tx){
	1: func(t *testing.T, tx *bolt.Tx) {
		if id := tx.Bucket(BucketMeta).Get(KeyBoxID); len(id) != 16 {
			t.Errorf("box id %q", id)
		}
		for _, b := range []string{"payloads", "orders/byid", "invoices/docs", "outbox/hq"} {
			if !slices.Contains(actualTree(tx), b) {
				t.Errorf("bucket %s missing", b)
			}
		}
	},
	2: func(t *testing.T, tx *bolt.Tx) {
		for _, b := range []string{"orders/index", "invoices/index", "outbox/sent", "message_index", "customer_index", "conversation_index"} {
			if !slices.Contains(actualTree(tx), b) {
				t.Errorf("bucket %s missing", b)
			}
		}
	},
	3: func(t *testing.T, tx *bolt.Tx) {
		have := actualTree(tx)
		for _, b := range []string{"invoices/stock", "invoices/reservations"} {
			if slices.Contains(have, b) {
				t.Errorf("bucket %s left behind", b)
			}
		}
		for _, b := range []string{"catalog/stock", "catalog/reservations"} {
			if !slices.Contains(have, b) {
				t.Errorf("bucket %s missing", b)
			}
		}
	},
	4: func(t *testing.T, tx *bolt.Tx) {
		for _, b := range []string{"eta/chain", "eta/receipts", "eta/by_doc", "eta/pending", "eta/rejected", "eta/b2b", "eta/stats"} {
			if !slices.Contains(actualTree(tx), b) {
				t.Errorf("bucket %s missing", b)
			}
		}
	},
	5: func(t *testing.T, tx *bolt.Tx) {
		if !slices.Contains(actualTree(tx), "outbox/hq_rejected") {
			t.Error("bucket outbox/hq_rejected missing")
		}
	},
	6: func(t *testing.T, tx *bolt.Tx) {
		for _, b := range []string{"status_callbacks", "flagged_messages"} {
			if !slices.Contains(actualTree(tx), b) {
				t.Errorf("bucket %s missing", b)
			}
		}
	},
	11: func(t *testing.T, tx *bolt.Tx) { // activeStateKeys
		if Bucket(tx, BucketOrders, BucketOrderActive) == nil {
			t.Error("orders/active missing")
		}
		c := Bucket(tx, BucketOrders, BucketOrderIndex).Cursor()
		for k, _ := c.Seek([]byte(IndexState + "\x00")); k != nil && bytes.HasPrefix(k, []byte(IndexState+"\x00")); k, _ = c.Next() {
			if ActiveKey(k) {
				t.Errorf("orders/index still holds the state key in flight %q", k)
			}
		}
	},
	10: func(t *testing.T, tx *bolt.Tx) { // dropTimeKeys
		for _, c := range []struct {
			path [][]byte
			name string
		}{{[][]byte{BucketOrders, BucketOrderIndex}, IndexTime}, {[][]byte{BucketInvoices, BucketDocIndex}, IndexTime}, {[][]byte{BucketInvoices, BucketDocIndex}, IndexKind}} {
			prefix := append([]byte(c.name), 0)
			if k, _ := Bucket(tx, c.path...).Cursor().Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) {
				t.Errorf("%s still holds %q", c.path, k)
			}
		}
	},
	9: func(t *testing.T, tx *bolt.Tx) { // countDepths
		b := tx.Bucket(BucketDepths)
		if b == nil || b.Get(KeyDepthQueue) == nil || b.Get(KeyDepthOutbox) == nil {
			t.Error("depths missing or incomplete")
		}
	},
	8: func(t *testing.T, tx *bolt.Tx) { // countConversations
		b := tx.Bucket(BucketConvCounts)
		if b == nil || b.Get(KeyCountCustomers) == nil || b.Get(KeyCountFlagged) == nil {
			t.Error("conversation_counts missing or incomplete")
		}
	},
	7: func(t *testing.T, tx *bolt.Tx) { // runningStock
		if !slices.Contains(actualTree(tx), "catalog/stock_log") {
			t.Error("bucket catalog/stock_log missing")
		}
	},
}

// TestOpen_TreeIsTheDrawing: a store at the current version holds exactly
// the buckets drawn in doc.go.
func TestOpen_TreeIsTheDrawing(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "fatoora.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_ = db.View(func(tx *bolt.Tx) error {
		if drawn, have := drawnTree(t), actualTree(tx); !equal(drawn, have) {
			t.Errorf("bucket tree differs from the drawing in doc.go:\n drawn: %v\n  have: %v", drawn, have)
		}
		return nil
	})
}

// TestMigration3_MovesTheLedger: a version-2 store's stock ledger is found
// under catalog/ after the upgrade, byte for byte.
func TestMigration3_MovesTheLedger(t *testing.T) {
	path := storeBefore(t, migrations[2].up, func(tx *bolt.Tx) error {
		if err := Bucket(tx, BucketInvoices, BucketStock).Put([]byte("SKU-1"), []byte(`{"INV-1":2000}`)); err != nil {
			return err
		}
		return Bucket(tx, BucketInvoices, BucketReserved).Put([]byte("INV-1"), []byte(`{"SKU-1":2000}`))
	})
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_ = db.View(func(tx *bolt.Tx) error {
		// Moved, then rewritten by migration 7 into the running figure:
		// 2000 reserved, 0 sold.
		if got := Bucket(tx, BucketCatalog, BucketStock).Get([]byte("SKU-1")); !bytes.Equal(got, append(U64(2000), U64(0)...)) {
			t.Errorf("catalog/stock/SKU-1 = %q", got)
		}
		if got := string(Bucket(tx, BucketCatalog, BucketReserved).Get([]byte("INV-1"))); got != `{"SKU-1":2000}` {
			t.Errorf("catalog/reservations/INV-1 = %q", got)
		}
		if Bucket(tx, BucketInvoices, BucketStock) != nil || Bucket(tx, BucketInvoices, BucketReserved) != nil {
			t.Error("the old ledger buckets are still there")
		}
		return nil
	})
}

func TestMigrations_EachHasACheck(t *testing.T) {
	for i, m := range migrations {
		if m.version != uint64(i+1) {
			t.Errorf("migration %d has version %d: versions must be 1, 2, 3 ...", i, m.version)
		}
		if migrationChecks[m.version] == nil {
			t.Errorf("migration %d (%s) has no check in migrationChecks", m.version, m.name)
		}
	}
}

// TestMigrations_StepByStep applies the migrations one at a time, as an
// old box upgrading would, and runs each one's check.
func TestMigrations_StepByStep(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	b, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, m := range migrations {
		t.Run(fmt.Sprintf("%d %s", m.version, m.name), func(t *testing.T) {
			err := b.Update(func(tx *bolt.Tx) error {
				meta, err := tx.CreateBucketIfNotExists(BucketMeta)
				if err != nil {
					return err
				}
				if got := ParseU64(meta.Get(KeySchema)); got != m.version-1 {
					return fmt.Errorf("at version %d before migration %d", got, m.version)
				}
				if err := m.up(tx); err != nil {
					return err
				}
				// Running it twice must be harmless (a crash before the
				// version is written reruns it).
				if err := m.up(tx); err != nil {
					return fmt.Errorf("second run: %w", err)
				}
				return meta.Put(KeySchema, U64(m.version))
			})
			if err != nil {
				t.Fatal(err)
			}
			_ = b.View(func(tx *bolt.Tx) error { migrationChecks[m.version](t, tx); return nil })
		})
	}
}

func TestOpen_FreshAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fatoora.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	v, _ := db.Schema()
	id, _ := db.BoxID()
	if v != SchemaVersion() || id == "" {
		t.Fatalf("schema %d id %q", v, id)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(BucketMessages).Put([]byte("wamid.1"), []byte(`{}`)) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	id2, _ := db.BoxID()
	if id2 != id {
		t.Errorf("box id changed on reopen: %q -> %q", id, id2)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(BucketMessages).Get([]byte("wamid.1")) == nil {
			t.Error("data lost on reopen")
		}
		return nil
	})
}

func TestOpen_NewerSchemaFailsClearly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fatoora.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(BucketMeta).Put(KeySchema, U64(SchemaVersion()+1))
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = Open(path, Options{})
	if err == nil {
		t.Fatal("opened a file from a newer fatoora")
	}
	for _, want := range []string{"newer", "upgrade fatoora", fmt.Sprint(SchemaVersion() + 1)} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	// The file was not touched.
	b, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	_ = b.View(func(tx *bolt.Tx) error {
		if got := ParseU64(tx.Bucket(BucketMeta).Get(KeySchema)); got != SchemaVersion()+1 {
			t.Errorf("schema rewritten to %d", got)
		}
		return nil
	})
}

func TestOpen_SecondOpenFailsFast(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fatoora.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	_, err = Open(path, Options{Timeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: %v", err)
	}
	if !strings.Contains(err.Error(), "already running") {
		t.Errorf("message not clear: %q", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
	_, err = Open(path, Options{Timeout: 200 * time.Millisecond, ReadOnly: true})
	if !errors.Is(err, ErrLocked) {
		t.Errorf("read-only open while locked: %v", err)
	}
}

func TestDB_BackupWhileWriting(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(filepath.Join(dir, "fatoora.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	put := func(i int) error {
		return db.Batch(func(tx *bolt.Tx) error {
			return tx.Bucket(BucketMessages).Put([]byte(fmt.Sprintf("wamid.%05d", i)), bytes.Repeat([]byte("x"), 500))
		})
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		for i := range 1000 {
			if err := tx.Bucket(BucketMessages).Put([]byte(fmt.Sprintf("wamid.%05d", i)), bytes.Repeat([]byte("x"), 500)); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1000; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if err := put(i); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	out := filepath.Join(dir, "backup.db")
	n, err := db.BackupFile(out)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(out); err != nil || fi.Size() != n {
		t.Fatalf("backup size %v, wrote %d: %v", fi, n, err)
	}
	bak, err := Open(out, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bak.Close()
	count := 0
	_ = bak.View(func(tx *bolt.Tx) error {
		count = tx.Bucket(BucketMessages).Stats().KeyN
		for i := range count {
			if tx.Bucket(BucketMessages).Get([]byte(fmt.Sprintf("wamid.%05d", i))) == nil {
				t.Errorf("backup has a hole at %d of %d", i, count)
				return nil
			}
		}
		return nil
	})
	if count < 1000 {
		t.Errorf("backup holds %d messages, want >= 1000", count)
	}
	if v, _ := bak.Schema(); v != SchemaVersion() {
		t.Errorf("backup schema %d", v)
	}
	id1, _ := db.BoxID()
	id2, _ := bak.BoxID()
	if id1 != id2 {
		t.Error("backup has another box id")
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".backup.db.tmp*"))
	if len(left) > 0 {
		t.Errorf("temp files left: %v", left)
	}
}

// drawnTree reads the bucket tree drawn in doc.go: top-level "name/" lines
// and, indented below them, "sub/..." lines naming static sub-buckets.
func drawnTree(t *testing.T) []string {
	t.Helper()
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	top := ""
	for _, line := range strings.Split(string(src), "\n") {
		rest, ok := strings.CutPrefix(line, "//\t")
		if !ok || strings.TrimSpace(rest) == "" {
			continue
		}
		word := strings.Fields(rest)[0]
		if !strings.HasPrefix(rest, " ") {
			if strings.HasSuffix(word, "/") {
				top = strings.TrimSuffix(word, "/")
				out = append(out, top)
			}
			continue
		}
		if sub, _, ok := strings.Cut(word, "/"); ok && !strings.HasPrefix(sub, "<") {
			out = append(out, top+"/"+sub)
		}
	}
	sort.Strings(out)
	return dedupe(out)
}

func actualTree(tx *bolt.Tx) []string {
	var out []string
	_ = tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		out = append(out, string(name))
		return b.ForEach(func(k, v []byte) error {
			if v == nil {
				out = append(out, string(name)+"/"+string(k))
			}
			return nil
		})
	})
	sort.Strings(out)
	return out
}

func dedupe(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
