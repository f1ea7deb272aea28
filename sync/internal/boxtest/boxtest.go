// Package boxtest issues real invoices, payments and credit notes into a
// box's store with the box's own invoice book, for the sync tests and
// benchmarks: the outbox/hq entries they leave are exactly the ones the
// pipeline leaves.
package boxtest

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/invoice"
	"fatoora/appliance/store"
	"fatoora/catalog"
)

// Book returns an invoice book for branch code (numbers INV-<code>-000001)
// that reserves no stock.
func Book(code string) (*invoice.Book, error) {
	return invoice.NewBook(invoice.Config{
		Seller:     invoice.Seller{Name: "معرض الاختبار", Branch: "فرع " + code, Address: "القاهرة", TaxRegNo: "312-456-789"},
		BranchCode: code, InvoicePrefix: "INV-" + code + "-", VAT: 1400, Stock: invoice.NoStock{},
	})
}

var sofa = catalog.Product{SKU: "SOFA-1", NameAr: "كنبة", Unit: catalog.Piece, Price: 12_345_00, MadeToOrder: true}

// Priced is invoice i's priced request (one to four sofas, customer i).
func Priced(b *invoice.Book, i int) (invoice.Priced, error) {
	return b.Price(invoice.Request{
		OrderID: fmt.Sprintf("order-%d", i), Buyer: invoice.Buyer{Name: fmt.Sprintf("عميل %d", i), WaID: fmt.Sprintf("2010%08d", i)},
		PaymentMethod: "cash",
		Lines:         []invoice.RequestLine{{Product: sofa, Quantity: catalog.Milli(1000 * (1 + i%4))}},
	})
}

// Invoices issues n invoices, per transactions of up to 1000, starting
// with order number first, issued at at. It returns their numbers.
func Invoices(db *store.DB, b *invoice.Book, first, n int, at time.Time) ([]string, error) {
	var nums []string
	for done := 0; done < n; {
		chunk := min(1000, n-done)
		err := db.Update(func(tx *bolt.Tx) error {
			for i := range chunk {
				p, err := Priced(b, first+done+i)
				if err != nil {
					return err
				}
				d, err := b.IssueInvoice(tx, p, at)
				if err != nil {
					return err
				}
				nums = append(nums, d.Number)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		done += chunk
	}
	return nums, nil
}
