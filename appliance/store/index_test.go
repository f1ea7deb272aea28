package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

var t0 = time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)

// scanAll lists the ids (the values) under one index, newest first.
func scanAll(t *testing.T, db *DB, path [][]byte, prefix []byte, p Page) ([]string, string) {
	t.Helper()
	return collectIDs(t, db, func(tx *bolt.Tx, f func(_, v []byte) (bool, error)) (string, error) {
		return Scan(context.Background(), Bucket(tx, path...), prefix, p, f)
	})
}

func scanValuesAll(t *testing.T, db *DB, path [][]byte, name, valuePrefix string, p Page) ([]string, string) {
	t.Helper()
	return collectIDs(t, db, func(tx *bolt.Tx, f func(_, v []byte) (bool, error)) (string, error) {
		return ScanValuesIn(context.Background(), valueTrees(tx, path), name, valuePrefix, p, f)
	})
}

// valueTrees are the trees ScanValues reads for path: the orders' state
// keys are in orders/index and, for orders in flight, orders/active
// (migration 11).
func valueTrees(tx *bolt.Tx, path [][]byte) []*bolt.Bucket {
	bs := []*bolt.Bucket{Bucket(tx, path...)}
	if len(path) == 2 && bytes.Equal(path[0], BucketOrders) && bytes.Equal(path[1], BucketOrderIndex) {
		bs = append(bs, Bucket(tx, BucketOrders, BucketOrderActive))
	}
	return bs
}

