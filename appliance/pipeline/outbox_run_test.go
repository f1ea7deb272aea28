package pipeline_test

import (
	"context"
	"sync/atomic"
	"testing"

	"fatoora/appliance/pipeline"
	"fatoora/appliance/whatsapp"

	bolt "go.etcd.io/bbolt"
)

// refusingSender refuses the first send of one kind with err, before it
// reaches the stand-in (Meta answered: nothing went out).
type refusingSender struct {
	pipeline.Sender
	kind string // pipeline.SendText or pipeline.SendDocument
	err  error
	done atomic.Bool
}

func (s *refusingSender) refuse(kind string) bool {
	return kind == s.kind && !s.done.Swap(true)
}

func (s *refusingSender) SendText(ctx context.Context, to, body, replyTo string) (string, error) {
	if s.refuse(pipeline.SendText) {
		return "", s.err
	}
	return s.Sender.SendText(ctx, to, body, replyTo)
}

func (s *refusingSender) SendDocument(ctx context.Context, to, mediaID, filename, caption string) (string, error) {
	if s.refuse(pipeline.SendDocument) {
		return "", s.err
	}
	return s.Sender.SendDocument(ctx, to, mediaID, filename, caption)
}

// TestOutbox_ReplyIsOneRun: an invoiced order costs four commits in all —
// ingest, the decision, and one commit marking its document and summary in
// flight and one recording both (issue 16).
func TestOutbox_ReplyIsOneRun(t *testing.T) {
	h := newHarness(t, nil)
	h.text(seed) // the first order warms the caches
	h.waitMessages(2)
	h.settle()
	txid := func() (id int) {
		_ = h.db.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil })
		return id
	}
	before := txid()
	h.text(seed)
	h.waitMessages(4)
	h.settle()
	if n := txid() - before; n != 4 {
		t.Errorf("an invoiced order took %d commits, want 4 (ingest, decision, the reply's mark and its record)", n)
	}
	sentOnceEach(t, h.graph, true)
}

// TestOutbox_RunLaterSendRetried: the summary of a run is refused with a
// retryable error after its document went out: the document is recorded,
// the summary goes again after its backoff, and each is sent once.
func TestOutbox_RunLaterSendRetried(t *testing.T) {
	h := newHarnessWith(t, harnessOptions{sender: func(s pipeline.Sender) pipeline.Sender {
		return &refusingSender{Sender: s, kind: pipeline.SendText,
			err: &whatsapp.APIError{Op: "send text", HTTPStatus: 500, Code: 2, Message: "unexpected"}}
	}}, nil)
	h.text(seed)
	h.waitMessages(2)
	h.settle()
	sentOnceEach(t, h.graph, true)
	o := h.onlyOrder()
	if o.State != pipeline.StateReplied || len(o.Sends) != 2 || o.Sends[0].WAMID == "" || o.Sends[1].WAMID == "" {
		t.Errorf("order %s, sends %+v", o.State, o.Sends)
	}
	if ms := h.graph.MessagesTo(customer); ms[0].Type != "document" || ms[1].Type != "text" {
		t.Errorf("sent %s", describe(ms))
	}
}

// TestOutbox_RunFirstSendRefused: the document of a run is refused for
// good (the number is not on WhatsApp): it is recorded as refused, the
// order goes to staff, and the summary, which had not gone out, still goes
// once.
func TestOutbox_RunFirstSendRefused(t *testing.T) {
	h := newHarnessWith(t, harnessOptions{sender: func(s pipeline.Sender) pipeline.Sender {
		return &refusingSender{Sender: s, kind: pipeline.SendDocument,
			err: &whatsapp.APIError{Op: "send document", HTTPStatus: 400, Code: whatsapp.CodeUndeliverable, Message: "undeliverable"}}
	}}, nil)
	h.text(seed)
	ms := h.waitMessages(1)
	h.settle()
	if len(ms) != 1 || ms[0].Type != "text" {
		t.Fatalf("sent %s, want the summary alone", describe(ms))
	}
	o := h.onlyOrder()
	if !o.NeedsStaff || len(o.Sends) != 2 {
		t.Fatalf("order needs staff %v, sends %+v", o.NeedsStaff, o.Sends)
	}
	var refused, sent int
	for _, s := range o.Sends {
		switch {
		case s.Error != "":
			refused++
		case s.WAMID != "":
			sent++
		}
	}
	if refused != 1 || sent != 1 {
		t.Errorf("sends %+v: want one refused and one sent", o.Sends)
	}
}
