package staff

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"fatoora/appliance/access"
	"fatoora/appliance/health"
	"fatoora/appliance/invoice"
	"fatoora/appliance/invoice/pdf"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/store"
	"fatoora/appliance/understand"
	"fatoora/appliance/whatsapp"
	"fatoora/catalog"
)

// BenchmarkOps_Pages serves the dashboard and the review queue over
// loopback HTTP, signed in, from the store that
// appliance/pipeline's TestGenerateBenchStore wrote (200,000 orders and
// 1,000,000 messages by default), and reports each request's p50 and p99:
//
//	FATOORA_BENCH_DB=/tmp/bench/fatoora.db go test -run TestGenerateBenchStore -timeout 60m ./appliance/pipeline/
//	FATOORA_BENCH_DB=/tmp/bench/fatoora.db go test -run '^$' -bench BenchmarkOps_Pages -benchtime 300x ./ui/staff/
func BenchmarkOps_Pages(b *testing.B) {
	path := os.Getenv("FATOORA_BENCH_DB")
	if path == "" {
		b.Skip("set FATOORA_BENCH_DB to the store TestGenerateBenchStore wrote")
	}
	db, err := store.Open(path, store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	cat, err := catalog.OpenStore(db, filepath.Join(filepath.Dir(path), "catalog.bleve"))
	if err != nil {
		b.Fatal(err)
	}
	defer cat.Close()
	ps, err := cat.Products()
	if err != nil {
		b.Fatal(err)
	}
	vocab, err := cat.Vocabulary()
	if err != nil {
		b.Fatal(err)
	}
	rules, err := understand.NewRules(ps, vocab, understand.RulesOptions{})
	if err != nil {
		b.Fatal(err)
	}
	book, err := invoice.NewBook(invoice.Config{Seller: invoice.Seller{Name: "معرض النخيل", Branch: "المعادي", Address: "شارع ٩", TaxRegNo: "123-456-789"},
		BranchCode: "B1", Stock: invoice.NoStock{}})
	if err != nil {
		b.Fatal(err)
	}
	client, err := whatsapp.New(whatsapp.Options{GraphURL: "http://127.0.0.1:1/v23.0", Token: "unused", PhoneNumberID: "1"})
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{DB: db, Understander: rules, Catalog: pipeline.StoreCatalog(cat), Book: book,
		Render: func(d *invoice.Document, buf []byte) ([]byte, error) {
			return pdf.RenderInto(buf, d, pdf.ShopInfo{}, pdf.PaymentInfo{})
		},
		Sender: client, DocsDir: b.TempDir(), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	reg := health.NewRegistry()
	for name, f := range p.Part("live").Health {
		reg.Register(name, f)
	}
	acc, err := access.Open(db.Bolt(), access.Options{Hash: access.HashParams{Memory: 64, Time: 1, Threads: 1}, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	var code string
	ui, err := New(Options{Access: acc, Logger: slog.New(slog.DiscardHandler), AnnounceSetup: func(c, _ string) { code = c },
		Pipeline: p, Catalog: cat, Health: reg})
	if err != nil {
		b.Fatal(err)
	}
	secret := ""
	if code != "" {
		_, _, secret, err = acc.CompleteSetup(context.Background(), access.SetupRequest{Code: code, Username: "bench", Name: "Bench", Password: "a long counter pass 1", Addr: "127.0.0.1"})
	} else {
		_, secret, err = acc.Login(context.Background(), access.LoginRequest{Username: "bench", Password: "a long counter pass 1", Addr: "127.0.0.1"})
	}
	if err != nil {
		b.Fatal(err)
	}
	mux := http.NewServeMux()
	ui.Routes(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	from, to := p.Today()
	s, err := p.Summary(context.Background(), from, to)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("today: %+v", s)
	for _, page := range []string{"/staff/", "/staff/review"} {
		b.Run(page, func(b *testing.B) {
			req, _ := http.NewRequest("GET", srv.URL+page, nil)
			req.AddCookie(&http.Cookie{Name: cookieName, Value: secret})
			lat := make([]time.Duration, 0, b.N)
			for b.Loop() {
				t0 := time.Now()
				resp, err := srv.Client().Do(req)
				if err != nil {
					b.Fatal(err)
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Fatalf("%s: %d", page, resp.StatusCode)
				}
				lat = append(lat, time.Since(t0))
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
	// Early in the day "today" holds little: the last 24 hours are what a
	// full day costs the dashboard's summary.
	b.Run("summary-last-24h", func(b *testing.B) {
		now := time.Now()
		lat := make([]time.Duration, 0, b.N)
		var s pipeline.Summary
		for b.Loop() {
			t0 := time.Now()
			if s, err = p.Summary(context.Background(), now.Add(-24*time.Hour), now); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t0))
		}
		slices.Sort(lat)
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		b.Logf("last 24h: %d messages from %d customers, %d orders, %d invoices, %d quotes", s.Messages, s.Customers, s.Orders, s.Invoices+s.Voided, s.Quotes)
	})
	b.Run("live-poll", func(b *testing.B) { // what the hub does every second with a dashboard open
		for b.Loop() {
			_ = p.Version()
			_ = reg.Report()
		}
	})
}
