// Package invoice owns pricing and the book of issued documents: tax
// invoices (فاتورة ضريبية), quotes (عرض سعر) and credit notes (إشعار دائن).
//
// Pricing is integer arithmetic on catalog.Piasters and catalog.Milli, each
// line rounded half away from zero to the piaster, and totals are the exact
// sums of the printed lines. No float touches money.
//
// The Book issues documents inside the caller's bbolt transaction, so an
// invoice, its stock reservation, its head-office outbox entry and the
// order's state change commit or roll back together. Numbers are gapless per
// series because the counter lives in the same transaction as the document.
// An issued document is written once and never rewritten: later status
// changes (paid, voided, converted) are events in their own bucket.
//
// Buckets (drawn in appliance/store/doc.go):
//
//	invoices/docs/<number>               JSON Document without events, written once
//	invoices/counters/<series>           uint64 BE, last number issued in the series
//	invoices/by_order/<kind>/<order id>  document number (one invoice per order)
//	invoices/events/<number>/<seq>       JSON Event
//	outbox/hq/<seq>                      JSON OutboxEntry {number, kind, issued_at, event, event_seq, at}:
//	                                     every invoice, credit note and payment
package invoice
