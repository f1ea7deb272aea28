package invoice

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora"
	"fatoora/appliance/store"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// Book errors.
var (
	// ErrNationalIDRequired: the invoice exceeds the threshold and the buyer's
	// national ID is missing or malformed. The pipeline asks staff for it.
	// Returned as *NationalIDError, which matches it with errors.Is.
	ErrNationalIDRequired = errors.New("buyer national ID required")
	ErrWrongKind          = errors.New("wrong document kind")
	ErrVoided             = errors.New("document is voided")
	ErrQuoteExpired       = errors.New("quote has expired")
	ErrReasonRequired     = errors.New("a reason is required to void an invoice")
	ErrTampered           = errors.New("priced lines do not add up")
	ErrNoBuckets          = errors.New("invoice buckets missing (store not migrated)")
)

// NationalIDError is the typed form of ErrNationalIDRequired.
type NationalIDError struct {
	Total     money.Piasters // the invoice's grand total
	Threshold money.Piasters // national ID needed above this
	Malformed bool           // an ID was given but is not 14 digits
}

func (e *NationalIDError) Error() string {
	what := "missing"
	if e.Malformed {
		what = "malformed (want 14 digits)"
	}
	return fmt.Sprintf("buyer national ID required: total EGP %s is EGP %s or more and the ID is %s", e.Total, e.Threshold, what)
}

// Is makes errors.Is(err, ErrNationalIDRequired) true.
func (e *NationalIDError) Is(target error) bool { return target == ErrNationalIDRequired }

// OutboxEntry is the value written to outbox/hq for every invoice and credit
// note, and for every payment recorded on an invoice (Event "paid").
type OutboxEntry struct {
	Number   string    `json:"number"`
	Kind     Kind      `json:"kind"`
	IssuedAt time.Time `json:"issued_at"`
	// Event is set for a status change sent to head office: EventPaid,
	// with EventSeq its key under invoices/events/<number>/.
	Event    string `json:"event,omitempty"`
	EventSeq uint64 `json:"event_seq,omitempty"`
	// At is when the entry was written (the document's issue or the
	// event's time).
	At time.Time `json:"at,omitempty"`
}

// Book issues and records documents. It holds only configuration; all state
// is in the caller's transaction, so one Book serves concurrent callers.
type Book struct {
	cfg Config
}

// NewBook validates cfg and returns a Book.
func NewBook(cfg Config) (*Book, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("invoice config: %w", err)
	}
	return &Book{cfg: cfg.withDefaults()}, nil
}

// Config returns the effective configuration (defaults applied).
func (b *Book) Config() Config { return b.cfg }

// NeedsNationalID reports whether an invoice for p needs the buyer's ID:
// at or above the threshold (EGP 150,000), as ETA's receipt rules say.
func (b *Book) NeedsNationalID(p Priced) bool { return p.Totals.Total >= b.cfg.NationalIDAbove }

// ValidNationalID reports whether s is 14 digits (Arabic-Indic digits accepted).
func ValidNationalID(s string) bool {
	n := 0
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9', r >= '٠' && r <= '٩', r >= '۰' && r <= '۹':
			n++
		default:
			return false
		}
	}
	return n == 14
}

type buckets struct {
	docs, counters, byOrder, events, index, hq *bolt.Bucket
	// runs is message_index/: a document's customer key is in its buyer's
	// run there, beside the customer's record (store.CustomerRunKey,
	// migration 13), not in index.
	runs *bolt.Bucket
}

func open(tx *bolt.Tx) (buckets, error) {
	bs := buckets{
		docs:     store.Bucket(tx, store.BucketInvoices, store.BucketDocs),
		counters: store.Bucket(tx, store.BucketInvoices, store.BucketCounters),
		byOrder:  store.Bucket(tx, store.BucketInvoices, store.BucketByOrder),
		events:   store.Bucket(tx, store.BucketInvoices, store.BucketEvents),
		index:    store.Bucket(tx, store.BucketInvoices, store.BucketDocIndex),
		hq:       store.Bucket(tx, store.BucketOutbox, store.BucketHQ),
		runs:     tx.Bucket(store.BucketMsgIndex),
	}
	if bs.docs == nil || bs.counters == nil || bs.byOrder == nil || bs.events == nil || bs.index == nil || bs.hq == nil || bs.runs == nil {
		return bs, ErrNoBuckets
	}
	return bs, nil
}

