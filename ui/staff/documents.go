package staff

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"

	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/pdf"
	"fatoora/appliance/pipeline"
	"fatoora/catalog/money"
)

// --- documents ---------------------------------------------------------------

type documentsData struct {
	Docs  []invoice.Document
	Query struct {
		Kind, Status, From, To, Q string
	}
	Kinds     []invoice.Kind
	Statuses  []invoice.Status
	Next      string // URL of the next page
	Export    string // query string of the filter, for the exports
	CanExport bool
}

// docFilter reads the list's filter from the query: kind, status, from
// and to (dates, to inclusive), q (a number, its sequence, or a customer's
// WhatsApp number) and the after cursor.
func docFilter(q url.Values, limit int) (pipeline.DocumentFilter, error) {
	f := pipeline.DocumentFilter{Kind: invoice.Kind(q.Get("kind")), Status: invoice.Status(q.Get("status"))}
	switch f.Kind {
	case "", invoice.KindInvoice, invoice.KindQuote, invoice.KindCredit:
	default:
		return f, fmt.Errorf("kind %q", f.Kind)
	}
	switch f.Status {
	case "", invoice.StatusIssued, invoice.StatusPaid, invoice.StatusVoided, invoice.StatusConverted:
	default:
		return f, fmt.Errorf("status %q", f.Status)
	}
	var err error
	if f.From, err = parseDay(q.Get("from")); err != nil {
		return f, err
	}
	if f.To, err = parseDay(q.Get("to")); err != nil {
		return f, err
	}
	if !f.To.IsZero() {
		f.To = f.To.AddDate(0, 0, 1) // the "to" day is included
	}
	if s := strings.TrimSpace(q.Get("q")); s != "" {
		if isPhone(s) {
			f.Customer = strings.TrimPrefix(strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) || r == '-' {
					return -1
				}
				return r
			}, s), "+")
		} else {
			f.Number = strings.ToUpper(s)
		}
	}
	f.After, f.Limit = q.Get("after"), limit
	return f, nil
}

// isPhone: a WhatsApp number is 10 digits or more (spaces, '+', '-' allowed);
// a shorter run of digits is a document's sequence.
func isPhone(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n++
		case r == '+' || r == '-' || unicode.IsSpace(r):
		default:
			return false
		}
	}
	return n >= 10
}

func parseDay(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.ParseInLocation("2006-01-02", s, time.Local)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q", s)
	}
	return t, nil
}

func (u *UI) serveDocuments(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	q := r.URL.Query()
	f, err := docFilter(q, 50)
	if err != nil {
		http.Error(w, text(v.Lang, "err.form"), http.StatusBadRequest)
		return
	}
	page, err := u.opts.Pipeline.Documents(r.Context(), f)
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	d := documentsData{Docs: page.Documents, Kinds: []invoice.Kind{invoice.KindInvoice, invoice.KindQuote, invoice.KindCredit},
		Statuses:  []invoice.Status{invoice.StatusIssued, invoice.StatusPaid, invoice.StatusVoided, invoice.StatusConverted},
		CanExport: v.User.Can("reports.view")}
	d.Query.Kind, d.Query.Status, d.Query.From, d.Query.To, d.Query.Q = q.Get("kind"), q.Get("status"), q.Get("from"), q.Get("to"), q.Get("q")
	eq := url.Values{}
	for _, k := range []string{"kind", "status", "from", "to", "q"} {
		if q.Get(k) != "" {
			eq.Set(k, q.Get(k))
		}
	}
	d.Export = eq.Encode()
	if page.Next != "" {
		eq.Set("after", page.Next)
		d.Next = u.opts.Prefix + "/documents?" + eq.Encode()
	}
	v.Data = d
	u.render(w, http.StatusOK, "documents", v)
}

// docsFail answers an error of the pipeline with its message.
func (u *UI) docsFail(w http.ResponseWriter, r *http.Request, err error) {
	v := u.newView(r)
	key, st := docsErrKey(err)
	if st == http.StatusInternalServerError {
		u.log.Error("staff request failed", "path", r.URL.Path, "err", err)
	}
	if st == http.StatusNotFound {
		u.serveNotFound(w, r)
		return
	}
	v.Data = errorPage{Title: "err.title", Body: text(v.Lang, key)}
	u.render(w, st, "error", v)
}

type documentData struct {
	Doc                        invoice.Document
	Status                     invoice.Status
	Methods                    []string
	CreditNote                 string // the credit note that voided it
	CanResend, CanPay, CanVoid bool
}

