package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// activeStateKeys (migration 11) creates orders/active and moves into it
// the state keys of orders in flight (every state but SettledState) from
// orders/index, where they were kept with every order's keys. A state key
// in flight is written and deleted again within seconds, and in
// orders/index each of those writes was a root-to-leaf path of a tree of
// depth 4 at a million orders (issue 16). Only the keys move: their values
// (the order ids) and every other key stay as they were.
func activeStateKeys(tx *bolt.Tx) error {
	orders := tx.Bucket(BucketOrders)
	active, err := orders.CreateBucketIfNotExists(BucketOrderActive)
	if err != nil {
		return err
	}
	index := Bucket(tx, BucketOrders, BucketOrderIndex)
	if index == nil {
		return nil // created by migration 2, which puts them where they belong
	}
	settled := IndexPrefix(IndexState, SettledState)
	for _, prefix := range valuePrefixes(index, IndexState, "") {
		if bytes.Equal(prefix, settled) {
			continue
		}
		var keys, values [][]byte
		c := index.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			keys, values = append(keys, bytes.Clone(k)), append(values, bytes.Clone(v))
		}
		for i, k := range keys {
			if err := active.Put(k, values[i]); err != nil {
				return fmt.Errorf("orders/active: %w", err)
			}
			if err := index.Delete(k); err != nil {
				return fmt.Errorf("orders/index: %w", err)
			}
		}
	}
	return nil
}
