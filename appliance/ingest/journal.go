package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"syscall"
	"time"

	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// DefaultLagBound is Options.LagBound when zero.
const DefaultLagBound = 30 * time.Second

// ApplyBatch is the most journalled payloads one apply transaction takes.
const ApplyBatch = 256

// inlineMax: a body Receive journals while at most this many Receive calls
// are on their way to a commit, and nothing waits to be applied, is applied
// in its own journal transaction (one commit, as before the journal). More
// at once is a burst: they are journalled only, and the applier takes them
// together.
const inlineMax = 16

// rideMin: when at least this many payloads wait, a journal commit also
// applies the oldest of them (up to ApplyBatch): a backstop that bounds the
// backlog under a flood the applier cannot keep up with.
const rideMin = 1 << 14

// holdMax is the longest the applier holds back for webhooks in flight:
// under a sustained burst it applies anyway once the oldest held payload
// has waited this long, so a reply is late by at most about this much.
const holdMax = 250 * time.Millisecond

// rideAt is rideMin, or the lower bound a test set (export_test.go).
func (in *Ingester) rideAt() uint64 {
	if in.ride > 0 {
		return in.ride
	}
	return rideMin
}

// FailJournalled is the FATOORA_FAILPOINT name that kills the process
// right after Receive's journal commit, before the body is applied (and
// before the caller hears it was stored): crash tests use it.
const FailJournalled = "ingest-journalled"

// Receive verifies body, checks it parses as a webhook and journals it: it
// returns once the raw bytes (with source and the time received) are on
// disk, so a nil error means durable, and the caller may acknowledge. The
// messages, customers, statuses and queue items are stored in journal
// order, exactly once: in the same commit when the body arrives with at
// most inlineMax others in flight and nothing waiting; else in a following
// commit, by the applier (Ingester.Part's "ingest-apply" service) or by a
// later journal commit that carries a burst's backlog (rideMin). The
// errors are Accept's. The webhook handler and the relay link use it.
func (in *Ingester) Receive(ctx context.Context, body []byte, signature string, source string) error {
	return in.receive(ctx, body, signature, source, false)
}

// errInline wraps a failure to apply a body in its journal transaction:
// Receive then journals it alone, and the applier meets (and reports) the
// failure.
type errInline struct{ err error }

func (e *errInline) Error() string { return "apply inline: " + e.err.Error() }

func (in *Ingester) receive(ctx context.Context, body []byte, signature, source string, verified bool) error {
	e, err := in.prepare(ctx, body, signature, source, verified)
	if err != nil {
		return err
	}
	// inline: this body may be applied in its journal commit (alone), or
	// that commit may carry a burst's backlog (ride); neither at the
	// failpoint, which stops between journal and apply.
	inline := in.crash != FailJournalled
	alone := inline && !in.noInline
	var seq uint64
	var done []applied
	in.inflight.Add(1)
	for {
		err = in.db.Batch(func(tx *bolt.Tx) error {
			seq, done = 0, nil // may run more than once
			s, dup, err := e.append(tx)
			if err != nil || dup {
				return err
			}
			seq = s
			if alone && in.inflight.Load() <= inlineMax && tx.Bucket(store.BucketDigests).Sequence() == seq-1 {
				if done, err = in.apply(tx, 1, e, seq); err != nil {
					return &errInline{err}
				}
				return nil
			}
			in.parsed.remember(seq, e)
			if w := tx.Bucket(store.BucketDigests).Sequence(); inline && seq-1 >= w+in.rideAt() {
				// A burst: this commit also applies the oldest waiting
				// payloads, sharing its fsync (the first member of a
				// commit to find so many; the rest find fewer).
				if done, err = in.apply(tx, ApplyBatch, nil, 0); err != nil {
					return &errInline{err}
				}
			}
			return nil
		})
		var ie *errInline
		if inline && errors.As(err, &ie) {
			in.log.Warn("webhook not applied in its journal commit; journalling it for the applier", "err", ie.err)
			inline, alone = false, false
			continue
		}
		break
	}
	in.inflight.Add(-1)
	// The applier holds back while Receive calls are in flight: the last
	// one to finish wakes it, whatever it stored.
	defer in.poke()
	if err != nil {
		in.count(func(s *Stats) { s.StoreErrors++; s.LastError = err.Error() })
		return fmt.Errorf("journal webhook: %w", err)
	}
	in.count(func(s *Stats) {
		s.Accepted++
		if seq == 0 {
			s.Duplicates++
		}
		s.LastAccepted = e.at
	})
	if seq == 0 {
		return nil // applied before: nothing written
	}
	in.journalledTo(seq)
	if done != nil {
		in.settle(done)
		return nil
	}
	if in.crash == FailJournalled {
		in.log.Warn("failpoint reached: killing the process", "failpoint", in.crash)
		_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {} // never continue past a failpoint
	}
	return nil
}

