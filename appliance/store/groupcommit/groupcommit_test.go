package groupcommit

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	bolt "go.etcd.io/bbolt"
)

var bucketMessages = []byte("messages")

// openMessages opens a new store with the messages bucket, closed when the
// test ends.
func openMessages(tb testing.TB) *bolt.DB {
	tb.Helper()
	db, err := bolt.Open(filepath.Join(tb.TempDir(), "g.db"), 0o600, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket(bucketMessages); return err }); err != nil {
		tb.Fatal(err)
	}
	return db
}

func TestCommitter_FailureIsolatedAndEveryoneCommitted(t *testing.T) {
	db := openMessages(t)
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

// TestCount_OncePerCommit: the members' counts are added up and written
// once per commit; a failing member's counts leave with it; outside a
// group transaction Count does nothing and says so.
func TestCount_OncePerCommit(t *testing.T) {
	db := openMessages(t)
	type key struct{}
	var mu sync.Mutex
	var applied []int64 // every total written, in order
	apply := func(tx *bolt.Tx, total int64) error {
		mu.Lock()
		applied = append(applied, total)
		mu.Unlock()
		b := tx.Bucket(bucketMessages)
		var n int64
		if v := b.Get([]byte("count")); v != nil {
			fmt.Sscan(string(v), &n)
		}
		return b.Put([]byte("count"), []byte(fmt.Sprint(n+total)))
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		if Count(tx, key{}, 1, apply) {
			t.Error("Count in a plain Update said it would count")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	g := New(db, 1000)
	const n, failing = 300, 8 // i%40 == 7
	var wg sync.WaitGroup
	var ok atomic.Int64
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := g.Do(func(tx *bolt.Tx) error {
				if err := tx.Bucket(bucketMessages).Put([]byte(fmt.Sprintf("k%03d", i)), []byte("v")); err != nil {
					return err
				}
				if !Count(tx, key{}, 1, apply) {
					if err := apply(tx, 1); err != nil { // run alone: counted at once
						return err
					}
				}
				if i%40 == 7 {
					return errors.New("this one fails")
				}
				return nil
			})
			if err == nil {
				ok.Add(1)
			}
		}()
	}
	wg.Wait()
	_ = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketMessages)
		var got int64
		fmt.Sscan(string(b.Get([]byte("count"))), &got)
		if got != ok.Load() || ok.Load() != n-failing {
			t.Errorf("count %d, members committed %d (want %d)", got, ok.Load(), n-failing)
		}
		return nil
	})
	if commits := g.Stats().Commits; int64(len(applied)) > commits+failing {
		t.Errorf("%d counter writes for %d commits", len(applied), commits)
	}

	// A count that cannot be written fails the whole group with its error.
	boom := errors.New("no counter")
	err := g.Do(func(tx *bolt.Tx) error {
		Count(tx, key{}, 1, func(*bolt.Tx, int64) error { return boom })
		return tx.Bucket(bucketMessages).Put([]byte("lost"), []byte("v"))
	})
	if !errors.Is(err, boom) {
		t.Errorf("err %v, want %v", err, boom)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketMessages).Get([]byte("lost")) != nil {
			t.Error("a group whose count failed committed")
		}
		return nil
	})
}
