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

	"fatoora/appliance/config"
	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/pdf"
	"fatoora/appliance/part"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/understand"
	"fatoora/appliance/understand/ollama"
	"fatoora/appliance/whatsapp"
	"fatoora/catalog"
	"fatoora/catalog/money"
	relaylink "fatoora/sync/relay/link"
	"fatoora/ui/sim"
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

	add(storePart(b.db, o.Server.Data))
	add(queuePart(b.worker))

	secret := []byte(o.WhatsApp.AppSecret)
	if len(secret) == 0 {
		secret = make([]byte, 32)
		_, _ = rand.Read(secret)
		b.log.Warn("FATOORA_WA_APP_SECRET not set: webhooks from Meta are refused; only the built-in simulator can post")
	}
	ing, err := ingest.New(b.db, ingest.Options{Secret: secret, MaxBodyBytes: o.Server.MaxBodyBytes, Logger: b.log})
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
	add(part.Part{Name: "catalog", Close: cat.Close}) // the bleve index
	if ps, err := cat.Products(); err != nil {
		return parts, fmt.Errorf("catalog: %w", err)
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

	book, err := invoice.NewBook(InvoiceConfig(o)) // stock: the catalog's ledger
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
	if o.WhatsApp.Token == "" && !o.Relay.Graph {
		// The embedded default: a simulator page and a stand-in Graph API on
		// this same server, driven through the real ingest and client.
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
	render := func(doc *invoice.Document) ([]byte, error) {
		return pdf.Render(doc, pdf.ShopInfo{Footer: "شكرًا لتعاملكم معنا"}, pay)
	}
	client, err := whatsapp.New(wa)
	if err != nil {
		return parts, fmt.Errorf("whatsapp client: %w", err)
	}

	p, err := pipeline.New(pipeline.Options{
		DB:                 b.db,
		Understander:       understand.NewLive(cat, model, understand.HybridOptions{Timeout: o.Ollama.Timeout}),
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
		PayHint:            pipeline.PayHint(pay.MerchantID, pay.InstaPayLink),
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
	add(p.Part(mode))
	// Catalog imports while serving (fatoora catalog import), hot backups
	// and profiles for the operator: from the box itself only, with the
	// admin token of the data directory.
	token, err := EnsureAdminToken(b.opts.Server.Data)
	if err != nil {
		return parts, err
	}
	add(adminPart(b.db, cat, token, b.log))
	return parts, nil
}

// InvoiceConfig maps the box's shop settings to the invoice book's
// configuration: numbers are <prefix>-<branch code>-000123, a VAT rate of 0
// means no VAT.
func InvoiceConfig(o config.Options) invoice.Config {
	s := o.Shop
	c := invoice.Config{
		Seller:     invoice.Seller{Name: s.Name, Branch: s.Branch, Address: s.Address, TaxRegNo: s.TaxID},
		BranchCode: s.BranchCode,
		VAT:        money.BasisPoints(s.VATRate),
		NoVAT:      s.VATRate == 0,
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
