package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fatoora"
	"fatoora/appliance/invoice"
	"fatoora/appliance/store"
	"fatoora/appliance/whatsapp"

	bolt "go.etcd.io/bbolt"
)

// Sender is the part of the WhatsApp Graph client the outbox uses.
type Sender interface {
	SendText(ctx context.Context, to, body, replyTo string) (string, error)
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
	Key      string             `json:"key"`
	OrderID  string             `json:"order_id"`
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
}

// doneRecord is what outbox/whatsapp_done holds per key.
type doneRecord struct {
	WAMID  string    `json:"wamid,omitempty"`
	SentAt time.Time `json:"sent_at"`
	Failed string    `json:"failed,omitempty"`
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
	return store.PutJSON(out, []byte(m.Key), m)
}

// Outbox delivers pending sends after commit: one recipient's messages in key
// order, several recipients at once.
type Outbox struct {
	p    *Pipeline
	wake chan struct{}
	log  *slog.Logger

	mu       sync.Mutex
	inflight map[string]bool // recipients being served
	failing  bool            // for rate-limited logging
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

// Pending lists the sends not yet delivered, for /healthz and the staff API.
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

// Serve runs the worker until ctx ends.
func (o *Outbox) Serve(ctx context.Context) error {
	var wg sync.WaitGroup
	defer wg.Wait()
	sem := make(chan struct{}, o.p.opts.SendConcurrency)
	for {
		next, err := o.dispatch(ctx, &wg, sem)
		if err != nil {
			return err
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

// dispatch starts one goroutine per recipient with due sends, handing it
// that recipient's keys in order, and returns the earliest future NotBefore.
func (o *Outbox) dispatch(ctx context.Context, wg *sync.WaitGroup, sem chan struct{}) (time.Time, error) {
	now := o.p.now()
	var next time.Time
	byTo := map[string][]string{}
	var order []string
	err := o.p.db.View(func(tx *bolt.Tx) error {
		return store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp).ForEach(func(k, v []byte) error {
			var m struct {
				To        string    `json:"to"`
				NotBefore time.Time `json:"not_before"`
			}
			if err := jsonUnmarshal(v, &m); err != nil {
				return nil // a corrupt entry is reported by Pending; keep the rest moving
			}
			if m.NotBefore.After(now) && (next.IsZero() || m.NotBefore.Before(next)) {
				next = m.NotBefore
			}
			if _, ok := byTo[m.To]; !ok {
				order = append(order, m.To)
			}
			byTo[m.To] = append(byTo[m.To], string(k))
			return nil
		})
	})
	if err != nil {
		return next, fmt.Errorf("scan outbox: %w", err)
	}
	for _, to := range order {
		o.mu.Lock()
		busy := o.inflight[to]
		if !busy {
			o.inflight[to] = true
		}
		o.mu.Unlock()
		if busy {
			continue
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
		}(byTo[to])
	}
	return next, nil
}

func (o *Outbox) release(to string) {
	o.mu.Lock()
	delete(o.inflight, to)
	o.mu.Unlock()
	o.Notify() // more may have arrived for this recipient meanwhile
}

// serveRecipient sends one recipient's messages in key order, stopping at
// the first one that must wait: a recipient's replies never overtake.
func (o *Outbox) serveRecipient(ctx context.Context, keys []string) {
	for _, k := range keys {
		if ctx.Err() != nil {
			return
		}
		var m OutMessage
		var ok bool
		err := o.p.db.View(func(tx *bolt.Tx) error {
			var err error
			ok, err = store.GetJSON(store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp), []byte(k), &m)
			return err
		})
		if err != nil {
			return
		}
		if !ok {
			continue // settled meanwhile
		}
		if m.NotBefore.After(o.p.now()) {
			return
		}
		if err := o.deliver(ctx, m); err != nil {
			return
		}
	}
}

// deliver performs one send and commits its outcome. A non-nil error means
// the recipient's queue should pause (retry later).
func (o *Outbox) deliver(ctx context.Context, m OutMessage) error {
	p := o.p
	if m.Kind == SendDocument && m.MediaID == "" {
		pdf, err := p.documentPDF(m.Doc)
		if err != nil {
			return o.failed(m, fmt.Errorf("render %s: %w", m.Doc, err))
		}
		id, err := p.opts.Sender.UploadMedia(ctx, m.Filename, "application/pdf", pdf)
		if err != nil {
			return o.failed(m, err)
		}
		// The media id is committed only if the send must wait (failed
		// does); after a crash right here the PDF is simply uploaded again.
		m.MediaID = id
		p.failpoint("uploaded")
	}
	if m.ReadMark != "" {
		if err := p.opts.Sender.MarkRead(ctx, m.ReadMark, false); err != nil {
			o.log.Debug("mark read", "wamid", m.ReadMark, "err", err)
		}
	}
	var wamid string
	var err error
	switch m.Kind {
	case SendText:
		wamid, err = p.opts.Sender.SendText(ctx, m.To, m.Body, "")
	case SendDocument:
		wamid, err = p.opts.Sender.SendDocument(ctx, m.To, m.MediaID, m.Filename, m.Body)
	case SendButtons:
		wamid, err = p.opts.Sender.SendButtons(ctx, m.To, m.Body, m.Buttons)
	case SendList:
		wamid, err = p.opts.Sender.SendList(ctx, m.To, m.Body, m.ListBtn, m.Sections)
	default:
		err = fmt.Errorf("unknown send kind %q", m.Kind)
	}
	if err != nil {
		return o.failed(m, err)
	}
	if err := p.db.Batch(func(tx *bolt.Tx) error { return p.recordSent(tx, m, wamid, "") }); err != nil {
		return err
	}
	o.recovered()
	if p.opts.OnSent != nil {
		p.opts.OnSent(m, wamid)
	}
	p.failpoint("sent:" + stepOf(m.Key))
	return nil
}

func stepOf(key string) string {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '/' {
			return key[i+1:]
		}
	}
	return key
}

// failed decides between retrying later and handing the conversation to staff.
func (o *Outbox) failed(m OutMessage, err error) error {
	p := o.p
	now := p.now()
	if errors.Is(err, context.Canceled) {
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
		if uerr := p.db.Update(func(tx *bolt.Tx) error {
			return store.PutJSON(store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp), []byte(m.Key), m)
		}); uerr != nil {
			return uerr
		}
		return err
	}
	reason := "a reply was refused: " + err.Error()
	switch {
	case whatsapp.OutsideWindow(err):
		reason = "outside the 24-hour window (131047): reply with a template or call the customer"
	case whatsapp.Undeliverable(err):
		reason = "undeliverable (131026): the number may not be on WhatsApp"
	}
	if uerr := p.db.Update(func(tx *bolt.Tx) error {
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
		return uerr
	}
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

// recordSent settles a send: done record, pending entry removed, the
// customer's sent log (outbox/sent), the order's send list and state, and
// the wamid → order index for statuses and replies.
func (p *Pipeline) recordSent(tx *bolt.Tx, m OutMessage, wamid, failure string) error {
	now := p.now()
	done := store.Bucket(tx, store.BucketOutbox, store.BucketWADone)
	if err := store.PutJSON(done, []byte(m.Key), doneRecord{WAMID: wamid, SentAt: now, Failed: failure}); err != nil {
		return err
	}
	if err := store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp).Delete([]byte(m.Key)); err != nil {
		return err
	}
	if wamid != "" {
		if err := ordersByMsg(tx).Put([]byte(wamid), []byte(m.OrderID)); err != nil {
			return err
		}
	}
	ord, err := loadOrder(tx, m.OrderID)
	if err != nil && !errors.Is(err, fatoora.ErrNotFound) {
		return err
	}
	sent := store.SentRecord{Key: m.Key, OrderID: m.OrderID, Customer: m.To, To: m.To, Kind: m.Kind, Body: m.Body,
		Doc: m.Doc, WAMID: wamid, SentAt: now, Failed: failure}
	if ord != nil {
		sent.Customer = ord.Customer
	} else if id, _, _ := strings.Cut(m.Key, "/"); strings.HasPrefix(id, store.StaffSendPrefix) {
		sent.Customer = strings.TrimPrefix(id, store.StaffSendPrefix)
	}
	if err := store.PutJSON(store.Bucket(tx, store.BucketOutbox, store.BucketSent), store.SentKey(sent.Customer, now, m.Key), sent); err != nil {
		return fmt.Errorf("sent log: %w", err)
	}
	if ord == nil {
		return nil // a staff message outside any order
	}
	ord.Sends = append(ord.Sends, Send{Key: m.Key, Kind: m.Kind, WAMID: wamid, At: now, Error: failure})
	if failure != "" {
		ord.NeedsStaff = true
		ord.StaffNote = "WhatsApp refused a reply: " + failure
	}
	if !hasPending(tx, m.OrderID) && ord.State == StateDecided {
		ord.event(now, StateReplied, "")
	}
	ord.UpdatedAt = now
	return saveOrder(tx, ord)
}

func hasPending(tx *bolt.Tx, orderID string) bool {
	c := store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp).Cursor()
	prefix := []byte(orderID + "/")
	k, _ := c.Seek(prefix)
	return k != nil && len(k) >= len(prefix) && string(k[:len(prefix)]) == string(prefix)
}

// documentPDF renders an issued document. The file kept in DocsDir is a
// cache (the document itself is in the store and renders the same again),
// so it is written without fsync and trusted only when it is whole.
func (p *Pipeline) documentPDF(number string) ([]byte, error) {
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
	pdf, err := p.opts.Render(doc)
	if err != nil {
		return nil, err
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
