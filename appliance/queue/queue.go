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
//
// Items are stored in a compact binary form (Item.encode; issue 16: ingest
// writes one per message in the webhook's commit, encoded before that
// shared transaction with AppendEncoded and put with EnqueueEncoded);
// items an earlier version wrote as JSON are read and run as before. The depth counter
// (Depth) moves in the transactions that add and remove items, once per
// group commit for all the items its members enqueued.
package queue

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	"fatoora/appliance/store"
	"fatoora/appliance/store/groupcommit"

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
// woken when tx commits; nothing runs if tx rolls back. Inside a group
// commit (store.DB.Batch) the depth counter is moved once for all the
// items the group's members enqueued, just before the commit.
func Enqueue(tx *bolt.Tx, it Item) (uint64, error) {
	it, err := ready(it)
	if err != nil {
		return 0, err
	}
	return EnqueueEncoded(tx, it.encode())
}

// ready is it as Enqueue stores it: its kind checked, its EnqueuedAt now
// when zero.
func ready(it Item) (Item, error) {
	if it.Kind == "" {
		return it, errors.New("enqueue: empty kind")
	}
	if it.EnqueuedAt.IsZero() {
		it.EnqueuedAt = time.Now().UTC()
	}
	return it, nil
}

// AppendEncoded appends it to dst in the form Enqueue stores (its
// EnqueuedAt set to now when zero), as append does: a writer in a shared
// group commit encodes its items before the transaction, into a buffer of
// its own, and enqueues each (its bytes in that buffer) with
// EnqueueEncoded (issue 16: ingest's understand items). Seq is not part of
// it.
func AppendEncoded(dst []byte, it Item) ([]byte, error) {
	it, err := ready(it)
	if err != nil {
		return dst, err
	}
	return it.appendTo(dst), nil
}

// EnqueueEncoded is Enqueue of an item AppendEncoded made. enc is the
// stored value until tx ends: it must not change before then.
func EnqueueEncoded(tx *bolt.Tx, enc []byte) (uint64, error) {
	if len(enc) == 0 || enc[0] != itemV1 {
		return 0, errors.New("enqueue: not an encoded item")
	}
	b := store.Bucket(tx, store.BucketQueue)
	if b == nil {
		return 0, errors.New("enqueue: no queue bucket")
	}
	key, seq, err := store.NextSeq(b)
	if err != nil {
		return 0, fmt.Errorf("enqueue: %w", err)
	}
	if err := b.Put(key, enc); err != nil {
		return 0, fmt.Errorf("enqueue: %w", err)
	}
	if groupcommit.Count(tx, depthKey{}, 1, enqueued) {
		return seq, nil // the depth and the wake once per group commit
	}
	if err := enqueued(tx, 1); err != nil {
		return 0, err
	}
	return seq, nil
}

// depthKey names the queue's depth among a group commit's counts.
type depthKey struct{}

// enqueued counts n items in and wakes the workers when tx commits.
func enqueued(tx *bolt.Tx, n int64) error {
	if err := store.AddCount(tx.Bucket(store.BucketDepths), store.KeyDepthQueue, n); err != nil {
		return fmt.Errorf("enqueue: %w", err)
	}
	db := tx.DB()                                   // nil once committed: capture it now
	last := tx.Bucket(store.BucketQueue).Sequence() // the n items are the bucket's last n
	slot := commits.begin(db, last-uint64(n)+1, last)
	tx.OnCommit(func() {
		commits.note(db, slot, last-uint64(n)+1, last, time.Now())
		wake(db)
	})
	return nil
}

// CommittedAt is when the commit that enqueued item seq of db returned, as
// this process saw it (zero when it did not see it, or too long ago): the
// pipeline times an item's wait for its worker from there (the box's
// metrics, pipeline.StageQueue).
func CommittedAt(db *bolt.DB, seq uint64) time.Time { return commits.at(db, seq) }

// commits remembers the last commits that enqueued items, per database:
// the sequences each wrote and when it returned.
var commits = &enqueueCommits{m: map[*bolt.DB]*commitRing{}}

type enqueueCommits struct {
	sync.Mutex
	m map[*bolt.DB]*commitRing
}

// commitRing holds a database's last len(at) enqueuing commits: each wrote
// the sequences first..last; at is zero while the commit has not returned
// (begun but not noted: bbolt lets readers see a commit's items before its
// OnCommit handlers run, so a worker can pick an item up in between).
type commitRing struct {
	first, last [256]uint64
	at          [256]time.Time
	next        int
}

// begin takes a slot for a commit writing first..last, before it commits;
// note fills in when it returned.
func (c *enqueueCommits) begin(db *bolt.DB, first, last uint64) int {
	c.Lock()
	defer c.Unlock()
	r := c.m[db]
	if r == nil {
		if len(c.m) >= 64 { // databases opened and closed (tests): forget them
			clear(c.m)
		}
		r = &commitRing{}
		c.m[db] = r
	}
	slot := r.next
	r.first[slot], r.last[slot], r.at[slot] = first, last, time.Time{}
	r.next = (r.next + 1) % len(r.at)
	return slot
}

