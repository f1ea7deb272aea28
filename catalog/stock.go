package catalog

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// Stock is kept as a running figure per SKU beside the catalog:
//
//	catalog/stock/<sku>          16 bytes: reserved, sold (int64 BE milli each)
//	catalog/reservations/<ref>   JSON {sku: milli}: what one open document holds
//	catalog/stock_log/<seq>      JSON StockEntry: every reserve, settle and release, append-only
//
// Reserve, Settle and Release run inside the caller's transaction, so an
// invoice and its stock commit together, and each touches one fixed-size
// figure per SKU: the cost of a line does not grow with the shop's history.
//
// What can be sold is the catalog's count (the stock the shop imported, a
// count of what is on its floor) minus what open documents hold (reserved)
// minus what settled documents took since that count (sold). An invoice holds
// its goods from issue until it is settled or voided:
//
//   - settled = paid (Settle): the hold is closed and its quantity counted as
//     sold, so the free figure does not change and the document no longer
//     appears among the open holds. When the shop imports a new count for a
//     SKU (its stock column changes), sold restarts at 0: the new count is
//     what is left after those sales.
//   - voided before it was paid (Release): the hold is given back. A paid
//     invoice voided later gives nothing back (the goods left with the
//     customer; a return is a new count).
//
// Made-to-order products are never short. The log keeps every movement for
// audit; nothing reads it on the order path.

// StockState is whether a product can be sold now.
type StockState int

const (
	Available   StockState = iota // in stock
	MadeToOrder                   // no stock count: always available, made on order
	Unavailable                   // nothing free now
)

func (s StockState) String() string {
	switch s {
	case Available:
		return "available"
	case MadeToOrder:
		return "made_to_order"
	}
	return "unavailable"
}

// StockInfo is a product's stock as the shop sees it.
type StockInfo struct {
	State    StockState `json:"state"`
	OnHand   Milli      `json:"on_hand"`        // the catalog's count
	Reserved Milli      `json:"reserved"`       // held by open documents
	Sold     Milli      `json:"sold,omitempty"` // taken by settled documents since the count
	Free     Milli      `json:"free"`           // OnHand - Reserved - Sold, never below 0
}

// ErrOutOfStock is matched (errors.Is) by *OutOfStockError.
var ErrOutOfStock = errors.New("out of stock")

// OutOfStockError says how much was asked and how much is free.
type OutOfStockError struct {
	SKU       string
	Requested Milli
	Available Milli
}

func (e *OutOfStockError) Error() string {
	return fmt.Sprintf("out of stock: %s: requested %s, available %s", e.SKU, e.Requested, e.Available)
}

// Is makes errors.Is(err, ErrOutOfStock) true.
func (e *OutOfStockError) Is(target error) bool { return target == ErrOutOfStock }

// figure is one SKU's running stock figure.
type figure struct {
	Reserved Milli // held by open documents
	Sold     Milli // taken by settled documents since the last count
}

const figureLen = 16

func readFigure(b *bolt.Bucket, sku string) (figure, error) {
	v := b.Get([]byte(sku))
	if v == nil {
		return figure{}, nil
	}
	if len(v) != figureLen {
		return figure{}, fmt.Errorf("stock figure %s: %d bytes, want %d", sku, len(v), figureLen)
	}
	return figure{
		Reserved: Milli(int64(binary.BigEndian.Uint64(v[:8]))),
		Sold:     Milli(int64(binary.BigEndian.Uint64(v[8:]))),
	}, nil
}

func writeFigure(b *bolt.Bucket, sku string, f figure) error {
	if f == (figure{}) {
		return b.Delete([]byte(sku))
	}
	var v [figureLen]byte
	binary.BigEndian.PutUint64(v[:8], uint64(int64(f.Reserved)))
	binary.BigEndian.PutUint64(v[8:], uint64(int64(f.Sold)))
	return b.Put([]byte(sku), v[:])
}

// holds is what one document holds, SKU → quantity.
type holds map[string]Milli

func readHolds(b *bolt.Bucket, ref string) (holds, error) {
	h := holds{}
	if _, err := getJSON(b, []byte(ref), &h); err != nil {
		return nil, fmt.Errorf("reservation %s: %w", ref, err)
	}
	return h, nil
}

func writeHolds(b *bolt.Bucket, ref string, h holds) error {
	if len(h) == 0 {
		return b.Delete([]byte(ref))
	}
	return putJSON(b, []byte(ref), h)
}

