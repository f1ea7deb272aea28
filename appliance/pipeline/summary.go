package pipeline

import (
	"context"
	"fmt"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/store"
	"fatoora/catalog/money"

	bolt "go.etcd.io/bbolt"
)

// Summary is the shop's figures over a time range (the dashboard's day), read
// in one transaction through the indexes: the range's index keys and
// documents, never a whole bucket.
type Summary struct {
	From, To time.Time
	// Messages are the inbound messages received, from Customers customers.
	Messages, Customers int
	// Orders are the orders opened.
	Orders int
	// Quotes are the quotes issued and QuotesTotal their value.
	Quotes      int
	QuotesTotal money.Piasters
	// Invoices are the invoices issued that stand (not voided), Voided those
	// issued and since voided with a credit note.
	Invoices, Voided int
	// Revenue is the total (with VAT) of the standing invoices, VAT its VAT;
	// Paid and Unpaid split Revenue, PaidCount and UnpaidCount the invoices.
	Revenue, VAT, Paid, Unpaid money.Piasters
	PaidCount, UnpaidCount     int
	// Review counts the orders waiting for staff and Flagged the
	// conversations waiting for staff, whenever they started (not only in
	// the range).
	Review, Flagged int
}

// Summary reads the figures of [from, to).
func (p *Pipeline) Summary(ctx context.Context, from, to time.Time) (Summary, error) {
	s := Summary{From: from, To: to}
	rng := store.Page{From: from, To: to}
	err := p.db.View(func(tx *bolt.Tx) error {
		var err error
		if s.Messages, s.Customers, err = ingest.CountMessages(ctx, tx, rng); err != nil {
			return err
		}
		if s.Orders, err = store.CountValuesIn(ctx, ordersBoth(tx), store.IndexDecision, "", rng); err != nil {
			return err
		}
		if s.Review, err = store.Count(ctx, ordersIndex(tx), store.IndexPrefix(store.IndexStaff, ""), store.Page{}); err != nil {
			return err
		}
		if s.Flagged, err = store.Count(ctx, tx.Bucket(store.BucketConvIndex), store.IndexPrefix(store.IndexFlagged, ""), store.Page{}); err != nil {
			return err
		}
		quotes, err := invoice.List(tx, invoice.ListFilter{Kind: invoice.KindQuote, From: from, To: to})
		if err != nil {
			return err
		}
		s.Quotes = len(quotes)
		for _, d := range quotes {
			if s.QuotesTotal, err = money.Add(s.QuotesTotal, d.Totals.Total); err != nil {
				return err
			}
		}
		invoices, err := invoice.List(tx, invoice.ListFilter{Kind: invoice.KindInvoice, From: from, To: to})
		if err != nil {
			return err
		}
		for _, d := range invoices {
			switch d.Status() {
			case invoice.StatusVoided:
				s.Voided++
				continue
			case invoice.StatusPaid:
				s.PaidCount++
				s.Paid, err = money.Add(s.Paid, d.Totals.Total)
			default:
				s.UnpaidCount++
				s.Unpaid, err = money.Add(s.Unpaid, d.Totals.Total)
			}
			if err != nil {
				return err
			}
			s.Invoices++
			if s.Revenue, err = money.Add(s.Revenue, d.Totals.Total); err != nil {
				return err
			}
			if s.VAT, err = money.Add(s.VAT, d.Totals.VAT); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Summary{}, fmt.Errorf("summary: %w", err)
	}
	return s, nil
}

// Today is the day the pipeline's clock is in, in the box's time zone:
// midnight to midnight.
func (p *Pipeline) Today() (from, to time.Time) {
	now := p.now().In(time.Local)
	from = time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.Local)
	return from, from.AddDate(0, 0, 1)
}

// Version changes whenever anything was written to the box's data file
// (the id of its last committed write transaction): a watcher polls it and
// reads again only when it moved.
func (p *Pipeline) Version() uint64 {
	var id int
	_ = p.db.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil })
	return uint64(id)
}
