package staff

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"fatoora/appliance/access"
	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/pdf"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/store"
	"fatoora/appliance/understand"
	"fatoora/appliance/whatsapp"
	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/catalog"
	"fatoora/catalog/money"

	bolt "go.etcd.io/bbolt"
)

const docsCustomer = "201001234567"

// docsEnv is a staff UI over a real pipeline: bbolt, bleve, the rules
// understander, the invoice book and PDF, the outbox sending to the Graph
// API stand-in on loopback.
type docsEnv struct {
	*testEnv
	db    *store.DB
	cat   *catalog.Store
	book  *invoice.Book
	p     *pipeline.Pipeline
	graph *graphsim.Server
	// secrets of the signed-in owner, staff and accountant.
	owner, staff, accountant string
}

// newDocsEnv builds the environment; each mut may change the UI's
// options before New (a part the test adds, such as head-office sync).
func newDocsEnv(t testing.TB, mut ...func(*docsEnv, *Options)) *docsEnv {
	t.Helper()
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cat, err := catalog.OpenStore(db, filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../../appliance/pipeline/testdata/catalog.csv")
	if err != nil {
		t.Fatal(err)
	}
	ps, err := catalog.ParseCSV(f, "catalog.csv")
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cat.Import(context.Background(), ps, nil, "test"); err != nil {
		t.Fatal(err)
	}
	rules, err := understand.NewRules(ps, nil, understand.RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	book, err := invoice.NewBook(invoice.Config{
		Seller:     invoice.Seller{Name: "معرض الاختبار", Branch: "المعادي", Address: "شارع ٩، المعادي", TaxRegNo: "123-456-789"},
		BranchCode: "T1", Tiers: map[string]money.BasisPoints{"vip": 500}, Stock: invoice.CatalogStock{},
	})
	if err != nil {
		t.Fatal(err)
	}
	graph, err := graphsim.New(graphsim.Options{Token: "tok", PhoneNumberID: "1065"})
	if err != nil {
		t.Fatal(err)
	}
	gsrv := httptest.NewServer(graph)
	client, err := whatsapp.New(whatsapp.Options{GraphURL: graph.GraphURL(gsrv.URL), Token: "tok", PhoneNumberID: "1065"})
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{
		DB: db, Understander: rules, Catalog: pipeline.StoreCatalog(cat), Book: book,
		Render: func(d *invoice.Document, buf []byte) ([]byte, error) {
			return pdf.RenderInto(buf, d, pdf.ShopInfo{}, pdf.PaymentInfo{})
		},
		Sender: client, DocsDir: filepath.Join(dir, "documents"), ShopName: "معرض الاختبار",
		MinBackoff: 20 * time.Millisecond, MaxBackoff: 200 * time.Millisecond,
		Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); _ = p.Outbox().Serve(ctx) }()

	c := &clock{t: time.Now()}
	acc, err := access.Open(db.Bolt(), access.Options{Now: c.Now, Hash: access.HashParams{Memory: 64, Time: 1, Threads: 1}, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	reg := health.NewRegistry()
	reg.Register("whatsapp", func() health.State { return health.State{Status: health.OK} })
	reg.Register("relay", func() health.State {
		return health.State{Status: health.Degraded, Message: "link down: dial tcp: refused"}
	})
	env := &docsEnv{testEnv: &testEnv{acc: acc, clock: c, mux: http.NewServeMux()}, db: db, cat: cat, book: book, p: p, graph: graph}
	opts := Options{
		Access: acc, ShopName: configShop().Name, RedirectRoot: true, Logger: slog.New(slog.DiscardHandler),
		AnnounceSetup: func(code, _ string) { env.code = code },
		Pipeline:      p, Catalog: cat, Health: reg, Understand: understand.NewLive(cat, nil, understand.HybridOptions{}).Understand,
		Shop:   configShop(),
		Backup: db.Backup,
	}
	for _, m := range mut {
		m(env, &opts)
	}
	env.ui, err = New(opts)
	if err != nil {
		t.Fatal(err)
	}
	env.ui.Routes(env.mux)
	env.srv = httptest.NewServer(env.mux)
	t.Cleanup(func() {
		env.srv.Close()
		cancel()
		wg.Wait()
		gsrv.Close()
		graph.Close()
		cat.Close()
		db.Close()
	})
	env.owner = docsForm(t, env.srv.URL+"/staff/setup", url.Values{
		"code": {env.code}, "name": {"منى"}, "username": {"mona"}, "password": {ownerPass}, "password2": {ownerPass}})
	mona, err := acc.User("mona")
	if err != nil {
		t.Fatal(err)
	}
	for _, nu := range []access.NewUser{
		{Username: "sara", Name: "سارة", Role: access.RoleStaff, Password: "shop floor pass"},
		{Username: "adel", Name: "عادل", Role: access.RoleAccountant, Password: "ledger pass 1"},
	} {
		if _, err := acc.CreateUser(t.Context(), access.Actor{User: mona}, nu); err != nil {
			t.Fatal(err)
		}
	}
	env.staff = docsForm(t, env.srv.URL+"/staff/login", url.Values{"username": {"sara"}, "password": {"shop floor pass"}})
	env.accountant = docsForm(t, env.srv.URL+"/staff/login", url.Values{"username": {"adel"}, "password": {"ledger pass 1"}})
	return env
}

// docsForm posts a setup or login form and returns the session it set.
func docsForm(t testing.TB, u string, form url.Values) string {
	t.Helper()
	resp, err := client.PostForm(u, form)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if s := sessionFrom(resp); resp.StatusCode == http.StatusSeeOther && s != "" {
		return s
	}
	t.Fatalf("%s: %d, no session", u, resp.StatusCode)
	return ""
}

// issue makes an invoice (or a quote) for docsCustomer through the book,
// in one transaction, as the pipeline does.
func (e *docsEnv) issue(t *testing.T, kind invoice.Kind, orderID string, skus ...string) *invoice.Document {
	t.Helper()
	req := invoice.Request{OrderID: orderID, Buyer: invoice.Buyer{Name: "أحمد علي", WaID: docsCustomer}, PaymentMethod: "cash"}
	for _, s := range skus {
		p, err := e.cat.Get(s)
		if err != nil {
			t.Fatal(err)
		}
		req.Lines = append(req.Lines, invoice.RequestLine{Product: p, Quantity: 1000})
	}
	priced, err := e.book.Price(req)
	if err != nil {
		t.Fatal(err)
	}
	var d *invoice.Document
	err = e.db.Bolt().Update(func(tx *bolt.Tx) error {
		var err error
		if kind == invoice.KindQuote {
			d, err = e.book.IssueQuote(tx, priced, time.Now())
		} else {
			d, err = e.book.IssueInvoice(tx, priced, time.Now())
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// customer makes docsCustomer known to the box: a signed webhook with
// one message, through ingest, then what the pipeline's first commit for
// the message does of ingest's records (ingest.Heard: the customer and its
// indexes, which since issue 16 appear there, not in the webhook's commit;
// this env runs no queue worker).
func (e *docsEnv) customer(t *testing.T) {
	t.Helper()
	ing, err := ingest.New(e.db, ingest.Options{Secret: []byte("secret")})
	if err != nil {
		t.Fatal(err)
	}
	wh := graphsim.NewWebhook("102290129340398", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: "1065"},
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: "أحمد علي"}, WaID: docsCustomer}},
		Messages: []graphsim.Inbound{{ID: "wamid.UI1", From: docsCustomer, Timestamp: strconv.FormatInt(time.Now().Unix(), 10),
			Type: "text", Text: &graphsim.Text{Body: "السلام عليكم"}}},
	})
	body := graphsim.MetaJSON(wh)
	if _, err := ing.Accept(context.Background(), body, graphsim.Sign("secret", body), "test"); err != nil {
		t.Fatal(err)
	}
	if err := e.db.Update(func(tx *bolt.Tx) error {
		m, _, err := ingest.LoadMessage(tx, "wamid.UI1")
		if err != nil {
			return err
		}
		return ingest.Heard(tx, m)
	}); err != nil {
		t.Fatal(err)
	}
}

type route struct {
	method, path string
	perm         access.Permission
	form         url.Values
}

// docsRoutesTable is every route of routes_docs.go with its permission.
func docsRoutesTable(number string) []route {
	return []route{
		{"GET", "/staff/documents", access.PermDocumentsView, nil},
		{"GET", "/staff/documents/" + number, access.PermDocumentsView, nil},
		{"GET", "/staff/documents/" + number + "/pdf", access.PermDocumentsView, nil},
		{"POST", "/staff/documents/" + number + "/resend", access.PermDocumentsResend, url.Values{}},
		{"POST", "/staff/documents/" + number + "/paid", access.PermPaymentsMark, url.Values{"method": {"nope"}}},
		{"POST", "/staff/documents/" + number + "/void", access.PermDocumentsVoid, url.Values{"reason": {""}}},
		{"GET", "/staff/reports/day", access.PermReports, nil},
		{"GET", "/staff/reports/day.pdf", access.PermReports, nil},
		{"GET", "/staff/reports/documents.csv", access.PermReports, nil},
		{"GET", "/staff/reports/documents.xlsx", access.PermReports, nil},
		{"GET", "/staff/catalog", access.PermCatalogView, nil},
		{"GET", "/staff/catalog/export.csv", access.PermCatalogView, nil},
		{"GET", "/staff/catalog/try?text=x", access.PermCatalogView, nil},
		{"POST", "/staff/catalog/import", access.PermCatalogEdit, url.Values{}},
		{"POST", "/staff/catalog/products/T-HOOD-BI", access.PermCatalogEdit, url.Values{"price": {"x"}}},
		{"GET", "/staff/catalog/vocabulary", access.PermCatalogView, nil},
		{"POST", "/staff/catalog/vocabulary", access.PermCatalogEdit, url.Values{"vocabulary": {"a, =>"}}},
		{"GET", "/staff/customers", access.PermCustomersView, nil},
		{"GET", "/staff/customers/" + docsCustomer, access.PermCustomersView, nil},
		{"POST", "/staff/customers/" + docsCustomer + "/notes", access.PermCustomersEdit, url.Values{"note": {""}}},
		{"POST", "/staff/customers/" + docsCustomer + "/tier", access.PermCustomersPricing, url.Values{"tier": {"gold"}}},
		{"GET", "/staff/settings", access.PermSettings, nil},
		{"GET", "/staff/settings/backup", access.PermBackup, nil},
	}
}

// TestDocs_RoutesByRole: every route refuses a request without a session
// (to the login page), refuses each role what it may not do (403), and
// lets the others through (no 401/403, no 500). The POSTs carry forms that
// change nothing, so the order of the table does not matter.
func TestDocs_RoutesByRole(t *testing.T) {
	env := newDocsEnv(t)
	env.customer(t)
	inv := env.issue(t, invoice.KindInvoice, "O1", "T-HOOD-BI")
	secrets := map[access.Role]string{access.RoleOwner: env.owner, access.RoleStaff: env.staff, access.RoleAccountant: env.accountant}
	for _, rt := range docsRoutesTable(inv.Number) {
		t.Run(rt.method+" "+rt.path, func(t *testing.T) {
			resp, _ := env.do(t, call{method: rt.method, path: rt.path, form: rt.form})
			if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/staff/login") {
				t.Errorf("without a session: %d %s", resp.StatusCode, resp.Header.Get("Location"))
			}
			for _, role := range access.Roles {
				resp, body := env.do(t, call{method: rt.method, path: rt.path, form: rt.form, secret: secrets[role]})
				if role.Can(rt.perm) {
					if resp.StatusCode == http.StatusForbidden || resp.StatusCode == http.StatusUnauthorized || resp.StatusCode >= 500 {
						t.Errorf("%s (allowed): %d\n%.400s", role, resp.StatusCode, body)
					}
				} else if resp.StatusCode != http.StatusForbidden {
					t.Errorf("%s (not allowed %s): %d", role, rt.perm, resp.StatusCode)
				}
			}
		})
	}
	// Nothing changed: the invoice is still unpaid and not voided.
	d, err := env.p.Document(t.Context(), inv.Number)
	if err != nil || d.Status() != invoice.StatusIssued {
		t.Errorf("after the table: %v %v", d.Status(), err)
	}
}

func TestDocs_CrossOriginPostRefused(t *testing.T) {
	env := newDocsEnv(t)
	env.customer(t)
	inv := env.issue(t, invoice.KindInvoice, "O1", "T-HOOD-BI")
	for _, c := range []call{
		{method: "POST", path: "/staff/documents/" + inv.Number + "/paid", form: url.Values{"method": {"cash"}}},
		{method: "POST", path: "/staff/documents/" + inv.Number + "/void", form: url.Values{"reason": {"evil"}}},
		{method: "POST", path: "/staff/customers/" + docsCustomer + "/tier", form: url.Values{"tier": {"vip"}}},
	} {
		c.secret = env.owner
		c.header = map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "http://evil.example"}
		if resp, _ := env.do(t, c); resp.StatusCode != http.StatusForbidden {
			t.Errorf("cross-site %s: %d", c.path, resp.StatusCode)
		}
	}
	d, _ := env.p.Document(t.Context(), inv.Number)
	if d.Status() != invoice.StatusIssued {
		t.Errorf("a cross-site post changed the invoice: %s", d.Status())
	}
	if tier, _ := env.p.Tier(t.Context(), docsCustomer); tier != "" {
		t.Errorf("a cross-site post set the tier: %q", tier)
	}
}

