package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// customerRuns (migration 13) moves the rest of what is found by customer
// into each customer's run in message_index/, beside the record migration
// 12 put there (CustomerRunKey, drawn in indexes.go): every conversation of
// conversations/ to its RunConversation key (the same bytes), every
// IndexCustomer key of orders/index and of invoices/index to its RunKeyOf
// (RunOrder, RunDocument; the same value), and conversations/ is deleted.
// The commit that handles a customer's message then writes its
// conversation, its order's and its document's customer keys into the leaf
// it writes the customer's record and message key in, instead of three
// more root-to-leaf paths at random places (issue 16). The other keys of
// both indexes stay where they were.
func customerRuns(tx *bolt.Tx) error {
	idx, err := tx.CreateBucketIfNotExists(BucketMsgIndex)
	if err != nil {
		return err
	}
	if b := tx.Bucket(BucketConvs); b != nil {
		err := b.ForEach(func(k, v []byte) error {
			if v == nil {
				return fmt.Errorf("conversations/%s: a nested bucket", k)
			}
			return idx.Put(CustomerRunKey(string(k), RunConversation), bytes.Clone(v))
		})
		if err != nil {
			return fmt.Errorf("conversations: %w", err)
		}
		if err := tx.DeleteBucket(BucketConvs); err != nil {
			return err
		}
	}
	for _, ix := range []struct {
		path [][]byte
		kind byte
	}{{[][]byte{BucketOrders, BucketOrderIndex}, RunOrder}, {[][]byte{BucketInvoices, BucketDocIndex}, RunDocument}} {
		b := Bucket(tx, ix.path...)
		if b == nil {
			continue
		}
		prefix := []byte(IndexCustomer + "\x00")
		var keys [][]byte
		c := b.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			run := RunKeyOf(k, ix.kind)
			if run == nil {
				return fmt.Errorf("%s: a customer key that is not an index key: %q", bytes.Join(ix.path, []byte("/")), k)
			}
			if err := idx.Put(run, bytes.Clone(v)); err != nil {
				return err
			}
			keys = append(keys, bytes.Clone(k))
		}
		for _, k := range keys {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
	}
	return nil
}
