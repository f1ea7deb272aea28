package appliance

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/pdf"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/queue"
	"fatoora/appliance/supervise"
	"fatoora/appliance/understand"
	"fatoora/appliance/understand/ollama"
	"fatoora/appliance/whatsapp"
	"fatoora/catalog"
	"fatoora/sync/hqsync"
	"fatoora/ui/sim"
)

// IndexDir is the bleve index's folder inside the data directory (derived
// data: deleted, it is rebuilt from the store at start).
const IndexDir = "catalog.bleve"

// DocsDir holds the rendered PDFs inside the data directory (a cache: each
// PDF can be rendered again from its stored document).
const DocsDir = "documents"

// wirePipeline builds the catalog, understanding, invoicing and WhatsApp
// parts and joins them into the pipeline. Called by New after the store and
// ingest exist and the listener is bound.
func (b *Box) wirePipeline() error {
	o := b.opts
	cat, err := catalog.OpenStore(b.db, filepath.Join(o.Server.Data, IndexDir))
	if err != nil {
		return fmt.Errorf("catalog: %w", err)
	}
	b.catalog = cat
	if ps, err := cat.Products(); err != nil {
		return fmt.Errorf("catalog: %w", err)
	} else if len(ps) == 0 {
		products, vocab := catalog.Demo()
		if _, err := cat.Import(context.Background(), products, vocab, "demo (embedded defaults)"); err != nil {
			return fmt.Errorf("import the demo catalog: %w", err)
		}
		b.log.Info("catalog was empty: imported the embedded demo showroom", "products", len(products))
	}

	var model understand.Model
	if o.Ollama.URL != "" {
		oc, err := ollama.New(ollama.Options{URL: o.Ollama.URL, Model: o.Ollama.Model, Timeout: o.Ollama.Timeout})
		if err != nil {
			return fmt.Errorf("ollama: %w", err)
		}
		model = oc
		b.Health.Register("model", func() health.State { return modelHealth(oc.State()) })
		b.sup.Add("model-health", supervise.Func(func(ctx context.Context) error { return watchModel(ctx, oc) }))
	}
	b.understander = &liveUnderstander{cat: cat, model: model, hopts: understand.HybridOptions{Timeout: o.Ollama.Timeout}}

	book, err := invoice.NewBook(InvoiceConfig(o)) // stock: the catalog's ledger
	if err != nil {
		return fmt.Errorf("invoice book: %w", err)
	}
	b.book = book

	wa := whatsapp.Options{GraphURL: o.WhatsApp.GraphURL, Token: o.WhatsApp.Token, PhoneNumberID: o.WhatsApp.PhoneNumberID}
	mode := "live"
	if o.WhatsApp.Token == "" {
		// The embedded default: a simulator page and a stand-in Graph API on
		// this same server, driven through the real ingest and client.
		mode = "simulator"
		tok := make([]byte, 16)
		_, _ = rand.Read(tok)
		s, err := sim.New(sim.Options{
			Deliver: func(ctx context.Context, body []byte, sig string) error {
				_, err := b.ing.Accept(ctx, body, sig, "simulator")
				return err
			},
			Sign:          b.ing.Sign,
			Token:         hex.EncodeToString(tok),
			PhoneNumberID: simPhoneNumberID,
			ShopName:      o.Shop.Name,
			Logger:        b.log,
		})
		if err != nil {
			return fmt.Errorf("simulator: %w", err)
		}
		b.sim = s
		s.Routes(b.mux)
		port := b.ln.Addr().(*net.TCPAddr).Port
		wa.GraphURL = s.GraphURL("http://127.0.0.1:" + strconv.Itoa(port))
		wa.Token = hex.EncodeToString(tok)
		wa.PhoneNumberID = simPhoneNumberID
		b.log.Info("WhatsApp simulator on", "url", fmt.Sprintf("http://127.0.0.1:%d/simulator", port))
	}
	pay := PaymentConfig(o, os.Getenv)
	if mode == "simulator" && pay.InstaPayLink == "" && pay.MerchantID == "" {
		// The demo shows the payment QR too; a live box prints only the
		// shop's own link (never this one).
		pay.InstaPayLink = demoInstaPayLink
	}
	render := func(doc *invoice.Document) ([]byte, error) {
		return pdf.Render(doc, pdf.ShopInfo{Footer: "شكرًا لتعاملكم معنا"}, pay)
	}
	payHint := ""
	switch {
	case pay.MerchantID != "":
		payHint = "تقدر تدفع بأي تطبيق بنكي أو محفظة من الكود اللي في الفاتورة."
	case pay.InstaPayLink != "":
		payHint = "تقدر تدفع بإنستاباي من الكود اللي في الفاتورة."
	}

	client, err := whatsapp.New(wa)
	if err != nil {
		return fmt.Errorf("whatsapp client: %w", err)
	}

	p, err := pipeline.New(pipeline.Options{
		DB:                 b.db,
		Understander:       b.understander,
		Catalog:            pipeline.StoreCatalog(cat),
		Book:               book,
		Render:             render,
		Sender:             client,
		DocsDir:            filepath.Join(o.Server.Data, DocsDir),
		AutoIssueThreshold: o.Policy.AutoIssueThreshold,
		QuoteFirst:         o.Policy.QuoteFirst,
		SilentGreetings:    !o.Policy.ReplyToGreetings,
		StaffTakeover:      o.Policy.StaffTakeoverTimeout,
		ShopName:           o.Shop.Name,
		PayHint:            payHint,
		OnSent: func(m pipeline.OutMessage, wamid string) {
			if m.Kind == pipeline.SendDocument {
				b.log.Info("document sent", "order", m.OrderID, "doc", m.Doc, "since_order", time.Since(m.CreatedAt).String())
			}
		},
		Logger: b.log,
	})
	if err != nil {
		return err
	}
	b.pipeline = p
	// Catalog imports while serving (fatoora catalog import), and profiles
	// for the operator: from the box itself only.
	b.mux.Handle("POST /admin/catalog", loopbackOnly(http.HandlerFunc(b.serveCatalogImport)))
	b.mux.Handle("GET /debug/pprof/", loopbackOnly(http.HandlerFunc(pprof.Index)))
	b.mux.Handle("GET /debug/pprof/profile", loopbackOnly(http.HandlerFunc(pprof.Profile)))
	b.worker.Handle(queue.KindUnderstand, p.HandleMessage)
	b.sup.Add("outbox", p.Outbox())
	b.Health.Register("pipeline", func() health.State {
		convs, err := p.Conversations()
		if err != nil {
			return health.State{Status: health.Degraded, Message: err.Error()}
		}
		flagged := 0
		for _, c := range convs {
			if c.Flag {
				flagged++
			}
		}
		st := health.State{Status: health.OK, Details: map[string]any{"customers": len(convs), "waiting_for_staff": flagged}}
		if flagged > 0 {
			st.Message = fmt.Sprintf("%d conversation(s) waiting for staff", flagged)
		}
		return st
	})
	b.Health.Register("whatsapp", func() health.State {
		pend, err := p.Outbox().Pending()
		st := health.State{Status: health.OK, Details: map[string]any{"mode": mode, "pending_sends": len(pend)}}
		if err != nil {
			st.Status, st.Message = health.Degraded, err.Error()
		}
		for _, m := range pend {
			if m.Attempts > 0 {
				st.Status = health.Degraded
				st.Message = fmt.Sprintf("%d sends waiting to be retried, last error: %s", countRetrying(pend), m.LastError)
				break
			}
		}
		return st
	})
	// Head-office sync (issue 12); the coordinator moves this part to the parts list.
	if o.HQ.URL != "" {
		hqs, err := hqsync.New(hqsync.Options{DB: b.db, URL: o.HQ.URL, Key: []byte(o.HQ.Key), BoxID: o.HQ.BoxID, MaxBackoff: o.HQ.RetryMax, Logger: b.log})
		if err != nil {
			return fmt.Errorf("head-office sync: %w", err)
		}
		pt := hqs.Part()
		for name, h := range pt.Health {
			b.Health.Register(name, h)
		}
		for name, svc := range pt.Services {
			b.sup.Add(name, svc)
		}
	}
	return nil
}

