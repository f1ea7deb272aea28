package staff

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"fatoora/appliance/invoice"
)

// CSV and XLSX exports of documents: the list's filter, every page of it,
// one row per document, streamed as the pages are read.

// exportColumns are the header of both exports.
var exportColumns = []string{"number", "kind", "status", "issued_at", "customer", "wa_id", "order_id", "refers_to",
	"payment_method", "net", "discount", "vat", "total"}

// maxExportRows bounds one export; narrow the dates for more.
const maxExportRows = 200_000

func exportRow(d *invoice.Document) []string {
	money := func(p int64) string { return strconv.FormatFloat(float64(p)/100, 'f', 2, 64) }
	method := d.PaymentMethod
	if m := paidMethod(d); m != "" {
		method = m
	}
	return []string{d.Number, string(d.Kind), string(d.Status()), d.IssuedAt.Local().Format(time.RFC3339), d.Buyer.Name,
		d.Buyer.WaID, d.OrderID, d.RefersTo, method, money(int64(d.Totals.Net)), money(int64(d.Totals.Discount)),
		money(int64(d.Totals.VAT)), money(int64(d.Totals.Total))}
}

// eachExported calls row for every document the request's filter selects.
func (u *UI) eachExported(ctx context.Context, r *http.Request, row func(d *invoice.Document) error) error {
	f, err := docFilter(r.URL.Query(), 500)
	if err != nil {
		return err
	}
	f.After = ""
	n := 0
	for {
		page, err := u.opts.Pipeline.Documents(ctx, f)
		if err != nil {
			return err
		}
		for i := range page.Documents {
			if n == maxExportRows {
				return nil
			}
			n++
			if err := row(&page.Documents[i]); err != nil {
				return err
			}
		}
		if page.Next == "" || f.Number != "" {
			return nil
		}
		f.After = page.Next
	}
}

func exportName(ext string) string {
	return "fatoora-documents-" + time.Now().Format("20060102-1504") + "." + ext
}

func (u *UI) serveExportCSV(w http.ResponseWriter, r *http.Request) {
	if _, err := docFilter(r.URL.Query(), 1); err != nil {
		http.Error(w, text(langOf(r), "err.form"), http.StatusBadRequest)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="`+exportName("csv")+`"`)
	h.Set("Cache-Control", "no-store")
	io.WriteString(w, "\ufeff") // a BOM, so spreadsheet programs read Arabic as UTF-8
	cw := csv.NewWriter(w)
	cw.Write(exportColumns)
	err := u.eachExported(r.Context(), r, func(d *invoice.Document) error {
		row := exportRow(d)
		row[4] = csvText(row[4]) // the customer's WhatsApp name: their own text
		return cw.Write(row)
	})
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err != nil {
		u.log.Error("csv export", "err", err) // the header is gone: the file ends short
		return
	}
	u.record(r, "documents.export", "csv", r.URL.RawQuery)
}

func (u *UI) serveExportXLSX(w http.ResponseWriter, r *http.Request) {
	if _, err := docFilter(r.URL.Query(), 1); err != nil {
		http.Error(w, text(langOf(r), "err.form"), http.StatusBadRequest)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	h.Set("Content-Disposition", `attachment; filename="`+exportName("xlsx")+`"`)
	h.Set("Cache-Control", "no-store")
	x, err := newXLSXWriter(w, "documents")
	if err == nil {
		err = x.Row(exportColumns, nil)
	}
	if err == nil {
		numeric := map[int]bool{9: true, 10: true, 11: true, 12: true}
		err = u.eachExported(r.Context(), r, func(d *invoice.Document) error { return x.Row(exportRow(d), numeric) })
	}
	if err == nil {
		err = x.Close()
	}
	if err != nil {
		u.log.Error("xlsx export", "err", err)
		return
	}
	u.record(r, "documents.export", "xlsx", r.URL.RawQuery)
}

// xlsxWriter writes a one-sheet workbook, row by row, with inline strings
// (no shared-string table, so nothing is held in memory): the smallest
// SpreadsheetML that Excel, LibreOffice and catalog.ParseXLSX open.
type xlsxWriter struct {
	zw    *zip.Writer
	sheet io.Writer
	row   int
}

func newXLSXWriter(w io.Writer, sheetName string) (*xlsxWriter, error) {
	zw := zip.NewWriter(w)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="` + xmlEscape(sheetName) + `" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
	}
	for _, p := range parts {
		f, err := zw.Create(p.name)
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return nil, err
		}
	}
	sheet, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return nil, err
	}
	_, err = io.WriteString(sheet, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	return &xlsxWriter{zw: zw, sheet: sheet}, err
}

// Row writes one row; the cells whose index is in numeric are numbers.
func (x *xlsxWriter) Row(cells []string, numeric map[int]bool) error {
	x.row++
	var b strings.Builder
	fmt.Fprintf(&b, `<row r="%d">`, x.row)
	for i, c := range cells {
		ref := colName(i) + strconv.Itoa(x.row)
		if _, err := strconv.ParseFloat(c, 64); err == nil && numeric[i] {
			fmt.Fprintf(&b, `<c r="%s"><v>%s</v></c>`, ref, c)
			continue
		}
		fmt.Fprintf(&b, `<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>`, ref, xmlEscape(c))
	}
	b.WriteString(`</row>`)
	_, err := io.WriteString(x.sheet, b.String())
	return err
}

// Close ends the sheet and the archive.
func (x *xlsxWriter) Close() error {
	if _, err := io.WriteString(x.sheet, `</sheetData></worksheet>`); err != nil {
		return err
	}
	return x.zw.Close()
}

// colName is a 0-based column's letters: 0 → A, 26 → AA.
func colName(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

func xmlEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		default:
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
				continue // not allowed in XML 1.0
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// csvText keeps a spreadsheet from reading text as a formula (a WhatsApp
// profile name "=HYPERLINK(…)" opened in Excel): such a cell gets a
// leading apostrophe, which spreadsheets show as text. XLSX cells are
// typed strings and need nothing.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