// collectIDs runs one page of a scan in a read transaction and returns
// the values it visited and the next cursor.
func collectIDs(t *testing.T, db *DB, scan func(*bolt.Tx, func(_, v []byte) (bool, error)) (string, error)) ([]string, string) {
	t.Helper()
	var ids []string
	var next string
	err := db.View(func(tx *bolt.Tx) error {
		var err error
		next, err = scan(tx, func(_, v []byte) (bool, error) {
			ids = append(ids, string(v))
			return true, nil
		})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids, next
}

func TestScan_PagesNewestFirst(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "fatoora.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	path := [][]byte{BucketOrders, BucketOrderIndex}
	err = db.Update(func(tx *bolt.Tx) error {
		b := Bucket(tx, path...)
		for i := 1; i <= 5; i++ {
			id := fmt.Sprintf("O%d", i)
			if err := PutIndex(b, nil, OrderIndex{ID: id, Customer: "c", CreatedAt: t0.Add(time.Duration(i) * time.Hour), State: "replied"}.Keys(), []byte(id)); err != nil {
				return err
			}
		}
		// Another index value is never listed under this one.
		return b.Put(IndexKey(IndexCustomer, "d", t0, "X"), []byte("X"))
	})
	if err != nil {
		t.Fatal(err)
	}
	prefix := IndexPrefix(IndexCustomer, "c")
	var got [][]string
	p := Page{Limit: 2}
	for range 5 {
		ids, next := scanAll(t, db, path, prefix, p)
		got = append(got, ids)
		if next == "" {
			break
		}
		p.After = next
	}
	if want := [][]string{{"O5", "O4"}, {"O3", "O2"}, {"O1"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("pages %v, want %v", got, want)
	}
	for _, tc := range []struct {
		name string
		p    Page
		want []string
	}{
		{"from", Page{From: t0.Add(3 * time.Hour)}, []string{"O5", "O4", "O3"}},
		{"to", Page{To: t0.Add(3 * time.Hour)}, []string{"O2", "O1"}},
		{"from and to", Page{From: t0.Add(2 * time.Hour), To: t0.Add(4 * time.Hour)}, []string{"O3", "O2"}},
		{"after and from", Page{After: Cursor(t0.Add(4*time.Hour), "O4"), From: t0.Add(2 * time.Hour)}, []string{"O3", "O2"}},
		{"to before after", Page{After: Cursor(t0.Add(4*time.Hour), "O4"), To: t0.Add(2 * time.Hour)}, []string{"O1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if ids, _ := scanAll(t, db, path, prefix, tc.p); !slices.Equal(ids, tc.want) {
				t.Errorf("got %v, want %v", ids, tc.want)
			}
		})
	}
	_ = db.View(func(tx *bolt.Tx) error {
		_, err := Scan(context.Background(), Bucket(tx, path...), prefix, Page{After: "zz"}, func(_, _ []byte) (bool, error) { return true, nil })
		if !errors.Is(err, ErrBadCursor) {
			t.Errorf("bad cursor: %v", err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err = Scan(ctx, Bucket(tx, path...), prefix, Page{}, func(_, _ []byte) (bool, error) { return true, nil })
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled scan: %v", err)
		}
		// Items fn does not keep do not count towards the page.
		var kept []string
		next, err := Scan(context.Background(), Bucket(tx, path...), prefix, Page{Limit: 2}, func(_, v []byte) (bool, error) {
			if string(v) == "O4" {
				return false, nil
			}
			kept = append(kept, string(v))
			return true, nil
		})
		if err != nil || !slices.Equal(kept, []string{"O5", "O3"}) || next == "" {
			t.Errorf("filtered page %v next %q err %v", kept, next, err)
		}
		return nil
	})
}

func TestPutIndex_TouchesOnlyTheDifference(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "fatoora.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	before := OrderIndex{ID: "O1", Customer: "c", CreatedAt: t0, State: "decided", Decision: "review", NeedsStaff: true}
	after := before
	after.State, after.NeedsStaff = "replied", false
	err = db.Update(func(tx *bolt.Tx) error {
		b := Bucket(tx, BucketOrders, BucketOrderIndex)
		if err := PutIndex(b, nil, before.Keys(), []byte("O1")); err != nil {
			return err
		}
		return PutIndex(b, before.Keys(), after.Keys(), []byte("O1"))
	})
	if err != nil {
		t.Fatal(err)
	}
	path := [][]byte{BucketOrders, BucketOrderIndex}
	for _, tc := range []struct {
		name, value string
		want        []string
	}{
		{IndexStaff, "", nil},
		{IndexState, "decided", nil},
		{IndexState, "replied", nil}, // a settled order has no state key
		{IndexDecision, "review", []string{"O1"}},
	} {
		if ids, _ := scanAll(t, db, path, IndexPrefix(tc.name, tc.value), Page{}); !slices.Equal(ids, tc.want) {
			t.Errorf("%s=%s: %v, want %v", tc.name, tc.value, ids, tc.want)
		}
	}
	if ids, _ := scanValuesAll(t, db, path, IndexDecision, "", Page{}); !slices.Equal(ids, []string{"O1"}) {
		t.Errorf("every decision: %v, want [O1]", ids)
	}
}

// TestMigration2_IndexesExistingRecords writes records as a version-1 box
// did (no indexes), opens the store and lists them through the indexes the
// migration built.
func TestMigration2_IndexesExistingRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fatoora.db")
	b, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	at := func(h int) string { return t0.Add(time.Duration(h) * time.Hour).Format(time.RFC3339Nano) }
	records := []struct {
		path [][]byte
		key  string
		json string
	}{
		{[][]byte{BucketOrders, BucketByID}, "O000001", `{"id":"O000001","customer":"c1","to":"c1","created_at":"` + at(1) + `","state":"replied","decision":"invoice","sends":[{"key":"O000001/01/document","kind":"document"}]}`},
		{[][]byte{BucketOrders, BucketByID}, "O000002", `{"id":"O000002","customer":"c2","created_at":"` + at(2) + `","state":"decided","decision":"review","needs_staff":true}`},
		// A decided order's sends are pending (committed with the decision).
		{[][]byte{BucketOutbox, BucketWhatsApp}, "O000002/01/text", `{"key":"O000002/01/text","order_id":"O000002","to":"c2","kind":"text","body":"?"}`},
		{[][]byte{BucketInvoices, BucketDocs}, "INV-1", `{"number":"INV-1","kind":"invoice","issued_at":"` + at(1) + `","buyer":{"wa_id":"c1"}}`},
		{[][]byte{BucketInvoices, BucketDocs}, "INV-2", `{"number":"INV-2","kind":"invoice","issued_at":"` + at(3) + `","buyer":{"wa_id":"c2"}}`},
		{[][]byte{BucketInvoices, BucketDocs}, "QUO-1", `{"number":"QUO-1","kind":"quote","issued_at":"` + at(2) + `","buyer":{"wa_id":"c1"}}`},
		{[][]byte{BucketInvoices, BucketEvents}, "INV-1/\x00\x00\x00\x00\x00\x00\x00\x01", `{"type":"paid"}`},
		{[][]byte{BucketInvoices, BucketEvents}, "INV-2/\x00\x00\x00\x00\x00\x00\x00\x02", `{"type":"paid"}`},
		{[][]byte{BucketInvoices, BucketEvents}, "INV-2/\x00\x00\x00\x00\x00\x00\x00\x03", `{"type":"voided","ref":"CN-1"}`},
		{[][]byte{BucketInvoices, BucketEvents}, "QUO-1/\x00\x00\x00\x00\x00\x00\x00\x04", `{"type":"converted","ref":"INV-1"}`},
		{[][]byte{BucketMessages}, "wamid.1", `{"id":"wamid.1","customer":"c1","received_at":"` + at(1) + `"}`},
		{[][]byte{BucketMessages}, "wamid.2", `{"id":"wamid.2","customer":"c1","received_at":"` + at(4) + `"}`},
		{[][]byte{BucketMessages}, "wamid.3", `{"id":"wamid.3","customer":"","received_at":"` + at(4) + `"}`},
		{[][]byte{BucketCustomer}, "c1", `{"key":"c1","last_seen":"` + at(4) + `"}`},
		{[][]byte{BucketCustomer}, "c2", `{"key":"c2","last_seen":"` + at(2) + `"}`},
		{[][]byte{BucketConvs}, "c1", `{"customer":"c1"}`},
		{[][]byte{BucketConvs}, "c2", `{"customer":"c2","flag":true,"flagged_at":"` + at(2) + `"}`},
		{[][]byte{BucketOutbox, BucketWADone}, "O000001/01/document", `{"wamid":"wamid.out1","sent_at":"` + at(1) + `"}`},
		{[][]byte{BucketOutbox, BucketWADone}, "staff-c1/00000000000000000001/text", `{"wamid":"wamid.out2","sent_at":"` + at(5) + `"}`},
		{[][]byte{BucketOutbox, BucketWADone}, "O999999/01/text", `{"wamid":"wamid.out3","sent_at":"` + at(5) + `"}`},
	}
	err = b.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(BucketMeta)
		if err != nil {
			return err
		}
		if err := migrateInitial(tx); err != nil {
			return err
		}
		for _, r := range records {
			if err := Bucket(tx, r.path...).Put([]byte(r.key), []byte(r.json)); err != nil {
				return err
			}
		}
		return meta.Put(KeySchema, U64(1))
	})
	b.Close()
	if err != nil {
		t.Fatal(err)
	}
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _ := db.Schema(); v < 2 {
		t.Fatalf("schema %d", v)
	}
	orders := [][]byte{BucketOrders, BucketOrderIndex}
	docs := [][]byte{BucketInvoices, BucketDocIndex}
	for _, tc := range []struct {
		name   string
		path   [][]byte
		prefix []byte
		want   []string
	}{
		{"orders newest first", orders, []byte(IndexDecision), []string{"O000002", "O000001"}},
		{"orders of c1", [][]byte{BucketMsgIndex}, CustomerRunKey("c1", RunOrder), []string{"O000001"}}, // in c1's run (migration 13)
		{"orders waiting for staff", orders, IndexPrefix(IndexStaff, ""), []string{"O000002"}},
		{"orders decided review", orders, IndexPrefix(IndexDecision, "review"), []string{"O000002"}},
		{"orders decided invoice", orders, IndexPrefix(IndexDecision, "invoice"), []string{"O000001"}},
		{"orders in flight", [][]byte{BucketOrders, BucketOrderActive}, IndexPrefix(IndexState, "decided"), []string{"O000002"}},
		{"documents newest first", docs, []byte(IndexStatus), []string{"INV-2", "QUO-1", "INV-1"}},
		{"quotes", docs, []byte(IndexStatus + "\x00quote/"), []string{"QUO-1"}},
		{"documents of c1", [][]byte{BucketMsgIndex}, CustomerRunKey("c1", RunDocument), []string{"QUO-1", "INV-1"}},
		{"paid invoices", docs, IndexPrefix(IndexStatus, "invoice/paid"), []string{"INV-1"}},
		{"voided invoices", docs, IndexPrefix(IndexStatus, "invoice/voided"), []string{"INV-2"}},
		{"converted quotes", docs, IndexPrefix(IndexStatus, "quote/converted"), []string{"QUO-1"}},
		{"messages of c1", [][]byte{BucketMsgIndex}, IndexPrefix(IndexCustomer, "c1"), []string{"wamid.2", "wamid.1"}},
		{"customers by last contact", [][]byte{BucketMsgIndex}, IndexPrefix(IndexSeen, ""), []string{"c1", "c2"}},
		{"flagged conversations", [][]byte{BucketConvIndex}, IndexPrefix(IndexFlagged, ""), []string{"c2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			scan := scanAll
			if name, value, ok := bytes.Cut(tc.prefix, []byte{0}); !ok || bytes.HasSuffix(value, []byte("/")) {
				// a whole index, or a value prefix: its values merged
				scan = func(t *testing.T, db *DB, path [][]byte, _ []byte, p Page) ([]string, string) {
					return scanValuesAll(t, db, path, string(name), string(value), p)
				}
			}
			if ids, _ := scan(t, db, tc.path, tc.prefix, Page{}); !slices.Equal(ids, tc.want) {
				t.Errorf("got %v, want %v", ids, tc.want)
			}
		})
	}
	var sent []SentRecord
	err = db.View(func(tx *bolt.Tx) error {
		_, err := Scan(context.Background(), Bucket(tx, BucketOutbox, BucketSent), IndexPrefix(IndexCustomer, "c1"), Page{}, func(_, v []byte) (bool, error) {
			var r SentRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return false, err
			}
			sent = append(sent, r)
			return true, nil
		})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(sent) != 2 || sent[0].Key != "staff-c1/00000000000000000001/text" || sent[0].Kind != "text" || sent[0].WAMID != "wamid.out2" ||
		sent[1].OrderID != "O000001" || sent[1].Kind != "document" || sent[1].To != "c1" {
		t.Errorf("sent messages of c1: %+v", sent)
	}
}

// FuzzScan_Cursor: a page cursor comes back from a browser; whatever it
// holds, Scan answers a page or ErrBadCursor and never panics or returns an
// item outside the index value it was asked for.
func FuzzScan_Cursor(f *testing.F) {
	db, err := Open(filepath.Join(f.TempDir(), "fatoora.db"), Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b := Bucket(tx, BucketOrders, BucketOrderIndex)
		for i := range 20 {
			c := []string{"a", "b"}[i%2]
			id := fmt.Sprintf("O%d", i)
			if err := PutIndex(b, nil, OrderIndex{ID: id, Customer: c, CreatedAt: t0.Add(time.Duration(i) * time.Minute), State: "replied"}.Keys(), []byte(c)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(Cursor(t0.Add(5*time.Minute), "O5"), int64(0), 3)
	f.Add("", int64(-1), 0)
	f.Add("ffffffffffffffffff", int64(1), 1000)
	f.Add("00", int64(0), -1)
	f.Fuzz(func(t *testing.T, after string, from int64, limit int) {
		p := Page{After: after, Limit: limit}
		if from > 0 {
			p.From = time.Unix(from, 0)
		}
		_ = db.View(func(tx *bolt.Tx) error {
			n := 0
			_, err := Scan(context.Background(), Bucket(tx, BucketOrders, BucketOrderIndex), IndexPrefix(IndexCustomer, "a"), p, func(_, v []byte) (bool, error) {
				if string(v) != "a" {
					t.Fatalf("listed %q under customer a", v)
				}
				n++
				return true, nil
			})
			if err != nil && !errors.Is(err, ErrBadCursor) {
				t.Fatalf("after %q: %v", after, err)
			}
			if n > p.Size() {
				t.Fatalf("%d items in a page of %d", n, p.Size())
			}
			return nil
		})
	})
}
