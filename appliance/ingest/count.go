package ingest

import (
	"context"
	"fmt"

	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// CountMessages counts the messages received in p's time range and the
// customers who sent them. Only customers heard from since p.From can have
// sent any (the customers index, by last contact, bounds them), and each
// one's message index bounds the messages: it reads index keys only, so
// today costs what today holds (an old range also walks everyone heard
// from since).
func CountMessages(ctx context.Context, tx *bolt.Tx, p store.Page) (messages, customers int, err error) {
	idx := tx.Bucket(store.BucketMsgIndex)
	seen := store.Page{From: p.From, Limit: store.MaxPageSize}
	for {
		// The seen index's values are the customers' keys: no record is read.
		next, err := store.Scan(ctx, idx, store.IndexPrefix(store.IndexSeen, ""), seen,
			func(_, key []byte) (bool, error) {
				n, err := store.Count(ctx, idx, store.IndexPrefix(store.IndexCustomer, string(key)), store.Page{From: p.From, To: p.To})
				if err != nil {
					return false, fmt.Errorf("of %s: %w", key, err)
				}
				if n > 0 {
					messages += n
					customers++
				}
				return true, nil
			})
		if err != nil {
			return 0, 0, fmt.Errorf("count messages: %w", err)
		}
		if next == "" {
			return messages, customers, nil
		}
		seen.After = next
	}
}