func orderKey(k Kind, orderID string) []byte { return []byte(string(k) + "/" + orderID) }

// IssueInvoice issues a tax invoice for p in tx: next number in the invoice
// series, stock reserved (ref = the invoice number), the order's index and a
// head-office outbox entry, all in tx. If p's order already has a live
// invoice, that invoice is returned and nothing is written. On error nothing
// is left written in tx.
func (b *Book) IssueInvoice(tx *bolt.Tx, p Priced, now time.Time) (*Document, error) {
	return b.issueInvoice(tx, p, "", now)
}

func (b *Book) issueInvoice(tx *bolt.Tx, p Priced, fromQuote string, now time.Time) (*Document, error) {
	bs, err := open(tx)
	if err != nil {
		return nil, err
	}
	if p.OrderID != "" {
		if d, ok, err := byOrder(tx, bs, KindInvoice, p.OrderID); err != nil || ok {
			return d, err
		}
	}
	if err := checkPriced(p); err != nil {
		return nil, err
	}
	if b.NeedsNationalID(p) && !ValidNationalID(p.Buyer.NationalID) {
		return nil, &NationalIDError{Total: p.Totals.Total, Threshold: b.cfg.NationalIDAbove, Malformed: p.Buyer.NationalID != ""}
	}
	number, seq := b.peekNumber(bs, b.cfg.InvoicePrefix)
	{
		// One reservation per SKU: two lines of the same product add up.
		need := map[string]catalog.Milli{}
		var skus []string
		for _, l := range p.Lines {
			if _, seen := need[l.SKU]; !seen {
				skus = append(skus, l.SKU)
			}
			need[l.SKU] += l.Quantity
		}
		for _, sku := range skus {
			if err := b.cfg.Stock.Reserve(tx, sku, need[sku], number); err != nil {
				if rerr := b.cfg.Stock.Release(tx, number); rerr != nil {
					return nil, fmt.Errorf("reserve %s: %w (and release failed: %v)", sku, err, rerr)
				}
				return nil, fmt.Errorf("reserve %s: %w", sku, err)
			}
		}
	}
	d := &Document{
		Number: number, Kind: KindInvoice, Series: b.cfg.InvoicePrefix, Seq: seq,
		IssuedAt: now, RefersTo: fromQuote, Seller: b.cfg.Seller, Priced: p,
	}
	if err := b.write(bs, d); err != nil {
		return nil, err
	}
	if p.OrderID != "" {
		if err := bs.byOrder.Put(orderKey(KindInvoice, p.OrderID), []byte(number)); err != nil {
			return nil, fmt.Errorf("index order: %w", err)
		}
	}
	if err := b.enqueue(bs, d); err != nil {
		return nil, err
	}
	if err := b.onIssue(tx, d); err != nil {
		return nil, err
	}
	return d, nil
}

// IssueQuote issues a quote for p in tx, valid for the configured period.
// Quotes reserve no stock and are not sent to head office. Quoting an order
// again with the same lines and prices returns its live quote; with other
// lines it issues a new quote, which becomes the order's quote.
func (b *Book) IssueQuote(tx *bolt.Tx, p Priced, now time.Time) (*Document, error) {
	bs, err := open(tx)
	if err != nil {
		return nil, err
	}
	if p.OrderID != "" {
		d, ok, err := byOrder(tx, bs, KindQuote, p.OrderID)
		if err != nil {
			return nil, err
		}
		if ok && d.Status() == StatusIssued && !d.Expired(now) && samePriced(d.Priced, p) {
			return d, nil
		}
	}
	if err := checkPriced(p); err != nil {
		return nil, err
	}
	number, seq := b.peekNumber(bs, b.cfg.QuotePrefix)
	until := now.Add(b.cfg.QuoteValidity)
	d := &Document{
		Number: number, Kind: KindQuote, Series: b.cfg.QuotePrefix, Seq: seq,
		IssuedAt: now, ValidUntil: &until, Seller: b.cfg.Seller, Priced: p,
	}
	if err := b.write(bs, d); err != nil {
		return nil, err
	}
	if p.OrderID != "" {
		if err := bs.byOrder.Put(orderKey(KindQuote, p.OrderID), []byte(number)); err != nil {
			return nil, fmt.Errorf("index order: %w", err)
		}
	}
	return d, nil
}

