// Package ingest turns WhatsApp webhook bodies into stored facts without
// losing one: it verifies Meta's signature over the raw bytes, parses every
// entry, change, message, status and contact, and stores each new message
// (deduplicated by wamid), the customer, the statuses (never moving
// backwards) and a pending "understand" queue item per new message.
//
// Journal first, apply after. A body is stored in two steps, each in the
// store's group commit: the journal (payloads/<seq>: the raw bytes, the
// source and the time received) and the apply (the records above, made
// from the journalled body, with the applied watermark — the sequence of
// payload_digests/ — moved past it in the same transaction, so a payload is
// applied exactly once, in journal order, whatever crashes in between).
// The two ways in differ only in when they return:
//
//   - Receive (the webhook handler and the relay link) returns once the
//     body is journalled: a 200 (or a relay ack) means durable. A body
//     that arrives while few others are in flight and nothing waits is
//     applied in that same commit, so a quiet box still spends one commit
//     per webhook; under a burst the bodies are only journalled, and what
//     waits is applied, oldest first, ApplyBatch at a time, by the
//     applier, the part's "ingest-apply" service: when no webhook is in
//     flight, or once the oldest has waited holdMax (a quarter of a
//     second) under a burst that does not pause, until it has caught up;
//     a flood that leaves rideMin waiting also makes the journal commits
//     apply some, sharing their fsyncs. A body
//     that cannot be applied is still journalled (the applier reports why
//     on /healthz).
//   - Accept (the simulator, tests, tools) journals the body and applies
//     it, after everything journalled before it, in one commit, and
//     returns what it stored (Result).
//
// OnCommitted and the Observer are told after apply. /healthz ("webhook")
// shows the applier's backlog (payloads journalled and not applied, the
// oldest one's age) and is degraded when the applier fails or the oldest
// waits longer than Options.LagBound. A signed body that does not parse is
// refused before the journal (400; nothing stored).
//
// Accept and Receive do not care where the bytes came from (Meta directly,
// the relay, the simulator); Handler is the HTTP face for /webhook/whatsapp.
package ingest

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fatoora"
	"fatoora/appliance/queue"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// Errors Accept returns; Handler maps them to 401, 400 and 413.
var (
	ErrBadSignature = errors.New("bad or missing X-Hub-Signature-256")
	ErrTooLarge     = errors.New("webhook body too large")
)

// DefaultMaxBody is Meta's documented largest payload.
const DefaultMaxBody = 3 << 20

// Options configure an Ingester.
type Options struct {
	// Secret is the Meta app secret that keys the HMAC. Required.
	Secret []byte
	// MaxBodyBytes caps a body (default DefaultMaxBody).
	MaxBodyBytes int64
	// OnCommitted is called after each commit that stored something new,
	// outside the transaction (e.g. to wake the pipeline). It must not block.
	OnCommitted func(Result)
	// Observer, when set, is told what each commit stored (the box's
	// metrics). Its methods must be fast and must not block.
	Observer Observer
	// LagBound is how long a journalled payload may wait for the applier
	// before the webhook's health is degraded (default DefaultLagBound).
	LagBound time.Duration
	// Now is the clock (default time.Now).
	Now    func() time.Time
	Logger *slog.Logger
}

// Observer is told, after commit, what ingest stored.
type Observer interface {
	// MessagesReceived counts n inbound messages stored for the first time
	// from source ("webhook", "relay", "simulator"); duplicates are not
	// counted.
	MessagesReceived(source string, n int)
}

// Result says what one Accept stored.
type Result struct {
	// Payload is the key of the stored raw payload (0 when Duplicate).
	Payload uint64
	// Duplicate: this exact body was stored before; nothing was written.
	Duplicate bool
	// NewMessages are the wamids stored for the first time, in body order.
	NewMessages []string
	// DuplicateMessages counts messages already stored.
	DuplicateMessages int
	// Statuses counts status reports that changed a stored status;
	// StatusIDs are the wamids of those outbound messages.
	Statuses  int
	StatusIDs []string
	// Skipped counts items without an id (kept only in the raw payload).
	Skipped int
	// OtherNumber counts messages received on another business number
	// than the box's own (kept only in the raw payload).
	OtherNumber int
	// Flagged are the wamids of new messages stored for staff and not
	// answered (no sender, or a sender that is not a string).
	Flagged []string
}

