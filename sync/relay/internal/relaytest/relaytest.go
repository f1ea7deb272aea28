// Package relaytest holds the relay tests' waits: each ends in a clear
// failure after its deadline, with every goroutine's stack to show what
// was stuck, never in an unbounded hang.
package relaytest

import (
	"runtime"
	"sync"
	"testing"
	"time"
)

// Within runs f and fails t if f has not returned within d. After a
// failure f keeps running in the background.
func Within(t testing.TB, d time.Duration, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s: not done within %s\n%s", what, d, stacks())
	}
}

// Until checks cond every 10 ms and fails t if it does not hold within d.
func Until(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Once makes a stop function safe to call more than once (from the test
// and from its cleanup) and bounded: every call waits at most d for the
// one run of stop, then fails t.
func Once(t testing.TB, d time.Duration, what string, stop func()) func() {
	var once sync.Once
	done := make(chan struct{})
	return func() {
		t.Helper()
		once.Do(func() { go func() { defer close(done); stop() }() })
		select {
		case <-done:
		case <-time.After(d):
			t.Fatalf("%s: not stopped within %s\n%s", what, d, stacks())
		}
	}
}

// stacks is every goroutine's stack, cut at 256 KiB.
func stacks() string {
	buf := make([]byte, 256<<10)
	return string(buf[:runtime.Stack(buf, true)])
}
