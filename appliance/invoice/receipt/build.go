package receipt

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"fatoora/appliance/invoice"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// TimeLayout is dateTimeIssued's layout: UTC to the second.
const TimeLayout = "2006-01-02T15:04:05Z"

// ErrNoReceipt is returned by Build for documents that get no receipt (quotes).
var ErrNoReceipt = errors.New("no receipt for this document")

// Seller is the registered POS and its taxpayer.
type POS struct {
	// RIN is the seller's 9-digit tax registration number.
	RIN string
	// BranchCode is the branch's code on the ETA portal ("0" for the head office).
	BranchCode string
	// Serial is the POS device serial registered on the portal.
	Serial string
	// ActivityCode is the taxpayer's activity code (e.g. 4759 furniture retail).
	ActivityCode string
	// TradeName is companyTradeName; default the document's seller name.
	TradeName string
	// Address is the branch address; default from the document's seller
	// block (the street address, the city as governorate and city).
	Address Address
}

// Validate reports the first problem.
func (p POS) Validate() error {
	var errs []error
	if !digits(p.RIN, 9) {
		errs = append(errs, fmt.Errorf("rin %q: want 9 digits", p.RIN))
	}
	if strings.TrimSpace(p.BranchCode) == "" {
		errs = append(errs, errors.New("branch code is required"))
	}
	if strings.TrimSpace(p.Serial) == "" {
		errs = append(errs, errors.New("pos serial is required"))
	}
	if strings.TrimSpace(p.ActivityCode) == "" {
		errs = append(errs, errors.New("activity code is required"))
	}
	return errors.Join(errs...)
}

// Link is where a receipt sits in its chain.
type Link struct {
	Previous  string // previousUUID: the POS's last issued receipt, "" for its first
	Reference string // referenceUUID: a return's sale
	OldUUID   string // referenceOldUUID: the rejected receipt this one replaces
}

// Line is what Build needs beyond the invoice line: the item's ETA code.
type Line struct {
	ItemCode string // EGS "EG-<rin>-<code>" or a GS1 GTIN
}

// Build makes the receipt of an issued invoice (a sale) or credit note (a
// return); codes[i] is line i's item code ("" derives the EGS code
// EG-<rin>-<sku>). nationalIDAbove is the total at or above which the buyer's
// national ID is required: the invoice book's own threshold, so that a
// receipt never refuses what the book issued (the book checks first,
// before it writes anything). The UUID is not set: Seal does that.
func Build(doc *invoice.Document, pos POS, link Link, codes []string, nationalIDAbove money.Piasters) (*Receipt, error) {
	typ := TypeSale
	switch doc.Kind {
	case invoice.KindInvoice:
	case invoice.KindCredit:
		typ = TypeReturn
		if link.Reference == "" {
			return nil, fmt.Errorf("return receipt for %s: the sale's uuid is required", doc.Number)
		}
	default:
		return nil, fmt.Errorf("%s (%s): %w", doc.Number, doc.Kind, ErrNoReceipt)
	}
	if len(codes) != len(doc.Lines) {
		return nil, fmt.Errorf("receipt %s: %d item codes for %d lines", doc.Number, len(codes), len(doc.Lines))
	}
	addr := pos.Address
	if addr == (Address{}) {
		city := doc.Seller.City
		if city == "" {
			city = "Cairo"
		}
		addr = Address{Country: "EG", Governate: city, RegionCity: city, Street: doc.Seller.Address, BuildingNumber: "0"}
	}
	addr.Country = "EG"
	name := pos.TradeName
	if name == "" {
		name = doc.Seller.Name
	}
	r := &Receipt{
		Header: Header{
			DateTimeIssued:   doc.IssuedAt.UTC().Format(TimeLayout),
			ReceiptNumber:    doc.Number,
			PreviousUUID:     link.Previous,
			ReferenceUUID:    link.Reference,
			ReferenceOldUUID: link.OldUUID,
			Currency:         "EGP",
			ExchangeRate:     "0",
			SOrderNameCode:   text(doc.OrderID),
		},
		DocumentType: DocumentType{ReceiptType: typ, TypeVersion: "1.2"},
		Seller: Seller{
			RIN: pos.RIN, CompanyTradeName: text(name), BranchCode: pos.BranchCode,
			DeviceSerialNumber: pos.Serial, ActivityCode: pos.ActivityCode,
			BranchAddress: Address{Country: addr.Country, Governate: text(addr.Governate), RegionCity: text(addr.RegionCity),
				Street: text(addr.Street), BuildingNumber: text(addr.BuildingNumber)},
		},
		Buyer: Buyer{Type: "P", Name: text(doc.Buyer.Name), MobileNumber: mobile(doc.Buyer.WaID)},
	}
	if id := asciiDigits(doc.Buyer.NationalID); digits(id, 14) {
		r.Buyer.ID = id
	}
	if doc.Totals.Total >= nationalIDAbove && r.Buyer.ID == "" {
		// The book refuses such an invoice before writing anything, with
		// the same rule; this only guards a mismatched configuration.
		return nil, fmt.Errorf("receipt %s: total EGP %s is EGP %s or more and the buyer's national ID is missing", doc.Number, doc.Totals.Total, nationalIDAbove)
	}
	var sales, commercial, net, tax Amount
	for i := range doc.Lines {
		l := &doc.Lines[i]
		it, err := item(l, doc, pos, codes[i])
		if err != nil {
			return nil, fmt.Errorf("receipt %s line %d: %w", doc.Number, l.No, err)
		}
		r.ItemData = append(r.ItemData, it.Item)
		sales += it.totalSale
		commercial += it.commercial
		net += it.netSale
		tax += it.tax
	}
	total := fromPiasters(doc.Totals.Total)
	r.Totals = Totals{
		TotalSales:              sales.Number(),
		TotalCommercialDiscount: commercial.Number(),
		TotalItemsDiscount:      Amount(0).Number(),
		NetAmount:               net.Number(),
		FeesAmount:              Amount(0).Number(),
		TotalAmount:             total.Number(),
		TaxTotals:               []TaxTotal{{TaxType: "T1", Amount: tax.Number()}},
		PaymentMethod:           paymentMethod(doc.PaymentMethod),
		Adjustment:              (total - net - tax).Number(),
	}
	return r, nil
}