// ConvertQuote issues an invoice at the quote's prices (as IssueInvoice
// does, RefersTo = the quote) and records the conversion on the quote.
// Converting a converted quote returns its invoice.
func (b *Book) ConvertQuote(tx *bolt.Tx, quoteNumber string, now time.Time) (*Document, error) {
	q, ok, err := Get(tx, quoteNumber)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("quote %s: %w", quoteNumber, fatoora.ErrNotFound)
	}
	if q.Kind != KindQuote {
		return nil, fmt.Errorf("%w: %s is a %s, not a quote", ErrWrongKind, quoteNumber, q.Kind)
	}
	for _, e := range q.Events {
		if e.Type == EventConverted {
			inv, ok, err := Get(tx, e.Ref)
			if err == nil && !ok {
				err = fmt.Errorf("invoice %s (converted from %s): %w", e.Ref, quoteNumber, fatoora.ErrNotFound)
			}
			return inv, err
		}
	}
	if q.ValidUntil != nil && now.After(*q.ValidUntil) {
		return nil, fmt.Errorf("%w: %s was valid until %s", ErrQuoteExpired, quoteNumber, q.ValidUntil.Format(time.DateOnly))
	}
	inv, err := b.issueInvoice(tx, q.Priced, q.Number, now)
	if err != nil {
		return nil, err
	}
	bs, _ := open(tx)
	if _, err := addEvent(bs, q, Event{At: now, Type: EventConverted, Ref: inv.Number}); err != nil {
		return nil, err
	}
	return inv, nil
}

// Void cancels an invoice by issuing a credit note that references it,
// releases its stock, records the void on it and sends the credit note to
// head office, all in tx. The order's index no longer points at the voided
// invoice, so a corrected invoice can be issued for the same order. Voiding
// a voided invoice returns its credit note.
func (b *Book) Void(tx *bolt.Tx, invoiceNumber, reason string, now time.Time) (*Document, error) {
	if strings.TrimSpace(reason) == "" {
		return nil, ErrReasonRequired
	}
	inv, ok, err := Get(tx, invoiceNumber)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("invoice %s: %w", invoiceNumber, fatoora.ErrNotFound)
	}
	if inv.Kind != KindInvoice {
		return nil, fmt.Errorf("%w: %s is a %s, not an invoice", ErrWrongKind, invoiceNumber, inv.Kind)
	}
	for _, e := range inv.Events {
		if e.Type == EventVoided {
			cn, ok, err := Get(tx, e.Ref)
			if err == nil && !ok {
				err = fmt.Errorf("credit note %s of %s: %w", e.Ref, invoiceNumber, fatoora.ErrNotFound)
			}
			return cn, err
		}
	}
	bs, err := open(tx)
	if err != nil {
		return nil, err
	}
	if err := b.cfg.Stock.Release(tx, inv.Number); err != nil {
		return nil, fmt.Errorf("release stock of %s: %w", inv.Number, err)
	}
	number, seq := b.peekNumber(bs, b.cfg.CreditPrefix)
	cn := &Document{
		Number: number, Kind: KindCredit, Series: b.cfg.CreditPrefix, Seq: seq,
		IssuedAt: now, RefersTo: inv.Number, Reason: reason, Seller: inv.Seller, Priced: inv.Priced,
	}
	if err := b.write(bs, cn); err != nil {
		return nil, err
	}
	if _, err := addEvent(bs, inv, Event{At: now, Type: EventVoided, Ref: cn.Number, Reason: reason}); err != nil {
		return nil, err
	}
	if inv.OrderID != "" {
		k := orderKey(KindInvoice, inv.OrderID)
		if string(bs.byOrder.Get(k)) == inv.Number {
			if err := bs.byOrder.Delete(k); err != nil {
				return nil, fmt.Errorf("unindex order: %w", err)
			}
		}
	}
	if err := b.enqueue(bs, cn); err != nil {
		return nil, err
	}
	if err := b.onIssue(tx, cn); err != nil {
		return nil, err
	}
	return cn, nil
}

