package staff

import (
	"fatoora/ui/web/sheet"

	"context"
	"encoding/csv"
	"io"
	"net/http"
	"strconv"
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
		row[4] = sheet.CSVText(row[4]) // the customer's WhatsApp name: their own text
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
	x, err := sheet.NewXLSX(w, "documents")
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
