package receipt

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/invoice"
	"fatoora/appliance/store"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// The buckets are made by the store's migration 2 and named in
// appliance/store/names.go; this package is their only reader and writer.
var (
	bucketChain    = store.BucketETAChain
	bucketReceipts = store.BucketETAReceipts
	bucketByDoc    = store.BucketETAByDoc
	bucketPending  = store.BucketETAPending
	bucketRejected = store.BucketETARejected
	bucketB2B      = store.BucketETAB2B
	bucketStats    = store.BucketETAStats

	statIssued    = store.KeyETAIssued
	statSubmitted = store.KeyETASubmitted
	statAccepted  = store.KeyETAAccepted
	statRejected  = store.KeyETARejected
	statWaiting   = store.KeyETAWaiting
)

// ErrNoBuckets: the store was not migrated to a version with e-receipts.
var ErrNoBuckets = errors.New("e-receipt buckets missing (store not migrated: start the box once)")

func bucket(tx *bolt.Tx, name []byte) (*bolt.Bucket, error) {
	b := store.Bucket(tx, store.BucketETA, name)
	if b == nil {
		return nil, ErrNoBuckets
	}
	return b, nil
}

// State of a receipt.
type State string

const (
	StateWaiting  State = "waiting"  // in the outbox, not yet accepted or rejected
	StateAccepted State = "accepted" // ETA accepted it
	StateRejected State = "rejected" // ETA rejected it; staff must act
	StateReplaced State = "replaced" // rejected, then re-issued under a new uuid
)

// Head is a POS's chain head: its last issued receipt.
type Head struct {
	UUID   string `json:"uuid"`
	Seq    uint64 `json:"seq"` // receipts issued by this POS
	Number string `json:"number"`
}

// Record is one receipt as stored: the exact body that is sent and ETA's answer.
type Record struct {
	UUID         string          `json:"uuid"`
	Number       string          `json:"number"` // the invoice or credit note
	Type         string          `json:"type"`   // TypeSale or TypeReturn
	POS          string          `json:"pos"`
	Seq          uint64          `json:"seq"` // place in the POS's chain, from 1
	Previous     string          `json:"previous"`
	Reference    string          `json:"reference,omitempty"`
	OldUUID      string          `json:"old_uuid,omitempty"`
	IssuedAt     time.Time       `json:"issued_at"`
	Total        string          `json:"total"`
	URL          string          `json:"url"` // the QR
	Body         []byte          `json:"body"`
	OutboxKey    uint64          `json:"outbox_key"`
	State        State           `json:"state"`
	Attempts     int             `json:"attempts,omitempty"` // submissions that got an answer
	SubmittedAt  *time.Time      `json:"submitted_at,omitempty"`
	SubmissionID string          `json:"submission_id,omitempty"`
	LongID       string          `json:"long_id,omitempty"`
	SettledAt    *time.Time      `json:"settled_at,omitempty"`
	Error        json.RawMessage `json:"error,omitempty"`
	ReplacedBy   string          `json:"replaced_by,omitempty"`
}

// B2B marks a document whose buyer is a business: head office issues its
// ETA e-invoice.
type B2B struct {
	Number    string    `json:"number"`
	TaxNumber string    `json:"tax_number"`
	At        time.Time `json:"at"`
}

// Options configure an Issuer.
type Options struct {
	// POS is the registered POS; required.
	POS POS
	// PortalURL is ETA's portal, the base of the QR share URL; required.
	PortalURL string
	// NationalIDAbove is the total above which the buyer's national ID is
	// required: the invoice book's NationalIDAbove (default
	// invoice.DefaultNationalIDAbove). The book refuses such an invoice
	// without the ID before it writes; the receipt follows the same rule.
	NationalIDAbove money.Piasters
	// ItemCode returns a SKU's ETA item code inside the issuing
	// transaction; default the catalog product's item_code ("" for an
	// unknown SKU or an empty column: the EGS code EG-<rin>-<sku> is used).
	ItemCode func(tx *bolt.Tx, sku string) (string, error)
	// Logger; default slog.Default().
	Logger *slog.Logger
}

