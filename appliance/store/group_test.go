package store

import (
	"errors"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

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
