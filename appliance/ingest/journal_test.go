package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"fatoora/appliance/health"
	"fatoora/appliance/ingest"
	"fatoora/appliance/queue"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// clock is a settable clock for Options.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func textBody(id, text string) []byte {
	return metaEscape(envelope(contact(customer, "أحمد"), msg(id, "text", fmt.Sprintf(`,"text":{"body":%q}`, text)), ""))
}

func hasMessage(t testing.TB, db *store.DB, id string) bool {
	t.Helper()
	var ok bool
	if err := db.View(func(tx *bolt.Tx) (err error) { _, ok, err = ingest.LoadMessage(tx, id); return }); err != nil {
		t.Fatal(err)
	}
	return ok
}

func webhookHealth(in *ingest.Ingester) health.State {
	return in.Part(ingest.PartOptions{SecretConfigured: true}).Health["webhook"]()
}

// TestIngester_ReceiveJournalsThenApplies: a body Receive journals alone is
// durable (its payload is stored) before anything is applied; health shows
// the backlog and goes degraded past LagBound; the applier then stores the
// message, customer and queue item, tells OnCommitted, and health is ok.
func TestIngester_ReceiveJournalsThenApplies(t *testing.T) {
	db := openStore(t)
	clk := &clock{t: time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)}
	var mu sync.Mutex
	var told []ingest.Result
	in := newIngester(t, db, ingest.Options{Now: clk.now, LagBound: time.Minute, OnCommitted: func(r ingest.Result) {
		mu.Lock()
		told = append(told, r)
		mu.Unlock()
	}})
	ingest.JournalOnly(in)
	body := textBody("wamid.J1", "عايز كنبة")
	if err := in.Receive(context.Background(), body, in.Sign(body), "webhook"); err != nil {
		t.Fatal(err)
	}
	if n := countBucket(t, db, store.BucketPayloads); n != 1 {
		t.Fatalf("payloads = %d, want 1: a 200 must mean journalled", n)
	}
	if hasMessage(t, db, "wamid.J1") || queueLen(t, db) != 0 || countBucket(t, db, store.BucketCustomer) != 0 {
		t.Fatal("applied before the applier ran")
	}
	lag, err := in.Lag()
	if err != nil || lag.Pending != 1 || !lag.Oldest.Equal(clk.now()) {
		t.Fatalf("lag = %+v, %v", lag, err)
	}
	if st := webhookHealth(in); st.Status != health.OK || st.Details["apply_pending"] != uint64(1) {
		t.Errorf("fresh backlog: %+v", st)
	}
	clk.add(2 * time.Minute)
	if st := webhookHealth(in); st.Status != health.Degraded || !strings.Contains(st.Message, "wait to be applied") {
		t.Errorf("backlog older than LagBound: %+v", st)
	}
	mu.Lock()
	if len(told) != 0 {
		t.Errorf("OnCommitted before apply: %+v", told)
	}
	mu.Unlock()

	startApplier(t, in)
	waitFor(t, "the applier", func() bool { l, _ := in.Lag(); return l.Pending == 0 })
	if !hasMessage(t, db, "wamid.J1") || queueLen(t, db) != 1 || countBucket(t, db, store.BucketCustomer) != 1 {
		t.Fatal("not applied")
	}
	var c ingest.Customer
	if err := db.View(func(tx *bolt.Tx) (err error) { c, _, err = ingest.LoadCustomer(tx, customer); return }); err != nil {
		t.Fatal(err)
	}
	if !c.LastSeen.Equal(clk.now().Add(-2 * time.Minute)) {
		t.Errorf("customer last seen %v: want when the body was received", c.LastSeen)
	}
	mu.Lock()
	if len(told) != 1 || len(told[0].NewMessages) != 1 || told[0].NewMessages[0] != "wamid.J1" {
		t.Errorf("OnCommitted told %+v", told)
	}
	mu.Unlock()
	if st := webhookHealth(in); st.Status != health.OK || st.Details["apply_pending"] != uint64(0) {
		t.Errorf("after apply: %+v", st)
	}
	if s := in.Stats(); s.Accepted != 1 || s.Messages != 1 {
		t.Errorf("stats %+v", s)
	}
}

