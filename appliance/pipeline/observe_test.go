package pipeline_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"fatoora/appliance/pipeline"
	"fatoora/appliance/whatsapp/graphsim"
)

// recorder is an Observer that keeps what it was told.
type recorder struct {
	mu                   sync.Mutex
	decided, sent        map[string]int
	understood, rendered int
	stages               map[string][]time.Duration
}

func newRecorder() *recorder {
	return &recorder{decided: map[string]int{}, sent: map[string]int{}, stages: map[string][]time.Duration{}}
}

func (r *recorder) Decided(d string)         { r.mu.Lock(); r.decided[d]++; r.mu.Unlock() }
func (r *recorder) Sent(res string)          { r.mu.Lock(); r.sent[res]++; r.mu.Unlock() }
func (r *recorder) Understood(time.Duration) { r.mu.Lock(); r.understood++; r.mu.Unlock() }
func (r *recorder) Rendered(time.Duration)   { r.mu.Lock(); r.rendered++; r.mu.Unlock() }
func (r *recorder) Stage(s string, d time.Duration) {
	r.mu.Lock()
	r.stages[s] = append(r.stages[s], d)
	r.mu.Unlock()
}
func (r *recorder) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return fmt.Sprintf("decided %v sent %v understood %d rendered %d", r.decided, r.sent, r.understood, r.rendered)
}

// TestPipeline_Observer: the observer is told each decision, each send's
// outcome (ok, retry, failed, parked) and each understanding and rendering,
// once, where they happen.
func TestPipeline_Observer(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fault func(h *harness)
		want  func(r *recorder, sent int) bool
	}{
		{"all sent", func(*harness) {}, func(r *recorder, sent int) bool {
			return r.sent["ok"] == sent && len(r.sent) == 1
		}},
		{"a 500 is retried", func(h *harness) { h.graph.AddFault(graphsim.Fault{Times: 1, Only: "send", Code: 2}) }, func(r *recorder, sent int) bool {
			return r.sent["ok"] == sent && r.sent["retry"] == 1 && len(r.sent) == 2
		}},
		{"outside the window fails for good", func(h *harness) {
			h.graph.AddFault(graphsim.Fault{Times: 1, Only: "send", Code: 131047})
		}, func(r *recorder, sent int) bool {
			return r.sent["ok"] == sent && r.sent["failed"] == 1 && len(r.sent) == 2
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := newRecorder()
			h := newHarness(t, func(o *pipeline.Options) { o.Observer = rec })
			tc.fault(h)
			h.text(seed)
			h.settle()
			// The observer is told just after each commit: wait for it.
			check := func() bool {
				sent := len(h.graph.MessagesTo(customer))
				rec.mu.Lock()
				defer rec.mu.Unlock()
				return sent > 0 && rec.decided["invoice"] == 1 && len(rec.decided) == 1 && rec.understood == 1 && rec.rendered == 1 && tc.want(rec, sent)
			}
			if !waitFor(check) {
				t.Errorf("%s; %d messages sent", rec, len(h.graph.MessagesTo(customer)))
			}
		})
	}
}

// TestPipeline_ObserverParked: a refused token parks the send (told once
// per refusal), and it goes out once the token works again.
func TestPipeline_ObserverParked(t *testing.T) {
	rec := newRecorder()
	h := newHarness(t, func(o *pipeline.Options) { o.Observer = rec; o.AuthCheckEvery = 50 * time.Millisecond })
	h.graph.SetToken("rotated-by-meta")
	h.text(seed)
	deadline := time.Now().Add(10 * time.Second)
	for h.p.Outbox().State().Paused == "" {
		if time.Now().After(deadline) {
			t.Fatal("sending never paused")
		}
		time.Sleep(10 * time.Millisecond)
	}
	h.graph.SetToken(token)
	h.waitMessages(2)
	h.settle()
	if !waitFor(func() bool {
		rec.mu.Lock()
		defer rec.mu.Unlock()
		return rec.sent["parked"] >= 1 && rec.sent["ok"] == len(h.graph.MessagesTo(customer)) && rec.sent["failed"] == 0
	}) {
		t.Errorf("%s; %d messages", rec, len(h.graph.MessagesTo(customer)))
	}
}

// waitFor polls cond until it holds (true) or 10 s pass (false).
func waitFor(cond func() bool) bool {
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return true
		}
	}
	return cond()
}
