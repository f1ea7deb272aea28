package pipeline_test

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/health"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/whatsapp"
	"fatoora/appliance/whatsapp/graphsim"
)

// lossySender delivers through the real client but loses the answer of the
// first n sends, as a crash between the send and its record, or a
// connection cut after Meta took the request, would.
type lossySender struct {
	pipeline.Sender
	lose atomic.Int32
}

func (s *lossySender) lost(wamid string, err error) (string, error) {
	if err == nil && s.lose.Add(-1) >= 0 {
		return "", &whatsapp.TransportError{Op: "send", Err: io.ErrUnexpectedEOF}
	}
	return wamid, err
}

func (s *lossySender) SendText(ctx context.Context, to, body, replyTo string) (string, error) {
	return s.lost(s.Sender.SendText(ctx, to, body, replyTo))
}

func (s *lossySender) SendDocument(ctx context.Context, to, mediaID, filename, caption string) (string, error) {
	return s.lost(s.Sender.SendDocument(ctx, to, mediaID, filename, caption))
}

// sentByKey counts what the stand-in accepted per outbox key.
func sentByKey(g *graphsim.Server) map[string]int {
	n := map[string]int{}
	for _, m := range g.MessagesTo(customer) {
		n[m.CallbackData]++
	}
	return n
}

// sentOnceEach fails t unless the Graph stand-in received each send key
// once; keyed: every send carried its key.
func sentOnceEach(t *testing.T, g *graphsim.Server, keyed bool) {
	t.Helper()
	for key, n := range sentByKey(g) {
		if keyed && key == "" || n != 1 {
			t.Errorf("key %q sent %d times", key, n)
		}
	}
}

func outboxHealth(h *harness) health.State {
	return h.p.Part("simulator").Health["whatsapp"]()
}

// TestOutbox_LostAnswerSettledByStatus: a send whose answer was lost is not
// repeated when its status webhook (carrying its key) arrives in time.
func TestOutbox_LostAnswerSettledByStatus(t *testing.T) {
	var ls *lossySender
	h := newHarnessWith(t, harnessOptions{statuses: true, sender: func(s pipeline.Sender) pipeline.Sender {
		ls = &lossySender{Sender: s}
		ls.lose.Store(2)
		return ls
	}}, func(o *pipeline.Options) { o.ResendAfter = 2 * time.Second })
	h.text(seed)
	h.waitMessages(2)
	h.settle()
	sentOnceEach(t, h.graph, true)
	o := h.onlyOrder()
	if len(o.Sends) != 2 || o.Sends[0].WAMID == "" || o.Sends[1].WAMID == "" {
		t.Errorf("sends %+v", o.Sends)
	}
	if st := h.p.Outbox().State(); st.SettledByStatus != 2 || st.Resends != 0 {
		t.Errorf("state %+v", st)
	}
}

// TestOutbox_LostAnswerResentAfterBoundedWait: with no status, the send goes
// out again, but only once ResendAfter has passed (on the test clock); the
// repeat is counted.
func TestOutbox_LostAnswerResentAfterBoundedWait(t *testing.T) {
	h := newHarnessWith(t, harnessOptions{sender: func(s pipeline.Sender) pipeline.Sender {
		ls := &lossySender{Sender: s}
		ls.lose.Store(1)
		return ls
	}}, func(o *pipeline.Options) { o.ResendAfter, o.StatusPoll = time.Hour, time.Hour })
	h.text(seed)
	first := h.waitMessages(1)[0]
	// The outbox decides to wait for a status: the send's NotBefore moves
	// to the end of the bounded wait.
	deadline := time.Now().Add(10 * time.Second)
	for {
		pend, _ := h.p.Outbox().Pending()
		if len(pend) > 0 && !pend[0].SendingSince.IsZero() && !pend[0].NotBefore.Before(pend[0].SendingSince.Add(time.Hour)) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the outbox never waited: %+v", pend)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if n := len(h.graph.MessagesTo(customer)); n != 1 {
		t.Fatalf("%d sends before the bounded wait ended", n)
	}
	h.advance(time.Hour + time.Second)
	h.p.Outbox().Notify()
	h.waitMessages(3)
	h.settle()
	if n := sentByKey(h.graph)[first.CallbackData]; n != 2 {
		t.Errorf("interrupted send went out %d times, want 2 (the reported repeat)", n)
	}
	if st := h.p.Outbox().State(); st.Resends != 1 {
		t.Errorf("state %+v", st)
	}
}

