package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Secondary indexes let a list answer one page without reading a whole
// bucket. Every index key has one shape,
//
//	<name> 0x00 <value> 0x00 <time: 8 bytes BE unix ns> <id>
//
// so that the keys of one (name, value) pair sort by time, then id, and a
// page is a backwards cursor walk from the newest key. The owner of the
// indexed records writes their index keys in the same transaction as the
// records (see the tree in doc.go); migration 2 builds them for stores
// written before indexes existed.

// DefaultPageSize and MaxPageSize bound one page of a list.
const (
	DefaultPageSize = 50
	MaxPageSize     = 500
)

// ErrBadCursor is returned for a page cursor this store did not make.
var ErrBadCursor = errors.New("bad page cursor")

// TimeID is the sortable tail of an index key: t then id.
func TimeID(t time.Time, id string) []byte {
	k := make([]byte, 8, 8+len(id))
	binary.BigEndian.PutUint64(k, timeBits(t))
	return append(k, id...)
}

func timeBits(t time.Time) uint64 {
	if t.IsZero() || t.Before(time.Unix(0, 0)) {
		return 0
	}
	return uint64(t.UnixNano())
}

// IndexPrefix is the part of an index key before the time: all the keys of
// one (name, value) pair share it.
func IndexPrefix(name, value string) []byte {
	k := make([]byte, 0, len(name)+len(value)+2)
	k = append(k, name...)
	k = append(k, 0)
	k = append(k, value...)
	return append(k, 0)
}

// IndexKey is the full key of record id, at time t, under (name, value).
func IndexKey(name, value string, t time.Time, id string) []byte {
	// One allocation: IndexPrefix's bytes, then TimeID's.
	k := make([]byte, 0, len(name)+len(value)+2+8+len(id))
	k = append(k, name...)
	k = append(k, 0)
	k = append(k, value...)
	k = append(k, 0)
	k = binary.BigEndian.AppendUint64(k, timeBits(t))
	return append(k, id...)
}

// Page selects one page of a newest-first list.
type Page struct {
	// From and To bound the list's time (at or after From, before To); zero
	// is unbounded.
	From, To time.Time
	// After is the Next of the previous page: the list continues strictly
	// after (older than) the item it names. "" starts at the newest.
	After string
	// Limit is the page size: default DefaultPageSize, at most MaxPageSize.
	Limit int
}

// Size is the effective page size.
func (p Page) Size() int {
	switch {
	case p.Limit <= 0:
		return DefaultPageSize
	case p.Limit > MaxPageSize:
		return MaxPageSize
	}
	return p.Limit
}

// Cursor encodes an item's time and id as a Page.After value.
func Cursor(t time.Time, id string) string { return hex.EncodeToString(TimeID(t, id)) }

// ParseCursor decodes a Page.After value into the time-and-id tail it names.
func ParseCursor(after string) ([]byte, error) {
	b, err := hex.DecodeString(after)
	if err != nil || len(b) < 8 {
		return nil, fmt.Errorf("%w %q", ErrBadCursor, after)
	}
	return b, nil
}

// Scan walks the keys under prefix newest first, within p's time range and
// after p's cursor, calling fn with each key's time-and-id tail and value
// (valid only inside the transaction). fn reports whether it kept the item;
// Scan stops once p.Size() items were kept and returns the cursor of the
// last kept item when more keys may follow ("" at the end of the list). It
// checks ctx between items.
func Scan(ctx context.Context, b *bolt.Bucket, prefix []byte, p Page, fn func(tail, v []byte) (bool, error)) (string, error) {
	if b == nil {
		return "", errors.New("scan: index bucket missing (store not migrated)")
	}
	return scanRuns(ctx, []runOf{{b, prefix}}, p, fn)
}

// ScanValues is Scan over every value of index name that starts with
// valuePrefix, merged newest first: the list an index of its own would give
// when each record has exactly one key in name. Every order has one
// decision key ("" before its first decision), so its decision index read
// whole is the orders by time (ScanValuesIn: two trees); every document
// has one status key "<kind>/<status>", so its status index is the
// documents by time, and its values starting "<kind>/" are one kind's. No
// separate time or kind key is written (issue 16: each is one more path
// of a deep tree rewritten by every commit that issues one). Cursors are
// Scan's: a page's Next continues the merged list.
func ScanValues(ctx context.Context, b *bolt.Bucket, name, valuePrefix string, p Page, fn func(tail, v []byte) (bool, error)) (string, error) {
	return ScanValuesIn(ctx, []*bolt.Bucket{b}, name, valuePrefix, p, fn)
}