// Validate reports the first problems.
func (o Options) Validate() error {
	var errs []error
	if err := o.POS.Validate(); err != nil {
		errs = append(errs, err)
	}
	if o.PortalURL == "" {
		errs = append(errs, errors.New("portal url is required"))
	}
	if o.NationalIDAbove < 0 {
		errs = append(errs, errors.New("negative national ID threshold"))
	}
	return errors.Join(errs...)
}

// Issuer builds, chains and queues receipts inside the issuing transaction.
type Issuer struct {
	o   Options
	log *slog.Logger
}

// New validates o.
func New(o Options) (*Issuer, error) {
	if err := o.Validate(); err != nil {
		return nil, fmt.Errorf("e-receipts: %w", err)
	}
	if o.NationalIDAbove == 0 {
		o.NationalIDAbove = invoice.DefaultNationalIDAbove
	}
	if o.ItemCode == nil {
		o.ItemCode = catalogItemCode
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Issuer{o: o, log: o.Logger.With("component", "receipt")}, nil
}

func catalogItemCode(tx *bolt.Tx, sku string) (string, error) {
	p, err := catalog.GetProduct(tx, sku)
	if errors.Is(err, catalog.ErrUnknownSKU) {
		return "", nil
	}
	return p.ItemCode, err
}

// Issue is invoice.Config's OnIssue hook: in tx, the transaction that
// issues doc (after the book wrote it: an error here is never one of the
// book's refusals, so the caller rolls the whole issue back), it builds doc's receipt, seals it (UUID over the exact body),
// links it to the POS's chain head, advances the head and queues the body
// for submission. Quotes get nothing. A business buyer (a 9-digit tax
// number) gets no receipt: the document is marked for head office's
// e-invoice. A credit note of a sale with a receipt makes a return
// receipt. Any error aborts the issue: the caller's tx must roll back.
func (is *Issuer) Issue(tx *bolt.Tx, doc *invoice.Document) error {
	_, err := is.issue(tx, doc, "")
	return err
}

func (is *Issuer) issue(tx *bolt.Tx, doc *invoice.Document, oldUUID string) (*Record, error) {
	if doc.Kind != invoice.KindInvoice && doc.Kind != invoice.KindCredit {
		return nil, nil
	}
	if _, err := bucket(tx, bucketChain); err != nil {
		return nil, err
	}
	byDoc, _ := bucket(tx, bucketByDoc)
	if oldUUID == "" && byDoc.Get([]byte(doc.Number)) != nil {
		return nil, nil // already issued in this transaction's history: idempotent
	}
	b2b, _ := bucket(tx, bucketB2B)
	var link Link
	if doc.Kind == invoice.KindCredit {
		if b2b.Get([]byte(doc.RefersTo)) != nil {
			return nil, markB2B(b2b, doc, doc.Buyer.NationalID)
		}
		sale := byDoc.Get([]byte(doc.RefersTo))
		if sale == nil {
			is.log.Warn("credit note of an invoice without a receipt: no return receipt", "number", doc.Number, "refers_to", doc.RefersTo)
			return nil, nil
		}
		link.Reference = string(sale)
	} else if tin, ok := BusinessTaxNumber(doc.Buyer); ok {
		return nil, markB2B(b2b, doc, tin)
	}
	codes := make([]string, len(doc.Lines))
	for i, l := range doc.Lines {
		c, err := is.o.ItemCode(tx, l.SKU)
		if err != nil {
			return nil, fmt.Errorf("item code of %s: %w", l.SKU, err)
		}
		codes[i] = c
	}
	chain, _ := bucket(tx, bucketChain)
	var head Head
	if _, err := store.GetJSON(chain, []byte(is.o.POS.Serial), &head); err != nil {
		return nil, fmt.Errorf("chain head: %w", err)
	}
	link.Previous = head.UUID
	link.OldUUID = oldUUID
	r, err := Build(doc, is.o.POS, link, codes, is.o.NationalIDAbove)
	if err != nil {
		return nil, err
	}
	body, err := Seal(r)
	if err != nil {
		return nil, err
	}
	pending, _ := bucket(tx, bucketPending)
	key, n, err := store.NextSeq(pending)
	if err != nil {
		return nil, fmt.Errorf("receipt outbox: %w", err)
	}
	rec := &Record{
		UUID: r.Header.UUID, Number: doc.Number, Type: r.DocumentType.ReceiptType, POS: is.o.POS.Serial,
		Seq: head.Seq + 1, Previous: head.UUID, Reference: link.Reference, OldUUID: oldUUID,
		IssuedAt: doc.IssuedAt, Total: string(r.Totals.TotalAmount),
		URL:  ShareURL(is.o.PortalURL, r.Header.UUID, r.Header.DateTimeIssued, string(r.Totals.TotalAmount), is.o.POS.RIN),
		Body: body, OutboxKey: n, State: StateWaiting,
	}
	receipts, _ := bucket(tx, bucketReceipts)
	if receipts.Get([]byte(rec.UUID)) != nil {
		return nil, fmt.Errorf("receipt %s of %s already exists", rec.UUID, doc.Number)
	}
	head = Head{UUID: rec.UUID, Seq: rec.Seq, Number: doc.Number}
	for _, w := range []struct {
		err  error
		what string
	}{
		{store.PutJSON(receipts, []byte(rec.UUID), rec), "write receipt"},
		{byDoc.Put([]byte(doc.Number), []byte(rec.UUID)), "index receipt"},
		{pending.Put(key, []byte(rec.UUID)), "queue receipt"},
		{store.PutJSON(chain, []byte(is.o.POS.Serial), head), "advance chain"},
		{bump(tx, statIssued, 1), "count"},
		{bump(tx, statWaiting, 1), "count"},
	} {
		if w.err != nil {
			return nil, fmt.Errorf("%s %s: %w", w.what, doc.Number, w.err)
		}
	}
	return rec, nil
}

func markB2B(b *bolt.Bucket, doc *invoice.Document, tin string) error {
	if err := store.PutJSON(b, []byte(doc.Number), B2B{Number: doc.Number, TaxNumber: tin, At: doc.IssuedAt}); err != nil {
		return fmt.Errorf("mark %s for head office's e-invoice: %w", doc.Number, err)
	}
	return nil
}

// Reissue replaces a rejected receipt: the document's receipt is built
// again (from the document and today's catalog item codes, so a corrected
// code is picked up), chained at the POS's head, names the rejected one in
// referenceOldUUID and is queued. The rejected record is kept, marked
// replaced.
func (is *Issuer) Reissue(tx *bolt.Tx, oldUUID string, now time.Time) (*Record, error) {
	old, ok, err := Get(tx, oldUUID)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("receipt %s: no such receipt", oldUUID)
	}
	if old.State != StateRejected {
		return nil, fmt.Errorf("receipt %s is %s: only a rejected receipt can be re-issued", oldUUID, old.State)
	}
	doc, ok, err := invoice.Get(tx, old.Number)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("document %s of receipt %s is missing", old.Number, oldUUID)
	}
	doc.IssuedAt = now
	rec, err := is.issue(tx, doc, oldUUID)
	if err != nil {
		return nil, err
	}
	old.State, old.ReplacedBy = StateReplaced, rec.UUID
	receipts, _ := bucket(tx, bucketReceipts)
	rejected, _ := bucket(tx, bucketRejected)
	byDoc, _ := bucket(tx, bucketByDoc)
	if err := errors.Join(store.PutJSON(receipts, []byte(oldUUID), old), rejected.Delete([]byte(oldUUID)),
		byDoc.Put([]byte(doc.Number), []byte(rec.UUID)), bump(tx, statRejected, -1)); err != nil {
		return nil, fmt.Errorf("replace %s: %w", oldUUID, err)
	}
	return rec, nil
}

