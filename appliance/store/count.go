package store

import (
	"bytes"
	"context"
	"errors"

	bolt "go.etcd.io/bbolt"
)

// Count counts the keys under prefix within p's time range (p.After and
// p.Limit are ignored). It reads keys only, never values: a day's orders
// or a customer's messages of a day cost one cursor walk over that range.
// It checks ctx every 1024 keys.
func Count(ctx context.Context, b *bolt.Bucket, prefix []byte, p Page) (int, error) {
	if b == nil {
		return 0, errors.New("count: index bucket missing (store not migrated)")
	}
	lo := prefix
	if !p.From.IsZero() {
		lo = append(bytes.Clone(prefix), TimeID(p.From, "")...)
	}
	hi := prefixEnd(prefix)
	if !p.To.IsZero() {
		hi = append(bytes.Clone(prefix), TimeID(p.To, "")...)
	}
	n := 0
	c := b.Cursor()
	for k, _ := c.Seek(lo); k != nil && bytes.HasPrefix(k, prefix) && (hi == nil || bytes.Compare(k, hi) < 0); k, _ = c.Next() {
		if n%1024 == 1023 {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
		}
		n++
	}
	return n, nil
}

// CountValues is Count over every value of index name that starts with
// valuePrefix (ScanValues): the documents of a range, counted through their
// status keys.
func CountValues(ctx context.Context, b *bolt.Bucket, name, valuePrefix string, p Page) (int, error) {
	return CountValuesIn(ctx, []*bolt.Bucket{b}, name, valuePrefix, p)
}

// CountValuesIn is CountValues over several trees (ScanValuesIn): the
// orders of a range, counted through their decision keys in orders/index
// and orders/active.
func CountValuesIn(ctx context.Context, bs []*bolt.Bucket, name, valuePrefix string, p Page) (int, error) {
	total := 0
	for _, b := range bs {
		if b == nil {
			return 0, errors.New("count: index bucket missing (store not migrated)")
		}
		for _, prefix := range valuePrefixes(b, name, valuePrefix) {
			n, err := Count(ctx, b, prefix, p)
			if err != nil {
				return 0, err
			}
			total += n
		}
	}
	return total, nil
}
