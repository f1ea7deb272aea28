package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"fatoora"
	"fatoora/appliance/invoice"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

// The staff API's documents and customers pages: resending a document,
// customer notes, lifetime value and the book's settings.

// BookConfig is the invoice book's configuration (seller, numbering, VAT,
// tiers) as the box issues with it, for the settings and customers pages.
func (p *Pipeline) BookConfig() invoice.Config { return p.opts.Book.Config() }

// Resend queues a document's PDF to its buyer again, through the outbox
// like every send: written in one transaction, delivered after commit, its
// outcome in the customer's thread. It returns the send's outbox key.
func (p *Pipeline) Resend(ctx context.Context, number, staff string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	var key string
	err := p.db.Update(func(tx *bolt.Tx) error {
		d, ok, err := invoice.Get(tx, number)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("document %s: %w", number, fatoora.ErrNotFound)
		}
		if d.Buyer.WaID == "" {
			return fmt.Errorf("resend %s: the document has no WhatsApp buyer", number)
		}
		out := store.Bucket(tx, store.BucketOutbox, store.BucketWhatsApp)
		seq, err := out.NextSequence()
		if err != nil {
			return err
		}
		// A staff send (not an order's step): it never moves an order.
		key = fmt.Sprintf("%s%s/%020d/resend", store.StaffSendPrefix, d.Buyer.WaID, seq)
		return enqueueSend(tx, OutMessage{Key: key, To: d.Buyer.WaID, Kind: SendDocument,
			Body: d.Title() + " " + d.Number, Doc: d.Number, Filename: d.Number + ".pdf", CreatedAt: p.now()})
	})
	if err != nil {
		return "", fmt.Errorf("resend %s: %w", number, err)
	}
	p.outbox.Notify()
	return key, nil
}

// Note is one thing staff wrote about a customer.
type Note struct {
	At   time.Time `json:"at"`
	By   string    `json:"by"`
	Text string    `json:"text"`
}

// MaxNoteLen bounds a note, in characters.
const MaxNoteLen = 2000

// AddNote refuses a blank note and one longer than MaxNoteLen.
var (
	ErrEmptyNote   = errors.New("empty note")
	ErrNoteTooLong = fmt.Errorf("note longer than %d characters", MaxNoteLen)
)

// AddNote keeps a staff note on the customer's conversation record (one
// write: the note lives with the conversation it belongs to, so it needs no
// index of its own).
func (p *Pipeline) AddNote(ctx context.Context, customer, staff, text string) error {
	text = strings.TrimSpace(text)
	if text == "" {
		return ErrEmptyNote
	}
	if utf8.RuneCountInString(text) > MaxNoteLen {
		return ErrNoteTooLong
	}
	return p.updateConv(ctx, customer, func(c *Conversation) {
		c.Notes = append(c.Notes, Note{At: p.now(), By: staff, Text: text})
	})
}

// Value is what a customer has bought: invoices not voided, paid or not.
type Value struct {
	Invoices int
	Total    int64 // piasters, VAT included
	Paid     int64 // piasters of paid invoices
}

// CustomerValue sums a customer's invoices (their lifetime value), reading
// the customer's entries of the documents index only.
func (p *Pipeline) CustomerValue(ctx context.Context, customer string) (Value, error) {
	var v Value
	err := p.db.View(func(tx *bolt.Tx) error {
		f := invoice.ListFilter{WaID: customer, Kind: invoice.KindInvoice, Limit: store.MaxPageSize}
		for {
			docs, next, err := invoice.Find(ctx, tx, f)
			if err != nil {
				return err
			}
			for _, d := range docs {
				switch d.Status() {
				case invoice.StatusVoided:
					continue
				case invoice.StatusPaid:
					v.Paid += int64(d.Totals.Total)
				}
				v.Invoices++
				v.Total += int64(d.Totals.Total)
			}
			if next == "" {
				return nil
			}
			f.After = next
		}
	})
	if err != nil {
		return Value{}, fmt.Errorf("value of %s: %w", customer, err)
	}
	return v, nil
}

// Policy is what the pipeline decides on its own, as configured.
type Policy struct {
	AutoIssueThreshold float64
	QuoteFirst         bool
	SilentGreetings    bool
	StaffTakeover      time.Duration
	ReplyWindow        time.Duration
	// PayHint is the line an invoice summary ends with ("" without a
	// payment QR).
	PayHint string
}

// Policy returns the pipeline's policy (the settings page shows it).
func (p *Pipeline) Policy() Policy {
	o := p.opts
	return Policy{AutoIssueThreshold: o.AutoIssueThreshold, QuoteFirst: o.QuoteFirst, SilentGreetings: o.SilentGreetings,
		StaffTakeover: o.StaffTakeover, ReplyWindow: o.ReplyWindow, PayHint: o.PayHint}
}
