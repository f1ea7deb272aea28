package ingest

import (
	"sync"

	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// groupCommit commits concurrent writes together in one transaction and one
// fsync, with no added delay: the first writer to arrive commits at once;
// writers that arrive while that commit is on its way to disk queue up and
// the first of them commits them all next. Under one sender each webhook
// costs one fsync; under many, the fsync is shared. (bbolt's Batch waits a
// fixed delay instead, which at low load only adds latency.)
type groupCommit struct {
	db       *store.DB
	maxBatch int

	mu      sync.Mutex
	active  bool // a leader is committing; invariant: !active => len(pending) == 0
	pending []*groupReq
}

type groupReq struct {
	fn   func(*bolt.Tx) error
	err  error
	done chan struct{}
	lead chan struct{}
}

// do runs fn in a committed, fsynced transaction shared with concurrent
// callers. fn may run more than once (alone, if its group's transaction
// failed) and must reset its own outputs on each run.
func (g *groupCommit) do(fn func(*bolt.Tx) error) error {
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
	return r.err
}

type groupFailed struct{ i int }

func (groupFailed) Error() string { return "group member failed" }

func (g *groupCommit) commit(batch []*groupReq) {
	failed := -1
	err := g.db.Update(func(tx *bolt.Tx) error {
		for i, r := range batch {
			if err := r.fn(tx); err != nil {
				failed = i
				return groupFailed{i}
			}
		}
		return nil
	})
	if err == nil || failed < 0 || len(batch) == 1 {
		for _, r := range batch {
			r.err = err
			close(r.done)
		}
		return
	}
	// One member failed and rolled everyone back: run each alone so only
	// the failing one gets an error.
	for _, r := range batch {
		r.err = g.db.Update(r.fn)
		close(r.done)
	}
}
