package queue_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fatoora/appliance/queue"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

var effects = []byte("test_effects")

func open(t *testing.T, path string) *store.DB {
	t.Helper()
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucketIfNotExists(effects); return err }); err != nil {
		t.Fatal(err)
	}
	return db
}

func enqueue(t *testing.T, db *store.DB, kind string, refs ...string) {
	t.Helper()
	if err := db.Update(func(tx *bolt.Tx) error {
		for _, r := range refs {
			if _, err := queue.Enqueue(tx, queue.Item{Kind: kind, Ref: r}); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// effect is the handler's state change: a counter per ref, written in the
// same transaction as Complete.
func effect(db *store.DB, it queue.Item) error {
	return db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(effects)
		n := store.ParseU64(b.Get([]byte(it.Ref)))
		if err := b.Put([]byte(it.Ref), store.U64(n+1)); err != nil {
			return err
		}
		return queue.Complete(tx, it)
	})
}

func counts(t *testing.T, db *store.DB) (map[string]uint64, int) {
	t.Helper()
	out := map[string]uint64{}
	var pending int
	if err := db.View(func(tx *bolt.Tx) error {
		items, err := queue.List(tx)
		pending = len(items)
		if err != nil {
			return err
		}
		// The depth counter, kept in the transactions, agrees with a walk.
		if d := queue.Depth(tx); d != uint64(len(items)) {
			t.Errorf("queue.Depth = %d, the queue holds %d items", d, len(items))
		}
		return tx.Bucket(effects).ForEach(func(k, v []byte) error { out[string(k)] = store.ParseU64(v); return nil })
	}); err != nil {
		t.Fatal(err)
	}
	return out, pending
}

func serve(t *testing.T, w *queue.Worker) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Serve(ctx) }()
	return func() {
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("Serve returned %v", err)
		}
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestWorker_WakesOnCommit(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer db.Close()
	w := queue.NewWorker(db, queue.Options{})
	got := make(chan string, 10)
	w.Handle("k", func(ctx context.Context, it queue.Item) error { got <- it.Ref; return nil })
	stop := serve(t, w)
	defer stop()
	time.Sleep(50 * time.Millisecond) // the worker is idle, waiting (its timer is an hour away)
	start := time.Now()
	enqueue(t, db, "k", "a")
	select {
	case r := <-got:
		if r != "a" {
			t.Fatalf("ref %q", r)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("worker not woken by the commit")
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("woken after %v", d)
	}
	waitFor(t, "delete", func() bool { _, p := counts(t, db); return p == 0 })

	// A rolled-back transaction enqueues nothing.
	_ = db.Update(func(tx *bolt.Tx) error {
		if _, err := queue.Enqueue(tx, queue.Item{Kind: "k", Ref: "rolled back"}); err != nil {
			return err
		}
		return errors.New("abort")
	})
	select {
	case r := <-got:
		t.Fatalf("ran %q from a rolled-back transaction", r)
	case <-time.After(100 * time.Millisecond):
	}
}

func TestWorker_RetriesWithBackoff(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer db.Close()
	w := queue.NewWorker(db, queue.Options{MinBackoff: 20 * time.Millisecond, MaxBackoff: 40 * time.Millisecond})
	var mu sync.Mutex
	var runs []time.Time
	w.Handle("flaky", func(ctx context.Context, it queue.Item) error {
		mu.Lock()
		runs = append(runs, time.Now())
		n := len(runs)
		mu.Unlock()
		if n < 3 {
			return fmt.Errorf("try %d failed", n)
		}
		return effect(db, it)
	})
	stop := serve(t, w)
	defer stop()
	enqueue(t, db, "flaky", "x")
	waitFor(t, "success", func() bool { e, p := counts(t, db); return e["x"] == 1 && p == 0 })
	mu.Lock()
	defer mu.Unlock()
	if len(runs) != 3 {
		t.Fatalf("runs = %d", len(runs))
	}
	if d := runs[1].Sub(runs[0]); d < 20*time.Millisecond {
		t.Errorf("first retry after %v, want >= 20ms", d)
	}
	if d := runs[2].Sub(runs[1]); d < 40*time.Millisecond {
		t.Errorf("second retry after %v, want >= 40ms", d)
	}
}

func TestWorker_PermanentFailureKeepsDeadItem(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer db.Close()
	w := queue.NewWorker(db, queue.Options{MinBackoff: time.Millisecond})
	var calls atomic.Int32
	var fail atomic.Bool
	fail.Store(true)
	w.Handle("p", func(ctx context.Context, it queue.Item) error {
		calls.Add(1)
		if fail.Load() {
			return queue.Permanent(errors.New("unknown product"))
		}
		return effect(db, it)
	})
	stop := serve(t, w)
	defer stop()
	enqueue(t, db, "p", "y")
	waitFor(t, "dead", func() bool { s, _ := w.Stats(); return s.Dead == 1 })
	time.Sleep(50 * time.Millisecond)
	if c := calls.Load(); c != 1 {
		t.Errorf("permanent failure ran %d times", c)
	}
	var items []queue.Item
	_ = db.View(func(tx *bolt.Tx) (err error) { items, err = queue.List(tx); return })
	if len(items) != 1 || !items[0].Dead || items[0].LastError == "" || items[0].Attempts != 1 {
		t.Fatalf("items = %+v", items)
	}
	fail.Store(false)
	if err := db.Update(func(tx *bolt.Tx) error { return queue.Retry(tx, items[0].Seq) }); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "retried", func() bool { e, p := counts(t, db); return e["y"] == 1 && p == 0 })
}

func TestWorker_UnhandledKindStaysPending(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer db.Close()
	w := queue.NewWorker(db, queue.Options{})
	w.Handle("a", func(ctx context.Context, it queue.Item) error { return effect(db, it) })
	stop := serve(t, w)
	enqueue(t, db, "b", "later")
	enqueue(t, db, "a", "now")
	waitFor(t, "a", func() bool { e, _ := counts(t, db); return e["now"] == 1 })
	if _, p := counts(t, db); p != 1 {
		t.Errorf("pending = %d, want the unhandled item", p)
	}
	// Registering the handler later runs it.
	w.Handle("b", func(ctx context.Context, it queue.Item) error { return effect(db, it) })
	waitFor(t, "b", func() bool { e, p := counts(t, db); return e["later"] == 1 && p == 0 })
	stop()
}

// TestWorker_ResumesAfterCrashExactlyOnce stops a worker in the middle of
// its work (handlers blocked mid-item), closes the file as a crash would
// leave it, reopens it and runs a new worker: every item's effect happens
// exactly once.
func TestWorker_ResumesAfterCrashExactlyOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.db")
	db := open(t, path)
	var refs []string
	for i := range 30 {
		refs = append(refs, fmt.Sprintf("item-%02d", i))
	}
	for i, r := range refs { // interleaved, so both kinds are mid-flight at the crash
		enqueue(t, db, []string{"atomic", "idempotent"}[i%2], r)
	}

	// Run 1: the atomic handler does 3 items then hangs. The idempotent
	// handler commits its effect and hangs before returning, i.e. the
	// crash lands between effect and delete.
	var done atomic.Int32
	hang := make(chan struct{})
	w := queue.NewWorker(db, queue.Options{Concurrency: 3})
	w.Handle("atomic", func(ctx context.Context, it queue.Item) error {
		if done.Add(1) > 3 {
			<-ctx.Done()
			return ctx.Err()
		}
		return effect(db, it)
	})
	w.Handle("idempotent", func(ctx context.Context, it queue.Item) error {
		if err := idempotentEffect(db, it); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-hang:
		}
		return nil
	})
	stop := serve(t, w)
	waitFor(t, "partial progress", func() bool { e, _ := counts(t, db); return len(e) >= 6 })
	stop() // crash: handlers abandoned mid-item
	mid, pending := counts(t, db)
	if pending == 0 || len(mid) == len(refs) {
		t.Fatalf("crash came too late to test anything: %d effects, %d pending", len(mid), pending)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	// Run 2 on the reopened file finishes the rest.
	db = open(t, path)
	defer db.Close()
	w = queue.NewWorker(db, queue.Options{Concurrency: 3})
	w.Handle("atomic", func(ctx context.Context, it queue.Item) error { return effect(db, it) })
	w.Handle("idempotent", func(ctx context.Context, it queue.Item) error { return idempotentEffect(db, it) })
	stop = serve(t, w)
	defer stop()
	waitFor(t, "all items", func() bool { _, p := counts(t, db); return p == 0 })
	e, _ := counts(t, db)
	for _, r := range refs {
		if e[r] != 1 {
			t.Errorf("%s: effect applied %d times, want exactly 1", r, e[r])
		}
	}
}