func countRetrying(ms []pipeline.OutMessage) int {
	n := 0
	for _, m := range ms {
		if m.Attempts > 0 {
			n++
		}
	}
	return n
}

// InvoiceConfig maps the box's shop settings to the invoice book's
// configuration: numbers are <prefix>-<branch code>-000123, a VAT rate of 0
// means no VAT.
func InvoiceConfig(o config.Options) invoice.Config {
	s := o.Shop
	c := invoice.Config{
		Seller:     invoice.Seller{Name: s.Name, Branch: s.Branch, Address: s.Address, TaxRegNo: s.TaxID},
		BranchCode: s.BranchCode,
		VAT:        invoice.BasisPoints(s.VATRate),
		NoVAT:      s.VATRate == 0,
	}
	c.Tiers, _ = Tiers(s.Tiers) // validated with the options
	if s.InvoicePrefix != "" {
		c.InvoicePrefix = s.InvoicePrefix + "-" + s.BranchCode + "-"
	}
	return c
}

// Tiers reads tier discounts ("vip=5%,trade=12.5%") for the invoice book.
func Tiers(s string) (map[string]invoice.BasisPoints, error) {
	ts, err := config.ParseTiers(s)
	if err != nil {
		return nil, err
	}
	out := make(map[string]invoice.BasisPoints, len(ts))
	for k, v := range ts {
		out[k] = invoice.BasisPoints(v)
	}
	return out, nil
}

