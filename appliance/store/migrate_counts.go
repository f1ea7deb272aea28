package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// countConversations (migration 8) creates conversation_counts and counts,
// once, the conversations stored and those in the flagged index; from then
// on the pipeline keeps both in the transactions that change them. Running
// it again counts again.
func countConversations(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(BucketConvCounts)
	if err != nil {
		return fmt.Errorf("create %s: %w", BucketConvCounts, err)
	}
	var customers, flagged uint64
	if convs := tx.Bucket(BucketConvs); convs != nil {
		if err := convs.ForEach(func(_, _ []byte) error { customers++; return nil }); err != nil {
			return err
		}
	}
	if ix := tx.Bucket(BucketConvIndex); ix != nil {
		prefix := IndexPrefix(IndexFlagged, "")
		c := ix.Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			flagged++
		}
	}
	if err := b.Put(KeyCountCustomers, U64(customers)); err != nil {
		return err
	}
	return b.Put(KeyCountFlagged, U64(flagged))
}
