package store

import (
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestDB_ObserveCommits: every Batch, alone or among concurrent ones, tells
// the observer once, after its commit; nil stops telling.
func TestDB_ObserveCommits(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "fatoora.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var told atomic.Int64
	db.ObserveCommits(func(d time.Duration) {
		if d < 0 {
			t.Errorf("negative wait %v", d)
		}
		told.Add(1)
	})
	write := func(i int) {
		if err := db.Batch(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte("p19"))
			if err != nil {
				return err
			}
			return b.Put([]byte{byte(i)}, []byte("x"))
		}); err != nil {
			t.Error(err)
		}
	}
	for i := range 3 {
		write(i)
	}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() { defer wg.Done(); write(10 + i) }()
	}
	wg.Wait()
	if n := told.Load(); n != 23 {
		t.Errorf("told %d times for 23 writes", n)
	}
	db.ObserveCommits(nil)
	write(99)
	if n := told.Load(); n != 23 {
		t.Errorf("told %d times after the observer was removed", n)
	}
}
