package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fatoora"
	"fatoora/appliance/health"
	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/store"
	"fatoora/appliance/whatsapp"

	bolt "go.etcd.io/bbolt"
)

// Sender is the part of the WhatsApp Graph client the outbox uses.
type Sender interface {
	SendText(ctx context.Context, to, body, replyTo string) (string, error)
	// UploadMedia must not keep data once it returns: the outbox writes
	// the next document into the same buffer.
	UploadMedia(ctx context.Context, filename, mime string, data []byte) (string, error)
	SendDocument(ctx context.Context, to, mediaID, filename, caption string) (string, error)
	SendButtons(ctx context.Context, to, body string, buttons []whatsapp.Button) (string, error)
	SendList(ctx context.Context, to, body, buttonText string, sections []whatsapp.Section) (string, error)
	MarkRead(ctx context.Context, messageID string, typing bool) error
}

// Kinds of outbound message.
const (
	SendText     = "text"
	SendDocument = "document"
	SendButtons  = "buttons"
	SendList     = "list"
)

// OutMessage is one pending send in outbox/whatsapp.
type OutMessage struct {
	Key     string `json:"key"`
	OrderID string `json:"order_id"`
	// Customer is the order's customer (its sent log's key), so that
	// settling a send need not read the order; absent from sends of
	// staff and those written before it was kept.
	Customer string             `json:"customer,omitempty"`
	To       string             `json:"to"`
	Kind     string             `json:"kind"`
	Body     string             `json:"body,omitempty"`
	Buttons  []whatsapp.Button  `json:"buttons,omitempty"`
	ListBtn  string             `json:"list_button,omitempty"`
	Sections []whatsapp.Section `json:"sections,omitempty"`
	// Doc is the invoice or quote number a document send carries.
	Doc string `json:"doc,omitempty"`
	// ReadMark is the customer's message to mark read just before this
	// send (blue ticks). Marking twice is harmless and a lost mark costs
	// nothing, so it needs no commit of its own.
	ReadMark  string    `json:"read_mark,omitempty"`
	Filename  string    `json:"filename,omitempty"`
	MediaID   string    `json:"media_id,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	Attempts  int       `json:"attempts,omitempty"`
	NotBefore time.Time `json:"not_before,omitempty"`
	LastError string    `json:"last_error,omitempty"`
	// SendingSince is when the latest attempt was about to go out, set
	// and committed before it: a pending send with it set may have been
	// delivered (see Outbox).
	SendingSince time.Time `json:"sending_since,omitempty"`
}

// doneRecord is what outbox/whatsapp_done holds per key: a key there is
// never sent again; the records of an order's keys are its sends
// (Order.Sends), and each is what the customer's sent log (outbox/sent)
// points at. Kind, OrderID, Body and Doc are absent from records written
// before they were kept (their sent log entries hold them instead).
type doneRecord struct {
	Kind    string    `json:"kind,omitempty"`
	OrderID string    `json:"order_id,omitempty"`
	Body    string    `json:"body,omitempty"`
	Doc     string    `json:"doc,omitempty"`
	WAMID   string    `json:"wamid,omitempty"`
	SentAt  time.Time `json:"sent_at"`
	Failed  string    `json:"failed,omitempty"`
}

// sentRecord reads a settled send of the customer's sent log: v is the
// log entry's value, either the send's outbox key (its record is in
// outbox/whatsapp_done) or, for entries written before, the whole record.
func sentRecord(tx *bolt.Tx, v []byte) (store.SentRecord, error) {
	var r store.SentRecord
	if len(v) > 0 && v[0] == '{' {
		if err := jsonUnmarshal(v, &r); err != nil {
			return r, fmt.Errorf("decode sent log entry: %w", err)
		}
		return r, nil
	}
	var d doneRecord
	ok, err := store.GetJSON(store.Bucket(tx, store.BucketOutbox, store.BucketWADone), v, &d)
	if err != nil {
		return r, err
	}
	if !ok {
		return r, fmt.Errorf("sent log entry %s: %w", v, fatoora.ErrNotFound)
	}
	return store.SentRecord{Key: string(v), OrderID: d.OrderID, Kind: d.Kind, Body: d.Body, Doc: d.Doc,
		WAMID: d.WAMID, SentAt: d.SentAt, Failed: d.Failed}, nil
}

func outKey(orderID string, round int, step string) string {
	return fmt.Sprintf("%s/%02d/%s", orderID, round, step)
}

// enqueueSend writes a send in tx unless its key was already sent or queued.
func enqueueSend(tx *bolt.Tx, m OutMessage) error {
	out := store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp)
	done := store.Bucket(tx, store.BucketOutbox, store.BucketWADone)
	if done.Get([]byte(m.Key)) != nil || out.Get([]byte(m.Key)) != nil {
		return nil
	}
	if err := store.PutJSON(out, []byte(m.Key), m); err != nil {
		return err
	}
	pendingChanged(tx, m.Key)
	if err := retryingMoved(tx, 0, &m); err != nil {
		return err
	}
	return store.AddCount(tx.Bucket(store.BucketDepths), store.KeyDepthOutbox, 1)
}

// Retrying reports the sends waiting in the WhatsApp outbox after a failed
// attempt and the last such failure: counters kept in the transactions
// that write the sends (no scan), for /healthz.
func Retrying(tx *bolt.Tx) (n uint64, lastError string) {
	b := tx.Bucket(store.BucketDepths)
	if b == nil {
		return 0, ""
	}
	return store.ParseU64(b.Get(store.KeyDepthRetrying)), string(b.Get(store.KeyLastSendError))
}

// storedAttempts is the attempts of the pending send stored as v. While no
// send is being retried (the counter is 0) none is read: the order path's
// sends pay nothing for the count.
func storedAttempts(tx *bolt.Tx, v []byte) int {
	if n, _ := Retrying(tx); n == 0 || v == nil {
		return 0
	}
	var m struct {
		Attempts int `json:"attempts"`
	}
	if jsonUnmarshal(v, &m) != nil {
		return 0
	}
	return m.Attempts
}

// retryingMoved moves the count of sends being retried as a pending send
// that had made was failed attempts is written as m (nil: settled), and
// keeps its failure as the last one.
func retryingMoved(tx *bolt.Tx, was int, m *OutMessage) error {
	now := 0
	if m != nil {
		now = m.Attempts
	}
	b := tx.Bucket(store.BucketDepths)
	if now > 0 && m.LastError != "" {
		if b == nil {
			return errors.New("count retrying sends: depths missing (store not migrated)")
		}
		if err := b.Put(store.KeyLastSendError, []byte(m.LastError)); err != nil {
			return err
		}
	}
	switch {
	case was == 0 && now > 0:
		return store.AddCount(b, store.KeyDepthRetrying, 1)
	case was > 0 && now == 0:
		return store.AddCount(b, store.KeyDepthRetrying, -1)
	}
	return nil
}

// OutboxDepth is the number of sends waiting in the WhatsApp outbox: a
// counter kept in the transactions that add and settle them (no scan).
func OutboxDepth(tx *bolt.Tx) uint64 {
	b := tx.Bucket(store.BucketDepths)
	if b == nil {
		return 0
	}
	return store.ParseU64(b.Get(store.KeyDepthOutbox))
}

// Outbox delivers pending sends after commit: one recipient's messages in key
// order, several recipients at once.
//
// Under faults it neither floods a customer nor goes silent:
//   - every retry waits a backoff that doubles up to MaxBackoff, and a store
//     that cannot be written backs the whole worker off the same way;
//   - a send that went out but whose record cannot be committed halts the
//     worker (health critical) instead of sending again; it keeps trying to
//     commit the record and resumes once it can;
//   - an authentication or permission refusal pauses sending (health
//     critical, with Meta's reason) and keeps the replies; the token is
//     checked every AuthCheckEvery and sending resumes as soon as it works;
//   - every send carries its key as biz_opaque_callback_data and is marked
//     in flight (SendingSince) before it goes out: a send whose outcome is
//     unknown (a crash, a timeout, an unreadable answer) is settled by a
//     status webhook carrying its key, and repeated only when none arrived
//     within ResendAfter;
//   - the sends of one reply go as a run (deliverRun): one commit marks them
//     all, one records them all.
type Outbox struct {
	p    *Pipeline
	wake chan struct{}
	log  *slog.Logger

	mu       sync.Mutex
	inflight map[string]bool // recipients being served
	failing  bool            // for rate-limited logging

	// storeUntil backs the worker off after a store error; storeErrs
	// counts consecutive ones.
	storeUntil time.Time
	storeErrs  int
	lastStore  string
	// halted holds sends that went out but could not be recorded: while
	// it is non-empty nothing else is sent.
	halted    []unrecorded
	haltedErr string
	// paused is the authentication error that stopped sending ("" when
	// sending); pausedAt when it started.
	paused   string
	pausedAt time.Time
	// resends counts sends repeated after ResendAfter without a status;
	// settledByStatus those settled by a status instead of a repeat.
	resends, settledByStatus int

	// due is the pending sends as dispatch knows them (the Serve loop's
	// alone): read from the store when Serve starts, then only the sends
	// that changed (changed) are read again. A wake used to scan every
	// pending send, and serve every recipient to find most not due.
	due dueIndex
	// changed holds the keys of pending sends written or settled by a
	// commit since dispatch last looked (see pendingChanged); recheck the
	// recipients served since (see release). Both are kept only while
	// tracking (Serve is running).
	changed, recheck map[string]struct{}
	tracking         bool

	// decidedAt is when each order whose sends wait was decided (its
	// commit returned), until the outbox takes its sends up: the outbox's
	// wake (StageOutboxWake). At most maxDecidedAt are kept.
	decidedAt map[string]time.Time

	// visited counts the pending-send records read to find and serve due
	// work (dispatch and serveRecipient): what a wake costs, in records.
	visited atomic.Int64
}

// maxDecidedAt bounds Outbox.decidedAt: orders decided and not yet taken up
// beyond it are not timed.
const maxDecidedAt = 4096

// decided notes that order id was decided, with sends to go, just now.
func (o *Outbox) decided(id string) {
	o.mu.Lock()
	if o.decidedAt == nil {
		o.decidedAt = map[string]time.Time{}
	}
	now := time.Now()
	if len(o.decidedAt) >= maxDecidedAt { // sends settled without going out (a void): forget the old
		for k, at := range o.decidedAt {
			if now.Sub(at) > time.Minute {
				delete(o.decidedAt, k)
			}
		}
	}
	if len(o.decidedAt) < maxDecidedAt {
		o.decidedAt[id] = now
	}
	o.mu.Unlock()
}

// takenUp reports how long ago order id was decided, if noted, and forgets it.
func (o *Outbox) takenUp(id string) (time.Duration, bool) {
	o.mu.Lock()
	at, ok := o.decidedAt[id]
	delete(o.decidedAt, id)
	o.mu.Unlock()
	return time.Since(at), ok
}

type unrecorded struct {
	m     OutMessage
	wamid string
}

// TokenChecker is implemented by a Sender that can tell whether its token
// works without sending anything (whatsapp.Client.CheckToken). Without it,
// a paused outbox probes with the first waiting send.
type TokenChecker interface {
	CheckToken(ctx context.Context) error
}

func newOutbox(p *Pipeline) *Outbox {
	return &Outbox{p: p, wake: make(chan struct{}, 1), log: p.log.With("component", "outbox"), inflight: map[string]bool{}}
}

// Notify wakes the worker after a commit that wrote sends.
func (o *Outbox) Notify() {
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

// Pending lists the sends not yet delivered, for the staff API (health
// reads the counters OutboxDepth and Retrying instead).
func (o *Outbox) Pending() ([]OutMessage, error) {
	var out []OutMessage
	err := o.p.db.View(func(tx *bolt.Tx) error {
		return store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp).ForEach(func(k, v []byte) error {
			var m OutMessage
			if err := jsonUnmarshal(v, &m); err != nil {
				return err
			}
			out = append(out, m)
			return nil
		})
	})
	return out, err
}

// OutboxState is what stops the outbox, for health: Halted when a send could not
// be recorded, Paused when Meta refused the token.
type OutboxState struct {
	Halted, Paused  string
	PausedSince     time.Time
	StoreError      string
	StoreBackoff    time.Time
	Resends         int
	SettledByStatus int
}

// State reports what stops the worker, if anything.
func (o *Outbox) State() OutboxState {
	o.mu.Lock()
	defer o.mu.Unlock()
	s := OutboxState{Paused: o.paused, PausedSince: o.pausedAt, Resends: o.resends, SettledByStatus: o.settledByStatus}
	if len(o.halted) > 0 {
		s.Halted = fmt.Sprintf("%d send(s) went out but could not be recorded (%s): sending stopped so nothing is sent twice; free the disk or check the store — it resumes by itself once the record commits", len(o.halted), o.haltedErr)
	}
	if o.p.now().Before(o.storeUntil) {
		s.StoreError, s.StoreBackoff = o.lastStore, o.storeUntil
	}
	return s
}

// critical overlays the worker's stops on its health.
func (o *Outbox) critical(st *health.State) {
	s := o.State()
	switch {
	case s.Halted != "":
		st.Status, st.Message = health.Critical, s.Halted
	case s.Paused != "":
		st.Status, st.Message = health.Critical, "sending paused since "+s.PausedSince.UTC().Format(time.RFC3339)+
			": WhatsApp refused the access token or its permissions ("+s.Paused+"); replies are kept and go out within a minute of a working token"
	case s.StoreError != "":
		st.Status, st.Message = health.Degraded, "the store cannot be written, sends wait: "+s.StoreError
	}
	if st.Details != nil {
		st.Details["resent_after_no_status"] = s.Resends
		st.Details["settled_by_status"] = s.SettledByStatus
	}
}

// Serve runs the worker until ctx ends.
func (o *Outbox) Serve(ctx context.Context) error {
	var wg sync.WaitGroup
	defer wg.Wait()
	o.track(true)
	defer o.track(false)
	sem := make(chan struct{}, o.p.opts.SendConcurrency)
	for {
		var next time.Time
		switch st := o.State(); {
		case st.Halted != "":
			o.retryRecords()
			next = o.p.now().Add(o.storeDelay())
		case st.Paused != "":
			if o.checkToken(ctx) {
				continue
			}
			next = o.p.now().Add(o.p.opts.AuthCheckEvery)
		case st.StoreError != "":
			next = st.StoreBackoff
		default:
			var err error
			next, err = o.dispatch(ctx, &wg, sem)
			if err != nil {
				o.storeFailed(err)
				next = o.p.now().Add(o.storeDelay())
			}
		}
		wait := time.Minute
		if !next.IsZero() {
			if d := next.Sub(o.p.now()); d < wait {
				wait = max(d, 10*time.Millisecond)
			}
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-o.wake:
		case <-t.C:
		}
		t.Stop()
	}
}

// storeFailed backs the worker off after a store error: no retry without
// a wait, however the error came.
func (o *Outbox) storeFailed(err error) {
	o.mu.Lock()
	o.storeErrs++
	first := o.storeErrs == 1
	o.lastStore = err.Error()
	o.storeUntil = o.p.now().Add(o.storeDelayLocked())
	o.mu.Unlock()
	if first {
		o.log.Error("outbox cannot use the store; backing off", "err", err)
	}
}

func (o *Outbox) storeOK() {
	o.mu.Lock()
	was := o.storeErrs > 0
	o.storeErrs, o.lastStore, o.storeUntil = 0, "", time.Time{}
	o.mu.Unlock()
	if was {
		o.log.Info("outbox can use the store again")
	}
}

func (o *Outbox) storeDelay() time.Duration {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.storeDelayLocked()
}

// storeDelayLocked doubles per consecutive store failure up to 5 s (or
// MaxBackoff if lower): one commit attempt every few seconds costs a full
// disk nothing, and a freed disk is noticed within seconds.
func (o *Outbox) storeDelayLocked() time.Duration {
	n := max(o.storeErrs, 1)
	return min(o.p.opts.MinBackoff<<min(n-1, 16), o.p.opts.MaxBackoff, 5*time.Second)
}

// halt stops sending: m went out as wamid but its record failed.
func (o *Outbox) halt(m OutMessage, wamid string, err error) {
	o.mu.Lock()
	o.halted = append(o.halted, unrecorded{m, wamid})
	o.haltedErr = err.Error()
	o.storeErrs = max(o.storeErrs, 1)
	o.mu.Unlock()
	o.log.Error("a send went out but could not be recorded: sending stopped", "key", m.Key, "wamid", wamid, "err", err)
	o.Notify()
}

// retryRecords commits the records of halted sends; sending resumes when
// they are all in.
func (o *Outbox) retryRecords() {
	o.mu.Lock()
	hs := append([]unrecorded(nil), o.halted...)
	o.mu.Unlock()
	if len(hs) == 0 {
		return
	}
	err := o.p.db.Batch(func(tx *bolt.Tx) error {
		for _, h := range hs {
			if err := o.p.recordSent(tx, h.m, h.wamid, ""); err != nil {
				return err
			}
		}
		return nil
	})
	o.mu.Lock()
	if err != nil {
		o.haltedErr = err.Error()
		o.storeErrs++
		o.mu.Unlock()
		return
	}
	o.halted = o.halted[len(hs):]
	o.storeErrs = 0
	o.mu.Unlock()
	o.log.Info("sends recorded after all; sending resumes", "sends", len(hs))
	for _, h := range hs {
		o.p.opts.Observer.Sent(SendOK)
		if o.p.opts.OnSent != nil {
			o.p.opts.OnSent(h.m, h.wamid)
		}
	}
}

// pause stops sending after an authentication or permission error.
func (o *Outbox) pause(err error) {
	o.mu.Lock()
	first := o.paused == ""
	o.paused = err.Error()
	if first {
		o.pausedAt = o.p.now()
	}
	o.mu.Unlock()
	if first {
		o.log.Error("whatsapp refused the token or its permissions: sending paused, replies kept", "err", err)
	}
}

// checkToken asks whether the token works again and resumes if so. With
// no TokenChecker it resumes and lets the next send probe.
func (o *Outbox) checkToken(ctx context.Context) bool {
	o.mu.Lock()
	since := o.pausedAt
	o.mu.Unlock()
	if o.p.now().Sub(since) < o.p.opts.AuthCheckEvery {
		return false
	}
	if tc, ok := o.p.opts.Sender.(TokenChecker); ok {
		if err := tc.CheckToken(ctx); err != nil {
			o.mu.Lock()
			o.pausedAt = o.p.now() // next check AuthCheckEvery from now
			if whatsapp.IsAuth(err) {
				o.paused = err.Error()
			}
			o.mu.Unlock()
			return false
		}
	}
	o.mu.Lock()
	o.paused = ""
	o.mu.Unlock()
	o.log.Info("whatsapp accepts the token again: sending resumes")
	return true
}

// dispatch starts one goroutine per recipient whose first pending send
// is due, handing it that recipient's keys in order, and returns the
// earliest future NotBefore of a recipient's first send. It reads from the
// store only the sends that changed since it last looked (all of them
// the first time after Serve starts): what a wake costs does not grow
// with the sends waiting for later (issue 16).
func (o *Outbox) dispatch(ctx context.Context, wg *sync.WaitGroup, sem chan struct{}) (time.Time, error) {
	now := o.p.now()
	o.mu.Lock()
	changed, recheck := o.changed, o.recheck
	o.changed, o.recheck = map[string]struct{}{}, map[string]struct{}{}
	o.mu.Unlock()
	x := &o.due
	err := o.p.db.View(func(tx *bolt.Tx) error {
		b := store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp)
		if !x.built {
			x.reset()
			return b.ForEach(func(k, v []byte) error {
				o.visited.Add(1)
				x.set(string(k), v)
				return nil
			})
		}
		for k := range changed {
			o.visited.Add(1)
			x.set(k, b.Get([]byte(k)))
		}
		return nil
	})
	if err != nil {
		x.built = false // read everything again next time
		o.mu.Lock()
		maps.Copy(o.recheck, recheck)
		o.mu.Unlock()
		return time.Time{}, fmt.Errorf("read outbox: %w", err)
	}
	x.built = true
	for to := range recheck {
		x.push(to)
	}
	var ready []string
	next := x.due(now, func(to string) { ready = append(ready, to) })
	for _, to := range ready {
		o.mu.Lock()
		busy := o.inflight[to]
		if !busy {
			o.inflight[to] = true
		}
		o.mu.Unlock()
		if busy {
			continue // its release looks at it again
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			o.release(to)
			return next, ctx.Err()
		}
		wg.Add(1)
		go func(keys []string) {
			defer wg.Done()
			defer func() { <-sem }()
			defer o.release(to)
			o.serveRecipient(ctx, keys)
		}(slices.Clone(x.byTo[to]))
	}
	return next, nil
}

func (o *Outbox) release(to string) {
	o.mu.Lock()
	delete(o.inflight, to)
	if o.tracking {
		o.recheck[to] = struct{}{}
	}
	o.mu.Unlock()
	o.Notify() // more may have arrived for this recipient meanwhile
}

// stopped reports whether sending must not go on now.
func (o *Outbox) stopped() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.halted) > 0 || o.paused != "" || o.p.now().Before(o.storeUntil)
}

// serveRecipient sends one recipient's messages in key order, stopping at
// the first one that must wait: a recipient's replies never overtake. The
// sends of one reply (consecutive keys of one order's round: the document
// and its summary) go as a run, marked in flight by one commit and recorded
// by one (see deliverRun).
func (o *Outbox) serveRecipient(ctx context.Context, keys []string) {
	for i := 0; i < len(keys); {
		if ctx.Err() != nil || o.stopped() {
			return
		}
		var run []OutMessage
		err := o.p.db.View(func(tx *bolt.Tx) error {
			b := store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp)
			for j := i; j < len(keys) && len(run) < maxRun; j++ {
				var m OutMessage
				o.visited.Add(1)
				ok, err := store.GetJSON(b, []byte(keys[j]), &m)
				if err != nil {
					return err
				}
				if !ok {
					if len(run) == 0 {
						continue // settled meanwhile
					}
					break
				}
				if len(run) > 0 && !sameReply(run[0], m) {
					break
				}
				run = append(run, m)
				if !m.SendingSince.IsZero() || m.NotBefore.After(o.p.now()) {
					break // it goes alone, or not yet
				}
			}
			return nil
		})
		if err != nil {
			o.storeFailed(err)
			return
		}
		if len(run) == 0 {
			return // every key left was settled meanwhile
		}
		// Keys skipped as settled count as served.
		for i < len(keys) && keys[i] != run[0].Key {
			i++
		}
		if run[0].NotBefore.After(o.p.now()) {
			return
		}
		if last := run[len(run)-1]; len(run) > 1 && (!last.SendingSince.IsZero() || last.NotBefore.After(o.p.now())) {
			run = run[:len(run)-1] // the run stops before it
		}
		n, err := o.deliverRun(ctx, run)
		if err != nil {
			return
		}
		i += n
	}
}

// maxRun bounds the sends of one reply marked in flight together.
const maxRun = 4

// sameReply: a and b are sends of the same round of the same order (their
// keys differ only in the step), so they may go as one run.
func sameReply(a, b OutMessage) bool {
	i, j := strings.LastIndexByte(a.Key, '/'), strings.LastIndexByte(b.Key, '/')
	return a.OrderID != "" && a.OrderID == b.OrderID && i >= 0 && j >= 0 && a.Key[:i] == b.Key[:j]
}

// errWait: the send is not due yet (its status may still come).
var errWait = errors.New("waiting for a status of an earlier attempt")

// deliverRun performs the sends of run (one reply's, in key order) and
// commits their outcome, returning how many of them it settled or left
// for later (the caller goes on after them). A non-nil error means the
// recipient's queue should pause (retry later).
//
// Every send of the run is marked in flight by one commit before the first
// goes out, and the outcomes are recorded by one commit after the last: two
// commits for the reply instead of two per send (issue 16). A send is
// still marked before it goes out and never repeated without its status or
// ResendAfter. What a crash between the mark and the last send costs is
// time: a send of the run that had not gone out yet waits ResendAfter
// before it goes, as a crash between a lone send's mark and the send
// always did; the window is now the run's sends, not one. A run starts
// only with sends not in flight; a send an earlier attempt may have
// delivered goes alone, settled by its status first.
func (o *Outbox) deliverRun(ctx context.Context, run []OutMessage) (int, error) {
	p := o.p
	if !run[0].SendingSince.IsZero() {
		// An earlier attempt may have gone out: a crash before its record,
		// a timeout, an answer we could not read. Its status says.
		run = run[:1]
		if settled, err := o.settleByStatus(run[0]); settled || err != nil {
			return 1, err
		}
	}
	if d, ok := o.takenUp(run[0].OrderID); ok && run[0].Attempts == 0 && run[0].NotBefore.IsZero() {
		p.opts.Observer.Stage(StageOutboxWake, d)
	}
	for i := range run {
		m := &run[i]
		if m.Kind != SendDocument || m.MediaID != "" {
			continue
		}
		buf := pdfBuffers.Get().(*[]byte)
		began := time.Now()
		pdf, err := p.documentPDF(m.Doc, false, *buf)
		if err == nil {
			p.opts.Observer.Stage(StageRender, time.Since(began))
			began = time.Now()
			m.MediaID, err = p.opts.Sender.UploadMedia(ctx, m.Filename, "application/pdf", pdf)
			// The upload copied the document: its buffer serves the next.
			*buf = pdf[:0]
			if err != nil {
				m.MediaID = ""
			} else {
				p.opts.Observer.Stage(StageUpload, time.Since(began))
				// The media id is committed with the in-flight mark below;
				// after a crash right here the PDF is simply uploaded again.
				p.failpoint("uploaded")
			}
		} else {
			err = fmt.Errorf("render %s: %w", m.Doc, err)
		}
		pdfBuffers.Put(buf)
		if err != nil {
			if i == 0 {
				return 1, o.failed(*m, err)
			}
			run = run[:i] // the sends before it go now; it goes next, alone
			break
		}
	}
	// The read mark needs no commit (a lost mark costs nothing, marking
	// twice is harmless): it goes out while the run's in-flight mark
	// commits, and the first send waits for it, so it still comes just
	// before the reply — one call to WhatsApp less in series on the way.
	var marked chan struct{}
	if rm := run[0].ReadMark; rm != "" {
		marked = make(chan struct{})
		go func() { defer close(marked); o.markRead(ctx, rm) }()
		defer func() { <-marked }()
	}
	// Mark the run in flight before any of it goes out, so that after a
	// crash its statuses are awaited before any repeat. A store that
	// cannot take this mark sends nothing.
	now := p.now()
	for i := range run {
		run[i].SendingSince = now
	}
	began := time.Now()
	if err := p.db.Batch(func(tx *bolt.Tx) error {
		for _, m := range run {
			if err := putPending(tx, m); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		o.storeFailed(err)
		return len(run), err
	}
	p.opts.Observer.Stage(StageInflightCommit, time.Since(began))
	began = time.Now()
	wamids := make([]string, 0, len(run))
	for i, m := range run {
		if i > 0 && (ctx.Err() != nil || o.stopped() || !o.storeOpen()) {
			return i, o.runBroken(run, wamids, nil)
		}
		if i == 0 && marked != nil {
			<-marked
			m.ReadMark = "" // marked
		}
		wamid, err := o.send(ctx, m)
		if err != nil {
			// Settled up to this one; the rest go next, marked anew.
			return i + 1, o.runBroken(run, wamids, err)
		}
		p.failpoint("sending:" + stepOf(m.Key))
		wamids = append(wamids, wamid)
	}
	p.opts.Observer.Stage(StageSend, time.Since(began))
	began = time.Now()
	if err := p.db.Batch(func(tx *bolt.Tx) error {
		for i, m := range run {
			if err := p.recordSent(tx, m, wamids[i], ""); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		for i, m := range run {
			o.halt(m, wamids[i], err)
		}
		return len(run), err
	}
	p.opts.Observer.Stage(StageRecordCommit, time.Since(began))
	o.recovered()
	o.storeOK()
	for i, m := range run {
		p.opts.Observer.Sent(SendOK)
		if p.opts.OnSent != nil {
			p.opts.OnSent(m, wamids[i])
		}
		p.failpoint("sent:" + stepOf(m.Key))
	}
	return len(run), nil
}

// storeOpen: the store can still be read. A store closed under a run
// (shutdown, a fatal store error) stops it before its next send; a full
// disk shows only at the run's record, after its last send, which then
// halts sending with every send of the run unrecorded (see halt).
func (o *Outbox) storeOpen() bool {
	return o.p.db.View(func(*bolt.Tx) error { return nil }) == nil
}

// send performs one marked send: the read mark, then the message itself.
func (o *Outbox) send(ctx context.Context, m OutMessage) (string, error) {
	p := o.p
	if m.ReadMark != "" {
		o.markRead(ctx, m.ReadMark)
	}
	sctx := whatsapp.WithCallbackData(ctx, m.Key)
	switch m.Kind {
	case SendText:
		return p.opts.Sender.SendText(sctx, m.To, m.Body, "")
	case SendDocument:
		return p.opts.Sender.SendDocument(sctx, m.To, m.MediaID, m.Filename, m.Body)
	case SendButtons:
		return p.opts.Sender.SendButtons(sctx, m.To, m.Body, m.Buttons)
	case SendList:
		return p.opts.Sender.SendList(sctx, m.To, m.Body, m.ListBtn, m.Sections)
	}
	return "", fmt.Errorf("unknown send kind %q", m.Kind)
}

// markRead marks the customer's message read (blue ticks); a failure is
// only logged.
func (o *Outbox) markRead(ctx context.Context, wamid string) {
	if err := o.p.opts.Sender.MarkRead(ctx, wamid, false); err != nil {
		o.log.Debug("mark read", "wamid", wamid, "err", err)
	}
}

// runBroken settles a run whose send number len(sent) failed with err (nil:
// the run was stopped before it, by shutdown or a halt elsewhere): the sends
// before it are recorded and the ones after it, which did not go out, lose
// their in-flight mark, in one commit; then the failed send is handled as
// any failed send. A run of one is just the failed send.
func (o *Outbox) runBroken(run []OutMessage, sent []string, err error) error {
	p := o.p
	at := len(sent)
	rest := run[at:]
	if err != nil {
		rest = run[at+1:]
	}
	if at > 0 || len(rest) > 0 {
		if cerr := p.db.Batch(func(tx *bolt.Tx) error {
			for i, wamid := range sent {
				if err := p.recordSent(tx, run[i], wamid, ""); err != nil {
					return err
				}
			}
			for _, m := range rest {
				m.SendingSince = time.Time{} // it did not go out
				if err := putPending(tx, m); err != nil {
					return err
				}
			}
			return nil
		}); cerr != nil {
			// The sent ones went out unrecorded: stop sending. The unsent
			// keep their mark and wait ResendAfter, which repeats nothing.
			for i, wamid := range sent {
				o.halt(run[i], wamid, cerr)
			}
			if at == 0 {
				o.storeFailed(cerr)
			}
			return cerr
		}
		for i, wamid := range sent {
			p.opts.Observer.Sent(SendOK)
			if p.opts.OnSent != nil {
				p.opts.OnSent(run[i], wamid)
			}
		}
	}
	if err == nil {
		return errStopped
	}
	m := run[at]
	if !whatsapp.Uncertain(err) && !errors.Is(err, context.Canceled) {
		m.SendingSince = time.Time{} // Meta answered: it was not sent
	}
	return o.failed(m, err)
}

// errStopped: a run was cut short by shutdown or a halt elsewhere.
var errStopped = errors.New("sending stopped")

// settleByStatus handles a send an earlier attempt may have delivered: a
// status carrying its key settles it with that wamid; without one it waits
// until ResendAfter has passed since the attempt, then lets it go again.
func (o *Outbox) settleByStatus(m OutMessage) (bool, error) {
	p := o.p
	var wamid string
	var found bool
	_ = p.db.View(func(tx *bolt.Tx) error {
		wamid, found = ingest.SendByCallback(tx, m.Key)
		return nil
	})
	if found {
		// Counted before the commit that empties its outbox entry, so that
		// whoever sees the outbox settled sees the count too.
		o.mu.Lock()
		o.settledByStatus++
		o.mu.Unlock()
		if err := p.db.Batch(func(tx *bolt.Tx) error { return p.recordSent(tx, m, wamid, "") }); err != nil {
			o.mu.Lock()
			o.settledByStatus--
			o.mu.Unlock()
			o.storeFailed(err)
			return true, err
		}
		p.opts.Observer.Sent(SendOK)
		o.log.Info("an interrupted send was delivered after all: recorded from its status", "key", m.Key, "wamid", wamid)
		if p.opts.OnSent != nil {
			p.opts.OnSent(m, wamid)
		}
		return true, nil
	}
	due := m.SendingSince.Add(p.opts.ResendAfter)
	if now := p.now(); now.Before(due) {
		// Look again for its status soon; repeat it only at due.
		next := now.Add(p.opts.StatusPoll)
		if due.Before(next) {
			next = due
		}
		if m.NotBefore.Before(next) {
			m.NotBefore = next
			if err := p.db.Batch(func(tx *bolt.Tx) error { return putPending(tx, m) }); err != nil {
				o.storeFailed(err)
				return true, err
			}
		}
		return true, errWait
	}
	o.mu.Lock()
	o.resends++
	o.mu.Unlock()
	o.log.Warn("no status of an interrupted send arrived: sending it again", "key", m.Key, "since", m.SendingSince)
	return false, nil
}

// putPending rewrites a pending send unless it was settled meanwhile.
func putPending(tx *bolt.Tx, m OutMessage) error {
	b := store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp)
	old := b.Get([]byte(m.Key))
	if old == nil {
		return nil
	}
	pendingChanged(tx, m.Key)
	if err := retryingMoved(tx, storedAttempts(tx, old), &m); err != nil {
		return err
	}
	return store.PutJSON(b, []byte(m.Key), m)
}

func stepOf(key string) string {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '/' {
			return key[i+1:]
		}
	}
	return key
}

// failed decides between retrying later, pausing for a token and handing
// the conversation to staff.
func (o *Outbox) failed(m OutMessage, err error) error {
	p := o.p
	now := p.now()
	if errors.Is(err, context.Canceled) {
		return err
	}
	if whatsapp.IsAuth(err) {
		// The reply is good; the token is not. Keep it as it is, pause.
		if uerr := p.db.Batch(func(tx *bolt.Tx) error { return putPending(tx, m) }); uerr != nil {
			o.storeFailed(uerr)
		}
		p.opts.Observer.Sent(SendParked)
		o.pause(err)
		return err
	}
	retry := whatsapp.IsRetryable(err)
	o.mu.Lock()
	first := !o.failing
	o.failing = true
	o.mu.Unlock()
	if first {
		o.log.Warn("whatsapp send failed", "key", m.Key, "retry", retry, "err", err)
	}
	if retry {
		m.Attempts++
		m.LastError = err.Error()
		m.NotBefore = now.Add(o.backoff(m.Attempts, err))
		if uerr := p.db.Batch(func(tx *bolt.Tx) error { return putPending(tx, m) }); uerr != nil {
			o.storeFailed(uerr)
			return uerr
		}
		p.opts.Observer.Sent(SendRetry)
		return err
	}
	reason := "a reply was refused: " + err.Error()
	switch {
	case whatsapp.OutsideWindow(err):
		reason = "outside the 24-hour window (131047): reply with a template or call the customer"
	case whatsapp.Undeliverable(err):
		reason = "undeliverable (131026): the number may not be on WhatsApp"
	}
	if uerr := p.db.Batch(func(tx *bolt.Tx) error {
		if err := p.recordSent(tx, m, "", err.Error()); err != nil {
			return err
		}
		conv, err := loadConv(tx, customerOf(tx, m))
		if err != nil {
			return err
		}
		conv.flag(now, reason)
		return saveConv(tx, conv)
	}); uerr != nil {
		o.storeFailed(uerr)
		return uerr
	}
	p.opts.Observer.Sent(SendFailed)
	return nil // this send is settled; the recipient's next sends may go on
}

func customerOf(tx *bolt.Tx, m OutMessage) string {
	if o, err := loadOrder(tx, m.OrderID); err == nil {
		return o.Customer
	}
	return m.To
}

func (o *Outbox) recovered() {
	o.mu.Lock()
	was := o.failing
	o.failing = false
	o.mu.Unlock()
	if was {
		o.log.Info("whatsapp sends recovered")
	}
}

func (o *Outbox) backoff(attempts int, err error) time.Duration {
	d := o.p.opts.MinBackoff << min(attempts-1, 16)
	var api *whatsapp.APIError
	if errors.As(err, &api) {
		d = max(d, api.MinBackoff())
	}
	return min(d, o.p.opts.MaxBackoff)
}

// recordSent settles a send: done record (which is also the order's record
// of it, see Order.Sends), pending entry removed, the customer's sent log
// (outbox/sent). The order itself is rewritten only when this send changes
// it in a way its records do not tell: a refusal (staff must look). Its
// last pending send makes it replied without rewriting it: the stored
// order stays decided, which with no send pending reads as replied
// (store.SettledOrder, loadOrder), and only its state key is deleted
// (orders/active: a settled order has none).
func (p *Pipeline) recordSent(tx *bolt.Tx, m OutMessage, wamid, failure string) error {
	now := p.now()
	done := store.Bucket(tx, store.BucketOutbox, store.BucketWADone)
	rec := doneRecord{Kind: m.Kind, OrderID: m.OrderID, Body: m.Body, Doc: m.Doc, WAMID: wamid, SentAt: now, Failed: failure}
	if err := store.PutJSON(done, []byte(m.Key), rec); err != nil {
		return err
	}
	settles := false // this commit settles a pending send
	out := store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp)
	if v := out.Get([]byte(m.Key)); v != nil {
		settles = true
		if err := retryingMoved(tx, storedAttempts(tx, v), nil); err != nil {
			return err
		}
		if err := out.Delete([]byte(m.Key)); err != nil {
			return err
		}
		pendingChanged(tx, m.Key)
		if err := store.AddCount(tx.Bucket(store.BucketDepths), store.KeyDepthOutbox, -1); err != nil {
			return err
		}
	}
	// The order is read only when this send may change it (a refusal, or
	// the last pending send) or to learn its customer (a send written
	// before sends carried it).
	var ord *Order
	if m.OrderID != "" && (failure != "" || m.Customer == "" || !hasPending(tx, m.OrderID)) {
		var err error
		if ord, err = loadOrder(tx, m.OrderID); err != nil && !errors.Is(err, fatoora.ErrNotFound) {
			return err
		}
	}
	// The customer's sent log holds the key: the record is the done
	// record above, appended at the right edge of its tree, where a whole
	// record in the log (keyed by customer, at random places) made that
	// tree a level deeper.
	customer := m.To
	switch {
	case ord != nil:
		customer = ord.Customer
	case m.Customer != "":
		customer = m.Customer
	default:
		if id, _, _ := strings.Cut(m.Key, "/"); strings.HasPrefix(id, store.StaffSendPrefix) {
			customer = strings.TrimPrefix(id, store.StaffSendPrefix)
		}
	}
	if err := store.Bucket(tx, store.BucketOutbox, store.BucketSent).Put(store.SentKey(customer, now, m.Key), []byte(m.Key)); err != nil {
		return fmt.Errorf("sent log: %w", err)
	}
	if ord == nil {
		return nil // a staff message outside any order, or a send that leaves its order as it is
	}
	// replied: this send was the decided order's last pending one (loadOrder
	// read it replied already); its index still holds the decided key.
	replied := settles && ord.stored == StateDecided && ord.State == StateReplied
	if replied {
		was := ord.indexFields()
		was.State = string(StateDecided)
		ord.indexed = was.Keys()
	}
	if failure == "" {
		if replied {
			return indexOrder(tx, ord) // the state key goes; the stored order stays as it is
		}
		return nil // the order's view of this send is its done record
	}
	ord.NeedsStaff = true
	ord.StaffNote = "WhatsApp refused a reply: " + failure
	ord.UpdatedAt = now
	return saveOrder(tx, ord)
}

func hasPending(tx *bolt.Tx, orderID string) bool {
	c := store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp).Cursor()
	prefix := []byte(orderID + "/")
	k, _ := c.Seek(prefix)
	return k != nil && len(k) >= len(prefix) && string(k[:len(prefix)]) == string(prefix)
}

// pdfBuffers hold the outbox's documents between their render and their
// upload, which copies them: each render would otherwise allocate a ~40 KB
// buffer (issue 16). They grow to the largest document rendered into them.
var pdfBuffers = sync.Pool{New: func() any { return new([]byte) }}

// documentPDF renders an issued document, into buf's storage when it is
// large enough (see Options.Render). The file kept in DocsDir is a
// cache (the document itself is in the store and renders the same again),
// so it is written without fsync and trusted only when it is whole. keep
// writes it: the outbox's send does not (a document is sent once, and
// creating the file cost a fifth of the render's CPU for a later read that
// seldom comes; issue 16); the staff's views do.
func (p *Pipeline) documentPDF(number string, keep bool, buf []byte) ([]byte, error) {
	path := filepath.Join(p.opts.DocsDir, number+".pdf")
	if b, err := os.ReadFile(path); err == nil && wholePDF(b) {
		return b, nil
	}
	var doc *invoice.Document
	err := p.db.View(func(tx *bolt.Tx) error {
		d, ok, err := invoice.Get(tx, number)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("document %s: %w", number, fatoora.ErrNotFound)
		}
		doc = d
		return nil
	})
	if err != nil {
		return nil, err
	}
	start := time.Now()
	pdf, err := p.opts.Render(doc, buf)
	if err != nil {
		return nil, err
	}
	p.opts.Observer.Rendered(time.Since(start))
	if !keep {
		return pdf, nil
	}
	if err := cachePDF(path, pdf); err != nil {
		p.log.Warn("cache pdf", "path", path, "err", err) // the send goes on without the cache
	}
	return pdf, nil
}

// wholePDF: a cached file torn by a power cut is rendered again.
func wholePDF(b []byte) bool {
	return bytes.HasPrefix(b, []byte("%PDF-")) && bytes.HasSuffix(bytes.TrimRight(b, "\r\n"), []byte("%%EOF"))
}

func cachePDF(path string, pdf []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*.pdf")
	if err != nil {
		return err
	}
	_, err = f.Write(pdf)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
