package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fatoora"
	"fatoora/appliance/invoice"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/store"
	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/catalog"

	bolt "go.etcd.io/bbolt"
)

var bg = context.Background()

// reviewHarness sends every order to staff review (no understanding is
// sure enough), the way a low-confidence message would.
func reviewHarness(t *testing.T) *harness {
	return newHarness(t, func(o *pipeline.Options) { o.AutoIssueThreshold = 1 })
}

func (h *harness) reviewOrder(text string) pipeline.Order {
	h.t.Helper()
	h.text(text)
	h.waitMessages(len(h.graph.MessagesTo(customer)) + 1) // the holding message
	h.settle()
	page, err := h.p.Orders(bg, pipeline.OrderFilter{NeedsStaff: true})
	if err != nil {
		h.t.Fatal(err)
	}
	if len(page.Orders) == 0 || page.Orders[0].Decision != pipeline.DecReview {
		h.t.Fatalf("no order waits for review: %+v", page.Orders)
	}
	return page.Orders[0]
}

func TestPipeline_Approve(t *testing.T) {
	h := reviewHarness(t)
	o := h.reviewOrder(seed)
	if o.Document != "" || len(h.documents()) != 0 {
		t.Fatalf("an order in review was invoiced: %+v", o)
	}
	if err := h.p.Approve(bg, o.ID, "سارة"); err != nil {
		t.Fatal(err)
	}
	ms := h.waitMessages(3)
	if ms[1].Type != "document" || ms[1].Document.Filename != "INV-T1-000001.pdf" {
		t.Fatalf("after approval: %s", describe(ms))
	}
	h.settle()
	got, err := h.p.Order(bg, o.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.NeedsStaff || got.Document != "INV-T1-000001" || got.State != pipeline.StateReplied {
		t.Errorf("approved order: needs staff %v document %q state %s", got.NeedsStaff, got.Document, got.State)
	}
	if !slices.ContainsFunc(got.History, func(e pipeline.Event) bool { return e.Note == "approved by سارة" }) {
		t.Errorf("approval not in the history: %+v", got.History)
	}
	if page, _ := h.p.Orders(bg, pipeline.OrderFilter{NeedsStaff: true}); len(page.Orders) != 0 {
		t.Errorf("the review queue still lists %d orders", len(page.Orders))
	}
	if err := h.p.Approve(bg, o.ID, "سارة"); !errors.Is(err, pipeline.ErrNotReviewable) {
		t.Errorf("approving an invoiced order: %v", err)
	}
	if err := h.p.Approve(bg, "O999999", "سارة"); !errors.Is(err, fatoora.ErrNotFound) {
		t.Errorf("approving an unknown order: %v", err)
	}
}

func TestPipeline_SetLinesThenApprove(t *testing.T) {
	h := reviewHarness(t)
	o := h.reviewOrder(seed)
	line := o.Lines[0]
	line.Quantity = 3 * catalog.One
	if err := h.p.SetLines(bg, o.ID, "سارة", []pipeline.Line{line}); err != nil {
		t.Fatal(err)
	}
	got, _ := h.p.Order(bg, o.ID)
	if len(got.Lines) != 1 || got.Lines[0].Quantity != 3*catalog.One || !got.NeedsStaff || got.Decision != pipeline.DecReview {
		t.Fatalf("edited order: %+v", got)
	}
	if err := h.p.Approve(bg, o.ID, "سارة"); err != nil {
		t.Fatal(err)
	}
	h.waitMessages(3)
	h.settle()
	docs := h.documents()
	if len(docs) != 1 || len(docs[0].Lines) != 1 || docs[0].Lines[0].Quantity != 3*catalog.One || docs[0].Lines[0].SKU != line.SKU {
		t.Fatalf("the invoice does not carry the edited lines: %+v", docs)
	}
	if err := h.p.SetLines(bg, o.ID, "سارة", []pipeline.Line{line}); err == nil || !strings.Contains(err.Error(), "void it instead") {
		t.Errorf("editing an invoiced order: %v", err)
	}
	if err := h.p.SetLines(bg, "O999999", "سارة", nil); !errors.Is(err, fatoora.ErrNotFound) {
		t.Errorf("editing an unknown order: %v", err)
	}
}

func TestPipeline_Dismiss(t *testing.T) {
	h := reviewHarness(t)
	o := h.reviewOrder(seed)
	if err := h.p.Dismiss(bg, o.ID, "سارة", "answered by phone"); err != nil {
		t.Fatal(err)
	}
	got, _ := h.p.Order(bg, o.ID)
	if got.NeedsStaff || got.Document != "" {
		t.Errorf("dismissed order: %+v", got)
	}
	if last := got.History[len(got.History)-1]; last.Note != "handled by سارة: answered by phone" {
		t.Errorf("history ends with %q", last.Note)
	}
	if page, _ := h.p.Orders(bg, pipeline.OrderFilter{NeedsStaff: true}); len(page.Orders) != 0 {
		t.Errorf("a dismissed order is still in the review queue")
	}
	if err := h.p.Dismiss(bg, "O999999", "سارة", ""); !errors.Is(err, fatoora.ErrNotFound) {
		t.Errorf("dismissing an unknown order: %v", err)
	}
}

func TestPipeline_TakeOverAndResume(t *testing.T) {
	h := newHarness(t, func(o *pipeline.Options) { o.StaffTakeover = time.Hour })
	h.graph.AddFault(graphsim.FailRecipient(customer, 131047)) // flags the conversation
	h.text(seed)
	h.settle()
	h.graph.ClearFaults()
	if err := h.p.TakeOver(bg, customer, "سارة"); err != nil {
		t.Fatal(err)
	}
	c, err := h.p.Conversation(bg, customer)
	if err != nil || c.PausedBy != "سارة" || !c.PausedUntil.After(h.clock()) || !c.Flag {
		t.Fatalf("after take over: %+v %v", c, err)
	}
	h.text("عايز 2 كرسي سفرة زان طبيعي")
	h.settle()
	if n := len(h.graph.MessagesTo(customer)); n != 0 {
		t.Fatalf("the bot answered a conversation staff took over: %s", describe(h.graph.MessagesTo(customer)))
	}
	if err := h.p.Resume(bg, customer); err != nil {
		t.Fatal(err)
	}
	c, _ = h.p.Conversation(bg, customer)
	if c.PausedBy != "" || !c.PausedUntil.IsZero() || c.Flag || c.FlagReason != "" {
		t.Fatalf("after resume: %+v", c)
	}
	if page, _ := h.p.Conversations(bg, pipeline.ConversationFilter{Flagged: true}); len(page.Conversations) != 0 {
		t.Errorf("a resumed conversation is still listed as flagged")
	}
	h.text("عايز 2 كرسي سفرة زان طبيعي")
	if ms := h.waitMessages(2); ms[0].Type != "document" {
		t.Errorf("after resume: %s", describe(ms))
	}
}

func TestPipeline_Tier(t *testing.T) {
	h := newHarness(t, nil)
	if err := h.p.SetTier(bg, customer, "gold"); !errors.Is(err, invoice.ErrUnknownTier) {
		t.Errorf("an unconfigured tier: %v", err)
	}
	if tier, err := h.p.Tier(bg, customer); !errors.Is(err, fatoora.ErrNotFound) || tier != "" {
		t.Errorf("tier of a customer never heard from: %q %v", tier, err)
	}
	// Staff may put a customer in a tier before their first message.
	if err := h.p.SetTier(bg, "201005555555", "vip"); err != nil {
		t.Fatal(err)
	}
	if tier, err := h.p.Tier(bg, "201005555555"); err != nil || tier != "vip" {
		t.Errorf("tier set before the first message: %q %v", tier, err)
	}
	h.text("السلام عليكم")
	h.settle()
	for _, want := range []string{"vip", ""} {
		if err := h.p.SetTier(bg, customer, want); err != nil {
			t.Fatal(err)
		}
		if got, err := h.p.Tier(bg, customer); err != nil || got != want {
			t.Errorf("tier %q %v, want %q", got, err, want)
		}
	}
}

func TestPipeline_MarkPaidAndVoidUnknown(t *testing.T) {
	h := newHarness(t, nil)
	if err := h.p.MarkPaid(bg, "INV-T1-000404", "cash", "سارة"); !errors.Is(err, fatoora.ErrNotFound) {
		t.Errorf("mark paid: %v", err)
	}
	if _, err := h.p.Void(bg, "INV-T1-000404", "wrong size", "سارة"); !errors.Is(err, fatoora.ErrNotFound) {
		t.Errorf("void: %v", err)
	}
	if _, err := h.p.Document(bg, "INV-T1-000404"); !errors.Is(err, fatoora.ErrNotFound) {
		t.Errorf("document: %v", err)
	}
	if _, err := h.p.Order(bg, "O404"); !errors.Is(err, fatoora.ErrNotFound) {
		t.Errorf("order: %v", err)
	}
	if _, err := h.p.Customer(bg, "2010"); !errors.Is(err, fatoora.ErrNotFound) {
		t.Errorf("customer: %v", err)
	}
}

func TestPipeline_CancelledContext(t *testing.T) {
	h := newHarness(t, nil)
	h.text(seed)
	h.settle()
	ctx, cancel := context.WithCancel(bg)
	cancel()
	calls := map[string]func() error{
		"Orders":        func() error { _, err := h.p.Orders(ctx, pipeline.OrderFilter{}); return err },
		"Documents":     func() error { _, err := h.p.Documents(ctx, pipeline.DocumentFilter{}); return err },
		"Messages":      func() error { _, err := h.p.Messages(ctx, customer, pipeline.Page{}); return err },
		"Customers":     func() error { _, err := h.p.Customers(ctx, pipeline.Page{}); return err },
		"Conversations": func() error { _, err := h.p.Conversations(ctx, pipeline.ConversationFilter{}); return err },
		"Approve":       func() error { return h.p.Approve(ctx, "O000001", "سارة") },
		"StaffReply":    func() error { return h.p.StaffReply(ctx, customer, customer, "سارة", "x") },
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a cancelled context: %v", name, err)
		}
	}
}

