package invoice

import (
	"errors"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/catalog"
	"fatoora/catalog/money"
)

// Seller is the seller block printed on every document (a tax invoice must
// carry the seller's name, address and tax registration number; consumer
// receipts also the branch).
type Seller struct {
	Name     string `json:"name"`              // shop name, Arabic
	NameEn   string `json:"name_en,omitempty"` // optional Latin name (EMVCo merchant name)
	Branch   string `json:"branch"`            // branch name as printed
	Address  string `json:"address"`           // street address
	TaxRegNo string `json:"tax_reg_no"`        // رقم التسجيل الضريبي
	Phone    string `json:"phone,omitempty"`   // shop phone
	City     string `json:"city,omitempty"`    // for the payment QR; default Cairo
}

// Stock reserves and releases stock inside the caller's transaction. The
// catalog implements it (catalog.Reserve / catalog.Release); a reservation's
// ref is the invoice number.
type Stock interface {
	Reserve(tx *bolt.Tx, sku string, qty catalog.Milli, ref string) error
	Release(tx *bolt.Tx, ref string) error
}

// StockSettler is a Stock that closes an invoice's holds when it is settled
// (paid): MarkPaid calls Settle in its transaction. The catalog's stock
// counts the goods as sold from then on (catalog.Settle); a Stock without it
// keeps the hold until the invoice is voided.
type StockSettler interface {
	Settle(tx *bolt.Tx, ref string) error
}

// Config configures a Book. Zero fields take the documented defaults.
type Config struct {
	// Seller is copied into every document at issue time.
	Seller Seller
	// BranchCode goes into document numbers: INV-<BranchCode>-000123.
	// Letters, digits and '-' only. Required.
	BranchCode string
	// InvoicePrefix, QuotePrefix and CreditPrefix precede the zero-padded
	// sequence; defaults "INV-<branch>-", "QUO-<branch>-", "CN-<branch>-".
	InvoicePrefix, QuotePrefix, CreditPrefix string
	// Digits is the zero-padded width of the sequence; default 6.
	Digits int
	// VAT is the VAT rate; default 1400 (14%). Use NoVAT for 0%.
	VAT money.BasisPoints
	// NoVAT sets the VAT rate to zero (exempt sellers); VAT must then be 0.
	NoVAT bool
	// Tiers maps a customer tier to its discount, e.g. {"vip": 500} is 5%.
	// The empty tier never has a discount.
	Tiers map[string]money.BasisPoints
	// QuoteValidity is how long a quote can be converted; default 7 days.
	QuoteValidity time.Duration
	// NationalIDAbove: invoices whose grand total exceeds it need the
	// buyer's national ID; default EGP 150,000.
	NationalIDAbove money.Piasters
	// Stock reserves stock for invoices and releases it on void; default
	// CatalogStock (the catalog's ledger). NoStock opts out explicitly.
	Stock Stock
	// OnIssue, when set, runs in the issuing transaction after an invoice
	// or credit note is written (e-receipts: receipt.Issuer.Issue). Its
	// error aborts the issue; the caller's transaction must roll back.
	OnIssue func(tx *bolt.Tx, doc *Document) error
	// Demo is a demo box's book: its documents (marked DEMO on the PDF)
	// never enter outbox/hq, so no head office ever receives them, whatever
	// the box is configured as later.
	Demo bool
	// Observer, when set, is told of every document written (invoice,
	// quote, credit note) once its transaction commits: the box's metrics.
	Observer Observer
}

// Observer is told of the documents the book issues, after commit. Its
// method must be fast and must not block.
type Observer interface {
	// DocumentIssued counts one document issued, by its Kind.
	DocumentIssued(kind string)
}

// DefaultNationalIDAbove is EGP 150,000 in piasters.
const DefaultNationalIDAbove money.Piasters = 150_000_00

// DefaultVAT is Egypt's standard VAT rate, 14%.
const DefaultVAT money.BasisPoints = 1400

func (c *Config) withDefaults() Config {
	out := *c
	if out.InvoicePrefix == "" {
		out.InvoicePrefix = "INV-" + out.BranchCode + "-"
	}
	if out.QuotePrefix == "" {
		out.QuotePrefix = "QUO-" + out.BranchCode + "-"
	}
	if out.CreditPrefix == "" {
		out.CreditPrefix = "CN-" + out.BranchCode + "-"
	}
	if out.Digits == 0 {
		out.Digits = 6
	}
	if out.VAT == 0 && !out.NoVAT {
		out.VAT = DefaultVAT
	}
	if out.QuoteValidity == 0 {
		out.QuoteValidity = 7 * 24 * time.Hour
	}
	if out.NationalIDAbove == 0 {
		out.NationalIDAbove = DefaultNationalIDAbove
	}
	if out.Stock == nil {
		out.Stock = CatalogStock{}
	}
	return out
}

// Validate reports the first problem with the configuration (after defaults).
func (c Config) Validate() error {
	d := c.withDefaults()
	var errs []error
	if d.BranchCode == "" || !numberSafe(d.BranchCode) {
		errs = append(errs, fmt.Errorf("branch code %q: want letters, digits or '-'", d.BranchCode))
	}
	if strings.TrimSpace(d.Seller.Name) == "" {
		errs = append(errs, errors.New("seller name is required"))
	}
	if strings.TrimSpace(d.Seller.Address) == "" {
		errs = append(errs, errors.New("seller address is required"))
	}
	if strings.TrimSpace(d.Seller.TaxRegNo) == "" {
		errs = append(errs, errors.New("seller tax registration number is required"))
	}
	ps := map[string]bool{}
	for _, p := range []string{d.InvoicePrefix, d.QuotePrefix, d.CreditPrefix} {
		if !numberSafe(p) {
			errs = append(errs, fmt.Errorf("number prefix %q: want letters, digits or '-'", p))
		}
		if ps[p] {
			errs = append(errs, fmt.Errorf("number prefix %q used by two series", p))
		}
		ps[p] = true
	}
	if d.Digits < 1 || d.Digits > 12 {
		errs = append(errs, fmt.Errorf("digits %d: want 1..12", d.Digits))
	}
	if d.NoVAT && c.VAT != 0 {
		errs = append(errs, errors.New("NoVAT with a non-zero VAT rate"))
	}
	if d.VAT < 0 || d.VAT > 10000 {
		errs = append(errs, fmt.Errorf("VAT %d basis points: want 0..10000", d.VAT))
	}
	for tier, bp := range d.Tiers {
		if tier == "" {
			errs = append(errs, errors.New("tier with an empty name"))
		}
		if bp < 0 || bp > 10000 {
			errs = append(errs, fmt.Errorf("tier %q discount %d basis points: want 0..10000", tier, bp))
		}
	}
	if d.QuoteValidity < 0 {
		errs = append(errs, errors.New("negative quote validity"))
	}
	if d.NationalIDAbove < 0 {
		errs = append(errs, errors.New("negative national ID threshold"))
	}
	return errors.Join(errs...)
}

func numberSafe(s string) bool {
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
