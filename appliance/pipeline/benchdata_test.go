package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/store"
	"fatoora/catalog"

	bolt "go.etcd.io/bbolt"
)

// TestGenerateBenchStore writes a store for the staff UI's benchmarks
// (ui/staff BenchmarkOps_*) when FATOORA_BENCH_DB names a file to create:
// FATOORA_BENCH_MESSAGES inbound messages (default 1,000,000) from 20,000
// customers through ingest's own write path (signed webhooks of 250
// messages, Accept), FATOORA_BENCH_ORDERS orders (default 200,000) through
// saveOrder with their indexes, both spread over 400 days up to now, one
// order in 2,000 waiting for staff, and for the last week's orders an
// invoice for one in three (half of them paid) and a quote for one in ten,
// issued by the invoice book. The test catalog is imported beside it.
//
//	FATOORA_BENCH_DB=/tmp/bench/fatoora.db go test -run TestGenerateBenchStore -timeout 60m ./appliance/pipeline/
func TestGenerateBenchStore(t *testing.T) {
	path := os.Getenv("FATOORA_BENCH_DB")
	if path == "" {
		t.Skip("set FATOORA_BENCH_DB to generate the staff UI's benchmark store")
	}
	nMsgs, nOrders := envInt(t, "FATOORA_BENCH_MESSAGES", 1_000_000), envInt(t, "FATOORA_BENCH_ORDERS", 200_000)
	const customers, days, perBody = 20_000, 400, 250
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(path, store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ps, vocab := LoadTestCatalog(t)
	cat, err := catalog.OpenStore(db, filepath.Join(filepath.Dir(path), "catalog.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cat.Import(context.Background(), ps, vocab, "bench"); err != nil {
		t.Fatal(err)
	}
	cat.Close()

	end := time.Now()
	start := end.Add(-days * 24 * time.Hour)
	at := func(i, n int) time.Time { return start.Add(time.Duration(int64(end.Sub(start)) / int64(n) * int64(i))) }
	custOf := func(i int) string { return fmt.Sprintf("2010%07d", i%customers) }

	// Messages, through ingest.
	var now time.Time
	secret := []byte("bench-secret")
	ing, err := ingest.New(db, ingest.Options{Secret: secret, Now: func() time.Time { return now }, MaxBodyBytes: 8 << 20})
	if err != nil {
		t.Fatal(err)
	}
	began := time.Now()
	for i := 0; i < nMsgs; i += perBody {
		now = at(i, nMsgs)
		var contacts, msgs []string
		for j := i; j < min(i+perBody, nMsgs); j++ {
			c := custOf(j * 7919)
			contacts = append(contacts, fmt.Sprintf(`{"profile":{"name":"عميل %d"},"wa_id":%q}`, j%customers, c))
			msgs = append(msgs, fmt.Sprintf(`{"from":%q,"id":"wamid.BENCH%08d","timestamp":"%d","type":"text","text":{"body":"عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح، ومعاه شفاط بلت إن"}}`, c, j, now.Unix()))
		}
		body := []byte(`{"object":"whatsapp_business_account","entry":[{"id":"WABA1","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"201000000000","phone_number_id":"PNID1"},"contacts":[` +
			strings.Join(contacts, ",") + `],"messages":[` + strings.Join(msgs, ",") + `]},"field":"messages"}]}]}`)
		if _, err := ing.Accept(context.Background(), body, ingest.Sign(secret, body), "bench"); err != nil {
			t.Fatalf("accept at %d: %v", i, err)
		}
	}
	t.Logf("%d messages in %s", nMsgs, time.Since(began).Round(time.Second))

	// Orders, and the last week's documents.
	book, err := invoice.NewBook(invoice.Config{Seller: invoice.Seller{Name: "معرض النخيل", Branch: "المعادي", Address: "شارع ٩", TaxRegNo: "123-456-789"},
		BranchCode: "B1", Stock: invoice.NoStock{}})
	if err != nil {
		t.Fatal(err)
	}
	beech, hood := ps[0], ps[2]
	week := end.Add(-7 * 24 * time.Hour)
	began = time.Now()
	const perTx = 2_000
	for first := 0; first < nOrders; first += perTx {
		err := db.Update(func(tx *bolt.Tx) error {
			for i := first; i < min(first+perTx, nOrders); i++ {
				created := at(i, nOrders)
				o := &Order{ID: fmt.Sprintf("O%07d", i+1), Customer: custOf(i * 7919), To: custOf(i * 7919), CustomerName: fmt.Sprintf("عميل %d", i%customers),
					CreatedAt: created, UpdatedAt: created, State: StateReplied, Decision: DecInvoice, Confidence: 0.93,
					Text:    "عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح، ومعاه شفاط بلت إن",
					Lines:   []Line{{SKU: beech.SKU, Name: beech.NameAr, Unit: beech.Unit, Quantity: 2 * catalog.One, Color: "رمادي فاتح", Phrase: "دولاب مطبخ خشب زان", Confidence: 0.93}, {SKU: hood.SKU, Name: hood.NameAr, Unit: hood.Unit, Quantity: catalog.One, Phrase: "شفاط بلت إن", Confidence: 0.95}},
					History: []Event{{At: created, State: StateReceived}, {At: created, State: StateReplied}}}
				if i%2000 == 1999 {
					o.State, o.Decision, o.NeedsStaff, o.Reason, o.Confidence = StateDecided, DecReview, true, "understanding confidence 0.62 is below 0.80", 0.62
					o.Lines[1].SKU, o.Lines[1].Confidence, o.Lines[1].Choices = "", 0.4, []string{ps[3].SKU}
				}
				if created.After(week) && !o.NeedsStaff {
					req := invoice.Request{OrderID: o.ID, Buyer: invoice.Buyer{Name: o.CustomerName, WaID: o.Customer},
						Lines: []invoice.RequestLine{{Product: beech, Quantity: 2 * catalog.One, Color: "رمادي فاتح"}, {Product: hood, Quantity: catalog.One}}}
					priced, err := book.Price(req)
					if err != nil {
						return err
					}
					switch {
					case i%3 == 0:
						d, err := book.IssueInvoice(tx, priced, created)
						if err != nil {
							return err
						}
						o.Document, o.Total = d.Number, d.Totals.Total
						if i%2 == 0 {
							if err := book.MarkPaid(tx, d.Number, "cash", created.Add(time.Minute)); err != nil {
								return err
							}
						}
					case i%10 == 1:
						d, err := book.IssueQuote(tx, priced, created)
						if err != nil {
							return err
						}
						o.Decision, o.Quote = DecQuote, d.Number
					}
				}
				if err := saveOrder(tx, o); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d orders in %s", nOrders, time.Since(began).Round(time.Second))
	if err := db.Bolt().Sync(); err != nil {
		t.Fatal(err)
	}
}

func envInt(t *testing.T, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		t.Fatalf("%s=%q: want a positive number", name, s)
	}
	return n
}

// LoadTestCatalog reads testdata's catalog and vocabulary; the external
// tests' harness uses it too.
func LoadTestCatalog(t testing.TB) ([]catalog.Product, *catalog.Vocabulary) {
	t.Helper()
	f, err := os.Open("testdata/catalog.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ps, err := catalog.ParseCSV(f, "catalog.csv")
	if err != nil {
		t.Fatal(err)
	}
	v, err := os.Open("testdata/synonyms.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	vocab, err := catalog.ParseVocabulary(v, "synonyms.txt")
	if err != nil {
		t.Fatal(err)
	}
	return ps, vocab
}
