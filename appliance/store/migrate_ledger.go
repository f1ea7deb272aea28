package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// moveStockLedger (migration 3) moves the stock ledger from invoices/ into
// catalog/, whose package owns it: invoices/stock → catalog/stock and
// invoices/reservations → catalog/reservations, every key and value as is.
// Running it again finds nothing left to move.
func moveStockLedger(tx *bolt.Tx) error {
	inv, cat := tx.Bucket(BucketInvoices), tx.Bucket(BucketCatalog)
	if inv == nil || cat == nil {
		return fmt.Errorf("buckets %s and %s are required", BucketInvoices, BucketCatalog)
	}
	for _, name := range [][]byte{BucketStock, BucketReserved} {
		to, err := cat.CreateBucketIfNotExists(name)
		if err != nil {
			return fmt.Errorf("create catalog/%s: %w", name, err)
		}
		from := inv.Bucket(name)
		if from == nil {
			continue
		}
		if err := from.ForEach(func(k, v []byte) error { return to.Put(k, v) }); err != nil {
			return fmt.Errorf("move %s: %w", name, err)
		}
		if err := inv.DeleteBucket(name); err != nil {
			return fmt.Errorf("delete invoices/%s: %w", name, err)
		}
	}
	return nil
}
