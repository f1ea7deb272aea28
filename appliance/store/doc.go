// Package store owns the box's single bbolt file: the bucket tree, the schema
// version, the ordered migrations, the secondary-index and paging helpers and
// consistent hot backups.
//
// Each bucket has one owning package, named in brackets below: only the
// owner reads and writes its records, and every other package calls the
// owner's accessors (owners_test.go enforces it for the names in names.go).
// The tree is drawn here and nowhere else; the names of the box's buckets
// are defined in names.go beside it. The catalog is the one owner that does
// not import this package: it is a domain package below the box (it imports
// no appliance package), so it names its own buckets (catalog/bolt.go) and
// takes the file through its small catalog.DB interface, which *DB
// satisfies. That keeps this package where the box's parts import it
// (appliance/store) without an exception to the layering rules, and keeps
// the catalog usable on its own bbolt file. Values are JSON unless noted;
// integer keys are 8-byte big-endian so that bbolt's byte order is numeric
// order.
//
//	meta/                          schema and identity [store]
//	    schema_version             uint64 BE, the last applied migration
//	    box_id                     random id of this box, made once
//	payloads/                      every webhook body exactly as received [ingest]
//	    <seq uint64>               0x01, received_at (8 bytes BE unix ns), uvarint-prefixed source and
//	                               signature, then the body's bytes; before issue 16: JSON {received_at,
//	                               signature, source, body(base64)}
//	payload_digests/               bodies stored with nothing new in them, for Meta's retries [ingest]
//	    <sha256 of body, 32 bytes> <seq uint64> of the payload (before issue 16: every body); a repost of
//	                               any other body is known by the payload its messages and statuses name
//	messages/                      inbound WhatsApp messages, deduplicated [ingest]
//	    <wamid>                    0x01, flags (1: flagged), uvarint offset and length of its object in the
//	                               payload's body, customer, profile_name, phone_number_id, [flag] (uvarint
//	                               length + bytes), then uvarint payload key: the rest is parsed from the
//	                               payload, received_at and source are the payload header's
//	                               (ingest.LoadMessage). Records written before, still read: JSON
//	                               {customer, profile_name, phone_number_id, received_at, raw_at, flag,
//	                               payload} (issue 16's first rounds; with id and source before the
//	                               understand feed); before issue 16, the whole message (from, type,
//	                               timestamp, text, raw ...)
//	statuses/                      delivery statuses of messages the box sent [ingest]
//	    <wamid>                    JSON {status, timestamp, errors, events (each with its payload)};
//	                               never moves backwards
//	queue/                         durable work queue [queue]
//	    <seq uint64>               0x01, flags, uvarint attempts and panics, not_before and enqueued_at
//	                               (8 bytes BE unix ns, when set), then kind, ref, key, last_error
//	                               (uvarint length + bytes) (queue.Item.encode); before issue 16: JSON
//	                               {kind, ref, key, attempts, not_before, enqueued_at, ...}, still read
//	orders/                        per-order pipeline state machines [pipeline]
//	    byid/<order id>            JSON order: state, understanding, lines, decision, history; its sends are
//	                               the whatsapp_done records of its keys (those settled before: in "sends");
//	                               stored "decided" with no send pending in outbox/whatsapp it is replied
//	                               (store.OrderStateOf): its last send's record deletes its state key only
//	    bymsg/<wamid>              order id of an inbound message with no key in a customer's run (flagged, or
//	                               with no customer), and of replies the box sent before issue 16; the rest
//	                               are beside their message in its customer's run (migration 14)
//	    index/<index key>          order id; indexes decision, staff (t = created_at); by time: every
//	                               decision's keys merged with active/'s (store.ScanValuesIn; time keys dropped
//	                               by migration 10); no state keys (migration 11): the replied orders are the
//	                               decision keys' orders that are settled; its customer keys are in the
//	                               customer's run in message_index/ (migration 13)
//	    active/<index key>         order id; indexes state (received, understood, decided: the orders in flight)
//	                               and decision "" (not decided yet): a tree as small as the work in flight
//	                               (migration 11), so no step of an order but its creation writes index/
//	catalog/                       the shop's catalog and its stock ledger [catalog]
//	    products/<sku>             JSON product
//	    vocabulary/current         the shop vocabulary file, as text
//	    history/<seq uint64>       JSON change record {at, who, added, changed, removed}
//	    state/version              uint64 BE, bumped on every change (index staleness)
//	    stock/<sku>                16 bytes: reserved, sold (int64 BE milli): the running figure (catalog.Reserve)
//	    reservations/<ref>         JSON {sku: milli}: what one open document holds (catalog.Release, Settle)
//	    stock_log/<seq uint64>     JSON {op, ref, sku, qty}: every stock movement, append-only (audit)
//	invoices/                      issued invoices, quotes and credit notes; never edited [invoice]
//	    docs/<number>              JSON document
//	    counters/<series>          uint64 BE, last number issued in that series
//	    by_order/<kind>/<order id> document number: one invoice (and one quote) per order
//	    events/<number>/<seq>      JSON status change (paid, voided, converted); docs stay as issued
//	    index/<index key>          number; indexes status "<kind>/<status>" (t = issued_at); by time and by
//	                               kind: the status keys merged (time and kind keys dropped by migration 10);
//	                               its customer keys are in the buyer's run in message_index/ (migration 13)
//	outbox/                        side effects written in the same transaction as their cause
//	    whatsapp/<key>             JSON pending outbound send, key = order id + "/" + round + "/" + step [pipeline]
//	    whatsapp_done/<key>        JSON {kind, order_id, body, doc, wamid, sent_at, failed}: a key here is [pipeline]
//	                               never sent again; an order's keys are its sends (Order.Sends), written
//	                               without rewriting it; the record the sent log points at
//	    hq/<seq uint64>            JSON head-office sync entry: invoice, credit note or payment [invoice]
//	    hq_rejected/<seq uint64>   JSON entry head office refused for good, with the reason [invoice]
//	    sent/<index key>           the send's outbox key: its record is whatsapp_done/<key>; entries [pipeline]
//	                               written before (and by migration 2) hold the JSON settled send {key,
//	                               order_id, customer, to, kind, body, doc, wamid, sent_at, failed} instead;
//	                               index customer (t = sent_at): a customer's replies
//	message_index/                 every customer's run: what is found by customer, in one place of one tree
//	                               (store.CustomerRunKey), and the customers by last contact. Each owner
//	                               writes its own keys [ingest: record, messages, seen keys; pipeline:
//	                               conversation, orders, messages' orders; invoice: documents]. The commit
//	                               that handles a customer's message writes them in one leaf, not one
//	                               root-to-leaf path a tree (issue 16): before migration 12 the records
//	                               were customers/<key> and the seen keys customer_index/; before migration
//	                               13 the conversations were the records of conversations/ and the orders' and
//	                               documents' customer keys were in orders/index and invoices/index; before
//	                               migration 14 the messages' orders were in orders/bymsg
//	    customer 0x00 <key>        JSON customer {key, wa_id, user_id, name, first_seen, last_seen,
//	                               last_inbound}; key = wa_id, or the BSUID when Meta sent none
//	                               (store.CustomerRecordKey: its messages' prefix without the last 0)
//	    <index key>                wamid; index customer (t = received_at): customer 0x00 <key> 0x00 <t> <wamid>
//	    customer 0x00 <key> 0x01   JSON conversation {paused_until, paused_by, flag, tier, lifecycle,
//	                               last_order}: the tier's one home [pipeline]
//	    customer 0x00 <key> 0x02 <t> <order id>
//	                               order id; the customer's orders (t = created_at) [pipeline]
//	    customer 0x00 <key> 0x03 <t> <number>
//	                               number; the customer's documents as buyer (t = issued_at) [invoice]
//	    customer 0x00 <key> 0x04 <t> <wamid>
//	                               order id ("-": none) the message was attached to: its message key with
//	                               the 0 after the customer made 0x04 (store.MessageOrderKey; orders/bymsg
//	                               before migration 14) [pipeline]
//	    <index key>                customer key; index seen (t = last_seen)
//	conversation_index/            conversations waiting for staff [pipeline]
//	    <index key>                customer; index flagged (t = flagged_at)
//	eta/                           e-receipts (migration 4) [receipt]
//	    chain/<pos serial>         JSON {uuid, seq, number}: the POS's last issued receipt
//	    receipts/<uuid>            JSON record: the body exactly as sent and hashed, state, ETA's answer
//	    by_doc/<doc number>        uuid of the invoice's or credit note's receipt
//	    pending/<seq uint64>       uuid waiting for submission, in chain order
//	    rejected/<uuid>            JSON {uuid, number, error, at}: for staff
//	    b2b/<doc number>           JSON {number, tax_number, at}: a business buyer, head office's e-invoice
//	    stats/<name>               uint64 BE counters: issued, submitted, accepted, rejected, waiting
//	status_callbacks/              outbound sends found by their statuses (migration 6) [ingest]
//	    <biz_opaque_callback_data> wamid of the send whose status carried it (the outbox key)
//	flagged_messages/              inbound messages stored but not answered (migration 6) [ingest]
//	    <wamid>                    JSON {reason, at}: no sender, or a sender that is not a string
//	conversation_counts/           counts kept in the same transactions as the conversations (migration 8) [pipeline]
//	    customers                  uint64 BE, conversations stored
//	    flagged                    uint64 BE, conversations waiting for staff
//	depths/                        counts kept in the same transactions as the buckets they count (migration 9)
//	    queue                      uint64 BE, items in queue/ (parked ones included) [queue]; moved once per
//	                               group commit for all its members' items (groupcommit.Count, issue 16)
//	    whatsapp                   uint64 BE, sends waiting in outbox/whatsapp [pipeline]
//	    whatsapp_retrying          uint64 BE, of those, the sends that failed and wait to be retried (migration 15) [pipeline]
//	    whatsapp_last_error        the last such failure, as text, for /healthz [pipeline]
//
// An index key is <index name> 0x00 <value> 0x00 <t: uint64 BE unix ns> <id>
// (store.IndexKey): the keys of one index value sort by time, and a list's
// page is a backwards cursor walk (store.Scan), or several merged newest
// first when a list is the union of an index's values (store.ScanValues:
// every order has one decision key, every document one status key, so those
// read whole are the lists by time and need no keys of their own). Index
// keys are written in the same transaction as the record they point at.
//
// Page fill. bbolt splits a full page in half; for keys written at the end
// of a tree the left half is never filled again, and the tree is twice the
// pages and a level deeper sooner — one more page rewritten, root to leaf,
// by every commit that touches it. The trees whose keys grow (payloads,
// orders/byid and index, invoices/docs, by_order, index and
// events, outbox/whatsapp_done, hq and hq_rejected; the catalog's stock_log
// and reservations) are filled to 90% instead: Bucket sets it on the handle
// in every write transaction (bbolt does not store it), so every writer that
// opens them through Bucket writes them the same way (names.go's neighbour
// store.go holds the list). Trees keyed by customer or WhatsApp message id
// take keys at random places and keep bbolt's default; so does
// message_index, whose messages' keys do (its customers' seen keys, at its
// end, were filled to 90% in customer_index before migration 12).
//
// Open runs every pending migration in one Update transaction, so a box is
// always at exactly one schema version.
//
// One top-level bucket is not made by these migrations: staff/ (staff
// accounts, sessions by the SHA-256 of their secret, the pending setup
// code, the audit log and its per-user index) is drawn in the doc of
// package appliance/access and created by access.Open in one Update.
package store
