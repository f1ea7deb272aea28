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
	BucketCustomer = []byte("customers")
	BucketQueue    = []byte("queue")
	BucketOrders   = []byte("orders")
	BucketByID     = []byte("byid")
	BucketByMsg    = []byte("bymsg")
	BucketConvs    = []byte("conversations")

	BucketCatalog     = []byte("catalog")
	BucketProducts    = []byte("products")
	BucketVocabulary  = []byte("vocabulary")
	KeyVocabCurrent   = []byte("current")
	BucketHistory     = []byte("history")
	BucketCatalogMeta = []byte("state")
	KeyCatalogVersion = []byte("version")

	BucketInvoices = []byte("invoices")
	BucketDocs     = []byte("docs")
	BucketCounters = []byte("counters")
	BucketStock    = []byte("stock")
	BucketReserved = []byte("reservations")
	BucketByOrder  = []byte("by_order")
	BucketEvents   = []byte("events")

	BucketOutbox   = []byte("outbox")
	BucketWhatsApp = []byte("whatsapp")
	BucketWADone   = []byte("whatsapp_done")
	BucketHQ       = []byte("hq")
)
