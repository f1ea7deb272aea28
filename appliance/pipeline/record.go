package pipeline

import (
	"context"

	bolt "go.etcd.io/bbolt"
)

// A staff action and its record in the staff log commit together: the
// caller (the web UI) puts a record function in the action's context with
// WithRecord, and the action runs it inside the write transaction that
// commits the change. If the record fails, the action does not happen.

type recordKey struct{}

// WithRecord returns ctx carrying record, which the staff actions of
// staff.go (approve, edit lines, dismiss, reply, take over, resume, tier,
// mark paid, void) run inside their write transaction, after the change.
// Use one context per action.
func WithRecord(ctx context.Context, record func(tx *bolt.Tx) error) context.Context {
	return context.WithValue(ctx, recordKey{}, record)
}

// RecordFrom returns the record WithRecord put in ctx, nil when none: for a
// staff action outside the pipeline that commits the same way (sync/hqsync:
// send a refused document to head office again, dismiss it).
func RecordFrom(ctx context.Context) func(tx *bolt.Tx) error {
	record, _ := ctx.Value(recordKey{}).(func(tx *bolt.Tx) error)
	return record
}

// staffUpdate runs fn in a write transaction, then the context's record.
func (p *Pipeline) staffUpdate(ctx context.Context, fn func(tx *bolt.Tx) error) error {
	record := RecordFrom(ctx)
	return p.db.Update(func(tx *bolt.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		if record != nil {
			return record(tx)
		}
		return nil
	})
}