func (u *UI) serveDocument(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	d, err := u.opts.Pipeline.Document(r.Context(), r.PathValue("number"))
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	docsNotice(&v, r, "doc.done.")
	dd := documentData{Doc: d, Status: d.Status(), Methods: payMethods}
	for _, e := range d.Events {
		if e.Type == invoice.EventVoided {
			dd.CreditNote = e.Ref
		}
	}
	isInv := d.Kind == invoice.KindInvoice
	dd.CanResend = v.User.Can("documents.resend") && d.Buyer.WaID != ""
	dd.CanPay = v.User.Can("payments.mark") && isInv && dd.Status == invoice.StatusIssued
	dd.CanVoid = v.User.Can("documents.void") && isInv && dd.Status != invoice.StatusVoided
	v.Data = dd
	u.render(w, http.StatusOK, "document", v)
}

func (u *UI) serveDocumentPDF(w http.ResponseWriter, r *http.Request) {
	number := r.PathValue("number")
	if _, err := u.opts.Pipeline.Document(r.Context(), number); err != nil {
		u.docsFail(w, r, err)
		return
	}
	b, err := u.opts.Pipeline.DocumentPDF(r.Context(), number)
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/pdf")
	h.Set("Content-Disposition", `inline; filename="`+number+`.pdf"`)
	h.Set("Cache-Control", "private, no-store")
	w.Write(b)
}

func (u *UI) docBack(w http.ResponseWriter, r *http.Request, number string, q url.Values) {
	http.Redirect(w, r, u.opts.Prefix+"/documents/"+url.PathEscape(number)+"?"+q.Encode(), http.StatusSeeOther)
}

// docFailBack returns to the document with the error's message.
func (u *UI) docFailBack(w http.ResponseWriter, r *http.Request, number string, err error) {
	key, st := docsErrKey(err)
	if st == http.StatusNotFound {
		u.serveNotFound(w, r)
		return
	}
	if st == http.StatusInternalServerError {
		u.log.Error("staff action failed", "path", r.URL.Path, "err", err)
	}
	u.docBack(w, r, number, url.Values{"err": {strings.TrimPrefix(key, "err.")}})
}

func (u *UI) handleResend(w http.ResponseWriter, r *http.Request) {
	number := r.PathValue("number")
	if _, err := u.opts.Pipeline.Resend(r.Context(), number, actorName(r)); err != nil {
		u.docFailBack(w, r, number, err)
		return
	}
	u.record(r, "document.resend", number, "")
	u.docBack(w, r, number, url.Values{"done": {"resent"}})
}

func (u *UI) handleMarkPaid(w http.ResponseWriter, r *http.Request) {
	number := r.PathValue("number")
	if !parseForm(w, r) {
		u.docFailBack(w, r, number, errForm)
		return
	}
	method := r.PostForm.Get("method")
	known := false
	for _, m := range payMethods {
		known = known || m == method
	}
	if !known {
		u.docBack(w, r, number, url.Values{"err": {"doc.method"}})
		return
	}
	if err := u.opts.Pipeline.MarkPaid(r.Context(), number, method, actorName(r)); err != nil {
		u.docFailBack(w, r, number, err)
		return
	}
	u.record(r, "document.paid", number, method)
	u.docBack(w, r, number, url.Values{"done": {"paid"}})
}

func (u *UI) handleVoid(w http.ResponseWriter, r *http.Request) {
	number := r.PathValue("number")
	if !parseForm(w, r) {
		u.docFailBack(w, r, number, errForm)
		return
	}
	reason := strings.TrimSpace(r.PostForm.Get("reason"))
	cn, err := u.opts.Pipeline.Void(r.Context(), number, reason, actorName(r))
	if err != nil {
		u.docFailBack(w, r, number, err)
		return
	}
	u.record(r, "document.void", number, cn+": "+reason)
	u.docBack(w, r, cn, url.Values{"done": {"voided"}, "ref": {number}})
}

// --- end-of-day report ----------------------------------------------------------

// dayTotals sums one kind of document (or one payment method).
type dayTotals struct {
	Count           int
	Net, VAT, Total money.Piasters
}

func (t *dayTotals) add(d *invoice.Document) {
	t.Count++
	t.Net += d.Totals.Net
	t.VAT += d.Totals.VAT
	t.Total += d.Totals.Total
}

type methodTotal struct {
	Method string
	dayTotals
}

type reportData struct {
	Date, Prev, Next string
	// Invoices issued that day (voided ones apart), split by payment.
	Invoices, Paid, Unpaid, Voided, Credits, Quotes dayTotals
	ByMethod                                        []methodTotal
	Docs                                            []invoice.Document
	Truncated                                       bool
}

// maxReportDocs bounds one day's report (a showroom issues tens a day).
const maxReportDocs = 5000

