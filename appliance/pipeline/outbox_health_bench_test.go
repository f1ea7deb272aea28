package pipeline

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkOutbox_Health reads the WhatsApp part of /healthz while more and
// more sends wait to be retried (an expired token, Meta down): from the
// counters the sends' commits keep, against the walk of every waiting
// send it replaced ("scan", Pending and a count of the retried).
//
//	go test -run '^$' -bench BenchmarkOutbox_Health -benchtime 200x ./appliance/pipeline/
func BenchmarkOutbox_Health(b *testing.B) {
	for _, n := range []int{10, 1_000, 10_000} {
		db, err := store.Open(filepath.Join(b.TempDir(), "fatoora.db"), store.Options{NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
		err = db.Update(func(tx *bolt.Tx) error {
			for i := range n {
				m := OutMessage{Key: outKey(fmt.Sprintf("O%07d", i+1), 0, "invoice-summary"), To: fmt.Sprintf("2010%07d", i), Kind: SendText,
					Body: "فاتورتك رقم INV-CAI1-000001 جاهزة: مطبخ خشب زان رمادي فاتح — 2 متر × 19,800.00 ج.م", CreatedAt: t0}
				if err := enqueueSend(tx, m); err != nil {
					return err
				}
				m.Attempts, m.LastError, m.NotBefore = 2, "graph api http 503 code 2", t0.Add(time.Hour)
				if err := putPending(tx, m); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		p := &Pipeline{db: db, opts: Options{Now: time.Now}}
		o := &Outbox{p: p}
		b.Run(fmt.Sprintf("counters/%d", n), func(b *testing.B) {
			for range b.N {
				if st := o.health("live"); st.Details["pending_sends"] != uint64(n) {
					b.Fatalf("health %+v", st)
				}
			}
		})
		b.Run(fmt.Sprintf("scan/%d", n), func(b *testing.B) {
			for range b.N {
				pend, err := o.Pending()
				if err != nil || len(pend) != n {
					b.Fatal(err, len(pend))
				}
				retrying := 0
				for _, m := range pend {
					if m.Attempts > 0 {
						retrying++
					}
				}
				if retrying != n {
					b.Fatal(retrying)
				}
			}
		})
		db.Close()
	}
}
