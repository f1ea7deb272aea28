package store

// Bucket and key names. The tree they form is drawn in the package doc.
var (
	BucketMeta     = []byte("meta")
	KeySchema      = []byte("schema_version")
	KeyBoxID       = []byte("box_id")
	BucketPayloads = []byte("payloads")
	BucketDigests  = []byte("payload_digests")
	BucketMessages = []byte("messages")
	BucketStatuses = []byte("statuses")
	BucketCustomer = []byte("customers") // until migration 12: the records are in message_index since
	BucketQueue    = []byte("queue")
	BucketOrders   = []byte("orders")
	BucketByID     = []byte("byid")
	BucketByMsg    = []byte("bymsg")
	BucketConvs    = []byte("conversations") // until migration 13: in the customers' runs in message_index since

	BucketCatalog     = []byte("catalog")
	BucketProducts    = []byte("products")
	BucketVocabulary  = []byte("vocabulary")
	KeyVocabCurrent   = []byte("current")
	BucketHistory     = []byte("history")
	BucketCatalogMeta = []byte("state")
	KeyCatalogVersion = []byte("version")
	BucketStock       = []byte("stock")        // the stock ledger, catalog/ since migration 3
	BucketReserved    = []byte("reservations") // the stock ledger, catalog/ since migration 3
	BucketStockLog    = []byte("stock_log")    // the stock log, since migration 7

	BucketInvoices = []byte("invoices")
	BucketDocs     = []byte("docs")
	BucketCounters = []byte("counters")
	BucketByOrder  = []byte("by_order")
	BucketEvents   = []byte("events")

	BucketOutbox   = []byte("outbox")
	BucketWhatsApp = []byte("whatsapp")
	BucketWADone   = []byte("whatsapp_done")
	BucketHQ       = []byte("hq")
	BucketHQRej    = []byte("hq_rejected")
)

// Index buckets (migration 2). Their keys are drawn in doc.go and made by
// the functions in indexes.go.
var (
	BucketOrderIndex  = []byte("index")  // orders/index
	BucketOrderActive = []byte("active") // orders/active: the state keys of orders in flight (migration 11)
	BucketDocIndex    = []byte("index")  // invoices/index
	BucketSent        = []byte("sent")   // outbox/sent
	BucketMsgIndex    = []byte("message_index")
	BucketCustIndex   = []byte("customer_index") // until migration 12, as customers/
	BucketConvIndex   = []byte("conversation_index")
)

// Fault-handling buckets (migration 6).
var (
	BucketCallbacks = []byte("status_callbacks") // outbound sends by their biz_opaque_callback_data
	BucketFlagged   = []byte("flagged_messages") // inbound messages the box could not attribute
)

// Counters kept in the same transactions as the records they count
// (migration 8), so that /healthz reads numbers instead of scanning.
var (
	BucketConvCounts  = []byte("conversation_counts")
	KeyCountCustomers = []byte("customers") // conversations stored
	KeyCountFlagged   = []byte("flagged")   // conversations waiting for staff
)

// Depth counters (migration 9): the items in queue/ and the sends in
// outbox/whatsapp, kept in the transactions that add and remove them, so
// that /metrics reads two numbers instead of walking the buckets.
var (
	BucketDepths   = []byte("depths")
	KeyDepthQueue  = []byte("queue")    // items in queue/, parked ones included
	KeyDepthOutbox = []byte("whatsapp") // sends waiting in outbox/whatsapp

	// Sends in outbox/whatsapp that failed at least once and wait to be
	// retried, and the last such failure (migration 15), for /healthz.
	KeyDepthRetrying = []byte("whatsapp_retrying")
	KeyLastSendError = []byte("whatsapp_last_error")
)

// Index names: the first part of an index key.
const (
	IndexTime     = "time"     // every record, by its time: no longer written in orders/ and invoices/ index (migration 10)
	IndexCustomer = "customer" // a customer's records
	IndexState    = "state"    // orders by pipeline state
	IndexDecision = "decision" // orders by decision
	IndexStaff    = "staff"    // orders waiting for a person
	IndexKind     = "kind"     // documents by kind: no longer written (migration 10)
	IndexStatus   = "status"   // documents by "<kind>/<status>"
	IndexSeen     = "seen"     // customers by when the box last heard from them
	IndexFlagged  = "flagged"  // conversations flagged for staff
)

// E-receipt buckets (migration 4), owned by package appliance/invoice/receipt.
var (
	BucketETA         = []byte("eta")
	BucketETAChain    = []byte("chain")
	BucketETAReceipts = []byte("receipts")
	BucketETAByDoc    = []byte("by_doc")
	BucketETAPending  = []byte("pending")
	BucketETARejected = []byte("rejected")
	BucketETAB2B      = []byte("b2b")
	BucketETAStats    = []byte("stats")
	KeyETAIssued      = []byte("issued")
	KeyETASubmitted   = []byte("submitted")
	KeyETAAccepted    = []byte("accepted")
	KeyETARejected    = []byte("rejected")
	KeyETAWaiting     = []byte("waiting")
)
