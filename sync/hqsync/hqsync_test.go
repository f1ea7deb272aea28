package hqsync

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/config"
	"fatoora/appliance/invoice"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/store"
	"fatoora/sync/hq"
	"fatoora/sync/hq/hqbolt"
	"fatoora/sync/hqwire"
	"fatoora/sync/internal/boxtest"
)

var t0 = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

const boxKey = "box-key-for-tests"

type env struct {
	db    *store.DB
	book  *invoice.Book
	hq    *hqbolt.Store
	srv   *httptest.Server
	posts atomic.Int64
	items atomic.Int64 // items seen in all posts
	// fault, when set, answers instead of head office.
	mu    sync.Mutex
	fault func(w http.ResponseWriter, r *http.Request) bool
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{}
	var err error
	e.db, err = store.Open(filepath.Join(t.TempDir(), "box.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.db.Close() })
	if e.book, err = boxtest.Book("T1"); err != nil {
		t.Fatal(err)
	}
	e.hq, err = hqbolt.Open(filepath.Join(t.TempDir(), "hq.db"), hqbolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.hq.Close() })
	rv, err := hq.NewReceiver(hq.ReceiverOptions{Store: e.hq, Boxes: map[string][]byte{"box1": []byte(boxKey)}})
	if err != nil {
		t.Fatal(err)
	}
	e.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.mu.Lock()
		fault := e.fault
		e.mu.Unlock()
		if fault != nil && fault(w, r) {
			return
		}
		body, _ := io.ReadAll(r.Body)
		var b hqwire.Batch
		_ = json.Unmarshal(body, &b)
		e.posts.Add(1)
		e.items.Add(int64(len(b.Items)))
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		rv.ServeHTTP(w, r)
	}))
	t.Cleanup(e.srv.Close)
	return e
}

func (e *env) setFault(f func(w http.ResponseWriter, r *http.Request) bool) {
	e.mu.Lock()
	e.fault = f
	e.mu.Unlock()
}

func (e *env) forwarder(t *testing.T, mut ...func(*Options)) *Forwarder {
	t.Helper()
	o := Options{DB: e.db, URL: e.srv.URL, Key: []byte(boxKey), BoxID: "box1", MaxAge: time.Millisecond,
		Poll: 5 * time.Millisecond, BaseBackoff: 5 * time.Millisecond, MaxBackoff: 20 * time.Millisecond}
	for _, m := range mut {
		m(&o)
	}
	f, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// run serves f until the outbox is empty (or fails the test after 20 s).
func (e *env) run(t *testing.T, f *Forwarder) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.Serve(ctx) }()
	deadline := time.Now().Add(20 * time.Second)
	for backlog(t, e.db) > 0 {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("outbox still holds %d items; last error %q", backlog(t, e.db), f.lastErr)
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Serve: %v", err)
	}
}

