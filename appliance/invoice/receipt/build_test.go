package receipt

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"fatoora/appliance/invoice"
	"fatoora/catalog"
)

func TestBuild_DerivedItemCodeNeverBlocksASale(t *testing.T) {
	b := testBook(t)
	odd := catalog.Product{SKU: "كرسي 12/أ", NameAr: "كرسي", Unit: catalog.Piece, Price: 100_00}
	p, err := b.Price(invoice.Request{Lines: []invoice.RequestLine{{Product: odd, Quantity: catalog.One}}})
	if err != nil {
		t.Fatal(err)
	}
	doc := &invoice.Document{Number: "INV-1", Kind: invoice.KindInvoice, Priced: p}
	r, err := Build(doc, testPOS, Link{}, []string{""}, invoice.DefaultNationalIDAbove)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.ItemData[0].ItemCode; got != "EG-123456789-_____12__" || r.ItemData[0].ItemType != catalog.ItemCodeEGS {
		t.Errorf("derived code %q (%s)", got, r.ItemData[0].ItemType)
	}
	if r.ItemData[0].InternalCode != odd.SKU {
		t.Errorf("internal code %q", r.ItemData[0].InternalCode)
	}
}

func TestBuild_Rules(t *testing.T) {
	b := testBook(t)
	price := func(req invoice.Request) invoice.Priced {
		p, err := b.Price(req)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name string
		doc  invoice.Document
		link Link
		err  error
		want func(t *testing.T, r *Receipt)
	}{
		{name: "quote gets nothing", doc: invoice.Document{Kind: invoice.KindQuote, Priced: price(invoice.Request{Lines: []invoice.RequestLine{{Product: chair, Quantity: catalog.One}}})}, err: ErrNoReceipt},
		{name: "return without its sale", doc: invoice.Document{Kind: invoice.KindCredit, Priced: price(invoice.Request{Lines: []invoice.RequestLine{{Product: chair, Quantity: catalog.One}}})}, err: errors.New("the sale's uuid")},
		{name: "rounded up: the adjustment carries it", doc: invoice.Document{Kind: invoice.KindInvoice, Priced: price(invoice.Request{Lines: []invoice.RequestLine{{Product: panel, Quantity: 1500}}})},
			want: func(t *testing.T, r *Receipt) {
				// 1.5 × 333.33 = 499.995, invoiced 500.00.
				it := r.ItemData[0]
				if it.TotalSale != "499.995" || it.NetSale != "499.995" || len(it.CommercialDiscountData) != 0 || it.TaxableItems[0].Amount != "70.00" {
					t.Errorf("item %+v", it)
				}
				if r.Totals.TotalAmount != "570.00" || r.Totals.Adjustment != "0.005" {
					t.Errorf("totals %+v", r.Totals)
				}
			}},
		{name: "card and other payment methods", doc: invoice.Document{Kind: invoice.KindInvoice, Priced: price(invoice.Request{PaymentMethod: "Meeza", Lines: []invoice.RequestLine{{Product: chair, Quantity: catalog.One}}})},
			want: func(t *testing.T, r *Receipt) {
				if r.Totals.PaymentMethod != "V" {
					t.Errorf("payment method %s", r.Totals.PaymentMethod)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Build(&tc.doc, testPOS, tc.link, codesOf(&tc.doc), invoice.DefaultNationalIDAbove)
			if tc.err != nil {
				if err == nil || !(errors.Is(err, tc.err) || strings.Contains(err.Error(), tc.err.Error())) {
					t.Fatalf("err %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if _, err := json.Marshal(r); err != nil {
				t.Fatal(err)
			}
			tc.want(t, r)
		})
	}
}

func TestAmount_String(t *testing.T) {
	for _, tc := range []struct {
		a    Amount
		want string
	}{{0, "0.00"}, {100000, "1.00"}, {123450000, "1234.50"}, {395062400, "3950.624"}, {1, "0.00001"}, {-500, "-0.005"}} {
		if got := tc.a.String(); got != tc.want {
			t.Errorf("%d: %q, want %q", tc.a, got, tc.want)
		}
		if back, err := ParseAmount(json.Number(tc.want)); err != nil || back != tc.a {
			t.Errorf("ParseAmount(%q) = %d, %v", tc.want, back, err)
		}
	}
}

// FuzzCanonical: any JSON object serialises without panicking, and a
// sealed body's uuid is stable across a decode and re-encode of the same
// structs.
func FuzzCanonical(f *testing.F) {
	f.Add([]byte(`{"header":{"uuid":"x","n":14.0},"itemData":[{"a":1},{"a":"ب"}]}`))
	f.Add([]byte(`{"a":[1,2,[3]]}`))
	f.Add([]byte(`{"a":null}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		c, err := Canonical(body)
		if err != nil {
			return
		}
		if !json.Valid(body) {
			t.Fatalf("serialised invalid JSON %q as %q", body, c)
		}
	})
}
