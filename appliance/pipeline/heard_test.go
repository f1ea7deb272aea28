package pipeline_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"fatoora/appliance/pipeline"
	"fatoora/appliance/queue"
	"fatoora/appliance/understand"

	bolt "go.etcd.io/bbolt"
)

type failingUnderstander struct{ panics bool }

func (f failingUnderstander) Understand(context.Context, string) (understand.Result, error) {
	if f.panics {
		panic("understander broke")
	}
	return understand.Result{}, errors.New("understander down")
}

// TestPipeline_SenderRecordedWhenHandled: since issue 16 ingest's answer
// stores the message and its queue item, and the customer, the customers
// index and the customer's message index are written by the pipeline's
// first commit for the message (ingest.Heard). The staff pages find them
// once the message is handled — and also while a message whose handling
// fails (an error, a panic) waits for its retry, written on their own.
func TestPipeline_SenderRecordedWhenHandled(t *testing.T) {
	for _, tc := range []struct {
		name string
		with understand.Understander
	}{
		{"answered", nil},
		{"understanding fails", failingUnderstander{}},
		{"understanding panics", failingUnderstander{panics: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, func(o *pipeline.Options) {
				if tc.with != nil {
					o.Understander = tc.with
				}
			})
			id := h.text(seed)
			deadline := time.Now().Add(10 * time.Second)
			var page pipeline.CustomerPage
			var thread pipeline.MessagePage
			for {
				var err error
				if page, err = h.p.Customers(context.Background(), pipeline.Page{Limit: 10}); err != nil {
					t.Fatal(err)
				}
				if thread, err = h.p.Messages(context.Background(), customer, pipeline.Page{Limit: 10}); err != nil {
					t.Fatal(err)
				}
				if len(page.Customers) > 0 && len(thread.Messages) > 0 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("the customer never appeared: %d customers, %d messages in the thread", len(page.Customers), len(thread.Messages))
				}
				time.Sleep(10 * time.Millisecond)
			}
			c := page.Customers[0].Customer
			if c.Key != customer || c.Name != "منى عادل" || c.WaID != customer || c.FirstSeen.IsZero() || c.LastInbound.IsZero() {
				t.Errorf("customer %+v", c)
			}
			// the customer's message, whether or not the reply is recorded
			// yet (newest first: the reply may be listed before it)
			if !slices.ContainsFunc(thread.Messages, func(m pipeline.ThreadMessage) bool { return m.WAMID == id && m.In != nil }) {
				t.Errorf("thread %+v, want the customer's message %s", thread.Messages, id)
			}
			if tc.with == nil {
				h.waitMessages(2)
				h.settle()
				return
			}
			// Still waiting to be answered: the item is retried, not lost.
			var items []queue.Item
			if err := h.db.View(func(tx *bolt.Tx) (err error) { items, err = queue.List(tx); return }); err != nil {
				t.Fatal(err)
			}
			if len(items) != 1 || items[0].Ref != id {
				t.Errorf("queue %+v, want the message's item", items)
			}
		})
	}
}