// TestIngester_DuplicateJournalledTwice: Meta's retry of a body still
// waiting to be applied is journalled again; applying keeps one message,
// one queue item and one payload, and a third copy writes nothing.
func TestIngester_DuplicateJournalledTwice(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	ingest.JournalOnly(in)
	body := textBody("wamid.D1", "سلام")
	for range 2 {
		if err := in.Receive(context.Background(), body, in.Sign(body), "webhook"); err != nil {
			t.Fatal(err)
		}
	}
	if n := countBucket(t, db, store.BucketPayloads); n != 2 {
		t.Fatalf("payloads = %d, want 2 journalled", n)
	}
	applied(t, in)
	if n := countBucket(t, db, store.BucketMessages); n != 1 {
		t.Errorf("messages = %d, want 1", n)
	}
	if n := queueLen(t, db); n != 1 {
		t.Errorf("queue items = %d, want 1", n)
	}
	if n := countBucket(t, db, store.BucketPayloads); n != 1 {
		t.Errorf("payloads = %d, want 1 (the copy dropped when applied)", n)
	}
	if s := in.Stats(); s.Duplicates != 1 || s.Messages != 1 || s.Accepted != 2 {
		t.Errorf("stats %+v", s)
	}
	before := snapshot(t, db)
	if err := in.Receive(context.Background(), body, in.Sign(body), "webhook"); err != nil {
		t.Fatal(err)
	}
	if d := diffKeys(before, snapshot(t, db)); len(d) > 0 {
		t.Errorf("a body applied before changed %v", d)
	}
	if l, _ := in.Lag(); l.Pending != 0 {
		t.Errorf("lag %+v", l)
	}
}

// TestHandler_MalformedNothingJournalled: a signed body that does not
// parse as a webhook is refused with 400 before the journal: nothing is
// stored and nothing waits for the applier.
func TestHandler_MalformedNothingJournalled(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	ingest.JournalOnly(in)
	srv := server(t, in)
	before := snapshot(t, db)
	for _, body := range []string{`{"object":"whatsapp_business_account","entry":[`, `{"entry":"x"}`, `[]`} {
		if code, _ := post(t, srv, []byte(body), ingest.Sign(secret, []byte(body))); code != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", body, code)
		}
	}
	if d := diffKeys(before, snapshot(t, db)); len(d) > 0 {
		t.Errorf("malformed bodies stored %v", d)
	}
	if l, err := in.Lag(); err != nil || l.Pending != 0 {
		t.Errorf("lag %+v %v", l, err)
	}
}

// TestIngester_StatusesInJournalOrder: status reports journalled one by
// one and applied together end where they would have, one body at a time:
// never moving backwards, every report kept as an event.
func TestIngester_StatusesInJournalOrder(t *testing.T) {
	for _, c := range []struct {
		seq  []string
		want string
	}{
		{[]string{"sent", "delivered", "read"}, "read"},
		{[]string{"read", "delivered", "sent"}, "read"},
		{[]string{"delivered", "sent", "read"}, "read"},
	} {
		t.Run(strings.Join(c.seq, ">"), func(t *testing.T) {
			db := openStore(t)
			in := newIngester(t, db, ingest.Options{})
			ingest.JournalOnly(in)
			for j, st := range c.seq {
				body := []byte(envelope("", "", fmt.Sprintf(`{"id":"wamid.X","status":%q,"timestamp":"%d","recipient_id":"2010"}`, st, 1764000000+j)))
				if err := in.Receive(context.Background(), body, ingest.Sign(secret, body), "webhook"); err != nil {
					t.Fatal(err)
				}
			}
			applied(t, in)
			s := checkStatus(t, db, "wamid.X", c.want, len(c.seq))
			for j, e := range s.Events {
				if e.Status != c.seq[j] {
					t.Errorf("event %d = %s, want %s (journal order)", j, e.Status, c.seq[j])
				}
			}
		})
	}
}

