package queue_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fatoora/appliance/queue"

	bolt "go.etcd.io/bbolt"
)

// TestWorker_PoisonIsParkedAndTheKeyGoesOn: a customer's message that
// panics the handler, or fails every time, is parked with its error, and
// the customer's later messages run.
func TestWorker_PoisonIsParkedAndTheKeyGoesOn(t *testing.T) {
	for _, tc := range []struct {
		name string
		bad  func() error
		want string
	}{
		{"panics", func() error { panic("index out of range") }, "handler panic: index out of range"},
		{"fails every time", func() error { return errors.New("model answered nonsense") }, "model answered nonsense"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := open(t, filepath.Join(t.TempDir(), "q.db"))
			defer db.Close()
			w := queue.NewWorker(db, queue.Options{MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond, MaxAttempts: 4})
			var mu sync.Mutex
			var done []string
			w.Handle("understand", func(ctx context.Context, it queue.Item) error {
				if it.Ref == "poison" {
					return tc.bad()
				}
				mu.Lock()
				done = append(done, it.Ref)
				mu.Unlock()
				return nil
			})
			stop := serve(t, w)
			defer stop()
			if err := db.Update(func(tx *bolt.Tx) error {
				for _, r := range []string{"poison", "later-1", "later-2"} {
					if _, err := queue.Enqueue(tx, queue.Item{Kind: "understand", Ref: r, Key: "201001234567"}); err != nil {
						return err
					}
				}
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			waitFor(t, "the later messages", func() bool { mu.Lock(); defer mu.Unlock(); return len(done) == 2 })
			s, err := w.Stats()
			if err != nil {
				t.Fatal(err)
			}
			if s.Dead != 1 || len(s.Parked) != 1 || s.Parked[0].Ref != "poison" || !strings.Contains(s.Parked[0].Error, tc.want) {
				t.Errorf("stats %+v", s)
			}
			if s.Parked[0].Attempts > 4 {
				t.Errorf("ran %d times, ceiling 4", s.Parked[0].Attempts)
			}
		})
	}
}
