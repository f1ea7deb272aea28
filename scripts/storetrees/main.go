// Command storetrees prints every tree of a box's store — each bucket, nested
// ones by their path — with its keys, its depth and its pages (bbolt's
// Bucket.Stats): what one write of a key costs a commit is one page per
// level of its tree, root to leaf, so the depths say which trees make an
// order's commits dearer as the store grows (BENCHMARKS.md, issue 16). It
// opens the file read-only and waits at most a second for the lock: run it
// on a stopped box's data file or on a copy. It reads every page of every
// tree (a 4.8 GB store: ~6 s from the page cache). "use" is how full its
// leaf pages are.
//
//	go run ./scripts/storetrees DATA/fatoora.db
package main

import (
	"errors"
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "storetrees:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) != 1 {
		return errors.New("usage: storetrees DATA/fatoora.db")
	}
	db, err := bolt.Open(args[0], 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return err
	}
	defer db.Close()
	fmt.Printf("%-28s %10s %6s %8s %9s %9s %6s\n", "tree", "keys", "depth", "branch", "leaf", "overflow", "use")
	return db.View(func(tx *bolt.Tx) error {
		var walk func(b *bolt.Bucket, path string) error
		walk = func(b *bolt.Bucket, path string) error {
			s := b.Stats()
			if s.BranchPageN == 0 && s.LeafPageN == 0 {
				// Stored inline in its parent's leaf: no page of its own.
				fmt.Printf("%-28s %10d %6s\n", path, s.KeyN, "inline")
			} else {
				// A parent's keys, depth and pages count its nested trees' too.
				fmt.Printf("%-28s %10d %6d %8d %9d %9d %5.0f%%\n", path, s.KeyN, s.Depth, s.BranchPageN, s.LeafPageN, s.LeafOverflowN, use(s))
			}
			return b.ForEachBucket(func(k []byte) error { return walk(b.Bucket(k), path+"/"+string(k)) })
		}
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error { return walk(b, "/"+string(name)) })
	})
}

// use is the share of the leaf pages' bytes (overflow pages included) that
// hold keys and values: about 50% for a tree filled by appends at bbolt's
// default fill, about 90% for one filled to store.AppendFill.
func use(s bolt.BucketStats) float64 {
	if s.LeafAlloc == 0 {
		return 0
	}
	return 100 * float64(s.LeafInuse) / float64(s.LeafAlloc)
}
