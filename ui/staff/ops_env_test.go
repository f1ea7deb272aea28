package staff

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fatoora/appliance/access"
	"fatoora/appliance/health"
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

	bolt "go.etcd.io/bbolt"
)

// The shop-floor pages are tested against the real thing: a pipeline on
// real bbolt and bleve with the rules understander, invoicing, PDFs and a
// real WhatsApp client talking to the Graph API stand-in on loopback.

const (
	opsSecret   = "ops-app-secret"
	opsToken    = "ops-token"
	opsPhoneID  = "106540352242922"
	opsCustomer = "201001234567"
	// opsSeed is a kitchen order the rules understand fully.
	opsSeed = "عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح، ومعاه شفاط بلت إن"
)

type opsEnv struct {
	*testEnv
	db     *store.DB
	cat    *catalog.Store
	p      *pipeline.Pipeline
	ing    *ingest.Ingester
	graph  *graphsim.Server
	health *health.Registry
	seq    atomic.Int64
}

type opsStock struct{}

func (opsStock) Reserve(tx *bolt.Tx, sku string, q catalog.Milli, ref string) error {
	return catalog.Reserve(tx, sku, q, ref)
}
func (opsStock) Release(tx *bolt.Tx, ref string) error { return catalog.Release(tx, ref) }

