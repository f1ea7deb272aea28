package pipeline_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/pdf"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/queue"
	"fatoora/appliance/store"
	"fatoora/appliance/understand"
	"fatoora/appliance/whatsapp"
	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/catalog"
	"fatoora/catalog/money"

	bolt "go.etcd.io/bbolt"
)

const (
	appSecret = "test-app-secret"
	token     = "test-token"
	phoneID   = "106540352242922"
	customer  = "201001234567"
)

// harness runs a pipeline with real bbolt, bleve, rules, invoicing, PDF and
// a real WhatsApp client talking to the loopback Graph stand-in.
type harness struct {
	t      *testing.T
	db     *store.DB
	cat    *catalog.Store
	p      *pipeline.Pipeline
	ing    *ingest.Ingester
	graph  *graphsim.Server
	skew   atomic.Int64 // nanoseconds the test clock runs ahead of the real one
	seq    atomic.Int64
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

type testStock struct{}

func (testStock) Reserve(tx *bolt.Tx, sku string, q catalog.Milli, ref string) error {
	return catalog.Reserve(tx, sku, q, ref)
}
func (testStock) Release(tx *bolt.Tx, ref string) error { return catalog.Release(tx, ref) }

func newHarness(t *testing.T, mutate func(*pipeline.Options)) *harness {
	t.Helper()
	return newHarnessWith(t, harnessOptions{}, mutate)
}

// harnessOptions change the world around the pipeline for fault tests.
type harnessOptions struct {
	// statuses makes the stand-in deliver status webhooks (sent,
	// delivered) to the ingester, as Meta does.
	statuses bool
	// timeout is the WhatsApp client's per-request timeout.
	timeout time.Duration
	// sender wraps the client the outbox uses.
	sender func(pipeline.Sender) pipeline.Sender
	// catalog, when set, is the shop's catalog CSV instead of
	// testdata/catalog.csv (the vocabulary stays testdata's).
	catalog string
	// db, when set, is the store file to open instead of a new one.
	db string
}

func newHarnessWith(t *testing.T, ho harnessOptions, mutate func(*pipeline.Options)) *harness {
	t.Helper()
	h := &harness{t: t}
	dir := t.TempDir()
	path := filepath.Join(dir, "fatoora.db")
	if ho.db != "" {
		path = ho.db
	}
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h.db = db
	ps, vocab := pipeline.LoadTestCatalog(t)
	if ho.catalog != "" {
		if ps, err = catalog.ParseCSV(strings.NewReader(ho.catalog), "catalog.csv"); err != nil {
			t.Fatal(err)
		}
	}
	h.cat, err = catalog.OpenStore(db, filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.cat.Import(context.Background(), ps, vocab, "test"); err != nil {
		t.Fatal(err)
	}
	rules, err := understand.NewRules(ps, vocab, understand.RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	book, err := invoice.NewBook(invoice.Config{
		Seller:     invoice.Seller{Name: "معرض الاختبار", Branch: "المعادي", Address: "شارع ٩، المعادي", TaxRegNo: "123-456-789"},
		BranchCode: "T1",
		Tiers:      map[string]money.BasisPoints{"vip": 500},
		Stock:      testStock{},
	})
	if err != nil {
		t.Fatal(err)
	}
	gopts := graphsim.Options{Token: token, PhoneNumberID: phoneID}
	if ho.statuses {
		gopts.AppSecret, gopts.StatusDelay, gopts.NoRead = appSecret, 5*time.Millisecond, true
		gopts.StatusHook = func(ctx context.Context, body []byte, sig string) error {
			_, err := h.ing.Accept(ctx, body, sig, "graph")
			return err
		}
	}
	h.graph, err = graphsim.New(gopts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.graph)
	client, err := whatsapp.New(whatsapp.Options{GraphURL: h.graph.GraphURL(srv.URL), Token: token, PhoneNumberID: phoneID, Timeout: ho.timeout})
	if err != nil {
		t.Fatal(err)
	}
	var sender pipeline.Sender = client
	if ho.sender != nil {
		sender = ho.sender(client)
	}
	opts := pipeline.Options{
		DB: db, Understander: rules, Catalog: pipeline.StoreCatalog(h.cat), Book: book,
		Render: func(d *invoice.Document, buf []byte) ([]byte, error) {
			return pdf.RenderInto(buf, d, pdf.ShopInfo{}, pdf.PaymentInfo{InstaPayLink: "https://ipn.eg/S/testshop/instapay/AbC123"})
		},
		Sender: sender, DocsDir: filepath.Join(dir, "documents"), ShopName: "معرض الاختبار",
		AutoIssueThreshold: 0.5,
		MinBackoff:         20 * time.Millisecond, MaxBackoff: 200 * time.Millisecond,
		Now: h.clock,
	}
	if mutate != nil {
		mutate(&opts)
	}
	h.p, err = pipeline.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	h.ing, err = ingest.New(db, ingest.Options{Secret: []byte(appSecret), Now: opts.Now})
	if err != nil {
		t.Fatal(err)
	}
	w := queue.NewWorker(db, queue.Options{MinBackoff: 10 * time.Millisecond, MaxBackoff: 100 * time.Millisecond})
	w.Handle(queue.KindUnderstand, h.p.HandleMessage)
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	for _, svc := range []func(context.Context) error{w.Serve, h.p.Outbox().Serve} {
		h.wg.Add(1)
		go func() { defer h.wg.Done(); _ = svc(ctx) }()
	}
	t.Cleanup(func() {
		cancel()
		h.wg.Wait()
		srv.Close()
		h.graph.Close()
		h.cat.Close()
		db.Close()
	})
	return h
}

// clock is real time plus what the test advanced: retries still come due.
func (h *harness) clock() time.Time { return time.Now().Add(time.Duration(h.skew.Load())) }

func (h *harness) advance(d time.Duration) { h.skew.Add(int64(d)) }

// post delivers one signed, Meta-serialised webhook with msg to ingest.
func (h *harness) post(msg graphsim.Inbound) string {
	h.t.Helper()
	if msg.ID == "" {
		msg.ID = fmt.Sprintf("wamid.TEST%06d", h.seq.Add(1))
	}
	if msg.From == "" {
		msg.From = customer
	}
	if msg.Timestamp == "" {
		msg.Timestamp = strconv.FormatInt(h.clock().Unix(), 10)
	}
	wh := graphsim.NewWebhook("102290129340398", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: phoneID},
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: "منى عادل"}, WaID: msg.From}},
		Messages: []graphsim.Inbound{msg},
	})
	body := graphsim.MetaJSON(wh)
	if _, err := h.ing.Accept(context.Background(), body, graphsim.Sign(appSecret, body), "test"); err != nil {
		h.t.Fatalf("accept: %v", err)
	}
	return msg.ID
}