// threeCustomers makes one invoiced order per customer, a minute apart.
func threeCustomers(h *harness) []string {
	h.t.Helper()
	cs := []string{"201001111111", "201002222222", "201003333333"}
	for _, c := range cs {
		h.post(graphsim.Inbound{From: c, Type: "text", Text: &graphsim.Text{Body: "عايز 2 كرسي سفرة زان طبيعي"}})
		h.settle()
		h.advance(time.Minute)
	}
	return cs
}

func TestPipeline_OrdersPages(t *testing.T) {
	h := newHarness(t, nil)
	cs := threeCustomers(h)
	var ids []string
	f := pipeline.OrderFilter{Page: pipeline.Page{Limit: 2}}
	for range 3 {
		page, err := h.p.Orders(bg, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range page.Orders {
			ids = append(ids, o.Customer)
		}
		if page.Next == "" {
			break
		}
		f.After = page.Next
	}
	if want := []string{cs[2], cs[1], cs[0]}; !slices.Equal(ids, want) {
		t.Errorf("orders by customer, newest first: %v, want %v", ids, want)
	}
	all, _ := h.p.Orders(bg, pipeline.OrderFilter{})
	second := all.Orders[1]
	for _, tc := range []struct {
		name string
		f    pipeline.OrderFilter
		want int
	}{
		{"one customer", pipeline.OrderFilter{Customer: cs[1]}, 1},
		{"decision", pipeline.OrderFilter{Decision: pipeline.DecInvoice}, 3},
		{"another decision", pipeline.OrderFilter{Decision: pipeline.DecQuote}, 0},
		{"state", pipeline.OrderFilter{State: pipeline.StateReplied}, 3},
		{"customer and state", pipeline.OrderFilter{Customer: cs[0], State: pipeline.StateReceived}, 0},
		{"needs staff", pipeline.OrderFilter{NeedsStaff: true}, 0},
		{"created from the second", pipeline.OrderFilter{Page: pipeline.Page{From: second.CreatedAt}}, 2},
		{"created before the second", pipeline.OrderFilter{Page: pipeline.Page{To: second.CreatedAt}}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page, err := h.p.Orders(bg, tc.f)
			if err != nil || len(page.Orders) != tc.want {
				t.Errorf("%d orders, want %d (%v)", len(page.Orders), tc.want, err)
			}
		})
	}
	if _, err := h.p.Orders(bg, pipeline.OrderFilter{Page: pipeline.Page{After: "not a cursor"}}); !errors.Is(err, store.ErrBadCursor) {
		t.Errorf("a bad cursor: %v", err)
	}
}

