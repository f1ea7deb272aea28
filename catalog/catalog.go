// Package catalog owns the shop's products: the CSV/XLSX contract, the shop
// vocabulary, the bbolt-backed catalog with its change history, the derived
// bleve index, the matcher used by understanding, stock and alternatives.
package catalog

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"fatoora/catalog/money"
)

// Unit is how a product is sold and priced.
type Unit string

const (
	Piece       Unit = "piece" // a count
	Meter       Unit = "meter" // linear metres: kitchens, worktops, fabric
	SquareMeter Unit = "sqm"   // square metres: wardrobes by area
)

// ParseUnit accepts the CSV spellings of a unit.
func ParseUnit(s string) (Unit, error) {
	switch u := Unit(strings.ToLower(strings.TrimSpace(s))); u {
	case Piece, Meter, SquareMeter:
		return u, nil
	}
	return "", fmt.Errorf("unknown unit %q (want piece, meter or sqm)", s)
}

// Milli is a quantity in thousandths of a unit: 3.2 metres is 3200. Stock and
// order quantities use it so that pricing is integer arithmetic.
type Milli int64

// One is a quantity of exactly one unit.
const One Milli = 1000

// ParseMilli reads a decimal quantity ("2", "3.25", "٢٫٥") exactly, up to three decimals.
func ParseMilli(s string) (Milli, error) {
	m, err := money.ParseDecimal(s, 3)
	return Milli(m), err
}

// MilliFromFloat rounds a float quantity (from JSON or arithmetic) to thousandths.
func MilliFromFloat(f float64) Milli { return Milli(math.Round(f * 1000)) }

// Float is the quantity as a float, for JSON output only; never for money.
func (q Milli) Float() float64 { return float64(q) / 1000 }

// String formats without trailing zeros: 3200 → "3.2", 2000 → "2".
func (q Milli) String() string {
	s := strconv.FormatFloat(q.Float(), 'f', 3, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// Product is one catalog row.
type Product struct {
	SKU      string         `json:"sku"`
	NameAr   string         `json:"name_ar"`
	NameEn   string         `json:"name_en,omitempty"`
	Synonyms []string       `json:"synonyms,omitempty"`
	Category string         `json:"category,omitempty"`
	Unit     Unit           `json:"unit"`
	Price    money.Piasters `json:"price"` // per unit, before VAT
	// MadeToOrder is true when the stock column was empty: always available.
	MadeToOrder bool     `json:"made_to_order,omitempty"`
	Stock       Milli    `json:"stock"` // units on hand when not made to order
	Material    string   `json:"material,omitempty"`
	Colors      []string `json:"colors,omitempty"` // canonical colour names
	// ItemCode is the product's ETA item code for e-receipts (optional):
	// an EGS code EG-<RIN>-<code> or a GS1 GTIN; see ItemCodeType.
	ItemCode string `json:"item_code,omitempty"`
	// Reserved is set on a product read from a file with the optional
	// reserved column (what fatoora catalog export writes): its Stock is
	// then what was available after reservations, and Reserved what open
	// documents held beside it. Store.ImportWith turns the two back into
	// the count the catalog keeps. Never stored.
	Reserved *Milli `json:"-"`
}

// Available reports whether q units can be sold now.
func (p *Product) Available(q Milli) bool {
	return p.MadeToOrder || p.Stock >= q
}