func (h *harness) text(s string) string {
	return h.post(graphsim.Inbound{Type: "text", Text: &graphsim.Text{Body: s}})
}

// tap answers a box message's reply button.
func (h *harness) tap(m graphsim.Message, title string) string {
	h.t.Helper()
	if m.Interactive == nil {
		h.t.Fatalf("message %s has no buttons or list", m.ID)
	}
	kind, id := "", ""
	for _, b := range m.Interactive.Buttons {
		if b.Title == title {
			kind, id = "button_reply", b.ID
		}
	}
	for _, s := range m.Interactive.Sections {
		for _, r := range s.Rows {
			if r.Title == title {
				kind, id = "list_reply", r.ID
			}
		}
	}
	if id == "" {
		h.t.Fatalf("no option %q in %+v", title, m.Interactive)
	}
	in := &graphsim.InboundInteractive{Type: kind}
	if kind == "button_reply" {
		in.ButtonReply = &graphsim.Reply{ID: id, Title: title}
	} else {
		in.ListReply = &graphsim.Reply{ID: id, Title: title}
	}
	return h.post(graphsim.Inbound{Type: "interactive", Interactive: in, Context: &graphsim.Context{From: "201000000000", ID: m.ID}})
}

// waitMessages waits until the stand-in accepted n messages for the customer.
func (h *harness) waitMessages(n int) []graphsim.Message {
	h.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		ms := h.graph.MessagesTo(customer)
		if len(ms) >= n {
			return ms
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("waited for %d messages, have %d: %s", n, len(ms), describe(ms))
		}
		select {
		case <-h.graph.Changed():
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// settle waits until the queue and the outbox are empty.
func (h *harness) settle() {
	h.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		var q int
		_ = h.db.View(func(tx *bolt.Tx) error { items, err := queue.List(tx); q = len(items); return err })
		pend, err := h.p.Outbox().Pending()
		if err != nil {
			h.t.Fatal(err)
		}
		if q == 0 && len(pend) == 0 {
			// Settled: the depth counters, kept in the transactions,
			// agree with the walks.
			_ = h.db.View(func(tx *bolt.Tx) error {
				if d, o := queue.Depth(tx), pipeline.OutboxDepth(tx); d != 0 || o != 0 {
					h.t.Errorf("settled with queue depth %d and outbox depth %d counted", d, o)
				}
				return nil
			})
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	h.t.Fatal("queue and outbox did not settle")
}

func describe(ms []graphsim.Message) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "\n  %s %s", m.Type, firstLine(m.Text))
		if m.Document != nil {
			fmt.Fprintf(&b, " [%s]", m.Document.Filename)
		}
		if m.Interactive != nil {
			fmt.Fprintf(&b, " {%s}", firstLine(m.Interactive.Body))
		}
	}
	return b.String()
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func (h *harness) onlyOrder() pipeline.Order {
	h.t.Helper()
	page, err := h.p.Orders(context.Background(), pipeline.OrderFilter{})
	if err != nil {
		h.t.Fatal(err)
	}
	if len(page.Orders) != 1 {
		h.t.Fatalf("want 1 order, have %d", len(page.Orders))
	}
	return page.Orders[0]
}

func (h *harness) conversations() ([]pipeline.Conversation, error) {
	page, err := h.p.Conversations(context.Background(), pipeline.ConversationFilter{})
	return page.Conversations, err
}

func (h *harness) documents() []*invoice.Document {
	h.t.Helper()
	docs, err := invoiceList(h.db)
	if err != nil {
		h.t.Fatal(err)
	}
	return docs
}

func invoiceList(db *store.DB) ([]*invoice.Document, error) {
	var out []*invoice.Document
	err := db.View(func(tx *bolt.Tx) error {
		docs, err := invoice.List(tx, invoice.ListFilter{})
		for i := range docs {
			out = append(out, &docs[i])
		}
		return err
	})
	// In number order, as the documents are stored.
	slices.SortFunc(out, func(a, b *invoice.Document) int { return strings.Compare(a.Number, b.Number) })
	return out, err
}