func TestPipeline_DocumentsFilters(t *testing.T) {
	h := newHarness(t, nil)
	cs := threeCustomers(h)
	if err := h.p.MarkPaid(bg, "INV-T1-000001", "cash", "سارة"); err != nil {
		t.Fatal(err)
	}
	cn, err := h.p.Void(bg, "INV-T1-000002", "wrong colour", "سارة")
	if err != nil {
		t.Fatal(err)
	}
	numbers := func(f pipeline.DocumentFilter) []string {
		t.Helper()
		page, err := h.p.Documents(bg, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range page.Documents {
			out = append(out, d.Number)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    pipeline.DocumentFilter
		want []string
	}{
		{"all", pipeline.DocumentFilter{}, []string{cn, "INV-T1-000003", "INV-T1-000002", "INV-T1-000001"}},
		{"invoices", pipeline.DocumentFilter{Kind: invoice.KindInvoice}, []string{"INV-T1-000003", "INV-T1-000002", "INV-T1-000001"}},
		{"credit notes", pipeline.DocumentFilter{Kind: invoice.KindCredit}, []string{cn}},
		{"paid", pipeline.DocumentFilter{Kind: invoice.KindInvoice, Status: invoice.StatusPaid}, []string{"INV-T1-000001"}},
		{"unpaid", pipeline.DocumentFilter{Kind: invoice.KindInvoice, Status: invoice.StatusIssued}, []string{"INV-T1-000003"}},
		{"voided, any kind", pipeline.DocumentFilter{Status: invoice.StatusVoided}, []string{"INV-T1-000002"}},
		{"a customer", pipeline.DocumentFilter{Customer: cs[1]}, []string{cn, "INV-T1-000002"}},
		{"a customer's invoices", pipeline.DocumentFilter{Customer: cs[1], Kind: invoice.KindInvoice}, []string{"INV-T1-000002"}},
		{"a whole number", pipeline.DocumentFilter{Number: "INV-T1-000003"}, []string{"INV-T1-000003"}},
		{"a number's beginning", pipeline.DocumentFilter{Number: "INV-T1-00000"}, []string{"INV-T1-000003", "INV-T1-000002", "INV-T1-000001"}},
		{"a bare sequence", pipeline.DocumentFilter{Number: "2"}, []string{"INV-T1-000002"}},
		{"Arabic digits", pipeline.DocumentFilter{Number: "١"}, []string{"INV-T1-000001", cn}},
		{"no such number", pipeline.DocumentFilter{Number: "QUO-"}, nil},
		{"a page", pipeline.DocumentFilter{Page: pipeline.Page{Limit: 1}}, []string{cn}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := numbers(tc.f); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	first, _ := h.p.Documents(bg, pipeline.DocumentFilter{Page: pipeline.Page{Limit: 3}})
	rest, _ := h.p.Documents(bg, pipeline.DocumentFilter{Page: pipeline.Page{Limit: 3, After: first.Next}})
	if len(first.Documents) != 3 || len(rest.Documents) != 1 || rest.Documents[0].Number != "INV-T1-000001" || rest.Next != "" {
		t.Errorf("second page: %+v next %q", rest.Documents, rest.Next)
	}
	d, err := h.p.Document(bg, "INV-T1-000002")
	if err != nil || d.Status() != invoice.StatusVoided {
		t.Errorf("voided invoice: %v %v", d.Status(), err)
	}
	pdf, err := h.p.DocumentPDF(bg, cn)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Errorf("credit note PDF: %d bytes, %v", len(pdf), err)
	}
}

func TestPipeline_MessagesThread(t *testing.T) {
	h := newHarness(t, nil)
	in := h.text(seed)
	ms := h.waitMessages(2)
	h.settle()
	// Meta reports the invoice delivered and the summary read.
	wh := graphsim.NewWebhook("102290129340398", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: phoneID},
		Statuses: []graphsim.Status{
			{ID: ms[0].ID, Status: "delivered", Timestamp: graphsim.Timestamp(h.clock()), RecipientID: customer},
			{ID: ms[1].ID, Status: "read", Timestamp: graphsim.Timestamp(h.clock()), RecipientID: customer},
		},
	})
	body := graphsim.MetaJSON(wh)
	if _, err := h.ing.Accept(bg, body, graphsim.Sign(appSecret, body), "test"); err != nil {
		t.Fatal(err)
	}
	h.advance(time.Minute)
	if err := h.p.StaffReply(bg, customer, customer, "سارة", "شكراً لك"); err != nil {
		t.Fatal(err)
	}
	h.waitMessages(3)
	h.settle()
	page, err := h.p.Messages(bg, customer, pipeline.Page{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range page.Messages {
		got = append(got, fmt.Sprintf("%s %s %s %s", m.Direction, m.Kind, m.Status, firstLine(m.Text)))
	}
	want := []string{
		"out text  شكراً لك",
		"out text read " + firstLine(ms[1].Text),
		"out document delivered " + ms[0].Document.Caption,
		"in text  " + seed,
	}
	if !slices.Equal(got, want) {
		t.Fatalf("thread:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if m := page.Messages[3]; m.ID != in || m.In == nil || m.OrderID != "O000001" {
		t.Errorf("inbound message: %+v", m)
	}
	if m := page.Messages[2]; m.Doc != "INV-T1-000001" || m.WAMID != ms[0].ID || m.OrderID != "O000001" {
		t.Errorf("document send: %+v", m)
	}
	// Page by page, the same thread.
	var paged []string
	pg := pipeline.Page{Limit: 3}
	for range 4 {
		p, err := h.p.Messages(bg, customer, pg)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range p.Messages {
			paged = append(paged, m.ID)
		}
		if p.Next == "" {
			break
		}
		pg.After = p.Next
	}
	var ids []string
	for _, m := range page.Messages {
		ids = append(ids, m.ID)
	}
	if !slices.Equal(paged, ids) {
		t.Errorf("paged thread %v, whole %v", paged, ids)
	}
	if other, _ := h.p.Messages(bg, "201009999999", pipeline.Page{}); len(other.Messages) != 0 {
		t.Errorf("another customer's thread: %+v", other.Messages)
	}
}

func TestPipeline_CustomersAndConversations(t *testing.T) {
	h := newHarness(t, nil)
	cs := threeCustomers(h)
	if err := h.p.SetTier(bg, cs[0], "vip"); err != nil {
		t.Fatal(err)
	}
	page, err := h.p.Customers(bg, pipeline.Page{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Customers) != 2 || page.Customers[0].Customer.Key != cs[2] || page.Customers[1].Customer.Key != cs[1] || page.Next == "" {
		t.Fatalf("first page of customers: %+v", page)
	}
	rest, err := h.p.Customers(bg, pipeline.Page{Limit: 2, After: page.Next})
	if err != nil || len(rest.Customers) != 1 || rest.Customers[0].Customer.Key != cs[0] || rest.Customers[0].Conversation.Tier != "vip" {
		t.Fatalf("second page of customers: %+v %v", rest, err)
	}
	if v, err := h.p.Customer(bg, cs[1]); err != nil || v.Customer.Name != "منى عادل" || v.Conversation.Lifecycle != pipeline.LifecycleInvoiced {
		t.Errorf("customer: %+v %v", v, err)
	}
	// A customer writing again comes first.
	h.post(graphsim.Inbound{From: cs[0], Type: "text", Text: &graphsim.Text{Body: "شكرا"}})
	h.settle()
	convs, err := h.p.Conversations(bg, pipeline.ConversationFilter{})
	if err != nil || len(convs.Conversations) != 3 || convs.Conversations[0].Customer != cs[0] {
		t.Errorf("conversations by last contact: %+v %v", convs, err)
	}
	h.text("الشفاط اللي جالي بايظ ومحدش بيرد عليا، ده مش أسلوب") // a complaint flags the conversation
	h.settle()
	flagged, err := h.p.Conversations(bg, pipeline.ConversationFilter{Flagged: true})
	if err != nil || len(flagged.Conversations) != 1 || flagged.Conversations[0].Customer != customer {
		t.Errorf("flagged conversations: %+v %v", flagged, err)
	}
	n, err := h.p.CountConversations(bg)
	if err != nil || n.Customers != 4 || n.Flagged != 1 {
		t.Errorf("counts %+v %v", n, err)
	}
	// The counters follow the flag both ways, and a conversation saved
	// again is not counted again.
	if err := h.p.Resume(bg, customer); err != nil {
		t.Fatal(err)
	}
	if err := h.p.Resume(bg, customer); err != nil {
		t.Fatal(err)
	}
	if err := h.p.SetTier(bg, cs[1], "vip"); err != nil {
		t.Fatal(err)
	}
	if n, err := h.p.CountConversations(bg); err != nil || n.Customers != 4 || n.Flagged != 0 {
		t.Errorf("counts after resume %+v %v", n, err)
	}
}

// staffDay is a day of staff work on one customer: an order reviewed and
// approved (invoiced), a complaint (the conversation flagged), the invoice
// paid then voided (a credit note), a staff reply.
func (h *harness) staffDay() {
	t := h.t
	t.Helper()
	o := h.reviewOrder(seed)
	if err := h.p.Approve(bg, o.ID, "سارة"); err != nil {
		t.Fatal(err)
	}
	h.waitMessages(3)
	h.settle()
	h.text("الشفاط اللي جالي بايظ ومحدش بيرد عليا، ده مش أسلوب")
	h.settle()
	if err := h.p.MarkPaid(bg, "INV-T1-000001", "cash", "سارة"); err != nil {
		t.Fatal(err)
	}
	if _, err := h.p.Void(bg, "INV-T1-000001", "returned", "سارة"); err != nil {
		t.Fatal(err)
	}
	if err := h.p.StaffReply(bg, customer, customer, "سارة", "آسفين جداً"); err != nil {
		t.Fatal(err)
	}
}

// TestPipeline_IndexesMatchARebuild: after real traffic, the index keys the
// owners wrote are exactly those migration 2 would build from the records.
func TestPipeline_IndexesMatchARebuild(t *testing.T) {
	h := reviewHarness(t)
	h.staffDay()
	h.waitMessages(5)
	h.settle()
	indexes := [][][]byte{
		{store.BucketOrders, store.BucketOrderIndex}, {store.BucketInvoices, store.BucketDocIndex},
		{store.BucketOutbox, store.BucketSent}, {store.BucketMsgIndex}, {store.BucketConvIndex},
	}
	snapshot := func() map[string][]string {
		out := map[string][]string{}
		_ = h.db.View(func(tx *bolt.Tx) error {
			for _, path := range indexes {
				name := string(bytes.Join(path, []byte("/")))
				_ = store.Bucket(tx, path...).ForEach(func(k, v []byte) error {
					if name != "outbox/sent" { // rebuilt without the bodies: compare keys only
						k = append(append(bytes.Clone(k), '='), v...)
					}
					out[name] = append(out[name], fmt.Sprintf("%q", k))
					return nil
				})
			}
			return nil
		})
		return out
	}
	live := snapshot()
	if err := h.db.Update(store.RebuildIndexes); err != nil {
		t.Fatal(err)
	}
	rebuilt := snapshot()
	for _, path := range indexes {
		name := string(bytes.Join(path, []byte("/")))
		if !slices.Equal(live[name], rebuilt[name]) {
			t.Errorf("%s written live:\n%s\nrebuilt:\n%s", name, strings.Join(live[name], "\n"), strings.Join(rebuilt[name], "\n"))
		}
		if len(live[name]) == 0 {
			t.Errorf("%s is empty: the test proves nothing for it", name)
		}
	}
}