// TestOutbox_AuthErrorPausesAndResumes: an expired token keeps the replies,
// marks health critical with the reason, and they go out once the token
// works again.
func TestOutbox_AuthErrorPausesAndResumes(t *testing.T) {
	h := newHarness(t, func(o *pipeline.Options) { o.AuthCheckEvery = 50 * time.Millisecond })
	h.graph.SetToken("rotated-by-meta")
	h.text(seed)
	deadline := time.Now().Add(10 * time.Second)
	for h.p.Outbox().State().Paused == "" {
		if time.Now().After(deadline) {
			t.Fatal("sending never paused")
		}
		time.Sleep(10 * time.Millisecond)
	}
	st := outboxHealth(h)
	if st.Status != health.Critical || !strings.Contains(st.Message, "190") {
		t.Errorf("health %+v", st)
	}
	time.Sleep(200 * time.Millisecond) // several checks fail meanwhile
	if pend, _ := h.p.Outbox().Pending(); len(pend) == 0 {
		t.Fatal("replies were dropped while paused")
	}
	if n := len(h.graph.MessagesTo(customer)); n != 0 {
		t.Fatalf("%d sent with a refused token", n)
	}
	h.graph.SetToken(token)
	h.waitMessages(2)
	h.settle()
	if st := outboxHealth(h); st.Status == health.Critical {
		t.Errorf("still critical: %+v", st)
	}
	if o := h.onlyOrder(); o.State != pipeline.StateReplied || o.NeedsStaff {
		t.Errorf("order %s needs staff %v: %s", o.State, o.NeedsStaff, o.StaffNote)
	}
}

// TestOutbox_MalformedAnswersRetried: a 2xx the client cannot read, on the
// upload and on a send, is neither success nor a permanent failure: the PDF
// still goes out, and the send is settled by its status, once.
func TestOutbox_MalformedAnswersRetried(t *testing.T) {
	h := newHarnessWith(t, harnessOptions{statuses: true}, func(o *pipeline.Options) { o.ResendAfter = 2 * time.Second })
	h.graph.AddFault(graphsim.Fault{Times: 1, Only: "upload", Malformed: true})
	h.graph.AddFault(graphsim.Fault{Times: 1, Only: "send", Malformed: true, Body: "<html>gateway</html>"})
	h.text(seed)
	ms := h.waitMessages(2)
	h.settle()
	if ms[0].Type != "document" {
		t.Errorf("first reply %s", describe(ms))
	}
	sentOnceEach(t, h.graph, false)
	if o := h.onlyOrder(); o.State != pipeline.StateReplied || o.NeedsStaff {
		t.Errorf("order %s needs staff %v", o.State, o.NeedsStaff)
	}
}

// TestOutbox_SlowGraphBeyondTimeout: a Graph API slower than the client's
// timeout gets nothing sent twice and everything sent once it is fast.
func TestOutbox_SlowGraphBeyondTimeout(t *testing.T) {
	h := newHarnessWith(t, harnessOptions{timeout: 100 * time.Millisecond}, func(o *pipeline.Options) { o.ResendAfter = 200 * time.Millisecond })
	h.graph.SetLatency(400 * time.Millisecond)
	h.text(seed)
	time.Sleep(700 * time.Millisecond)
	if n := len(h.graph.MessagesTo(customer)); n != 0 {
		t.Fatalf("%d accepted while slower than the timeout", n)
	}
	h.graph.SetLatency(0)
	h.waitMessages(2)
	h.settle()
	sentOnceEach(t, h.graph, false)
}

