// Package hq is head office's receiver (fatoora-hq): it verifies the
// batches boxes post (HMAC with each box's key over the raw body), stores
// every item idempotently behind the Store interface (bbolt in package
// hqbolt, PostgreSQL in package hqpg), answers per item, and serves the
// accountants' read-only page and the CSV/XLSX exports behind the box's own
// login (package appliance/access; login.go turns requests into calls
// there, as ui/staff does on the box).
//
// Idempotency is by construction: an item's key (box id / number / event
// sequence) is unique in the store, and the store decides inside its own
// transaction whether a key is new (accepted), already stored with the same
// body (duplicate, with the original acceptance time) or already stored
// with another body (conflict: that item is refused, the rest of the batch
// is not affected).
package hq

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"sort"
	"time"

	"fatoora/sync/hqwire"
)

// Record is one stored item: the document or payment as the box sent it,
// its body hash and the fields the page and the exports read.
type Record struct {
	Key    string `json:"key"`
	BoxID  string `json:"box_id"`
	Kind   string `json:"kind"` // hqwire.KindInvoice, KindCreditNote, KindPayment
	Number string `json:"number"`
	// Hash is the hex SHA-256 of Item: equal keys with unequal hashes are a
	// conflict.
	Hash string `json:"hash"`
	// Item is the item's JSON as received (compacted).
	Item       json.RawMessage `json:"item"`
	AcceptedAt time.Time       `json:"accepted_at"`

	// IssuedAt is the document's issue time (a payment: when it was paid).
	IssuedAt time.Time `json:"issued_at"`
	Customer string    `json:"customer,omitempty"`
	Branch   string    `json:"branch,omitempty"`
	// Net, VAT and Total are in piasters, as on the document.
	Net      int64  `json:"net"`
	VAT      int64  `json:"vat"`
	Total    int64  `json:"total"`
	RefersTo string `json:"refers_to,omitempty"`
	Method   string `json:"method,omitempty"` // payment method
}

// Outcome is the store's verdict on one record.
type Outcome struct {
	Status     string    // hqwire.Accepted, hqwire.Duplicate or hqwire.Conflict
	AcceptedAt time.Time // when the key was first stored
}

// Filter selects records; zero fields match everything.
type Filter struct {
	BoxID string
	// From and To narrow the invoices and credit notes to those issued in
	// [From, To); the payments and credit notes of those invoices are
	// included whenever they happened. A store may return more (the
	// caller filters again), never less.
	From, To time.Time
}

// Store keeps records. Implementations must make Put safe against
// concurrent callers, including other processes where the store is shared.
type Store interface {
	// Put stores the records that are new and returns one Outcome per
	// record, in order, deciding each inside the store's transaction.
	// now is the acceptance time of new records.
	Put(ctx context.Context, recs []Record, now time.Time) ([]Outcome, error)
	// Records lists stored records matching f (or more), in no particular
	// order.
	Records(ctx context.Context, f Filter) ([]Record, error)
	// Count is the number of stored records.
	Count(ctx context.Context) (int, error)
	Close() error
}

// ErrInvalid marks an item head office refuses for good.
var ErrInvalid = errors.New("invalid item")

// HashItem is the body hash of an item's compact JSON.
func HashItem(item []byte) string {
	h := sha256.Sum256(item)
	return hex.EncodeToString(h[:])
}

// Document is one invoice or credit note as the page and the exports show
// it, with its status from the payments and credit notes stored beside it.
type Document struct {
	BoxID      string
	Branch     string
	Kind       string
	Number     string
	IssuedAt   time.Time
	Customer   string
	Net        int64
	VAT        int64
	Total      int64
	Status     string // "issued", "paid", "voided" (invoices); "issued" (credit notes)
	RefersTo   string
	PaidAt     time.Time
	Method     string
	AcceptedAt time.Time
}

// Document statuses.
const (
	StatusIssued = "issued"
	StatusPaid   = "paid"
	StatusVoided = "voided"
)

