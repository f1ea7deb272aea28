package store

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/store/groupcommit"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrLocked is returned by Open when another process holds the data file.
var ErrLocked = errors.New("store: the data file is in use by another process (is fatoora already running on this data directory?)")

// Options configure Open.
type Options struct {
	// Timeout is how long Open waits for the file lock; default 1s, so a
	// second process on the same data directory fails fast.
	Timeout time.Duration
	// NoSync disables fsync. Only for benchmarks that measure everything else.
	NoSync bool
	// ReadOnly opens without writing (no migrations).
	ReadOnly bool
	// CheckTimeout bounds the consistency check run at open (default 2s;
	// negative: no check). Damage found in time fails Open with a
	// DamagedError; a check that has not finished lets Open go on and is
	// reported by CheckState.
	CheckTimeout time.Duration
	// CheckMaxBytes skips the check at open for a file larger than this
	// (default 512 MiB; negative: no limit). bbolt's walk cannot be stopped
	// part way: on a store of several GB it would hold a read transaction
	// and a core for tens of seconds after every start (8.4 GB: 23 s), so
	// such a store is checked by `fatoora store check` with the box stopped,
	// and health says so. Preflight's meta and size checks always run.
	CheckMaxBytes int64
}

// defaultCheckMaxBytes: about what bbolt walks in the default 2 s bound on
// a small box's disk (the 8.4 GB store walked at 370 MB/s).
const defaultCheckMaxBytes = 512 << 20

// DB is the box's store.
type DB struct {
	bolt  *bolt.DB
	path  string
	group *groupcommit.Committer
	check CheckResult // the check run at open
	// committed is told how long each Batch waited (ObserveCommits).
	committed atomic.Pointer[func(time.Duration)]
}

// Open opens (creating if needed) the bbolt file at path and migrates it to
// the current schema version.
func Open(path string, opts Options) (*DB, error) {
	if opts.Timeout == 0 {
		opts.Timeout = time.Second
	}
	if opts.CheckTimeout == 0 {
		opts.CheckTimeout = 2 * time.Second
	}
	// Never let bbolt see a file it would replace (an empty one) or read
	// past the end of (a truncated one).
	if err := Preflight(path); err != nil {
		return nil, err
	}
	b, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout: opts.Timeout, NoSync: opts.NoSync, ReadOnly: opts.ReadOnly,
		// Map 1 GiB of address space up front: growing the file then needs no
		// remap, which would wait for every open read transaction.
		InitialMmapSize: 1 << 30,
	})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("open %s: %w", path, ErrLocked)
	}
	if err != nil {
		if d := damaged(path, err); d != nil {
			return nil, d
		}
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db := &DB{bolt: b, path: path, group: groupcommit.New(b, 512)}
	if opts.CheckMaxBytes == 0 {
		opts.CheckMaxBytes = defaultCheckMaxBytes
	}
	size := int64(0)
	if fi, err := os.Stat(path); err == nil {
		size = fi.Size()
	}
	if opts.CheckTimeout > 0 && opts.CheckMaxBytes > 0 && size > opts.CheckMaxBytes {
		db.check = CheckResult{Skipped: fmt.Sprintf("the file is %d MiB, above the %d MiB checked at start", size>>20, opts.CheckMaxBytes>>20)}
	} else if opts.CheckTimeout > 0 {
		db.check = db.Check(opts.CheckTimeout)
		if len(db.check.Problems) > 0 {
			b.Close()
			return nil, &DamagedError{Path: path, Problem: "the consistency check found: " + strings.Join(db.check.Problems, "; ")}
		}
	}
	if !opts.ReadOnly {
		if err := b.Update(migrate); err != nil {
			b.Close()
			return nil, fmt.Errorf("migrate %s: %w", path, err)
		}
	}
	return db, nil
}

// CheckState is the result of the check run at open: Done false when it
// did not finish within Options.CheckTimeout or was skipped (Skipped says
// why); health says so.
func (db *DB) CheckState() CheckResult { return db.check }

// Path is the file's path.
func (db *DB) Path() string { return db.path }

// Bolt exposes the underlying handle for packages that own their buckets.
func (db *DB) Bolt() *bolt.DB { return db.bolt }

// Close closes the file.
func (db *DB) Close() error { return db.bolt.Close() }

// Update runs fn in a read-write transaction.
func (db *DB) Update(fn func(tx *bolt.Tx) error) error { return db.bolt.Update(fn) }

// View runs fn in a read-only transaction. Values are valid only inside fn.
func (db *DB) View(fn func(tx *bolt.Tx) error) error { return db.bolt.View(fn) }