func bump(tx *bolt.Tx, name []byte, d int64) error {
	st, err := bucket(tx, bucketStats)
	if err != nil {
		return err
	}
	v := int64(store.ParseU64(st.Get(name))) + d
	if v < 0 {
		v = 0
	}
	return st.Put(name, store.U64(uint64(v)))
}

// Get reads a receipt by uuid.
func Get(tx *bolt.Tx, uuid string) (*Record, bool, error) {
	b, err := bucket(tx, bucketReceipts)
	if err != nil {
		return nil, false, err
	}
	var r Record
	ok, err := store.GetJSON(b, []byte(uuid), &r)
	if err != nil || !ok {
		return nil, ok, err
	}
	return &r, true, nil
}

// ByDocument reads the receipt of an invoice or credit note.
func ByDocument(tx *bolt.Tx, number string) (*Record, bool, error) {
	b, err := bucket(tx, bucketByDoc)
	if err != nil {
		return nil, false, err
	}
	id := b.Get([]byte(number))
	if id == nil {
		return nil, false, nil
	}
	return Get(tx, string(id))
}

// IsB2B reports whether a document was marked for head office's e-invoice.
func IsB2B(tx *bolt.Tx, number string) (bool, error) {
	b, err := bucket(tx, bucketB2B)
	if err != nil {
		return false, err
	}
	return b.Get([]byte(number)) != nil, nil
}

