// Package hqbolt is head office's default store: one bbolt file in the
// data directory, so that `fatoora-hq serve` alone runs it. One process
// owns the file (a second one fails at once on the file lock); several
// head-office processes on one database need package hqpg.
//
//	meta/schema_version   uint64 BE
//	records/<key>         JSON hq.Record (key = box id / number / event seq)
package hqbolt

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"fatoora/sync/hq"
	"fatoora/sync/hqwire"
)

// File is the store's name inside the data directory.
const File = "fatoora-hq.db"

var (
	bucketMeta    = []byte("meta")
	keySchema     = []byte("schema_version")
	bucketRecords = []byte("records")
)

const schemaVersion = 1

// ErrLocked: another process has the file open.
var ErrLocked = errors.New("the head-office store is in use by another process")

// Options configure Open.
type Options struct {
	// NoSync skips fsync (tests and benchmarks only).
	NoSync bool
}

// Store is the bbolt implementation of hq.Store.
type Store struct{ db *bolt.DB }

var _ hq.Store = (*Store)(nil)

// Open opens (creating) the store at path.
func Open(path string, opts Options) (*Store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, NoSync: opts.NoSync})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s", ErrLocked, path)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if v := meta.Get(keySchema); len(v) == 8 && binary.BigEndian.Uint64(v) > schemaVersion {
			return fmt.Errorf("store schema %d is newer than this program (%d): upgrade fatoora-hq", binary.BigEndian.Uint64(v), schemaVersion)
		}
		if _, err := tx.CreateBucketIfNotExists(bucketRecords); err != nil {
			return err
		}
		return meta.Put(keySchema, binary.BigEndian.AppendUint64(nil, schemaVersion))
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Put stores the new records in one transaction (concurrent calls are
// group-committed).
func (s *Store) Put(ctx context.Context, recs []hq.Record, now time.Time) ([]hq.Outcome, error) {
	var outs []hq.Outcome
	err := s.db.Batch(func(tx *bolt.Tx) error {
		outs = make([]hq.Outcome, len(recs)) // Batch may run fn again
		b := tx.Bucket(bucketRecords)
		for i, r := range recs {
			if v := b.Get([]byte(r.Key)); v != nil {
				var old hq.Record
				if err := json.Unmarshal(v, &old); err != nil {
					return fmt.Errorf("decode %s: %w", r.Key, err)
				}
				outs[i] = hq.Outcome{Status: hqwire.Duplicate, AcceptedAt: old.AcceptedAt}
				if old.Hash != r.Hash {
					outs[i].Status = hqwire.Conflict
				}
				continue
			}
			r.AcceptedAt = now
			data, err := json.Marshal(r)
			if err != nil {
				return err
			}
			if err := b.Put([]byte(r.Key), data); err != nil {
				return err
			}
			outs[i] = hq.Outcome{Status: hqwire.Accepted, AcceptedAt: now}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store batch: %w", err)
	}
	return outs, nil
}

// Records lists the stored records of f's box (all boxes when empty).
func (s *Store) Records(ctx context.Context, f hq.Filter) ([]hq.Record, error) {
	var out []hq.Record
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketRecords).Cursor()
		prefix := []byte(nil)
		if f.BoxID != "" {
			prefix = []byte(f.BoxID + "/")
		}
		for k, v := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = c.Next() {
			var r hq.Record
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode %s: %w", k, err)
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

func hasPrefix(k, p []byte) bool { return len(k) >= len(p) && string(k[:len(p)]) == string(p) }

// Count is the number of stored records.
func (s *Store) Count(ctx context.Context) (int, error) {
	n := 0
	err := s.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketRecords).Stats().KeyN
		return nil
	})
	return n, err
}

// Close closes the file.
func (s *Store) Close() error { return s.db.Close() }
