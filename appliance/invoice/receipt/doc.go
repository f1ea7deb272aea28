// Package receipt owns Egypt's e-receipts (ETA receipt v1.2) on the box:
// the receipt built from an issued invoice or credit note, ETA's canonical
// serialisation and the UUID over it, the share URL printed as the
// receipt's QR, and the per-POS chain and submission outbox in bbolt.
//
// A receipt is built, hashed, chained and queued inside the transaction
// that issues its invoice (Issuer.Issue, called through invoice.Config's
// OnIssue hook), so a crash can neither fork nor skip the chain: the
// invoice, the receipt, the chain head and the outbox entry commit or roll
// back together. The body stored is the exact byte string that is sent and
// hashed; nothing re-encodes it later. Submission to ETA (package
// sync/eta) only reads the outbox and records ETA's answers.
//
// Buckets (made by the store's migration 2, drawn in appliance/store/doc.go,
// named in appliance/store/names.go; only this package reads or writes them):
//
//	eta/chain/<pos serial>      JSON Head {uuid, seq, number}: the POS's last issued receipt
//	eta/receipts/<uuid>         JSON Record: the body as sent, state, ETA's answer
//	eta/by_doc/<doc number>     uuid of the document's receipt
//	eta/pending/<seq uint64>    uuid: waiting for submission, in chain order
//	eta/rejected/<uuid>         JSON Rejection: ETA's error, for staff
//	eta/b2b/<doc number>        JSON B2B: a business buyer, for head office's e-invoice
//	eta/stats/<name>            uint64 BE counters: issued, submitted, accepted, rejected
package receipt
