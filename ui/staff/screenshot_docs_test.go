package staff

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fatoora/appliance/invoice"
)

// TestScreenshotsDocs renders the documents, report, catalog, customers
// and settings pages like TestScreenshots (run only when asked):
//
//	FATOORA_SCREENSHOTS=/tmp/shots go test -run ScreenshotsDocs ./ui/staff
func TestScreenshotsDocs(t *testing.T) {
	dir := os.Getenv("FATOORA_SCREENSHOTS")
	if dir == "" {
		t.Skip("set FATOORA_SCREENSHOTS to a directory to take screenshots")
	}
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	env := newDocsEnv(t)
	env.customer(t)
	paid := env.issue(t, invoice.KindInvoice, "O1", "T-HOOD-BI", "T-HOOD-WALL")
	inv := env.issue(t, invoice.KindInvoice, "O2", "T-HOOD-WALL")
	voided := env.issue(t, invoice.KindInvoice, "O3", "T-HOOD-BI")
	env.issue(t, invoice.KindQuote, "O4", "T-HOOD-WALL")
	ctx := t.Context()
	if err := env.p.MarkPaid(ctx, paid.Number, "instapay", "mona"); err != nil {
		t.Fatal(err)
	}
	if _, err := env.p.Void(ctx, voided.Number, "مقاس غلط", "mona"); err != nil {
		t.Fatal(err)
	}
	if err := env.p.AddNote(ctx, docsCustomer, "sara", "بيحب التوصيل الصبح، والدفع كاش عند الاستلام."); err != nil {
		t.Fatal(err)
	}
	if err := env.p.SetTier(ctx, docsCustomer, "vip"); err != nil {
		t.Fatal(err)
	}
	withCookie := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.AddCookie(&http.Cookie{Name: cookieName, Value: env.owner})
		r.Header.Set("Sec-Fetch-Site", "same-origin")
		env.mux.ServeHTTP(w, r)
	}))
	defer withCookie.Close()
	// A refused import, rendered by a POST: fetched here, shown from a
	// handler (Chromium cannot post), with the real static files.
	for _, lang := range []string{"ar", "en"} {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		fw, _ := mw.CreateFormFile("file", "prices-dec.csv")
		io.WriteString(fw, "sku,name_ar,unit,price,stock\nA1,كرسي,piece,1500,3\nA2,ترابيزة,piece,غالي,2\nA3,,pieces,100,x\n")
		mw.Close()
		req, _ := http.NewRequest("POST", withCookie.URL+"/staff/catalog/import", &buf)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.AddCookie(&http.Cookie{Name: langCookie, Value: lang})
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasPrefix(r.URL.Path, "/staff/static/") {
				env.mux.ServeHTTP(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
		}))
		shoot(t, browser, page.URL+"/staff/catalog/import", filepath.Join(dir, "catalog-problems"), lang)
		page.Close()
	}
	for _, lang := range []string{"ar", "en"} {
		for name, path := range map[string]string{
			"documents": "/staff/documents",
			"document":  "/staff/documents/" + paid.Number,
			"invoice":   "/staff/documents/" + inv.Number,
			"report":    "/staff/reports/day",
			"catalog":   "/staff/catalog",
			"try":       "/staff/catalog/try?text=%D8%B9%D8%A7%D9%8A%D8%B2%20%D8%B4%D9%81%D8%A7%D8%B7%20%D8%A8%D9%84%D8%AA%20%D8%A5%D9%86",
			"customers": "/staff/customers",
			"customer":  "/staff/customers/" + docsCustomer,
			"settings":  "/staff/settings",
		} {
			shoot(t, browser, withCookie.URL+"/staff/lang/"+lang+"?next="+path, filepath.Join(dir, name), lang)
		}
	}
}