// ScanValuesIn is ScanValues over the keys of several trees merged: the
// orders' decision keys are in orders/index and, for an order not decided
// yet (value ""), orders/active.
func ScanValuesIn(ctx context.Context, bs []*bolt.Bucket, name, valuePrefix string, p Page, fn func(tail, v []byte) (bool, error)) (string, error) {
	var runs []runOf
	for _, b := range bs {
		if b == nil {
			return "", errors.New("scan: index bucket missing (store not migrated)")
		}
		for _, prefix := range valuePrefixes(b, name, valuePrefix) {
			runs = append(runs, runOf{b, prefix})
		}
	}
	return scanRuns(ctx, runs, p, fn)
}

// runOf is one prefix of one tree.
type runOf struct {
	b      *bolt.Bucket
	prefix []byte
}

// valuePrefixes returns the index prefixes (IndexPrefix(name, v)) of the
// values v of index name in b that start with valuePrefix, in key order:
// one seek per value.
func valuePrefixes(b *bolt.Bucket, name, valuePrefix string) [][]byte {
	base := IndexPrefix(name, valuePrefix)
	base = base[:len(base)-1] // "name\x00valuePrefix": any value that starts so
	var out [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(base); k != nil && bytes.HasPrefix(k, base); {
		end := bytes.IndexByte(k[len(name)+1:], 0)
		if end < 0 {
			break // not an index key
		}
		prefix := bytes.Clone(k[:len(name)+1+end+1])
		out = append(out, prefix)
		next := prefixEnd(prefix)
		if next == nil {
			break
		}
		k, _ = c.Seek(next)
	}
	return out
}

// run is one prefix's keys within a page's bounds, walked newest first.
type run struct {
	prefix, lo []byte
	c          *bolt.Cursor
	k, v       []byte
}

func (r *run) ok() bool {
	return r.k != nil && bytes.HasPrefix(r.k, r.prefix) && bytes.Compare(r.k, r.lo) >= 0
}

// scanRuns walks the keys under every prefix (each in its tree) within p's
// bounds, merged newest first (by their time-and-id tails), as Scan
// describes.
func scanRuns(ctx context.Context, prefixes []runOf, p Page, fn func(tail, v []byte) (bool, error)) (string, error) {
	var after []byte
	if p.After != "" {
		tail, err := ParseCursor(p.After)
		if err != nil {
			return "", err
		}
		after = tail
	}
	runs := make([]*run, 0, len(prefixes))
	for _, ro := range prefixes {
		prefix := ro.prefix
		hi := prefixEnd(prefix)
		if !p.To.IsZero() {
			hi = append(bytes.Clone(prefix), TimeID(p.To, "")...)
		}
		if after != nil {
			if k := append(bytes.Clone(prefix), after...); bytes.Compare(k, hi) < 0 {
				hi = k
			}
		}
		r := &run{prefix: prefix, lo: prefix, c: ro.b.Cursor()}
		if !p.From.IsZero() {
			r.lo = append(bytes.Clone(prefix), TimeID(p.From, "")...)
		}
		if r.k, _ = r.c.Seek(hi); r.k == nil {
			r.k, r.v = r.c.Last()
		} else {
			r.k, r.v = r.c.Prev()
		}
		if r.ok() {
			runs = append(runs, r)
		}
	}
	kept, limit := 0, p.Size()
	var last []byte
	for len(runs) > 0 {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		if kept == limit {
			return hex.EncodeToString(last), nil
		}
		newest := 0
		for i, r := range runs[1:] {
			if bytes.Compare(r.k[len(r.prefix):], runs[newest].k[len(runs[newest].prefix):]) > 0 {
				newest = i + 1
			}
		}
		r := runs[newest]
		tail := r.k[len(r.prefix):]
		ok, err := fn(tail, r.v)
		if err != nil {
			return "", err
		}
		if ok {
			kept++
			last = append(last[:0], tail...)
		}
		if r.k, r.v = r.c.Prev(); !r.ok() {
			runs = append(runs[:newest], runs[newest+1:]...)
		}
	}
	return "", nil
}

// prefixEnd is the smallest key greater than every key with prefix.
func prefixEnd(prefix []byte) []byte {
	end := bytes.Clone(prefix)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil // unreachable for index prefixes, which end in 0x00
}

// PutIndex replaces the index keys old by new in b, touching only the
// difference; value is what every key maps to (the record's id).
func PutIndex(b *bolt.Bucket, old, new [][]byte, value []byte) error {
	if b == nil {
		return errors.New("index bucket missing (store not migrated)")
	}
	for _, k := range old {
		if !containsKey(new, k) {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
	}
	for _, k := range new {
		if !containsKey(old, k) {
			if err := b.Put(k, value); err != nil {
				return err
			}
		}
	}
	return nil
}

func containsKey(ks [][]byte, k []byte) bool {
	for _, x := range ks {
		if bytes.Equal(x, k) {
			return true
		}
	}
	return false
}
