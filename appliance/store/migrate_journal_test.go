package store

import (
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestMigration10_StartsTheJournalApplied: a version-9 store with three
// payloads (every one applied when it was stored) opens with the applied
// watermark at the third, so nothing is applied twice.
func TestMigration10_StartsTheJournalApplied(t *testing.T) {
	path := storeBefore(t, startJournal, func(tx *bolt.Tx) error {
		b := tx.Bucket(BucketPayloads)
		for range 3 {
			key, _, err := NextSeq(b)
			if err != nil {
				return err
			}
			if err := b.Put(key, []byte(`{"source":"webhook","body":"e30="}`)); err != nil {
				return err
			}
		}
		return nil
	})
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_ = db.View(func(tx *bolt.Tx) error {
		if got := tx.Bucket(BucketDigests).Sequence(); got != 3 {
			t.Errorf("applied watermark = %d, want 3", got)
		}
		return nil
	})
}
