package pipeline_test

import (
	"testing"
	"time"
)

func TestPipeline_Summary(t *testing.T) {
	h := reviewHarness(t)
	v0 := h.p.Version()
	o := h.reviewOrder(seed)
	if h.p.Version() == v0 {
		t.Error("Version did not move after a message")
	}
	from, to := h.p.Today()
	if !from.Before(h.clock()) || !to.After(h.clock()) || to.Sub(from) < 23*time.Hour {
		t.Fatalf("Today = %s .. %s at %s", from, to, h.clock())
	}
	s, err := h.p.Summary(bg, from, to)
	if err != nil {
		t.Fatal(err)
	}
	if s.Messages != 1 || s.Customers != 1 || s.Orders != 1 || s.Review != 1 || s.Invoices != 0 || s.Revenue != 0 {
		t.Errorf("before approval: %+v", s)
	}
	if err := h.p.Approve(bg, o.ID, "سارة"); err != nil {
		t.Fatal(err)
	}
	h.waitMessages(3)
	h.settle()
	s, err = h.p.Summary(bg, from, to)
	if err != nil {
		t.Fatal(err)
	}
	d := h.documents()[0]
	if s.Review != 0 || s.Invoices != 1 || s.UnpaidCount != 1 || s.Revenue != d.Totals.Total || s.Unpaid != d.Totals.Total || s.VAT != d.Totals.VAT || s.Paid != 0 {
		t.Errorf("after approval: %+v (invoice total %s VAT %s)", s, d.Totals.Total, d.Totals.VAT)
	}
	if err := h.p.MarkPaid(bg, d.Number, "cash", "سارة"); err != nil {
		t.Fatal(err)
	}
	if s, _ = h.p.Summary(bg, from, to); s.Paid != d.Totals.Total || s.Unpaid != 0 || s.PaidCount != 1 {
		t.Errorf("after payment: %+v", s)
	}
	if _, err := h.p.Void(bg, d.Number, "wrong colour", "منى"); err != nil {
		t.Fatal(err)
	}
	if s, _ = h.p.Summary(bg, from, to); s.Invoices != 0 || s.Voided != 1 || s.Revenue != 0 {
		t.Errorf("after void: %+v", s)
	}
	// Yesterday holds none of it.
	if s, _ = h.p.Summary(bg, from.AddDate(0, 0, -1), from); s.Messages != 0 || s.Orders != 0 || s.Voided != 0 || s.Review != 0 {
		t.Errorf("yesterday: %+v", s)
	}
}
