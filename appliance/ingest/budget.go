package ingest

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultUnverifiedBytes is HandlerOptions.UnverifiedBytes when zero: a
// few of Meta's largest posts at once, and a few hundred ordinary ones.
const DefaultUnverifiedBytes = 16 << 20

// errBusy: the budget for unverified bodies stayed full for too long.
var errBusy = errors.New("too many unverified bodies in flight")

// budget bounds the bytes of webhook bodies held before their signature is
// checked: a flood of large unsigned posts waits for room (and gets 503
// after a short wait) instead of holding memory without limit.
type budget struct {
	limit int64
	wait  time.Duration

	mu   sync.Mutex
	used int64
	free chan struct{} // made by a waiter; closed (and cleared) when bytes are released
}

func newBudget(limit int64, wait time.Duration) *budget {
	return &budget{limit: limit, wait: wait}
}

// acquire reserves n bytes (at most the limit), waiting up to b.wait. The
// usual post finds room at once and costs a lock, no timer.
func (b *budget) acquire(ctx context.Context, n int64) (func(), error) {
	n = min(n, b.limit)
	if b.take(n) {
		return b.releaser(n), nil
	}
	t := time.NewTimer(b.wait)
	defer t.Stop()
	for {
		b.mu.Lock()
		if b.used+n <= b.limit {
			b.used += n
			b.mu.Unlock()
			return b.releaser(n), nil
		}
		if b.free == nil {
			b.free = make(chan struct{})
		}
		free := b.free
		b.mu.Unlock()
		select {
		case <-free:
		case <-t.C:
			return nil, errBusy
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

func (b *budget) take(n int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.used+n > b.limit {
		return false
	}
	b.used += n
	return true
}

// releaser gives n bytes back once, however often it is called.
func (b *budget) releaser(n int64) func() {
	var done atomic.Bool
	return func() {
		if done.CompareAndSwap(false, true) {
			b.release(n)
		}
	}
}

func (b *budget) release(n int64) {
	b.mu.Lock()
	b.used -= n
	if b.free != nil { // someone waits: wake them
		close(b.free)
		b.free = nil
	}
	b.mu.Unlock()
}

// readBody reads a request body of at most max bytes into a buffer sized
// from Content-Length (no doubling growth), within the budget, behind room
// bytes left free for the caller (the payload record's header): buf is
// those bytes and then the body. The caller gives held bytes back
// (b.release) once the body is verified or refused.
func (b *budget) readBody(r *http.Request, w http.ResponseWriter, max int64, room int) (buf []byte, held int64, err error) {
	want := max
	if r.ContentLength >= 0 && r.ContentLength <= max {
		want = r.ContentLength
	}
	// The usual post finds room at once (take); one that waits holds the
	// same bytes through acquire, whose releaser is b.release(held) too.
	if held = min(want, b.limit); !b.take(held) {
		if _, err := b.acquire(r.Context(), want); err != nil {
			return nil, 0, err
		}
	}
	bb := bytes.NewBuffer(make([]byte, room, int64(room)+want+1))
	_, err = bb.ReadFrom(http.MaxBytesReader(w, r.Body, max))
	if err != nil {
		b.release(held)
		return nil, 0, err
	}
	return bb.Bytes(), held, nil
}
