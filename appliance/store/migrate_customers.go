package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// customersBesideMessages (migration 12) folds ingest's three trees keyed
// by customer into message_index/: every record of customers/ moves to
// CustomerRecordKey of its key (the same bytes), every seen key of
// customer_index/ (customers by last contact) moves as it is, and both old
// trees are deleted. ingest.Heard writes a customer's record, its seen key
// and the message's key in the commit that first handles each message: in
// one tree, the record and the message's key share a page (the record sorts
// just before the customer's messages) and the seen keys its end, instead
// of three root-to-leaf paths (issue 16). The keys cannot meet: a record
// holds one 0 byte, an index key two, and seen keys begin with IndexSeen's
// name, the others with IndexCustomer's. Message keys stay as they were.
func customersBesideMessages(tx *bolt.Tx) error {
	idx, err := tx.CreateBucketIfNotExists(BucketMsgIndex)
	if err != nil {
		return err
	}
	if b := tx.Bucket(BucketCustomer); b != nil {
		err := b.ForEach(func(k, v []byte) error {
			if v == nil {
				return fmt.Errorf("customers/%s: a nested bucket", k)
			}
			return idx.Put(CustomerRecordKey(string(k)), bytes.Clone(v))
		})
		if err != nil {
			return fmt.Errorf("customers: %w", err)
		}
		if err := tx.DeleteBucket(BucketCustomer); err != nil {
			return err
		}
	}
	if b := tx.Bucket(BucketCustIndex); b != nil {
		seen := IndexPrefix(IndexSeen, "")
		err := b.ForEach(func(k, v []byte) error {
			if !bytes.HasPrefix(k, seen) {
				return fmt.Errorf("a key that is not a seen key: %q", k)
			}
			return idx.Put(bytes.Clone(k), bytes.Clone(v))
		})
		if err != nil {
			return fmt.Errorf("customer_index: %w", err)
		}
		return tx.DeleteBucket(BucketCustIndex)
	}
	return nil
}
