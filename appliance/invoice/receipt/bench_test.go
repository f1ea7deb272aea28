package receipt

import (
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/invoice"
	"fatoora/appliance/store"
	"fatoora/catalog"
)

// BenchmarkSeal: build and seal a two-line receipt (serialise, hash, encode twice).
func BenchmarkSeal(b *testing.B) {
	t := &testing.T{}
	doc := goldenDocs(t)["sale"]
	codes := codesOf(doc)
	b.ReportAllocs()
	for b.Loop() {
		r, err := Build(doc, testPOS, Link{Previous: "9de7183e0a3f020440191f70db0d3463f47d7f32361f8e08a1d1f1212b9bceda"}, codes, invoice.DefaultNationalIDAbove)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Seal(r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIssuer_Issue: what e-receipts add to an invoice's issuing
// transaction (store opened with NoSync: the fsync is the invoice's anyway).
func BenchmarkIssuer_Issue(b *testing.B) {
	db, err := store.Open(filepath.Join(b.TempDir(), "fatoora.db"), store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	is, err := New(Options{POS: testPOS, PortalURL: "https://invoicing.eta.gov.eg",
		ItemCode: func(*bolt.Tx, string) (string, error) { return "", nil }})
	if err != nil {
		b.Fatal(err)
	}
	bk, _ := invoice.NewBook(invoice.Config{BranchCode: "B", Stock: invoice.NoStock{}, Seller: invoice.Seller{Name: "s", Address: "a", TaxRegNo: "1"}})
	p, _ := bk.Price(invoice.Request{Lines: []invoice.RequestLine{{Product: chair, Quantity: 2 * catalog.One}, {Product: kitchen, Quantity: 3200}}})
	now := time.Date(2025, 9, 15, 9, 0, 0, 0, time.UTC)
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		n++
		doc := &invoice.Document{Number: "INV-" + string(rune('a'+n%26)) + time.Duration(n).String(), Kind: invoice.KindInvoice, IssuedAt: now, Priced: p}
		if err := db.Update(func(tx *bolt.Tx) error { return is.Issue(tx, doc) }); err != nil {
			b.Fatal(err)
		}
	}
}
