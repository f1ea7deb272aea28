package pipeline_test

import (
	"errors"
	"testing"

	"fatoora/appliance/pipeline"

	bolt "go.etcd.io/bbolt"
)

func TestPipeline_WithRecord(t *testing.T) {
	h := reviewHarness(t)
	o := h.reviewOrder(seed)
	// A record that fails undoes the action.
	refuse := pipeline.WithRecord(bg, func(tx *bolt.Tx) error { return errors.New("log full") })
	if err := h.p.Dismiss(refuse, o.ID, "سارة", "x"); err == nil {
		t.Fatal("dismissed although the record failed")
	}
	if got, _ := h.p.Order(bg, o.ID); !got.NeedsStaff {
		t.Fatal("the action committed without its record")
	}
	// A record runs in the action's own transaction: it sees the change.
	var seen bool
	ctx := pipeline.WithRecord(bg, func(tx *bolt.Tx) error {
		seen = pipeline.OrderOfMessage(tx, o.Messages[0]) == o.ID && tx.Writable()
		return nil
	})
	if err := h.p.Dismiss(ctx, o.ID, "سارة", "called back"); err != nil {
		t.Fatal(err)
	}
	if got, _ := h.p.Order(bg, o.ID); got.NeedsStaff || !seen {
		t.Errorf("needs staff %v, record ran in a write transaction: %v", got.NeedsStaff, seen)
	}
	for name, act := range map[string]func() error{
		"take over": func() error { return h.p.TakeOver(refuse, customer, "سارة") },
		"reply":     func() error { return h.p.StaffReply(refuse, customer, customer, "سارة", "أهلاً") },
		"tier":      func() error { return h.p.SetTier(refuse, customer, "vip") },
	} {
		if err := act(); err == nil {
			t.Errorf("%s: done although the record failed", name)
		}
	}
	if c, _ := h.p.Conversation(bg, customer); !c.PausedUntil.IsZero() || c.Tier != "" {
		t.Errorf("conversation changed without its record: %+v", c)
	}
}
