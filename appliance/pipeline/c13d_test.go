package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"fatoora/appliance/pipeline"
)

// Several asked with no count ("عايز ترابيزات سفرة": tables), then one
// picked from "which one?": how many is still unsaid — no invoice of one.
func TestPipeline_PluralPickedIsNotOne(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز ترابيزات سفرة")
	ms := h.waitMessages(1)
	if ms[0].Interactive == nil {
		t.Fatalf("want which table: %s", describe(ms))
	}
	h.tap(ms[0], "ترابيزة سفرة زان")
	h.waitMessages(2)
	h.settle()
	for _, m := range h.graph.MessagesTo(customer) {
		if m.Document != nil && strings.HasPrefix(m.Document.Filename, "INV-") {
			t.Fatalf("tables (no count) invoiced as one: %s", describe(h.graph.MessagesTo(customer)))
		}
	}
	if o := h.onlyOrder(); !o.NeedsStaff {
		t.Errorf("the order does not wait for staff: %+v", o)
	}
}

// "كراسي" with no count, its colour then answered: still no invoice of
// one; a person approving it vouches for the lines and the invoice goes.
func TestPipeline_PluralColouredIsNotOne(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز كراسي سفرة زان")
	ms := h.waitMessages(1)
	if ms[0].Interactive == nil || len(ms[0].Interactive.Buttons) != 2 {
		t.Fatalf("want the chairs' colour asked: %s", describe(ms))
	}
	h.tap(ms[0], "بني")
	h.waitMessages(2)
	h.settle()
	o := h.onlyOrder()
	if o.Document != "" || !o.NeedsStaff || o.Rule != pipeline.RuleUncounted {
		t.Fatalf("chairs (no count) after their colour: document %q, needs staff %v, rule %s", o.Document, o.NeedsStaff, o.Rule)
	}
	if err := h.p.Approve(context.Background(), o.ID, "mona"); err != nil {
		t.Fatal(err)
	}
	h.waitMessages(4)
	if o = h.onlyOrder(); o.Document == "" {
		t.Errorf("approved, yet no invoice: rule %s, %s", o.Rule, describe(h.graph.MessagesTo(customer)))
	}
}
