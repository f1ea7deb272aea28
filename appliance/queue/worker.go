package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// Handler does the work of one item. See the package doc for the
// exactly-once contract.
type Handler func(ctx context.Context, it Item) error

// PermanentError marks a failure that retrying cannot fix; the item is kept
// as dead for staff instead of being retried.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return "permanent: " + e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent wraps err so the worker stops retrying the item.
func Permanent(err error) error { return &PermanentError{Err: err} }

// Options configure a Worker.
type Options struct {
	// Concurrency is how many items run at once (default 2).
	Concurrency int
	// MinBackoff and MaxBackoff bound the retry delay, which doubles per
	// attempt (defaults 1s and 5m).
	MinBackoff, MaxBackoff time.Duration
	// MaxAttempts parks an item (dead, with its error, for staff) after
	// that many failures (default 8, about four minutes of backoff;
	// negative = never). A handler that panics twice is parked then (once
	// may be a passing race; twice is poison). A parked
	// item no longer holds back the later items of its Key: a customer's
	// next messages go on.
	MaxAttempts int
	// Now is the clock (default time.Now).
	Now    func() time.Time
	Logger *slog.Logger
}

// DefaultMaxAttempts is Options.MaxAttempts when zero.
const DefaultMaxAttempts = 8

// PanicError is a handler's panic, recovered: the item is retried once and
// parked at the second panic (running poison again only costs the other
// items their turn).
type PanicError struct{ Value any }

func (e *PanicError) Error() string { return fmt.Sprintf("handler panic: %v", e.Value) }

// Worker runs the queue's items after commit.
type Worker struct {
	db       *store.DB
	opts     Options
	log      *slog.Logger
	mu       sync.Mutex
	handlers map[string]Handler
	inflight map[uint64]string // seq -> Item.Key of running items
	// ended records, for items whose outcome was just committed, the
	// value of gen after it. A scan's read transaction that began before
	// such a commit still shows the item as due (a snapshot): dispatch
	// skips an item that ended after its scan began (ended > the gen read
	// before the scan), or it would run the item again.
	ended map[uint64]uint64
	gen   uint64
	done  chan struct{} // signalled when an item finishes
	// storeUntil backs the whole worker off after the store failed to
	// take an item's outcome; storeErrs counts consecutive failures.
	storeUntil time.Time
	storeErrs  int
}

// NewWorker makes a worker for db. Register handlers with Handle before
// Serve.
func NewWorker(db *store.DB, opts Options) *Worker {
	if opts.Concurrency <= 0 {
		opts.Concurrency = 2
	}
	if opts.MaxAttempts == 0 {
		opts.MaxAttempts = DefaultMaxAttempts
	}
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = time.Second
	}
	if opts.MaxBackoff < opts.MinBackoff {
		opts.MaxBackoff = 5 * time.Minute
		if opts.MaxBackoff < opts.MinBackoff {
			opts.MaxBackoff = opts.MinBackoff
		}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &Worker{
		db: db, opts: opts, log: opts.Logger.With("component", "queue"),
		handlers: map[string]Handler{}, inflight: map[uint64]string{}, ended: map[uint64]uint64{},
		done: make(chan struct{}, 1),
	}
}

// Handle registers the handler for kind. Items of kinds with no handler stay
// pending.
func (w *Worker) Handle(kind string, h Handler) {
	w.mu.Lock()
	w.handlers[kind] = h
	w.mu.Unlock()
	wake(w.db.Bolt())
}

// Notify wakes the worker (Enqueue does this itself on commit).
func (w *Worker) Notify() { wake(w.db.Bolt()) }

// Stats counts the queue's items.
type Stats struct {
	Pending, Dead, Retrying int
	Oldest                  time.Time
	// Parked are the first dead items (at most 10), with their errors.
	Parked []Parked
}

// Parked is a dead item as health shows it to staff.
type Parked struct {
	Seq      uint64 `json:"seq"`
	Kind     string `json:"kind"`
	Ref      string `json:"ref"`
	Key      string `json:"key,omitempty"`
	Attempts int    `json:"attempts"`
	Error    string `json:"error"`
}

