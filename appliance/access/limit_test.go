package access

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"testing"
	"testing/synctest"
	"time"

	bolt "go.etcd.io/bbolt"
)

func TestLimiter_Wait(t *testing.T) {
	c := newClock()
	l := NewLimiter(Limit{Burst: 2, Every: time.Minute}, c.Now)
	steps := []struct {
		do   string // "fail", "reset" or a duration to wait
		want time.Duration
	}{
		{"", 0},
		{"fail", 0},
		{"fail", time.Minute},
		{"30s", 30 * time.Second},
		{"fail", time.Minute}, // a failure while empty keeps it empty
		{"1m", 0},
		{"fail", time.Minute},
		{"reset", 0},
	}
	for i, st := range steps {
		switch st.do {
		case "fail":
			l.Fail("k")
		case "reset":
			l.Reset("k")
		case "":
		default:
			d, _ := time.ParseDuration(st.do)
			c.Add(d)
		}
		if got := l.Wait("k"); got != st.want {
			t.Fatalf("step %d (%s): Wait = %v, want %v", i, st.do, got, st.want)
		}
		if got := l.Wait("other"); got != 0 {
			t.Fatalf("another key waits %v", got)
		}
	}
	c.Add(2 * time.Minute)
	l.Wait("k")
	if len(l.buckets) != 0 {
		t.Errorf("refilled buckets kept: %d", len(l.buckets))
	}
}

func TestLimiter_Bounded(t *testing.T) {
	c := newClock()
	l := NewLimiter(Limit{Burst: 1, Every: time.Hour}, c.Now)
	for i := range maxKeys + 10 {
		c.Add(time.Millisecond)
		l.Fail(strconv.Itoa(i))
	}
	if len(l.buckets) > maxKeys {
		t.Errorf("%d buckets, bound %d", len(l.buckets), maxKeys)
	}
	if l.Wait(strconv.Itoa(maxKeys+9)) == 0 {
		t.Error("the newest key was forgotten")
	}
}

// TestStore_SweepService runs the sweeper in a synctest bubble: fake time
// passes, the ended session is removed at the first tick.
func TestStore_SweepService(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		db, err := bolt.Open(filepath.Join(t.TempDir(), "box.db"), 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		s, err := Open(db, Options{Hash: cheap, IdleTimeout: time.Hour, MaxAge: 2 * time.Hour})
		if err != nil {
			t.Fatal(err)
		}
		code, _ := s.EnsureSetupCode()
		if _, _, _, err := s.CompleteSetup(context.Background(), SetupRequest{Code: code, Username: "mona", Name: "m", Password: ownerPass}); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- s.SweepService(90 * time.Minute)(ctx) }()
		count := func() (n int) {
			db.View(func(tx *bolt.Tx) error { n = bucket(tx, bucketSessions).Stats().KeyN; return nil })
			return n
		}
		time.Sleep(89 * time.Minute)
		synctest.Wait()
		if n := count(); n != 1 {
			t.Fatalf("before the tick: %d sessions", n)
		}
		time.Sleep(2 * time.Minute)
		synctest.Wait()
		if n := count(); n != 0 {
			t.Fatalf("after the tick: %d sessions", n)
		}
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("Serve = %v", err)
		}
	})
}
