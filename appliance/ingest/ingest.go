// Package ingest turns WhatsApp webhook bodies into stored facts without
// losing one: it verifies Meta's signature over the raw bytes, parses every
// entry, change, message, status and contact, and in one group-committed
// transaction stores the raw payload, each new message (deduplicated by
// wamid), the statuses (never moving backwards) and a pending "understand"
// queue item per new message. Accept returns only after that transaction
// is committed and fsynced, so a 200 means durable: a message answered
// with 200 is stored once and will be answered, whatever happens next.
//
// What a message says of its sender — the customer record, its key by last
// contact and the message's key in its customer's messages — is not needed
// before the 200 and is written by Heard in the pipeline's first commit for
// the message (issue 16: those keys land at random places, and were most of
// the answering commit's pages and time). All three live in one tree,
// message_index/, the record just before its customer's messages' keys, so
// that commit writes one root-to-leaf path for them, not three (migration
// 12). The same commit's conversation (the pipeline's) and its order's and
// document's customer keys (the pipeline's, the invoice book's) are written
// in that customer's run too (store.CustomerRunKey, migration 13).
//
// Each webhook's share of the commit is kept small (issue 16): the body is
// read in one pass (fast.go) straight into its records (inbound.go), its
// records and queue items are encoded before the shared transaction, and
// what the body already holds is stored once — in the payload — with each
// message recording where its object is (record.go).
//
// Accept does not care where the bytes came from (Meta directly, the relay,
// the simulator); Handler is the HTTP face for /webhook/whatsapp.
package ingest

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
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
	// Stage records how long a stage of a message's way to its reply
	// took; ingest times StageCommit, once per post that stored a new
	// message.
	Stage(stage string, d time.Duration)
}

// StageCommit is the stage ingest times (Observer.Stage): a post's commit,
// from the call to its return (behind a commit in progress, then its own
// transaction and fsyncs). The pipeline times the stages after it.
const StageCommit = "ingest_commit"

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
	stats Stats // the rare counters; the ones every post moves are ok
	ok    struct {
		accepted, duplicates, messages, flagged atomic.Int64
		last                                    atomic.Int64 // LastAccepted, unix ns
	}
	// own (SetPhoneNumberID) and committed (OnCommitted) are read on
	// every post: atomics, not the mutex 64 senders would queue on.
	own       atomic.Pointer[string]
	committed atomic.Pointer[func(Result)]
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
	in := &Ingester{db: db, opts: opts, log: opts.Logger.With("component", "ingest")}
	if opts.OnCommitted != nil {
		in.committed.Store(&opts.OnCommitted)
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
	if f == nil {
		in.committed.Store(nil)
		return
	}
	in.committed.Store(&f)
}

// SetPhoneNumberID makes Accept store only messages received on the box's
// own business number id; messages for other numbers stay in the raw
// payload only (Result.OtherNumber). Empty, the default, stores all. The
// relay link sets it: one of Meta's posts may carry several shops'
// numbers, and the signature covers the whole body, so the relay hands it
// whole to each of their boxes.
func (in *Ingester) SetPhoneNumberID(id string) { in.own.Store(&id) }

func (in *Ingester) onCommitted() func(Result) {
	if f := in.committed.Load(); f != nil {
		return *f
	}
	return nil
}

