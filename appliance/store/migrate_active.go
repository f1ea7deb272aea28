package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// activeStateKeys (migration 11) creates orders/active and gives the
// orders' keys the places OrderIndex.Keys gives them now: the state key of
// an order in flight (every state but SettledState) moves from orders/index
// to orders/active, with the decision key "" of an order in flight not
// decided yet; the state keys of settled orders are deleted (the replied
// orders are read through their decision keys). A state key was written
// in orders/index when an order was created and moved there at each step,
// each a root-to-leaf path of a tree of depth 4 at a million orders
// (issue 16). Every other key stays as it was.
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
	byID := Bucket(tx, BucketOrders, BucketByID)
	settled := IndexPrefix(IndexState, SettledState)
	for _, prefix := range valuePrefixes(index, IndexState, "") {
		if bytes.Equal(prefix, settled) {
			if err := deletePrefix(index, prefix); err != nil {
				return fmt.Errorf("orders/index: %w", err)
			}
			continue
		}
		var keys, ids [][]byte
		c := index.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			keys, ids = append(keys, bytes.Clone(k)), append(ids, bytes.Clone(v))
		}
		for i, k := range keys {
			if err := index.Delete(k); err != nil {
				return fmt.Errorf("orders/index: %w", err)
			}
			var o OrderIndex
			if found, err := GetJSON(byID, ids[i], &o); err != nil {
				return err
			} else if !found { // a key of no order: moved as it is
				if err := active.Put(k, ids[i]); err != nil {
					return fmt.Errorf("orders/active: %w", err)
				}
				continue
			}
			_, live := SplitOrderKeys(o.Keys())
			if err := putAll(active, live, ids[i]); err != nil {
				return fmt.Errorf("orders/active: %w", err)
			}
		}
	}
	return nil
}