// MarkPaid records that an invoice was paid by method (the invoice's own
// payment method when empty) and sends the payment to head office, in tx.
// Marking a paid invoice again does nothing.
func (b *Book) MarkPaid(tx *bolt.Tx, number string, method string, now time.Time) error {
	d, ok, err := Get(tx, number)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("invoice %s: %w", number, fatoora.ErrNotFound)
	}
	if d.Kind != KindInvoice {
		return fmt.Errorf("%w: %s is a %s, not an invoice", ErrWrongKind, number, d.Kind)
	}
	switch d.Status() {
	case StatusVoided:
		return fmt.Errorf("%w: %s", ErrVoided, number)
	case StatusPaid:
		return nil
	}
	if method == "" {
		method = d.PaymentMethod
	}
	bs, err := open(tx)
	if err != nil {
		return err
	}
	if st, ok := b.cfg.Stock.(StockSettler); ok {
		if err := st.Settle(tx, d.Number); err != nil {
			return fmt.Errorf("settle stock of %s: %w", d.Number, err)
		}
	}
	seq, err := addEvent(bs, d, Event{At: now, Type: EventPaid, Method: method})
	if err != nil {
		return err
	}
	if b.cfg.Demo {
		return nil // a demo's documents never go to head office
	}
	return putOutbox(bs, OutboxEntry{Number: number, Kind: d.Kind, IssuedAt: d.IssuedAt, Event: EventPaid, EventSeq: seq, At: now})
}

// peekNumber returns the next number of a series without consuming it; write
// consumes it. Both happen in one transaction, so numbering is gapless.
func (b *Book) peekNumber(bs buckets, series string) (string, uint64) {
	seq := store.ParseU64(bs.counters.Get([]byte(series))) + 1
	return b.format(series, seq), seq
}

func (b *Book) format(series string, seq uint64) string {
	s := strconv.FormatUint(seq, 10)
	if pad := b.cfg.Digits - len(s); pad > 0 {
		s = strings.Repeat("0", pad) + s
	}
	return series + s
}

func (b *Book) write(bs buckets, d *Document) error {
	if bs.docs.Get([]byte(d.Number)) != nil {
		// The counter and the documents disagree: never overwrite.
		return fmt.Errorf("document %s already exists: counter of series %s is behind", d.Number, d.Series)
	}
	ev := d.Events
	d.Events = nil
	err := store.PutJSON(bs.docs, []byte(d.Number), d)
	d.Events = ev
	if err != nil {
		return fmt.Errorf("write %s: %w", d.Number, err)
	}
	if err := bs.counters.Put([]byte(d.Series), store.U64(d.Seq)); err != nil {
		return fmt.Errorf("bump counter %s: %w", d.Series, err)
	}
	if err := store.PutIndexBesideCustomer(bs.docs.Tx(), bs.index, store.RunDocument, nil, d.indexKeys(), []byte(d.Number)); err != nil {
		return fmt.Errorf("index %s: %w", d.Number, err)
	}
	if obs := b.cfg.Observer; obs != nil {
		kind := string(d.Kind)
		bs.docs.Tx().OnCommit(func() { obs.DocumentIssued(kind) })
	}
	return nil
}

// indexKeys are the document's keys in invoices/index, for its current status.
func (d *Document) indexKeys() [][]byte {
	ix := store.DocumentIndex{Number: d.Number, Kind: string(d.Kind), IssuedAt: d.IssuedAt, Status: string(d.Status())}
	ix.Buyer.WaID = d.Buyer.WaID
	return ix.Keys()
}

// enqueue writes d's outbox/hq entry, except in a demo box's book.
func (b *Book) enqueue(bs buckets, d *Document) error {
	if b.cfg.Demo {
		return nil
	}
	return putOutbox(bs, OutboxEntry{Number: d.Number, Kind: d.Kind, IssuedAt: d.IssuedAt, At: d.IssuedAt})
}

func putOutbox(bs buckets, e OutboxEntry) error {
	k, _, err := store.NextSeq(bs.hq)
	if err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	if err := store.PutJSON(bs.hq, k, e); err != nil {
		return fmt.Errorf("outbox: %w", err)
	}
	return nil
}

// EventKey is the key of a document's event under invoices/events.
func EventKey(number string, seq uint64) []byte {
	return append(eventPrefix(number), store.U64(seq)...)
}

func eventPrefix(number string) []byte { return []byte(number + "/") }

