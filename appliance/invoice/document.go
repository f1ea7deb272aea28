package invoice

import (
	"time"

	"fatoora/catalog"
	"fatoora/catalog/money"
)

// Kind is a document's type.
type Kind string

const (
	KindInvoice Kind = "invoice"     // فاتورة ضريبية
	KindQuote   Kind = "quote"       // عرض سعر
	KindCredit  Kind = "credit_note" // إشعار دائن
)

// Status is derived from a document's events.
type Status string

const (
	StatusIssued    Status = "issued"    // live, unpaid (or a quote not yet converted)
	StatusPaid      Status = "paid"      // invoice paid
	StatusVoided    Status = "voided"    // invoice cancelled by a credit note
	StatusConverted Status = "converted" // quote turned into an invoice
)

// Buyer is the customer as known from WhatsApp.
type Buyer struct {
	Name       string `json:"name"`
	WaID       string `json:"wa_id"`
	NationalID string `json:"national_id,omitempty"` // 14 digits; required above the threshold
}

// RequestLine is one item to price.
type RequestLine struct {
	Product  catalog.Product
	Quantity catalog.Milli
	Color    string
	DimsCM   []int
}

// Request is what the pipeline asks to price.
type Request struct {
	OrderID       string
	Buyer         Buyer
	Tier          string
	PaymentMethod string
	Lines         []RequestLine
}

// Line is one priced, printed line. Net = Gross − Discount, Total = Net + VAT.
type Line struct {
	No        int            `json:"no"`
	SKU       string         `json:"sku"`
	NameAr    string         `json:"name_ar"`
	NameEn    string         `json:"name_en,omitempty"`
	Material  string         `json:"material,omitempty"`
	Color     string         `json:"color,omitempty"`
	DimsCM    []int          `json:"dims_cm,omitempty"`
	Unit      catalog.Unit   `json:"unit"`
	Quantity  catalog.Milli  `json:"quantity"`
	UnitPrice money.Piasters `json:"unit_price"`
	Gross     money.Piasters `json:"gross"`
	Discount  money.Piasters `json:"discount"`
	Net       money.Piasters `json:"net"`
	VAT       money.Piasters `json:"vat"`
	Total     money.Piasters `json:"total"`
}

// Totals are the exact sums of the lines' columns.
type Totals struct {
	Gross    money.Piasters `json:"gross"`
	Discount money.Piasters `json:"discount"`
	Net      money.Piasters `json:"net"`
	VAT      money.Piasters `json:"vat"`
	Total    money.Piasters `json:"total"`
}

// Priced is a priced request, ready to issue.
type Priced struct {
	OrderID       string            `json:"order_id,omitempty"`
	Buyer         Buyer             `json:"buyer"`
	Tier          string            `json:"tier,omitempty"`
	PaymentMethod string            `json:"payment_method,omitempty"`
	DiscountRate  money.BasisPoints `json:"discount_rate"`
	VATRate       money.BasisPoints `json:"vat_rate"`
	Lines         []Line            `json:"lines"`
	Totals        Totals            `json:"totals"`
}

// Event is a status change recorded against an issued document.
type Event struct {
	At     time.Time `json:"at"`
	Type   string    `json:"type"`             // "paid", "voided", "converted"
	Method string    `json:"method,omitempty"` // payment method, for "paid"
	Ref    string    `json:"ref,omitempty"`    // credit note or invoice number
	Reason string    `json:"reason,omitempty"` // for "voided"
}

// Event types.
const (
	EventPaid      = "paid"
	EventVoided    = "voided"
	EventConverted = "converted"
)

// Document is an issued invoice, quote or credit note.
type Document struct {
	Number     string     `json:"number"`
	Kind       Kind       `json:"kind"`
	Series     string     `json:"series"` // the number prefix
	Seq        uint64     `json:"seq"`
	IssuedAt   time.Time  `json:"issued_at"`
	ValidUntil *time.Time `json:"valid_until,omitempty"` // quotes
	// RefersTo is the original invoice (credit note) or the quote an
	// invoice was converted from.
	RefersTo string `json:"refers_to,omitempty"`
	Reason   string `json:"reason,omitempty"` // credit note: why the original was voided
	Seller   Seller `json:"seller"`
	Priced
	// Events are status changes after issue, oldest first. They are stored
	// apart from the document and filled in by Get, ByOrder and List.
	Events []Event `json:"events,omitempty"`
}

// Status is the document's current status from its events.
func (d *Document) Status() Status {
	s := StatusIssued
	for _, e := range d.Events {
		switch e.Type {
		case EventVoided:
			return StatusVoided
		case EventConverted:
			s = StatusConverted
		case EventPaid:
			s = StatusPaid
		}
	}
	return s
}

// Expired reports whether d is a quote that can no longer be converted.
func (d *Document) Expired(now time.Time) bool {
	return d.Kind == KindQuote && d.ValidUntil != nil && now.After(*d.ValidUntil) && d.Status() == StatusIssued
}

// Title is the document's Arabic title.
func (d *Document) Title() string {
	switch d.Kind {
	case KindQuote:
		return "عرض سعر"
	case KindCredit:
		return "إشعار دائن"
	}
	return "فاتورة ضريبية"
}
