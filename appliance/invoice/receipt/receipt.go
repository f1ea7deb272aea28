package receipt

import "encoding/json"

// Receipt is an ETA receipt, version 1.2. Field order is the order the body
// is written and therefore the order the UUID is computed over: structs,
// never maps. Numbers are json.Number so that the text hashed and the text
// sent are one and the same.
type Receipt struct {
	Header       Header       `json:"header"`
	DocumentType DocumentType `json:"documentType"`
	Seller       Seller       `json:"seller"`
	Buyer        Buyer        `json:"buyer"`
	ItemData     []Item       `json:"itemData"`
	Totals       Totals       `json:"totals"`
}

// Header identifies the receipt and links it into its POS's chain.
type Header struct {
	DateTimeIssued   string      `json:"dateTimeIssued"` // UTC, "2006-01-02T15:04:05Z"
	ReceiptNumber    string      `json:"receiptNumber"`  // the invoice or credit note number
	UUID             string      `json:"uuid"`
	PreviousUUID     string      `json:"previousUUID"`               // "" only for the POS's first receipt
	ReferenceUUID    string      `json:"referenceUUID,omitempty"`    // return: the sale's uuid
	ReferenceOldUUID string      `json:"referenceOldUUID,omitempty"` // re-issue after a rejection
	Currency         string      `json:"currency"`
	ExchangeRate     json.Number `json:"exchangeRate"`
	SOrderNameCode   string      `json:"sOrderNameCode,omitempty"` // the box's order id
}

// DocumentType is sale or return.
type DocumentType struct {
	ReceiptType string `json:"receiptType"` // "s" or "r"
	TypeVersion string `json:"typeVersion"` // "1.2"
}

// Receipt types.
const (
	TypeSale   = "s"
	TypeReturn = "r"
)

// Seller is the registered taxpayer and POS.
type Seller struct {
	RIN                string  `json:"rin"`
	CompanyTradeName   string  `json:"companyTradeName"`
	BranchCode         string  `json:"branchCode"`
	DeviceSerialNumber string  `json:"deviceSerialNumber"`
	ActivityCode       string  `json:"activityCode"`
	BranchAddress      Address `json:"branchAddress"`
}

// Address is the branch's address.
type Address struct {
	Country        string `json:"country"`
	Governate      string `json:"governate"`
	RegionCity     string `json:"regionCity"`
	Street         string `json:"street"`
	BuildingNumber string `json:"buildingNumber"`
}

// Buyer is the consumer; id and name are required at or above the
// national-ID threshold.
type Buyer struct {
	Type         string `json:"type"` // "P" person, "F" foreigner
	ID           string `json:"id,omitempty"`
	Name         string `json:"name,omitempty"`
	MobileNumber string `json:"mobileNumber,omitempty"`
}

// Item is one line.
type Item struct {
	InternalCode           string      `json:"internalCode"`
	Description            string      `json:"description"`
	ItemType               string      `json:"itemType"` // "EGS" or "GS1"
	ItemCode               string      `json:"itemCode"`
	UnitType               string      `json:"unitType"`
	Quantity               json.Number `json:"quantity"`
	UnitPrice              json.Number `json:"unitPrice"`
	NetSale                json.Number `json:"netSale"`
	TotalSale              json.Number `json:"totalSale"`
	Total                  json.Number `json:"total"`
	ValueDifference        json.Number `json:"valueDifference"`
	CommercialDiscountData []Discount  `json:"commercialDiscountData,omitempty"`
	TaxableItems           []Tax       `json:"taxableItems"`
}

// Discount is a commercial discount on a line.
type Discount struct {
	Amount      json.Number `json:"amount"`
	Description string      `json:"description"`
	Rate        json.Number `json:"rate"`
}

// Tax is one tax on a line.
type Tax struct {
	TaxType string      `json:"taxType"`
	Amount  json.Number `json:"amount"`
	SubType string      `json:"subType"`
	Rate    json.Number `json:"rate"`
}

// Totals are the receipt's sums.
type Totals struct {
	TotalSales              json.Number `json:"totalSales"`
	TotalCommercialDiscount json.Number `json:"totalCommercialDiscount"`
	TotalItemsDiscount      json.Number `json:"totalItemsDiscount"`
	NetAmount               json.Number `json:"netAmount"`
	FeesAmount              json.Number `json:"feesAmount"`
	TotalAmount             json.Number `json:"totalAmount"`
	TaxTotals               []TaxTotal  `json:"taxTotals"`
	PaymentMethod           string      `json:"paymentMethod"`
	// Adjustment carries the invoice's rounding to the piaster: totalAmount
	// = netAmount + taxes − totalItemsDiscount + feesAmount + adjustment.
	Adjustment json.Number `json:"adjustment"`
}

// TaxTotal is the sum of one tax type over the lines.
type TaxTotal struct {
	TaxType string      `json:"taxType"`
	Amount  json.Number `json:"amount"`
}
