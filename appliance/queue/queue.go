// Package queue is the box's durable work queue, kept in the store's queue
// bucket. Work is enqueued inside the transaction that causes it (Enqueue),
// so it exists exactly when its cause was committed; a Worker runs it after
// commit, retries it with backoff, and resumes it after a crash.
//
// Contract for handlers. A handler receives an Item and returns nil when the
// work is done. The worker then deletes the item. A crash between the
// handler's effect and that delete runs the item again, so for exactly-once
// effects a handler either
//   - calls Complete(tx, item) inside the same transaction that stores its
//     effect (the item disappears atomically with the effect; a rerun
//     cannot happen), or
//   - makes its effect idempotent, keyed by Item.Kind+Item.Ref (or Item.Seq).
//
// Side effects outside the store (a WhatsApp send) cannot be atomic with the
// delete: write them to an outbox in the handler's transaction instead.
package queue

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// Item is one unit of pending work.
type Item struct {
	// Seq is the item's key in the queue bucket (set by Enqueue and by the
	// worker; not stored in the value).
	Seq uint64 `json:"-"`
	// Kind selects the handler, e.g. KindUnderstand.
	Kind string `json:"kind"`
	// Ref names what the work is about, e.g. a message id.
	Ref string `json:"ref"`
	// Key serialises work: items with the same non-empty Key run one at a
	// time, in enqueue order (an item waiting for a retry holds back the
	// later ones). Ingest uses the customer, so a customer's messages are
	// understood in the order they were sent.
	Key string `json:"key,omitempty"`
	// Attempts counts failed runs so far.
	Attempts int `json:"attempts"`
	// NotBefore delays the item until then (zero = now).
	NotBefore time.Time `json:"not_before"`
	// EnqueuedAt is when the item was first written.
	EnqueuedAt time.Time `json:"enqueued_at"`
	// LastError is the last handler failure, for the operator.
	LastError string `json:"last_error,omitempty"`
	// Panics counts the runs that panicked: the second parks the item.
	Panics int `json:"panics,omitempty"`
	// Dead marks an item that failed permanently; it stays for staff to see
	// and is never run again unless Retry is called.
	Dead bool `json:"dead,omitempty"`
}

// KindUnderstand is the work ingest enqueues for each new inbound message;
// Ref is the message's wamid.
const KindUnderstand = "understand"

// Enqueue adds it to the queue inside tx. The worker of the same database is
// woken when tx commits; nothing runs if tx rolls back.
func Enqueue(tx *bolt.Tx, it Item) (uint64, error) {
	if it.Kind == "" {
		return 0, errors.New("enqueue: empty kind")
	}
	b := store.Bucket(tx, store.BucketQueue)
	if b == nil {
		return 0, errors.New("enqueue: no queue bucket")
	}
	key, seq, err := store.NextSeq(b)
	if err != nil {
		return 0, fmt.Errorf("enqueue: %w", err)
	}
	if it.EnqueuedAt.IsZero() {
		it.EnqueuedAt = time.Now().UTC()
	}
	it.Seq = seq
	if err := b.Put(key, it.appendJSON(make([]byte, 0, 160+len(it.Kind)+len(it.Ref)+len(it.Key)+len(it.LastError)))); err != nil {
		return 0, fmt.Errorf("enqueue: %w", err)
	}
	if err := store.AddCount(tx.Bucket(store.BucketDepths), store.KeyDepthQueue, 1); err != nil {
		return 0, fmt.Errorf("enqueue: %w", err)
	}
	db := tx.DB() // nil once committed: capture it now
	tx.OnCommit(func() { wake(db) })
	return seq, nil
}

