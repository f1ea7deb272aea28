package ingest_test

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// TestMigration12_CustomersBesideTheirMessages: a version-11 store kept
// the customers' records in customers/ and the customers by last contact in
// customer_index/; after migration 12 every record and seen key is in
// message_index/ with its value, the two old trees are gone, the store holds
// exactly what the same messages write into a new store, and every reader
// of ingest's customer trees (Customers, paged and by time, CountMessages,
// CustomerMessages, LoadCustomer) answers the same as in the new store —
// and again after more messages, from known and new customers, are heard
// in both.
//
// The version-11 store is written by the same Accept and Heard calls, then
// given the old layout: customers/ and customer_index/ created, every
// customer's record moved to customers/<key> and every seen key moved to
// customer_index/ (the keys and values the version-11 ingest.Heard wrote
// there: the record's bytes, and the same store.CustomerKey of the last
// contact → the customer's key), and the schema version set back to 11.
func TestMigration12_CustomersBesideTheirMessages(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	type heard struct {
		hour      int
		from, msg string
	}
	first := []heard{
		{0, "201000000001", "wamid.A1"}, {1, "201000000002", "wamid.B1"}, {2, "201000000001", "wamid.A2"},
		{3, "201000000003", "wamid.C1"}, {5, "201000000004", "wamid.D1"}, {6, "201000000002", "wamid.B2"},
		{30, "201000000005", "wamid.E1"}, {31, "201000000003", "wamid.C2"},
	}
	later := []heard{{40, "201000000001", "wamid.A3"}, {41, "201000000006", "wamid.F1"}}

	write := func(t *testing.T, db *store.DB, msgs []heard) {
		t.Helper()
		var now time.Time
		in := newIngester(t, db, ingest.Options{Now: func() time.Time { return now }})
		for _, h := range msgs {
			now = t0.Add(time.Duration(h.hour) * time.Hour)
			body := metaEscape(envelope(contact(h.from, "عميل "+h.from[len(h.from)-1:]), msgFrom(h.from, h.msg), ""))
			if _, err := in.Accept(context.Background(), body, ingest.Sign(secret, body), "test"); err != nil {
				t.Fatal(err)
			}
		}
		hearQueued(t, db) // what the pipeline's first commit for each does (Heard is idempotent)
	}
	open := func(t *testing.T, path string) *store.DB {
		t.Helper()
		db, err := store.Open(path, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return db
	}

	dir := t.TempDir()
	newPath, oldPath := filepath.Join(dir, "new.db"), filepath.Join(dir, "old.db")
	fresh := open(t, newPath)
	defer fresh.Close()
	write(t, fresh, first)

	old := open(t, oldPath)
	write(t, old, first)
	seen := store.IndexPrefix(store.IndexSeen, "")
	moved := map[string]int{}
	if err := old.Update(func(tx *bolt.Tx) error {
		customers, err := tx.CreateBucket(store.BucketCustomer)
		if err != nil {
			return err
		}
		byContact, err := tx.CreateBucket(store.BucketCustIndex)
		if err != nil {
			return err
		}
		mi := tx.Bucket(store.BucketMsgIndex)
		var keys, values [][]byte
		err = mi.ForEach(func(k, v []byte) error {
			if store.IsCustomerRecord(k) || bytes.HasPrefix(k, seen) {
				keys, values = append(keys, bytes.Clone(k)), append(values, bytes.Clone(v))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for i, k := range keys {
			if err := mi.Delete(k); err != nil {
				return err
			}
			to, name, key := byContact, "customer_index", k
			if store.IsCustomerRecord(k) {
				to, name, key = customers, "customers", k[bytes.IndexByte(k, 0)+1:]
			}
			if err := to.Put(key, values[i]); err != nil {
				return err
			}
			moved[name]++
		}
		return tx.Bucket(store.BucketMeta).Put(store.KeySchema, store.U64(11))
	}); err != nil {
		t.Fatal(err)
	}
	if moved["customers"] != 5 || moved["customer_index"] != 5 {
		t.Fatalf("the version-11 store: %v, want 5 customers and 5 seen keys", moved)
	}
	old.Close()
	old = open(t, oldPath)
	defer old.Close()

	if v, err := old.Schema(); err != nil || v != store.SchemaVersion() || v < 12 {
		t.Fatalf("schema after open: %d, %v", v, err)
	}
	if err := old.View(func(tx *bolt.Tx) error {
		if tx.Bucket(store.BucketCustIndex) != nil || tx.Bucket(store.BucketCustomer) != nil {
			return fmt.Errorf("customers or customer_index is still there")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	same := func(t *testing.T) {
		t.Helper()
		a, b := snapshot(t, fresh), snapshot(t, old)
		delete(a, "meta/box_id")
		delete(b, "meta/box_id")
		if !maps.Equal(a, b) {
			t.Errorf("the migrated store differs from a new one: %v", diffKeys(a, b))
		}
		if x, y := readers(t, fresh), readers(t, old); !reflect.DeepEqual(x, y) {
			t.Errorf("readers differ:\nnew:      %v\nmigrated: %v", x, y)
		}
	}
	same(t)
	if r := readers(t, old); !slices.Contains(r, "customers p1: 201000000003,201000000005 next=true") ||
		!slices.Contains(r, "count 01T00–04T00: 8 messages from 5 customers") {
		t.Errorf("customers by last contact after the migration: %v", r)
	}
	write(t, fresh, later)
	write(t, old, later)
	same(t)
}

// msgFrom is one inbound text message from a sender.
func msgFrom(from, id string) string {
	return fmt.Sprintf(`{"from":%q,"id":%q,"timestamp":"1733400000","type":"text","text":{"body":"سلام"}}`, from, id)
}

// readers is what every reader of message_index answers, one line each.
func readers(t *testing.T, db *store.DB) []string {
	t.Helper()
	var out []string
	ctx := context.Background()
	day := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	if err := db.View(func(tx *bolt.Tx) error {
		p := store.Page{Limit: 2}
		for i := 1; ; i++ {
			cs, next, err := ingest.Customers(ctx, tx, p)
			if err != nil {
				return err
			}
			line := fmt.Sprintf("customers p%d:", i)
			for j, c := range cs {
				if j > 0 {
					line += ","
				} else {
					line += " "
				}
				line += c.Key
				msgs, _, err := ingest.CustomerMessages(ctx, tx, c.Key, store.Page{Limit: 50})
				if err != nil {
					return err
				}
				for _, m := range msgs {
					out = append(out, fmt.Sprintf("messages of %s: %s at %s", c.Key, m.ID, m.ReceivedAt.Format(time.RFC3339)))
				}
				lc, ok, err := ingest.LoadCustomer(tx, c.Key)
				if err != nil || !ok {
					return fmt.Errorf("customer %s: %v %v", c.Key, ok, err)
				}
				out = append(out, fmt.Sprintf("customer %s: %s %s %s", lc.Key, lc.Name, lc.FirstSeen.Format(time.RFC3339), lc.LastSeen.Format(time.RFC3339)))
			}
			out = append(out, fmt.Sprintf("%s next=%v", line, next != ""))
			if next == "" {
				break
			}
			p.After = next
		}
		cs, _, err := ingest.Customers(ctx, tx, store.Page{From: day, To: day.Add(24 * time.Hour), Limit: 50})
		if err != nil {
			return err
		}
		out = append(out, fmt.Sprintf("customers last heard on the first day: %d", len(cs)))
		for _, r := range [][2]time.Time{{day, day.Add(24 * time.Hour)}, {day.Add(24 * time.Hour), day.Add(72 * time.Hour)}, {day, day.Add(72 * time.Hour)}} {
			m, c, err := ingest.CountMessages(ctx, tx, store.Page{From: r[0], To: r[1]})
			if err != nil {
				return err
			}
			out = append(out, fmt.Sprintf("count %s–%s: %d messages from %d customers", r[0].Format("02T15"), r[1].Format("02T15"), m, c))
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}
