package receipt

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/invoice"
	"fatoora/appliance/store"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

type fixture struct {
	db     *store.DB
	book   *invoice.Book
	issuer *Issuer
	now    time.Time
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	is, err := New(Options{POS: testPOS, PortalURL: "https://preprod.invoicing.eta.gov.eg",
		ItemCode: func(_ *bolt.Tx, sku string) (string, error) {
			return map[string]string{chair.SKU: chair.ItemCode, kitchen.SKU: kitchen.ItemCode}[sku], nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	cfg := testBook(t).Config()
	cfg.OnIssue = is.Issue
	b, err := invoice.NewBook(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{db: db, book: b, issuer: is, now: time.Date(2025, 9, 15, 9, 0, 0, 0, time.UTC)}
}

func (f *fixture) invoice(t *testing.T, order string, buyer invoice.Buyer, lines ...invoice.RequestLine) (*invoice.Document, error) {
	t.Helper()
	p, err := f.book.Price(invoice.Request{OrderID: order, Buyer: buyer, PaymentMethod: "cash", Lines: lines})
	if err != nil {
		t.Fatal(err)
	}
	f.now = f.now.Add(time.Minute)
	var d *invoice.Document
	err = f.db.Update(func(tx *bolt.Tx) error {
		var err error
		d, err = f.book.IssueInvoice(tx, p, f.now)
		return err
	})
	return d, err
}

func (f *fixture) receipt(t *testing.T, number string) *Record {
	t.Helper()
	var r *Record
	if err := f.db.View(func(tx *bolt.Tx) error {
		var ok bool
		var err error
		r, ok, err = ByDocument(tx, number)
		if err == nil && !ok {
			err = errors.New("no receipt for " + number)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return r
}

func (f *fixture) status(t *testing.T) Status {
	t.Helper()
	var s Status
	if err := f.db.View(func(tx *bolt.Tx) (err error) { s, err = ReadStatus(tx); return }); err != nil {
		t.Fatal(err)
	}
	return s
}

var buyer = invoice.Buyer{Name: "منى", WaID: "201001234567"}

func one(p catalog.Product, q catalog.Milli) invoice.RequestLine {
	return invoice.RequestLine{Product: p, Quantity: q}
}

// checkChain walks the POS's chain and checks every link and every uuid
// against the stored body.
func checkChain(t *testing.T, db *store.DB, want int) []Record {
	t.Helper()
	var chain []Record
	if err := db.View(func(tx *bolt.Tx) (err error) { chain, err = Chain(tx, testPOS.Serial); return }); err != nil {
		t.Fatal(err)
	}
	if len(chain) != want {
		t.Fatalf("chain has %d receipts, want %d", len(chain), want)
	}
	for i, r := range chain {
		if r.Seq != uint64(len(chain)-i) {
			t.Errorf("receipt %s has seq %d at position %d from the head", r.Number, r.Seq, i)
		}
		id, err := UUID(r.Body)
		if err != nil || id != r.UUID {
			t.Errorf("receipt %s: body hashes to %s, stored %s (%v)", r.Number, id, r.UUID, err)
		}
		var body Receipt
		if err := json.Unmarshal(r.Body, &body); err != nil {
			t.Fatal(err)
		}
		if body.Header.PreviousUUID != r.Previous || body.Header.UUID != r.UUID {
			t.Errorf("receipt %s: body links %s, record %s", r.Number, body.Header.PreviousUUID, r.Previous)
		}
	}
	if chain[len(chain)-1].Previous != "" {
		t.Errorf("first receipt has previousUUID %q", chain[len(chain)-1].Previous)
	}
	return chain
}

func TestIssuer_IssueChainsEveryInvoice(t *testing.T) {
	f := newFixture(t)
	var docs []*invoice.Document
	for i, o := range []string{"o1", "o2", "o3"} {
		d, err := f.invoice(t, o, buyer, one(chair, catalog.Milli(i+1)*catalog.One))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	chain := checkChain(t, f.db, 3)
	for i, d := range docs {
		r := chain[len(chain)-1-i]
		if r.Number != d.Number || r.State != StateWaiting || r.Type != TypeSale {
			t.Errorf("receipt %d: %+v", i, r)
		}
		if !strings.HasPrefix(r.URL, "https://preprod.invoicing.eta.gov.eg/receipts/search/"+r.UUID+"/share/2025-09-15T09:0") ||
			!strings.HasSuffix(r.URL, "#Total:"+r.Total+",IssuerRIN:123456789") {
			t.Errorf("share url %s", r.URL)
		}
	}
	if s := f.status(t); s.Issued != 3 || s.Waiting != 3 || !s.OldestWaiting.Equal(docs[0].IssuedAt) {
		t.Errorf("status %+v", s)
	}
	var batch []Pending
	f.db.View(func(tx *bolt.Tx) (err error) { batch, err = NextBatch(tx, 2, 1<<20); return })
	if len(batch) != 2 || batch[0].UUID != chain[2].UUID || batch[1].UUID != chain[1].UUID {
		t.Errorf("batch of 2 is not the chain's first two: %+v", batch)
	}
	f.db.View(func(tx *bolt.Tx) (err error) { batch, err = NextBatch(tx, 500, len(chain[2].Body)+1); return })
	if len(batch) != 1 {
		t.Errorf("byte limit: batch of %d", len(batch))
	}
}

// TestIssuer_CrashNeitherForksNorSkips issues, rolls the transaction back
// as a crash before commit would, and issues again: the chain is unbroken
// and the rolled-back receipt left no trace.
func TestIssuer_CrashNeitherForksNorSkips(t *testing.T) {
	f := newFixture(t)
	if _, err := f.invoice(t, "o1", buyer, one(chair, catalog.One)); err != nil {
		t.Fatal(err)
	}
	crash := errors.New("power cut before commit")
	p, _ := f.book.Price(invoice.Request{OrderID: "o2", Buyer: buyer, Lines: []invoice.RequestLine{one(kitchen, 2500)}})
	var lost *invoice.Document
	err := f.db.Update(func(tx *bolt.Tx) error {
		var err error
		if lost, err = f.book.IssueInvoice(tx, p, f.now.Add(time.Minute)); err != nil {
			return err
		}
		if h, _ := ChainHead(tx, testPOS.Serial); h.Number != lost.Number {
			t.Errorf("inside the transaction the head is %s, want %s", h.Number, lost.Number)
		}
		return crash
	})
	if !errors.Is(err, crash) {
		t.Fatal(err)
	}
	d, err := f.invoice(t, "o2", buyer, one(kitchen, 2500))
	if err != nil {
		t.Fatal(err)
	}
	if d.Number != lost.Number {
		t.Errorf("re-issued as %s, the lost one was %s (gapless numbering)", d.Number, lost.Number)
	}
	chain := checkChain(t, f.db, 2)
	if chain[0].Number != d.Number {
		t.Errorf("head is %s", chain[0].Number)
	}
	if s := f.status(t); s.Issued != 2 || s.Waiting != 2 {
		t.Errorf("status %+v", s)
	}
}

func TestIssuer_ReturnReceiptForCreditNote(t *testing.T) {
	f := newFixture(t)
	sale, err := f.invoice(t, "o1", buyer, one(chair, catalog.One))
	if err != nil {
		t.Fatal(err)
	}
	var cn *invoice.Document
	if err := f.db.Update(func(tx *bolt.Tx) (err error) {
		cn, err = f.book.Void(tx, sale.Number, "customer changed mind", f.now.Add(time.Hour))
		return
	}); err != nil {
		t.Fatal(err)
	}
	chain := checkChain(t, f.db, 2)
	ret := f.receipt(t, cn.Number)
	var body Receipt
	json.Unmarshal(ret.Body, &body)
	if body.DocumentType.ReceiptType != TypeReturn || body.Header.ReferenceUUID != chain[1].UUID || ret.Reference != chain[1].UUID {
		t.Errorf("return receipt: %+v", body.Header)
	}
	if body.Buyer != (Buyer{Type: "P", Name: "منى", MobileNumber: "01001234567"}) {
		t.Errorf("return buyer %+v", body.Buyer)
	}
	// While the sale waits, the return is not in the same batch.
	var batch []Pending
	f.db.View(func(tx *bolt.Tx) (err error) { batch, err = NextBatch(tx, 500, 1<<20); return })
	if len(batch) != 1 || batch[0].UUID != chain[1].UUID {
		t.Errorf("batch %+v", batch)
	}
}

func TestIssuer_BusinessBuyerGetsNoReceipt(t *testing.T) {
	f := newFixture(t)
	d, err := f.invoice(t, "o1", invoice.Buyer{Name: "شركة النيل", NationalID: "100-200-300"}, one(chair, catalog.One))
	if err != nil {
		t.Fatal(err)
	}
	var cn *invoice.Document
	f.db.Update(func(tx *bolt.Tx) (err error) { cn, err = f.book.Void(tx, d.Number, "error", f.now); return })
	f.db.View(func(tx *bolt.Tx) error {
		for _, n := range []string{d.Number, cn.Number} {
			if b2b, err := IsB2B(tx, n); err != nil || !b2b {
				t.Errorf("%s not marked for head office's e-invoice (%v)", n, err)
			}
			if _, ok, _ := ByDocument(tx, n); ok {
				t.Errorf("%s got a receipt", n)
			}
		}
		return nil
	})
	if s := f.status(t); s.Issued != 0 {
		t.Errorf("status %+v", s)
	}
}

// TestIssuer_NationalIDThreshold: the receipt follows the book's rule
// (the ID at or above EGP 150,000, as ETA requires), so the book's own
// check, made before it writes, is the one that refuses; a refused issue
// leaves no receipt.
func TestIssuer_NationalIDThreshold(t *testing.T) {
	f := newFixture(t)
	below := catalog.Product{SKU: "SET", NameAr: "طقم", Unit: catalog.Piece, Price: 131_578_94}       // 149,999.99 with VAT
	above := catalog.Product{SKU: "SET2", NameAr: "طقم كبير", Unit: catalog.Piece, Price: 131_578_95} // 150,000.00 with VAT
	if p, _ := f.book.Price(invoice.Request{Lines: []invoice.RequestLine{one(above, catalog.One)}}); p.Totals.Total != 150_000_00 {
		t.Fatalf("fixture: total %s", p.Totals.Total)
	}
	if _, err := f.invoice(t, "o1", buyer, one(below, catalog.One)); err != nil {
		t.Fatalf("just below EGP 150,000 without an ID: %v", err)
	}
	_, err := f.invoice(t, "o2", buyer, one(above, catalog.One))
	if !errors.Is(err, invoice.ErrNationalIDRequired) {
		t.Fatalf("exactly EGP 150,000 without an ID: %v", err)
	}
	if s := f.status(t); s.Issued != 1 {
		t.Errorf("a refused issue left a receipt: %+v", s)
	}
	withID := buyer
	withID.NationalID = "29001010123456"
	if _, err := f.invoice(t, "o2", withID, one(above, catalog.One)); err != nil {
		t.Fatal(err)
	}
	chain := checkChain(t, f.db, 2)
	var body Receipt
	json.Unmarshal(chain[0].Body, &body)
	if body.Buyer.ID != "29001010123456" || body.Buyer.Name != "منى" {
		t.Errorf("buyer %+v", body.Buyer)
	}
}

// TestIssuer_HookFailureRollsBackTheIssue: a receipt that cannot be built
// fails the issue with an error the pipeline does not take for a refusal,
// so its transaction rolls back and nothing is half-issued.
func TestIssuer_HookFailureRollsBackTheIssue(t *testing.T) {
	f := newFixture(t)
	f.issuer.o.ItemCode = func(*bolt.Tx, string) (string, error) { return "not-a-code", nil }
	_, err := f.invoice(t, "o1", buyer, one(chair, catalog.One))
	if err == nil {
		t.Fatal("a malformed item code did not fail the issue")
	}
	for _, refusal := range []error{invoice.ErrNationalIDRequired, money.ErrOverflow, invoice.ErrTampered} {
		if errors.Is(err, refusal) {
			t.Errorf("%v reads as the book's refusal %v", err, refusal)
		}
	}
	f.db.View(func(tx *bolt.Tx) error {
		if docs, _ := invoice.List(tx, invoice.ListFilter{}); len(docs) != 0 {
			t.Errorf("%d documents after a failed issue", len(docs))
		}
		return nil
	})
}

func TestSettle_AndReissue(t *testing.T) {
	f := newFixture(t)
	for _, o := range []string{"o1", "o2"} {
		if _, err := f.invoice(t, o, buyer, one(chair, catalog.One)); err != nil {
			t.Fatal(err)
		}
	}
	chain := checkChain(t, f.db, 2)
	var batch []Pending
	f.db.View(func(tx *bolt.Tx) (err error) { batch, err = NextBatch(tx, 500, 1<<20); return })
	etaErr := json.RawMessage(`{"code":"ItemCodeNotApproved","message":"item code not approved"}`)
	if err := f.db.Update(func(tx *bolt.Tx) error {
		return Settle(tx, batch, "sub-1", []Answer{{UUID: chain[1].UUID, LongID: "L1"}}, []Answer{{UUID: chain[0].UUID, Error: etaErr}}, f.now)
	}); err != nil {
		t.Fatal(err)
	}
	if s := f.status(t); s.Submitted != 2 || s.Accepted != 1 || s.Rejected != 1 || s.Waiting != 0 || !s.OldestWaiting.IsZero() {
		t.Errorf("status %+v", s)
	}
	var rej []Rejection
	f.db.View(func(tx *bolt.Tx) (err error) { rej, err = Rejections(tx); return })
	if len(rej) != 1 || rej[0].UUID != chain[0].UUID || string(rej[0].Error) != string(etaErr) {
		t.Fatalf("rejections %+v", rej)
	}
	var re *Record
	if err := f.db.Update(func(tx *bolt.Tx) (err error) {
		re, err = f.issuer.Reissue(tx, chain[0].UUID, f.now.Add(time.Hour))
		return
	}); err != nil {
		t.Fatal(err)
	}
	var body Receipt
	json.Unmarshal(re.Body, &body)
	if body.Header.ReferenceOldUUID != chain[0].UUID || body.Header.PreviousUUID != chain[0].UUID || body.Header.ReceiptNumber != chain[0].Number {
		t.Errorf("re-issue header %+v", body.Header)
	}
	checkChain(t, f.db, 3)
	if s := f.status(t); s.Rejected != 0 || s.Waiting != 1 || s.Issued != 3 {
		t.Errorf("status after re-issue %+v", s)
	}
	if r := f.receipt(t, chain[0].Number); r.UUID != re.UUID {
		t.Errorf("document's receipt is %s, want the re-issue", r.UUID)
	}
	if err := f.db.Update(func(tx *bolt.Tx) error { _, err := f.issuer.Reissue(tx, chain[1].UUID, f.now); return err }); err == nil {
		t.Error("re-issued an accepted receipt")
	}
}