// PaymentConfig is the payment QR configuration: the FATOORA_MERCHANT_*
// variables, with the link and merchant id from the box's settings.
func PaymentConfig(o config.Options, getenv func(string) string) pdf.PaymentInfo {
	p := pdf.PaymentInfoFromEnv(getenv)
	p.InstaPayLink, p.MerchantID = o.Shop.InstaPayLink, o.Shop.MerchantID
	return p
}

// liveUnderstander follows catalog changes: when the catalog's version
// moves, the rules are rebuilt from the stored products and vocabulary.
type liveUnderstander struct {
	cat   *catalog.Store
	model understand.Model
	hopts understand.HybridOptions

	mu      sync.Mutex
	version uint64
	cur     understand.Understander
}

func (l *liveUnderstander) current() (understand.Understander, error) {
	v, err := l.cat.Version()
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cur != nil && v == l.version {
		return l.cur, nil
	}
	ps, err := l.cat.Products()
	if err != nil {
		return nil, err
	}
	vocab, err := l.cat.Vocabulary()
	if err != nil {
		return nil, err
	}
	rules, err := understand.NewRules(ps, vocab, understand.RulesOptions{})
	if err != nil {
		return nil, err
	}
	l.cur, l.version = rules, v
	if l.model != nil {
		l.cur = understand.NewHybrid(rules, l.model, l.hopts)
	}
	return l.cur, nil
}

// Understand reads one message with the rules (and the model, if any) of
// the current catalog.
func (l *liveUnderstander) Understand(ctx context.Context, text string) (understand.Result, error) {
	u, err := l.current()
	if err != nil {
		return understand.Result{}, fmt.Errorf("understander: %w", err)
	}
	return u.Understand(ctx, text)
}

// demoInstaPayLink is printed on the simulator's invoices only.
const demoInstaPayLink = "https://ipn.eg/S/fatoora.demo/instapay/DEMO01"

// simPhoneNumberID is the stand-in business number of the simulator.
const simPhoneNumberID = "100000000000001"

func modelHealth(ms ollama.State) health.State {
	st := health.State{Status: health.OK, Details: map[string]any{
		"model": ms.Model, "url": ms.URL, "version": ms.Version, "installed": ms.Installed,
		"calls": ms.Calls, "failures": ms.Failures, "last_latency": ms.LastLatency.String(),
		"last_prompt_eval": ms.LastPromptEval.String(),
	}}
	if ms.Warning != "" {
		st.Details["warning"] = ms.Warning
	}
	if !ms.OK {
		st.Status, st.Message = health.Degraded, ms.LastError
		if st.Message == "" {
			st.Message = "not checked yet"
		}
	}
	return st
}

// watchModel checks the model server every minute (no generation), so
// /healthz shows a stopped Ollama before a customer's message needs it.
func watchModel(ctx context.Context, c *ollama.Client) error {
	// Load the model and evaluate the fixed prompt once, so the first
	// customer does not pay for it; failures show in the state.
	if err := c.WarmUp(ctx); err == nil {
		_, _ = c.Prime(ctx)
	}
	for {
		hctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		_, _ = c.Health(hctx) // the state records the error for /healthz
		cancel()
		t := time.NewTimer(time.Minute)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// closeParts stops what wirePipeline started outside the supervisor.
func (b *Box) closeParts() {
	if b.sim != nil {
		b.sim.Close()
	}
	if b.catalog != nil {
		if err := b.catalog.Close(); err != nil {
			b.log.Warn("close catalog index", "err", err)
		}
	}
}

// Pipeline is the order pipeline and its staff API.
func (b *Box) Pipeline() *pipeline.Pipeline { return b.pipeline }

// Catalog is the shop's catalog.
func (b *Box) Catalog() *catalog.Store { return b.catalog }

// Book is the invoice book.
func (b *Box) Book() *invoice.Book { return b.book }

// Simulator is the built-in WhatsApp simulator, nil when live WhatsApp is configured.
func (b *Box) Simulator() *sim.Simulator { return b.sim }
