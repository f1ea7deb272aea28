package appliance

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"fatoora/appliance/access"
	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/pdf"
	"fatoora/appliance/metrics"
	"fatoora/appliance/part"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/queue"
	"fatoora/appliance/understand"
	"fatoora/appliance/understand/ollama"
	"fatoora/appliance/whatsapp"
	"fatoora/catalog"
	"fatoora/catalog/money"
	"fatoora/sync/hqsync"
	relaylink "fatoora/sync/relay/link"
	"fatoora/ui/sim"
	"fatoora/ui/staff"

	bolt "go.etcd.io/bbolt"
)

// IndexDir is the bleve index's folder inside the data directory (derived
// data: deleted, it is rebuilt from the store at start).
const IndexDir = "catalog.bleve"

// DocsDir holds the rendered PDFs inside the data directory (a cache: each
// PDF can be rendered again from its stored document).
const DocsDir = "documents"

// build makes every part of the box, in start-up order; New attaches them
// in that order. This is the list a new part joins. On error the parts
// built so far are returned too, for closing.
func (b *Box) build() ([]part.Part, error) {
	o := b.opts
	var parts []part.Part
	add := func(p part.Part) { parts = append(parts, p) }

	// The metrics every part below reports into where things happen; the
	// metrics part at the end serves them at /metrics.
	mx := metrics.NewBox()
	b.db.ObserveCommits(mx.Committed)
	add(storePart(b.db, o.Server.Data))
	add(modePart(o, b.log))
	qp := queuePart(b.worker)
	if b.notReady {
		qp.Services = nil // messages wait, stored, until the box is ready
	}
	add(qp)

	secret := []byte(o.WhatsApp.AppSecret)
	if len(secret) == 0 {
		secret = make([]byte, 32)
		_, _ = rand.Read(secret)
		b.log.Warn("FATOORA_WA_APP_SECRET not set: webhooks from Meta are refused; only the built-in simulator can post")
	}
	ing, err := ingest.New(b.db, ingest.Options{Secret: secret, MaxBodyBytes: o.Server.MaxBodyBytes, Observer: mx, Logger: b.log})
	if err != nil {
		return parts, err
	}
	add(ing.Part(ingest.PartOptions{
		VerifyToken:       o.WhatsApp.VerifyToken,
		SecretConfigured:  o.WhatsApp.AppSecret != "",
		SendingConfigured: o.WhatsApp.Token != "",
		Logger:            b.log,
	}))
	add(healthPart(b.health, b.sup))

	cat, err := catalog.OpenStore(b.db, filepath.Join(o.Server.Data, IndexDir))
	if err != nil {
		return parts, fmt.Errorf("catalog: %w", err)
	}
	add(part.Part{Name: "catalog", Close: cat.Close, // the bleve index
		Health: map[string]func() health.State{"catalog": func() health.State {
			v, err := cat.Version()
			switch {
			case err != nil:
				return health.State{Status: health.Degraded, Message: err.Error()}
			case v == 0:
				return health.State{Status: health.Degraded, Message: "no products yet: messages wait until the shop's catalog is imported (fatoora catalog import FILE)"}
			}
			st := health.State{Status: health.OK, Details: map[string]any{"version": v}}
			if sum, err := cat.StockSummary(lowStockShown); err != nil {
				st.Details["stock_error"] = err.Error()
			} else {
				st.Details["stock"] = stockDetails(sum)
			}
			return st
		}}})
	if ps, err := cat.Products(); err != nil {
		return parts, fmt.Errorf("catalog: %w", err)
	} else if len(ps) == 0 && o.Mode() == config.Live {
		// Never the demo showroom in a live shop's store.
		b.log.Warn("the catalog is empty: import the shop's catalog (fatoora catalog import FILE)")
	} else if len(ps) == 0 {
		products, vocab := catalog.Demo()
		if _, err := cat.Import(context.Background(), products, vocab, "demo (embedded defaults)"); err != nil {
			return parts, fmt.Errorf("import the demo catalog: %w", err)
		}
		b.log.Info("catalog was empty: imported the embedded demo showroom", "products", len(products))
	}

	var model understand.Model
	if o.Ollama.URL != "" {
		oc, err := ollama.New(ollama.Options{URL: o.Ollama.URL, Model: o.Ollama.Model, Timeout: o.Ollama.Timeout})
		if err != nil {
			return parts, fmt.Errorf("ollama: %w", err)
		}
		model = oc
		add(oc.Part())
	}

	// E-receipts (with FATOORA_ETA_CLIENT_ID): the receipt is issued in the
	// invoice's transaction, its QR printed on the PDF, and the eta part
	// submits it to ETA.
	receipts, err := newEReceipts(o, b.db, b.log)
	if err != nil {
		return parts, fmt.Errorf("e-receipts: %w", err)
	}
	if p, ok := receipts.part(); ok {
		add(p)
	}
	icfg := InvoiceConfig(o) // stock: the catalog's ledger
	receipts.hook(&icfg)
	icfg.Observer = mx
	book, err := invoice.NewBook(icfg)
	if err != nil {
		return parts, fmt.Errorf("invoice book: %w", err)
	}

	wa := whatsapp.Options{GraphURL: o.WhatsApp.GraphURL, Token: o.WhatsApp.Token, PhoneNumberID: o.WhatsApp.PhoneNumberID}
	mode := "live"
	if o.Relay.URL != "" {
		// A box behind NAT: Meta's webhooks arrive over the link it dials out
		// to fatoora-relay. Built before the WhatsApp client, whose transport
		// it is with --relay-graph (the relay then holds Meta's token).
		rl, err := relaylink.New(relaylink.Options{URL: o.Relay.URL, Token: o.Relay.Token, Logger: b.log,
			Accept: func(ctx context.Context, body []byte, sig string) error {
				_, err := ing.Accept(ctx, body, sig, "relay")
				return err
			},
			OnWelcome: ing.SetPhoneNumberID})
		if err != nil {
			return parts, fmt.Errorf("relay link: %w", err)
		}
		add(rl.Part())
		if o.Relay.Graph {
			wa.GraphURL, wa.Token, wa.HTTPClient, mode = relaylink.GraphBase, "held-by-the-relay", &http.Client{Transport: rl}, "relay"
		}
	}
	if o.Mode() == config.Live && wa.Token == "" && !o.Relay.Graph {
		// Not ready (no access token): nothing is sent until it is set;
		// the client only needs to exist.
		wa.Token = "not-configured"
	}
	if wa.PhoneNumberID == "" && o.Mode() == config.Live {
		wa.PhoneNumberID = "0"
	}
	if o.Mode() == config.Demo {
		// The embedded default: a simulator page and a stand-in Graph API on
		// this same server, driven through the real ingest and client. Never
		// in a live box: a simulator message would issue a real number.
		mode = "simulator"
		tok := make([]byte, 16)
		_, _ = rand.Read(tok)
		s, err := sim.New(sim.Options{
			Deliver: func(ctx context.Context, body []byte, sig string) error {
				_, err := ing.Accept(ctx, body, sig, "simulator")
				return err
			},
			Sign:          ing.Sign,
			Token:         hex.EncodeToString(tok),
			PhoneNumberID: simPhoneNumberID,
			ShopName:      o.Shop.Name,
			Logger:        b.log,
		})
		if err != nil {
			return parts, fmt.Errorf("simulator: %w", err)
		}
		add(s.Part())
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
	render := func(doc *invoice.Document, buf []byte) ([]byte, error) {
		receiptURL, err := receipts.receiptURL(doc.Number)
		if err != nil {
			return nil, err
		}
		return pdf.RenderInto(buf, doc, pdf.ShopInfo{Footer: "شكرًا لتعاملكم معنا", Demo: o.Mode() == config.Demo, ReceiptURL: receiptURL}, pay)
	}
	client, err := whatsapp.New(wa)
	if err != nil {
		return parts, fmt.Errorf("whatsapp client: %w", err)
	}

	understander := understand.NewLive(cat, model, understand.HybridOptions{Timeout: o.Ollama.Timeout})
	p, err := pipeline.New(pipeline.Options{
		DB:                 b.db,
		Understander:       understander,
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
		Shop:               ShopFacts(o),
		PayHint:            pipeline.PayHint(pay.MerchantID, pay.InstaPayLink),
		Observer:           mx,
		OnSent: func(m pipeline.OutMessage, wamid string) {
			if m.Kind == pipeline.SendDocument {
				b.log.Info("document sent", "order", m.OrderID, "doc", m.Doc, "since_order", time.Since(m.CreatedAt).String())
			}
		},
		Logger: b.log,
	})
	if err != nil {
		return parts, err
	}
	pp := p.Part(mode)
	if b.notReady {
		// Answer no customer and issue no document; webhooks are still
		// stored and wait in the queue for the settings to be complete.
		pp.Services = nil
	}
	add(pp)
	// Head-office sync drains outbox/hq, written by the book above; the
	// staff page shows what head office refused.
	var hqRefusals staff.HQRejections
	if o.HQ.URL != "" {
		hqs, err := hqsync.New(hqsync.Options{DB: b.db, URL: o.HQ.URL, Key: []byte(o.HQ.Key), BoxID: o.HQ.BoxID,
			MaxBackoff: o.HQ.RetryMax, Logger: b.log})
		if err != nil {
			return parts, fmt.Errorf("head-office sync: %w", err)
		}
		add(hqs.Part())
		hqRefusals = hqs
	}
	// Catalog imports while serving (fatoora catalog import), hot backups
	// and profiles for the operator: from the box itself only, with the
	// admin token of the data directory.
	token, err := EnsureAdminToken(b.opts.Server.Data)
	if err != nil {
		return parts, err
	}
	add(adminPart(b.db, cat, token, b.log))
	// The staff's window on the shop's LAN: / leads to its login page.
	acc, err := access.Open(b.db.Bolt(), access.Options{Logger: b.log})
	if err != nil {
		return parts, fmt.Errorf("staff accounts: %w", err)
	}
	staffUI, err := staff.New(staff.Options{Access: acc, RedirectRoot: true, ShopName: o.Shop.Name, Logger: b.log,
		Pipeline: p, Catalog: cat, Health: b.health, Understand: understander.Understand, Shop: o.Shop,
		Backup: b.db.Backup, HQ: hqRefusals})
	if err != nil {
		return parts, fmt.Errorf("staff ui: %w", err)
	}
	add(staffUI.Part())
	// /metrics: to the box itself, or to an owner's staff session.
	mp, err := mx.Part(metrics.PartOptions{
		QueueDepth:  b.depth(queue.Depth),
		OutboxDepth: b.depth(pipeline.OutboxDepth),
		Health:      b.health.Report,
		Allow:       func(r *http.Request) bool { return staffUI.Allowed(r, access.PermMetrics) },
	})
	if err != nil {
		return parts, err
	}
	add(mp)
	return parts, nil
}

// depth reads one of the store's depth counters in a short read
// transaction.
func (b *Box) depth(read func(*bolt.Tx) uint64) func() (uint64, error) {
	return func() (uint64, error) {
		var n uint64
		err := b.db.View(func(tx *bolt.Tx) error { n = read(tx); return nil })
		return n, err
	}
}

// lowStockShown bounds the products /healthz lists as low on stock.
const lowStockShown = 10

// stockDetails is the catalog's stock as /healthz shows it: quantities
// available after reservations, with the reserved amount beside each.
func stockDetails(sum catalog.StockSummary) map[string]any {
	low := make([]map[string]any, len(sum.Low))
	for i, a := range sum.Low {
		low[i] = map[string]any{"sku": a.SKU, "available": a.Available.Float(), "reserved": a.Reserved.Float()}
	}
	return map[string]any{
		"stocked": sum.Stocked, "out_of_stock": sum.OutOfStock, "with_reservations": sum.Reserved,
		"low_at": catalog.LowStockAt.Float(), "low": low,
	}
}

// InvoiceConfig maps the box's shop settings to the invoice book's
// configuration: numbers are <prefix>-<branch code>-000123, a VAT rate of 0
// means no VAT, and a demo box's book keeps its documents from head office.
func InvoiceConfig(o config.Options) invoice.Config {
	s := o.Shop
	c := invoice.Config{
		Seller:     invoice.Seller{Name: s.Name, Branch: s.Branch, Address: s.Address, TaxRegNo: s.TaxID},
		BranchCode: s.BranchCode,
		VAT:        money.BasisPoints(s.VATRate),
		NoVAT:      s.VATRate == 0,
		// A demo's documents never enter outbox/hq (config refuses
		// FATOORA_HQ_URL on a demo box too).
		Demo: o.Mode() == config.Demo,
	}
	c.Tiers, _ = Tiers(s.Tiers) // validated with the options
	if s.InvoicePrefix != "" {
		c.InvoicePrefix = s.InvoicePrefix + "-" + s.BranchCode + "-"
	}
	return c
}

// Tiers reads tier discounts ("vip=5%,trade=12.5%") for the invoice book.
func Tiers(s string) (map[string]money.BasisPoints, error) {
	ts, err := config.ParseTiers(s)
	if err != nil {
		return nil, err
	}
	out := make(map[string]money.BasisPoints, len(ts))
	for k, v := range ts {
		out[k] = money.BasisPoints(v)
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

// demoInstaPayLink is printed on the simulator's invoices only.
const demoInstaPayLink = "https://ipn.eg/S/fatoora.demo/instapay/DEMO01"

// simPhoneNumberID is the stand-in business number of the simulator.
const simPhoneNumberID = "100000000000001"

// ShopFacts are the shop's hours and place as the box tells a customer
// who asks (config.Options.ShopInfo: a live box never tells the demo's).
func ShopFacts(o config.Options) pipeline.ShopFacts {
	s := o.ShopInfo()
	return pipeline.ShopFacts{Hours: s.Hours, HoursEN: s.HoursEN, Address: s.Address, AddressEN: s.AddressEN, MapURL: s.MapURL}
}