// Stats are the ingester's counters since start, for health.
type Stats struct {
	Accepted, Duplicates, Messages int64
	BadSignature, Malformed        int64
	TooLarge, StoreErrors          int64
	Flagged                        int64
	// Busy counts posts refused with 503 while the budget for unverified
	// bodies was full (a flood).
	Busy         int64
	LastAccepted time.Time
	LastError    string
}

// Ingester stores webhook bodies.
type Ingester struct {
	db    *store.DB
	opts  Options
	log   *slog.Logger
	mu    sync.Mutex
	stats Stats
	own   string // see SetPhoneNumberID
	crash string // failpoint name, from FATOORA_FAILPOINT
	// noInline makes Receive journal only (tests: export_test.go).
	noInline bool
	// ride replaces rideMin when set (tests: export_test.go).
	ride uint64

	// The journal (journal.go): the last payload seq journalled and the
	// last applied, as committed; Receive calls between their start and
	// their commit; the applier's wake-up and its last failure.
	journalled, applied atomic.Uint64
	inflight            atomic.Int64
	parsed              parsedCache
	wake                chan struct{}
	applyErr            string    // under mu
	applyErrAt          time.Time // under mu
}

// New makes an Ingester over db.
func New(db *store.DB, opts Options) (*Ingester, error) {
	if len(opts.Secret) == 0 {
		return nil, errors.New("ingest: empty app secret")
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBody
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.LagBound <= 0 {
		opts.LagBound = DefaultLagBound
	}
	in := &Ingester{db: db, opts: opts, log: opts.Logger.With("component", "ingest"),
		crash: os.Getenv("FATOORA_FAILPOINT"), wake: make(chan struct{}, 1)}
	if err := db.View(func(tx *bolt.Tx) error {
		in.journalled.Store(tx.Bucket(store.BucketPayloads).Sequence())
		in.applied.Store(tx.Bucket(store.BucketDigests).Sequence())
		return nil
	}); err != nil {
		return nil, fmt.Errorf("ingest: read the journal: %w", err)
	}
	return in, nil
}

// MaxBodyBytes is the configured body limit.
func (in *Ingester) MaxBodyBytes() int64 { return in.opts.MaxBodyBytes }

// Sign returns the X-Hub-Signature-256 header value for body, as Meta would
// compute it. For in-process sources (the simulator) and tests.
func (in *Ingester) Sign(body []byte) string { return Sign(in.opts.Secret, body) }

// Sign computes "sha256=<hex HMAC-SHA256(secret, body)>".
func Sign(secret, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Verify checks signature (the header value) against body in constant time.
func Verify(secret, body []byte, signature string) bool {
	hexSig, ok := strings.CutPrefix(strings.TrimSpace(signature), "sha256=")
	if !ok || len(hexSig) != 64 {
		return false
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil {
		return false
	}
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return hmac.Equal(got, m.Sum(nil))
}

// SetOnCommitted replaces Options.OnCommitted (for parts built after the
// Ingester, e.g. the pipeline in the box). f must not block.
func (in *Ingester) SetOnCommitted(f func(Result)) {
	in.mu.Lock()
	in.opts.OnCommitted = f
	in.mu.Unlock()
}

// SetPhoneNumberID makes Accept store only messages received on the box's
// own business number id; messages for other numbers stay in the raw
// payload only (Result.OtherNumber). Empty, the default, stores all. The
// relay link sets it: one of Meta's posts may carry several shops'
// numbers, and the signature covers the whole body, so the relay hands it
// whole to each of their boxes.
func (in *Ingester) SetPhoneNumberID(id string) {
	in.mu.Lock()
	in.own = id
	in.mu.Unlock()
}

func (in *Ingester) phoneNumberID() string {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.own
}

func (in *Ingester) onCommitted() func(Result) {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.opts.OnCommitted
}

// Stats returns a copy of the counters.
func (in *Ingester) Stats() Stats {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.stats
}

func (in *Ingester) count(f func(*Stats)) {
	in.mu.Lock()
	f(&in.stats)
	in.mu.Unlock()
}

// Payload is a stored raw webhook body: the value under payloads/<seq>.
type Payload struct {
	ReceivedAt time.Time `json:"received_at"`
	Signature  string    `json:"signature"`
	Source     string    `json:"source"`
	Body       []byte    `json:"body"`
}

// Accept verifies, parses and durably stores one webhook body, and applies
// it: when it returns, the body's messages, customers, statuses and queue
// items are stored, with every body journalled before it (Result says what
// this one stored). source names where it came from ("webhook", "relay",
// "simulator"). The error is ErrTooLarge, ErrBadSignature, ErrMalformed
// (wrapped), ctx's error, or a store failure. For callers that need the
// Result (the simulator, tests); the webhook and the relay use Receive.
func (in *Ingester) Accept(ctx context.Context, body []byte, signature string, source string) (Result, error) {
	return in.accept(ctx, body, signature, source, false)
}

// accept is Accept; verified says the caller has checked the signature
// already, so it is not computed twice.
func (in *Ingester) accept(ctx context.Context, body []byte, signature string, source string, verified bool) (Result, error) {
	e, err := in.prepare(ctx, body, signature, source, verified)
	if err != nil {
		return Result{}, err
	}
	var res Result
	var done []applied
	var seq uint64
	err = in.db.Batch(func(tx *bolt.Tx) error {
		res, done, seq = Result{Duplicate: true}, nil, 0 // may run more than once
		var dup bool
		var err error
		if seq, dup, err = e.append(tx); err != nil || dup {
			return err
		}
		// Everything journalled before it first: payloads apply in order.
		if done, err = in.apply(tx, 0, e, seq); err != nil {
			return err
		}
		for _, a := range done {
			if a.seq == seq {
				res = a.res
			}
		}
		return nil
	})
	if err != nil {
		in.count(func(s *Stats) { s.StoreErrors++; s.LastError = err.Error() })
		return Result{}, fmt.Errorf("store webhook: %w", err)
	}
	in.count(func(s *Stats) {
		s.Accepted++
		if seq == 0 { // the body was applied before: nothing written
			s.Duplicates++
		}
		s.LastAccepted = e.at
	})
	in.journalledTo(seq)
	in.settle(done)
	return res, nil
}

// entry is one verified, parsed body on its way into the journal.
type entry struct {
	n      Notification
	digest [sha256.Size]byte
	rec    []byte // the Payload record
	at     time.Time
	source string

	encOnce sync.Once // see encoded
	encSeq  uint64
	enc     map[string][]byte
}

// encoded returns the records of e's messages as they are stored when e
// is payload seq, by wamid, made once: the applier makes them before its
// transaction, outside the store's one writer.
func (e *entry) encoded(seq uint64) map[string][]byte {
	e.encOnce.Do(func() {
		e.encSeq = seq
		e.enc = make(map[string][]byte, len(e.n.Messages))
		for _, m := range e.n.Messages {
			m.ReceivedAt, m.Payload, m.Source = e.at, seq, e.source
			if b, err := json.Marshal(m); err == nil {
				e.enc[m.ID] = b
			}
		}
	})
	if e.encSeq != seq {
		return nil
	}
	return e.enc
}

// prepare checks body (size, signature, that it parses as a webhook) and
// makes its journal record. Nothing is stored for a body it refuses.
func (in *Ingester) prepare(ctx context.Context, body []byte, signature, source string, verified bool) (*entry, error) {
	if int64(len(body)) > in.opts.MaxBodyBytes {
		in.count(func(s *Stats) { s.TooLarge++ })
		return nil, ErrTooLarge
	}
	if !verified && !Verify(in.opts.Secret, body, signature) {
		in.count(func(s *Stats) { s.BadSignature++ })
		return nil, ErrBadSignature
	}
	n, err := Parse(body)
	if err != nil {
		in.count(func(s *Stats) { s.Malformed++ })
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	e := &entry{n: n, digest: sha256.Sum256(body), at: in.opts.Now().UTC(), source: source}
	e.rec, err = json.Marshal(Payload{ReceivedAt: e.at, Signature: signature, Source: source, Body: body})
	if err != nil {
		return nil, fmt.Errorf("encode payload: %w", err)
	}
	return e, nil
}

// append journals e under the next payload seq, unless the same body was
// applied before (dup: nothing written).
func (e *entry) append(tx *bolt.Tx) (seq uint64, dup bool, err error) {
	if tx.Bucket(store.BucketDigests).Get(e.digest[:]) != nil {
		return 0, true, nil
	}
	payloads := tx.Bucket(store.BucketPayloads)
	key, seq, err := store.NextSeq(payloads)
	if err != nil {
		return 0, false, err
	}
	if err := payloads.Put(key, e.rec); err != nil {
		return 0, false, fmt.Errorf("put payload: %w", err)
	}
	return seq, false, nil
}

// applied is what applying one journalled payload stored.
type applied struct {
	seq    uint64
	source string
	res    Result
}

// apply applies, in seq order, the payloads journalled after the applied
// watermark (the sequence of payload_digests), at most limit of them (0: all),
// and moves the watermark past them, all in tx: a payload is applied exactly
// once, whatever crashes. A body applied before (Meta's retry journalled
// while the first copy waited) is deleted and reported Duplicate. known,
// when not nil, is the parsed payload journalled as seq in this
// transaction (it is not decoded again).
func (in *Ingester) apply(tx *bolt.Tx, limit int, known *entry, knownSeq uint64) ([]applied, error) {
	payloads, digests := tx.Bucket(store.BucketPayloads), tx.Bucket(store.BucketDigests)
	from := digests.Sequence()
	own := in.phoneNumberID()
	var out []applied
	var dups [][]byte
	c := payloads.Cursor()
	for k, v := c.Seek(store.U64(from + 1)); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Next() {
		seq := store.ParseU64(k)
		e := known
		if e == nil || seq != knownSeq {
			if e = in.parsed.recall(seq, v); e == nil {
				var err error
				if e, err = decodeEntry(seq, v); err != nil {
					return nil, err
				}
			}
		}
		a := applied{seq: seq, source: e.source}
		if digests.Get(e.digest[:]) != nil {
			dups = append(dups, bytes.Clone(k))
			a.res.Duplicate = true
			out = append(out, a)
			continue
		}
		if err := digests.Put(e.digest[:], bytes.Clone(k)); err != nil {
			return nil, fmt.Errorf("put digest: %w", err)
		}
		a.res = Result{Payload: seq, Skipped: e.n.Skipped}
		n := e.n
		if own != "" {
			kept := n.Messages[:0:0]
			for _, m := range n.Messages {
				if m.PhoneNumberID != "" && m.PhoneNumberID != own {
					a.res.OtherNumber++
					continue
				}
				kept = append(kept, m)
			}
			n.Messages = kept
		}
		var enc map[string][]byte
		if e != known {
			enc = e.encoded(seq)
		}
		if err := in.store(tx, &a.res, n, enc, seq, e.at, e.source); err != nil {
			return nil, fmt.Errorf("apply payload %d: %w", seq, err)
		}
		out = append(out, a)
	}
	for _, k := range dups {
		if err := payloads.Delete(k); err != nil {
			return nil, fmt.Errorf("drop duplicate payload: %w", err)
		}
	}
	if len(out) > 0 {
		if err := digests.SetSequence(out[len(out)-1].seq); err != nil {
			return nil, fmt.Errorf("move applied watermark: %w", err)
		}
	}
	return out, nil
}

// decodeEntry reads a journalled payload back. A body that no longer
// parses (a stricter parser after an upgrade) is applied as nothing: its
// raw bytes stay in payloads/, and it cannot stop the payloads after it.
func decodeEntry(seq uint64, v []byte) (*entry, error) {
	var p Payload
	if err := json.Unmarshal(v, &p); err != nil {
		return nil, fmt.Errorf("decode payload %d: %w", seq, err)
	}
	e := &entry{digest: sha256.Sum256(p.Body), at: p.ReceivedAt, source: p.Source}
	e.n, _ = Parse(p.Body)
	return e, nil
}

// settle tells the counters, the observer and OnCommitted, after commit,
// what applying stored.
func (in *Ingester) settle(done []applied) {
	if len(done) == 0 {
		return
	}
	in.appliedTo(done[len(done)-1].seq)
	in.parsed.forget(done)
	f := in.onCommitted()
	for _, a := range done {
		res := a.res
		in.count(func(s *Stats) {
			s.Messages += int64(len(res.NewMessages))
			s.Flagged += int64(len(res.Flagged))
			if res.Duplicate {
				s.Duplicates++
			}
		})
		if n := len(res.NewMessages) + len(res.Flagged); n > 0 && in.opts.Observer != nil {
			in.opts.Observer.MessagesReceived(a.source, n)
		}
		if f != nil && (len(res.NewMessages) > 0 || res.Statuses > 0) {
			f(res)
		}
	}
}

// store writes what one payload (seq) holds: new messages, customers,
// statuses and queue items. enc, when not nil, holds the messages' records
// made beforehand (entry.encoded).
func (in *Ingester) store(tx *bolt.Tx, res *Result, n Notification, enc map[string][]byte, seq uint64, now time.Time, source string) error {
	msgs := tx.Bucket(store.BucketMessages)
	for _, m := range n.Messages {
		id := []byte(m.ID)
		if msgs.Get(id) != nil {
			res.DuplicateMessages++
			continue
		}
		m.ReceivedAt, m.Payload, m.Source = now, seq, source
		if b := enc[m.ID]; b != nil {
			if err := msgs.Put(id, b); err != nil {
				return fmt.Errorf("put message: %w", err)
			}
		} else if err := store.PutJSON(msgs, id, m); err != nil {
			return err
		}
		if m.Flag != "" {
			// Stored for staff, never answered: there is no one to
			// answer, or no telling who.
			if err := store.PutJSON(tx.Bucket(store.BucketFlagged), id, FlaggedMessage{ID: m.ID, Reason: m.Flag, At: now}); err != nil {
				return fmt.Errorf("flag message: %w", err)
			}
			res.Flagged = append(res.Flagged, m.ID)
			continue
		}
		if m.Customer != "" {
			if err := tx.Bucket(store.BucketMsgIndex).Put(store.MessageKey(m.Customer, now, m.ID), id); err != nil {
				return fmt.Errorf("index message: %w", err)
			}
			if err := upsertCustomer(tx, m, now); err != nil {
				return err
			}
		}
		if _, err := queue.Enqueue(tx, queue.Item{Kind: queue.KindUnderstand, Ref: m.ID, Key: m.Customer, EnqueuedAt: now}); err != nil {
			return err
		}
		res.NewMessages = append(res.NewMessages, m.ID)
	}
	for _, s := range n.Statuses {
		changed, err := mergeStatus(tx, s, now)
		if err != nil {
			return err
		}
		if changed {
			res.Statuses++
			res.StatusIDs = append(res.StatusIDs, s.ID)
		}
	}
	return nil
}

// Customer is the record under customers/<key>: who the customer is and
// when the box heard from them. Ingest owns it; fields other parts may have
// added are preserved. What the shop does with a customer (tier, lifecycle,
// paused, flagged) is the pipeline's conversation (pipeline.Conversation).
type Customer struct {
	Key    string `json:"key"`
	WaID   string `json:"wa_id,omitempty"`
	UserID string `json:"user_id,omitempty"`
	Name   string `json:"name,omitempty"`
	// FirstSeen and LastSeen are when the box received the first and last
	// message (box clock).
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	// LastInbound is the send time of the customer's newest message (Meta's
	// clock): the 24-hour reply window runs from it.
	LastInbound time.Time `json:"last_inbound"`
}

func upsertCustomer(tx *bolt.Tx, m Message, now time.Time) error {
	b := tx.Bucket(store.BucketCustomer)
	key := []byte(m.Customer)
	var fields map[string]json.RawMessage // set when the record holds fields other parts added
	var c Customer
	var old [][]byte // its customer_index key
	if v := b.Get(key); v != nil {
		// One decode when the record holds only Customer's own fields; a
		// field another part added sends it the long way, which keeps it.
		dec := json.NewDecoder(bytes.NewReader(v))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			c = Customer{}
			fields = map[string]json.RawMessage{}
			if err := json.Unmarshal(v, &fields); err != nil {
				return fmt.Errorf("decode customer %s: %w", key, err)
			}
			if err := json.Unmarshal(v, &c); err != nil {
				return fmt.Errorf("decode customer %s: %w", key, err)
			}
		}
		old = [][]byte{store.CustomerKey(c.LastSeen, m.Customer)}
	}
	c.Key = m.Customer
	if m.From != "" && m.From == m.Customer {
		c.WaID = m.From
	}
	if m.UserID != "" {
		c.UserID = m.UserID
	}
	if m.ProfileName != "" {
		c.Name = m.ProfileName
	}
	if c.FirstSeen.IsZero() {
		c.FirstSeen = now
	}
	c.LastSeen = now
	if m.Timestamp.After(c.LastInbound) {
		c.LastInbound = m.Timestamp
	}
	if err := store.PutIndex(tx.Bucket(store.BucketCustIndex), old, [][]byte{store.CustomerKey(c.LastSeen, m.Customer)}, key); err != nil {
		return fmt.Errorf("index customer: %w", err)
	}
	if fields == nil { // one encode, not four (issue 16)
		return store.PutJSON(b, key, c)
	}
	enc, err := json.Marshal(c)
	if err != nil {
		return err
	}
	var mine map[string]json.RawMessage
	if err := json.Unmarshal(enc, &mine); err != nil {
		return err
	}
	for k, v := range mine {
		fields[k] = v
	}
	return store.PutJSON(b, key, fields)
}

func mergeStatus(tx *bolt.Tx, s Status, now time.Time) (bool, error) {
	b := tx.Bucket(store.BucketStatuses)
	key := []byte(s.ID)
	var cur Status
	if _, err := store.GetJSON(b, key, &cur); err != nil {
		return false, err
	}
	for _, e := range cur.Events {
		if e.Status == s.Status && e.Timestamp.Equal(s.Timestamp) {
			return false, nil // this report was stored before
		}
	}
	cur.ID = s.ID
	if s.RecipientID != "" {
		cur.RecipientID = s.RecipientID
	}
	if s.CallbackData != "" {
		cur.CallbackData = s.CallbackData
		if err := tx.Bucket(store.BucketCallbacks).Put([]byte(s.CallbackData), key); err != nil {
			return false, fmt.Errorf("index status callback: %w", err)
		}
	}
	cur.Events = append(cur.Events, StatusEvent{Status: s.Status, Timestamp: s.Timestamp, Errors: s.Errors})
	if statusRank(s.Status) > statusRank(cur.Status) {
		cur.Status, cur.Timestamp = s.Status, s.Timestamp
	}
	if s.Status == "failed" {
		cur.Errors = s.Errors
	}
	cur.UpdatedAt = now
	return true, store.PutJSON(b, key, cur)
}

// LoadMessage reads a stored inbound message; the result is a copy, safe
// after tx ends.
func LoadMessage(tx *bolt.Tx, wamid string) (Message, bool, error) {
	var m Message
	ok, err := store.GetJSON(tx.Bucket(store.BucketMessages), []byte(wamid), &m)
	if err == nil && ok {
		m.Raw = bytes.Clone(m.Raw)
	}
	return m, ok, err
}

// LoadStatus reads the delivery status of an outbound message.
func LoadStatus(tx *bolt.Tx, wamid string) (Status, bool, error) {
	var s Status
	ok, err := store.GetJSON(tx.Bucket(store.BucketStatuses), []byte(wamid), &s)
	return s, ok, err
}

// SendByCallback finds the send whose status webhooks carried data as their
// biz_opaque_callback_data (the outbox key): the wamid Meta gave it. ok is
// false while no status of it has arrived.
func SendByCallback(tx *bolt.Tx, data string) (wamid string, ok bool) {
	b := tx.Bucket(store.BucketCallbacks)
	if b == nil || data == "" || len(data) > MaxIDBytes {
		return "", false
	}
	v := b.Get([]byte(data))
	return string(v), v != nil
}

// FlaggedMessage is an inbound message stored but not answered, for staff.
type FlaggedMessage struct {
	ID     string    `json:"id"`
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
}

// Flagged lists the flagged inbound messages, oldest wamid first, at most n.
func Flagged(tx *bolt.Tx, n int) ([]FlaggedMessage, error) {
	var out []FlaggedMessage
	c := tx.Bucket(store.BucketFlagged).Cursor()
	for k, v := c.First(); k != nil && len(out) < n; k, v = c.Next() {
		var f FlaggedMessage
		if err := json.Unmarshal(v, &f); err != nil {
			return out, fmt.Errorf("flagged message %s: %w", k, err)
		}
		out = append(out, f)
	}
	return out, nil
}

// LoadCustomer reads a customer by key (wa_id, or the BSUID when Meta sent
// no wa_id).
func LoadCustomer(tx *bolt.Tx, key string) (Customer, bool, error) {
	var c Customer
	ok, err := store.GetJSON(tx.Bucket(store.BucketCustomer), []byte(key), &c)
	return c, ok, err
}

// LoadPayload reads a stored raw webhook body.
func LoadPayload(tx *bolt.Tx, seq uint64) (Payload, bool, error) {
	var p Payload
	ok, err := store.GetJSON(tx.Bucket(store.BucketPayloads), store.U64(seq), &p)
	return p, ok, err
}

// CustomerMessages returns one page of a customer's inbound messages, newest
// first (by when the box received them), from message_index/, and the
// cursor of the next page. It checks ctx between messages.
func CustomerMessages(ctx context.Context, tx *bolt.Tx, customer string, p store.Page) ([]Message, string, error) {
	var out []Message
	next, err := store.Scan(ctx, tx.Bucket(store.BucketMsgIndex), store.IndexPrefix(store.IndexCustomer, customer), p,
		func(_, v []byte) (bool, error) {
			m, ok, err := LoadMessage(tx, string(v))
			if err != nil {
				return false, err
			}
			if !ok {
				return false, fmt.Errorf("message %s indexed: %w", v, fatoora.ErrNotFound)
			}
			out = append(out, m)
			return true, nil
		})
	return out, next, err
}

// Customers returns one page of customers, the most recently heard from
// first, from customer_index/, and the cursor of the next page. p's time
// range bounds when they were last heard from.
func Customers(ctx context.Context, tx *bolt.Tx, p store.Page) ([]Customer, string, error) {
	var out []Customer
	next, err := store.Scan(ctx, tx.Bucket(store.BucketCustIndex), store.IndexPrefix(store.IndexSeen, ""), p,
		func(_, v []byte) (bool, error) {
			c, ok, err := LoadCustomer(tx, string(v))
			if err != nil {
				return false, err
			}
			if !ok {
				return false, fmt.Errorf("customer %s indexed: %w", v, fatoora.ErrNotFound)
			}
			if c.Key == "" {
				c.Key = string(v)
			}
			out = append(out, c)
			return true, nil
		})
	return out, next, err
}