// parsedCache keeps the parsed form of bodies journalled for the applier,
// by seq, so that it does not decode and parse them again. An entry is
// used only when its record is the one stored under its seq (a rolled-back
// journal transaction's seq is given to the next body).
type parsedCache struct {
	mu sync.Mutex
	m  map[uint64]*entry
}

// maxParsed bounds the cache: past it (an applier that is stuck), bodies
// are parsed again when applied.
const maxParsed = 8192

func (c *parsedCache) remember(seq uint64, e *entry) {
	c.mu.Lock()
	if c.m == nil {
		c.m = map[uint64]*entry{}
	}
	if len(c.m) < maxParsed {
		c.m[seq] = e
	}
	c.mu.Unlock()
}

// get returns the entry remembered for seq, or nil.
func (c *parsedCache) get(seq uint64) *entry {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[seq]
}

// recall returns the entry journalled as seq with record rec, or nil.
func (c *parsedCache) recall(seq uint64, rec []byte) *entry {
	c.mu.Lock()
	e := c.m[seq]
	c.mu.Unlock()
	if e == nil || !bytes.Equal(e.rec, rec) {
		return nil
	}
	return e
}

// forget drops the entries of payloads applied.
func (c *parsedCache) forget(done []applied) {
	c.mu.Lock()
	for _, a := range done {
		delete(c.m, a.seq)
	}
	c.mu.Unlock()
}

// poke wakes the applier.
func (in *Ingester) poke() {
	select {
	case in.wake <- struct{}{}:
	default:
	}
}

func (in *Ingester) journalledTo(seq uint64) { raise(&in.journalled, seq) }
func (in *Ingester) appliedTo(seq uint64)    { raise(&in.applied, seq) }

func raise(v interface {
	Load() uint64
	CompareAndSwap(old, new uint64) bool
}, to uint64) {
	for {
		old := v.Load()
		if to <= old || v.CompareAndSwap(old, to) {
			return
		}
	}
}

// serveApply is the applier, the "ingest-apply" service: it applies what
// is journalled (at start, what a crash left), then sleeps until Receive
// journals more, ApplyBatch payloads per transaction. While webhooks are
// in flight it lets their journal commits go first (see applyPending).
func (in *Ingester) serveApply(ctx context.Context) error {
	var heldSince time.Time // when the applier first held back for webhooks in flight
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		force := !heldSince.IsZero() && time.Since(heldSince) >= holdMax
		n, held, err := in.applyPending(force)
		switch {
		case held && heldSince.IsZero():
			heldSince = time.Now()
		case !held && n < ApplyBatch:
			heldSince = time.Time{} // caught up; a forced run goes on until then
		}
		in.mu.Lock()
		if err != nil {
			in.applyErr, in.applyErrAt = err.Error(), in.opts.Now()
		} else {
			in.applyErr = ""
		}
		in.mu.Unlock()
		if err != nil {
			return fmt.Errorf("apply journalled webhooks: %w", err)
		}
		if n == ApplyBatch {
			continue
		}
		var deadline <-chan time.Time
		var t *time.Timer
		if held {
			t = time.NewTimer(holdMax - time.Since(heldSince))
			deadline = t.C
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-in.wake:
		case <-deadline:
		}
		if t != nil {
			t.Stop()
		}
	}
}

