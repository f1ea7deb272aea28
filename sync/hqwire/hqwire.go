// Package hqwire is the wire format between a box and head office: the
// batch a box posts to POST /api/v1/batches, the per-item answers, the
// HMAC signature over the raw body, and the few fields of a document that
// head office reads. Both sides import it; it imports nothing of either.
//
//	POST {hq}/api/v1/batches
//	X-Fatoora-Box: <box id>
//	X-Fatoora-Signature: sha256=<hex HMAC-SHA256 of the raw body with the box's key>
//	{"box_id": "...", "items": [{"key": "<box>/<number>/<event seq>", "kind": "invoice",
//	  "number": "INV-CAI1-000001", "document": {...}, "event": {...}}]}
//
//	200 {"results": [{"key": "...", "status": "accepted", "accepted_at": "..."}]}
//
// An item's status is accepted (stored now), duplicate (the same key with
// the same body was stored before: accepted_at is the original), conflict
// (the same key with a different body: refused, 409 semantics) or rejected
// (refused for good, with a reason). Only a 200 carries per-item answers;
// 401 is a bad signature or an unknown box, 413 a body too large, 429 and
// 503 may carry Retry-After.
package hqwire

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"time"
)

// Path is where head office receives batches.
const Path = "/api/v1/batches"

// Headers of a batch request.
const (
	HeaderBox       = "X-Fatoora-Box"
	HeaderSignature = "X-Fatoora-Signature"
)

// Item kinds.
const (
	KindInvoice    = "invoice"
	KindCreditNote = "credit_note"
	KindPayment    = "payment"
)

// Item statuses in a Result.
const (
	Accepted  = "accepted"
	Duplicate = "duplicate"
	Conflict  = "conflict"
	Rejected  = "rejected"
)

// Batch is the body of a batch request.
type Batch struct {
	BoxID string `json:"box_id"`
	Items []Item `json:"items"`
}

// Item is one document or payment. Key is its idempotency key: box id,
// document number and event sequence (0 for the document itself), joined
// by "/".
type Item struct {
	Key    string `json:"key"`
	Kind   string `json:"kind"`
	Number string `json:"number"`
	// Document is the invoice or credit note as the box stored it; for a
	// payment, the invoice it pays.
	Document json.RawMessage `json:"document,omitempty"`
	// Event is the payment ({at, type: "paid", method}), for KindPayment.
	Event json.RawMessage `json:"event,omitempty"`
}

// Key makes an item's idempotency key.
func Key(boxID, number string, eventSeq uint64) string {
	return boxID + "/" + number + "/" + uitoa(eventSeq)
}

func uitoa(n uint64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// Response is head office's answer to a batch: one Result per item, in
// the batch's order.
type Response struct {
	Results []Result `json:"results"`
}

// Result is head office's answer for one item.
type Result struct {
	Key    string `json:"key"`
	Status string `json:"status"`
	// AcceptedAt is when head office first stored the item (accepted and
	// duplicate).
	AcceptedAt time.Time `json:"accepted_at,omitzero"`
	// Reason says why an item was refused (conflict, rejected).
	Reason string `json:"reason,omitempty"`
}

// Sign returns the X-Fatoora-Signature value for body.
func Sign(key, body []byte) string {
	m := hmac.New(sha256.New, key)
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// ErrBadSignature is returned by Verify for a missing or wrong signature.
var ErrBadSignature = errors.New("bad signature")

// Verify checks header against body in constant time.
func Verify(key, body []byte, header string) error {
	hexsig, ok := strings.CutPrefix(header, "sha256=")
	if !ok {
		return ErrBadSignature
	}
	got, err := hex.DecodeString(hexsig)
	if err != nil {
		return ErrBadSignature
	}
	m := hmac.New(sha256.New, key)
	m.Write(body)
	if !hmac.Equal(got, m.Sum(nil)) {
		return ErrBadSignature
	}
	return nil
}

// Summary is what head office reads of a box's document (the box's
// invoice.Document has more; head office keeps the whole JSON).
type Summary struct {
	Number   string    `json:"number"`
	Kind     string    `json:"kind"`
	IssuedAt time.Time `json:"issued_at"`
	RefersTo string    `json:"refers_to,omitempty"`
	Seller   struct {
		Name   string `json:"name"`
		Branch string `json:"branch"`
	} `json:"seller"`
	Buyer struct {
		Name string `json:"name"`
		WaID string `json:"wa_id"`
	} `json:"buyer"`
	PaymentMethod string `json:"payment_method,omitempty"`
	// Totals in piasters.
	Totals struct {
		Net   int64 `json:"net"`
		VAT   int64 `json:"vat"`
		Total int64 `json:"total"`
	} `json:"totals"`
}

// Payment is what head office reads of a payment event.
type Payment struct {
	At     time.Time `json:"at"`
	Type   string    `json:"type"`
	Method string    `json:"method,omitempty"`
}