// addEvent records e against d (loaded with its events), moves d's status
// index key when its status changes, and returns the event's sequence (the
// last part of its key).
func addEvent(bs buckets, d *Document, e Event) (uint64, error) {
	number := d.Number
	before := d.indexKeys()
	d.Events = append(d.Events, e)
	if err := store.PutIndexBesideCustomer(bs.docs.Tx(), bs.index, store.RunDocument, before, d.indexKeys(), []byte(number)); err != nil {
		return 0, fmt.Errorf("index %s: %w", number, err)
	}
	_, n, err := store.NextSeq(bs.events)
	if err != nil {
		return 0, fmt.Errorf("event on %s: %w", number, err)
	}
	key := append(eventPrefix(number), store.U64(n)...)
	if err := store.PutJSON(bs.events, key, e); err != nil {
		return 0, fmt.Errorf("event on %s: %w", number, err)
	}
	return n, nil
}

func samePriced(a, b Priced) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}

func checkPriced(p Priced) error {
	if len(p.Lines) == 0 {
		return ErrNoLines
	}
	for _, l := range p.Lines {
		if l.Net != l.Gross-l.Discount || l.Total != l.Net+l.VAT || l.Quantity <= 0 {
			return fmt.Errorf("%w: line %d", ErrTampered, l.No)
		}
	}
	t, err := sumLines(p.Lines)
	if err != nil {
		return err
	}
	if t != p.Totals {
		return fmt.Errorf("%w: totals", ErrTampered)
	}
	return nil
}

// Get reads a document with its events.
func Get(tx *bolt.Tx, number string) (*Document, bool, error) {
	docs := store.Bucket(tx, store.BucketInvoices, store.BucketDocs)
	if docs == nil {
		return nil, false, ErrNoBuckets
	}
	var d Document
	ok, err := store.GetJSON(docs, []byte(number), &d)
	if err != nil || !ok {
		return nil, ok, err
	}
	if err := loadEvents(tx, &d); err != nil {
		return nil, true, err
	}
	return &d, true, nil
}

func loadEvents(tx *bolt.Tx, d *Document) error {
	evb := store.Bucket(tx, store.BucketInvoices, store.BucketEvents)
	if evb == nil {
		return ErrNoBuckets
	}
	prefix := eventPrefix(d.Number)
	c := evb.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var e Event
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("decode event %s: %w", k, err)
		}
		d.Events = append(d.Events, e)
	}
	return nil
}

// ByOrder returns the order's live invoice (none after it was voided).
func ByOrder(tx *bolt.Tx, orderID string) (*Document, bool, error) {
	bs, err := open(tx)
	if err != nil {
		return nil, false, err
	}
	return byOrder(tx, bs, KindInvoice, orderID)
}

// QuoteByOrder returns the order's quote.
func QuoteByOrder(tx *bolt.Tx, orderID string) (*Document, bool, error) {
	bs, err := open(tx)
	if err != nil {
		return nil, false, err
	}
	return byOrder(tx, bs, KindQuote, orderID)
}

func byOrder(tx *bolt.Tx, bs buckets, k Kind, orderID string) (*Document, bool, error) {
	num := bs.byOrder.Get(orderKey(k, orderID))
	if num == nil {
		return nil, false, nil
	}
	d, ok, err := Get(tx, string(num))
	if err == nil && !ok {
		err = fmt.Errorf("document %s indexed for order %s: %w", num, orderID, fatoora.ErrNotFound)
	}
	return d, ok, err
}

// ListFilter selects documents; zero fields match everything.
type ListFilter struct {
	Kind    Kind
	Status  Status
	OrderID string
	WaID    string
	From    time.Time // issued at or after
	To      time.Time // issued before
	// Number finds documents whose number starts with it (the whole number
	// finds that document); the other fields still apply. Newest number
	// first, one page, no cursor.
	Number string
	// After continues a list where the page that returned it as Next ended.
	After string
	Limit int // newest first; 0 = all for List, one default page for Find
}

