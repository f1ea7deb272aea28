package eta

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/health"
	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/receipt"
	"fatoora/appliance/store"
	"fatoora/catalog"
	"fatoora/sync/eta/etatest"
)

var pos = receipt.POS{RIN: "123456789", BranchCode: "0", Serial: "POS-CAI1-01", ActivityCode: "4759"}

var (
	chair   = catalog.Product{SKU: "CH-01", NameAr: "كرسي سفرة زان", Unit: catalog.Piece, Price: 1_850_00}
	kitchen = catalog.Product{SKU: "KT-02", NameAr: "مطبخ خشب زان", Unit: catalog.Meter, Price: 1_234_57}
)

// clock is a settable clock shared by the box and the stand-in.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type env struct {
	db     *store.DB
	book   *invoice.Book
	issuer *receipt.Issuer
	eta    *etatest.Server
	clock  *clock
	codes  map[string]string
	orders int
}

func newEnv(t *testing.T) *env { return newEnvWith(t, etatest.Options{}) }

func newEnvWith(t *testing.T, so etatest.Options) *env {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &env{db: db, clock: &clock{t: time.Date(2025, 9, 15, 9, 0, 0, 0, time.UTC)}, codes: map[string]string{}}
	so.ClientID, so.ClientSecret, so.Now = "pos-client", "pos-secret", e.clock.Now
	e.eta = etatest.New(so)
	t.Cleanup(e.eta.Close)
	e.issuer, err = receipt.New(receipt.Options{POS: pos, PortalURL: e.eta.URL,
		ItemCode: func(_ *bolt.Tx, sku string) (string, error) { return e.codes[sku], nil }})
	if err != nil {
		t.Fatal(err)
	}
	e.book, err = invoice.NewBook(invoice.Config{
		BranchCode: "CAI1", Stock: invoice.NoStock{}, OnIssue: e.issuer.Issue,
		Seller: invoice.Seller{Name: "معرض فاتورة للأثاث", Address: "١٢ شارع عباس العقاد", TaxRegNo: "123-456-789"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) worker(t *testing.T, mod func(*Options)) *Worker {
	t.Helper()
	o := Options{DB: e.db, IDURL: e.eta.URL, APIURL: e.eta.URL, ClientID: "pos-client", ClientSecret: "pos-secret",
		POSSerial: pos.Serial, Now: e.clock.Now, Poll: 5 * time.Millisecond, BackoffBase: time.Millisecond, BackoffMax: 20 * time.Millisecond}
	if mod != nil {
		mod(&o)
	}
	w, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func (e *env) issue(t *testing.T, lines ...invoice.RequestLine) *invoice.Document {
	t.Helper()
	e.orders++
	p, err := e.book.Price(invoice.Request{OrderID: fmt.Sprintf("o%d", e.orders), Buyer: invoice.Buyer{Name: "منى", WaID: "201001234567"}, Lines: lines})
	if err != nil {
		t.Fatal(err)
	}
	var d *invoice.Document
	if err := e.db.Update(func(tx *bolt.Tx) (err error) {
		d, err = e.book.IssueInvoice(tx, p, e.clock.Now())
		return
	}); err != nil {
		t.Fatal(err)
	}
	return d
}

func (e *env) chain(t *testing.T) []string {
	t.Helper()
	var recs []receipt.Record
	if err := e.db.View(func(tx *bolt.Tx) (err error) { recs, err = receipt.Chain(tx, pos.Serial); return }); err != nil {
		t.Fatal(err)
	}
	var out []string
	for i := len(recs) - 1; i >= 0; i-- {
		out = append(out, recs[i].UUID)
	}
	return out
}

func (e *env) status(t *testing.T) receipt.Status {
	t.Helper()
	var s receipt.Status
	if err := e.db.View(func(tx *bolt.Tx) (err error) { s, err = receipt.ReadStatus(tx); return }); err != nil {
		t.Fatal(err)
	}
	return s
}

func line(p catalog.Product, q catalog.Milli) invoice.RequestLine {
	return invoice.RequestLine{Product: p, Quantity: q}
}

func TestWorker_EveryReceiptAccepted(t *testing.T) {
	e := newEnv(t)
	w := e.worker(t, func(o *Options) { o.MaxBatch = 3 })
	for i := 0; i < 7; i++ {
		e.issue(t, line(chair, catalog.Milli(i+1)*catalog.One), line(kitchen, 3200))
	}
	if err := w.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	chain := e.chain(t)
	if got := e.eta.Accepted(); !slices.Equal(got, chain) {
		t.Fatalf("accepted %v\nchain    %v", got, chain)
	}
	if got := e.eta.BatchSizes(); !slices.Equal(got, []int{3, 3, 1}) {
		t.Errorf("batches %v, want 3,3,1", got)
	}
	if n := e.eta.TokenCalls(); n != 1 {
		t.Errorf("%d token requests, want 1 (cached)", n)
	}
	if s := e.status(t); s.Accepted != 7 || s.Submitted != 7 || s.Waiting != 0 || s.Rejected != 0 {
		t.Errorf("status %+v", s)
	}
	if h := w.Health(); h.Status != health.OK || h.Details["accepted"] != uint64(7) {
		t.Errorf("health %+v", h)
	}
}

func TestWorker_TokenRenewedBeforeExpiry(t *testing.T) {
	e := newEnv(t)
	w := e.worker(t, nil)
	e.issue(t, line(chair, catalog.One))
	if err := w.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	e.clock.Add(58 * time.Minute) // the stand-in's tokens live an hour
	e.issue(t, line(chair, catalog.One))
	if err := w.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := e.eta.TokenCalls(); n != 1 {
		t.Errorf("%d token requests at 58 min, want 1", n)
	}
	e.clock.Add(time.Minute + time.Second) // inside the last minute: renew
	e.issue(t, line(chair, catalog.One))
	if err := w.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := e.eta.TokenCalls(); n != 2 {
		t.Errorf("%d token requests after 59 min, want 2", n)
	}
	if got := e.eta.Accepted(); len(got) != 3 {
		t.Errorf("accepted %d", len(got))
	}
}

// TestWorker_OfflineThenRateLimited: the shop is offline while it sells,
// then ETA answers 503 and 429 for a while; every receipt is accepted
// once, in chain order.
func TestWorker_OfflineThenRateLimited(t *testing.T) {
	e := newEnv(t)
	w := e.worker(t, func(o *Options) { o.MaxBatch = 4 })
	e.eta.SetDown(true)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Serve(ctx) }()
	var first *invoice.Document
	for i := 0; i < 10; i++ {
		d := e.issue(t, line(chair, catalog.One), line(kitchen, catalog.Milli(500*(i+1))))
		if first == nil {
			first = d
		}
		w.Kick()
		e.clock.Add(3 * time.Hour) // days offline
	}
	// A return of the first sale, chained after the ten sales.
	if err := e.db.Update(func(tx *bolt.Tx) error {
		_, err := e.book.Void(tx, first.Number, "returned", e.clock.Now())
		return err
	}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return w.Health().Status == health.Degraded })
	if h := w.Health(); h.Details["last_error"] == nil || h.Details["waiting"] != uint64(11) {
		t.Errorf("offline health %+v", h)
	}
	e.eta.Unavailable(2)
	e.eta.TooMany(3, "0")
	e.eta.SetDown(false)
	waitFor(t, func() bool { return e.status(t).Accepted == 11 })
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Serve: %v", err)
	}
	chain := e.chain(t)
	if got := e.eta.Accepted(); !slices.Equal(got, chain) {
		t.Fatalf("accepted %v\nchain    %v", got, chain)
	}
	for _, id := range chain {
		if n := e.eta.Submitted(id); n != 1 {
			t.Errorf("receipt %s submitted %d times", id, n)
		}
	}
	if h := w.Health(); h.Status != health.OK {
		t.Errorf("health after recovery %+v", h)
	}
}

func TestWorker_PartialRejection(t *testing.T) {
	e := newEnv(t)
	w := e.worker(t, nil)
	e.eta.RejectIf(func(_ string, r map[string]any) *etatest.Error {
		for _, it := range r["itemData"].([]any) {
			if it.(map[string]any)["internalCode"] == kitchen.SKU {
				return &etatest.Error{Code: "ItemCodeNotApproved", Message: "item code EG-123456789-KT-02 is not approved"}
			}
		}
		return nil
	})
	e.issue(t, line(chair, catalog.One))
	bad := e.issue(t, line(kitchen, 2000))
	e.issue(t, line(chair, 2*catalog.One))
	if err := w.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s := e.status(t); s.Accepted != 2 || s.Rejected != 1 || s.Waiting != 0 {
		t.Fatalf("status %+v", s)
	}
	h := w.Health()
	if h.Status != health.Degraded {
		t.Errorf("health with a rejection %+v", h)
	}
	var rej []receipt.Rejection
	e.db.View(func(tx *bolt.Tx) (err error) { rej, err = receipt.Rejections(tx); return })
	if len(rej) != 1 || rej[0].Number != bad.Number {
		t.Fatalf("rejections %+v", rej)
	}
	var etaErr etatest.Error
	if err := json.Unmarshal(rej[0].Error, &etaErr); err != nil || etaErr.Code != "ItemCodeNotApproved" {
		t.Errorf("stored error %s (%v)", rej[0].Error, err)
	}
	// Head office registers the code; staff re-issue.
	e.codes[kitchen.SKU] = "EG-123456789-KT02"
	e.eta.RejectIf(nil)
	if err := e.db.Update(func(tx *bolt.Tx) error {
		_, err := e.issuer.Reissue(tx, rej[0].UUID, e.clock.Now())
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := w.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s := e.status(t); s.Accepted != 3 || s.Rejected != 0 || s.Waiting != 0 {
		t.Fatalf("status after re-issue %+v", s)
	}
	if h := w.Health(); h.Status != health.OK {
		t.Errorf("health after re-issue %+v", h)
	}
}

// TestWorker_RefusedBatchIsSplit: ETA refuses a whole submission (400);
// the worker sends the receipts one by one and none is lost or rejected.
func TestWorker_RefusedBatchIsSplit(t *testing.T) {
	e := newEnvWith(t, etatest.Options{MaxReceipts: 1})
	w := e.worker(t, nil)
	for range 3 {
		e.issue(t, line(chair, catalog.One))
	}
	if err := w.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := e.eta.Accepted(); !slices.Equal(got, e.chain(t)) {
		t.Fatalf("accepted %v", got)
	}
	if s := e.status(t); s.Accepted != 3 || s.Rejected != 0 {
		t.Errorf("status %+v", s)
	}
}

func TestWorker_BadCredentialsAreNotRetriedAsTransient(t *testing.T) {
	e := newEnv(t)
	w := e.worker(t, func(o *Options) { o.ClientSecret = "wrong" })
	e.issue(t, line(chair, catalog.One))
	_, err := w.SubmitOnce(context.Background())
	var re *RetryableError
	if err == nil || errors.As(err, &re) {
		t.Fatalf("bad secret: %v", err)
	}
	if s := e.status(t); s.Waiting != 1 || s.Submitted != 0 {
		t.Errorf("status %+v", s)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 9, 15, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{{"", 0}, {"7", 7 * time.Second}, {now.Add(90 * time.Second).Format(http1123), 90 * time.Second}, {"soon", 0}} {
		if got := retryAfter(tc.in, now); got != tc.want {
			t.Errorf("retryAfter(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

const http1123 = "Mon, 02 Jan 2006 15:04:05 GMT"

// waitFor polls cond: a liveness wait, not a timing assertion (the
// deadline is generous).
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in 30 s")
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func TestWorker_Backoff(t *testing.T) {
	e := newEnv(t)
	w := e.worker(t, func(o *Options) { o.BackoffBase, o.BackoffMax = time.Second, time.Minute })
	plain := errors.New("connection refused")
	for attempt := 1; attempt < 40; attempt++ {
		ceiling := min(time.Minute, time.Second<<attempt)
		if attempt >= 30 {
			ceiling = time.Minute
		}
		for range 20 {
			if d := w.backoff(attempt, plain); d < 0 || d > ceiling {
				t.Fatalf("attempt %d: %s outside [0, %s]", attempt, d, ceiling)
			}
			// The server's Retry-After is a floor, even above the maximum.
			ra := &RetryableError{Err: plain, RetryAfter: 2 * time.Minute}
			if d := w.backoff(attempt, ra); d < 2*time.Minute {
				t.Fatalf("attempt %d: %s is shorter than Retry-After", attempt, d)
			}
		}
	}
}
