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
// one's message index bounds the messages: it reads index keys and the
// records of those customers only, so today costs what today holds (an old
// range also walks everyone heard from since).
func CountMessages(ctx context.Context, tx *bolt.Tx, p store.Page) (messages, customers int, err error) {
	seen := store.Page{From: p.From, Limit: store.MaxPageSize}
	idx := tx.Bucket(store.BucketMsgIndex)
	for {
		cs, next, err := Customers(ctx, tx, seen)
		if err != nil {
			return 0, 0, fmt.Errorf("count messages: %w", err)
		}
		for _, c := range cs {
			n, err := store.Count(ctx, idx, store.IndexPrefix(store.IndexCustomer, c.Key), store.Page{From: p.From, To: p.To})
			if err != nil {
				return 0, 0, fmt.Errorf("count messages of %s: %w", c.Key, err)
			}
			if n > 0 {
				messages += n
				customers++
			}
		}
		if next == "" {
			return messages, customers, nil
		}
		seen.After = next
	}
}
