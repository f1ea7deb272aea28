// Package hqsync is the box's side of head-office sync: a Forwarder drains
// the transactional outbox outbox/hq (written by appliance/invoice in the
// same transaction as every invoice, credit note and payment) to head
// office in signed batches, and removes each item only when head office
// has answered for it.
//
// Delivery is at least once from the box and exactly once at head office:
// every item carries an idempotency key (box id / document number / event
// sequence) and the body is rebuilt from documents that never change, so a
// batch resent after a lost answer, a crash or days offline is answered
// "duplicate" and nothing is stored twice. An item head office refuses for
// good (rejected, or conflict: the same key with another body) moves to
// outbox/hq_rejected for staff and is never sent again.
//
// A batch leaves when it holds MaxItems items or MaxBytes bytes, or when
// its oldest item has waited MaxAge. Failures back off with full jitter
// (sleep = random(0, min(MaxBackoff, BaseBackoff·2^n))), never less than a
// Retry-After head office sent with 429 or 503; the loop never gives up.
// The first failure is logged, later ones at most every LogEvery, and the
// recovery once.
package hqsync

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/appliance/invoice"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/store"
	"fatoora/sync/hqwire"
)

// Name is the part's name, its service's and its /healthz key.
const Name = "hq-sync"

// Options configure a Forwarder.
type Options struct {
	// DB is the box's store (required).
	DB *store.DB
	// URL is head office's base URL, e.g. https://hq.example.com (required).
	URL string
	// Key is this box's HMAC key, shared with head office (required).
	Key []byte
	// BoxID names this box at head office (default: the store's box id).
	BoxID string
	// Client sends the batches (default: a client with a 60 s timeout).
	Client *http.Client
	// MaxItems and MaxBytes bound a batch (defaults 100 and 1 MiB; one item
	// larger than MaxBytes still goes, alone).
	MaxItems int
	MaxBytes int
	// MaxAge sends a partial batch once its oldest item has waited this
	// long (default 2 s).
	MaxAge time.Duration
	// Poll is how often an idle forwarder looks at the outbox (default
	// 500 ms).
	Poll time.Duration
	// BaseBackoff and MaxBackoff shape the full-jitter backoff (defaults
	// 1 s and 5 min).
	BaseBackoff, MaxBackoff time.Duration
	// LogEvery rate-limits the log of repeated failures (default 5 min).
	LogEvery time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Rand returns a random duration in [0, n) for the jitter (default
	// math/rand/v2).
	Rand func(n time.Duration) time.Duration
	// Logger gets a child logger with component=hq-sync.
	Logger *slog.Logger
}

// Validate reports missing or malformed options.
func (o *Options) Validate() error {
	var errs []error
	if o.DB == nil {
		errs = append(errs, errors.New("hq-sync: DB is required"))
	}
	if u, err := url.Parse(o.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("hq-sync: URL %q is not an http(s) URL", o.URL))
	}
	if len(o.Key) == 0 {
		errs = append(errs, errors.New("hq-sync: Key is required (the box's key at head office)"))
	}
	if o.MaxItems < 0 || o.MaxBytes < 0 || o.MaxAge < 0 || o.Poll < 0 || o.BaseBackoff < 0 || o.MaxBackoff < 0 {
		errs = append(errs, errors.New("hq-sync: limits must not be negative"))
	}
	return errors.Join(errs...)
}