// TestIngester_AcceptAppliesTheBacklogFirst: Accept, which answers with
// what its body stored, applies what waits in the journal before it, so
// the queue keeps the order the bodies arrived in.
func TestIngester_AcceptAppliesTheBacklogFirst(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	ingest.JournalOnly(in)
	first := textBody("wamid.O1", "أولا")
	if err := in.Receive(context.Background(), first, in.Sign(first), "relay"); err != nil {
		t.Fatal(err)
	}
	second := textBody("wamid.O2", "ثانيا")
	res, err := in.Accept(context.Background(), second, in.Sign(second), "simulator")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.NewMessages) != 1 || res.NewMessages[0] != "wamid.O2" || res.Payload != 2 {
		t.Errorf("result %+v", res)
	}
	var items []queue.Item
	if err := db.View(func(tx *bolt.Tx) (err error) { items, err = queue.List(tx); return }); err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].Ref != "wamid.O1" || items[1].Ref != "wamid.O2" {
		t.Errorf("queue %+v", items)
	}
}

// TestIngester_ApplierFailureIsVisible: a payload that cannot be applied
// (a customer record ingest cannot read) does not lose the webhook: Receive
// still journals it (the 200 holds), the applier fails, and health says so
// until the record is repaired.
func TestIngester_ApplierFailureIsVisible(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	if err := db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketCustomer).Put([]byte(customer), []byte(`{not json`))
	}); err != nil {
		t.Fatal(err)
	}
	body := textBody("wamid.F1", "سلام")
	if err := in.Receive(context.Background(), body, in.Sign(body), "webhook"); err != nil {
		t.Fatalf("Receive: %v (the body must be journalled even when it cannot be applied)", err)
	}
	if n := countBucket(t, db, store.BucketPayloads); n != 1 || hasMessage(t, db, "wamid.F1") {
		t.Fatalf("payloads %d, message stored %v", n, hasMessage(t, db, "wamid.F1"))
	}
	serve := in.Part(ingest.PartOptions{}).Services["ingest-apply"]
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := serve.Serve(ctx); err == nil || !strings.Contains(err.Error(), "decode customer") {
		t.Fatalf("applier: %v", err)
	}
	st := webhookHealth(in)
	if st.Status != health.Degraded || !strings.Contains(st.Message, "decode customer") || st.Details["apply_pending"] != uint64(1) {
		t.Errorf("health %+v", st)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(store.BucketCustomer).Delete([]byte(customer)) }); err != nil {
		t.Fatal(err)
	}
	startApplier(t, in)
	waitFor(t, "the repaired applier", func() bool { return hasMessage(t, db, "wamid.F1") })
	waitFor(t, "health", func() bool { return webhookHealth(in).Status == health.OK })
}

// TestHandler_BurstIsJournalledThenApplied: 64 senders at once are
// answered from the journal; every message ends applied exactly once.
func TestHandler_BurstIsJournalledThenApplied(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	srv := server(t, in)
	const n = 300
	var wg sync.WaitGroup
	errs := make(chan string, n)
	for s := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := s; i < n; i += 64 {
				from := fmt.Sprintf("2010%07d", i%37)
				body := metaEscape(envelope(contact(from, "x"), fmt.Sprintf(`{"from":%q,"id":"wamid.burst.%d","timestamp":"1764000000","type":"text","text":{"body":"hi"}}`, from, i), ""))
				req, _ := http.NewRequest(http.MethodPost, srv.URL+"/webhook/whatsapp", strings.NewReader(string(body)))
				req.Header.Set("X-Hub-Signature-256", ingest.Sign(secret, body))
				resp, err := srv.Client().Do(req)
				if err != nil {
					errs <- err.Error()
					return
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					errs <- resp.Status
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	waitFor(t, "the applier", func() bool { l, _ := in.Lag(); return l.Pending == 0 })
	if got := countBucket(t, db, store.BucketMessages); got != n {
		t.Errorf("messages = %d, want %d", got, n)
	}
	if got := queueLen(t, db); got != n {
		t.Errorf("queue = %d, want %d", got, n)
	}
	if got := countBucket(t, db, store.BucketCustomer); got != 37 {
		t.Errorf("customers = %d, want 37", got)
	}
}

// waitFor polls cond until it holds, failing after 10 s.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestReceive_AloneIsOneCommit: a body that arrives when nothing else is in
// flight and nothing waits is journalled and applied in one commit, as
// before the journal (issue 16 asks that commits per order do not grow at
// 100 orders/s).
func TestReceive_AloneIsOneCommit(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	txid := func() (id int) {
		_ = db.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil })
		return id
	}
	for i := range 3 {
		body := textBody(fmt.Sprintf("wamid.ONE%d", i), "سلام")
		before := txid()
		if err := in.Receive(context.Background(), body, in.Sign(body), "webhook"); err != nil {
			t.Fatal(err)
		}
		if got := txid() - before; got != 1 {
			t.Errorf("body %d took %d commits, want 1", i, got)
		}
		if !hasMessage(t, db, fmt.Sprintf("wamid.ONE%d", i)) || queueLen(t, db) != i+1 {
			t.Errorf("body %d not applied with its journal commit", i)
		}
	}
}

