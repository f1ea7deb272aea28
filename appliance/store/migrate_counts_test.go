package store

import (
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestMigration5_CountsConversations: a version-4 store with three
// conversations, one flagged, opens with the counters at 3 and 1.
func TestMigration5_CountsConversations(t *testing.T) {
	path := storeBefore(t, countConversations, func(tx *bolt.Tx) error {
		for _, c := range []string{"201000000001", "201000000002", "201000000003"} {
			if err := tx.Bucket(BucketConvs).Put([]byte(c), []byte(`{"customer":"`+c+`"}`)); err != nil {
				return err
			}
		}
		at := time.Date(2026, 12, 4, 6, 0, 0, 0, time.UTC)
		return tx.Bucket(BucketConvIndex).Put(FlaggedKey(at, "201000000002"), []byte("201000000002"))
	})
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_ = db.View(func(tx *bolt.Tx) error {
		cb := tx.Bucket(BucketConvCounts)
		if got := ParseU64(cb.Get(KeyCountCustomers)); got != 3 {
			t.Errorf("customers = %d, want 3", got)
		}
		if got := ParseU64(cb.Get(KeyCountFlagged)); got != 1 {
			t.Errorf("flagged = %d, want 1", got)
		}
		return nil
	})
}
