package hq

import (
	"archive/zip"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
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
			row[i] = csvSafe(c)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe keeps a spreadsheet from reading a customer's name as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+@\t\r", rune(s[0])) {
		return "'" + s
	}
	if len(s) > 1 && s[0] == '-' && (s[1] < '0' || s[1] > '9') {
		return "'" + s
	}
	return s
}

// WriteXLSX writes a one-sheet workbook: the header row and one row per
// document, money as numbers, text as inline strings. It is the smallest
// file Excel, LibreOffice and catalog.ParseXLSX all read.
func WriteXLSX(w io.Writer, docs []Document) error {
	zw := zip.NewWriter(w)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="documents" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
	}
	for _, p := range parts {
		f, err := zw.Create(p.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	f, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return err
	}
	if _, err := io.WriteString(f, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`); err != nil {
		return err
	}
	writeRow := func(n int, cells []string, header bool) error {
		var b strings.Builder
		fmt.Fprintf(&b, `<row r="%d">`, n)
		for i, c := range cells {
			ref := colName(i) + strconv.Itoa(n)
			if !header && numeric[i] {
				fmt.Fprintf(&b, `<c r="%s"><v>%s</v></c>`, ref, c)
				continue
			}
			fmt.Fprintf(&b, `<c r="%s" t="inlineStr"><is><t xml:space="preserve">`, ref)
			if err := xml.EscapeText(&b, []byte(c)); err != nil {
				return err
			}
			b.WriteString(`</t></is></c>`)
		}
		b.WriteString(`</row>`)
		_, err := io.WriteString(f, b.String())
		return err
	}
	if err := writeRow(1, Columns, true); err != nil {
		return err
	}
	for i, d := range docs {
		if err := writeRow(i+2, Row(d), false); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(f, `</sheetData></worksheet>`); err != nil {
		return err
	}
	return zw.Close()
}

// colName is the spreadsheet column of index i: 0 → A, 26 → AA.
func colName(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}
