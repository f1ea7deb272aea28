package supervise_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"fatoora/appliance/supervise"
)

func TestSupervisor_RestartsThenStopsOnPermanent(t *testing.T) {
	s := supervise.New(supervise.Options{MinBackoff: time.Millisecond, MaxBackoff: 4 * time.Millisecond})
	var flaky, perm, panicky atomic.Int32
	s.Add("flaky", supervise.Func(func(ctx context.Context) error {
		if flaky.Add(1) < 4 {
			return errors.New("link down")
		}
		<-ctx.Done()
		return ctx.Err()
	}))
	s.Add("broken", supervise.Func(func(ctx context.Context) error {
		perm.Add(1)
		return supervise.Permanent(errors.New("bad token"), "set FATOORA_WA_TOKEN")
	}))
	s.Add("panicky", supervise.Func(func(ctx context.Context) error {
		if panicky.Add(1) == 1 {
			panic("bug")
		}
		<-ctx.Done()
		return nil
	}))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for flaky.Load() < 4 || panicky.Load() < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("flaky ran %d, panicky %d", flaky.Load(), panicky.Load())
		}
		time.Sleep(time.Millisecond)
	}
	// Added while serving: starts at once.
	started := make(chan struct{})
	s.Add("late", supervise.Func(func(ctx context.Context) error { close(started); <-ctx.Done(); return nil }))
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("late service not started")
	}
	st := s.States()
	if st["flaky"].Restarts != 3 || !st["flaky"].Running {
		t.Errorf("flaky %+v", st["flaky"])
	}
	if !st["broken"].Stopped || st["broken"].LastError == "" || perm.Load() != 1 {
		t.Errorf("broken %+v ran %d", st["broken"], perm.Load())
	}
	if st["panicky"].Restarts != 1 {
		t.Errorf("panicky %+v", st["panicky"])
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Serve = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	for n, s := range s.States() {
		if s.Running {
			t.Errorf("%s still running", n)
		}
	}
}

// TestSupervisor_BackoffDoubles checks the restart schedule in a synctest
// bubble, where time is fake and exact.
func TestSupervisor_BackoffDoubles(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := supervise.New(supervise.Options{MinBackoff: time.Second, MaxBackoff: 8 * time.Second, ResetAfter: time.Hour})
		start := time.Now()
		var starts []time.Duration
		s.Add("down", supervise.Func(func(ctx context.Context) error {
			starts = append(starts, time.Since(start))
			return errors.New("still down")
		}))
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- s.Serve(ctx) }()
		time.Sleep(40 * time.Second)
		cancel()
		<-done
		// 0, +1, +2, +4, +8, +8 ... seconds
		want := []time.Duration{0, 1, 3, 7, 15, 23, 31, 39}
		if len(starts) != len(want) {
			t.Fatalf("starts at %v, want %v seconds", starts, want)
		}
		for i := range want {
			if starts[i] != want[i]*time.Second {
				t.Errorf("start %d at %v, want %v", i, starts[i], want[i]*time.Second)
			}
		}
	})
}