func (c *enqueueCommits) note(db *bolt.DB, slot int, first, last uint64, at time.Time) {
	c.Lock()
	defer c.Unlock()
	if r := c.m[db]; r != nil && r.first[slot] == first && r.last[slot] == last {
		r.at[slot] = at
	}
}

// at is when the commit that wrote seq returned; an item read while that
// commit's handlers have not run yet waits for them a moment (they run
// right after the commit lets readers in; a commit that rolled back never
// notes, and its slot is read as unknown after the wait).
func (c *enqueueCommits) at(db *bolt.DB, seq uint64) time.Time {
	for wait := 0; ; wait++ {
		at, begun := c.find(db, seq)
		if !at.IsZero() || !begun || wait == 100 {
			return at
		}
		time.Sleep(50 * time.Microsecond)
	}
}

// find is the time noted for seq, and whether a commit writing it has
// begun without being noted yet.
func (c *enqueueCommits) find(db *bolt.DB, seq uint64) (time.Time, bool) {
	c.Lock()
	defer c.Unlock()
	begun := false
	if r := c.m[db]; r != nil {
		for i := range r.at {
			if r.first[i] <= seq && seq <= r.last[i] && r.last[i] != 0 {
				if !r.at[i].IsZero() {
					return r.at[i], false
				}
				begun = true
			}
		}
	}
	return time.Time{}, begun
}

// itemV1 starts an item in the compact form (issue 16: ingest enqueues
// an item for every message inside the webhook's shared commit, where the
// JSON form was a tenth of that commit's work and 150 bytes a page):
//
//	0x01, flags (1 dead, 2 not_before set, 4 enqueued_at set), uvarint attempts,
//	uvarint panics, [not_before: 8 bytes BE unix ns], [enqueued_at: the same],
//	then kind, ref, key and last_error, each as uvarint length + bytes
//
// An item written before starts with '{': JSON {kind, ref, key, attempts,
// not_before, enqueued_at, last_error, panics, dead}; decode reads both,
// and an item rewritten (a retry) is written in the compact form.
const itemV1 = 0x01

const (
	flagDead      = 1
	flagNotBefore = 2
	flagEnqueued  = 4
)

// encode is it in the compact form.
func (it Item) encode() []byte {
	return it.appendTo(make([]byte, 0, 2+2*binary.MaxVarintLen64+16+4+len(it.Kind)+len(it.Ref)+len(it.Key)+len(it.LastError)))
}

// appendTo appends it in the compact form to b.
func (it Item) appendTo(b []byte) []byte {
	var flags byte
	if it.Dead {
		flags |= flagDead
	}
	if !it.NotBefore.IsZero() {
		flags |= flagNotBefore
	}
	if !it.EnqueuedAt.IsZero() {
		flags |= flagEnqueued
	}
	b = append(b, itemV1, flags)
	b = binary.AppendUvarint(b, uint64(max(it.Attempts, 0)))
	b = binary.AppendUvarint(b, uint64(max(it.Panics, 0)))
	if !it.NotBefore.IsZero() {
		b = binary.BigEndian.AppendUint64(b, uint64(it.NotBefore.UnixNano()))
	}
	if !it.EnqueuedAt.IsZero() {
		b = binary.BigEndian.AppendUint64(b, uint64(it.EnqueuedAt.UnixNano()))
	}
	for _, s := range [...]string{it.Kind, it.Ref, it.Key, it.LastError} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return b
}

var errItemRecord = errors.New("bad compact item")

// decodeCompact reads an item in the compact form.
func decodeCompact(v []byte) (Item, error) {
	var it Item
	if len(v) < 2 || v[0] != itemV1 {
		return it, errItemRecord
	}
	flags, b := v[1], store.NewBinReader(v[2:])
	if flags&^(flagDead|flagNotBefore|flagEnqueued) != 0 {
		return it, errItemRecord
	}
	a, p := b.Uvarint(), b.Uvarint()
	if !b.OK() || a > math.MaxInt32 || p > math.MaxInt32 {
		return it, errItemRecord
	}
	it.Attempts, it.Panics, it.Dead = int(a), int(p), flags&flagDead != 0
	for _, f := range [...]struct {
		bit byte
		t   *time.Time
	}{{flagNotBefore, &it.NotBefore}, {flagEnqueued, &it.EnqueuedAt}} {
		if flags&f.bit != 0 {
			*f.t = time.Unix(0, int64(b.Uint64())).UTC()
		}
	}
	it.Kind, it.Ref, it.Key, it.LastError = b.Text(), b.Text(), b.Text(), b.Text()
	if !b.Done() {
		return it, errItemRecord
	}
	return it, nil
}

// put writes it at key in the compact form.
func put(b *bolt.Bucket, key []byte, it Item) error { return b.Put(key, it.encode()) }

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
	b := tx.Bucket(store.BucketQueue)
	if b == nil {
		return Item{Seq: seq}, false, nil
	}
	k := store.U64(seq)
	v := b.Get(k)
	if v == nil {
		return Item{Seq: seq}, false, nil
	}
	it, err := decode(k, v)
	return it, true, err
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
	if err := put(store.Bucket(tx, store.BucketQueue), store.U64(seq), it); err != nil {
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