// Stats reads the queue's counts.
func (w *Worker) Stats() (Stats, error) {
	var s Stats
	err := w.db.View(func(tx *bolt.Tx) error {
		items, err := List(tx)
		for _, it := range items {
			switch {
			case it.Dead:
				s.Dead++
				if len(s.Parked) < 10 {
					s.Parked = append(s.Parked, Parked{Seq: it.Seq, Kind: it.Kind, Ref: it.Ref, Key: it.Key, Attempts: it.Attempts, Error: it.LastError})
				}
			default:
				s.Pending++
				if it.Attempts > 0 {
					s.Retrying++
				}
				if s.Oldest.IsZero() || it.EnqueuedAt.Before(s.Oldest) {
					s.Oldest = it.EnqueuedAt
				}
			}
		}
		return err
	})
	return s, err
}

// Serve runs due items until ctx is cancelled, then waits for running
// handlers (which see ctx cancelled) and returns ctx.Err().
func (w *Worker) Serve(ctx context.Context) error {
	wakeCh, unsubscribe := subscribe(w.db.Bolt())
	defer unsubscribe()
	var wg sync.WaitGroup
	defer wg.Wait()
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		next, err := w.dispatch(ctx, &wg)
		if err != nil {
			return err
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
		if !next.IsZero() {
			timer.Reset(max(next.Sub(w.opts.Now()), time.Millisecond))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-wakeCh:
		case <-w.done:
		case <-timer.C:
		}
	}
}

// dispatch starts every due item it has room for and returns when the next
// delayed item becomes due (zero if none).
func (w *Worker) dispatch(ctx context.Context, wg *sync.WaitGroup) (time.Time, error) {
	var due []Item
	var next time.Time
	now := w.opts.Now()
	w.mu.Lock()
	free := w.opts.Concurrency - len(w.inflight)
	until := w.storeUntil
	w.mu.Unlock()
	if now.Before(until) {
		return until, nil // the store failed: no retry without a wait
	}
	if free <= 0 {
		return time.Time{}, nil // a finishing item wakes us
	}
	w.mu.Lock()
	scanGen := w.gen // read before the scan's snapshot begins
	handled := make(map[string]bool, len(w.handlers))
	for k := range w.handlers {
		handled[k] = true
	}
	blocked := map[string]bool{} // keys with an earlier item running or waiting
	for _, key := range w.inflight {
		if key != "" {
			blocked[key] = true
		}
	}
	w.mu.Unlock()
	if len(handled) == 0 {
		return time.Time{}, nil // Handle wakes us
	}
	// Oldest first; stop as soon as every free slot has an item, so a long
	// backlog costs a short scan (the next scan starts from the front again).
	err := w.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(store.BucketQueue)
		if b == nil {
			return errors.New("no queue bucket")
		}
		c := b.Cursor()
		for k, v := c.First(); k != nil && len(due) < free; k, v = c.Next() {
			it, err := decode(k, v)
			if err != nil {
				return err
			}
			w.mu.Lock()
			_, busy := w.inflight[it.Seq]
			if g, ok := w.ended[it.Seq]; ok && g > scanGen {
				busy = true // ended after the snapshot began: its outcome is not in it
			}
			w.mu.Unlock()
			if busy && it.Key != "" {
				// Its outcome is not in this snapshot (a failure may be
				// committing its retry): a later item of its key waits
				// for the next scan.
				blocked[it.Key] = true
			}
			if it.Dead || !handled[it.Kind] || busy {
				continue
			}
			if it.Key != "" && blocked[it.Key] {
				continue // an earlier item of the same key goes first
			}
			if it.Key != "" {
				blocked[it.Key] = true
			}
			if it.NotBefore.After(now) {
				if next.IsZero() || it.NotBefore.Before(next) {
					next = it.NotBefore
				}
				continue
			}
			due = append(due, it)
		}
		return nil
	})
	w.mu.Lock()
	for seq, g := range w.ended {
		if g <= scanGen {
			delete(w.ended, seq) // every later scan's snapshot shows its outcome
		}
	}
	w.mu.Unlock()
	if err != nil {
		return time.Time{}, fmt.Errorf("queue scan: %w", err)
	}
	for _, it := range due {
		w.mu.Lock()
		w.inflight[it.Seq] = it.Key
		h := w.handlers[it.Kind]
		w.mu.Unlock()
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.run(ctx, h, it)
			w.mu.Lock()
			delete(w.inflight, it.Seq)
			w.gen++
			w.ended[it.Seq] = w.gen
			w.mu.Unlock()
			select {
			case w.done <- struct{}{}:
			default:
			}
		}()
	}
	return next, nil
}