// Stats returns a copy of the counters.
func (in *Ingester) Stats() Stats {
	in.mu.Lock()
	s := in.stats
	in.mu.Unlock()
	s.Accepted, s.Duplicates = in.ok.accepted.Load(), in.ok.duplicates.Load()
	s.Messages, s.Flagged = in.ok.messages.Load(), in.ok.flagged.Load()
	if ns := in.ok.last.Load(); ns != 0 {
		s.LastAccepted = time.Unix(0, ns).UTC()
	}
	return s
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

// Accept verifies, parses and durably stores one webhook body. source names
// where it came from ("webhook", "relay", "simulator"). It returns after the
// commit is on disk; the error is ErrTooLarge, ErrBadSignature, ErrMalformed
// (wrapped), ctx's error, or a store failure.
func (in *Ingester) Accept(ctx context.Context, body []byte, signature string, source string) (Result, error) {
	return in.accept(ctx, body, 0, signature, source, false)
}

// accept is Accept of the body buf[head:]; verified says the caller
// (Handler) has checked the signature already, so it is not computed
// twice. head > 0 is room for the payload record's header before the body
// (payloadHeaderLen of source and signature): the record is then made in
// buf itself, not copied.
func (in *Ingester) accept(ctx context.Context, buf []byte, head int, signature string, source string, verified bool) (Result, error) {
	body := buf[head:]
	if int64(len(body)) > in.opts.MaxBodyBytes {
		in.count(func(s *Stats) { s.TooLarge++ })
		return Result{}, ErrTooLarge
	}
	if !verified && !Verify(in.opts.Secret, body, signature) {
		in.count(func(s *Stats) { s.BadSignature++ })
		return Result{}, ErrBadSignature
	}
	j := getJob()
	defer j.put()
	if !j.readInbound(body) { // what the records need, straight from the tape
		n, ok := leanParse(body) // or as before, where it stands aside
		if !ok {
			var err error
			if n, err = Parse(body); err != nil {
				in.count(func(s *Stats) { s.Malformed++ })
				return Result{}, err
			}
		}
		j.reset()
		j.fromNotification(body, n)
	}
	if p := in.own.Load(); p != nil && *p != "" {
		kept := j.msgs[:0]
		for _, m := range j.msgs {
			if len(m.pnid) > 0 && string(m.pnid) != *p {
				j.other++
				continue
			}
			kept = append(kept, m)
		}
		clear(j.msgs[len(kept):])
		j.msgs = kept
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	now := in.opts.Now().UTC()
	if head > 0 && head == payloadHeaderLen(source, signature) {
		j.rec = appendPayloadHeader(buf[:0], now, source, signature)[:len(buf)]
	} else {
		j.rec = encodePayload(Payload{ReceivedAt: now, Signature: signature, Source: source, Body: body})
	}
	j.body, j.now, j.source = body, now, source
	if err := j.encodeItems(); err != nil {
		return Result{}, err
	}
	began := time.Now()
	err := in.db.Batch(j.run)
	if err != nil {
		in.count(func(s *Stats) { s.StoreErrors++; s.LastError = err.Error() })
		return Result{}, fmt.Errorf("store webhook: %w", err)
	}
	res := j.res
	in.ok.accepted.Add(1) // the counters every post would move are atomics, moved only when they move
	if len(res.NewMessages) > 0 {
		in.ok.messages.Add(int64(len(res.NewMessages)))
	}
	if len(res.Flagged) > 0 {
		in.ok.flagged.Add(int64(len(res.Flagged)))
	}
	if res.Duplicate {
		in.ok.duplicates.Add(1)
	}
	in.ok.last.Store(now.UnixNano()) // the latest post's, as before: posts may finish out of order
	if n := len(res.NewMessages) + len(res.Flagged); n > 0 && in.opts.Observer != nil {
		in.opts.Observer.MessagesReceived(source, n)
		if len(res.NewMessages) > 0 {
			in.opts.Observer.Stage(StageCommit, time.Since(began))
		}
	}
	if f := in.onCommitted(); f != nil && (len(res.NewMessages) > 0 || res.Statuses > 0) {
		f(res)
	}
	return res, nil
}

// store is the post's writes in the group commit's transaction (j.run).
// It may run more than once: it sets j.res afresh each time.
func (j *acceptJob) store(tx *bolt.Tx) error {
	j.res = Result{Skipped: j.skipped, OtherNumber: j.other}
	res, now, source := &j.res, j.now, j.source
	// A body stored before holds nothing new: all its items were stored
	// with it. So only a body with nothing new can be a repost, and only
	// for one is it looked for: by its digest (a body none of whose items
	// names its payload, and every body stored before issue 16), or by the
	// payload its items name.
	msgs := tx.Bucket(store.BucketMessages)
	first, fresh, err := j.anyNew(tx)
	if err != nil {
		return err
	}
	var digests *bolt.Bucket
	var digest [sha256.Size]byte
	if !fresh {
		digests = tx.Bucket(store.BucketDigests)
		digest = sha256.Sum256(j.body)
		dup := digests.Get(digest[:]) != nil
		if !dup {
			if dup, err = j.storedBefore(tx); err != nil {
				return err
			}
		}
		if dup {
			res.Duplicate = true
			res.Skipped, res.OtherNumber = 0, 0
			return nil
		}
	}
	payloads := store.Bucket(tx, store.BucketPayloads)
	key, seq, err := store.NextSeq(payloads)
	if err != nil {
		return err
	}
	if err := payloads.Put(key, j.rec); err != nil {
		return fmt.Errorf("put payload: %w", err)
	}
	if !fresh {
		// No item of it will name this payload, so the digest is what
		// tells a repost of it (new items do that for every other body).
		if err := digests.Put(digest[:], key); err != nil {
			return fmt.Errorf("put digest: %w", err)
		}
	}
	res.Payload = seq
	for i := range j.msgs {
		m := &j.msgs[i]
		id := []byte(m.id)
		// anyNew looked up the messages before first (all stored) and
		// found first new; the ones after may repeat one of this body.
		if i < first || (i > first && msgs.Get(id) != nil) {
			res.DuplicateMessages++
			continue
		}
		var err error
		if m.rec != nil {
			// The key goes in the room left after the record: a run of
			// this function again (its group failed) writes it there
			// again, for a transaction of its own.
			err = msgs.Put(id, binary.AppendUvarint(m.rec, seq))
		} else {
			w := *m.whole
			w.ReceivedAt, w.Payload, w.Source = now, seq, source
			err = store.PutJSON(msgs, id, w)
		}
		if err != nil {
			return fmt.Errorf("put message: %w", err)
		}
		if m.flag != "" {
			// Stored for staff, never answered: there is no one to
			// answer, or no telling who.
			if err := store.PutJSON(tx.Bucket(store.BucketFlagged), id, FlaggedMessage{ID: m.id, Reason: m.flag, At: now}); err != nil {
				return fmt.Errorf("flag message: %w", err)
			}
			res.Flagged = append(res.Flagged, m.id)
			continue
		}
		// The customer and the message's place in its customer's index
		// are not written here: Heard, in the pipeline's commit.
		if _, err := queue.EnqueueEncoded(tx, m.item); err != nil {
			return err
		}
		res.NewMessages = append(res.NewMessages, m.id)
	}
	for _, s := range j.statuses {
		changed, err := mergeStatus(tx, s, seq, now)
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

// anyNew says whether the body holds a message or a status report not
// stored yet (the body's own repeats count once), and first, the index of
// its first message not stored yet (len(n.Messages) when there is none).
func (j *acceptJob) anyNew(tx *bolt.Tx) (first int, fresh bool, err error) {
	msgs := tx.Bucket(store.BucketMessages)
	for i, m := range j.msgs {
		if msgs.Get([]byte(m.id)) == nil {
			return i, true, nil
		}
	}
	for _, s := range j.statuses {
		cur, _, err := LoadStatus(tx, s.ID)
		if err != nil {
			return 0, false, err
		}
		if cur.event(s) < 0 {
			return len(j.msgs), true, nil
		}
	}
	return len(j.msgs), false, nil
}

// storedBefore says whether body is the payload that one of its stored
// messages or status reports came in.
func (j *acceptJob) storedBefore(tx *bolt.Tx) (bool, error) {
	seen := map[uint64]bool{}
	same := func(seq uint64) (bool, error) {
		if seq == 0 || seen[seq] {
			return false, nil
		}
		seen[seq] = true
		v := tx.Bucket(store.BucketPayloads).Get(store.U64(seq))
		if v == nil {
			return false, nil
		}
		p, err := decodePayload(v)
		if err != nil {
			return false, fmt.Errorf("payload %d: %w", seq, err)
		}
		return bytes.Equal(p.Body, j.body), nil
	}
	msgs := tx.Bucket(store.BucketMessages)
	for _, m := range j.msgs {
		v := msgs.Get([]byte(m.id))
		if v == nil {
			continue
		}
		seq, err := recordPayload(v)
		if err != nil {
			return false, fmt.Errorf("message %s: %w", m.id, err)
		}
		if ok, err := same(seq); ok || err != nil {
			return ok, err
		}
	}
	for _, s := range j.statuses {
		cur, _, err := LoadStatus(tx, s.ID)
		if err != nil {
			return false, err
		}
		if i := cur.event(s); i >= 0 {
			if ok, err := same(cur.Events[i].Payload); ok || err != nil {
				return ok, err
			}
		}
	}
	return false, nil
}

// Customer is the customer's record in message_index/ (under
// store.CustomerRecordKey, beside its messages' keys; customers/<key> before
// migration 12): who the customer is and when the box heard from them.
// Ingest owns it; fields other parts may have added are preserved. What the shop does with a customer (tier, lifecycle,
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

// Heard records what the stored inbound message m says of its sender: the
// customer (created, or updated with the message's name and times), its
// seen key (customers by last contact) and m's key in its customer's
// messages, both in message_index (one tree since migration 12). Accept
// does not write these (issue 16: keys at random places, which nothing
// needs before the 200); the pipeline calls Heard in the
// transaction that first handles m — so the customer is there before the
// pipeline, the staff pages or the daily summary read it — and on its own
// when handling m fails, so a message retried or parked still shows who
// sent it. m is as LoadMessage returns it. Heard writes nothing for a
// message it recorded before, nor for a flagged message or one with no
// customer (Accept never indexed those either).
func Heard(tx *bolt.Tx, m Message) error {
	if IsHeard(tx, m) {
		return nil
	}
	idx := tx.Bucket(store.BucketMsgIndex)
	if idx == nil {
		return errors.New("heard: message index missing (store not migrated)")
	}
	if err := idx.Put(store.MessageKey(m.Customer, m.ReceivedAt, m.ID), []byte(m.ID)); err != nil {
		return fmt.Errorf("index message: %w", err)
	}
	return upsertCustomer(tx, m, m.ReceivedAt)
}

// IsHeard says whether Heard has nothing to write for m: m was recorded
// before, or is flagged, or has no customer. A read transaction will do,
// so a caller need not commit for nothing.
func IsHeard(tx *bolt.Tx, m Message) bool {
	if m.Flag != "" || m.Customer == "" {
		return true
	}
	idx := tx.Bucket(store.BucketMsgIndex)
	return idx != nil && idx.Get(store.MessageKey(m.Customer, m.ReceivedAt, m.ID)) != nil
}

// upsertCustomer stores what m, received at now, says of its sender.
func upsertCustomer(tx *bolt.Tx, m Message, now time.Time) error {
	b := tx.Bucket(store.BucketMsgIndex) // the record, beside the customer's messages (migration 12)
	key, rec := []byte(m.Customer), store.CustomerRecordKey(m.Customer)
	var fields map[string]json.RawMessage // set when the record holds fields other parts added
	var c Customer
	var old [][]byte // its seen key
	v := b.Get(rec)
	if v == nil {
		if err := b.Put(store.CustomerKey(now, m.Customer), key); err != nil {
			return fmt.Errorf("index customer: %w", err)
		}
		return b.Put(rec, Customer{}.heard(m, now).appendJSON(nil))
	}
	// One decode when the record holds only Customer's own fields; a
	// field another part added sends it the long way, which keeps it.
	var ok bool
	if c, ok = fastCustomer(v); !ok && decodeOwn(v, &c) != nil {
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
	c = c.heard(m, now)
	if err := store.PutIndex(b, old, [][]byte{store.CustomerKey(c.LastSeen, m.Customer)}, key); err != nil {
		return fmt.Errorf("index customer: %w", err)
	}
	if fields == nil { // one encode, not four (issue 16)
		return b.Put(rec, c.appendJSON(nil))
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
	return store.PutJSON(b, rec, fields)
}

// decodeOwn decodes v into c if v holds only Customer's own fields.
func decodeOwn(v []byte, c *Customer) error {
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.DisallowUnknownFields()
	return dec.Decode(c)
}

// heard is c after the message m, received at now. The pipeline hears a
// customer's messages in the order they were received (the queue runs a
// customer's items in order), so now is normally the latest; a message
// heard out of that order still moves neither time backwards nor brings
// back an older name.
func (c Customer) heard(m Message, now time.Time) Customer {
	c.Key = m.Customer
	latest := !now.Before(c.LastSeen)
	if m.From != "" && m.From == m.Customer {
		c.WaID = m.From
	}
	if m.UserID != "" {
		c.UserID = m.UserID
	}
	if m.ProfileName != "" && (latest || c.Name == "") {
		c.Name = m.ProfileName
	}
	if c.FirstSeen.IsZero() || now.Before(c.FirstSeen) {
		c.FirstSeen = now
	}
	if latest {
		c.LastSeen = now
	}
	if m.Timestamp.After(c.LastInbound) {
		c.LastInbound = m.Timestamp
	}
	return c
}

// event is the index in st.Events of the report s, -1 when it was never
// stored.
func (st Status) event(s Status) int {
	for i, e := range st.Events {
		if e.Status == s.Status && e.Timestamp.Equal(s.Timestamp) {
			return i
		}
	}
	return -1
}

func mergeStatus(tx *bolt.Tx, s Status, payload uint64, now time.Time) (bool, error) {
	b := tx.Bucket(store.BucketStatuses)
	key := []byte(s.ID)
	var cur Status
	if _, err := store.GetJSON(b, key, &cur); err != nil {
		return false, err
	}
	if cur.event(s) >= 0 {
		return false, nil // this report was stored before
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
	cur.Events = append(cur.Events, StatusEvent{Status: s.Status, Timestamp: s.Timestamp, Errors: s.Errors, Payload: payload})
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
	rec := tx.Bucket(store.BucketMessages).Get([]byte(wamid))
	if rec == nil {
		return Message{}, false, nil
	}
	compact := len(rec) > 0 && rec[0] == msgRecordV1
	var r storedMessage
	var err error
	if compact {
		r, err = decodeCompact(rec)
	} else if fr, ok := fastRecord(rec); ok {
		r = fr
	} else {
		err = json.Unmarshal(rec, &r)
	}
	if err != nil {
		return Message{}, true, fmt.Errorf("decode %s: %w", wamid, err)
	}
	if r.RawAt == nil { // stored whole
		r.Message.Raw = bytes.Clone(r.Message.Raw)
		return r.Message, true, nil
	}
	v := tx.Bucket(store.BucketPayloads).Get(store.U64(r.Payload))
	if v == nil {
		return Message{}, true, fmt.Errorf("message %s: payload %d: %w", wamid, r.Payload, fatoora.ErrNotFound)
	}
	p, err := decodePayload(v)
	if err != nil {
		return Message{}, true, fmt.Errorf("message %s: payload %d: %w", wamid, r.Payload, err)
	}
	m, err := loadStored(wamid, p, r, compact)
	return m, true, err
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
	ok, err := store.GetJSON(tx.Bucket(store.BucketMsgIndex), store.CustomerRecordKey(key), &c)
	return c, ok, err
}

// LoadPayload reads a stored raw webhook body; the result is a copy, safe
// after tx ends.
func LoadPayload(tx *bolt.Tx, seq uint64) (Payload, bool, error) {
	v := tx.Bucket(store.BucketPayloads).Get(store.U64(seq))
	if v == nil {
		return Payload{}, false, nil
	}
	p, err := decodePayload(v)
	if err != nil {
		return Payload{}, true, fmt.Errorf("decode payload %d: %w", seq, err)
	}
	p.Body = bytes.Clone(p.Body)
	return p, true, nil
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
// first, from message_index/'s seen keys, and the cursor of the next page. p's time
// range bounds when they were last heard from.
func Customers(ctx context.Context, tx *bolt.Tx, p store.Page) ([]Customer, string, error) {
	var out []Customer
	next, err := store.Scan(ctx, tx.Bucket(store.BucketMsgIndex), store.IndexPrefix(store.IndexSeen, ""), p,
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
