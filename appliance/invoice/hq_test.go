package invoice

import (
	"bytes"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestHQOutbox_Accessors: what the head-office forwarder reads and settles.
func TestHQOutbox_Accessors(t *testing.T) {
	db := openDB(t)
	b := newBook(t)
	p, _ := b.Price(seedRequest())
	var inv *Document
	if err := db.Update(func(tx *bolt.Tx) (err error) {
		if inv, err = b.IssueInvoice(tx, p, t0); err != nil {
			return err
		}
		return b.MarkPaid(tx, inv.Number, "cash", t0.Add(time.Hour))
	}); err != nil {
		t.Fatal(err)
	}
	var got []HQPending
	scan := func() {
		got = nil
		if err := db.View(func(tx *bolt.Tx) error {
			return ScanHQ(tx, func(p HQPending) bool { got = append(got, p); return true })
		}); err != nil {
			t.Fatal(err)
		}
	}
	scan()
	if len(got) != 2 || got[0].Err != nil || got[1].Err != nil {
		t.Fatalf("pending %+v", got)
	}
	if got[0].Entry.Event != "" || !bytes.Contains(got[0].Document, []byte(`"number":"`+inv.Number+`"`)) || got[0].Event != nil {
		t.Errorf("invoice entry %+v", got[0])
	}
	if got[1].Entry.Event != EventPaid || !bytes.Contains(got[1].Event, []byte(`"method":"cash"`)) || !got[1].Entry.At.Equal(t0.Add(time.Hour)) {
		t.Errorf("payment entry %+v %s", got[1].Entry, got[1].Event)
	}
	first, second := got[0], got[1]
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	stats := func() (int, int) {
		var w, r int
		must(db.View(func(tx *bolt.Tx) (err error) { w, r, _, _, err = HQStats(tx); return err }))
		return w, r
	}
	must(db.Update(func(tx *bolt.Tx) error {
		return HQReject(tx, second.Seq, map[string]any{"entry": second.Entry, "reason": "test"})
	}))
	if w, r := stats(); w != 1 || r != 1 {
		t.Fatalf("after reject: %d waiting, %d rejected", w, r)
	}
	must(db.Update(func(tx *bolt.Tx) error {
		v, err := HQRejection(tx, second.Seq)
		if err != nil || !bytes.Contains(v, []byte(`"reason":"test"`)) {
			t.Fatalf("rejection %s %v", v, err)
		}
		return HQRequeue(tx, second.Seq, second.Entry)
	}))
	scan()
	if len(got) != 2 || got[1].Seq <= second.Seq || got[1].Entry != second.Entry {
		t.Fatalf("after requeue %+v", got)
	}
	must(db.Update(func(tx *bolt.Tx) error { return HQDone(tx, first.Seq, got[1].Seq) }))
	if w, r := stats(); w != 0 || r != 0 {
		t.Fatalf("after done: %d waiting, %d rejected", w, r)
	}
}

// A demo box's book keeps every document and payment from head office:
// nothing enters outbox/hq.
func TestBook_DemoNeverEntersHQOutbox(t *testing.T) {
	db := openDB(t)
	for _, demo := range []bool{true, false} {
		b := newBook(t, func(c *Config) { c.Demo = demo })
		p, _ := b.Price(seedRequest())
		p.OrderID = ""
		if err := db.Update(func(tx *bolt.Tx) error {
			inv, err := b.IssueInvoice(tx, p, t0)
			if err != nil {
				return err
			}
			if err := b.MarkPaid(tx, inv.Number, "cash", t0.Add(time.Hour)); err != nil {
				return err
			}
			inv2, err := b.IssueInvoice(tx, p, t0)
			if err != nil {
				return err
			}
			_, err = b.Void(tx, inv2.Number, "test", t0.Add(2*time.Hour))
			return err
		}); err != nil {
			t.Fatal(err)
		}
		var waiting int
		if err := db.View(func(tx *bolt.Tx) (err error) { waiting, _, _, _, err = HQStats(tx); return err }); err != nil {
			t.Fatal(err)
		}
		want := 0
		if !demo {
			want = 4 // two invoices, a payment, a credit note
		}
		if waiting != want {
			t.Errorf("demo=%v: %d entries in outbox/hq, want %d", demo, waiting, want)
		}
	}
}