type builtItem struct {
	Item
	totalSale, commercial, netSale, tax Amount
}

func item(l *invoice.Line, doc *invoice.Document, pos POS, code string) (builtItem, error) {
	if code == "" {
		code = DerivedItemCode(pos.RIN, l.SKU)
	}
	kind, err := catalog.ItemCodeType(code)
	if err != nil {
		return builtItem{}, err
	}
	exact, err := mulQtyPrice(l.Quantity, l.UnitPrice)
	if err != nil {
		return builtItem{}, err
	}
	b := builtItem{totalSale: exact, tax: fromPiasters(l.VAT)}
	// The invoice rounds quantity × price to the piaster. Rounding down
	// is a commercial discount of the difference (net stays the invoice's);
	// rounding up leaves netSale exact and the receipt's adjustment carries it.
	var discounts []Discount
	if c := exact - fromPiasters(l.Net); c >= 0 {
		b.commercial = c
		if c > 0 {
			d := Discount{Amount: c.Number(), Description: "خصم", Rate: rateNumber(doc.DiscountRate)}
			if l.Discount == 0 {
				d.Description, d.Rate = "تقريب", "0"
			}
			discounts = append(discounts, d)
		}
	} else {
		b.commercial = fromPiasters(l.Discount)
		if l.Discount > 0 {
			discounts = append(discounts, Discount{Amount: b.commercial.Number(), Description: "خصم", Rate: rateNumber(doc.DiscountRate)})
		}
	}
	b.netSale = exact - b.commercial
	desc := l.NameAr
	if l.Color != "" {
		desc += " - " + l.Color
	}
	b.Item = Item{
		InternalCode: text(l.SKU), Description: text(desc), ItemType: kind, ItemCode: code,
		UnitType: UnitType(l.Unit), Quantity: json.Number(l.Quantity.String()),
		UnitPrice: fromPiasters(l.UnitPrice).Number(), NetSale: b.netSale.Number(),
		TotalSale: exact.Number(), Total: (b.netSale + b.tax).Number(), ValueDifference: Amount(0).Number(),
		CommercialDiscountData: discounts,
		TaxableItems:           []Tax{{TaxType: "T1", Amount: b.tax.Number(), SubType: "V009", Rate: rateNumber(doc.VATRate)}},
	}
	return b, nil
}

// DerivedItemCode is the EGS code a product without an item_code is
// reported under: EG-<rin>-<sku>, with characters an EGS code cannot hold
// replaced by '_'. Head office must register it with ETA; until then ETA
// rejects the receipt and staff see why, but the sale is never blocked.
func DerivedItemCode(rin, sku string) string {
	return "EG-" + rin + "-" + strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.' {
			return r
		}
		return '_'
	}, sku)
}

// UnitType is ETA's unit code (UN/ECE Recommendation 20) of a catalog unit.
func UnitType(u catalog.Unit) string {
	switch u {
	case catalog.Meter:
		return "MTR"
	case catalog.SquareMeter:
		return "MTK"
	}
	return "C62" // one (unit, piece)
}

func paymentMethod(m string) string {
	switch strings.ToLower(strings.TrimSpace(m)) {
	case "cash", "":
		return "C"
	case "card", "visa", "meeza":
		return "V"
	}
	return "O"
}

// text makes a string safe for ETA's serialisation, which writes strings
// without escaping: '"' and '\' become look-alikes, control characters spaces.
func text(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r == '"':
			return '”'
		case r == '\\':
			return '/'
		case unicode.IsControl(r):
			return ' '
		}
		return r
	}, s))
}

func mobile(waID string) string {
	d := asciiDigits(waID)
	if strings.HasPrefix(d, "20") && len(d) == 12 {
		return "0" + d[2:]
	}
	return d
}

func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return r
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r == ' ' || r == '-':
			return -1
		}
		return 'x'
	}, strings.TrimSpace(s))
}

func digits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// BusinessTaxNumber reports a buyer identified by a 9-digit tax
// registration number instead of a national ID: a business, which gets
// head office's e-invoice, not a receipt.
func BusinessTaxNumber(b invoice.Buyer) (string, bool) {
	d := asciiDigits(b.NationalID)
	return d, digits(d, 9)
}

// ShareURL is the receipt's QR: ETA's share page of the receipt, with the
// total and the issuer's RIN after '#'. It needs nothing but what the box
// has at issue time.
func ShareURL(portalURL, uuid, dateTimeIssued, totalAmount, rin string) string {
	return strings.TrimRight(portalURL, "/") + "/receipts/search/" + url.PathEscape(uuid) + "/share/" +
		url.PathEscape(dateTimeIssued) + "#Total:" + totalAmount + ",IssuerRIN:" + rin
}
