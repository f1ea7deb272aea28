package ingest_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"fatoora/appliance/ingest"
)

// sourceCounter is an Observer counting messages by source.
type sourceCounter struct {
	mu     sync.Mutex
	n      map[string]int
	stages map[string]int
}

func (s *sourceCounter) MessagesReceived(source string, n int) {
	s.mu.Lock()
	s.n[source] += n
	s.mu.Unlock()
}

func (s *sourceCounter) Stage(stage string, _ time.Duration) {
	s.mu.Lock()
	if s.stages == nil {
		s.stages = map[string]int{}
	}
	s.stages[stage]++
	s.mu.Unlock()
}

// TestIngester_Observer: the observer counts each new message once, by the
// source it came from; a retried body, a message already stored and a
// status are not messages received. The commit of a post that stored a new
// message is timed (issue 16's stages).
func TestIngester_Observer(t *testing.T) {
	obs := &sourceCounter{n: map[string]int{}}
	in := newIngester(t, openStore(t), ingest.Options{Observer: obs})
	msg := func(id string) string {
		return fmt.Sprintf(`{"from":"201001234567","id":%q,"timestamp":"1764000000","type":"text","text":{"body":"سلام"}}`, id)
	}
	status := `{"id":"wamid.OUT1","status":"delivered","timestamp":"1764000001","recipient_id":"201001234567"}`
	for _, step := range []struct{ source, msgs, statuses string }{
		{"webhook", msg("wamid.A") + "," + msg("wamid.B"), ""},
		{"webhook", msg("wamid.A") + "," + msg("wamid.B"), ""}, // Meta's retry, the same body
		{"relay", msg("wamid.B") + "," + msg("wamid.C"), ""},   // one new, one stored
		{"simulator", msg("wamid.D"), ""},
		{"webhook", "", status},
	} {
		body := metaEscape(envelope(contact("201001234567", "أحمد"), step.msgs, step.statuses))
		if _, err := in.Accept(context.Background(), body, ingest.Sign(secret, body), step.source); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]int{"webhook": 2, "relay": 1, "simulator": 1}
	if fmt.Sprint(obs.n) != fmt.Sprint(want) {
		t.Errorf("told %v, want %v", obs.n, want)
	}
	// The commit is timed once per post that stored a new message.
	if want := map[string]int{ingest.StageCommit: 3}; fmt.Sprint(obs.stages) != fmt.Sprint(want) {
		t.Errorf("stages timed %v, want %v", obs.stages, want)
	}
}
