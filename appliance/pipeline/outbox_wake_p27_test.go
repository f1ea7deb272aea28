package pipeline

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// textSender takes text sends and read marks and remembers who was sent to.
type textSender struct {
	Sender
	mu   sync.Mutex
	sent []string
}

func (s *textSender) SendText(_ context.Context, to, _, _ string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sent = append(s.sent, to)
	return fmt.Sprintf("wamid.%d", len(s.sent)), nil
}

func (s *textSender) MarkRead(context.Context, string, bool) error { return nil }

func (s *textSender) to() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.sent...)
}

// TestOutbox_WakeReadsOnlyDue counts the pending-send records a wake of
// the outbox reads (Outbox.visited), with 10, 100 and 1,000 sends waiting
// for later, one recipient each (issue 16 item 4): the first wake after
// start reads them all once; a wake with nothing changed reads none; one
// new send costs one read; a send falling due is the only one served.
//
//	go test -run TestOutbox_WakeReadsOnlyDue -v ./appliance/pipeline/
func TestOutbox_WakeReadsOnlyDue(t *testing.T) {
	for _, n := range []int{10, 100, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			db, err := store.Open(filepath.Join(t.TempDir(), "fatoora.db"), store.Options{NoSync: true})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			t0 := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
			var clock sync.Mutex
			now := t0
			sender := &textSender{}
			p := &Pipeline{db: db, log: slog.New(slog.NewTextHandler(io.Discard, nil)), opts: Options{
				Sender: sender, Observer: nobody{}, SendConcurrency: 4, MinBackoff: time.Second, MaxBackoff: time.Minute,
				ResendAfter: time.Minute, StatusPoll: time.Second,
				Now: func() time.Time { clock.Lock(); defer clock.Unlock(); return now },
			}}
			p.outbox = newOutbox(p)
			o := p.outbox
			o.track(true) // as Serve does
			defer o.track(false)
			// Recipient i's send is due i+1 minutes from now.
			enqueue := func(i int) {
				t.Helper()
				to := fmt.Sprintf("2010%07d", i)
				err := db.Update(func(tx *bolt.Tx) error {
					return enqueueSend(tx, OutMessage{Key: fmt.Sprintf("%s%s/%020d/text", store.StaffSendPrefix, to, i), To: to, Customer: to,
						Kind: SendText, Body: "تمام", CreatedAt: t0, NotBefore: t0.Add(time.Duration(i+1) * time.Minute)})
				})
				if err != nil {
					t.Fatal(err)
				}
			}
			for i := range n {
				enqueue(i)
			}
			sem := make(chan struct{}, p.opts.SendConcurrency)
			wake := func() (reads int64, next time.Time) {
				t.Helper()
				var wg sync.WaitGroup
				before := o.visited.Load()
				next, err := o.dispatch(context.Background(), &wg, sem)
				wg.Wait()
				if err != nil {
					t.Fatal(err)
				}
				return o.visited.Load() - before, next
			}
			first, next := wake()
			again, next2 := wake()
			enqueue(n)
			added, _ := wake()
			t.Logf("pending %d: first wake read %d records, the next %d, after one more send %d", n, first, again, added)
			if first > int64(n) {
				t.Errorf("the first wake read %d records of %d pending", first, n)
			}
			if again != 0 || added != 1 {
				t.Errorf("with %d pending a wake with nothing new read %d records, and %d after one new send: want 0 and 1", n, again, added)
			}
			if want := t0.Add(time.Minute); !next.Equal(want) || !next2.Equal(want) {
				t.Errorf("next wake at %v and %v, want %v (the earliest send)", next, next2, want)
			}
			clock.Lock()
			now = t0.Add(time.Minute)
			clock.Unlock()
			reads, _ := wake()
			if got := sender.to(); len(got) != 1 || got[0] != "20100000000" {
				t.Fatalf("the first minute sent to %v, want the one recipient due", got)
			}
			if reads > 2 {
				t.Errorf("serving the one due send read %d records", reads)
			}
			settled, next := wake() // the served send's commit
			t.Logf("pending %d: the wake serving the one send due read %d records, the next %d", n, reads, settled)
			if want := t0.Add(2 * time.Minute); !next.Equal(want) || settled > 1 {
				t.Errorf("after the first send: next wake %v, want %v; %d records read", next, want, settled)
			}
			var depth uint64
			_ = db.View(func(tx *bolt.Tx) error { depth = OutboxDepth(tx); return nil })
			if depth != uint64(n) {
				t.Errorf("outbox depth %d, want %d", depth, n)
			}
		})
	}
}