// Query selects documents for the page and the exports.
type Query struct {
	BoxID string
	From  time.Time // issued at or after
	To    time.Time // issued before
}

// Documents lists the invoices and credit notes matching q, oldest first
// (by box, then issue time, then number), each with its status.
func Documents(ctx context.Context, s Store, q Query) ([]Document, error) {
	recs, err := s.Records(ctx, Filter(q))
	if err != nil {
		return nil, err
	}
	return documents(recs, q), nil
}

func documents(recs []Record, q Query) []Document {
	type ref struct{ box, number string }
	paid := map[ref]Record{}
	voided := map[ref]bool{}
	for _, r := range recs {
		switch r.Kind {
		case hqwire.KindPayment:
			if p, ok := paid[ref{r.BoxID, r.Number}]; !ok || r.IssuedAt.Before(p.IssuedAt) {
				paid[ref{r.BoxID, r.Number}] = r
			}
		case hqwire.KindCreditNote:
			voided[ref{r.BoxID, r.RefersTo}] = true
		}
	}
	var out []Document
	for _, r := range recs {
		if r.Kind != hqwire.KindInvoice && r.Kind != hqwire.KindCreditNote {
			continue
		}
		if (!q.From.IsZero() && r.IssuedAt.Before(q.From)) || (!q.To.IsZero() && !r.IssuedAt.Before(q.To)) {
			continue
		}
		d := Document{BoxID: r.BoxID, Branch: r.Branch, Kind: r.Kind, Number: r.Number, IssuedAt: r.IssuedAt,
			Customer: r.Customer, Net: r.Net, VAT: r.VAT, Total: r.Total, Status: StatusIssued,
			RefersTo: r.RefersTo, AcceptedAt: r.AcceptedAt}
		if r.Kind == hqwire.KindInvoice {
			k := ref{r.BoxID, r.Number}
			if p, ok := paid[k]; ok {
				d.Status, d.PaidAt, d.Method = StatusPaid, p.IssuedAt, p.Method
			}
			if voided[k] {
				d.Status = StatusVoided
			}
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.BoxID != b.BoxID {
			return a.BoxID < b.BoxID
		}
		if !a.IssuedAt.Equal(b.IssuedAt) {
			return a.IssuedAt.Before(b.IssuedAt)
		}
		return a.Number < b.Number
	})
	return out
}

// DayTotal is one branch's day: invoices minus credit notes.
type DayTotal struct {
	BoxID     string
	Branch    string
	Day       string // YYYY-MM-DD in the page's time zone
	Invoices  int
	Credits   int
	Net, VAT  int64
	Total     int64
	Collected int64 // total of the day's invoices marked paid
}

// DailyTotals sums docs per box and day (in loc): credit notes count
// negative, so a voided invoice and its credit note cancel out.
func DailyTotals(docs []Document, loc *time.Location) []DayTotal {
	type k struct{ box, day string }
	m := map[k]*DayTotal{}
	var keys []k
	for _, d := range docs {
		key := k{d.BoxID, d.IssuedAt.In(loc).Format(time.DateOnly)}
		t := m[key]
		if t == nil {
			t = &DayTotal{BoxID: d.BoxID, Branch: d.Branch, Day: key.day}
			m[key] = t
			keys = append(keys, key)
		}
		sign := int64(1)
		if d.Kind == hqwire.KindCreditNote {
			sign = -1
			t.Credits++
		} else {
			t.Invoices++
			if d.Status == StatusPaid {
				t.Collected += d.Total
			}
		}
		t.Net += sign * d.Net
		t.VAT += sign * d.VAT
		t.Total += sign * d.Total
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].day != keys[j].day {
			return keys[i].day > keys[j].day
		}
		return keys[i].box < keys[j].box
	})
	out := make([]DayTotal, len(keys))
	for i, key := range keys {
		out[i] = *m[key]
	}
	return out
}
