package access

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Entry is one staff action in the audit log.
type Entry struct {
	Seq    uint64    `json:"-"`
	At     time.Time `json:"at"`
	User   string    `json:"user"`
	Action string    `json:"action"` // e.g. "login", "order.approve", "invoice.void"
	Target string    `json:"target,omitempty"`
	Detail string    `json:"detail,omitempty"`
	Addr   string    `json:"addr,omitempty"`
}

// entry is an audit entry by the actor; Record stamps the time.
func (a Actor) entry(action, target, detail string) Entry {
	return Entry{User: a.User.Username, Action: action, Target: target, Detail: detail, Addr: a.Addr}
}

// Entry returns an audit entry of an action by a, for Record or RecordTx.
func (a Actor) Entry(action, target, detail string) Entry { return a.entry(action, target, detail) }

// Record appends e to the audit log in its own transaction.
func (s *Store) Record(e Entry) error {
	if err := s.db.Update(func(tx *bolt.Tx) error { return s.recordTx(tx, e) }); err != nil {
		return fmt.Errorf("audit %s: %w", e.Action, err)
	}
	return nil
}

// RecordTx appends e inside the caller's transaction, so that a staff
// action and its audit entry commit together (or not at all).
func (s *Store) RecordTx(tx *bolt.Tx, e Entry) error { return s.recordTx(tx, e) }

// RecordIn returns RecordTx of e as a function of the transaction, for a
// package that commits a staff action in its own transaction and takes the
// record to run there (pipeline.WithRecord); the caller need not know bbolt.
func (s *Store) RecordIn(e Entry) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error { return s.recordTx(tx, e) }
}

func (s *Store) recordTx(tx *bolt.Tx, e Entry) error {
	if e.Action == "" {
		return errors.New("audit entry without an action")
	}
	if e.At.IsZero() {
		e.At = s.opts.Now().UTC()
	}
	e.Target, e.Detail, e.Addr = clip(e.Target, 200), clip(e.Detail, 1000), clip(e.Addr, 64)
	b := bucket(tx, bucketAudit)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	key := u64(seq)
	if err := putJSON(b, key, e); err != nil {
		return err
	}
	if e.User == "" {
		return nil
	}
	return bucket(tx, bucketAuditByUser).Put(append(userPrefix(clip(e.User, 64)), key...), nil)
}

// AuditQuery selects a page of the audit log, newest first.
type AuditQuery struct {
	// Before is the cursor: entries with a smaller Seq; 0 starts at the newest.
	Before uint64
	// Limit is the page size; default 50, at most 500.
	Limit int
	// User keeps only that user's entries.
	User string
}

// Audit returns a page of entries, newest first, and the cursor of the
// next page (0 when there is none). It reads only the page it returns.
func (s *Store) Audit(q AuditQuery) ([]Entry, uint64, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	q.Limit = min(q.Limit, 500)
	var (
		out  []Entry
		next uint64
	)
	err := s.db.View(func(tx *bolt.Tx) error {
		entries := bucket(tx, bucketAudit)
		get := func(key []byte) error {
			var e Entry
			if _, err := getJSON(entries, key, &e); err != nil {
				return err
			}
			e.Seq = binary.BigEndian.Uint64(key)
			out = append(out, e)
			return nil
		}
		if q.User == "" {
			c := entries.Cursor()
			var k []byte
			if q.Before == 0 {
				k, _ = c.Last()
			} else {
				if k, _ = c.Seek(u64(q.Before)); k == nil {
					k, _ = c.Last()
				} else {
					k, _ = c.Prev()
				}
			}
			for ; k != nil; k, _ = c.Prev() {
				if len(out) == q.Limit {
					next = out[len(out)-1].Seq
					return nil
				}
				if err := get(k); err != nil {
					return err
				}
			}
			return nil
		}
		prefix := userPrefix(q.User)
		c := bucket(tx, bucketAuditByUser).Cursor()
		end := append(append([]byte(nil), prefix...), u64(q.Before)...)
		if q.Before == 0 {
			end = append(append([]byte(nil), prefix...), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)
		}
		k, _ := c.Seek(end)
		if k == nil {
			k, _ = c.Last()
		} else {
			k, _ = c.Prev()
		}
		for ; k != nil && hasPrefix(k, prefix); k, _ = c.Prev() {
			if len(out) == q.Limit {
				next = out[len(out)-1].Seq
				return nil
			}
			if err := get(k[len(prefix):]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("read audit log: %w", err)
	}
	return out, next, nil
}

func u64(n uint64) []byte {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], n)
	return k[:]
}
