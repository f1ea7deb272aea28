package groupcommit

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"
)

var bucketMessages = []byte("messages")

func TestCommitter_FailureIsolatedAndEveryoneCommitted(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "g.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket(bucketMessages); return err }); err != nil {
		t.Fatal(err)
	}
	g := New(db, 7)
	const n = 200
	errs := make([]error, n)
	runs := make([]int, n)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = g.Do(func(tx *bolt.Tx) error {
				mu.Lock()
				runs[i]++
				mu.Unlock()
				if err := tx.Bucket(bucketMessages).Put([]byte(fmt.Sprintf("k%03d", i)), []byte("v")); err != nil {
					return err
				}
				if i%50 == 13 {
					return errors.New("this one fails")
				}
				return nil
			})
		}()
	}
	wg.Wait()
	if g.active || len(g.pending) != 0 {
		t.Errorf("group left active=%v pending=%d", g.active, len(g.pending))
	}
	_ = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketMessages)
		for i := range n {
			stored := b.Get([]byte(fmt.Sprintf("k%03d", i))) != nil
			if fails := i%50 == 13; fails {
				if errs[i] == nil || stored {
					t.Errorf("%d: failing member err=%v stored=%v", i, errs[i], stored)
				}
			} else if errs[i] != nil || !stored {
				t.Errorf("%d: err=%v stored=%v (ran %d times)", i, errs[i], stored, runs[i])
			}
		}
		return nil
	})
	// Sequential use after the storm still works (leadership was released).
	if err := g.Do(func(tx *bolt.Tx) error { return tx.Bucket(bucketMessages).Put([]byte("after"), []byte("v")) }); err != nil {
		t.Fatal(err)
	}
}