// newOpsEnv runs the UI over a pipeline that sends every order to review
// (AutoIssueThreshold 1: no understanding is sure enough), with the owner
// set up; the queue worker and the outbox run until the test ends.
func newOpsEnv(t testing.TB) *opsEnv {
	t.Helper()
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := &opsEnv{db: db, health: health.NewRegistry()}
	read := func(name string) *os.File {
		f, err := os.Open(filepath.Join("..", "..", "appliance", "pipeline", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	ps, err := catalog.ParseCSV(read("catalog.csv"), "catalog.csv")
	if err != nil {
		t.Fatal(err)
	}
	vocab, err := catalog.ParseVocabulary(read("synonyms.txt"), "synonyms.txt")
	if err != nil {
		t.Fatal(err)
	}
	if e.cat, err = catalog.OpenStore(db, filepath.Join(dir, "index")); err != nil {
		t.Fatal(err)
	}
	if _, err := e.cat.Import(context.Background(), ps, vocab, "test"); err != nil {
		t.Fatal(err)
	}
	rules, err := understand.NewRules(ps, vocab, understand.RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	book, err := invoice.NewBook(invoice.Config{
		Seller:     invoice.Seller{Name: "معرض النخيل", Branch: "المعادي", Address: "شارع ٩، المعادي", TaxRegNo: "123-456-789"},
		BranchCode: "T1", Stock: opsStock{},
	})
	if err != nil {
		t.Fatal(err)
	}
	if e.graph, err = graphsim.New(graphsim.Options{Token: opsToken, PhoneNumberID: opsPhoneID}); err != nil {
		t.Fatal(err)
	}
	gsrv := httptest.NewServer(e.graph)
	client, err := whatsapp.New(whatsapp.Options{GraphURL: e.graph.GraphURL(gsrv.URL), Token: opsToken, PhoneNumberID: opsPhoneID})
	if err != nil {
		t.Fatal(err)
	}
	e.p, err = pipeline.New(pipeline.Options{
		DB: db, Understander: rules, Catalog: pipeline.StoreCatalog(e.cat), Book: book,
		Render: func(d *invoice.Document, buf []byte) ([]byte, error) {
			return pdf.RenderInto(buf, d, pdf.ShopInfo{}, pdf.PaymentInfo{})
		},
		Sender: client, DocsDir: filepath.Join(dir, "documents"), ShopName: "معرض النخيل",
		AutoIssueThreshold: 1, MinBackoff: 20 * time.Millisecond, MaxBackoff: 200 * time.Millisecond,
		Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	pp := e.p.Part("simulator")
	for name, f := range pp.Health {
		e.health.Register(name, f)
	}
	if e.ing, err = ingest.New(db, ingest.Options{Secret: []byte(opsSecret)}); err != nil {
		t.Fatal(err)
	}
	w := queue.NewWorker(db, queue.Options{MinBackoff: 10 * time.Millisecond, MaxBackoff: 100 * time.Millisecond})
	w.Handle(queue.KindUnderstand, e.p.HandleMessage)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, svc := range []func(context.Context) error{w.Serve, e.p.Outbox().Serve} {
		wg.Add(1)
		go func() { defer wg.Done(); _ = svc(ctx) }()
	}

	c := &clock{t: time.Now()}
	acc, err := access.Open(db.Bolt(), access.Options{Now: c.Now, Hash: access.HashParams{Memory: 64, Time: 1, Threads: 1}, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	env := &testEnv{acc: acc, clock: c, mux: http.NewServeMux()}
	env.ui, err = New(Options{
		Access: acc, ShopName: "معرض النخيل", RedirectRoot: true, Logger: slog.New(slog.DiscardHandler),
		AnnounceSetup: func(code, _ string) { env.code = code },
		Pipeline:      e.p, Catalog: e.cat, Health: e.health,
	})
	if err != nil {
		t.Fatal(err)
	}
	env.ui.Routes(env.mux)
	env.srv = httptest.NewServer(env.mux)
	e.testEnv = env
	t.Cleanup(func() {
		env.srv.Close()
		cancel()
		wg.Wait()
		gsrv.Close()
		e.graph.Close()
		e.cat.Close()
		db.Close()
	})
	return e
}

// text delivers one signed, Meta-serialised text message from the customer.
func (e *opsEnv) text(t testing.TB, from, body string) string {
	t.Helper()
	id := fmt.Sprintf("wamid.OPS%06d", e.seq.Add(1))
	wh := graphsim.NewWebhook("102290129340398", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: opsPhoneID},
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: "منى عادل"}, WaID: from}},
		Messages: []graphsim.Inbound{{ID: id, From: from, Timestamp: strconv.FormatInt(time.Now().Unix(), 10), Type: "text", Text: &graphsim.Text{Body: body}}},
	})
	raw := graphsim.MetaJSON(wh)
	if _, err := e.ing.Accept(context.Background(), raw, graphsim.Sign(opsSecret, raw), "test"); err != nil {
		t.Fatalf("accept: %v", err)
	}
	return id
}

// waitReview waits until n orders wait for staff and returns them.
func (e *opsEnv) waitReview(t testing.TB, n int) []pipeline.Order {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		page, err := e.p.Orders(context.Background(), pipeline.OrderFilter{NeedsStaff: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Orders) >= n {
			return page.Orders
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited for %d orders in review, have %d", n, len(page.Orders))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitDocument waits until the Graph stand-in received a document for to.
func (e *opsEnv) waitDocument(t testing.TB, to string) graphsim.Message {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		for _, m := range e.graph.MessagesTo(to) {
			if m.Type == "document" && m.Document != nil {
				return m
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no document reached the Graph API for %s", to)
		}
		select {
		case <-e.graph.Changed():
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// status delivers Meta's delivery status of a message the box sent.
func (e *opsEnv) status(t testing.TB, wamid, to, status string) {
	t.Helper()
	wh := graphsim.NewWebhook("102290129340398", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: opsPhoneID},
		Statuses: []graphsim.Status{{ID: wamid, Status: status, Timestamp: strconv.FormatInt(time.Now().Unix(), 10), RecipientID: to}},
	})
	raw := graphsim.MetaJSON(wh)
	if _, err := e.ing.Accept(context.Background(), raw, graphsim.Sign(opsSecret, raw), "test"); err != nil {
		t.Fatalf("accept status: %v", err)
	}
}

// waitText waits until the Graph stand-in received a text to `to` with body.
func (e *opsEnv) waitText(t testing.TB, to, body string) graphsim.Message {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		for _, m := range e.graph.MessagesTo(to) {
			if m.Text == body {
				return m
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the text %q never reached the Graph API", body)
		}
		select {
		case <-e.graph.Changed():
		case <-time.After(50 * time.Millisecond):
		}
	}
}
