package invoice

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/store"
)

// The head-office outbox: the book writes outbox/hq in the caller's
// transaction (enqueue, putOutbox); the forwarder (sync/hqsync) reads and
// settles it through these accessors, so no other package walks the
// buckets.

// ErrNoHQBuckets: outbox/hq or outbox/hq_rejected is missing (store not
// migrated).
var ErrNoHQBuckets = errors.New("head-office outbox buckets missing (store not migrated)")

func hqBuckets(tx *bolt.Tx) (hq, rejected *bolt.Bucket, err error) {
	hq = store.Bucket(tx, store.BucketOutbox, store.BucketHQ)
	rejected = store.Bucket(tx, store.BucketOutbox, store.BucketHQRej)
	if hq == nil || rejected == nil {
		return nil, nil, ErrNoHQBuckets
	}
	return hq, rejected, nil
}

// HQPending is one outbox/hq entry with what head office is sent for it.
type HQPending struct {
	Seq   uint64
	Entry OutboxEntry
	// Document is the document's stored JSON (as issued, without events);
	// Event the payment's stored JSON for Entry.Event == EventPaid. Copies,
	// valid after the transaction. Neither is ever rewritten, so the same
	// entry always yields the same bytes.
	Document []byte
	Event    []byte
	// Err says why the entry cannot be sent (unreadable, its document or
	// event missing); such an entry goes to staff.
	Err error
}

// ScanHQ calls fn for the outbox/hq entries, oldest first, until fn
// returns false.
func ScanHQ(tx *bolt.Tx, fn func(p HQPending) bool) error {
	hq, _, err := hqBuckets(tx)
	if err != nil {
		return err
	}
	docs := store.Bucket(tx, store.BucketInvoices, store.BucketDocs)
	events := store.Bucket(tx, store.BucketInvoices, store.BucketEvents)
	if docs == nil || events == nil {
		return ErrNoBuckets
	}
	c := hq.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		p := HQPending{Seq: store.ParseU64(k)}
		if err := json.Unmarshal(v, &p.Entry); err != nil {
			p.Err = fmt.Errorf("unreadable outbox entry: %w", err)
		} else if doc := docs.Get([]byte(p.Entry.Number)); doc == nil {
			p.Err = fmt.Errorf("document %s not found on the box", p.Entry.Number)
		} else {
			p.Document = bytes.Clone(doc)
			if p.Entry.Event != "" {
				if ev := events.Get(EventKey(p.Entry.Number, p.Entry.EventSeq)); ev == nil {
					p.Err = fmt.Errorf("%s event %d of %s not found on the box", p.Entry.Event, p.Entry.EventSeq, p.Entry.Number)
				} else {
					p.Event = bytes.Clone(ev)
				}
			}
		}
		if !fn(p) {
			break
		}
	}
	return nil
}

// HQDone removes entries head office has answered for.
func HQDone(tx *bolt.Tx, seqs ...uint64) error {
	hq, _, err := hqBuckets(tx)
	if err != nil {
		return err
	}
	for _, s := range seqs {
		if err := hq.Delete(store.U64(s)); err != nil {
			return fmt.Errorf("outbox: %w", err)
		}
	}
	return nil
}

// HQReject moves entry seq from outbox/hq to outbox/hq_rejected, stored as
// v (JSON: the entry, the reason).
func HQReject(tx *bolt.Tx, seq uint64, v any) error {
	hq, rej, err := hqBuckets(tx)
	if err != nil {
		return err
	}
	if err := store.PutJSON(rej, store.U64(seq), v); err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	return hq.Delete(store.U64(seq))
}

// HQRejected calls fn for every refused entry, oldest first, with the
// JSON HQReject stored (valid only during the call).
func HQRejected(tx *bolt.Tx, fn func(seq uint64, v []byte) error) error {
	_, rej, err := hqBuckets(tx)
	if err != nil {
		return err
	}
	return rej.ForEach(func(k, v []byte) error { return fn(store.ParseU64(k), v) })
}

// HQRejection returns the JSON HQReject stored for seq (a copy), or nil.
func HQRejection(tx *bolt.Tx, seq uint64) ([]byte, error) {
	_, rej, err := hqBuckets(tx)
	if err != nil {
		return nil, err
	}
	return bytes.Clone(rej.Get(store.U64(seq))), nil
}

// HQRequeue puts e back at the end of outbox/hq and removes the refused
// entry seq.
func HQRequeue(tx *bolt.Tx, seq uint64, e OutboxEntry) error {
	hq, rej, err := hqBuckets(tx)
	if err != nil {
		return err
	}
	if err := putOutbox(buckets{hq: hq}, e); err != nil {
		return err
	}
	return rej.Delete(store.U64(seq))
}

// HQDismiss deletes the refused entry seq for good (staff decided head
// office does not need it); false when there is no such entry.
func HQDismiss(tx *bolt.Tx, seq uint64) (bool, error) {
	_, rej, err := hqBuckets(tx)
	if err != nil {
		return false, err
	}
	if rej.Get(store.U64(seq)) == nil {
		return false, nil
	}
	return true, rej.Delete(store.U64(seq))
}

// HQStats counts the entries waiting and refused, and returns the oldest
// waiting entry (ok false when none). Counting reads the buckets' pages,
// not the entries.
func HQStats(tx *bolt.Tx) (waiting, rejected int, oldest OutboxEntry, ok bool, err error) {
	hq, rej, err := hqBuckets(tx)
	if err != nil {
		return 0, 0, oldest, false, err
	}
	if k, v := hq.Cursor().First(); k != nil {
		waiting = hq.Stats().KeyN
		ok = json.Unmarshal(v, &oldest) == nil
	}
	return waiting, rej.Stats().KeyN, oldest, ok, nil
}
