package pipeline_test

import (
	"errors"
	"strings"
	"testing"

	"fatoora"
	"fatoora/appliance/pipeline"
)

func TestPipeline_Resend(t *testing.T) {
	h := newHarness(t, nil)
	h.text(seed)
	ms := h.waitMessages(2)
	h.settle()
	docs := h.documents()
	if len(docs) != 1 {
		t.Fatalf("documents = %d", len(docs))
	}
	before := len(ms)
	key, err := h.p.Resend(bg, docs[0].Number, "سارة")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(key, "staff-"+customer+"/") {
		t.Errorf("key = %q", key)
	}
	ms = h.waitMessages(before + 1)
	last := ms[len(ms)-1]
	if last.Type != "document" || last.Document.Filename != docs[0].Number+".pdf" {
		t.Fatalf("resent: %s", describe(ms))
	}
	h.settle()
	// The resend is in the customer's thread, with its document.
	page, err := h.p.Messages(bg, customer, pipeline.Page{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range page.Messages {
		if m.ID == key && m.Doc == docs[0].Number && m.Direction == pipeline.Outbound {
			found = true
		}
	}
	if !found {
		t.Errorf("resend not in the thread: %+v", page.Messages)
	}
	// The order did not move.
	o, err := h.p.Order(bg, docs[0].OrderID)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range o.Sends {
		if s.Key == key {
			t.Errorf("the resend was recorded on the order: %+v", s)
		}
	}
	if _, err := h.p.Resend(bg, "INV-T1-000404", "سارة"); !errors.Is(err, fatoora.ErrNotFound) {
		t.Errorf("resend unknown: %v", err)
	}
}

func TestPipeline_NotesAndValue(t *testing.T) {
	h := newHarness(t, nil)
	h.text(seed)
	h.waitMessages(2)
	h.settle()
	docs := h.documents()
	if len(docs) != 1 {
		t.Fatalf("documents = %d", len(docs))
	}
	v, err := h.p.CustomerValue(bg, customer)
	if err != nil {
		t.Fatal(err)
	}
	if v.Invoices != 1 || v.Total != int64(docs[0].Totals.Total) || v.Paid != 0 {
		t.Errorf("value before payment = %+v", v)
	}
	if err := h.p.MarkPaid(bg, docs[0].Number, "cash", "سارة"); err != nil {
		t.Fatal(err)
	}
	if v, _ = h.p.CustomerValue(bg, customer); v.Paid != v.Total || v.Total == 0 {
		t.Errorf("value after payment = %+v", v)
	}
	if _, err := h.p.Void(bg, docs[0].Number, "wrong colour", "منى"); err != nil {
		t.Fatal(err)
	}
	if v, _ = h.p.CustomerValue(bg, customer); v.Invoices != 0 || v.Total != 0 {
		t.Errorf("value after void = %+v", v)
	}

	for _, c := range []struct {
		text string
		want error
	}{{"  ", pipeline.ErrEmptyNote}, {"يفضّل التوصيل بعد العصر", nil}, {strings.Repeat("x", pipeline.MaxNoteLen+1), errors.New("long")}} {
		err := h.p.AddNote(bg, customer, "سارة", c.text)
		if (err == nil) != (c.want == nil) || (c.want == pipeline.ErrEmptyNote && !errors.Is(err, pipeline.ErrEmptyNote)) {
			t.Errorf("AddNote(%.10q) = %v, want %v", c.text, err, c.want)
		}
	}
	cv, err := h.p.Customer(bg, customer)
	if err != nil {
		t.Fatal(err)
	}
	if n := cv.Conversation.Notes; len(n) != 1 || n[0].By != "سارة" || n[0].Text != "يفضّل التوصيل بعد العصر" || n[0].At.IsZero() {
		t.Errorf("notes = %+v", n)
	}
	if h.p.BookConfig().BranchCode != "T1" {
		t.Errorf("book config = %+v", h.p.BookConfig())
	}
}