// applyPending applies, in one group commit, up to ApplyBatch journalled
// payloads, unless Receive calls are on their way to a commit and fewer
// than rideMin wait: their journal commits go first (from rideMin on they
// carry the backlog themselves), and the last of them to finish wakes it
// again. (Only bodies that met a burst wait here: one that arrives with
// few others in flight is applied in its own journal commit.)
func (in *Ingester) applyPending(force bool) (n int, held bool, err error) {
	var waiting uint64
	if err := in.db.View(func(tx *bolt.Tx) error {
		waiting = tx.Bucket(store.BucketPayloads).Sequence() - tx.Bucket(store.BucketDigests).Sequence()
		return nil
	}); err != nil {
		return 0, false, err
	}
	if waiting == 0 {
		return 0, false, nil
	}
	if !force && waiting < in.rideAt() && in.inflight.Load() > 0 {
		return 0, true, nil
	}
	in.prepareBatch()
	var done []applied
	err = in.db.Batch(func(tx *bolt.Tx) error {
		var err error
		done, err = in.apply(tx, ApplyBatch, nil, 0)
		return err
	})
	if err != nil {
		return 0, false, err
	}
	in.settle(done)
	return len(done), false, nil
}

// prepareBatch makes the records of the next batch's messages before the
// apply transaction, so the store's one writer holds less work.
func (in *Ingester) prepareBatch() {
	a, j := in.applied.Load(), in.journalled.Load()
	for seq := a + 1; seq <= j && seq <= a+ApplyBatch; seq++ {
		if e := in.parsed.get(seq); e != nil {
			e.encoded(seq)
		}
	}
}

// ApplyNow applies everything journalled and not yet applied, in as many
// transactions as it takes, and returns when none waits: for tests and
// tools (the box leaves what a stop interrupts to the applier's next start).
func (in *Ingester) ApplyNow() error {
	for {
		var done []applied
		err := in.db.Batch(func(tx *bolt.Tx) error {
			var err error
			done, err = in.apply(tx, ApplyBatch, nil, 0)
			return err
		})
		if err != nil {
			return fmt.Errorf("apply journalled webhooks: %w", err)
		}
		in.settle(done)
		if len(done) < ApplyBatch {
			return nil
		}
	}
}

// Lag is the applier's backlog, for health.
type Lag struct {
	// Pending counts payloads journalled and not yet applied.
	Pending uint64
	// Oldest is when the oldest of them was received (zero when none).
	Oldest time.Time
	// Err is the applier's last failure, while it lasts.
	Err   string
	ErrAt time.Time
}

// Lag reads the applier's backlog: counters kept in memory, and the first
// waiting payload's time (one record).
func (in *Ingester) Lag() (Lag, error) {
	var l Lag
	in.mu.Lock()
	l.Err, l.ErrAt = in.applyErr, in.applyErrAt
	in.mu.Unlock()
	j, a := in.journalled.Load(), in.applied.Load()
	if j <= a {
		return l, nil
	}
	l.Pending = j - a
	err := in.db.View(func(tx *bolt.Tx) error {
		_, v := tx.Bucket(store.BucketPayloads).Cursor().Seek(store.U64(a + 1))
		if v == nil {
			return nil
		}
		var p struct {
			ReceivedAt time.Time `json:"received_at"`
		}
		if err := json.Unmarshal(v, &p); err != nil {
			return fmt.Errorf("decode payload: %w", err)
		}
		l.Oldest = p.ReceivedAt
		return nil
	})
	return l, err
}
