package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// A migration moves the store from version-1 to version. Migrations are
// ordered, each runs once, and all pending ones run in one transaction.
type migration struct {
	version uint64
	name    string
	up      func(tx *bolt.Tx) error
}

var migrations = []migration{
	{1, "initial bucket tree", migrateInitial},
	{2, "indexes for the staff lists", indexesV2},
	{3, "the stock ledger moves to the catalog", moveStockLedger},
	{4, "e-receipt buckets", migrateETA},
	{5, "head-office rejections for staff", migrateHQRejected},
	{6, "status callbacks and flagged messages", migrateFaultBuckets},
	{7, "stock as a running figure per SKU, with an append-only log", runningStock},
	{8, "conversation counters for /healthz", countConversations},
	{9, "queue and outbox depth counters for /metrics", countDepths},
	{10, "orders and documents by time (and documents by kind) read through their state and status keys", dropTimeKeys},
	{11, "the state keys of orders in flight in their own small tree; none for settled orders", activeStateKeys},
	{12, "customers and customers by last contact in message_index, beside their messages", customersBesideMessages},
	{13, "conversations and the orders' and documents' customer keys in message_index, beside their customer's record", customerRuns},
	{14, "the order of each inbound message beside its key in its customer's run", messageOrdersInRuns},
	{15, "a counter of the sends being retried, and their last error, for /healthz", countRetrying},
}

func migrateFaultBuckets(tx *bolt.Tx) error {
	for _, name := range [][]byte{BucketCallbacks, BucketFlagged} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return nil
}

// SchemaVersion is the version a freshly opened store is at.
func SchemaVersion() uint64 { return migrations[len(migrations)-1].version }

func migrate(tx *bolt.Tx) error {
	meta, err := tx.CreateBucketIfNotExists(BucketMeta)
	if err != nil {
		return err
	}
	have := ParseU64(meta.Get(KeySchema))
	if have > SchemaVersion() {
		return fmt.Errorf("store schema version %d is newer than this program (%d): upgrade fatoora", have, SchemaVersion())
	}
	for _, m := range migrations {
		if m.version <= have {
			continue
		}
		if err := m.up(tx); err != nil {
			return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
		}
		if err := meta.Put(KeySchema, U64(m.version)); err != nil {
			return err
		}
	}
	return nil
}

func migrateInitial(tx *bolt.Tx) error {
	meta := tx.Bucket(BucketMeta)
	if meta.Get(KeyBoxID) == nil {
		if err := meta.Put(KeyBoxID, newBoxID()); err != nil {
			return err
		}
	}
	tree := map[string][][]byte{
		string(BucketPayloads): nil,
		string(BucketDigests):  nil,
		string(BucketMessages): nil,
		string(BucketStatuses): nil,
		string(BucketCustomer): nil,
		string(BucketQueue):    nil,
		string(BucketOrders):   {BucketByID, BucketByMsg},
		string(BucketConvs):    nil,
		string(BucketCatalog):  {BucketProducts, BucketVocabulary, BucketHistory, BucketCatalogMeta},
		string(BucketInvoices): {BucketDocs, BucketCounters, BucketStock, BucketReserved, BucketByOrder, BucketEvents},
		string(BucketOutbox):   {BucketWhatsApp, BucketWADone, BucketHQ},
	}
	for top, subs := range tree {
		b, err := tx.CreateBucketIfNotExists([]byte(top))
		if err != nil {
			return err
		}
		for _, s := range subs {
			if _, err := b.CreateBucketIfNotExists(s); err != nil {
				return err
			}
		}
	}
	return nil
}

// migrateETA creates the e-receipt buckets (package appliance/invoice/receipt).
func migrateETA(tx *bolt.Tx) error {
	top, err := tx.CreateBucketIfNotExists(BucketETA)
	if err != nil {
		return err
	}
	for _, s := range [][]byte{BucketETAChain, BucketETAReceipts, BucketETAByDoc, BucketETAPending, BucketETARejected, BucketETAB2B, BucketETAStats} {
		if _, err := top.CreateBucketIfNotExists(s); err != nil {
			return err
		}
	}
	return nil
}

// migrateHQRejected adds outbox/hq_rejected, where the head-office
// forwarder keeps what head office refused for good.
func migrateHQRejected(tx *bolt.Tx) error {
	_, err := tx.Bucket(BucketOutbox).CreateBucketIfNotExists(BucketHQRej)
	return err
}
