package invoice

import (
	"errors"
	"fmt"
	"slices"

	"fatoora/catalog/money"
)

// Pricing errors.
var (
	ErrNoLines     = errors.New("nothing to price")
	ErrUnknownTier = errors.New("unknown customer tier")
	ErrBadQuantity = errors.New("quantity must be positive")
	ErrBadPrice    = errors.New("price must not be negative")
)

// Price prices a request from the catalog data in its lines. It is pure.
func (b *Book) Price(req Request) (Priced, error) {
	if len(req.Lines) == 0 {
		return Priced{}, ErrNoLines
	}
	var disc money.BasisPoints
	if req.Tier != "" {
		d, ok := b.cfg.Tiers[req.Tier]
		if !ok {
			return Priced{}, fmt.Errorf("%w %q", ErrUnknownTier, req.Tier)
		}
		disc = d
	}
	p := Priced{
		OrderID:       req.OrderID,
		Buyer:         req.Buyer,
		Tier:          req.Tier,
		PaymentMethod: req.PaymentMethod,
		DiscountRate:  disc,
		VATRate:       b.cfg.VAT,
		Lines:         make([]Line, 0, len(req.Lines)),
	}
	for i, rl := range req.Lines {
		l, err := priceLine(i+1, rl, disc, b.cfg.VAT)
		if err != nil {
			return Priced{}, fmt.Errorf("line %d (%s): %w", i+1, rl.Product.SKU, err)
		}
		p.Lines = append(p.Lines, l)
	}
	t, err := sumLines(p.Lines)
	if err != nil {
		return Priced{}, err
	}
	p.Totals = t
	return p, nil
}

func priceLine(no int, rl RequestLine, disc, vat money.BasisPoints) (Line, error) {
	if rl.Quantity <= 0 {
		return Line{}, ErrBadQuantity
	}
	pr := rl.Product
	if pr.Price < 0 {
		return Line{}, ErrBadPrice
	}
	l := Line{
		No: no, SKU: pr.SKU, NameAr: pr.NameAr, NameEn: pr.NameEn, Material: pr.Material,
		Color: rl.Color, DimsCM: slices.Clone(rl.DimsCM), Unit: pr.Unit,
		Quantity: rl.Quantity, UnitPrice: pr.Price,
	}
	var err error
	if l.Gross, err = LineAmount(rl.Quantity, pr.Price); err != nil {
		return Line{}, err
	}
	if l.Discount, err = money.ApplyRate(l.Gross, disc); err != nil {
		return Line{}, err
	}
	l.Net = l.Gross - l.Discount
	if l.VAT, err = money.ApplyRate(l.Net, vat); err != nil {
		return Line{}, err
	}
	if l.Total, err = money.Add(l.Net, l.VAT); err != nil {
		return Line{}, err
	}
	return l, nil
}

func sumLines(lines []Line) (Totals, error) {
	var t Totals
	var err error
	for _, l := range lines {
		for _, f := range []struct {
			sum *money.Piasters
			v   money.Piasters
		}{{&t.Gross, l.Gross}, {&t.Discount, l.Discount}, {&t.Net, l.Net}, {&t.VAT, l.VAT}, {&t.Total, l.Total}} {
			if *f.sum, err = money.Add(*f.sum, f.v); err != nil {
				return Totals{}, err
			}
		}
	}
	return t, nil
}
