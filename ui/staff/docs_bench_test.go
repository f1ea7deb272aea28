package staff

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"fatoora/appliance/invoice"
	"fatoora/appliance/pipeline"
	"fatoora/catalog"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkDocuments_List serves the invoice list pages through the whole
// staff handler (session check, pipeline, bbolt indexes, template) from a
// store holding FATOORA_BENCH_DOCS invoices (default 20,000; 200,000 for
// BENCHMARKS.md), one per order, for 5,000 customers over three years, and
// reports each page's p50 and p99:
//
//	FATOORA_BENCH_DOCS=200000 go test -run '^$' -bench BenchmarkDocuments_List -benchtime 1x ./ui/staff/
func BenchmarkDocuments_List(b *testing.B) {
	n := 20_000
	if s := os.Getenv("FATOORA_BENCH_DOCS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n < 1000 {
			b.Fatalf("FATOORA_BENCH_DOCS=%q: want a number ≥ 1000", s)
		}
	}
	env := newDocsEnv(b)
	p1, err := env.cat.Get("T-KIT-BEECH")
	if err != nil {
		b.Fatal(err)
	}
	p2, _ := env.cat.Get("T-KIT-MDF") // made to order: no stock runs out
	// The generator issues without the stock ledger: catalog.Reserve keeps
	// one JSON ledger per SKU holding every reservation ever made, so with
	// it each issue costs O(invoices of that SKU) (see BENCHMARKS.md). The
	// documents written are the same.
	cfg := env.book.Config()
	cfg.Stock = invoice.NoStock{}
	gen, err := invoice.NewBook(cfg)
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Date(2024, 1, 1, 9, 0, 0, 0, time.Local)
	step := 3 * 365 * 24 * time.Hour / time.Duration(n)
	start := time.Now()
	const batch = 5_000
	for from := 0; from < n; from += batch {
		err := env.db.Bolt().Update(func(tx *bolt.Tx) error {
			for i := from; i < min(from+batch, n); i++ {
				req := invoice.Request{OrderID: fmt.Sprintf("O%07d", i+1), PaymentMethod: "cash",
					Buyer: invoice.Buyer{Name: "عميل " + strconv.Itoa(i%5000), WaID: fmt.Sprintf("2010%07d", i%5000)},
					Lines: []invoice.RequestLine{{Product: p1, Quantity: 1000}, {Product: p2, Quantity: catalog.Milli(1000 * (1 + i%3))}}}
				priced, err := gen.Price(req)
				if err != nil {
					return err
				}
				d, err := gen.IssueInvoice(tx, priced, t0.Add(time.Duration(i)*step))
				if err != nil {
					return err
				}
				if i%3 == 0 {
					if err := gen.MarkPaid(tx, d.Number, "cash", t0.Add(time.Duration(i)*step+time.Hour)); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("generated %d invoices in %v", n, time.Since(start).Round(time.Millisecond))
	last := t0.Add(time.Duration(n-1) * step)

	// A deep page: follow the cursor 40 pages back.
	deep := "/staff/documents"
	for range 40 {
		page, err := env.p.Documents(b.Context(), docFilterMust(deep))
		if err != nil || page.Next == "" {
			b.Fatalf("paging: %v", err)
		}
		deep = "/staff/documents?after=" + page.Next
	}
	day := last.Format("2006-01-02")
	pages := []struct{ name, path string }{
		{"newest", "/staff/documents"},
		{"page-41", deep},
		{"unpaid-invoices", "/staff/documents?kind=invoice&status=issued"},
		{"paid-invoices", "/staff/documents?status=paid"},
		{"one-customer", "/staff/documents?q=20100004242"},
		{"number", "/staff/documents?q=" + strconv.Itoa(n/2)},
		{"one-day", "/staff/documents?from=" + day + "&to=" + day},
		{"day-report", "/staff/reports/day?date=" + day},
	}
	for _, pg := range pages {
		b.Run(pg.name, func(b *testing.B) {
			const rounds = 300
			var took []time.Duration
			for b.Loop() {
				took = took[:0]
				for range rounds {
					req := httptest.NewRequest("GET", pg.path, nil)
					req.AddCookie(&http.Cookie{Name: cookieName, Value: env.owner})
					w := httptest.NewRecorder()
					s := time.Now()
					env.mux.ServeHTTP(w, req)
					took = append(took, time.Since(s))
					if w.Code != 200 {
						b.Fatalf("%s: %d", pg.path, w.Code)
					}
				}
			}
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}

func docFilterMust(path string) pipeline.DocumentFilter {
	req := httptest.NewRequest("GET", path, nil)
	f, err := docFilter(req.URL.Query(), 50)
	if err != nil {
		panic(err)
	}
	return f
}