// ChainHead returns a POS's chain head.
func ChainHead(tx *bolt.Tx, pos string) (Head, error) {
	var h Head
	b, err := bucket(tx, bucketChain)
	if err != nil {
		return h, err
	}
	_, err = store.GetJSON(b, []byte(pos), &h)
	return h, err
}

// Pending is a receipt waiting for submission.
type Pending struct {
	Key  uint64
	UUID string
	Body []byte
}

// NextBatch returns the oldest waiting receipts in chain order, at most max
// of them and at most maxBytes of bodies (always at least one). A return
// whose sale is still waiting ends the batch before it: ETA wants the sale
// accepted first.
func NextBatch(tx *bolt.Tx, max, maxBytes int) ([]Pending, error) {
	pending, err := bucket(tx, bucketPending)
	if err != nil {
		return nil, err
	}
	var out []Pending
	size := 0
	c := pending.Cursor()
	for k, v := c.First(); k != nil && len(out) < max; k, v = c.Next() {
		r, ok, err := Get(tx, string(v))
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("queued receipt %s is missing", v)
		}
		if r.Reference != "" {
			if sale, ok, err := Get(tx, r.Reference); err != nil {
				return nil, err
			} else if ok && sale.State == StateWaiting && len(out) > 0 {
				break
			}
		}
		if len(out) > 0 && size+len(r.Body) > maxBytes {
			break
		}
		size += len(r.Body)
		out = append(out, Pending{Key: store.ParseU64(k), UUID: r.UUID, Body: r.Body})
	}
	return out, nil
}

// Answer is ETA's verdict on one receipt.
type Answer struct {
	UUID   string
	LongID string          // accepted
	Error  json.RawMessage // rejected: ETA's error object, as sent
}