// List returns the documents matching f, newest first.
func List(tx *bolt.Tx, f ListFilter) ([]Document, error) {
	var out []Document
	want := f.Limit
	for {
		f.Limit = store.MaxPageSize
		if want > 0 {
			f.Limit = min(want-len(out), store.MaxPageSize)
		}
		page, next, err := Find(context.Background(), tx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if next == "" || (want > 0 && len(out) >= want) {
			return out, nil
		}
		f.After = next
	}
}

// Find returns one page of the documents matching f, newest first, and the
// cursor of the next page ("" after the last). It reads the invoices/index
// bucket, or a buyer's run in message_index/: a page reads the documents it shows, plus those of the chosen
// index that other fields filter out (a customer's documents, one kind,
// one kind and status, or all by time). It checks ctx between documents.
func Find(ctx context.Context, tx *bolt.Tx, f ListFilter) ([]Document, string, error) {
	bs, err := open(tx)
	if err != nil {
		return nil, "", err
	}
	if f.Number != "" {
		return findNumber(ctx, tx, bs, f)
	}
	if f.Kind == "" {
		// Only invoices are paid or voided, only quotes converted.
		switch f.Status {
		case StatusPaid, StatusVoided:
			f.Kind = KindInvoice
		case StatusConverted:
			f.Kind = KindQuote
		}
	}
	// A customer's documents, or one kind and status, have keys of their
	// own; one kind's are its status keys merged, and all documents every
	// status key (store.ScanValues).
	var prefix []byte
	tree := bs.index
	switch {
	case f.WaID != "":
		prefix, tree = store.CustomerRunKey(f.WaID, store.RunDocument), bs.runs
	case f.Kind != "" && f.Status != "":
		prefix = store.IndexPrefix(store.IndexStatus, string(f.Kind)+"/"+string(f.Status))
	}
	var out []Document
	page := store.Page{From: f.From, To: f.To, After: f.After, Limit: f.Limit}
	scan := func(fn func(_, v []byte) (bool, error)) (string, error) {
		switch {
		case prefix != nil:
			return store.Scan(ctx, tree, prefix, page, fn)
		case f.Kind != "":
			return store.ScanValues(ctx, bs.index, store.IndexStatus, string(f.Kind)+"/", page, fn)
		}
		return store.ScanValues(ctx, bs.index, store.IndexStatus, "", page, fn)
	}
	next, err := scan(func(_, v []byte) (bool, error) {
		d, ok, err := Get(tx, string(v))
		if err != nil {
			return false, err
		}
		if !ok {
			return false, fmt.Errorf("document %s indexed: %w", v, fatoora.ErrNotFound)
		}
		if !f.matches(d) {
			return false, nil
		}
		out = append(out, *d)
		return true, nil
	})
	if err != nil {
		return nil, "", err
	}
	return out, next, nil
}

func (f ListFilter) matches(d *Document) bool {
	return (f.Kind == "" || d.Kind == f.Kind) && (f.OrderID == "" || d.OrderID == f.OrderID) &&
		(f.WaID == "" || d.Buyer.WaID == f.WaID) && (f.From.IsZero() || !d.IssuedAt.Before(f.From)) &&
		(f.To.IsZero() || d.IssuedAt.Before(f.To)) && (f.Status == "" || d.Status() == f.Status)
}

// findNumber walks the documents whose number starts with f.Number, highest
// number first.
func findNumber(ctx context.Context, tx *bolt.Tx, bs buckets, f ListFilter) ([]Document, string, error) {
	limit := store.Page{Limit: f.Limit}.Size()
	prefix := []byte(f.Number)
	c := bs.docs.Cursor()
	k, _ := c.Seek(append(bytes.Clone(prefix), 0xff))
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	var out []Document
	for ; k != nil && bytes.HasPrefix(k, prefix) && len(out) < limit; k, _ = c.Prev() {
		if err := ctx.Err(); err != nil {
			return nil, "", err
		}
		d, _, err := Get(tx, string(k))
		if err != nil {
			return nil, "", err
		}
		if f.matches(d) {
			out = append(out, *d)
		}
	}
	return out, "", nil
}

// Numbers are the document numbers a staff search for a bare sequence
// ("123", Arabic-Indic digits too) means: that sequence in the invoice, quote
// and credit-note series. Anything else yields none (search it as a prefix).
func (b *Book) Numbers(q string) []string {
	var digits strings.Builder
	for _, r := range strings.TrimSpace(q) {
		switch {
		case r >= '0' && r <= '9':
			digits.WriteRune(r)
		case r >= '٠' && r <= '٩':
			digits.WriteRune('0' + (r - '٠'))
		case r >= '۰' && r <= '۹':
			digits.WriteRune('0' + (r - '۰'))
		default:
			return nil
		}
	}
	n, err := strconv.ParseUint(digits.String(), 10, 64)
	if err != nil || n == 0 {
		return nil
	}
	return []string{b.format(b.cfg.InvoicePrefix, n), b.format(b.cfg.QuotePrefix, n), b.format(b.cfg.CreditPrefix, n)}
}
