// Package catalog owns the shop's products: the CSV/XLSX contract, the shop
// vocabulary, the bbolt-backed catalog with its change history, the derived
// bleve index, the matcher used by understanding, stock and alternatives.
package catalog

import (
	"fmt"
	"math"
	"strconv"
	"strings"
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

// Piasters is an amount of money in EGP piasters (1 EGP = 100 piasters).
// Money never passes through a float.
type Piasters int64

// ParsePiasters reads a decimal EGP amount such as "18500", "18,500.50" or
// Arabic-Indic digits, exactly (at most two decimals).
func ParsePiasters(s string) (Piasters, error) {
	m, err := parseFixed(s, 2)
	return Piasters(m), err
}

// String formats as EGP with two decimals and thousands separators: "18,500.00".
func (p Piasters) String() string {
	neg := p < 0
	if neg {
		p = -p
	}
	whole := strconv.FormatInt(int64(p)/100, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	fmt.Fprintf(&b, ".%02d", int64(p)%100)
	return b.String()
}

// Milli is a quantity in thousandths of a unit: 3.2 metres is 3200. Stock and
// order quantities use it so that pricing is integer arithmetic.
type Milli int64

// One is a quantity of exactly one unit.
const One Milli = 1000

// ParseMilli reads a decimal quantity ("2", "3.25", "٢٫٥") exactly, up to three decimals.
func ParseMilli(s string) (Milli, error) {
	m, err := parseFixed(s, 3)
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
	SKU      string   `json:"sku"`
	NameAr   string   `json:"name_ar"`
	NameEn   string   `json:"name_en,omitempty"`
	Synonyms []string `json:"synonyms,omitempty"`
	Category string   `json:"category,omitempty"`
	Unit     Unit     `json:"unit"`
	Price    Piasters `json:"price"` // per unit, before VAT
	// MadeToOrder is true when the stock column was empty: always available.
	MadeToOrder bool     `json:"made_to_order,omitempty"`
	Stock       Milli    `json:"stock"` // units on hand when not made to order
	Material    string   `json:"material,omitempty"`
	Colors      []string `json:"colors,omitempty"` // canonical colour names
	// ItemCode is the product's ETA item code for e-receipts (optional):
	// an EGS code EG-<RIN>-<code> or a GS1 GTIN; see ItemCodeType.
	ItemCode string `json:"item_code,omitempty"`
}

// Available reports whether q units can be sold now.
func (p *Product) Available(q Milli) bool {
	return p.MadeToOrder || p.Stock >= q
}

func parseFixed(s string, decimals int) (int64, error) {
	orig := s
	s = strings.TrimSpace(foldDigits(s))
	s = strings.ReplaceAll(s, ",", "")
	s = strings.ReplaceAll(s, "٬", "")
	s = strings.ReplaceAll(s, "٫", ".")
	if s == "" {
		return 0, fmt.Errorf("empty number")
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" {
		whole = "0"
	}
	if len(frac) > decimals {
		return 0, fmt.Errorf("%q has more than %d decimals", orig, decimals)
	}
	for _, part := range []string{whole, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return 0, fmt.Errorf("%q is not a number", orig)
			}
		}
	}
	frac += strings.Repeat("0", decimals-len(frac))
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil || len(whole) > 15 {
		return 0, fmt.Errorf("%q is out of range", orig)
	}
	if neg {
		n = -n
	}
	return n, nil
}

func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		}
		return r
	}, s)
}
