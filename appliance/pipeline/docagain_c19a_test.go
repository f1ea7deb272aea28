package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"fatoora/appliance/pipeline"
)

// ordersByNewest lists the customer's orders, newest first.
func ordersByNewest(t *testing.T, h *harness) []pipeline.Order {
	t.Helper()
	page, err := h.p.Orders(context.Background(), pipeline.OrderFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return page.Orders
}

// TestPipeline_InvoiceAskedAgainIsSentAgain: "ممكن تبعتلي الفاتورة تاني؟"
// after an invoice sends the same PDF again, with its caption; no second
// invoice is issued and nobody is called.
func TestPipeline_InvoiceAskedAgainIsSentAgain(t *testing.T) {
	for _, again := range []string{"ممكن تبعتلي الفاتورة تاني؟", "الفاتورة مش بتفتح عندي", "send me the invoice again please", "ab3atli el fatora tany law sama7t"} {
		t.Run(again, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text(seed)
			ms := h.waitMessages(2)
			if ms[0].Document == nil {
				t.Fatalf("want an invoice first: %s", describe(ms))
			}
			h.text(again)
			h.waitMessages(3)
			h.settle()
			ms = h.graph.MessagesTo(customer)
			if len(ms) != 3 || ms[2].Document == nil || ms[2].Document.Filename != ms[0].Document.Filename ||
				!strings.Contains(ms[2].Document.Caption, strings.TrimSuffix(ms[0].Document.Filename, ".pdf")) {
				t.Fatalf("want the invoice again: %s", describe(ms))
			}
			if n := len(h.documents()); n != 1 {
				t.Errorf("%d documents issued", n)
			}
			o := ordersByNewest(t, h)[0]
			if o.Rule != pipeline.RuleDocAgain || o.NeedsStaff || o.Document != "" {
				t.Errorf("order %s rule %s needs staff %v document %q", o.ID, o.Rule, o.NeedsStaff, o.Document)
			}
		})
	}
}

// TestPipeline_QuoteAskedAgainSendsTheQuote: a quote's PDF asked for again
// goes again, and the quote can still be confirmed afterwards.
func TestPipeline_QuoteAskedAgainSendsTheQuote(t *testing.T) {
	h := newHarness(t, nil)
	h.text("بكام متر المطبخ الام دي اف الابيض؟")
	ms := h.waitMessages(2)
	if ms[0].Document == nil || !strings.HasPrefix(ms[0].Document.Filename, "QUO-") {
		t.Fatalf("want a quote: %s", describe(ms))
	}
	h.text("عرض السعر موصلش، ابعته تاني لو سمحت")
	ms = h.waitMessages(3)
	if ms[2].Document == nil || ms[2].Document.Filename != ms[0].Document.Filename {
		t.Fatalf("want the quote again: %s", describe(ms))
	}
	h.tap(ms[1], "تأكيد الطلب")
	ms = h.waitMessages(5)
	if ms[3].Document == nil || !strings.HasPrefix(ms[3].Document.Filename, "INV-") {
		t.Fatalf("want the invoice after confirming: %s", describe(ms))
	}
}

// TestPipeline_DocumentAskedAgainWithNoneGoesToStaff: with no document in
// the conversation, a person finds the one asked for (it was not the
// greeting).
func TestPipeline_DocumentAskedAgainWithNoneGoesToStaff(t *testing.T) {
	h := newHarness(t, nil)
	h.text("ابعتلي الفاتورة تاني لو سمحت")
	ms := h.waitMessages(1)
	h.settle()
	if len(ms) != 1 || ms[0].Document != nil || len(h.documents()) != 0 {
		t.Fatalf("want one text: %s", describe(ms))
	}
	o := h.onlyOrder()
	if o.Decision != pipeline.DecReview || !o.NeedsStaff || o.Rule != pipeline.RuleDocAgain {
		t.Errorf("decision %s rule %s needs staff %v", o.Decision, o.Rule, o.NeedsStaff)
	}
	convs, _ := h.conversations()
	if len(convs) != 1 || !convs[0].Flag {
		t.Errorf("not flagged for staff: %+v", convs)
	}
}

// TestPipeline_DocumentNamedIsNotAlwaysAskedAgain: a change to the document,
// a document's number or "كمان" (also) is no request to send it again.
func TestPipeline_DocumentNamedIsNotAlwaysAskedAgain(t *testing.T) {
	for _, text := range []string{"الفاتورة مش مظبوطة، السعر غلط", "ابعتلي الفاتورة رقم ١٢ تاني", "عايز الفاتورة باسم الشركة", "the invoice is not correct"} {
		t.Run(text, func(t *testing.T) {
			h := newHarness(t, nil)
			h.text(seed)
			h.waitMessages(2)
			h.text(text)
			h.waitMessages(3)
			h.settle()
			ms := h.graph.MessagesTo(customer)
			if len(ms) != 3 || ms[2].Document != nil {
				t.Fatalf("sent a document for %q: %s", text, describe(ms))
			}
			if o := ordersByNewest(t, h)[0]; o.Rule == pipeline.RuleDocAgain || !o.NeedsStaff {
				t.Errorf("%q: rule %s needs staff %v", text, o.Rule, o.NeedsStaff)
			}
		})
	}
}

// TestPipeline_DocumentReceivedIsThanked: "الفاتورة وصلت، شكرا" after an
// invoice is thanks, for nobody to handle.
func TestPipeline_DocumentReceivedIsThanked(t *testing.T) {
	h := newHarness(t, nil)
	h.text(seed)
	h.waitMessages(2)
	h.text("الفاتورة وصلت، شكرا")
	h.waitMessages(3)
	h.settle()
	ms := h.graph.MessagesTo(customer)
	if o := ordersByNewest(t, h)[0]; len(ms) != 3 || ms[2].Document != nil || o.NeedsStaff || o.Decision != pipeline.DecGreeting ||
		!strings.Contains(ms[2].Text, "العفو") {
		t.Errorf("decision %s needs staff %v: %s", o.Decision, o.NeedsStaff, describe(ms))
	}
}

// TestPipeline_DocumentAskedBeforeItIsOut: "ابعتلي الفاتورة تاني" while
// the box still waits for a colour says the invoice is not out yet and asks
// the colour again; the answer then invoices as before.
func TestPipeline_DocumentAskedBeforeItIsOut(t *testing.T) {
	h := newHarness(t, nil)
	h.text("عايز 4 كراسي سفرة زان")
	h.waitMessages(1)
	h.text("ابعتلي الفاتورة تاني لو سمحت")
	ms := h.waitMessages(2)
	q := ms[1]
	if q.Interactive == nil || len(q.Interactive.Buttons) != 2 || !strings.Contains(q.Interactive.Body, "لسه مطلعتش") {
		t.Fatalf("want the colour asked again, the invoice not out yet: %s", describe(ms))
	}
	if o := ordersByNewest(t, h)[0]; o.NeedsStaff || o.Decision != pipeline.DecAsk {
		t.Errorf("decision %s needs staff %v", o.Decision, o.NeedsStaff)
	}
	h.tap(q, "بني")
	ms = h.waitMessages(4)
	if ms[2].Type != "document" || len(h.documents()) != 1 {
		t.Fatalf("after the answer: %s", describe(ms))
	}
}