func (u *UI) serveDayReport(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	day, err := reportDay(r)
	if err != nil {
		http.Error(w, text(v.Lang, "err.form"), http.StatusBadRequest)
		return
	}
	rd, err := u.dayReport(r.Context(), day)
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	v.Data = rd
	u.render(w, http.StatusOK, "report", v)
}

// reportDay reads ?date= (default today, on the box's clock).
func reportDay(r *http.Request) (time.Time, error) {
	day, err := parseDay(r.URL.Query().Get("date"))
	if err != nil || !day.IsZero() {
		return day, err
	}
	now := time.Now()
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.Local), nil
}

// serveDayReportPDF prints the day report as an Arabic A4 PDF with the
// invoices' font and shaping (package pdf).
func (u *UI) serveDayReportPDF(w http.ResponseWriter, r *http.Request) {
	day, err := reportDay(r)
	if err != nil {
		http.Error(w, text(langOf(r), "err.form"), http.StatusBadRequest)
		return
	}
	rd, err := u.dayReport(r.Context(), day)
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	ar := func(key string) string { return text(Arabic, key) }
	line := func(key string, t dayTotals) pdf.ReportLine {
		return pdf.ReportLine{Label: ar(key), Count: t.Count, VAT: t.VAT, Total: t.Total}
	}
	s := u.opts.Shop
	rep := pdf.DayReport{Shop: s.Name, Branch: s.Branch, TaxRegNo: s.TaxID, Date: rd.Date, Printed: time.Now(),
		Totals: []pdf.ReportLine{line("report.invoices", rd.Invoices), line("report.paid", rd.Paid), line("report.unpaid", rd.Unpaid),
			line("report.voided", rd.Voided), line("report.credits", rd.Credits), line("report.quotes", rd.Quotes)}}
	for _, m := range rd.ByMethod {
		label := pdf.PaymentLabel(m.Method)
		rep.ByMethod = append(rep.ByMethod, pdf.ReportLine{Label: label, Count: m.Count, VAT: m.VAT, Total: m.Total})
	}
	av := view{Lang: Arabic}
	for _, d := range rd.Docs {
		rep.Docs = append(rep.Docs, pdf.ReportDoc{Number: d.Number, Customer: d.Buyer.Name, Status: av.DocStatus(d.Kind, d.Status()),
			VAT: d.Totals.VAT, Total: d.Totals.Total})
	}
	b, err := pdf.RenderDayReport(rep)
	if err != nil {
		u.docsFail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/pdf")
	h.Set("Content-Disposition", `inline; filename="fatoora-day-`+rd.Date+`.pdf"`)
	h.Set("Cache-Control", "private, no-store")
	w.Write(b)
}

// dayReport reads the documents issued on day (through the time index,
// that day's range only).
func (u *UI) dayReport(ctx context.Context, day time.Time) (reportData, error) {
	rd := reportData{Date: day.Format("2006-01-02"), Prev: day.AddDate(0, 0, -1).Format("2006-01-02"), Next: day.AddDate(0, 0, 1).Format("2006-01-02")}
	f := pipeline.DocumentFilter{Page: pipeline.Page{From: day, To: day.AddDate(0, 0, 1), Limit: 500}}
	methods := map[string]*methodTotal{}
	var order []string
	for {
		page, err := u.opts.Pipeline.Documents(ctx, f)
		if err != nil {
			return rd, err
		}
		for i := range page.Documents {
			d := &page.Documents[i]
			switch d.Kind {
			case invoice.KindQuote:
				rd.Quotes.add(d)
			case invoice.KindCredit:
				rd.Credits.add(d)
			case invoice.KindInvoice:
				switch d.Status() {
				case invoice.StatusVoided:
					rd.Voided.add(d)
					continue
				case invoice.StatusPaid:
					rd.Paid.add(d)
					m := paidMethod(d)
					if methods[m] == nil {
						methods[m] = &methodTotal{Method: m}
						order = append(order, m)
					}
					methods[m].add(d)
				default:
					rd.Unpaid.add(d)
				}
				rd.Invoices.add(d)
			}
			if len(rd.Docs) < maxReportDocs {
				rd.Docs = append(rd.Docs, *d)
			} else {
				rd.Truncated = true
			}
		}
		if page.Next == "" {
			break
		}
		f.After = page.Next
	}
	for _, m := range order {
		rd.ByMethod = append(rd.ByMethod, *methods[m])
	}
	return rd, nil
}

// paidMethod is how an invoice was paid (its last "paid" event).
func paidMethod(d *invoice.Document) string {
	m := ""
	for _, e := range d.Events {
		if e.Type == invoice.EventPaid {
			m = e.Method
		}
	}
	return m
}
