package server

import (
	"sync"

	bolt "go.etcd.io/bbolt"
)

// groupCommit is appliance/ingest's group commit over a plain bbolt file:
// the first writer commits at once; writers arriving while that commit is
// on its way to disk queue up, and the first of them commits them all
// next, in one transaction and one fsync. No fixed delay.
type groupCommit struct {
	db       *bolt.DB
	maxBatch int

	mu      sync.Mutex
	active  bool
	pending []*groupReq
}

type groupReq struct {
	fn   func(*bolt.Tx) error
	err  error
	done chan struct{}
	lead chan struct{}
}

// do runs fn in a committed, fsynced transaction shared with concurrent
// callers. fn may run more than once and must reset its outputs each run.
func (g *groupCommit) do(fn func(*bolt.Tx) error) error {
	r := &groupReq{fn: fn, done: make(chan struct{}), lead: make(chan struct{}, 1)}
	g.mu.Lock()
	g.pending = append(g.pending, r)
	if g.active {
		g.mu.Unlock()
		select {
		case <-r.done:
			return r.err
		case <-r.lead:
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

func (g *groupCommit) commit(batch []*groupReq) {
	failed := false
	err := g.db.Update(func(tx *bolt.Tx) error {
		for _, r := range batch {
			if err := r.fn(tx); err != nil {
				failed = true
				return err
			}
		}
		return nil
	})
	if err == nil || !failed || len(batch) == 1 {
		for _, r := range batch {
			r.err = err
			close(r.done)
		}
		return
	}
	for _, r := range batch { // one failed and rolled everyone back: alone
		r.err = g.db.Update(r.fn)
		close(r.done)
	}
}