// Batch runs fn in a group-committed read-write transaction with no added
// delay (group.go): concurrent callers share one fsync, an idle box commits
// at once, and each caller gets its own error. fn may run more than once and
// must be idempotent (reset its outputs on each run). Ingest, the queue, the
// pipeline and the outbox all commit through it.
func (db *DB) Batch(fn func(tx *bolt.Tx) error) error {
	f := db.committed.Load()
	if f == nil {
		return db.group.Do(fn)
	}
	start := time.Now()
	err := db.group.Do(fn)
	(*f)(time.Since(start))
	return err
}

// ObserveCommits has f told, after each Batch, how long its caller waited
// for its write to be on disk: behind a commit on its way there, then its
// group's transaction and fsyncs (the box's metrics: an order waits three
// such commits before its document goes out). f must be fast and must not
// block; nil stops telling.
func (db *DB) ObserveCommits(f func(time.Duration)) {
	if f == nil {
		db.committed.Store(nil)
		return
	}
	db.committed.Store(&f)
}

// GroupStats are Batch's counters since Open (groupcommit.Stats), for
// benchmarks.
func (db *DB) GroupStats() groupcommit.Stats { return db.group.Stats() }

// AppendFill is the page fill of the trees whose keys an order appends in
// increasing order (appendTrees). bbolt's default (0.5) splits a full page
// in half, and for keys written at the end the left half is never filled
// again: every page of such a tree stays half empty — twice the pages, and
// a level more of tree sooner, each level one more page written by every
// commit that touches the tree. Filled to 90% instead, a page keeps some
// room for a value rewritten a little longer (an order as it moves on).
const AppendFill = 0.9

// appendTrees are the trees whose keys grow as the box writes them: sequence
// numbers (payloads, queue items: ingest's commit appends one of each per
// message), order ids, document numbers, outbox keys by order id, and index
// keys that lead with a name and then the time (orders/ and invoices/
// index: all but the customer's key append at the end of their name's run).
// Trees keyed by customer or by WhatsApp message id take keys at random
// places and keep bbolt's default; so do the catalog's own (the catalog
// fills its stock log and reservations itself: catalog/bolt.go).
var appendTrees = [][][]byte{
	{BucketPayloads}, {BucketQueue},
	{BucketOrders, BucketByID}, {BucketOrders, BucketOrderIndex},
	{BucketInvoices, BucketDocs}, {BucketInvoices, BucketByOrder}, {BucketInvoices, BucketDocIndex}, {BucketInvoices, BucketEvents},
	{BucketOutbox, BucketWADone}, {BucketOutbox, BucketHQ}, {BucketOutbox, BucketHQRej},
}

// Bucket walks a path of nested bucket names from the root. It returns nil if
// any bucket on the path is missing. A tree of appendTrees comes back with
// its page fill set to AppendFill: bbolt does not store the fill, it is a
// field of the handle in one transaction, so every writer of those trees —
// and the history generator that stands for a box that ran for years —
// opens them here and writes them the same way.
func Bucket(tx *bolt.Tx, path ...[]byte) *bolt.Bucket {
	if len(path) == 0 {
		return nil
	}
	b := tx.Bucket(path[0])
	for _, p := range path[1:] {
		if b == nil {
			return nil
		}
		b = b.Bucket(p)
	}
	if b != nil && tx.Writable() && appended(path) {
		b.FillPercent = AppendFill
	}
	return b
}

func appended(path [][]byte) bool {
	for _, t := range appendTrees {
		if len(t) != len(path) {
			continue
		}
		same := true
		for i := range t {
			if !bytes.Equal(t[i], path[i]) {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// U64 encodes n as an 8-byte big-endian key.
func U64(n uint64) []byte {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], n)
	return k[:]
}

// ParseU64 decodes an 8-byte big-endian key; nil or short input is 0.
func ParseU64(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// PutJSON stores v as JSON under key.
func PutJSON(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	return b.Put(key, data)
}

// GetJSON decodes the JSON under key into v (a copy: safe after the
// transaction). It reports whether the key existed.
func GetJSON(b *bolt.Bucket, key []byte, v any) (bool, error) {
	data := b.Get(key)
	if data == nil {
		return false, nil
	}
	if err := json.Unmarshal(data, v); err != nil {
		return true, fmt.Errorf("decode %s: %w", key, err)
	}
	return true, nil
}

// NextSeq returns the bucket's next sequence number as a key.
func NextSeq(b *bolt.Bucket) ([]byte, uint64, error) {
	n, err := b.NextSequence()
	if err != nil {
		return nil, 0, err
	}
	return U64(n), n, nil
}

func newBoxID() []byte {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return []byte(hex.EncodeToString(b[:]))
}
