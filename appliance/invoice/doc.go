// Package invoice owns pricing and the book of issued documents: tax
// invoices (فاتورة ضريبية), quotes (عرض سعر) and credit notes (إشعار دائن).
//
// Pricing is integer arithmetic on money.Piasters (package catalog/money)
// and catalog.Milli, each
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
//	invoices/index/<index key>           number, by kind/status (by time and by kind: the kind/status
//	                                     keys merged, store.ScanValues)
//	message_index/customer 0x00 <buyer> 0x03 <t> <number>
//	                                     number: the buyer's documents, in the customer's run beside
//	                                     the customer's record (store.CustomerRunKey, migration 13)
//	outbox/hq/<seq>                      JSON OutboxEntry {number, kind, issued_at, event, event_seq, at}:
//	                                     every invoice, credit note and payment (drained by sync/hqsync)
//	outbox/hq_rejected/<seq>             JSON: what head office refused for good, for staff (hq.go)
//
// The stock ledger is the catalog's (catalog/stock, catalog/reservations):
// the book reaches it only through Config.Stock, by default catalog.Reserve
// and catalog.Release in the caller's transaction. Find and List read one
// page of documents through invoices/index, a buyer's through the buyer's run.
package invoice