func TestDocs_PayVoidResend(t *testing.T) {
	env := newDocsEnv(t)
	env.customer(t)
	inv := env.issue(t, invoice.KindInvoice, "O1", "T-HOOD-BI", "T-HOOD-WALL")
	quote := env.issue(t, invoice.KindQuote, "O2", "T-HOOD-WALL")

	// The list, in both languages, and its filters and search.
	resp, body := env.do(t, call{path: "/staff/documents", secret: env.staff})
	if resp.StatusCode != 200 || !strings.Contains(body, inv.Number) || !strings.Contains(body, quote.Number) || !strings.Contains(body, "مش مدفوعة") {
		t.Fatalf("list: %d\n%s", resp.StatusCode, body)
	}
	for q, want := range map[string][]string{
		"kind=quote":                    {quote.Number},
		"kind=invoice":                  {inv.Number},
		"q=1":                           {inv.Number, quote.Number}, // the sequence in every series
		"q=" + inv.Number:               {inv.Number},
		"q=%2B20+100+123+4567":          {inv.Number, quote.Number}, // a customer's number
		"from=2000-01-01&to=2000-01-02": {},
	} {
		_, body := env.do(t, call{path: "/staff/documents?" + q, secret: env.staff, lang: "en"})
		for _, n := range []string{inv.Number, quote.Number} {
			if got, w := strings.Contains(body, ">"+n+"<"), contains(want, n); got != w {
				t.Errorf("%s: %s listed %v, want %v", q, n, got, w)
			}
		}
	}
	if resp, _ := env.do(t, call{path: "/staff/documents?kind=bogus", secret: env.staff}); resp.StatusCode != 400 {
		t.Errorf("bad kind: %d", resp.StatusCode)
	}
	// The PDF.
	resp, body = env.do(t, call{path: "/staff/documents/" + inv.Number + "/pdf", secret: env.accountant})
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(body, "%PDF-") {
		t.Fatalf("pdf: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if resp, _ := env.do(t, call{path: "/staff/documents/INV-T1-000404", secret: env.staff}); resp.StatusCode != 404 {
		t.Errorf("unknown document: %d", resp.StatusCode)
	}

	// Mark paid (staff may), with a method; a quote cannot be.
	resp, _ = env.do(t, call{method: "POST", path: "/staff/documents/" + quote.Number + "/paid", secret: env.staff, form: url.Values{"method": {"cash"}}})
	if loc := resp.Header.Get("Location"); resp.StatusCode != 303 || !strings.Contains(loc, "err=doc.kind") {
		t.Errorf("paying a quote: %d %s", resp.StatusCode, loc)
	}
	resp, _ = env.do(t, call{method: "POST", path: "/staff/documents/" + inv.Number + "/paid", secret: env.staff, form: url.Values{"method": {"instapay"}}})
	if resp.StatusCode != 303 || !strings.Contains(resp.Header.Get("Location"), "done=paid") {
		t.Fatalf("mark paid: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	_, body = env.do(t, call{path: resp.Header.Get("Location"), secret: env.staff, lang: "en"})
	if !strings.Contains(body, "The invoice is marked paid.") || !strings.Contains(body, "InstaPay") {
		t.Errorf("after paying:\n%s", body)
	}
	// Void needs a reason, then makes a credit note that the page leads to.
	resp, _ = env.do(t, call{method: "POST", path: "/staff/documents/" + inv.Number + "/void", secret: env.accountant, form: url.Values{"reason": {"  "}}})
	if !strings.Contains(resp.Header.Get("Location"), "err=doc.reason") {
		t.Errorf("void without a reason: %s", resp.Header.Get("Location"))
	}
	resp, _ = env.do(t, call{method: "POST", path: "/staff/documents/" + inv.Number + "/void", secret: env.accountant, form: url.Values{"reason": {"مقاس غلط"}}})
	loc := resp.Header.Get("Location")
	if resp.StatusCode != 303 || !strings.HasPrefix(loc, "/staff/documents/CN-T1-") {
		t.Fatalf("void: %d %s", resp.StatusCode, loc)
	}
	_, body = env.do(t, call{path: loc, secret: env.accountant})
	if !strings.Contains(body, "إشعار دائن") || !strings.Contains(body, inv.Number) {
		t.Errorf("credit note page:\n%s", body)
	}
	_, body = env.do(t, call{path: "/staff/documents/" + inv.Number, secret: env.accountant})
	if !strings.Contains(body, `id="credit-note"`) || strings.Contains(body, `id="void"`) {
		t.Errorf("voided invoice page still offers void or lacks its credit note")
	}

	// Resend goes through the outbox to the Graph API stand-in.
	resp, _ = env.do(t, call{method: "POST", path: "/staff/documents/" + quote.Number + "/resend", secret: env.staff, form: url.Values{}})
	if !strings.Contains(resp.Header.Get("Location"), "done=resent") {
		t.Fatalf("resend: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		ms := env.graph.MessagesTo(docsCustomer)
		if len(ms) == 1 && ms[0].Type == "document" && ms[0].Document.Filename == quote.Number+".pdf" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the resend did not reach the Graph API: %+v", ms)
		}
		time.Sleep(20 * time.Millisecond)
	}

	// Each action is in the staff log, attributed.
	entries, _, err := env.acc.Audit(access.AuditQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	who := map[string]string{}
	for _, e := range entries {
		who[e.Action] = e.User
	}
	if who["document.paid"] != "sara" || who["document.void"] != "adel" || who["document.resend"] != "sara" {
		t.Errorf("staff log: %v", who)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestDocs_ReportAndExports(t *testing.T) {
	env := newDocsEnv(t)
	env.customer(t)
	a := env.issue(t, invoice.KindInvoice, "O1", "T-HOOD-BI")
	b := env.issue(t, invoice.KindInvoice, "O2", "T-HOOD-WALL")
	c := env.issue(t, invoice.KindInvoice, "O3", "T-HOOD-WALL")
	if err := env.p.MarkPaid(t.Context(), a.Number, "cash", "mona"); err != nil {
		t.Fatal(err)
	}
	if _, err := env.p.Void(t.Context(), c.Number, "wrong", "mona"); err != nil {
		t.Fatal(err)
	}
	resp, body := env.do(t, call{path: "/staff/reports/day", secret: env.accountant, lang: "en"})
	if resp.StatusCode != 200 {
		t.Fatalf("report: %d", resp.StatusCode)
	}
	paid, unpaid := a.Totals.Total, b.Totals.Total
	for _, want := range []string{(paid + unpaid).String(), paid.String(), unpaid.String(), (a.Totals.VAT + b.Totals.VAT).String(), "Cash", "1 document(s)"} {
		if !strings.Contains(body, want) {
			t.Errorf("report lacks %q", want)
		}
	}

	// The same report as a PDF.
	resp, body = env.do(t, call{path: "/staff/reports/day.pdf", secret: env.accountant})
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(body, "%PDF-") {
		t.Errorf("report pdf: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if os.Getenv("FATOORA_SCREENSHOTS") != "" {
		os.WriteFile(filepath.Join(os.Getenv("FATOORA_SCREENSHOTS"), "day-report.pdf"), []byte(body), 0o644)
	}
	// CSV: parsed back, one row per document, amounts as numbers.
	resp, body = env.do(t, call{path: "/staff/reports/documents.csv?kind=invoice", secret: env.owner})
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || strings.Join(rows[0], ",") != strings.Join(exportColumns, ",") {
		t.Fatalf("csv rows = %v", rows)
	}
	byNumber := map[string][]string{}
	for _, r := range rows[1:] {
		byNumber[r[0]] = r
	}
	if r := byNumber[a.Number]; r == nil || r[2] != "paid" || r[5] != docsCustomer || r[8] != "cash" || r[12] != strings.ReplaceAll(a.Totals.Total.String(), ",", "") {
		t.Errorf("csv row of %s = %v", a.Number, r)
	}
	if r := byNumber[c.Number]; r == nil || r[2] != "voided" {
		t.Errorf("csv row of %s = %v", c.Number, r)
	}
	// XLSX: a workbook the catalog's XLSX reader opens, the same cells.
	resp, body = env.do(t, call{path: "/staff/reports/documents.xlsx?kind=invoice", secret: env.owner})
	if resp.StatusCode != 200 {
		t.Fatalf("xlsx: %d", resp.StatusCode)
	}
	zr, err := zip.NewReader(bytes.NewReader([]byte(body)), int64(len(body)))
	if err != nil {
		t.Fatalf("xlsx is not a zip: %v", err)
	}
	var sheet string
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet1.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			sheet = string(b)
		}
	}
	if strings.Count(sheet, "<row ") != 4 || !strings.Contains(sheet, ">"+a.Number+"<") || !strings.Contains(sheet, "أحمد علي") {
		t.Errorf("sheet:\n%.2000s", sheet)
	}
	// The accountant may export; staff may not.
	if resp, _ := env.do(t, call{path: "/staff/reports/documents.csv", secret: env.staff}); resp.StatusCode != 403 {
		t.Errorf("staff export: %d", resp.StatusCode)
	}
}

func TestDocs_Catalog(t *testing.T) {
	env := newDocsEnv(t)
	// A file with a broken row: nothing changes, each problem by line and column.
	upload := func(secret, name, content string) (*http.Response, string) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		fw, _ := mw.CreateFormFile("file", name)
		io.WriteString(fw, content)
		mw.Close()
		req, _ := http.NewRequest("POST", env.srv.URL+"/staff/catalog/import", &buf)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.AddCookie(&http.Cookie{Name: cookieName, Value: secret})
		req.AddCookie(&http.Cookie{Name: langCookie, Value: "en"})
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	before, _ := env.cat.Version()
	resp, body := upload(env.staff, "new.csv", "sku,name_ar,unit,price,stock\nA1,كرسي,piece,1500,3\nA2,ترابيزة,piece,abc,2\n")
	if resp.StatusCode != 400 || !strings.Contains(body, `class="line">3<`) || !strings.Contains(body, "price") || !strings.Contains(body, "nothing was changed") {
		t.Fatalf("broken import: %d\n%s", resp.StatusCode, body)
	}
	if v, _ := env.cat.Version(); v != before {
		t.Errorf("a refused import changed the catalog: %d → %d", before, v)
	}
	resp, _ = upload(env.staff, "new.csv", "sku,name_ar,unit,price,stock\nA1,كرسي,piece,1500,3\nA2,ترابيزة,piece,2500,2\n")
	if resp.StatusCode != 303 || !strings.Contains(resp.Header.Get("Location"), "done=imported") {
		t.Fatalf("import: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if ps, _ := env.cat.Products(); len(ps) != 2 {
		t.Errorf("products after import = %d", len(ps))
	}
	// An invoice holds 2 of the 3 chairs: the page shows 1 available and 2
	// reserved beside the count, and the export the same.
	if err := env.db.Update(func(tx *bolt.Tx) error { return catalog.Reserve(tx, "A1", 2*catalog.One, "INV-T1-000001") }); err != nil {
		t.Fatal(err)
	}
	_, body = env.do(t, call{path: "/staff/catalog", secret: env.accountant, lang: "en"})
	if row := between(body, `id="p-A1"`, "</tr>"); !strings.Contains(row, `class="available"><bdi dir="ltr">1</bdi> <span class="muted small">(2 reserved)</span>`) {
		t.Errorf("catalog row of A1:\n%s", row)
	}
	_, body = env.do(t, call{path: "/staff/catalog/export.csv", secret: env.accountant})
	if !strings.Contains(body, "\nA1,كرسي,,,,piece,1500,1,,,,2\n") {
		t.Errorf("export with a reservation:\n%s", body)
	}
	if err := env.db.Update(func(tx *bolt.Tx) error { return catalog.Release(tx, "INV-T1-000001") }); err != nil {
		t.Fatal(err)
	}
	// Colours separated by a comma: imported, and the page lists the
	// warning by line and column; a comma in a name is no warning.
	resp, body = upload(env.staff, "commas.csv", "sku,name_ar,unit,price,stock,colors\nA1,كرسي,piece,1500,3,\"أحمر, أزرق\"\nA2,\"ترابيزة, سفرة\",piece,2500,2,بني\n")
	if resp.StatusCode != 200 || !strings.Contains(body, `id="warnings"`) || !strings.Contains(body, `class="line">2<`) ||
		!strings.Contains(body, "colors") || !strings.Contains(body, "1 warning(s)") || strings.Contains(body, `class="line">3<`) {
		t.Fatalf("import with a warning: %d\n%s", resp.StatusCode, body)
	}
	if p, _ := env.cat.Get("A1"); len(p.Colors) != 1 {
		t.Errorf("colours after the import with a warning: %q", p.Colors)
	}
	// Edit a price and stock; a bad price is refused with its column.
	v1, _ := env.cat.Version()
	ver := strconv.FormatUint(v1, 10)
	resp, body = env.do(t, call{method: "POST", path: "/staff/catalog/products/A1", secret: env.staff, lang: "en", form: url.Values{"price": {"x"}, "stock": {"2"}, "version": {ver}}})
	if resp.StatusCode != 400 || !strings.Contains(body, "price") {
		t.Errorf("bad price: %d", resp.StatusCode)
	}
	resp, _ = env.do(t, call{method: "POST", path: "/staff/catalog/products/A1", secret: env.staff, form: url.Values{"price": {"1,750.50"}, "stock": {""}, "version": {ver}}})
	if resp.StatusCode != 303 {
		t.Fatalf("edit: %d", resp.StatusCode)
	}
	// A second edit made from the same page (version) is refused, not merged.
	resp, body = env.do(t, call{method: "POST", path: "/staff/catalog/products/A2", secret: env.owner, lang: "en", form: url.Values{"price": {"99"}, "stock": {"1"}, "version": {ver}}})
	if resp.StatusCode != http.StatusConflict || !strings.Contains(body, "Someone else changed the catalog") {
		t.Errorf("stale edit: %d", resp.StatusCode)
	}
	if p, _ := env.cat.Get("A2"); p.Price != 250000 {
		t.Errorf("the stale edit was applied: %v", p.Price)
	}
	p, err := env.cat.Get("A1")
	if err != nil || p.Price != 175050 || !p.MadeToOrder {
		t.Errorf("after edit: %+v %v", p, err)
	}
	if resp, _ := env.do(t, call{method: "POST", path: "/staff/catalog/products/NOPE", secret: env.staff, form: url.Values{"price": {"1"}, "version": {ver}}}); resp.StatusCode != 404 {
		t.Errorf("unknown product: %d", resp.StatusCode)
	}
	// The vocabulary: replaced, and a broken one refused.
	v2, _ := env.cat.Version()
	resp, _ = env.do(t, call{method: "POST", path: "/staff/catalog/vocabulary", secret: env.staff, form: url.Values{"vocabulary": {"ترابيزة, ترابيزه, طاولة\n"}, "version": {strconv.FormatUint(v2, 10)}}})
	if resp.StatusCode != 303 {
		t.Fatalf("vocabulary: %d", resp.StatusCode)
	}
	_, body = env.do(t, call{path: "/staff/catalog/vocabulary", secret: env.accountant})
	if !strings.Contains(body, "طاولة") || strings.Contains(body, "<textarea") {
		t.Errorf("vocabulary page for the accountant (read only):\n%s", body)
	}
	// Export: the catalog CSV imports back.
	_, body = env.do(t, call{path: "/staff/catalog/export.csv", secret: env.accountant})
	back, err := catalog.ParseCSV(strings.NewReader(body), "export.csv")
	if err != nil || len(back) != 2 {
		t.Errorf("export parsed back: %d %v", len(back), err)
	}
	// Try a message: the understanding, nothing stored.
	resp, body = env.do(t, call{path: "/staff/catalog/try?text=" + url.QueryEscape("عايز كرسي"), secret: env.accountant, lang: "en"})
	if resp.StatusCode != 200 || !strings.Contains(body, `id="understood"`) || !strings.Contains(body, "A1") {
		t.Errorf("try: %d\n%s", resp.StatusCode, body)
	}
}

func TestDocs_Customers(t *testing.T) {
	env := newDocsEnv(t)
	env.customer(t)
	inv := env.issue(t, invoice.KindInvoice, "O1", "T-HOOD-BI")
	_, body := env.do(t, call{path: "/staff/customers", secret: env.staff})
	if !strings.Contains(body, "أحمد علي") || !strings.Contains(body, "/staff/customers/"+docsCustomer) {
		t.Fatalf("customers:\n%s", body)
	}
	_, body = env.do(t, call{path: "/staff/customers/" + docsCustomer, secret: env.staff})
	if !strings.Contains(body, inv.Number) || !strings.Contains(body, inv.Totals.Total.String()) || strings.Contains(body, `id="tier"`) {
		t.Errorf("customer page (staff: no tier form):\n%s", body)
	}
	resp, _ := env.do(t, call{method: "POST", path: "/staff/customers/" + docsCustomer + "/notes", secret: env.staff, form: url.Values{"note": {"بيحب التوصيل الصبح"}}})
	if !strings.Contains(resp.Header.Get("Location"), "done=note") {
		t.Fatalf("note: %s", resp.Header.Get("Location"))
	}
	resp, _ = env.do(t, call{method: "POST", path: "/staff/customers/" + docsCustomer + "/tier", secret: env.owner, form: url.Values{"tier": {"gold"}}})
	if !strings.Contains(resp.Header.Get("Location"), "err=tier") {
		t.Errorf("unknown tier: %s", resp.Header.Get("Location"))
	}
	resp, _ = env.do(t, call{method: "POST", path: "/staff/customers/" + docsCustomer + "/tier", secret: env.owner, form: url.Values{"tier": {"vip"}}})
	if !strings.Contains(resp.Header.Get("Location"), "done=tier") {
		t.Fatalf("tier: %s", resp.Header.Get("Location"))
	}
	_, body = env.do(t, call{path: "/staff/customers/" + docsCustomer, secret: env.owner})
	if !strings.Contains(body, "بيحب التوصيل الصبح") || !strings.Contains(body, `id="tier"`) || !strings.Contains(body, `value="vip" selected`) {
		t.Errorf("customer page after note and tier:\n%s", body)
	}
	if resp, _ := env.do(t, call{path: "/staff/customers/2019999", secret: env.owner}); resp.StatusCode != 404 {
		t.Errorf("unknown customer: %d", resp.StatusCode)
	}
	if resp, _ := env.do(t, call{method: "POST", path: "/staff/customers/2019999/notes", secret: env.owner, form: url.Values{"note": {"x"}}}); resp.StatusCode != 404 {
		t.Errorf("note on an unknown customer: %d", resp.StatusCode)
	}
}

func TestDocs_Settings(t *testing.T) {
	env := newDocsEnv(t)
	resp, body := env.do(t, call{path: "/staff/settings", secret: env.owner, lang: "en"})
	if resp.StatusCode != 200 {
		t.Fatalf("settings: %d", resp.StatusCode)
	}
	for _, want := range []string{"555-666-777", "INV-T1-000001", "vip 5%", "WhatsApp", "link down", "/staff/settings/backup", "/staff/users"} {
		if !strings.Contains(body, want) {
			t.Errorf("settings lack %q", want)
		}
	}
	resp, body = env.do(t, call{path: "/staff/settings/backup", secret: env.owner})
	if resp.StatusCode != 200 || len(body) < 4096 {
		t.Fatalf("backup: %d, %d bytes", resp.StatusCode, len(body))
	}
	// The download is a bbolt file with the box's buckets.
	path := filepath.Join(t.TempDir(), "backup.db")
	os.WriteFile(path, []byte(body), 0o600)
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatalf("backup is not a bbolt file: %v", err)
	}
	defer bdb.Close()
	if err := bdb.View(func(tx *bolt.Tx) error {
		if tx.Bucket(store.BucketMsgIndex) == nil {
			t.Error("backup lacks the customers' tree (message_index)")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

func configShop() config.Shop {
	return config.Shop{Name: "معرض النخيل", Branch: "المعادي", BranchCode: "T1", Address: "شارع ٩", TaxID: "555-666-777",
		VATRate: 1400, InstaPayLink: "https://ipn.eg/S/nakheel/instapay/Q1", Tiers: "vip=5%"}
}

// between is the part of s from the first from to the next to after it.
func between(s, from, to string) string {
	i := strings.Index(s, from)
	if i < 0 {
		return ""
	}
	s = s[i:]
	if j := strings.Index(s, to); j >= 0 {
		return s[:j]
	}
	return s
}