func (w *Worker) run(ctx context.Context, h Handler, it Item) {
	herr := callHandler(ctx, h, it)
	if herr != nil && ctx.Err() != nil {
		return // shutting down: leave the item as it was, it runs after restart
	}
	var err error
	if herr != nil || !w.completed(it.Seq) {
		err = w.commitOutcome(it, herr)
	}
	w.mu.Lock()
	if err != nil {
		w.storeErrs++
		// At most 5 s apart: a freed disk is noticed within seconds.
		w.storeUntil = w.opts.Now().Add(min(w.backoff(w.storeErrs), 5*time.Second))
	} else {
		w.storeErrs, w.storeUntil = 0, time.Time{}
	}
	w.mu.Unlock()
	switch {
	case err != nil:
		w.log.Error("queue item not updated; it runs again after a backoff", "seq", it.Seq, "kind", it.Kind, "err", err)
	case herr != nil && it.Attempts+1 >= w.opts.MaxAttempts && w.opts.MaxAttempts > 0, herr != nil && isParked(herr, it):
		w.log.Error("queue item parked for staff", "seq", it.Seq, "kind", it.Kind, "ref", it.Ref, "key", it.Key, "err", herr)
	case herr != nil && it.Attempts == 0:
		w.log.Warn("queue item failed; retrying with backoff", "seq", it.Seq, "kind", it.Kind, "ref", it.Ref, "err", herr)
	case herr == nil && it.Attempts > 0:
		w.log.Info("queue item recovered", "seq", it.Seq, "kind", it.Kind, "ref", it.Ref, "attempts", it.Attempts)
	}
}

// completed reports whether the handler removed the item itself, in its
// own commit (Complete): then there is nothing to commit here, and an empty
// commit would still cost bbolt two fdatasyncs.
func (w *Worker) completed(seq uint64) bool {
	gone := false
	err := w.db.View(func(tx *bolt.Tx) error {
		gone = tx.Bucket(store.BucketQueue).Get(store.U64(seq)) == nil
		return nil
	})
	return err == nil && gone
}

// commitOutcome removes a handled item, or records a failure with its
// backoff or parks it.
func (w *Worker) commitOutcome(it Item, herr error) error {
	return w.db.Batch(func(tx *bolt.Tx) error {
		b := store.Bucket(tx, store.BucketQueue)
		key := store.U64(it.Seq)
		if herr == nil {
			return remove(tx, b, key) // no-op when the handler called Complete
		}
		cur, ok, err := Load(tx, it.Seq)
		if err != nil || !ok {
			return err
		}
		cur.Attempts++
		cur.LastError = herr.Error()
		var perm *PermanentError
		var pan *PanicError
		if errors.As(herr, &pan) {
			cur.Panics++
		}
		if errors.As(herr, &perm) || cur.Panics >= 2 || (w.opts.MaxAttempts > 0 && cur.Attempts >= w.opts.MaxAttempts) {
			cur.Dead = true
		} else {
			cur.NotBefore = w.opts.Now().Add(w.backoff(cur.Attempts))
		}
		return put(b, key, cur)
	})
}

func isParked(err error, it Item) bool {
	var perm *PermanentError
	var pan *PanicError
	return errors.As(err, &perm) || (errors.As(err, &pan) && it.Panics >= 1)
}

func callHandler(ctx context.Context, h Handler, it Item) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &PanicError{Value: p}
		}
	}()
	return h(ctx, it)
}

func (w *Worker) backoff(attempts int) time.Duration {
	d := w.opts.MinBackoff
	for i := 1; i < attempts && d < w.opts.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, w.opts.MaxBackoff)
}

// decode reads an item of either form: compact, or JSON as written
// before issue 16's compact items.
func decode(k, v []byte) (Item, error) {
	var it Item
	var err error
	if len(v) > 0 && v[0] == '{' {
		err = json.Unmarshal(v, &it)
	} else {
		it, err = decodeCompact(v)
	}
	if err != nil {
		return it, fmt.Errorf("queue item %d: %w", store.ParseU64(k), err)
	}
	it.Seq = store.ParseU64(k)
	return it, nil
}
