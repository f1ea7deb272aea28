package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"
)

func TestDB_BatchFailureIsolatedAndEveryoneCommitted(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "g.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	g := &groupCommit{db: db.Bolt(), maxBatch: 7}
	const n = 200
	errs := make([]error, n)
	runs := make([]int, n)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = g.do(func(tx *bolt.Tx) error {
				mu.Lock()
				runs[i]++
				mu.Unlock()
				if err := tx.Bucket(BucketMessages).Put([]byte(fmt.Sprintf("k%03d", i)), []byte("v")); err != nil {
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
		b := tx.Bucket(BucketMessages)
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
	if err := g.do(func(tx *bolt.Tx) error { return tx.Bucket(BucketMessages).Put([]byte("after"), []byte("v")) }); err != nil {
		t.Fatal(err)
	}
}

func TestDB_BatchReturnsEachCallersOwnError(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "g.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	own := errors.New("disk says no")
	if err := db.Batch(func(*bolt.Tx) error { return own }); !errors.Is(err, own) {
		t.Fatalf("alone: got %v, want the member's own error", err)
	}
	if err := db.Batch(func(*bolt.Tx) error { panic("poison") }); err == nil || err.Error() != "panic in transaction: poison" {
		t.Fatalf("panic: got %v", err)
	}
	if err := db.Batch(func(tx *bolt.Tx) error { return tx.Bucket(BucketMessages).Put([]byte("k"), []byte("v")) }); err != nil {
		t.Fatalf("after a failure and a panic: %v", err)
	}
}
