package pipeline

import (
	"container/heap"
	"slices"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The outbox's wake reads only what changed: every write of a pending send
// (enqueueSend, putPending, recordSent) calls pendingChanged, which has the
// transaction's commit, and only its commit, note the key for the outbox
// serving that store. The next dispatch reads the noted keys from the
// store, in a read that begins after their commits, so it sees them as they
// are whatever order the commits' notes came in, and keeps its dueIndex up
// to date without scanning the rest. Nothing about it is stored: the index
// is read whole from the store each time Serve starts (issue 16).

// serving maps each store (*bolt.DB) to the Outbox serving it, while its
// Serve runs.
var serving sync.Map

// pendingChanged notes, when tx commits, that the pending send key was
// written or settled.
//
// The outbox is looked up once the commit is done, not before: a commit
// done before an outbox starts serving is in the store it reads whole
// when it starts; one done after is noted.
func pendingChanged(tx *bolt.Tx, key string) {
	db := tx.DB()
	tx.OnCommit(func() {
		v, ok := serving.Load(db)
		if !ok {
			return // no outbox serving: its Serve reads the store whole when it starts
		}
		o := v.(*Outbox)
		o.mu.Lock()
		if o.tracking {
			o.changed[key] = struct{}{}
		}
		o.mu.Unlock()
	})
}

// track starts (on) or stops noting changed sends: Serve's first dispatch
// then reads every pending send.
func (o *Outbox) track(on bool) {
	o.mu.Lock()
	o.tracking = on
	o.changed, o.recheck = map[string]struct{}{}, map[string]struct{}{}
	o.mu.Unlock()
	o.due = dueIndex{}
	if on {
		serving.Store(o.p.db.Bolt(), o)
	} else {
		serving.CompareAndDelete(o.p.db.Bolt(), o)
	}
}

// dueIndex is what dispatch knows of the pending sends: each one's
// recipient and NotBefore, each recipient's keys in key order, and the
// recipients by when their first send is due.
type dueIndex struct {
	built bool
	heads map[string]sendHead
	byTo  map[string][]string
	queue dueQueue
}

// sendHead is what dispatch needs of a pending send.
type sendHead struct {
	to        string
	notBefore time.Time
}

func (x *dueIndex) reset() {
	*x = dueIndex{heads: map[string]sendHead{}, byTo: map[string][]string{}}
}

// set records the pending send key as stored (v; nil: settled). A value
// that does not decode is left out, as a scan left it out (Pending reports
// it): it holds no recipient up.
func (x *dueIndex) set(key string, v []byte) {
	old, had := x.heads[key]
	var h sendHead
	ok := v != nil
	if ok {
		var m struct {
			To        string    `json:"to"`
			NotBefore time.Time `json:"not_before"`
		}
		ok = jsonUnmarshal(v, &m) == nil
		h = sendHead{to: m.To, notBefore: m.NotBefore}
	}
	if had && (!ok || old.to != h.to) {
		delete(x.heads, key)
		keys := x.byTo[old.to]
		if i, found := slices.BinarySearch(keys, key); found {
			keys = slices.Delete(keys, i, i+1)
		}
		if len(keys) == 0 {
			delete(x.byTo, old.to)
		} else {
			x.byTo[old.to] = keys
		}
		x.push(old.to)
		had = false
	}
	if !ok {
		return
	}
	x.heads[key] = h
	if !had {
		keys := x.byTo[h.to]
		i, _ := slices.BinarySearch(keys, key)
		x.byTo[h.to] = slices.Insert(keys, i, key)
	}
	x.push(h.to)
}

// push queues recipient to at its first send's NotBefore. Entries a later
// change made stale stay in the queue and are dropped when they come up.
func (x *dueIndex) push(to string) {
	at, ok := x.head(to)
	if !ok {
		return
	}
	if len(x.queue) > 2*len(x.byTo)+64 { // mostly stale: queue each recipient once
		x.queue = x.queue[:0]
		for r := range x.byTo {
			first, _ := x.head(r)
			x.queue = append(x.queue, dueEntry{first, r})
		}
		heap.Init(&x.queue)
		return
	}
	heap.Push(&x.queue, dueEntry{at, to})
}

// head is when recipient to's first pending send is due.
func (x *dueIndex) head(to string) (time.Time, bool) {
	keys := x.byTo[to]
	if len(keys) == 0 {
		return time.Time{}, false
	}
	return x.heads[keys[0]].notBefore, true
}

// due hands ready each recipient whose first send is due at now, taking
// it off the queue (serving it queues it again, see Outbox.release), and
// returns when the next one falls due (zero: none waits).
func (x *dueIndex) due(now time.Time, ready func(to string)) time.Time {
	for len(x.queue) > 0 {
		e := x.queue[0]
		if at, ok := x.head(e.to); !ok || !at.Equal(e.at) {
			heap.Pop(&x.queue) // stale
			continue
		}
		if e.at.After(now) {
			return e.at
		}
		heap.Pop(&x.queue)
		ready(e.to)
	}
	return time.Time{}
}

type dueEntry struct {
	at time.Time
	to string
}

// dueQueue is a min-heap of recipients by due time.
type dueQueue []dueEntry

func (q dueQueue) Len() int { return len(q) }
func (q dueQueue) Less(i, j int) bool {
	if !q[i].at.Equal(q[j].at) {
		return q[i].at.Before(q[j].at)
	}
	return q[i].to < q[j].to
}
func (q dueQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *dueQueue) Push(v any)   { *q = append(*q, v.(dueEntry)) }
func (q *dueQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}
