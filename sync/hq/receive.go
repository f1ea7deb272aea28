package hq

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"fatoora/sync/hqwire"
)

// ReceiverOptions configure a Receiver.
type ReceiverOptions struct {
	// Store keeps the items (required).
	Store Store
	// Boxes maps each box id to its HMAC key (at least one).
	Boxes map[string][]byte
	// MaxBody caps a batch body (default 8 MiB; 413 above).
	MaxBody int64
	// MaxItems caps the items of one batch (default 1000; 413 above).
	MaxItems int
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Failpoint, when "after-store", kills the process with SIGKILL right
	// after a batch is committed and before it is answered (crash tests).
	Failpoint string
	Logger    *slog.Logger
}

// Validate reports missing options.
func (o *ReceiverOptions) Validate() error {
	var errs []error
	if o.Store == nil {
		errs = append(errs, errors.New("receiver: Store is required"))
	}
	if len(o.Boxes) == 0 {
		errs = append(errs, errors.New("receiver: at least one box (--box ID=KEY) is required"))
	}
	for id, k := range o.Boxes {
		if id == "" || strings.Contains(id, "/") || len(k) == 0 {
			errs = append(errs, fmt.Errorf("receiver: box %q: want a non-empty id without '/' and a non-empty key", id))
		}
	}
	return errors.Join(errs...)
}

// Receiver answers POST /api/v1/batches.
type Receiver struct {
	opts ReceiverOptions
	log  *slog.Logger

	batches, accepted, duplicates, conflicts, rejected, refused atomic.Int64
}

// NewReceiver validates opts and returns a Receiver.
func NewReceiver(opts ReceiverOptions) (*Receiver, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = 8 << 20
	}
	if opts.MaxItems <= 0 {
		opts.MaxItems = 1000
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &Receiver{opts: opts, log: opts.Logger.With("component", "receiver")}, nil
}

// Stats counts what the receiver saw since start.
type Stats struct {
	Batches    int64 `json:"batches"`
	Accepted   int64 `json:"accepted"`
	Duplicates int64 `json:"duplicates"`
	Conflicts  int64 `json:"conflicts"`
	Rejected   int64 `json:"rejected"`
	Refused    int64 `json:"refused_batches"` // bad signature, unknown box, malformed
}

// Stats reports the counters.
func (rv *Receiver) Stats() Stats {
	return Stats{rv.batches.Load(), rv.accepted.Load(), rv.duplicates.Load(), rv.conflicts.Load(), rv.rejected.Load(), rv.refused.Load()}
}

func (rv *Receiver) refuse(w http.ResponseWriter, code int, msg string) {
	rv.refused.Add(1)
	http.Error(w, msg, code)
}

// ServeHTTP handles one batch.
func (rv *Receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, rv.opts.MaxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			rv.refuse(w, http.StatusRequestEntityTooLarge, "batch too large")
			return
		}
		rv.refuse(w, http.StatusBadRequest, "read body")
		return
	}
	boxID := r.Header.Get(hqwire.HeaderBox)
	key, ok := rv.opts.Boxes[boxID]
	if !ok {
		rv.log.Warn("batch from an unknown box refused", "box_id", boxID, "remote", r.RemoteAddr)
		rv.refuse(w, http.StatusUnauthorized, "unknown box")
		return
	}
	if err := hqwire.Verify(key, body, r.Header.Get(hqwire.HeaderSignature)); err != nil {
		rv.log.Warn("batch with a bad signature refused", "box_id", boxID, "remote", r.RemoteAddr)
		rv.refuse(w, http.StatusUnauthorized, "bad signature")
		return
	}
	var b struct {
		BoxID string            `json:"box_id"`
		Items []json.RawMessage `json:"items"`
	}
	if err := json.Unmarshal(body, &b); err != nil {
		rv.refuse(w, http.StatusBadRequest, "malformed batch: "+err.Error())
		return
	}
	if b.BoxID != boxID {
		rv.refuse(w, http.StatusBadRequest, "box_id differs from "+hqwire.HeaderBox)
		return
	}
	if len(b.Items) > rv.opts.MaxItems {
		rv.refuse(w, http.StatusRequestEntityTooLarge, "too many items in one batch (at most "+strconv.Itoa(rv.opts.MaxItems)+")")
		return
	}
	now := rv.opts.Now().UTC()
	results := make([]hqwire.Result, len(b.Items))
	var recs []Record
	var at []int
	for i, raw := range b.Items {
		rec, err := parseItem(boxID, raw)
		results[i].Key = rec.Key
		if err != nil {
			results[i].Status, results[i].Reason = hqwire.Rejected, err.Error()
			rv.rejected.Add(1)
			continue
		}
		recs = append(recs, rec)
		at = append(at, i)
	}
	if len(recs) > 0 {
		outs, err := rv.opts.Store.Put(r.Context(), recs, now)
		if err != nil {
			rv.log.Error("store batch", "box_id", boxID, "items", len(recs), "err", err)
			w.Header().Set("Retry-After", "5")
			http.Error(w, "head office could not store the batch; retry", http.StatusServiceUnavailable)
			return
		}
		if rv.opts.Failpoint == "after-store" {
			rv.log.Warn("failpoint reached: killing the process", "failpoint", rv.opts.Failpoint)
			_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {}
		}
		for j, o := range outs {
			res := &results[at[j]]
			res.Status, res.AcceptedAt = o.Status, o.AcceptedAt
			switch o.Status {
			case hqwire.Accepted:
				rv.accepted.Add(1)
			case hqwire.Duplicate:
				rv.duplicates.Add(1)
			case hqwire.Conflict:
				rv.conflicts.Add(1)
				res.Reason = "this key was stored before with a different body (409)"
				rv.log.Warn("conflicting item refused", "box_id", boxID, "key", res.Key)
			}
		}
	}
	rv.batches.Add(1)
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(hqwire.Response{Results: results})
}