// Stock log operations.
const (
	OpReserve = "reserve" // a document holds Qty more (negative: less, when re-reserved lower)
	OpSettle  = "settle"  // a settled document's hold became sold
	OpRelease = "release" // a voided document's hold was given back
	OpRecount = "recount" // a new count was imported: sold restarts (Qty = the sold figure dropped)
	OpMigrate = "migrate" // the running figure was built from the old per-SKU ledger
)

// StockEntry is one movement in catalog/stock_log.
type StockEntry struct {
	Op  string `json:"op"`
	Ref string `json:"ref,omitempty"`
	SKU string `json:"sku"`
	Qty Milli  `json:"qty"`
}

func appendLog(tx *bolt.Tx, e StockEntry) error {
	b := bucket(tx, bucketStockLog)
	if b == nil {
		var err error
		if b, err = tx.Bucket(bucketCatalog).CreateBucketIfNotExists(bucketStockLog); err != nil {
			return fmt.Errorf("create stock log: %w", err)
		}
		b.FillPercent = appendFill
	}
	n, err := b.NextSequence()
	if err != nil {
		return err
	}
	return putJSON(b, u64(n), e)
}

// StockLog returns up to n movements of the stock log after the sequence
// number after (0: from the first), oldest first, with the sequence number
// of the last one returned.
func StockLog(tx *bolt.Tx, after uint64, n int) ([]StockEntry, uint64, error) {
	b := bucket(tx, bucketStockLog)
	if b == nil {
		return nil, after, nil
	}
	var out []StockEntry
	c := b.Cursor()
	for k, v := c.Seek(u64(after + 1)); k != nil && len(out) < n; k, v = c.Next() {
		var e StockEntry
		if err := json.Unmarshal(v, &e); err != nil {
			return nil, after, fmt.Errorf("stock log %d: %w", parseU64(k), err)
		}
		out = append(out, e)
		after = parseU64(k)
	}
	return out, after, nil
}

// StockIn reads a product's stock inside a caller's transaction.
func StockIn(tx *bolt.Tx, sku string) (StockInfo, error) {
	p, err := GetProduct(tx, sku)
	if err != nil {
		return StockInfo{}, err
	}
	f, err := readFigure(bucket(tx, bucketStock), sku)
	if err != nil {
		return StockInfo{}, err
	}
	return stockInfo(p, f), nil
}

func stockInfo(p Product, f figure) StockInfo {
	si := StockInfo{OnHand: p.Stock, Reserved: f.Reserved, Sold: f.Sold, Free: max(p.Stock-f.Reserved-f.Sold, 0)}
	switch {
	case p.MadeToOrder:
		si.State, si.OnHand, si.Free = MadeToOrder, 0, 0
	case si.Free > 0:
		si.State = Available
	default:
		si.State = Unavailable
	}
	return si
}

// Stock reads a product's stock.
func (s *Store) Stock(sku string) (StockInfo, error) {
	var si StockInfo
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		si, err = StockIn(tx, sku)
		return err
	})
	return si, err
}

// FileStock is the stock a catalog file states for p, with no store: its
// stock column as available, and the reserved column beside it (0 when the
// file has none).
func FileStock(p Product) StockInfo {
	var f figure
	if p.Reserved != nil {
		p.Stock += *p.Reserved
		f.Reserved = *p.Reserved
	}
	return stockInfo(p, f)
}

// Stocks reads the stock of several products in one transaction, by SKU;
// unknown SKUs are left out.
func (s *Store) Stocks(skus []string) (map[string]StockInfo, error) {
	out := make(map[string]StockInfo, len(skus))
	err := s.db.View(func(tx *bolt.Tx) error {
		for _, sku := range skus {
			si, err := StockIn(tx, sku)
			if errors.Is(err, ErrUnknownSKU) {
				continue
			}
			if err != nil {
				return err
			}
			out[sku] = si
		}
		return nil
	})
	return out, err
}