// TestOutbox_UnrecordedSendHalts: a send that went out but cannot be
// recorded (the store is gone, as on a full disk) stops the outbox with
// health critical instead of sending it again and again.
func TestOutbox_UnrecordedSendHalts(t *testing.T) {
	var h *harness
	h = newHarnessWith(t, harnessOptions{sender: func(s pipeline.Sender) pipeline.Sender {
		return &closingSender{Sender: s, close: func() { _ = h.db.Bolt().Close() }}
	}}, nil)
	h.text(seed)
	h.waitMessages(1)
	time.Sleep(500 * time.Millisecond) // the old outbox re-sent in a tight loop here
	if n := len(h.graph.MessagesTo(customer)); n != 1 {
		t.Errorf("%d sends for one reply whose record failed", n)
	}
	st := outboxHealth(h)
	if st.Status != health.Critical || !strings.Contains(st.Message, "could not be recorded") {
		t.Errorf("health %+v", st)
	}
}

// closingSender closes the store right after the first send goes out.
type closingSender struct {
	pipeline.Sender
	close func()
	done  atomic.Bool
}

func (s *closingSender) SendDocument(ctx context.Context, to, mediaID, filename, caption string) (string, error) {
	id, err := s.Sender.SendDocument(ctx, to, mediaID, filename, caption)
	if err == nil && !s.done.Swap(true) {
		s.close()
	}
	return id, err
}

func (s *closingSender) SendText(ctx context.Context, to, body, replyTo string) (string, error) {
	id, err := s.Sender.SendText(ctx, to, body, replyTo)
	if err == nil && !s.done.Swap(true) {
		s.close()
	}
	return id, err
}

// TestOutbox_RetryingCountedForHealth: sends that failed and wait to be
// retried are counted by the commits that write them, so /healthz reports
// them (with the last error) without decoding the outbox, and the count
// falls back to 0 once they are delivered.
func TestOutbox_RetryingCountedForHealth(t *testing.T) {
	h := newHarness(t, func(o *pipeline.Options) { o.MinBackoff, o.MaxBackoff = time.Hour, time.Hour })
	h.graph.AddFault(graphsim.FailHTTP(1000, 503))
	h.text(seed)
	deadline := time.Now().Add(10 * time.Second)
	var st health.State
	for {
		if st = outboxHealth(h); st.Status == health.Degraded {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("a failing send never showed in health: %+v", st)
		}
		time.Sleep(10 * time.Millisecond)
	}
	pend, err := h.p.Outbox().Pending()
	if err != nil {
		t.Fatal(err)
	}
	retrying := 0
	for _, m := range pend {
		if m.Attempts > 0 {
			retrying++
		}
	}
	want := fmt.Sprintf("%d sends waiting to be retried, last error: ", retrying)
	if retrying == 0 || !strings.HasPrefix(st.Message, want) || !strings.Contains(st.Message, "503") {
		t.Errorf("health %q with %d of %d pending sends retried", st.Message, retrying, len(pend))
	}
	if n, ok := st.Details["pending_sends"].(uint64); !ok || int(n) != len(pend) {
		t.Errorf("pending_sends %v, %d pending", st.Details["pending_sends"], len(pend))
	}
	_ = h.db.Bolt().View(func(tx *bolt.Tx) error {
		if n, last := pipeline.Retrying(tx); int(n) != retrying || !strings.Contains(last, "503") {
			t.Errorf("counter %d (%q), %d retrying in the outbox", n, last, retrying)
		}
		return nil
	})
	h.graph.ClearFaults()
	h.advance(2 * time.Hour)
	h.p.Outbox().Notify()
	h.waitMessages(2)
	h.settle()
	if st = outboxHealth(h); st.Status != health.OK || st.Details["pending_sends"] != uint64(0) {
		t.Errorf("after delivery: %+v", st)
	}
	_ = h.db.Bolt().View(func(tx *bolt.Tx) error {
		if n, _ := pipeline.Retrying(tx); n != 0 {
			t.Errorf("%d retrying after delivery", n)
		}
		return nil
	})
	sentOnceEach(t, h.graph, false)
}
