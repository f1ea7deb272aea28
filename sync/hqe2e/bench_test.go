package hqe2e

import (
	"context"
	"errors"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/store"
	"fatoora/sync/hq"
	"fatoora/sync/hq/hqbolt"
	"fatoora/sync/hq/hqpg"
	"fatoora/sync/hqsync"
	"fatoora/sync/internal/boxtest"
	"fatoora/sync/internal/pgtest"
)

// BenchmarkSync_Drain measures how fast a backlog drains from a box's
// outbox into head office: real stores with fsync on both sides (the box's
// bbolt, head office's bbolt or PostgreSQL), the forwarder with its default
// batches (100 items / 1 MiB) over loopback HTTP to the receiver, in one
// process. FATOORA_BENCH_DOCS sets the backlog (default 10000); run with
// -benchtime=1x. PostgreSQL keeps fsync on when FATOORA_TEST_PG_FSYNC=on.
func BenchmarkSync_Drain(b *testing.B) {
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("FATOORA_BENCH_DOCS")); err == nil && v > 0 {
		n = v
	}
	for _, kind := range []string{"bbolt", "postgres"} {
		b.Run(kind, func(b *testing.B) {
			var elapsed time.Duration
			for range b.N {
				b.StopTimer()
				dir := b.TempDir()
				db, err := store.Open(filepath.Join(dir, "box.db"), store.Options{})
				if err != nil {
					b.Fatal(err)
				}
				book, _ := boxtest.Book("BENCH")
				if _, err := boxtest.Invoices(db, book, 1, n, t0); err != nil {
					b.Fatal(err)
				}
				var s hq.Store
				if kind == "postgres" {
					pgtest.Need(b, pg)
					s, err = hqpg.Open(context.Background(), pg.NewDB(b))
				} else {
					s, err = hqbolt.Open(filepath.Join(dir, hqbolt.File), hqbolt.Options{})
				}
				if err != nil {
					b.Fatal(err)
				}
				rv, _ := hq.NewReceiver(hq.ReceiverOptions{Store: s, Boxes: map[string][]byte{boxID: []byte(boxKey)}})
				srv := httptest.NewServer(rv)
				f, err := hqsync.New(hqsync.Options{DB: db, URL: srv.URL, Key: []byte(boxKey), BoxID: boxID, Poll: time.Millisecond})
				if err != nil {
					b.Fatal(err)
				}
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan error, 1)
				b.StartTimer()
				start := time.Now()
				go func() { done <- f.Serve(ctx) }()
				for left := n; left > 0; {
					time.Sleep(5 * time.Millisecond)
					_ = db.View(func(tx *bolt.Tx) error {
						left = store.Bucket(tx, store.BucketOutbox, store.BucketHQ).Stats().KeyN
						return nil
					})
				}
				elapsed += time.Since(start)
				b.StopTimer()
				cancel()
				if err := <-done; !errors.Is(err, context.Canceled) {
					b.Fatal(err)
				}
				if c, _ := s.Count(context.Background()); c != n {
					b.Fatalf("head office holds %d, want %d", c, n)
				}
				srv.Close()
				s.Close()
				db.Close()
			}
			b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "docs/s")
			b.ReportMetric(elapsed.Seconds()/float64(b.N), "s/drain")
		})
	}
}