// Reserve holds q units of sku for the document ref, inside tx. Reserving
// again for the same ref and SKU replaces the earlier quantity. It fails
// with an *OutOfStockError (errors.Is ErrOutOfStock) when fewer than q units
// are free, and wraps ErrUnknownSKU for a SKU not in the catalog.
func Reserve(tx *bolt.Tx, sku string, q Milli, ref string) error {
	if q <= 0 {
		return fmt.Errorf("reserve %s: quantity %s must be positive", sku, q)
	}
	if ref == "" {
		return fmt.Errorf("reserve %s: empty reference", sku)
	}
	p, err := GetProduct(tx, sku)
	if err != nil {
		return err
	}
	rb := bucket(tx, bucketReservations)
	held, err := readHolds(rb, ref)
	if err != nil {
		return err
	}
	sb := bucket(tx, bucketStock)
	f, err := readFigure(sb, sku)
	if err != nil {
		return err
	}
	before := held[sku]
	if !p.MadeToOrder {
		free := p.Stock - f.Sold - (f.Reserved - before)
		if q > free {
			return &OutOfStockError{SKU: sku, Requested: q, Available: max(free, 0)}
		}
	}
	if q == before {
		return nil
	}
	f.Reserved += q - before
	if err := writeFigure(sb, sku, f); err != nil {
		return err
	}
	held[sku] = q
	if err := writeHolds(rb, ref, held); err != nil {
		return err
	}
	return appendLog(tx, StockEntry{Op: OpReserve, Ref: ref, SKU: sku, Qty: q - before})
}

// Release gives back everything the open document ref holds, inside tx (a
// voided invoice, or an invoice that failed half-way). Releasing a ref that
// holds nothing (never reserved, released or settled already) does nothing.
func Release(tx *bolt.Tx, ref string) error { return closeHolds(tx, ref, OpRelease) }

// Settle closes the holds of the document ref, inside tx, when it is settled
// (paid): its quantities leave reserved and count as sold until the shop
// imports a new count. Settling a ref that holds nothing does nothing.
func Settle(tx *bolt.Tx, ref string) error { return closeHolds(tx, ref, OpSettle) }

func closeHolds(tx *bolt.Tx, ref, op string) error {
	rb := bucket(tx, bucketReservations)
	held, err := readHolds(rb, ref)
	if err != nil {
		return err
	}
	if len(held) == 0 {
		return nil
	}
	sb := bucket(tx, bucketStock)
	for _, sku := range slices.Sorted(maps.Keys(held)) {
		f, err := readFigure(sb, sku)
		if err != nil {
			return err
		}
		q := held[sku]
		f.Reserved = max(f.Reserved-q, 0)
		if op == OpSettle {
			f.Sold += q
		}
		if err := writeFigure(sb, sku, f); err != nil {
			return err
		}
		if err := appendLog(tx, StockEntry{Op: op, Ref: ref, SKU: sku, Qty: q}); err != nil {
			return err
		}
	}
	return rb.Delete([]byte(ref))
}

// recount restarts the sold figure of sku after a new count was imported,
// inside the import's transaction.
func recount(tx *bolt.Tx, sku string) error {
	sb := bucket(tx, bucketStock)
	if sb == nil {
		return nil
	}
	f, err := readFigure(sb, sku)
	if err != nil || f.Sold == 0 {
		return err
	}
	sold := f.Sold
	f.Sold = 0
	if err := writeFigure(sb, sku, f); err != nil {
		return err
	}
	return appendLog(tx, StockEntry{Op: OpRecount, SKU: sku, Qty: sold})
}

// Reserved returns what the open document ref holds, SKU → quantity.
func Reserved(tx *bolt.Tx, ref string) (map[string]Milli, error) {
	held, err := readHolds(bucket(tx, bucketReservations), ref)
	return map[string]Milli(held), err
}

// availableFunc reports whether q of p can be sold now, reading one
// fixed-size figure per product inside tx.
func availableFunc(tx *bolt.Tx) func(Product, Milli) bool {
	sb := bucket(tx, bucketStock)
	return func(p Product, q Milli) bool {
		if p.MadeToOrder {
			return true
		}
		f, err := readFigure(sb, p.SKU)
		if err != nil {
			return false
		}
		free := p.Stock - f.Reserved - f.Sold
		return free >= q && free > 0
	}
}

// LowStockAt is the quantity available after reservations at or below
// which a stocked product is listed as low in StockSummary.
const LowStockAt = 2 * One

// StockAlert is one product low on stock: what is available after
// reservations, and what open documents hold.
type StockAlert struct {
	SKU       string `json:"sku"`
	Available Milli  `json:"available"`
	Reserved  Milli  `json:"reserved"`
}

