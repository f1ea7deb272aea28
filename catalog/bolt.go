package catalog

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// The catalog owns the catalog/ bucket of the box's bbolt file. The whole
// tree is drawn in appliance/store/doc.go and created by the store's
// migrations; these are the catalog's names in it:
//
//	catalog/products/<sku>         JSON product
//	catalog/vocabulary/current     the shop vocabulary file, as text
//	catalog/history/<seq uint64>   JSON change record
//	catalog/state/version          uint64 BE, bumped on every change
//	catalog/stock/<sku>            16 bytes: reserved, sold (int64 BE milli): the running figure (stock.go)
//	catalog/reservations/<ref>     JSON {sku: milli}: what one open document holds (Release, Settle)
//	catalog/stock_log/<seq uint64> JSON StockEntry: every stock movement, append-only
var (
	bucketCatalog      = []byte("catalog")
	bucketProducts     = []byte("products")
	bucketVocabulary   = []byte("vocabulary")
	keyVocabCurrent    = []byte("current")
	bucketHistory      = []byte("history")
	bucketState        = []byte("state")
	keyVersion         = []byte("version")
	bucketStock        = []byte("stock")
	bucketReservations = []byte("reservations")
	bucketStockLog     = []byte("stock_log")
)

// DB is the bbolt file the catalog keeps its buckets in; the box's
// *store.DB is one. The catalog takes this interface rather than the store
// package so that it stays a domain package below the box: it imports no
// appliance package (see the layering test at the module root).
type DB interface {
	// View runs fn in a read-only transaction.
	View(fn func(*bolt.Tx) error) error
	// Update runs fn in a read-write transaction.
	Update(fn func(*bolt.Tx) error) error
}

// bucket is catalog/<name>, nil when the store was not migrated. The stock
// log and the reservations, whose keys every order appends in increasing
// order (sequence numbers, document numbers), come back with their page
// fill at appendFill: bbolt does not store it, so it is set on the handle
// in each write transaction, here for every writer.
func bucket(tx *bolt.Tx, name []byte) *bolt.Bucket {
	c := tx.Bucket(bucketCatalog)
	if c == nil {
		return nil
	}
	b := c.Bucket(name)
	if b != nil && tx.Writable() && (bytes.Equal(name, bucketStockLog) || bytes.Equal(name, bucketReservations)) {
		b.FillPercent = appendFill
	}
	return b
}

// appendFill is the page fill of a tree whose keys grow, as the box's store
// fills its own (store.AppendFill, which the catalog does not import):
// bbolt's default splits a full page in half, and for keys written at the
// end the left half is never filled again — twice the pages, and a level
// more of tree sooner, each level a page more written by every commit.
const appendFill = 0.9

func u64(n uint64) []byte {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], n)
	return k[:]
}

func parseU64(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	return b.Put(key, data)
}

// getJSON decodes the JSON under key into v and reports whether it existed.
func getJSON(b *bolt.Bucket, key []byte, v any) (bool, error) {
	data := b.Get(key)
	if data == nil {
		return false, nil
	}
	if err := json.Unmarshal(data, v); err != nil {
		return true, fmt.Errorf("decode %s: %w", key, err)
	}
	return true, nil
}
