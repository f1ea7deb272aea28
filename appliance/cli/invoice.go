package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance"
	"fatoora/appliance/config"
	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/pdf"
	"fatoora/appliance/store"
	"fatoora/appliance/understand"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

func init() {
	Register(Command{
		Name:    "invoice",
		Summary: "understand one message, price it, issue an invoice (or quote) in the data dir and write its PDF",
		Run:     runInvoice,
	})
}

type invoiceLineOut struct {
	No           int            `json:"no"`
	SKU          string         `json:"sku"`
	Name         string         `json:"name"`
	Quantity     float64        `json:"quantity"`
	Unit         catalog.Unit   `json:"unit"`
	Color        string         `json:"color,omitempty"`
	DimsCM       []int          `json:"dims_cm,omitempty"`
	UnitPrice    money.Piasters `json:"unit_price"`
	Discount     money.Piasters `json:"discount"`
	Net          money.Piasters `json:"net"`
	VAT          money.Piasters `json:"vat"`
	Total        money.Piasters `json:"total"`
	TotalEGP     string         `json:"total_egp"`
	Confidence   float64        `json:"confidence"`
	Alternatives []string       `json:"alternatives,omitempty"`
}

type invoiceOut struct {
	Number     string           `json:"number"`
	Kind       invoice.Kind     `json:"kind"`
	IssuedAt   time.Time        `json:"issued_at"`
	ValidUntil *time.Time       `json:"valid_until,omitempty"`
	PDF        string           `json:"pdf"`
	PDFBytes   int              `json:"pdf_bytes"`
	Lines      []invoiceLineOut `json:"lines"`
	Gross      money.Piasters   `json:"gross"`
	Discount   money.Piasters   `json:"discount"`
	Net        money.Piasters   `json:"net"`
	VAT        money.Piasters   `json:"vat"`
	Total      money.Piasters   `json:"total"`
	NetEGP     string           `json:"net_egp"`
	VATEGP     string           `json:"vat_egp"`
	TotalEGP   string           `json:"total_egp"`
	TotalWords string           `json:"total_words"`
	Warnings   []string         `json:"warnings,omitempty"`
}

