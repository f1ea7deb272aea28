package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// dropTimeKeys (migration 10) deletes the orders' and documents' time keys
// and the documents' kind keys. Every order had one state key (since
// migration 11, one decision key) and every
// document one status key "<kind>/<status>", so those indexes read whole
// (ScanValues, CountValues) are the lists the time and kind keys gave; not
// writing them takes one path of orders/index and two of invoices/index out
// of every commit that creates an order or issues a document (issue 16).
func dropTimeKeys(tx *bolt.Tx) error {
	for _, ix := range []struct {
		path  [][]byte
		names []string
	}{
		{[][]byte{BucketOrders, BucketOrderIndex}, []string{IndexTime}},
		{[][]byte{BucketInvoices, BucketDocIndex}, []string{IndexTime, IndexKind}},
	} {
		b := Bucket(tx, ix.path...)
		if b == nil {
			continue // created by migration 2 with the keys of today
		}
		for _, name := range ix.names {
			if err := deletePrefix(b, append([]byte(name), 0)); err != nil {
				return fmt.Errorf("%s: drop %s keys: %w", bytes.Join(ix.path, []byte("/")), name, err)
			}
		}
	}
	return nil
}

// deletePrefix deletes every key of b that starts with prefix, a few
// thousand at a time: keys are collected walking forward, then deleted, and
// the walk goes on from the key after them. (Seeking the prefix again after
// each delete would walk over every leaf emptied before it, which bbolt
// removes only at commit: quadratic on a store of a million orders.)
func deletePrefix(b *bolt.Bucket, prefix []byte) error {
	c := b.Cursor()
	k, _ := c.Seek(prefix)
	for k != nil && bytes.HasPrefix(k, prefix) {
		var batch [][]byte
		for ; k != nil && bytes.HasPrefix(k, prefix) && len(batch) < 4096; k, _ = c.Next() {
			batch = append(batch, bytes.Clone(k))
		}
		var next []byte
		if k != nil && bytes.HasPrefix(k, prefix) {
			next = bytes.Clone(k)
		}
		for _, d := range batch {
			if err := b.Delete(d); err != nil {
				return err
			}
		}
		if next == nil {
			return nil
		}
		k, _ = c.Seek(next)
	}
	return nil
}