// parseItem checks one item and makes its record. The returned record's
// Key is set whenever the item had one, so a rejection can name it.
func parseItem(boxID string, raw json.RawMessage) (Record, error) {
	var it hqwire.Item
	if err := json.Unmarshal(raw, &it); err != nil {
		return Record{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	rec := Record{Key: it.Key, BoxID: boxID, Kind: it.Kind, Number: it.Number}
	if it.Number == "" || strings.Contains(it.Number, "/") {
		return rec, fmt.Errorf("%w: number %q", ErrInvalid, it.Number)
	}
	rest, ok := strings.CutPrefix(it.Key, boxID+"/"+it.Number+"/")
	seq, err := strconv.ParseUint(rest, 10, 64)
	if !ok || err != nil || strconv.FormatUint(seq, 10) != rest {
		return rec, fmt.Errorf("%w: key %q is not %s/%s/<event seq>", ErrInvalid, it.Key, boxID, it.Number)
	}
	var doc hqwire.Summary
	if err := json.Unmarshal(it.Document, &doc); err != nil || doc.Number != it.Number {
		return rec, fmt.Errorf("%w: document missing or not %s", ErrInvalid, it.Number)
	}
	rec.Customer, rec.Branch, rec.RefersTo = doc.Buyer.Name, doc.Seller.Branch, doc.RefersTo
	switch it.Kind {
	case hqwire.KindInvoice, hqwire.KindCreditNote:
		if seq != 0 || len(it.Event) != 0 {
			return rec, fmt.Errorf("%w: a document's key ends in /0 and it has no event", ErrInvalid)
		}
		if doc.Kind != it.Kind {
			return rec, fmt.Errorf("%w: item kind %s, document kind %s", ErrInvalid, it.Kind, doc.Kind)
		}
		if it.Kind == hqwire.KindCreditNote && doc.RefersTo == "" {
			return rec, fmt.Errorf("%w: credit note without refers_to", ErrInvalid)
		}
		if doc.IssuedAt.IsZero() || doc.Totals.Total != doc.Totals.Net+doc.Totals.VAT {
			return rec, fmt.Errorf("%w: issue time missing or totals do not add up", ErrInvalid)
		}
		rec.IssuedAt, rec.Net, rec.VAT, rec.Total = doc.IssuedAt.UTC(), doc.Totals.Net, doc.Totals.VAT, doc.Totals.Total
	case hqwire.KindPayment:
		var p hqwire.Payment
		if err := json.Unmarshal(it.Event, &p); err != nil || p.Type != "paid" || p.At.IsZero() || seq == 0 {
			return rec, fmt.Errorf("%w: payment event missing or malformed", ErrInvalid)
		}
		if doc.Kind != hqwire.KindInvoice {
			return rec, fmt.Errorf("%w: a payment is for an invoice, not a %s", ErrInvalid, doc.Kind)
		}
		rec.IssuedAt, rec.Method, rec.Total = p.At.UTC(), p.Method, doc.Totals.Total
		rec.RefersTo = it.Number
	default:
		return rec, fmt.Errorf("%w: unknown kind %q", ErrInvalid, it.Kind)
	}
	canon, err := json.Marshal(it)
	if err != nil {
		return rec, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	rec.Item, rec.Hash = canon, HashItem(canon)
	return rec, nil
}
