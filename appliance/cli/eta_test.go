package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance"
	"fatoora/appliance/cli"
	"fatoora/appliance/health"
	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/receipt"
	"fatoora/appliance/store"
	"fatoora/catalog"
)

// issueReceipts makes a store with n issued invoices and their receipts.
func issueReceipts(t *testing.T, dir string, n int) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(dir, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	is, err := receipt.New(receipt.Options{POS: receipt.POS{RIN: "123456789", BranchCode: "0", Serial: "P1", ActivityCode: "4759"}, PortalURL: "https://invoicing.eta.gov.eg"})
	if err != nil {
		t.Fatal(err)
	}
	book, err := invoice.NewBook(invoice.Config{BranchCode: "B", Stock: invoice.NoStock{}, OnIssue: is.Issue,
		Seller: invoice.Seller{Name: "معرض", Address: "القاهرة", TaxRegNo: "123-456-789"}})
	if err != nil {
		t.Fatal(err)
	}
	for range n {
		p, err := book.Price(invoice.Request{Lines: []invoice.RequestLine{{Product: catalog.Product{SKU: "A", NameAr: "كرسي", Unit: catalog.Piece, Price: 100_00}, Quantity: catalog.One}}})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Update(func(tx *bolt.Tx) error { _, err := book.IssueInvoice(tx, p, time.Now().Add(-2*time.Hour)); return err }); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestETAStatus_FromTheStore(t *testing.T) {
	dir := t.TempDir()
	issueReceipts(t, dir, 2).Close()
	var out bytes.Buffer
	if err := cli.Run(context.Background(), []string{"eta", "status", "--data", dir}, cli.IO{Stdout: &out, Stderr: &out, Getenv: func(string) string { return "" }}); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	for _, want := range []string{"read from the store", "waiting                      2", "issued                       2", "oldest_waiting_age_seconds"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestETAStatus_FromTheRunningBox: the store is locked by a running box,
// so the command asks its /healthz.
func TestETAStatus_FromTheRunningBox(t *testing.T) {
	dir := t.TempDir()
	db := issueReceipts(t, dir, 1) // holds the lock, as a serving box does
	defer db.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(health.Report{Status: health.Degraded, Parts: map[string]health.State{"eta": {
			Status: health.Degraded, Message: "1 receipts rejected by ETA",
			Details: map[string]any{"waiting": 0, "rejected": 1, "accepted": 0, "submitted": 1, "issued": 1},
		}}})
	})}
	go srv.Serve(ln)
	defer srv.Close()
	var out bytes.Buffer
	if err := cli.Run(context.Background(), []string{"eta", "status", "--data", dir, "--listen", ln.Addr().String()}, cli.IO{Stdout: &out, Stderr: &out, Getenv: func(string) string { return "" }}); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	for _, want := range []string{"from the running box", "rejected                     1", "attention: 1 receipts rejected"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestETAReissue_OnAStoppedBox(t *testing.T) {
	dir := t.TempDir()
	db := issueReceipts(t, dir, 2)
	var batch []receipt.Pending
	db.View(func(tx *bolt.Tx) (err error) { batch, err = receipt.NextBatch(tx, 10, 1<<20); return })
	if err := db.Update(func(tx *bolt.Tx) error {
		return receipt.Settle(tx, batch, "S1", []receipt.Answer{{UUID: batch[1].UUID}},
			[]receipt.Answer{{UUID: batch[0].UUID, Error: json.RawMessage(`{"code":"ItemCodeNotApproved"}`)}}, time.Now())
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	env := map[string]string{"FATOORA_ETA_CLIENT_ID": "c", "FATOORA_ETA_CLIENT_SECRET": "s", "FATOORA_ETA_POS_SERIAL": "P1",
		"FATOORA_ETA_RIN": "123456789", "FATOORA_ETA_ACTIVITY_CODE": "4759"}
	io := cli.IO{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(k string) string { return env[k] }}
	var out bytes.Buffer
	io.Stdout = &out
	if err := cli.Run(context.Background(), []string{"eta", "status", "--data", dir}, io); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "rejected INV-B-000001") || !strings.Contains(out.String(), "ItemCodeNotApproved") {
		t.Errorf("status does not show the rejection:\n%s", out.String())
	}
	out.Reset()
	if err := cli.Run(context.Background(), []string{"eta", "reissue", "--data", dir, batch[0].UUID}, io); err != nil {
		t.Fatalf("%v %s", err, io.Stderr)
	}
	if !strings.Contains(out.String(), "receipt of INV-B-000001 re-issued as ") {
		t.Errorf("reissue said %q", out.String())
	}
	if err := cli.Run(context.Background(), []string{"eta", "reissue", "--data", dir, batch[1].UUID}, io); err == nil || !strings.Contains(err.Error(), "only a rejected receipt") {
		t.Errorf("re-issuing an accepted receipt: %v", err)
	}
	out.Reset()
	cli.Run(context.Background(), []string{"eta", "status", "--data", dir}, io)
	if !strings.Contains(out.String(), "rejected                     0") || !strings.Contains(out.String(), "waiting                      1") {
		t.Errorf("status after re-issue:\n%s", out.String())
	}
}
