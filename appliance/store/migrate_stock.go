package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// runningStock (migration 7) rewrites the stock ledger in the catalog's
// new layout (catalog/stock.go): each catalog/stock/<sku> that was a JSON
// map {ref: milli} of every reservation ever made becomes a 16-byte running
// figure (reserved int64 BE, sold int64 BE: reserved = the sum of the refs
// still open in catalog/reservations, which the old ledger kept in step;
// sold = 0), and catalog/stock_log is created with one {"op":"migrate"}
// entry per rewritten SKU. The catalog owns these records; the store writes
// them only here, frozen at this version, because the catalog cannot be
// imported by the store (its tests open a store). A value already 16 bytes
// and not JSON is left as is, so running it twice changes nothing.
func runningStock(tx *bolt.Tx) error {
	cat := tx.Bucket(BucketCatalog)
	if cat == nil {
		return fmt.Errorf("bucket %s is required", BucketCatalog)
	}
	logb, err := cat.CreateBucketIfNotExists(BucketStockLog)
	if err != nil {
		return fmt.Errorf("create catalog/%s: %w", BucketStockLog, err)
	}
	sb, rb := cat.Bucket(BucketStock), cat.Bucket(BucketReserved)
	if sb == nil {
		return nil
	}
	type ledger struct {
		sku  []byte
		refs map[string]int64
	}
	var old []ledger
	err = sb.ForEach(func(k, v []byte) error {
		if len(v) == 16 && v[0] != '{' {
			return nil
		}
		l := ledger{sku: append([]byte(nil), k...)}
		if err := json.Unmarshal(v, &l.refs); err != nil {
			return fmt.Errorf("stock ledger %s: %w", k, err)
		}
		old = append(old, l)
		return nil
	})
	if err != nil {
		return err
	}
	for _, l := range old {
		var reserved int64
		for ref, q := range l.refs {
			if rb != nil && rb.Get([]byte(ref)) != nil {
				reserved += q
			}
		}
		if reserved == 0 {
			if err := sb.Delete(l.sku); err != nil {
				return err
			}
		} else {
			var fig [16]byte
			binary.BigEndian.PutUint64(fig[:8], uint64(reserved))
			if err := sb.Put(l.sku, fig[:]); err != nil {
				return err
			}
		}
		n, err := logb.NextSequence()
		if err != nil {
			return err
		}
		entry, err := json.Marshal(map[string]any{"op": "migrate", "sku": string(l.sku), "qty": reserved})
		if err != nil {
			return err
		}
		if err := logb.Put(U64(n), entry); err != nil {
			return err
		}
	}
	return nil
}