func runInvoice(ctx context.Context, args []string, stdio IO) error {
	const summary = `Understands MESSAGE against the catalog (rules, offline), prices it, issues the
next invoice (or quote) in the data directory's store and writes its Arabic PDF
atomically. Prints a JSON summary; amounts are integer piasters plus *_egp text.
Without --data nothing is written but the PDF: the invoice is issued in a
temporary store, removed afterwards (numbers start at 1 each time). With --data
given on the command line (FATOORA_DATA and --config are not enough), the
catalog file is imported into that data directory (it becomes its catalog),
the invoice takes the next number there and stock is reserved against it.
Shop settings come from the same flags / FATOORA_* variables / --config file as
fatoora serve.`
	fs := NewFlagSet("invoice", summary, stdio)
	catPath := fs.String("catalog", "", "catalog file (CSV or XLSX), required")
	synPath := fs.String("synonyms", "", "shop vocabulary file (Solr synonyms format)")
	text := fs.String("text", "", "the customer's message, required")
	out := fs.String("out", "invoice.pdf", "where to write the PDF")
	quote := fs.Bool("quote", false, "issue a quote (عرض سعر) instead of an invoice")
	name := fs.String("name", "", "buyer's name (WhatsApp profile name)")
	waID := fs.String("wa-id", "", "buyer's WhatsApp number, e.g. 201001234567")
	nationalID := fs.String("national-id", "", "buyer's national ID (needed above EGP 150,000)")
	tier := fs.String("tier", "", "customer tier for a discount (see --tiers)")
	method := fs.String("payment", "instapay", "payment method: cash, instapay, card, meeza, transfer, wallet")
	orderID := fs.String("order", "", "order id: issuing again for the same order returns the same invoice")
	opts, err := config.Load(fs, args, stdio.Getenv)
	if err != nil {
		return err
	}
	if err := opts.Validate(); err != nil {
		return fmt.Errorf("%w: %v", ErrUsage, err)
	}
	if *catPath == "" || strings.TrimSpace(*text) == "" {
		fs.Usage()
		return fmt.Errorf("%w: --catalog and --text are required", ErrUsage)
	}
	cfg := appliance.InvoiceConfig(opts) // tier discounts: --tiers / FATOORA_TIERS
	book, err := invoice.NewBook(cfg)
	if err != nil {
		return err
	}
	pay := appliance.PaymentConfig(opts, getenvOrEmpty(stdio.Getenv))
	if err := pay.Validate(); err != nil {
		return err
	}

	products, vocab, err := readCatalogFiles(stdio, *catPath, *synPath)
	if err != nil {
		return fmt.Errorf("catalog: %w", err)
	}
	rules, err := understand.NewRules(products, vocab, understand.RulesOptions{})
	if err != nil {
		return err
	}
	res, err := rules.Understand(ctx, *text)
	if err != nil {
		return fmt.Errorf("understand: %w", err)
	}
	req := invoice.Request{
		OrderID: *orderID, Tier: *tier, PaymentMethod: *method,
		Buyer: invoice.Buyer{Name: *name, WaID: *waID, NationalID: *nationalID},
	}
	var warnings []string
	var confidence []float64
	var alts [][]string
	for _, it := range res.Items {
		if it.Product == nil {
			warnings = append(warnings, fmt.Sprintf("not in the catalog, left out: %q", it.Phrase))
			continue
		}
		for _, m := range it.Missing {
			warnings = append(warnings, fmt.Sprintf("%s: %s not stated", it.Product.SKU, m))
		}
		var a []string
		for _, c := range it.Ambiguous {
			a = append(a, c.Product.SKU)
		}
		if len(a) > 0 {
			warnings = append(warnings, fmt.Sprintf("%s chosen for %q; close: %s", it.Product.SKU, it.Phrase, strings.Join(a, ", ")))
		}
		req.Lines = append(req.Lines, invoice.RequestLine{Product: *it.Product, Quantity: it.Quantity, Color: it.Color, DimsCM: it.DimsCM})
		confidence = append(confidence, it.Confidence)
		alts = append(alts, a)
	}
	if len(req.Lines) == 0 {
		return fmt.Errorf("no catalog product understood in the message (intent %s)", res.Intent)
	}
	priced, err := book.Price(req)
	if err != nil {
		return err
	}

	if !flagSet(fs, "data") {
		// No data directory named on the command line: issue in a scratch
		// store, so no shop's catalog or numbering is touched.
		tmp, err := os.MkdirTemp("", "fatoora-invoice-")
		if err != nil {
			return fmt.Errorf("temporary store: %w", err)
		}
		defer os.RemoveAll(tmp)
		opts.Server.Data = tmp
		// The scratch store holds none of the file's reservations: what
		// can be sold is what the file says is available (an export's
		// stock column), not available + reserved.
		for i := range products {
			products[i].Reserved = nil
		}
	}
	if err := os.MkdirAll(opts.Server.Data, 0o700); err != nil {
		return fmt.Errorf("data dir: %w", err)
	}
	db, err := store.Open(filepath.Join(opts.Server.Data, appliance.DBFile), store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	// The catalog file becomes the store's catalog, so that stock is
	// reserved against it (and its stock column is what can be sold): the
	// scratch store's, or the data directory's given with --data.
	cat, err := catalog.OpenStore(db, filepath.Join(opts.Server.Data, "catalog.bleve"))
	if err != nil {
		return err
	}
	defer cat.Close()
	if _, err := cat.Import(ctx, products, vocab, "fatoora invoice"); err != nil {
		return fmt.Errorf("import catalog: %w", err)
	}
	var doc *invoice.Document
	var pdfBytes []byte
	now := time.Now()
	// Render inside the transaction: a document that cannot be rendered is
	// not issued (no number used); the file is written after commit.
	err = db.Update(func(tx *bolt.Tx) error {
		var err error
		if *quote {
			doc, err = book.IssueQuote(tx, priced, now)
		} else {
			doc, err = book.IssueInvoice(tx, priced, now)
		}
		if err != nil {
			return err
		}
		pdfBytes, err = pdf.Render(doc, pdf.ShopInfo{}, pay)
		return err
	})
	if errors.Is(err, invoice.ErrNationalIDRequired) {
		return fmt.Errorf("%w (pass --national-id)", err)
	}
	if err != nil {
		return err
	}
	if err := writeFileAtomic(*out, pdfBytes); err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	o := invoiceOut{
		Number: doc.Number, Kind: doc.Kind, IssuedAt: doc.IssuedAt, ValidUntil: doc.ValidUntil,
		PDF: *out, PDFBytes: len(pdfBytes),
		Gross: doc.Totals.Gross, Discount: doc.Totals.Discount, Net: doc.Totals.Net, VAT: doc.Totals.VAT, Total: doc.Totals.Total,
		NetEGP: doc.Totals.Net.String(), VATEGP: doc.Totals.VAT.String(), TotalEGP: doc.Totals.Total.String(),
		TotalWords: pdf.AmountInWords(doc.Totals.Total), Warnings: warnings,
	}
	for i, l := range doc.Lines {
		lo := invoiceLineOut{No: l.No, SKU: l.SKU, Name: l.NameAr, Quantity: l.Quantity.Float(), Unit: l.Unit,
			Color: l.Color, DimsCM: l.DimsCM, UnitPrice: l.UnitPrice, Discount: l.Discount, Net: l.Net, VAT: l.VAT,
			Total: l.Total, TotalEGP: l.Total.String()}
		// An existing invoice for the order may have other lines than this message.
		if len(doc.Lines) == len(confidence) && doc.Lines[i].SKU == req.Lines[i].Product.SKU {
			lo.Confidence, lo.Alternatives = confidence[i], alts[i]
		}
		o.Lines = append(o.Lines, lo)
	}
	enc := json.NewEncoder(stdio.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(o)
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

func getenvOrEmpty(g func(string) string) func(string) string {
	if g == nil {
		return func(string) string { return "" }
	}
	return g
}

// writeFileAtomic writes data so that path is either the old file or the
// whole new one (temp file, fsync, rename).
func writeFileAtomic(path string, data []byte) error {
	return store.WriteFileAtomic(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
