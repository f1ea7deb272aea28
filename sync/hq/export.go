package hq

import (
	"encoding/csv"
	"fmt"
	"io"
	"time"

	"fatoora/ui/web/sheet"
)

// Columns is the header row of every export.
var Columns = []string{"box_id", "branch", "kind", "number", "issued_at", "customer", "net", "vat", "total", "status", "refers_to", "paid_at", "payment_method", "accepted_at"}

// numeric marks the money columns (written as numbers in XLSX).
var numeric = map[int]bool{6: true, 7: true, 8: true}

// Row is a document's export row, in Columns order. Money is in Egyptian
// pounds with two decimals, times are RFC 3339 in UTC.
func Row(d Document) []string {
	ts := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format(time.RFC3339)
	}
	return []string{d.BoxID, d.Branch, d.Kind, d.Number, ts(d.IssuedAt), d.Customer,
		Pounds(d.Net), Pounds(d.VAT), Pounds(d.Total), d.Status, d.RefersTo, ts(d.PaidAt), d.Method, ts(d.AcceptedAt)}
}

// Pounds formats piasters as pounds: 123456 → "1234.56".
func Pounds(p int64) string {
	sign := ""
	if p < 0 {
		sign, p = "-", -p
	}
	return fmt.Sprintf("%s%d.%02d", sign, p/100, p%100)
}

// WriteCSV writes the header row and one row per document.
func WriteCSV(w io.Writer, docs []Document) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(Columns); err != nil {
		return err
	}
	for _, d := range docs {
		row := Row(d)
		for i, c := range row {
			row[i] = sheet.CSVText(c)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteXLSX writes a one-sheet workbook: the header row and one row per
// document, money as numbers, text as inline strings.
func WriteXLSX(w io.Writer, docs []Document) error {
	x, err := sheet.NewXLSX(w, "documents")
	if err != nil {
		return err
	}
	if err := x.Row(Columns, nil); err != nil {
		return err
	}
	for _, d := range docs {
		if err := x.Row(Row(d), numeric); err != nil {
			return err
		}
	}
	return x.Close()
}
