package pipeline_test

import (
	"strings"
	"testing"

	"fatoora/appliance/pipeline"
	"fatoora/catalog"
)

// Several asked with no count ("عايز ترابيزات سفرة": tables), then one
// picked from "which one?": how many is still unsaid — no invoice of one;
// the box asks.
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
	if o, ms := h.onlyOrder(), h.graph.MessagesTo(customer); o.Rule != pipeline.RuleUncounted || !strings.Contains(ms[len(ms)-1].Text, "كام") {
		t.Errorf("want how many tables asked: rule %s: %s", o.Rule, describe(ms))
	}
}

// "كراسي" with no count, its colour then answered: still no invoice of
// one — the box asks how many, and the typed count is the line's quantity.
func TestPipeline_PluralColouredAsksHowMany(t *testing.T) {
	for _, answer := range []string{"٦", "ستة لو سمحت", "6 كراسي", "هاخد 6"} {
		t.Run(answer, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text("عايز كراسي سفرة زان")
			ms := h.waitMessages(1)
			if ms[0].Interactive == nil || len(ms[0].Interactive.Buttons) != 2 {
				t.Fatalf("want the chairs' colour asked: %s", describe(ms))
			}
			h.tap(ms[0], "بني")
			ms = h.waitMessages(2)
			h.settle()
			o := h.onlyOrder()
			if o.Document != "" || o.NeedsStaff || o.Rule != pipeline.RuleUncounted || !strings.Contains(ms[1].Text, "كام") {
				t.Fatalf("chairs (no count) after their colour: want how many asked; document %q, needs staff %v, rule %s: %s", o.Document, o.NeedsStaff, o.Rule, describe(ms))
			}
			h.text(answer)
			h.waitMessages(4)
			h.settle()
			docs := h.documents()
			if len(docs) != 1 || len(docs[0].Lines) != 1 || docs[0].Lines[0].SKU != "T-CHAIR" || docs[0].Lines[0].Quantity != catalog.MilliFromFloat(6) || docs[0].Lines[0].Color != "بني" {
				t.Fatalf("%q to how many: want six brown chairs invoiced, have %+v: %s", answer, docs, describe(h.graph.MessagesTo(customer)))
			}
		})
	}
}

// An answer to how many that says no count, or two, is no count: the
// question stays open and nothing is invoiced.
func TestPipeline_HowManyNotAnswered(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز كراسي سفرة زان")
	ms := h.waitMessages(1)
	h.tap(ms[0], "بني")
	h.waitMessages(2)
	h.text("٤ ولا ٦ مش عارف")
	h.waitMessages(3)
	h.settle()
	if docs := h.documents(); len(docs) != 0 {
		t.Fatalf("no count said, yet documents %+v: %s", docs, describe(h.graph.MessagesTo(customer)))
	}
}
