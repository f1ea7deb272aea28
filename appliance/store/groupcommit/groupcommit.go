// Package groupcommit commits concurrent bbolt writes together in one
// transaction and one fsync, with no timer. The box's store and the relay's
// store both write through it.
package groupcommit

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Committer commits concurrent writes together in one transaction and one
// fsync, with no timer: the first writer to arrive commits at once; writers
// that arrive while that commit is on its way to disk queue up, and the first
// of them commits them all next. Under one writer each commit costs one
// fsync; under many, the fsync is shared. (bbolt's Batch waits a fixed delay
// instead, which at low load only adds latency: twice per order, plus the
// queue's and the outbox's commits.)
//
// Each caller gets its own error: a member whose function fails (or panics)
// is taken out of the group and run alone, so its error is its own and the
// others commit without it; a failed commit (a full disk) fails every member
// of that group with the storage error itself.
type Committer struct {
	db       *bolt.DB
	maxBatch int

	mu      sync.Mutex
	active  bool // a leader is committing; invariant: !active => len(pending) == 0
	pending []*groupReq

	commits, members, funcNs, commitNs atomic.Int64 // see Stats
}

// Stats are a Committer's counters since New, for benchmarks: how many
// transactions it committed, the writes they held, the time spent running
// the writes' functions inside them, and the time their bbolt commits took
// (spill, page writes and fsyncs).
type Stats struct {
	Commits, Writes   int64
	InFuncs, InCommit time.Duration
}

// Stats returns the counters.
func (g *Committer) Stats() Stats {
	return Stats{Commits: g.commits.Load(), Writes: g.members.Load(),
		InFuncs: time.Duration(g.funcNs.Load()), InCommit: time.Duration(g.commitNs.Load())}
}

// New makes a committer for db that puts at most maxBatch writes in one
// transaction.
func New(db *bolt.DB, maxBatch int) *Committer {
	return &Committer{db: db, maxBatch: max(maxBatch, 1)}
}

type groupReq struct {
	fn   func(*bolt.Tx) error
	err  error
	done chan struct{}
	lead chan struct{}
}

// Do runs fn in a committed, fsynced transaction shared with concurrent
// callers. fn may run more than once (alone, if another member of its group
// failed) and must reset its own outputs on each run.
func (g *Committer) Do(fn func(*bolt.Tx) error) error {
	r := &groupReq{fn: fn, done: make(chan struct{}), lead: make(chan struct{}, 1)}
	g.mu.Lock()
	g.pending = append(g.pending, r)
	if g.active {
		g.mu.Unlock()
		select {
		case <-r.done:
			return r.err
		case <-r.lead: // promoted: r is now pending[0]
		}
	} else {
		g.active = true
		g.mu.Unlock()
	}
	g.mu.Lock()
	n := min(len(g.pending), g.maxBatch)
	batch := append([]*groupReq(nil), g.pending[:n]...)
	g.pending = append(g.pending[:0:0], g.pending[n:]...)
	g.mu.Unlock()

	g.commit(batch)

	g.mu.Lock()
	if len(g.pending) > 0 {
		g.pending[0].lead <- struct{}{}
	} else {
		g.active = false
	}
	g.mu.Unlock()
	<-r.done // r is in batch: settled by commit
	return r.err
}

// commit settles every member of batch.
func (g *Committer) commit(batch []*groupReq) {
	for len(batch) > 0 {
		failed := -1
		var ferr error
		var ran time.Time
		start := time.Now()
		err := g.db.Update(func(tx *bolt.Tx) error {
			defer func() { ran = time.Now() }()
			st := &txState{}
			groupTxs.Store(tx, st)
			defer groupTxs.Delete(tx)
			for i, r := range batch {
				if err := call(r.fn, tx); err != nil {
					failed, ferr = i, err
					return err
				}
			}
			return st.finish(tx)
		})
		if ran.IsZero() { // the transaction never began
			ran = start
		}
		g.funcNs.Add(int64(ran.Sub(start)))
		g.commitNs.Add(int64(time.Since(ran)))
		if failed < 0 {
			g.commits.Add(1)
			g.members.Add(int64(len(batch)))
			for _, r := range batch {
				r.err = err // nil, or the commit's own storage error
				close(r.done)
			}
			return
		}
		// One member failed and rolled the group back. Its failure may
		// depend on what earlier members wrote, so it runs alone for its
		// own answer; the rest try again together.
		r := batch[failed]
		if len(batch) == 1 {
			r.err = ferr
		} else {
			r.err = g.db.Update(func(tx *bolt.Tx) error { return call(r.fn, tx) })
		}
		close(r.done)
		batch = append(batch[:failed:failed], batch[failed+1:]...)
	}
}

// groupTxs holds the state of each group transaction in progress, for
// Count: *bolt.Tx → *txState. Members' functions run one after another on
// the committing goroutine, so a txState needs no lock of its own.
var groupTxs sync.Map

type txState struct {
	counts []*counted
}

type counted struct {
	key   any
	total int64
	apply func(tx *bolt.Tx, total int64) error
}

// Count adds delta to key's total for tx's commit, when tx is a group
// commit's transaction, and then apply(tx, total) runs once, after every
// member's function and before the commit: a counter the members all move
// (the queue's depth) is written once per commit instead of once per
// member (issue 16). It reports false, and does nothing, when tx is not a
// group transaction (a plain Update, or a member run alone after another
// failed): the caller then writes its change at once. A member whose
// function fails takes its counts with it: the group is run again without
// it, in a new transaction that counts afresh.
func Count(tx *bolt.Tx, key any, delta int64, apply func(tx *bolt.Tx, total int64) error) bool {
	v, ok := groupTxs.Load(tx)
	if !ok {
		return false
	}
	st := v.(*txState)
	for _, c := range st.counts {
		if c.key == key {
			c.total += delta
			return true
		}
	}
	st.counts = append(st.counts, &counted{key: key, total: delta, apply: apply})
	return true
}

// finish applies the transaction's counts; a failure (or panic) of one
// fails the whole group's commit, as a storage error does.
func (st *txState) finish(tx *bolt.Tx) error {
	for _, c := range st.counts {
		if err := call(func(tx *bolt.Tx) error { return c.apply(tx, c.total) }, tx); err != nil {
			return fmt.Errorf("group commit: %w", err)
		}
	}
	return nil
}

// call runs fn, turning a panic into its error so one poisoned write cannot
// take the others (or the process) down.
func call(fn func(*bolt.Tx) error, tx *bolt.Tx) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic in transaction: %v", p)
		}
	}()
	return fn(tx)
}
