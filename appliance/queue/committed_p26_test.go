package queue_test

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fatoora/appliance/queue"

	bolt "go.etcd.io/bbolt"
)

// TestCommittedAt_EachItemItsCommit: every item enqueued is told the time
// its own commit returned — alone, several in one transaction, or many
// writers' items in one group commit — and an item whose commit the
// process no longer remembers (256 enqueuing commits later) or never saw
// is told nothing.
func TestCommittedAt_EachItemItsCommit(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer db.Close()
	type span struct{ before, after time.Time }
	at := map[uint64]span{}
	var mu sync.Mutex
	write := func(batch bool, refs ...string) {
		var seqs []uint64
		fn := func(tx *bolt.Tx) error {
			seqs = seqs[:0]
			for _, r := range refs {
				s, err := queue.Enqueue(tx, queue.Item{Kind: "k", Ref: r})
				if err != nil {
					return err
				}
				seqs = append(seqs, s)
			}
			return nil
		}
		before := time.Now()
		var err error
		if batch {
			err = db.Batch(fn)
		} else {
			err = db.Update(fn)
		}
		if err != nil {
			t.Error(err)
			return
		}
		after := time.Now()
		mu.Lock()
		for _, s := range seqs {
			at[s] = span{before, after}
		}
		mu.Unlock()
	}
	write(false, "alone")
	write(false, "two", "in one")
	var wg sync.WaitGroup
	for i := range 40 { // many writers: their items share group commits
		wg.Add(1)
		go func() { defer wg.Done(); write(true, "g", string(rune('a'+i%26))) }()
	}
	wg.Wait()
	if len(at) != 83 {
		t.Fatalf("%d items", len(at))
	}
	for seq, s := range at {
		c := queue.CommittedAt(db.Bolt(), seq)
		if c.Before(s.before) || c.After(s.after) {
			t.Errorf("item %d: committed at %v, its commit ran %v to %v", seq, c, s.before, s.after)
		}
	}
	if c := queue.CommittedAt(db.Bolt(), 1000); !c.IsZero() {
		t.Errorf("an item never written: %v", c)
	}
	for range 256 {
		write(false, "later")
	}
	if c := queue.CommittedAt(db.Bolt(), 1); !c.IsZero() {
		t.Errorf("an item 256 commits back: %v", c)
	}
	if c := queue.CommittedAt(db.Bolt(), uint64(len(at))); c.IsZero() {
		t.Error("the last item has no commit time")
	}
}
