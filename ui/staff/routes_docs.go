package staff

import (
	"errors"
	"html/template"
	"net/http"
	"slices"
	"time"

	"fatoora"
	"fatoora/appliance/access"
	"fatoora/appliance/invoice"
	"fatoora/appliance/pipeline"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

// The money and catalogue pages (issue 10, items 5–9): documents, the
// end-of-day report and exports, the catalog, customers and settings.
//
//	GET  /staff/documents                   list: ?kind= ?status= ?from= ?to= ?q= ?after=  (documents.view)
//	GET  /staff/documents/{number}          one document, its events and actions           (documents.view)
//	GET  /staff/documents/{number}/pdf      its PDF                                        (documents.view)
//	POST /staff/documents/{number}/resend   send it to the buyer again                     (documents.resend)
//	POST /staff/documents/{number}/paid     mark paid, method=                             (payments.mark)
//	POST /staff/documents/{number}/void     void with a credit note, reason=               (documents.void)
//	GET  /staff/reports/day                 end-of-day report, ?date=, printable           (reports.view)
//	GET  /staff/reports/day.pdf             the same report as an Arabic PDF, ?date=          (reports.view)
//	GET  /staff/reports/documents.csv       the list's filter as CSV                        (reports.view)
//	GET  /staff/reports/documents.xlsx      the list's filter as XLSX                       (reports.view)
//	GET  /staff/catalog                     products, ?q=                                   (catalog.view)
//	GET  /staff/catalog/export.csv          the catalog in the import contract              (catalog.view)
//	GET  /staff/catalog/try                 "try a message", ?text=                         (catalog.view)
//	POST /staff/catalog/import              upload a CSV/XLSX catalog                       (catalog.edit)
//	POST /staff/catalog/products/{sku}      price= stock=                                   (catalog.edit)
//	GET  /staff/catalog/vocabulary          the shop vocabulary                             (catalog.view)
//	POST /staff/catalog/vocabulary          replace it                                      (catalog.edit)
//	GET  /staff/customers                   customers, ?after=                              (customers.view)
//	GET  /staff/customers/{key}             history, lifetime value, tier, notes            (customers.view)
//	POST /staff/customers/{key}/notes       add a note                                      (customers.edit)
//	POST /staff/customers/{key}/tier        tier=                                           (customers.pricing)
//	GET  /staff/settings                    shop, invoice, policy, integrations             (settings.edit)
//	GET  /staff/settings/backup             a hot backup of the data file                   (backup.download)

// docsPages are this file's templates (templates/pages/<name>.html).
var docsPages = []string{"documents", "document", "report", "catalog", "vocabulary", "try", "customers", "customer", "settings"}

// docsMenu are this file's menu entries, shown before the team page.
var docsMenu = []navItem{
	{Key: "nav.documents", Path: "/documents", Perm: access.PermDocumentsView},
	{Key: "nav.catalog", Path: "/catalog", Perm: access.PermCatalogView},
	{Key: "nav.customers", Path: "/customers", Perm: access.PermCustomersView},
	{Key: "nav.report", Path: "/reports/day", Perm: access.PermReports},
	{Key: "nav.settings", Path: "/settings", Perm: access.PermSettings},
}

func init() {
	pageNames = append(pageNames, docsPages...)
	at := slices.IndexFunc(menu, func(it navItem) bool { return it.Key == "nav.users" })
	if at < 0 {
		at = len(menu)
	}
	menu = slices.Insert(menu, at, docsMenu...)
}

// docsRoutes mounts the pages above; signedIn wraps a handler with the
// session check for perm (and cross-origin protection).
func (u *UI) docsRoutes(mux *http.ServeMux, signedIn func(access.Permission, http.HandlerFunc) http.Handler) {
	p := u.opts.Prefix
	pipe := func(h http.HandlerFunc) http.HandlerFunc { return u.needs(u.opts.Pipeline != nil, h) }
	cat := func(h http.HandlerFunc) http.HandlerFunc { return u.needs(u.opts.Catalog != nil, h) }

	mux.Handle("GET "+p+"/documents", signedIn(access.PermDocumentsView, pipe(u.serveDocuments)))
	mux.Handle("GET "+p+"/documents/{number}", signedIn(access.PermDocumentsView, pipe(u.serveDocument)))
	mux.Handle("GET "+p+"/documents/{number}/pdf", signedIn(access.PermDocumentsView, pipe(u.serveDocumentPDF)))
	mux.Handle("POST "+p+"/documents/{number}/resend", signedIn(access.PermDocumentsResend, pipe(u.handleResend)))
	mux.Handle("POST "+p+"/documents/{number}/paid", signedIn(access.PermPaymentsMark, pipe(u.handleMarkPaid)))
	mux.Handle("POST "+p+"/documents/{number}/void", signedIn(access.PermDocumentsVoid, pipe(u.handleVoid)))
	mux.Handle("GET "+p+"/reports/day", signedIn(access.PermReports, pipe(u.serveDayReport)))
	mux.Handle("GET "+p+"/reports/day.pdf", signedIn(access.PermReports, pipe(u.serveDayReportPDF)))
	mux.Handle("GET "+p+"/reports/documents.csv", signedIn(access.PermReports, pipe(u.serveExportCSV)))
	mux.Handle("GET "+p+"/reports/documents.xlsx", signedIn(access.PermReports, pipe(u.serveExportXLSX)))

	mux.Handle("GET "+p+"/catalog", signedIn(access.PermCatalogView, cat(u.serveCatalog)))
	mux.Handle("GET "+p+"/catalog/export.csv", signedIn(access.PermCatalogView, cat(u.serveCatalogExport)))
	mux.Handle("GET "+p+"/catalog/try", signedIn(access.PermCatalogView, cat(u.serveTry)))
	mux.Handle("POST "+p+"/catalog/import", signedIn(access.PermCatalogEdit, cat(u.handleCatalogImport)))
	mux.Handle("POST "+p+"/catalog/products/{sku}", signedIn(access.PermCatalogEdit, cat(u.handleProduct)))
	mux.Handle("GET "+p+"/catalog/vocabulary", signedIn(access.PermCatalogView, cat(u.serveVocabulary)))
	mux.Handle("POST "+p+"/catalog/vocabulary", signedIn(access.PermCatalogEdit, cat(u.handleVocabulary)))

	mux.Handle("GET "+p+"/customers", signedIn(access.PermCustomersView, pipe(u.serveCustomers)))
	mux.Handle("GET "+p+"/customers/{key}", signedIn(access.PermCustomersView, pipe(u.serveCustomer)))
	mux.Handle("POST "+p+"/customers/{key}/notes", signedIn(access.PermCustomersEdit, pipe(u.handleNote)))
	mux.Handle("POST "+p+"/customers/{key}/tier", signedIn(access.PermCustomersPricing, pipe(u.handleTier)))

	mux.Handle("GET "+p+"/settings", signedIn(access.PermSettings, u.serveSettings))
	mux.Handle("GET "+p+"/settings/backup", signedIn(access.PermBackup, u.needs(u.opts.Backup != nil, u.serveBackup)))
}

// needs answers 404 when the part a page shows is not there (tests of
// the access pages alone).
func (u *UI) needs(ok bool, h http.HandlerFunc) http.HandlerFunc {
	if ok {
		return h
	}
	return u.serveNotFound
}

// --- helpers the templates use ----------------------------------------------

// EGP prints an amount in pounds, isolated left-to-right.
func (v view) EGP(p money.Piasters) template.HTML {
	return template.HTML(`<bdi dir="ltr" class="num">` + template.HTMLEscapeString(p.String()) + `</bdi>`)
}

// EGPn prints a sum kept as int64 piasters.
func (v view) EGPn(p int64) template.HTML { return v.EGP(money.Piasters(p)) }

// Qty prints a catalog quantity.
func (v view) Qty(q catalog.Milli) string { return q.String() }

// DocKind names a document kind in the page's language.
func (v view) DocKind(k invoice.Kind) string { return text(v.Lang, "doc.kind."+string(k)) }

// DocStatus names a document's status in the page's language: "issued"
// is "unpaid" only for an invoice (a quote or a credit note is just issued).
func (v view) DocStatus(k invoice.Kind, s invoice.Status) string {
	if s == invoice.StatusIssued && k != invoice.KindInvoice {
		return text(v.Lang, "doc.status.open")
	}
	return text(v.Lang, "doc.status."+string(s))
}

// PayMethod names a payment method ("" and unknown ones as recorded).
func (v view) PayMethod(m string) string {
	if _, ok := messages["pay."+m]; ok {
		return text(v.Lang, "pay."+m)
	}
	return m
}

// Day prints a date.
func (v view) Day(t time.Time) template.HTML {
	return template.HTML(`<time dir="ltr" datetime="` + t.Local().Format("2006-01-02") + `">` + t.Local().Format("2006-01-02") + `</time>`)
}

// payMethods are what the "mark paid" form offers.
var payMethods = []string{"cash", "card", "instapay", "transfer", "wallet"}

// docsErrKey maps an error of the pipeline or catalog to a message key
// and a status.
func docsErrKey(err error) (string, int) {
	switch {
	case errors.Is(err, errForm):
		return "err.form", http.StatusBadRequest
	case errors.Is(err, fatoora.ErrNotFound):
		return "err.doc.not_found", http.StatusNotFound
	case errors.Is(err, invoice.ErrVoided):
		return "err.doc.voided", http.StatusConflict
	case errors.Is(err, invoice.ErrWrongKind):
		return "err.doc.kind", http.StatusConflict
	case errors.Is(err, invoice.ErrReasonRequired):
		return "err.doc.reason", http.StatusBadRequest
	case errors.Is(err, invoice.ErrUnknownTier):
		return "err.tier", http.StatusBadRequest
	case errors.Is(err, pipeline.ErrEmptyNote):
		return "err.note.empty", http.StatusBadRequest
	case errors.Is(err, pipeline.ErrNoteTooLong):
		return "err.note.long", http.StatusBadRequest
	}
	return "err.internal", http.StatusInternalServerError
}

// record writes a staff action to the staff log after the change
// committed (the change is the pipeline's or the catalog's transaction);
// a failure is logged, the change stands.
func (u *UI) record(r *http.Request, action, target, detail string) {
	a, ok := access.ActorFrom(r.Context())
	if !ok {
		return
	}
	if err := u.acc.Record(a.Entry(action, target, detail)); err != nil {
		u.log.Error("staff log", "action", action, "err", err)
	}
}

// actorName is who did it, as the pipeline records it.
func actorName(r *http.Request) string {
	if a, ok := access.ActorFrom(r.Context()); ok {
		return a.User.Username
	}
	return ""
}

// docsNotice shows ?done= (a message key under prefix) as the page's notice.
func docsNotice(v *view, r *http.Request, prefix string) {
	q := r.URL.Query()
	if d := q.Get("done"); d != "" {
		if _, ok := messages[prefix+d]; ok {
			v.Notice = textf(v.Lang, prefix+d, q.Get("ref"))
		}
	}
	if e := q.Get("err"); e != "" {
		if _, ok := messages["err."+e]; ok {
			v.Error = text(v.Lang, "err."+e)
		}
	}
}
