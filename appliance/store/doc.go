// Package store owns the box's single bbolt file: the bucket tree, the schema
// version, the ordered migrations and consistent hot backups.
//
// Every bucket and key name used anywhere in the box is defined in names.go,
// beside the tree drawn here. Values are JSON unless noted; integer keys are
// 8-byte big-endian so that bbolt's byte order is numeric order.
//
//	meta/                          schema and identity
//	    schema_version             uint64 BE, the last applied migration
//	    box_id                     random id of this box, made once
//	payloads/                      every webhook body exactly as received
//	    <seq uint64>               JSON {received_at, signature, source, body(base64)}
//	payload_digests/               which bodies were already stored (Meta retries)
//	    <sha256 of body, 32 bytes> <seq uint64> of the payload
//	messages/                      inbound WhatsApp messages, deduplicated
//	    <wamid>                    JSON inbound message (from, type, timestamp, text, raw ...)
//	statuses/                      delivery statuses of messages the box sent
//	    <wamid>                    JSON {status, timestamp, errors}; never moves backwards
//	customers/                     customers by WhatsApp id
//	    <wa_id>                    JSON {name, first_seen, last_seen, last_inbound, lifecycle, tier}
//	queue/                         durable work queue (see package appliance/queue)
//	    <seq uint64>               JSON {kind, ref, attempts, not_before}
//	orders/                        per-order pipeline state machines (package appliance/pipeline)
//	    byid/<order id>            JSON order: state, understanding, lines, decision, sends, history
//	    bymsg/<wamid>              order id of an inbound message or of a reply the box sent
//	conversations/                 per-customer conversation state
//	    <customer>                 JSON {paused_until, paused_by, flag, lifecycle, last_order}
//	catalog/                       the shop's catalog (see package catalog)
//	    products/<sku>             JSON product
//	    vocabulary/current         the shop vocabulary file, as text
//	    history/<seq uint64>       JSON change record {at, who, added, changed, removed}
//	    state/version              uint64 BE, bumped on every change (index staleness)
//	invoices/                      issued invoices, quotes and credit notes; never edited
//	    docs/<number>              JSON document
//	    counters/<series>          uint64 BE, last number issued in that series
//	    stock/<sku>                JSON {ref: milli}: stock held per SKU (catalog.Reserve)
//	    reservations/<ref>         JSON {sku: milli}: what one document holds (catalog.Release)
//	    by_order/<kind>/<order id> document number: one invoice (and one quote) per order
//	    events/<number>/<seq>      JSON status change (paid, voided, converted); docs stay as issued
//	outbox/                        side effects written in the same transaction as their cause
//	    whatsapp/<key>             JSON pending outbound send, key = order id + "/" + round + "/" + step
//	    whatsapp_done/<key>        JSON {wamid, sent_at}: a key here is never sent again
//	    hq/<seq uint64>            JSON head-office sync entry (invoice, credit note or payment; package sync/outbox)
//	    hq_rejected/<seq uint64>   JSON entry head office refused for good, with the reason, for staff
//
// Open runs every pending migration in one Update transaction, so a box is
// always at exactly one schema version.
package store