// TestReceive_BacklogRidesAJournalCommit: once RideMin payloads wait (a
// burst), the next journal commit also applies the oldest ApplyBatch of
// them: one commit, no extra fsync for applying.
func TestReceive_BacklogRidesAJournalCommit(t *testing.T) {
	db, err := store.Open(t.TempDir()+"/fatoora.db", store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	in := newIngester(t, db, ingest.Options{})
	ingest.JournalOnly(in)
	ingest.RideAt(in, ingest.RideMin)
	receive := func(i int) {
		body := textBody(fmt.Sprintf("wamid.RIDE%05d", i), "سلام")
		if err := in.Receive(context.Background(), body, in.Sign(body), "webhook"); err != nil {
			t.Fatal(err)
		}
	}
	for i := range ingest.RideMin {
		receive(i)
	}
	if l, _ := in.Lag(); l.Pending != ingest.RideMin || countBucket(t, db, store.BucketMessages) != 0 {
		t.Fatalf("before the backlog rides: lag %+v, %d messages", l, countBucket(t, db, store.BucketMessages))
	}
	var before, after int
	_ = db.View(func(tx *bolt.Tx) error { before = tx.ID(); return nil })
	receive(ingest.RideMin)
	_ = db.View(func(tx *bolt.Tx) error { after = tx.ID(); return nil })
	if after-before != 1 {
		t.Errorf("%d commits, want 1", after-before)
	}
	if got := countBucket(t, db, store.BucketMessages); got != ingest.ApplyBatch {
		t.Errorf("messages = %d, want the oldest %d", got, ingest.ApplyBatch)
	}
	if !hasMessage(t, db, "wamid.RIDE00000") || hasMessage(t, db, fmt.Sprintf("wamid.RIDE%05d", ingest.ApplyBatch)) {
		t.Error("not the oldest applied first")
	}
	if l, _ := in.Lag(); l.Pending != uint64(ingest.RideMin+1-ingest.ApplyBatch) {
		t.Errorf("lag %+v", l)
	}
	applied(t, in)
	if got := queueLen(t, db); got != ingest.RideMin+1 {
		t.Errorf("queue = %d, want %d", got, ingest.RideMin+1)
	}
}

// TestApplier_SustainedBurstIsApplied: while webhooks are in flight the
// applier lets their journal commits go first, but not for ever: under a
// burst that never pauses, what waits is applied after holdMax (a quarter
// of a second), so customers are still answered.
func TestApplier_SustainedBurstIsApplied(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	ingest.JournalOnly(in)
	release := ingest.InFlight(in) // the burst: never a moment with nothing in flight
	defer release()
	for i := range 5 {
		body := textBody(fmt.Sprintf("wamid.BURST%02d", i), "عايز ترابيزة")
		if err := in.Receive(context.Background(), body, in.Sign(body), "webhook"); err != nil {
			t.Fatal(err)
		}
	}
	if got := countBucket(t, db, store.BucketMessages); got != 0 {
		t.Fatalf("messages applied before the applier ran: %d", got)
	}
	startApplier(t, in)
	waitFor(t, "the burst's messages applied while webhooks are still in flight", func() bool {
		return countBucket(t, db, store.BucketMessages) == 5
	})
	if l, err := in.Lag(); err != nil || l.Pending != 0 {
		t.Errorf("lag after the forced apply: %+v, %v", l, err)
	}
}
