package invoice

import (
	bolt "go.etcd.io/bbolt"

	"fatoora/catalog"
)

// CatalogStock reserves in the catalog's stock ledger (catalog.Reserve,
// catalog.Release and catalog.Settle). It is the default Stock of a Book.
type CatalogStock struct{}

// Reserve holds q of sku for the document ref.
func (CatalogStock) Reserve(tx *bolt.Tx, sku string, q catalog.Milli, ref string) error {
	return catalog.Reserve(tx, sku, q, ref)
}

// Release frees what ref holds.
func (CatalogStock) Release(tx *bolt.Tx, ref string) error { return catalog.Release(tx, ref) }

// Settle closes what the paid invoice ref holds: its goods count as sold.
func (CatalogStock) Settle(tx *bolt.Tx, ref string) error { return catalog.Settle(tx, ref) }

// NoStock reserves nothing: for a Book that must not touch stock (price
// checks, documents for products outside the catalog). Choose it explicitly.
type NoStock struct{}

// Reserve does nothing.
func (NoStock) Reserve(*bolt.Tx, string, catalog.Milli, string) error { return nil }

// Release does nothing.
func (NoStock) Release(*bolt.Tx, string) error { return nil }