// Settle records ETA's answer to a submission in tx: accepted receipts
// leave the outbox, rejected ones leave it for the rejected bucket (staff
// see them), and every receipt sent counts as submitted once. Receipts sent
// but not named in the answer stay queued.
func Settle(tx *bolt.Tx, sent []Pending, submissionID string, accepted, rejected []Answer, now time.Time) error {
	pending, err := bucket(tx, bucketPending)
	if err != nil {
		return err
	}
	receipts, _ := bucket(tx, bucketReceipts)
	rej, _ := bucket(tx, bucketRejected)
	key := map[string]uint64{}
	for _, p := range sent {
		key[p.UUID] = p.Key
		r, ok, err := Get(tx, p.UUID)
		if err != nil || !ok {
			return fmt.Errorf("settle %s: missing (%v)", p.UUID, err)
		}
		if r.Attempts == 0 {
			t := now
			r.SubmittedAt = &t
			if err := bump(tx, statSubmitted, 1); err != nil {
				return err
			}
		}
		r.Attempts++
		r.SubmissionID = submissionID
		if err := store.PutJSON(receipts, []byte(r.UUID), r); err != nil {
			return err
		}
	}
	settle := func(a Answer, st State) error {
		k, ok := key[a.UUID]
		if !ok {
			return nil // not ours in this batch
		}
		delete(key, a.UUID)
		r, _, err := Get(tx, a.UUID)
		if err != nil {
			return err
		}
		if r.State != StateWaiting {
			return nil
		}
		t := now
		r.State, r.SettledAt, r.LongID, r.Error = st, &t, a.LongID, a.Error
		if err := store.PutJSON(receipts, []byte(r.UUID), r); err != nil {
			return err
		}
		if err := pending.Delete(store.U64(k)); err != nil {
			return err
		}
		name := statAccepted
		if st == StateRejected {
			name = statRejected
			if err := store.PutJSON(rej, []byte(r.UUID), Rejection{UUID: r.UUID, Number: r.Number, Error: a.Error, At: now}); err != nil {
				return err
			}
		}
		return errors.Join(bump(tx, name, 1), bump(tx, statWaiting, -1))
	}
	for _, a := range accepted {
		if err := settle(a, StateAccepted); err != nil {
			return fmt.Errorf("settle %s: %w", a.UUID, err)
		}
	}
	for _, a := range rejected {
		if err := settle(a, StateRejected); err != nil {
			return fmt.Errorf("settle %s: %w", a.UUID, err)
		}
	}
	return nil
}

// Rejection is a rejected receipt waiting for staff.
type Rejection struct {
	UUID   string          `json:"uuid"`
	Number string          `json:"number"`
	Error  json.RawMessage `json:"error"`
	At     time.Time       `json:"at"`
}

// Rejections lists the rejected receipts not yet re-issued.
func Rejections(tx *bolt.Tx) ([]Rejection, error) {
	b, err := bucket(tx, bucketRejected)
	if err != nil {
		return nil, err
	}
	var out []Rejection
	err = b.ForEach(func(k, v []byte) error {
		var r Rejection
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("decode rejection %s: %w", k, err)
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

// Status is the e-receipt counters shown by /healthz and `fatoora eta status`.
type Status struct {
	Issued    uint64 `json:"issued"`
	Submitted uint64 `json:"submitted"`
	Accepted  uint64 `json:"accepted"`
	Rejected  uint64 `json:"rejected"`
	Waiting   uint64 `json:"waiting"`
	// OldestWaiting is when the oldest waiting receipt was issued (zero if none).
	OldestWaiting time.Time `json:"oldest_waiting,omitzero"`
}

// ReadStatus reads the counters and the oldest waiting receipt: O(1).
func ReadStatus(tx *bolt.Tx) (Status, error) {
	st, err := bucket(tx, bucketStats)
	if err != nil {
		return Status{}, err
	}
	s := Status{
		Issued: store.ParseU64(st.Get(statIssued)), Submitted: store.ParseU64(st.Get(statSubmitted)),
		Accepted: store.ParseU64(st.Get(statAccepted)), Rejected: store.ParseU64(st.Get(statRejected)),
		Waiting: store.ParseU64(st.Get(statWaiting)),
	}
	pending, _ := bucket(tx, bucketPending)
	if _, v := pending.Cursor().First(); v != nil {
		r, ok, err := Get(tx, string(v))
		if err != nil {
			return s, err
		}
		if ok {
			s.OldestWaiting = r.IssuedAt
		}
	}
	return s, nil
}

// Chain returns a POS's receipts from its head back to its first, newest
// first (for checks and the CLI; it walks the whole chain).
func Chain(tx *bolt.Tx, pos string) ([]Record, error) {
	h, err := ChainHead(tx, pos)
	if err != nil {
		return nil, err
	}
	var out []Record
	for id := h.UUID; id != ""; {
		r, ok, err := Get(tx, id)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, fmt.Errorf("chain of %s: receipt %s missing", pos, id)
		}
		out = append(out, *r)
		id = r.Previous
	}
	return out, nil
}