func backlog(t *testing.T, db *store.DB) int {
	n := 0
	if err := db.View(func(tx *bolt.Tx) error {
		n = store.Bucket(tx, store.BucketOutbox, store.BucketHQ).Stats().KeyN
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *env) issue(t *testing.T, first, n int) []string {
	t.Helper()
	nums, err := boxtest.Invoices(e.db, e.book, first, n, t0)
	if err != nil {
		t.Fatal(err)
	}
	return nums
}

func (e *env) docs(t *testing.T) map[string]hq.Document {
	t.Helper()
	ds, err := hq.Documents(context.Background(), e.hq, hq.Query{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]hq.Document{}
	for _, d := range ds {
		if _, dup := out[d.Number]; dup {
			t.Fatalf("%s twice at head office", d.Number)
		}
		out[d.Number] = d
	}
	return out
}

func TestForwarder_DeliversInvoicesPaymentsAndCreditNotes(t *testing.T) {
	e := newEnv(t)
	nums := e.issue(t, 1, 7)
	if err := e.db.Update(func(tx *bolt.Tx) error {
		if err := e.book.MarkPaid(tx, nums[0], "instapay", t0.Add(time.Hour)); err != nil {
			return err
		}
		_, err := e.book.Void(tx, nums[1], "خطأ في المقاس", t0.Add(2*time.Hour))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	f := e.forwarder(t, func(o *Options) { o.MaxItems = 3 })
	e.run(t, f)

	docs := e.docs(t)
	if len(docs) != 8 { // 7 invoices and one credit note
		t.Fatalf("head office has %d documents, want 8: %v", len(docs), docs)
	}
	if d := docs[nums[0]]; d.Status != hq.StatusPaid || d.Method != "instapay" || !d.PaidAt.Equal(t0.Add(time.Hour)) {
		t.Errorf("paid invoice at head office: %+v", d)
	}
	if d := docs[nums[1]]; d.Status != hq.StatusVoided {
		t.Errorf("voided invoice at head office: %+v", d)
	}
	if d := docs["CN-T1-000001"]; d.Kind != hqwire.KindCreditNote || d.RefersTo != nums[1] || d.Total != docs[nums[1]].Total {
		t.Errorf("credit note at head office: %+v", d)
	}
	if p := e.posts.Load(); p != 3 { // 9 items, batches of 3
		t.Errorf("%d posts for 9 items in batches of 3", p)
	}
	st, err := f.State()
	if err != nil || st.Backlog != 0 || st.Rejected != 0 || st.Sent != 9 || st.LastSuccess.IsZero() || st.LastError != "" {
		t.Errorf("state %+v %v", st, err)
	}
	if h := f.Health(); h.Status != "ok" || h.Details["backlog"] != 0 {
		t.Errorf("health %+v", h)
	}
}

// An answer lost on the way back (the connection cut after head office
// stored the batch) makes the box send the batch again: head office
// answers duplicate and stores nothing twice.
func TestForwarder_LostAnswerIsADuplicate(t *testing.T) {
	e := newEnv(t)
	e.issue(t, 1, 5)
	var cut atomic.Bool
	e.setFault(func(w http.ResponseWriter, r *http.Request) bool {
		if cut.Swap(true) {
			return false
		}
		// Let head office store the batch, then drop the connection.
		rec := httptest.NewRecorder()
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		rv, _ := hq.NewReceiver(hq.ReceiverOptions{Store: e.hq, Boxes: map[string][]byte{"box1": []byte(boxKey)}})
		rv.ServeHTTP(rec, r)
		if rec.Code != 200 {
			t.Errorf("head office answered %d", rec.Code)
		}
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
		return true
	})
	f := e.forwarder(t)
	e.run(t, f)
	if n, _ := e.hq.Count(context.Background()); n != 5 {
		t.Fatalf("head office holds %d records, want 5", n)
	}
	st, _ := f.State()
	if st.Duplicates != 5 || st.Sent != 0 {
		t.Errorf("after a lost answer: sent %d duplicates %d, want 0 and 5", st.Sent, st.Duplicates)
	}
}

func TestForwarder_RetriesServerErrorsAndRateLimits(t *testing.T) {
	e := newEnv(t)
	e.issue(t, 1, 4)
	var n atomic.Int64
	e.setFault(func(w http.ResponseWriter, r *http.Request) bool {
		switch n.Add(1) {
		case 1, 2:
			http.Error(w, "boom", http.StatusInternalServerError)
			return true
		case 3:
			w.Header().Set("Retry-After", "0")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return true
		case 4: // a 200 that answers for nothing
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"results":[{"key":"box1/unknown/0","status":"accepted"}]}`)
			return true
		}
		return false
	})
	f := e.forwarder(t)
	e.run(t, f)
	if len(e.docs(t)) != 4 {
		t.Fatal("not every invoice arrived")
	}
	if got := n.Load(); got != 5 {
		t.Errorf("%d posts, want 4 failures and a success", got)
	}
	st, _ := f.State()
	if st.FailingFor != "" || !strings.Contains(st.LastError, "none of the batch") {
		t.Errorf("after recovery: %+v", st)
	}
}

func TestForwarder_ConflictGoesToStaff(t *testing.T) {
	e := newEnv(t)
	nums := e.issue(t, 1, 3)
	// Head office already holds the second invoice's key with another body
	// (say, a box restored from an old backup issued the number again).
	other := hq.Record{Key: hqwire.Key("box1", nums[1], 0), BoxID: "box1", Kind: hqwire.KindInvoice, Number: nums[1],
		Hash: hq.HashItem([]byte("another body")), Item: json.RawMessage(`{}`), IssuedAt: t0}
	if _, err := e.hq.Put(context.Background(), []hq.Record{other}, t0); err != nil {
		t.Fatal(err)
	}
	f := e.forwarder(t)
	e.run(t, f)
	rej, err := f.Rejections()
	if err != nil || len(rej) != 1 || rej[0].Entry.Number != nums[1] || rej[0].Status != hqwire.Conflict || rej[0].Reason == "" {
		t.Fatalf("rejections %+v %v", rej, err)
	}
	h := f.Health()
	if h.Status != "degraded" || !strings.Contains(h.Message, "1 documents refused") || h.Details["rejected"] != 1 {
		t.Errorf("health %+v", h)
	}
	// Never sent again.
	before := e.items.Load()
	e.issue(t, 10, 1)
	e.run(t, f)
	if got := e.items.Load() - before; got != 1 {
		t.Errorf("%d items sent after the conflict, want only the new invoice", got)
	}
	// Staff requeue it once head office removed its wrong record: it is
	// sent again (and, head office unchanged here, refused again).
	ctx := context.Background()
	if err := f.Requeue(ctx, rej[0].Seq+1000); !errors.Is(err, ErrNoRejection) {
		t.Errorf("requeue of an unknown item: %v", err)
	}
	// The staff log's record commits with the requeue, and a failing
	// record leaves the item where it was.
	recorded := 0
	failing := pipeline.WithRecord(ctx, func(*bolt.Tx) error { return errors.New("log full") })
	if err := f.Requeue(failing, rej[0].Seq); err == nil {
		t.Fatal("requeue committed although its record failed")
	}
	if rs, _ := f.Rejections(); len(rs) != 1 {
		t.Fatalf("a failed requeue moved the item: %+v", rs)
	}
	if err := f.Requeue(pipeline.WithRecord(ctx, func(*bolt.Tx) error { recorded++; return nil }), rej[0].Seq); err != nil || recorded != 1 {
		t.Fatal(err, recorded)
	}
	if backlog(t, e.db) != 1 {
		t.Fatal("requeued item not in the outbox")
	}
	e.run(t, f)
	rej, _ = f.Rejections()
	if len(rej) != 1 || rej[0].Entry.Number != nums[1] {
		t.Fatalf("after requeue: %+v", rej)
	}
	// Dismissed, it is gone for good and head office is healthy again.
	if err := f.Dismiss(ctx, rej[0].Seq+1000); !errors.Is(err, ErrNoRejection) {
		t.Errorf("dismiss of an unknown item: %v", err)
	}
	if err := f.Dismiss(pipeline.WithRecord(ctx, func(*bolt.Tx) error { recorded++; return nil }), rej[0].Seq); err != nil || recorded != 2 {
		t.Fatal(err, recorded)
	}
	if rs, _ := f.Rejections(); len(rs) != 0 || f.Health().Status != "ok" || backlog(t, e.db) != 0 {
		t.Errorf("after dismiss: %+v %+v", rs, f.Health())
	}
}

func TestForwarder_WrongKeyKeepsEverything(t *testing.T) {
	e := newEnv(t)
	e.issue(t, 1, 2)
	f := e.forwarder(t, func(o *Options) { o.Key = []byte("not the key") })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.Serve(ctx) }()
	for {
		f.mu.Lock()
		fails := f.failures
		f.mu.Unlock()
		if fails >= 3 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
	if backlog(t, e.db) != 2 {
		t.Fatal("the outbox lost items head office refused")
	}
	h := f.Health()
	if h.Status != "degraded" || !strings.Contains(h.Message, "401") || !strings.Contains(h.Message, "2 documents waiting") {
		t.Errorf("health %+v", h)
	}
	if n, _ := e.hq.Count(context.Background()); n != 0 {
		t.Errorf("head office stored %d records of a badly signed batch", n)
	}
}

func TestForwarder_Next(t *testing.T) {
	e := newEnv(t)
	now := t0
	f := e.forwarder(t, func(o *Options) {
		o.MaxAge, o.MaxItems, o.Poll = 2*time.Second, 4, time.Second
		o.Now = func() time.Time { return now }
	})
	if b, wait, err := f.next(); b != nil || wait != time.Second || err != nil {
		t.Fatalf("empty outbox: %v %v %v", b, wait, err)
	}
	e.issue(t, 1, 3)
	now = t0.Add(500 * time.Millisecond)
	if b, wait, err := f.next(); b != nil || wait != time.Second || err != nil {
		t.Fatalf("young partial batch: %v %v %v", b, wait, err)
	}
	now = t0.Add(1500 * time.Millisecond)
	if b, wait, _ := f.next(); b != nil || wait != 500*time.Millisecond {
		t.Fatalf("partial batch 0.5 s before its age limit: %v %v", b, wait)
	}
	now = t0.Add(2 * time.Second)
	if b, _, _ := f.next(); b == nil || len(b.items) != 3 {
		t.Fatalf("partial batch at its age limit: %+v", b)
	}
	e.issue(t, 4, 3)
	now = t0 // young again, but full
	b, _, _ := f.next()
	if b == nil || len(b.items) != 4 || b.items[0].Key != "box1/INV-T1-000001/0" {
		t.Fatalf("full batch: %+v", b)
	}
	var sent hqwire.Batch
	if err := json.Unmarshal(b.body, &sent); err != nil || sent.BoxID != "box1" || len(sent.Items) != 4 || sent.Items[3].Kind != hqwire.KindInvoice {
		t.Fatalf("body %s: %v", b.body, err)
	}
}

func TestForwarder_Backoff(t *testing.T) {
	var got []time.Duration
	f := &Forwarder{opts: Options{BaseBackoff: time.Second, MaxBackoff: time.Minute,
		Rand: func(n time.Duration) time.Duration { got = append(got, n); return n - 1 }}}
	for a := range 10 {
		f.backoff(a)
	}
	want := []time.Duration{1, 2, 4, 8, 16, 32, 60, 60, 60, 60}
	for i := range want {
		if got[i] != want[i]*time.Second {
			t.Errorf("attempt %d: jitter ceiling %v, want %v", i, got[i], want[i]*time.Second)
		}
	}
	f.opts.Rand = func(time.Duration) time.Duration { return 0 }
	if d := f.backoff(0); d != time.Millisecond {
		t.Errorf("zero jitter gives %v, want the 1 ms floor", d)
	}
	if d := f.backoff(1000); d != time.Millisecond {
		t.Errorf("huge attempt: %v", d)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		h    string
		want time.Duration
	}{
		{"", 0}, {"7", 7 * time.Second}, {"-3", 0}, {"soon", 0}, {"999999", time.Hour},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Minute).Format(http.TimeFormat), 0},
	} {
		if got := retryAfter(c.h, now); got != c.want {
			t.Errorf("Retry-After %q: %v, want %v", c.h, got, c.want)
		}
	}
}

func TestOptions_Validate(t *testing.T) {
	db := &store.DB{}
	for _, c := range []struct {
		name string
		o    Options
		want string
	}{
		{"no db", Options{URL: "http://hq", Key: []byte("k")}, "DB is required"},
		{"bad url", Options{DB: db, URL: "hq.example.com", Key: []byte("k")}, "not an http(s) URL"},
		{"no key", Options{DB: db, URL: "https://hq"}, "Key is required"},
		{"negative", Options{DB: db, URL: "https://hq", Key: []byte("k"), MaxAge: -1}, "negative"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := c.o.Validate(); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Validate: %v, want %q", err, c.want)
			}
		})
	}
}

// TestForwarder_LogsFirstFailureThenRateLimits: one line for the first
// failure, at most one per LogEvery after it, one for the recovery.
func TestForwarder_LogsFirstFailureThenRateLimits(t *testing.T) {
	var buf strings.Builder
	now := t0
	f := &Forwarder{opts: Options{LogEvery: 5 * time.Minute, Now: func() time.Time { return now }}}
	f.log = slog.New(slog.NewTextHandler(&buf, nil))
	for _, at := range []time.Duration{0, time.Second, time.Minute, 4 * time.Minute, 5 * time.Minute, 6 * time.Minute, 11 * time.Minute} {
		now = t0.Add(at)
		f.failed(errors.New("connection refused"), 3)
	}
	now = t0.Add(12 * time.Minute)
	f.recovered()
	f.recovered() // nothing to report the second time
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := []string{"head office sync failed", "still failing", "still failing", "head office sync recovered"}
	if len(lines) != len(want) {
		t.Fatalf("%d log lines, want %d:\n%s", len(lines), len(want), buf.String())
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("line %d %q lacks %q", i, lines[i], w)
		}
	}
	if !strings.Contains(lines[3], "failures=7") || !strings.Contains(lines[3], "after=12m0s") {
		t.Errorf("recovery line %q", lines[3])
	}
}

func TestForwarder_PartRoutes(t *testing.T) {
	e := newEnv(t)
	nums := e.issue(t, 1, 2)
	other := hq.Record{Key: hqwire.Key("box1", nums[0], 0), BoxID: "box1", Kind: hqwire.KindInvoice, Number: nums[0],
		Hash: hq.HashItem([]byte("another body")), Item: json.RawMessage(`{}`), IssuedAt: t0}
	if _, err := e.hq.Put(context.Background(), []hq.Record{other}, t0); err != nil {
		t.Fatal(err)
	}
	f := e.forwarder(t)
	e.run(t, f)
	p := f.Part()
	if p.Name != Name || p.Health[Name] == nil || p.Services[Name] == nil {
		t.Fatalf("part %+v", p)
	}
	mux := http.NewServeMux()
	p.Routes(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/admin/hq/rejected")
	if err != nil {
		t.Fatal(err)
	}
	var rows []struct {
		Seq    uint64 `json:"seq"`
		Status string `json:"status"`
		Entry  struct {
			Number string `json:"number"`
		} `json:"entry"`
	}
	json.NewDecoder(resp.Body).Decode(&rows)
	resp.Body.Close()
	if len(rows) != 1 || rows[0].Entry.Number != nums[0] || rows[0].Status != hqwire.Conflict || rows[0].Seq == 0 {
		t.Fatalf("rejected %+v", rows)
	}
	for _, c := range []struct {
		path string
		want int
	}{
		{"/admin/hq/rejected/x/requeue", 400},
		{"/admin/hq/rejected/999/requeue", 404},
		{fmt.Sprintf("/admin/hq/rejected/%d/requeue", rows[0].Seq), 200},
	} {
		resp, err := http.Post(srv.URL+c.path, "application/json", nil)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.want {
			t.Errorf("POST %s: %d, want %d", c.path, resp.StatusCode, c.want)
		}
	}
	if backlog(t, e.db) != 1 {
		t.Error("the requeued item is not back in the outbox")
	}
	req, _ := http.NewRequest("GET", srv.URL+"/admin/hq/rejected", nil)
	req.Header.Set("X-Forwarded-For", "203.0.113.9")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 403 {
		t.Errorf("a proxied request: %v %v", resp.StatusCode, err)
	}
}

// A document with the demo shop's details left in outbox/hq (a data
// directory tried as a demo before demo books stopped writing the outbox,
// then put live) is parked for staff, never sent; the others go.
func TestForwarder_DemoDocumentsNeverSent(t *testing.T) {
	e := newEnv(t)
	demo := config.Default().Shop
	demoBook, err := invoice.NewBook(invoice.Config{
		Seller:     invoice.Seller{Name: demo.Name, Branch: demo.Branch, Address: demo.Address, TaxRegNo: demo.TaxID},
		BranchCode: "CAI1", VAT: 1400, Stock: invoice.NoStock{},
	})
	if err != nil {
		t.Fatal(err)
	}
	var demoNum string
	if err := e.db.Update(func(tx *bolt.Tx) error {
		p, err := boxtest.Priced(demoBook, 1)
		if err != nil {
			return err
		}
		d, err := demoBook.IssueInvoice(tx, p, t0)
		demoNum = d.Number
		return err
	}); err != nil {
		t.Fatal(err)
	}
	nums := e.issue(t, 2, 1)
	f := e.forwarder(t)
	e.run(t, f)
	docs := e.docs(t)
	if _, ok := docs[demoNum]; ok || len(docs) != 1 {
		t.Fatalf("head office holds %v", docs)
	}
	if _, ok := docs[nums[0]]; !ok {
		t.Fatalf("the live invoice was not sent: %v", docs)
	}
	rej, err := f.Rejections()
	if err != nil || len(rej) != 1 || rej[0].Entry.Number != demoNum || !strings.Contains(rej[0].Reason, "demo document") {
		t.Fatalf("rejections %+v %v", rej, err)
	}
}
