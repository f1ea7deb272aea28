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

// messageOrdersInRuns (migration 14) moves the order of every inbound
// message with a key in its customer's run from orders/bymsg/<wamid> to
// MessageOrderKey, beside that key (the same value), so the commit that
// attaches a message writes it in the leaf it writes the customer's record
// and the message's key in, not a root-to-leaf path of orders/bymsg at the
// place its random wamid sorts (issue 16). What stays in orders/bymsg: the
// orders of messages with no key in a run (flagged, or with no customer)
// and the box's own replies that stores written before issue 16 indexed
// there.
func messageOrdersInRuns(tx *bolt.Tx) error {
	idx, bymsg := tx.Bucket(BucketMsgIndex), Bucket(tx, BucketOrders, BucketByMsg)
	if idx == nil || bymsg == nil {
		return nil
	}
	type move struct{ run, wamid, order []byte }
	var moves []move
	err := idx.ForEach(func(k, _ []byte) error {
		if _, kind, ok := CustomerRunOf(k); !ok || kind != RunMessage {
			return nil
		}
		if len(k) < len(IndexCustomer)+2+8 {
			return fmt.Errorf("message_index: a message key too short: %q", k)
		}
		_, tail, _ := bytes.Cut(k[len(IndexCustomer)+1:], []byte{0})
		if len(tail) < 8 {
			return fmt.Errorf("message_index: a message key with no time: %q", k)
		}
		wamid := tail[8:]
		if v := bymsg.Get(wamid); v != nil {
			moves = append(moves, move{RunKeyOf(k, RunMessageOrder), bytes.Clone(wamid), bytes.Clone(v)})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, m := range moves {
		if err := idx.Put(m.run, m.order); err != nil {
			return err
		}
		if err := bymsg.Delete(m.wamid); err != nil {
			return err
		}
	}
	return nil
}