// appendJSON is it as encoding/json writes it, by hand: ingest enqueues
// an item for every message inside the webhook's shared commit, where
// reflection was a tenth of that commit's work (issue 16).
func (it Item) appendJSON(b []byte) []byte {
	b = append(b, `{"kind":`...)
	b = store.AppendJSONString(b, it.Kind)
	b = append(b, `,"ref":`...)
	b = store.AppendJSONString(b, it.Ref)
	if it.Key != "" {
		b = append(b, `,"key":`...)
		b = store.AppendJSONString(b, it.Key)
	}
	b = append(b, `,"attempts":`...)
	b = strconv.AppendInt(b, int64(it.Attempts), 10)
	b = append(b, `,"not_before":`...)
	b = store.AppendJSONTime(b, it.NotBefore)
	b = append(b, `,"enqueued_at":`...)
	b = store.AppendJSONTime(b, it.EnqueuedAt)
	if it.LastError != "" {
		b = append(b, `,"last_error":`...)
		b = store.AppendJSONString(b, it.LastError)
	}
	if it.Panics != 0 {
		b = append(b, `,"panics":`...)
		b = strconv.AppendInt(b, int64(it.Panics), 10)
	}
	if it.Dead {
		b = append(b, `,"dead":true`...)
	}
	return append(b, '}')
}

// Complete removes it inside tx: call it from a handler in the transaction
// that stores the handler's effect to make the item exactly-once.
func Complete(tx *bolt.Tx, it Item) error {
	b := store.Bucket(tx, store.BucketQueue)
	if b == nil {
		return errors.New("complete: no queue bucket")
	}
	return remove(tx, b, store.U64(it.Seq))
}

// remove deletes the item at key, if it is there, and counts it out.
func remove(tx *bolt.Tx, b *bolt.Bucket, key []byte) error {
	if b.Get(key) == nil {
		return nil
	}
	if err := b.Delete(key); err != nil {
		return err
	}
	return store.AddCount(tx.Bucket(store.BucketDepths), store.KeyDepthQueue, -1)
}

// Depth is the number of items in the queue, parked ones included: a
// counter kept in the transactions that add and remove them (no scan).
func Depth(tx *bolt.Tx) uint64 {
	b := tx.Bucket(store.BucketDepths)
	if b == nil {
		return 0
	}
	return store.ParseU64(b.Get(store.KeyDepthQueue))
}

// Load reads one item by sequence number.
func Load(tx *bolt.Tx, seq uint64) (Item, bool, error) {
	var it Item
	b := tx.Bucket(store.BucketQueue)
	if b == nil {
		return it, false, nil
	}
	ok, err := store.GetJSON(b, store.U64(seq), &it)
	it.Seq = seq
	return it, ok, err
}

// List returns every item in the queue, oldest first (for status pages and
// tests; the queue is expected to stay small).
func List(tx *bolt.Tx) ([]Item, error) {
	b := tx.Bucket(store.BucketQueue)
	if b == nil {
		return nil, nil
	}
	var out []Item
	err := b.ForEach(func(k, v []byte) error {
		it, err := decode(k, v)
		if err != nil {
			return err
		}
		out = append(out, it)
		return nil
	})
	return out, err
}

// Retry makes a dead or delayed item due now.
func Retry(tx *bolt.Tx, seq uint64) error {
	it, ok, err := Load(tx, seq)
	if err != nil || !ok {
		return err
	}
	it.Dead, it.NotBefore = false, time.Time{}
	if err := store.PutJSON(store.Bucket(tx, store.BucketQueue), store.U64(seq), it); err != nil {
		return err
	}
	db := tx.DB() // nil once committed: capture it now
	tx.OnCommit(func() { wake(db) })
	return nil
}

// wakers maps a database to the workers serving it, so Enqueue can wake them
// on commit without the caller knowing the worker.
var wakers = struct {
	sync.Mutex
	m map[*bolt.DB]map[chan struct{}]struct{}
}{m: map[*bolt.DB]map[chan struct{}]struct{}{}}

func subscribe(db *bolt.DB) (chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	wakers.Lock()
	if wakers.m[db] == nil {
		wakers.m[db] = map[chan struct{}]struct{}{}
	}
	wakers.m[db][ch] = struct{}{}
	wakers.Unlock()
	return ch, func() {
		wakers.Lock()
		delete(wakers.m[db], ch)
		if len(wakers.m[db]) == 0 {
			delete(wakers.m, db)
		}
		wakers.Unlock()
	}
}

func wake(db *bolt.DB) {
	wakers.Lock()
	for ch := range wakers.m[db] {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
	wakers.Unlock()
}
