package server

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"fatoora/sync/relay/proto"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/store/groupcommit"
	berrors "go.etcd.io/bbolt/errors"
)

// DBFile is the relay's bbolt file inside its data directory.
const DBFile = "relay.db"

var (
	bucketMeta     = []byte("meta")
	bucketQueues   = []byte("queues")
	bucketRejected = []byte("rejected")
	keySchema      = []byte("schema")
	schemaVersion  = []byte("1")
)

// store is the relay's durable queues.
type store struct {
	db    *bolt.DB
	group *groupcommit.Committer
}

func openStore(path string) (*store, error) {
	// The freelist is not written with each commit (fewer pages before
	// each fsync; bbolt rebuilds it from the pages at open, which for a
	// queue that drains is small), and is kept as a map, which frees and
	// allocates in constant time. The first mapping is large enough that a
	// growing backlog does not remap, which waits for every reader (the
	// senders to the boxes) while the webhooks' commit waits for it.
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second,
		NoFreelistSync: true, FreelistType: bolt.FreelistMapType, InitialMmapSize: initialMmap})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("open %s: another fatoora-relay holds it", path)
	}
	if err != nil {
		return nil, fmt.Errorf("open relay store: %w", err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if v := meta.Get(keySchema); v != nil && string(v) != string(schemaVersion) {
			return fmt.Errorf("relay store schema %q, this build reads %q", v, schemaVersion)
		}
		if err := meta.Put(keySchema, schemaVersion); err != nil {
			return err
		}
		for _, b := range [][]byte{bucketQueues, bucketRejected} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("init relay store: %w", err)
	}
	return &store{db: db, group: groupcommit.New(db, 1024)}, nil
}

// initialMmap is the relay store's first mapping (address space, not
// memory or disk): 8,000 webhooks of 16 KiB waiting before a remap.
const initialMmap = 128 << 20

// queueFill is the queues' page fill: appended at the end, drained at the
// front.
const queueFill = 0.95

func (s *store) close() error { return s.db.Close() }

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

// enqueue stores one POST under each number's queue in one group-committed
// transaction and returns the sequence number it got in each.
func (s *store) enqueue(numbers []string, received time.Time, sig string, body []byte) ([]uint64, error) {
	seqs := make([]uint64, len(numbers))
	err := s.group.Do(func(tx *bolt.Tx) error {
		qs := tx.Bucket(bucketQueues)
		for i, n := range numbers {
			q, err := qs.CreateBucketIfNotExists([]byte(n))
			if err != nil {
				return fmt.Errorf("queue %q: %w", n, err)
			}
			// Keys only grow: fill pages before splitting them (bbolt's
			// default leaves them half empty), so a commit writes fewer.
			q.FillPercent = queueFill
			seq, err := q.NextSequence()
			if err != nil {
				return err
			}
			frame, err := proto.Encode(proto.Webhook{Seq: seq, ReceivedUnix: received.Unix(), Signature: sig, Body: body})
			if err != nil {
				return err
			}
			if err := q.Put(u64(seq), frame); err != nil {
				return fmt.Errorf("queue %q: %w", n, err)
			}
			seqs[i] = seq
		}
		return nil
	})
	return seqs, err
}

// queued is one stored webhook, its frame ready to send.
type queued struct {
	seq   uint64
	frame []byte
}

// after returns up to max webhooks of number's queue with seq > last, in
// order.
func (s *store) after(number string, last uint64, max int) ([]queued, error) {
	var out []queued
	err := s.db.View(func(tx *bolt.Tx) error {
		q := tx.Bucket(bucketQueues).Bucket([]byte(number))
		if q == nil {
			return nil
		}
		c := q.Cursor()
		for k, v := c.Seek(u64(last + 1)); k != nil && len(out) < max; k, v = c.Next() {
			out = append(out, queued{seq: binary.BigEndian.Uint64(k), frame: append([]byte(nil), v...)})
		}
		return nil
	})
	return out, err
}

