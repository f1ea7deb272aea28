package store

import (
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// AddCount moves the uint64 counter at key in b by delta, never below 0,
// inside the caller's transaction: the counter changes exactly when the
// records it counts do.
func AddCount(b *bolt.Bucket, key []byte, delta int64) error {
	if b == nil {
		return errors.New("add count: counter bucket missing (store not migrated)")
	}
	if delta == 0 {
		return nil
	}
	n := int64(ParseU64(b.Get(key))) + delta
	return b.Put(key, U64(uint64(max(n, 0))))
}

// countDepths (migration 9) creates depths/ and counts, once, the items in
// queue/ and the sends in outbox/whatsapp; from then on the queue and the
// pipeline keep them in the transactions that change those buckets.
func countDepths(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(BucketDepths)
	if err != nil {
		return fmt.Errorf("create %s: %w", BucketDepths, err)
	}
	count := func(bk *bolt.Bucket) (n uint64) {
		if bk == nil {
			return 0
		}
		c := bk.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			n++
		}
		return n
	}
	var outbox *bolt.Bucket
	if ob := tx.Bucket(BucketOutbox); ob != nil {
		outbox = ob.Bucket(BucketWhatsApp)
	}
	if err := b.Put(KeyDepthQueue, U64(count(tx.Bucket(BucketQueue)))); err != nil {
		return err
	}
	return b.Put(KeyDepthOutbox, U64(count(outbox)))
}

// countRetrying (migration 15) counts, once, the sends in outbox/whatsapp
// that failed at least once and notes the last error among them; from then
// on the pipeline keeps both in the transactions that write those sends, so
// that /healthz reads a number instead of decoding every waiting send.
func countRetrying(tx *bolt.Tx) error {
	b := tx.Bucket(BucketDepths)
	if b == nil {
		return fmt.Errorf("count retrying: %s missing", BucketDepths)
	}
	var n uint64
	var last string
	if ob := tx.Bucket(BucketOutbox); ob != nil {
		if out := ob.Bucket(BucketWhatsApp); out != nil {
			err := out.ForEach(func(k, v []byte) error {
				var m struct {
					Attempts  int    `json:"attempts"`
					LastError string `json:"last_error"`
				}
				if json.Unmarshal(v, &m) != nil || m.Attempts == 0 {
					return nil // an undecodable send is reported by the outbox itself
				}
				n++
				last = m.LastError
				return nil
			})
			if err != nil {
				return err
			}
		}
	}
	if err := b.Put(KeyDepthRetrying, U64(n)); err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	return b.Put(KeyLastSendError, []byte(last))
}