// idempotentEffect applies the effect only if this item has not applied it
// before (the handler contract for handlers that do not call Complete).
func idempotentEffect(db *store.DB, it queue.Item) error {
	return db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(effects)
		if b.Get([]byte(it.Ref)) != nil {
			return nil
		}
		return b.Put([]byte(it.Ref), store.U64(1))
	})
}

func TestWorker_PanicIsAnError(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer db.Close()
	w := queue.NewWorker(db, queue.Options{MinBackoff: time.Hour})
	w.Handle("boom", func(ctx context.Context, it queue.Item) error { panic("bug") })
	stop := serve(t, w)
	defer stop()
	enqueue(t, db, "boom", "z")
	waitFor(t, "recorded failure", func() bool { s, _ := w.Stats(); return s.Retrying == 1 })
}

func TestWorker_SameKeyRunsInOrderOneAtATime(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer db.Close()
	w := queue.NewWorker(db, queue.Options{Concurrency: 8, MinBackoff: 10 * time.Millisecond})
	var mu sync.Mutex
	running := map[string]int{}
	var order []string
	overlapOther := false
	failedOnce := false
	w.Handle("k", func(ctx context.Context, it queue.Item) error {
		mu.Lock()
		running[it.Key]++
		if it.Key != "" && running[it.Key] > 1 {
			t.Errorf("two items of key %s at once", it.Key)
		}
		if running["A"] > 0 && running["B"] > 0 {
			overlapOther = true
		}
		retry := it.Ref == "a2" && !failedOnce
		if retry {
			failedOnce = true
		} else {
			order = append(order, it.Ref)
		}
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		mu.Lock()
		running[it.Key]--
		mu.Unlock()
		if retry {
			return errors.New("retry me") // a2 waits for its retry; a3 must wait too
		}
		return nil
	})
	if err := db.Update(func(tx *bolt.Tx) error {
		for _, it := range []queue.Item{
			{Kind: "k", Ref: "a1", Key: "A"}, {Kind: "k", Ref: "b1", Key: "B"}, {Kind: "k", Ref: "a2", Key: "A"},
			{Kind: "k", Ref: "b2", Key: "B"}, {Kind: "k", Ref: "a3", Key: "A"}, {Kind: "k", Ref: "n1"}, {Kind: "k", Ref: "n2"},
		} {
			if _, err := queue.Enqueue(tx, it); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	stop := serve(t, w)
	defer stop()
	waitFor(t, "all", func() bool { _, p := counts(t, db); return p == 0 })
	mu.Lock()
	defer mu.Unlock()
	pos := map[string]int{}
	for i, r := range order {
		pos[r] = i
	}
	if len(order) != 7 || !(pos["a1"] < pos["a2"] && pos["a2"] < pos["a3"]) || pos["b1"] > pos["b2"] {
		t.Errorf("order %v", order)
	}
	if !overlapOther {
		t.Error("different keys did not run side by side")
	}
}

// TestWorker_EachItemRunsOnce: an item whose outcome commits while a scan's
// read transaction (begun before that commit) is open must not be run again
// from the scan's stale snapshot. Many short items on many slots make the
// window likely; every item must run exactly once.
func TestWorker_EachItemRunsOnce(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer db.Close()
	w := queue.NewWorker(db, queue.Options{Concurrency: 8, MinBackoff: time.Millisecond})
	var mu sync.Mutex
	runs := map[string]int{}
	w.Handle("k", func(ctx context.Context, it queue.Item) error {
		mu.Lock()
		runs[it.Ref]++
		mu.Unlock()
		return nil
	})
	stop := serve(t, w)
	defer stop()
	const n = 400
	for i := range n {
		if err := db.Update(func(tx *bolt.Tx) error {
			_, err := queue.Enqueue(tx, queue.Item{Kind: "k", Ref: fmt.Sprintf("r%d", i)})
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "all", func() bool { _, p := counts(t, db); return p == 0 })
	mu.Lock()
	defer mu.Unlock()
	if len(runs) != n {
		t.Errorf("%d items ran, want %d", len(runs), n)
	}
	for ref, c := range runs {
		if c != 1 {
			t.Errorf("item %s ran %d times", ref, c)
		}
	}
}

// TestWorker_CompletedItemCostsNoCommit: an item the handler completed in
// its own commit costs the worker no commit of its own (an empty bbolt
// commit still writes a meta page with two fdatasyncs); an item the
// handler did not complete is removed by the worker's commit.
func TestWorker_CompletedItemCostsNoCommit(t *testing.T) {
	for _, tc := range []struct {
		name       string
		completes  bool
		wantCommit uint64 // commits by the worker after the handler's
	}{
		{"handler completes", true, 0},
		{"worker removes", false, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := open(t, filepath.Join(t.TempDir(), "q.db"))
			defer db.Close()
			enqueue(t, db, "k", "r1")
			var handled uint64
			w := queue.NewWorker(db, queue.Options{})
			w.Handle("k", func(ctx context.Context, it queue.Item) error {
				err := db.Batch(func(tx *bolt.Tx) error {
					if err := tx.Bucket(effects).Put([]byte(it.Ref), store.U64(1)); err != nil {
						return err
					}
					if tc.completes {
						return queue.Complete(tx, it)
					}
					return nil
				})
				_ = db.View(func(tx *bolt.Tx) error { handled = uint64(tx.ID()); return nil })
				return err
			})
			stop := serve(t, w)
			waitFor(t, "the item to end", func() bool { _, n := counts(t, db); return n == 0 })
			stop() // waits for the worker's run to finish
			var last uint64
			_ = db.View(func(tx *bolt.Tx) error { last = uint64(tx.ID()); return nil })
			if got := last - handled; got != tc.wantCommit {
				t.Errorf("the worker committed %d times after the handler, want %d", got, tc.wantCommit)
			}
		})
	}
}

// TestWorker_ConsumesItemsWrittenAsJSON: items an earlier version wrote as
// JSON (before issue 16's compact items) are still run after an upgrade,
// in order per key; one that fails is rewritten, in the compact form, and
// retried; a parked one stays parked; the depth counter ends at what is left.
func TestWorker_ConsumesItemsWrittenAsJSON(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer db.Close()
	old := []string{
		`{"kind":"k","ref":"a","key":"c1","attempts":0,"not_before":"0001-01-01T00:00:00Z","enqueued_at":"2026-12-01T10:00:00.123456789Z"}`,
		`{"kind":"k","ref":"flaky","key":"c1","attempts":1,"not_before":"2026-12-01T10:00:01Z","enqueued_at":"2026-12-01T10:00:00Z","last_error":"earlier"}`,
		`{"kind":"k","ref":"b","key":"c1","attempts":0,"not_before":"0001-01-01T00:00:00Z","enqueued_at":"2026-12-01T10:00:02Z"}`,
		`{"kind":"k","ref":"parked","attempts":3,"not_before":"0001-01-01T00:00:00Z","enqueued_at":"2026-12-01T10:00:03Z","last_error":"boom","dead":true}`,
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(store.BucketQueue)
		for _, v := range old {
			seq, err := b.NextSequence()
			if err != nil {
				return err
			}
			if err := b.Put(store.U64(seq), []byte(v)); err != nil {
				return err
			}
		}
		return store.AddCount(tx.Bucket(store.BucketDepths), store.KeyDepthQueue, int64(len(old)))
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.View(func(tx *bolt.Tx) error {
		it, ok, err := queue.Load(tx, 2)
		if err != nil || !ok || it.Ref != "flaky" || it.Attempts != 1 || it.LastError != "earlier" || !it.NotBefore.Equal(time.Date(2026, 12, 1, 10, 0, 1, 0, time.UTC)) {
			t.Errorf("Load(2) = %+v, %v, %v", it, ok, err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	w := queue.NewWorker(db, queue.Options{MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond})
	var mu sync.Mutex
	var ran []string
	failed := false
	w.Handle("k", func(ctx context.Context, it queue.Item) error {
		mu.Lock()
		defer mu.Unlock()
		ran = append(ran, fmt.Sprintf("%s/%d", it.Ref, it.Attempts))
		if it.Ref == "flaky" && !failed {
			failed = true
			return errors.New("once more")
		}
		return effect(db, it)
	})
	stop := serve(t, w)
	waitFor(t, "the old items to run", func() bool { _, p := counts(t, db); return p == 1 })
	stop()
	mu.Lock()
	defer mu.Unlock()
	if want := "[a/0 flaky/1 flaky/2 b/0]"; fmt.Sprint(ran) != want {
		t.Errorf("ran %v, want %s", ran, want)
	}
	got, pending := counts(t, db)
	if pending != 1 || got["a"] != 1 || got["flaky"] != 1 || got["b"] != 1 || got["parked"] != 0 {
		t.Errorf("effects %v, %d pending", got, pending)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		items, err := queue.List(tx)
		if err != nil || len(items) != 1 || items[0].Ref != "parked" || !items[0].Dead || items[0].LastError != "boom" {
			t.Errorf("left %+v, %v", items, err)
		}
		return nil
	})
}

// TestEnqueue_DepthInGroupCommits: items enqueued by the members of group
// commits (one depth write per commit), some members failing and rolled
// out of their group, leave the depth counter equal to the items stored,
// and the worker is woken by such a commit.
func TestEnqueue_DepthInGroupCommits(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer db.Close()
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = db.Batch(func(tx *bolt.Tx) error {
				if _, err := queue.Enqueue(tx, queue.Item{Kind: "k", Ref: fmt.Sprint(i)}); err != nil {
					return err
				}
				if i%9 == 4 {
					return errors.New("rolled back")
				}
				return nil
			})
		}()
	}
	wg.Wait()
	if _, pending := counts(t, db); pending != 200-22 { // counts checks queue.Depth against the items
		t.Errorf("%d items stored, want %d", pending, 200-22)
	}
	w := queue.NewWorker(db, queue.Options{})
	got := make(chan string, 1)
	w.Handle("late", func(ctx context.Context, it queue.Item) error { got <- it.Ref; return nil })
	stop := serve(t, w)
	defer stop()
	time.Sleep(50 * time.Millisecond) // the worker is idle, waiting
	if err := db.Batch(func(tx *bolt.Tx) error { _, err := queue.Enqueue(tx, queue.Item{Kind: "late", Ref: "x"}); return err }); err != nil {
		t.Fatal(err)
	}
	select {
	case <-got:
	case <-time.After(5 * time.Second):
		t.Fatal("worker not woken by a group commit")
	}
}