func (o *Options) defaults() {
	if o.Client == nil {
		o.Client = &http.Client{Timeout: 60 * time.Second}
	}
	if o.MaxItems == 0 {
		o.MaxItems = 100
	}
	if o.MaxBytes == 0 {
		o.MaxBytes = 1 << 20
	}
	if o.MaxAge == 0 {
		o.MaxAge = 2 * time.Second
	}
	if o.Poll == 0 {
		o.Poll = 500 * time.Millisecond
	}
	if o.BaseBackoff == 0 {
		o.BaseBackoff = time.Second
	}
	if o.MaxBackoff == 0 {
		o.MaxBackoff = 5 * time.Minute
	}
	if o.MaxBackoff < o.BaseBackoff {
		o.MaxBackoff = o.BaseBackoff
	}
	if o.LogEvery == 0 {
		o.LogEvery = 5 * time.Minute
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Rand == nil {
		o.Rand = func(n time.Duration) time.Duration { return time.Duration(rand.Int64N(int64(n))) }
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Rejection is an item head office refused for good, kept in
// outbox/hq_rejected for staff.
type Rejection struct {
	Seq    uint64              `json:"-"`
	Entry  invoice.OutboxEntry `json:"entry"`
	Key    string              `json:"key"`
	Status string              `json:"status"` // hqwire.Rejected or hqwire.Conflict
	Reason string              `json:"reason"`
	At     time.Time           `json:"at"`
}

// State is the forwarder's progress, for /healthz.
type State struct {
	Backlog     int       `json:"backlog"`
	OldestAge   string    `json:"oldest_age,omitempty"`
	LastSuccess time.Time `json:"last_success,omitzero"`
	LastError   string    `json:"last_error,omitempty"`
	LastErrorAt time.Time `json:"last_error_at,omitzero"`
	FailingFor  string    `json:"failing_for,omitempty"`
	Rejected    int       `json:"rejected"`
	Sent        int64     `json:"sent"`       // items accepted since start
	Duplicates  int64     `json:"duplicates"` // items head office already had
}

// Forwarder drains outbox/hq to head office. Run it with Serve (it is the
// part's one service).
type Forwarder struct {
	opts  Options
	log   *slog.Logger
	boxID string
	url   string

	mu           sync.Mutex
	lastSuccess  time.Time
	lastErr      string
	lastErrAt    time.Time
	failingSince time.Time
	failures     int
	lastLog      time.Time
	sent, dups   int64
}

// New validates opts and returns a Forwarder.
func New(opts Options) (*Forwarder, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	opts.defaults()
	id := opts.BoxID
	if id == "" {
		var err error
		if id, err = opts.DB.BoxID(); err != nil {
			return nil, fmt.Errorf("hq-sync: box id: %w", err)
		}
	}
	if id == "" || strings.Contains(id, "/") {
		return nil, fmt.Errorf("hq-sync: box id %q must be non-empty and contain no '/'", id)
	}
	f := &Forwarder{
		opts: opts, boxID: id, url: strings.TrimRight(opts.URL, "/") + hqwire.Path,
		log: opts.Logger.With("component", Name, "box_id", id),
	}
	if u, _ := url.Parse(opts.URL); u.Scheme == "http" && !isLoopback(u.Hostname()) {
		f.log.Warn("head office URL is plain http: batches are signed but customers' names and amounts travel unencrypted; use https", "url", opts.URL)
	}
	return f, nil
}

// BoxID is the id this box sends under.
func (f *Forwarder) BoxID() string { return f.boxID }

// Serve sends batches until ctx is cancelled. It returns only on a store
// error (the supervisor restarts it) or when ctx ends.
func (f *Forwarder) Serve(ctx context.Context) error {
	attempt := 0
	for {
		b, wait, err := f.next()
		if err != nil {
			return err
		}
		if b == nil {
			if err := sleep(ctx, wait); err != nil {
				return err
			}
			continue
		}
		res, retryAfter, err := f.send(ctx, b)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err == nil && len(b.items) > 0 && !answersAny(b, res) {
			// A 200 that settles nothing would otherwise be retried at once.
			err = errors.New("head office answered for none of the batch's items")
		}
		if err != nil {
			f.failed(err, len(b.items))
			d := f.backoff(attempt)
			attempt++
			if retryAfter > d {
				d = retryAfter
			}
			if err := sleep(ctx, d); err != nil {
				return err
			}
			continue
		}
		if err := f.apply(b, res); err != nil {
			return err
		}
		if len(b.items) > 0 {
			attempt = 0
			f.recovered()
		}
	}
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// backoff is the full-jitter delay before retry number attempt+1.
func (f *Forwarder) backoff(attempt int) time.Duration {
	ceil := f.opts.MaxBackoff
	if attempt < 32 {
		if d := f.opts.BaseBackoff << attempt; d > 0 && d < ceil {
			ceil = d
		}
	}
	d := f.opts.Rand(ceil)
	if d < time.Millisecond {
		d = time.Millisecond
	}
	return d
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// batch is what one request carries, with the outbox keys it came from.
type batch struct {
	items   []hqwire.Item
	seqs    []uint64
	entries []invoice.OutboxEntry
	// broken are entries that cannot be sent (their document is gone):
	// they go to staff with the batch's answer.
	broken []Rejection
	body   []byte
}

// next reads the oldest items. It returns a nil batch and how long to wait
// when there is nothing to send yet.
func (f *Forwarder) next() (*batch, time.Duration, error) {
	b := &batch{}
	now := f.opts.Now()
	var oldest time.Time
	size := 0
	err := f.opts.DB.View(func(tx *bolt.Tx) error {
		return invoice.ScanHQ(tx, func(p invoice.HQPending) bool {
			if oldest.IsZero() {
				oldest = p.Entry.At
				if oldest.IsZero() {
					oldest = p.Entry.IssuedAt
				}
			}
			it, err := f.item(p)
			if err != nil {
				b.broken = append(b.broken, Rejection{Seq: p.Seq, Entry: p.Entry, Status: hqwire.Rejected, Reason: err.Error(), At: now})
				return true
			}
			n := len(it.Document) + len(it.Event) + len(it.Key) + len(it.Number) + 64
			if len(b.items) > 0 && (len(b.items) >= f.opts.MaxItems || size+n > f.opts.MaxBytes) {
				return false
			}
			b.items, b.seqs, b.entries = append(b.items, it), append(b.seqs, p.Seq), append(b.entries, p.Entry)
			size += n
			return true
		})
	})
	if err != nil {
		return nil, 0, fmt.Errorf("hq-sync: read outbox: %w", err)
	}
	if len(b.items) == 0 && len(b.broken) == 0 {
		return nil, f.opts.Poll, nil
	}
	full := len(b.items) >= f.opts.MaxItems || size >= f.opts.MaxBytes*3/4
	if age := now.Sub(oldest); !full && len(b.broken) == 0 && age < f.opts.MaxAge {
		return nil, min(f.opts.MaxAge-age, f.opts.Poll), nil
	}
	if len(b.items) > 0 {
		body, err := json.Marshal(hqwire.Batch{BoxID: f.boxID, Items: b.items})
		if err != nil {
			return nil, 0, fmt.Errorf("hq-sync: encode batch: %w", err)
		}
		b.body = body
	}
	return b, 0, nil
}

// item builds the wire item of one outbox entry from the stored document
// (and event). Documents and events are never rewritten, so the same entry
// always makes the same bytes.
func (f *Forwarder) item(p invoice.HQPending) (hqwire.Item, error) {
	if p.Err != nil {
		return hqwire.Item{}, p.Err
	}
	if demoDocument(p.Document) {
		return hqwire.Item{}, fmt.Errorf("%s is a demo document (the demo shop's details): never sent to head office", p.Entry.Number)
	}
	e := p.Entry
	it := hqwire.Item{Number: e.Number, Document: p.Document}
	switch {
	case e.Event == invoice.EventPaid:
		it.Kind, it.Event = hqwire.KindPayment, p.Event
		it.Key = hqwire.Key(f.boxID, e.Number, e.EventSeq)
	case e.Event != "":
		return hqwire.Item{}, fmt.Errorf("event %q of %s is not sent to head office", e.Event, e.Number)
	case e.Kind == invoice.KindInvoice:
		it.Kind, it.Key = hqwire.KindInvoice, hqwire.Key(f.boxID, e.Number, 0)
	case e.Kind == invoice.KindCredit:
		it.Kind, it.Key = hqwire.KindCreditNote, hqwire.Key(f.boxID, e.Number, 0)
	default:
		return hqwire.Item{}, fmt.Errorf("a %s (%s) is not sent to head office", e.Kind, e.Number)
	}
	return it, nil
}

// demoDocument reports whether a stored document carries any of the demo
// shop's details. A live box refuses to issue documents with them
// (config.NotReady), and a demo box's book writes no outbox entry; this
// catches what a demo left in outbox/hq before it did (a data directory
// tried as a demo, then put live): parked for staff, never sent.
func demoDocument(doc []byte) bool {
	var d struct {
		Seller struct {
			Name     string `json:"name"`
			Address  string `json:"address"`
			TaxRegNo string `json:"tax_reg_no"`
		} `json:"seller"`
	}
	if json.Unmarshal(doc, &d) != nil {
		return false // sent as it is; head office judges it
	}
	demo := config.Default().Shop
	s := d.Seller
	return s.Name == demo.Name || s.Address == demo.Address || s.TaxRegNo == demo.TaxID
}

// retryAfterCap bounds a Retry-After a head office could send.
const retryAfterCap = time.Hour

// send posts the batch and returns head office's answers by key.
func (f *Forwarder) send(ctx context.Context, b *batch) (map[string]hqwire.Result, time.Duration, error) {
	if len(b.items) == 0 {
		return nil, 0, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, f.url, bytes.NewReader(b.body))
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(hqwire.HeaderBox, f.boxID)
	req.Header.Set(hqwire.HeaderSignature, hqwire.Sign(f.opts.Key, b.body))
	resp, err := f.opts.Client.Do(req)
	if err != nil {
		return nil, 0, fmt.Errorf("post batch: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return nil, 0, fmt.Errorf("read answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		var ra time.Duration
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			ra = retryAfter(resp.Header.Get("Retry-After"), f.opts.Now())
		}
		msg := strings.TrimSpace(string(data))
		if len(msg) > 200 {
			msg = msg[:200]
		}
		return nil, ra, fmt.Errorf("head office answered %d: %s", resp.StatusCode, msg)
	}
	var r hqwire.Response
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, 0, fmt.Errorf("decode answer: %w", err)
	}
	out := make(map[string]hqwire.Result, len(r.Results))
	for i, res := range r.Results {
		if res.Key == "" && i < len(b.items) && len(r.Results) == len(b.items) {
			// An item head office could not even read the key of is
			// answered by its position.
			res.Key = b.items[i].Key
		}
		if _, dup := out[res.Key]; !dup {
			out[res.Key] = res
		}
	}
	return out, 0, nil
}

// answersAny reports whether res settles at least one of b's items.
func answersAny(b *batch, res map[string]hqwire.Result) bool {
	for _, it := range b.items {
		switch res[it.Key].Status {
		case hqwire.Accepted, hqwire.Duplicate, hqwire.Rejected, hqwire.Conflict:
			return true
		}
	}
	return false
}

// retryAfter reads a Retry-After header (seconds or an HTTP date).
func retryAfter(h string, now time.Time) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	var d time.Duration
	if n, err := strconv.Atoi(h); err == nil && n >= 0 {
		d = time.Duration(n) * time.Second
	} else if t, err := http.ParseTime(h); err == nil {
		d = t.Sub(now)
	}
	return max(0, min(d, retryAfterCap))
}

// apply removes every answered item from the outbox in one transaction:
// accepted and duplicate items are done, refused ones move to staff.
func (f *Forwarder) apply(b *batch, res map[string]hqwire.Result) error {
	now := f.opts.Now()
	var sent, dups int64
	rejected := append([]Rejection(nil), b.broken...)
	for i, it := range b.items {
		r, ok := res[it.Key]
		if !ok {
			continue // not answered: sent again with the next batch
		}
		switch r.Status {
		case hqwire.Accepted:
			sent++
		case hqwire.Duplicate:
			dups++
		case hqwire.Rejected, hqwire.Conflict:
			rejected = append(rejected, Rejection{Seq: b.seqs[i], Entry: b.entries[i], Key: it.Key, Status: r.Status, Reason: r.Reason, At: now})
			continue
		default:
			continue
		}
		b.seqs[i] |= 1 << 63 // marks "done" for the loop below
	}
	err := f.opts.DB.Update(func(tx *bolt.Tx) error {
		var done []uint64
		for _, s := range b.seqs {
			if s&(1<<63) != 0 {
				done = append(done, s&^(1<<63))
			}
		}
		if err := invoice.HQDone(tx, done...); err != nil {
			return err
		}
		for _, r := range rejected {
			if err := invoice.HQReject(tx, r.Seq, r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("hq-sync: record answers: %w", err)
	}
	for _, r := range rejected {
		f.log.Warn("head office refused an item for good: kept for staff", "number", r.Entry.Number, "key", r.Key, "status", r.Status, "reason", r.Reason)
	}
	f.mu.Lock()
	f.sent += sent
	f.dups += dups
	f.mu.Unlock()
	return nil
}

func (f *Forwarder) failed(err error, items int) {
	now := f.opts.Now()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lastErr, f.lastErrAt = err.Error(), now
	f.failures++
	switch {
	case f.failingSince.IsZero():
		f.failingSince, f.lastLog = now, now
		f.log.Warn("head office sync failed: retrying with backoff", "err", err, "items", items)
	case now.Sub(f.lastLog) >= f.opts.LogEvery:
		f.lastLog = now
		f.log.Warn("head office sync still failing", "err", err, "failures", f.failures, "since", f.failingSince)
	}
}

func (f *Forwarder) recovered() {
	now := f.opts.Now()
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.failingSince.IsZero() {
		f.log.Info("head office sync recovered", "failures", f.failures, "after", now.Sub(f.failingSince).Round(time.Second).String())
	}
	f.failingSince, f.failures, f.lastSuccess = time.Time{}, 0, now
}

// State reports the forwarder's progress. The backlog is counted from
// the bucket's pages (bbolt's Stats: no document is decoded), so it stays
// cheap for a backlog of days.
func (f *Forwarder) State() (State, error) {
	now := f.opts.Now()
	var st State
	err := f.opts.DB.View(func(tx *bolt.Tx) error {
		waiting, rejected, oldest, ok, err := invoice.HQStats(tx)
		if err != nil {
			return err
		}
		st.Backlog, st.Rejected = waiting, rejected
		if ok {
			t := oldest.At
			if t.IsZero() {
				t = oldest.IssuedAt
			}
			st.OldestAge = now.Sub(t).Round(time.Second).String()
		}
		return nil
	})
	if err != nil {
		return State{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	st.LastSuccess, st.LastError, st.LastErrorAt = f.lastSuccess, f.lastErr, f.lastErrAt
	if !f.failingSince.IsZero() {
		st.FailingFor = now.Sub(f.failingSince).Round(time.Second).String()
	}
	st.Sent, st.Duplicates = f.sent, f.dups
	return st, nil
}

// Health is the /healthz reporter: degraded while head office cannot be
// reached and while rejected items wait for staff.
func (f *Forwarder) Health() health.State {
	st, err := f.State()
	if err != nil {
		return health.State{Status: health.Degraded, Message: err.Error()}
	}
	h := health.State{Status: health.OK, Details: map[string]any{
		"backlog": st.Backlog, "rejected": st.Rejected, "sent": st.Sent, "duplicates": st.Duplicates, "box_id": f.boxID,
	}}
	if st.OldestAge != "" {
		h.Details["oldest_age"] = st.OldestAge
	}
	if !st.LastSuccess.IsZero() {
		h.Details["last_success"] = st.LastSuccess
	}
	if st.LastError != "" {
		h.Details["last_error"], h.Details["last_error_at"] = st.LastError, st.LastErrorAt
	}
	var msgs []string
	if st.FailingFor != "" {
		msgs = append(msgs, fmt.Sprintf("head office unreachable for %s (%d documents waiting, kept safely): %s", st.FailingFor, st.Backlog, st.LastError))
	}
	if st.Rejected > 0 {
		msgs = append(msgs, fmt.Sprintf("%d documents refused by head office wait for staff", st.Rejected))
	}
	if len(msgs) > 0 {
		h.Status, h.Message = health.Degraded, strings.Join(msgs, "; ")
	}
	return h
}

// Rejections lists the items head office refused for good, oldest first.
func (f *Forwarder) Rejections() ([]Rejection, error) {
	var out []Rejection
	err := f.opts.DB.View(func(tx *bolt.Tx) error {
		return invoice.HQRejected(tx, func(seq uint64, v []byte) error {
			var r Rejection
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode rejection %d: %w", seq, err)
			}
			r.Seq = seq
			out = append(out, r)
			return nil
		})
	})
	return out, err
}

// ErrNoRejection: Requeue was given a sequence that is not in
// outbox/hq_rejected.
var ErrNoRejection = errors.New("no such rejected item")

// Requeue moves a rejected item back to the outbox under a new sequence,
// for staff once head office was corrected (a box id configured, a
// conflicting record removed there). It is sent with the next batch. The
// staff log's record in ctx (pipeline.WithRecord) commits with it.
func (f *Forwarder) Requeue(ctx context.Context, seq uint64) error {
	return f.opts.DB.Update(func(tx *bolt.Tx) error {
		v, err := invoice.HQRejection(tx, seq)
		if err != nil {
			return err
		}
		var r Rejection
		if v == nil || json.Unmarshal(v, &r) != nil || r.Entry.Number == "" {
			return fmt.Errorf("%w: %d", ErrNoRejection, seq)
		}
		if err := invoice.HQRequeue(tx, seq, r.Entry); err != nil {
			return err
		}
		return record(ctx, tx)
	})
}

// Dismiss deletes a rejected item for good: staff decided head office
// does not need it (a test document, a duplicate fixed there by hand). The
// staff log's record in ctx commits with it.
func (f *Forwarder) Dismiss(ctx context.Context, seq uint64) error {
	return f.opts.DB.Update(func(tx *bolt.Tx) error {
		ok, err := invoice.HQDismiss(tx, seq)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("%w: %d", ErrNoRejection, seq)
		}
		return record(ctx, tx)
	})
}

func record(ctx context.Context, tx *bolt.Tx) error {
	if rec := pipeline.RecordFrom(ctx); rec != nil {
		return rec(tx)
	}
	return nil
}