// remove deletes acknowledged webhooks; rejected ones (reason != "") are
// moved to the rejected bucket. It reports which seqs were still there.
func (s *store) remove(number string, seqs []uint64, reasons []string, now time.Time) ([]bool, error) {
	removed := make([]bool, len(seqs))
	err := s.group.Do(func(tx *bolt.Tx) error {
		clear(removed)
		q := tx.Bucket(bucketQueues).Bucket([]byte(number))
		if q == nil {
			return nil
		}
		for i, seq := range seqs {
			k := u64(seq)
			v := q.Get(k)
			if v == nil {
				continue
			}
			if reasons[i] != "" {
				rej, err := tx.Bucket(bucketRejected).CreateBucketIfNotExists([]byte(number))
				if err != nil {
					return err
				}
				rec, err := json.Marshal(rejectedRecord{Reason: reasons[i], At: now.UTC(), Frame: v})
				if err != nil {
					return err
				}
				if err := rej.Put(k, rec); err != nil {
					return err
				}
			}
			if err := q.Delete(k); err != nil {
				return err
			}
			removed[i] = true
		}
		return nil
	})
	return removed, err
}

type rejectedRecord struct {
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
	Frame  []byte    `json:"frame"`
}

// queueState is a queue's size and its oldest webhook's receive time.
type queueState struct {
	backlog int
	oldest  time.Time
}

// counts reads every queue's size (at start; later the server keeps the
// counts itself).
func (s *store) counts() (map[string]queueState, error) {
	out := map[string]queueState{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketQueues).ForEachBucket(func(name []byte) error {
			q := tx.Bucket(bucketQueues).Bucket(name)
			out[string(name)] = queueState{backlog: q.Stats().KeyN, oldest: oldestIn(q)}
			return nil
		})
	})
	return out, err
}

// oldest is the receive time of number's oldest queued webhook (zero when
// empty): one cursor step.
func (s *store) oldest(number string) time.Time {
	var t time.Time
	_ = s.db.View(func(tx *bolt.Tx) error {
		if q := tx.Bucket(bucketQueues).Bucket([]byte(number)); q != nil {
			t = oldestIn(q)
		}
		return nil
	})
	return t
}

func oldestIn(q *bolt.Bucket) time.Time {
	_, v := q.Cursor().First()
	if v == nil {
		return time.Time{}
	}
	f, err := proto.Decode(v)
	if err != nil {
		return time.Time{}
	}
	return time.Unix(f.(proto.Webhook).ReceivedUnix, 0)
}

// expire deletes queued webhooks received before cutoff and rejected ones
// recorded before it; it returns how many queued webhooks each number lost.
func (s *store) expire(cutoff time.Time) (map[string]int, error) {
	lost := map[string]int{}
	err := s.group.Do(func(tx *bolt.Tx) error {
		clear(lost)
		qs := tx.Bucket(bucketQueues)
		err := qs.ForEachBucket(func(name []byte) error {
			q := qs.Bucket(name)
			c := q.Cursor()
			for k, v := c.First(); k != nil; k, v = c.First() {
				f, err := proto.Decode(v)
				if err == nil && !time.Unix(f.(proto.Webhook).ReceivedUnix, 0).Before(cutoff) {
					break // queues are in receive order
				}
				if err := c.Delete(); err != nil {
					return err
				}
				lost[string(name)]++
			}
			return nil
		})
		if err != nil {
			return err
		}
		rs := tx.Bucket(bucketRejected)
		return rs.ForEachBucket(func(name []byte) error {
			r := rs.Bucket(name)
			c := r.Cursor()
			for k, v := c.First(); k != nil; k, v = c.First() {
				var rec rejectedRecord
				if json.Unmarshal(v, &rec) == nil && !rec.At.Before(cutoff) {
					break
				}
				if err := c.Delete(); err != nil {
					return err
				}
			}
			return nil
		})
	})
	return lost, err
}
