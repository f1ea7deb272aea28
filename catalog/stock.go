package catalog

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// Stock is held for documents (invoices) in a ledger beside them:
// catalog/stock/<sku> maps each document ref to the quantity it holds and
// catalog/reservations/<ref> lists what one document holds. Reserve and
// Release run inside the caller's transaction, so an invoice and its stock
// commit together. What can be sold is the catalog's stock (the count the
// shop imported) minus what is held; made-to-order products are never short.

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
	OnHand   Milli      `json:"on_hand"`  // the catalog's count
	Reserved Milli      `json:"reserved"` // held by documents
	Free     Milli      `json:"free"`     // OnHand - Reserved, never below 0
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

type ledger map[string]Milli // ref → quantity held

func readLedger(b *bolt.Bucket, key string) (ledger, error) {
	l := ledger{}
	if _, err := getJSON(b, []byte(key), &l); err != nil {
		return nil, fmt.Errorf("stock ledger %s: %w", key, err)
	}
	return l, nil
}

func writeLedger(b *bolt.Bucket, key string, l ledger) error {
	if len(l) == 0 {
		return b.Delete([]byte(key))
	}
	return putJSON(b, []byte(key), l)
}

func (l ledger) total() Milli {
	var t Milli
	for _, q := range l {
		t += q
	}
	return t
}

// StockIn reads a product's stock inside a caller's transaction.
func StockIn(tx *bolt.Tx, sku string) (StockInfo, error) {
	p, err := GetProduct(tx, sku)
	if err != nil {
		return StockInfo{}, err
	}
	l, err := readLedger(bucket(tx, bucketStock), sku)
	if err != nil {
		return StockInfo{}, err
	}
	return stockInfo(p, l.total()), nil
}

func stockInfo(p Product, reserved Milli) StockInfo {
	si := StockInfo{OnHand: p.Stock, Reserved: reserved, Free: max(p.Stock-reserved, 0)}
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
	sb := bucket(tx, bucketStock)
	l, err := readLedger(sb, sku)
	if err != nil {
		return err
	}
	if !p.MadeToOrder {
		free := p.Stock - (l.total() - l[ref])
		if q > free {
			return &OutOfStockError{SKU: sku, Requested: q, Available: max(free, 0)}
		}
	}
	l[ref] = q
	if err := writeLedger(sb, sku, l); err != nil {
		return err
	}
	rb := bucket(tx, bucketReservations)
	held, err := readLedger(rb, ref) // sku → quantity
	if err != nil {
		return err
	}
	held[sku] = q
	return writeLedger(rb, ref, held)
}

// Release frees everything the document ref holds, inside tx. Releasing a
// ref that holds nothing does nothing.
func Release(tx *bolt.Tx, ref string) error {
	rb := bucket(tx, bucketReservations)
	held, err := readLedger(rb, ref)
	if err != nil {
		return err
	}
	sb := bucket(tx, bucketStock)
	for _, sku := range slices.Sorted(maps.Keys(held)) {
		l, err := readLedger(sb, sku)
		if err != nil {
			return err
		}
		delete(l, ref)
		if err := writeLedger(sb, sku, l); err != nil {
			return err
		}
	}
	return rb.Delete([]byte(ref))
}

// Reserved returns what the document ref holds, SKU → quantity.
func Reserved(tx *bolt.Tx, ref string) (map[string]Milli, error) {
	held, err := readLedger(bucket(tx, bucketReservations), ref)
	return map[string]Milli(held), err
}

// available reports whether q of p can be sold now given the ledger.
func (s *Store) availableFunc(tx *bolt.Tx) func(Product, Milli) bool {
	sb := bucket(tx, bucketStock)
	return func(p Product, q Milli) bool {
		if p.MadeToOrder {
			return true
		}
		l, err := readLedger(sb, p.SKU)
		if err != nil {
			return false
		}
		return p.Stock-l.total() >= q && p.Stock-l.total() > 0
	}
}