// StockSummary is the catalog's stock at a glance, as health shows it.
type StockSummary struct {
	// Stocked counts the products with a stock count (not made to order);
	// OutOfStock those of them with nothing available after reservations.
	Stocked, OutOfStock int
	// Reserved counts the products of which open documents hold some.
	Reserved int
	// Low lists the stocked products with at most LowStockAt available,
	// the least available first (then by SKU), at most the n asked for.
	Low []StockAlert
}

// stockCache is every stocked product's figures as StockSummary last read
// them, and what they were read from: the catalog version and the stock
// log's sequence.
type stockCache struct {
	version, logSeq uint64
	stock           map[string]StockInfo // stocked products only
	// sum is the summary of stock for n; valid while sumOK.
	sum   StockSummary
	n     int
	sumOK bool
}

// maxLogCatchUp bounds the stock log entries StockSummary follows to bring
// its figures up to date; beyond it, reading every product again is
// cheaper.
const maxLogCatchUp = 10000

// StockSummary reads the catalog's stock: what is available after
// reservations, per product. It keeps every stocked product's figures in
// memory and brings them up to date from the stock log (append-only: the
// entries since its last call name the SKUs whose figures moved); only a
// new catalog version, or a long backlog of movements, reads every product
// again. n bounds Low.
func (s *Store) StockSummary(n int) (StockSummary, error) {
	s.stockMu.Lock()
	defer s.stockMu.Unlock()
	err := s.db.View(func(tx *bolt.Tx) error {
		version := parseU64(bucket(tx, bucketState).Get(keyVersion))
		var seq uint64
		if lb := bucket(tx, bucketStockLog); lb != nil {
			seq = lb.Sequence()
		}
		c := s.stock
		if c != nil && c.version == version && c.logSeq == seq {
			return nil // nothing moved
		}
		if c != nil && c.version == version && seq > c.logSeq && seq-c.logSeq <= maxLogCatchUp {
			// Only the SKUs the log names since the last call moved.
			moved, last, err := StockLog(tx, c.logSeq, int(seq-c.logSeq))
			if err != nil {
				return err
			}
			sb := bucket(tx, bucketStock)
			for _, e := range moved {
				p, err := GetProduct(tx, e.SKU)
				if errors.Is(err, ErrUnknownSKU) {
					continue
				}
				if err != nil {
					return err
				}
				if p.MadeToOrder {
					continue
				}
				f, err := readFigure(sb, p.SKU)
				if err != nil {
					return err
				}
				c.stock[p.SKU] = stockInfo(p, f)
			}
			c.logSeq = max(last, seq)
			c.sumOK = false
			return nil
		}
		// A new catalog (or a long backlog): read every product again.
		ps, err := readProducts(tx)
		if err != nil {
			return err
		}
		sb := bucket(tx, bucketStock)
		c = &stockCache{version: version, logSeq: seq, stock: map[string]StockInfo{}}
		for _, p := range ps {
			if p.MadeToOrder {
				continue
			}
			f, err := readFigure(sb, p.SKU)
			if err != nil {
				return err
			}
			c.stock[p.SKU] = stockInfo(p, f)
		}
		s.stock = c
		return nil
	})
	if err != nil {
		return StockSummary{}, err
	}
	c := s.stock
	if c.sumOK && c.n == n {
		return c.sum, nil
	}
	// One pass; Low keeps the n least available (then by SKU), in order.
	var sum StockSummary
	less := func(a, b StockAlert) bool {
		return a.Available < b.Available || a.Available == b.Available && a.SKU < b.SKU
	}
	for sku, si := range c.stock {
		sum.Stocked++
		if si.Free == 0 {
			sum.OutOfStock++
		}
		if si.Reserved > 0 {
			sum.Reserved++
		}
		if si.Free > LowStockAt || n <= 0 {
			continue
		}
		a := StockAlert{SKU: sku, Available: si.Free, Reserved: si.Reserved}
		if len(sum.Low) == n && !less(a, sum.Low[n-1]) {
			continue
		}
		i, _ := slices.BinarySearchFunc(sum.Low, a, func(x, y StockAlert) int {
			if less(x, y) {
				return -1
			}
			return 1
		})
		sum.Low = slices.Insert(sum.Low, i, a)
		if len(sum.Low) > n {
			sum.Low = sum.Low[:n]
		}
	}
	c.sum, c.n, c.sumOK = sum, n, true
	return sum, nil
}
