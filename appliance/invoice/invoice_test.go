package invoice

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"path/filepath"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora"
	"fatoora/appliance/store"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

var t0 = time.Date(2026, 11, 25, 14, 30, 0, 0, time.UTC)

func testConfig() Config {
	return Config{
		Seller: Seller{Name: "معرض النيل للأثاث", Branch: "فرع مدينة نصر", Address: "12 شارع عباس العقاد، مدينة نصر، القاهرة",
			TaxRegNo: "123-456-789"},
		BranchCode: "NSR",
		Tiers:      map[string]money.BasisPoints{"vip": 500, "trade": 1250},
	}
}

func newBook(t testing.TB, mut ...func(*Config)) *Book {
	t.Helper()
	cfg := testConfig()
	cfg.Stock = NoStock{} // tests that reserve set a ledger or CatalogStock
	for _, m := range mut {
		m(&cfg)
	}
	b, err := NewBook(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func openDB(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "fatoora.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

var (
	kitchen  = catalog.Product{SKU: "KIT-ZAN", NameAr: "دولاب مطبخ خشب زان", Unit: catalog.Meter, Price: 18_500_00, MadeToOrder: true, Material: "زان"}
	hood     = catalog.Product{SKU: "HOOD-BI", NameAr: "شفاط بلت إن", Unit: catalog.Piece, Price: 7_250_00, Stock: 3000}
	wardrobe = catalog.Product{SKU: "WRD-MDF", NameAr: "دولاب ملابس", Unit: catalog.SquareMeter, Price: 3_333_33, MadeToOrder: true}
)

func seedRequest() Request {
	return Request{
		OrderID: "order-1", Buyer: Buyer{Name: "أحمد", WaID: "201001234567"}, PaymentMethod: "instapay",
		Lines: []RequestLine{
			{Product: kitchen, Quantity: 2000, Color: "رمادي فاتح", DimsCM: []int{200, 120}},
			{Product: hood, Quantity: 1000},
		},
	}
}

func TestBook_PriceSeed(t *testing.T) {
	b := newBook(t)
	p, err := b.Price(seedRequest())
	if err != nil {
		t.Fatal(err)
	}
	// 2 m × 18,500.00 = 37,000.00; VAT 5,180.00. 1 × 7,250.00; VAT 1,015.00.
	want := Totals{Gross: 44_250_00, Net: 44_250_00, VAT: 6_195_00, Total: 50_445_00}
	if p.Totals != want {
		t.Fatalf("totals %+v, want %+v", p.Totals, want)
	}
	if p.Lines[0].Total != 42_180_00 || p.Lines[1].Total != 8_265_00 {
		t.Fatalf("line totals %v %v", p.Lines[0].Total, p.Lines[1].Total)
	}
}

func TestBook_PriceRounding(t *testing.T) {
	b := newBook(t)
	cases := []struct {
		name                  string
		p                     catalog.Product
		q                     catalog.Milli
		tier                  string
		gross, disc, net, vat money.Piasters
	}{
		// 3,333.33 × 6.24 = 20,799.9792 → 20,799.98; VAT 14% = 2,911.9972 → 2,912.00
		{"sqm half up", wardrobe, 6240, "", 20_799_98, 0, 20_799_98, 2_912_00},
		// 0.005 piaster-level half: 1 piaster × 0.5 = 0.5 → 1 (away from zero)
		{"half away from zero", catalog.Product{SKU: "X", Unit: catalog.Meter, Price: 1}, 500, "", 1, 0, 1, 0},
		// 0.4 → 0
		{"below half", catalog.Product{SKU: "X", Unit: catalog.Meter, Price: 1}, 400, "", 0, 0, 0, 0},
		// vip 5% of 7,250.00 = 362.50; net 6,887.50; VAT 964.25
		{"vip discount", hood, 1000, "vip", 7_250_00, 362_50, 6_887_50, 964_25},
		// trade 12.5% of 0.07 = 0.00875 → 0.01; net 0.06; VAT 0.0084 → 0.01
		{"tiny trade", catalog.Product{SKU: "X", Unit: catalog.Piece, Price: 7}, 1000, "trade", 7, 1, 6, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := b.Price(Request{Tier: c.tier, Lines: []RequestLine{{Product: c.p, Quantity: c.q}}})
			if err != nil {
				t.Fatal(err)
			}
			l := p.Lines[0]
			if l.Gross != c.gross || l.Discount != c.disc || l.Net != c.net || l.VAT != c.vat || l.Total != c.net+c.vat {
				t.Fatalf("got gross %d disc %d net %d vat %d total %d", l.Gross, l.Discount, l.Net, l.VAT, l.Total)
			}
		})
	}
}

func TestBook_PriceErrors(t *testing.T) {
	b := newBook(t)
	for name, req := range map[string]Request{
		"no lines":     {},
		"unknown tier": {Tier: "gold", Lines: []RequestLine{{Product: hood, Quantity: 1000}}},
		"zero qty":     {Lines: []RequestLine{{Product: hood}}},
		"negative":     {Lines: []RequestLine{{Product: catalog.Product{SKU: "N", Price: -1}, Quantity: 1000}}},
		"overflow":     {Lines: []RequestLine{{Product: catalog.Product{SKU: "O", Price: 1 << 62}, Quantity: 1 << 40}}},
	} {
		if _, err := b.Price(req); err == nil {
			t.Errorf("%s: priced without error", name)
		}
	}
}

// roundRat rounds r half away from zero, the rule the package promises.
func roundRat(r *big.Rat) int64 {
	num, den := new(big.Int).Set(r.Num()), r.Denom()
	neg := num.Sign() < 0
	num.Abs(num)
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	if new(big.Int).Mul(m, big.NewInt(2)).Cmp(den) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	if neg {
		q.Neg(q)
	}
	return q.Int64()
}

func TestBook_PriceProperties(t *testing.T) {
	rng := rand.New(rand.NewSource(20261125))
	tiers := []string{"", "vip", "trade"}
	for i := range 3000 {
		vat := money.BasisPoints(rng.Intn(3000))
		b := newBook(t, func(c *Config) {
			c.VAT, c.NoVAT = vat, vat == 0
			c.Tiers["odd"] = money.BasisPoints(rng.Intn(10001))
		})
		req := Request{Tier: append(tiers, "odd")[rng.Intn(4)]}
		for j := range 1 + rng.Intn(30) {
			price := money.Piasters(rng.Int63n(50_000_000_00))
			if rng.Intn(3) == 0 {
				price = money.Piasters(rng.Int63n(1000))
			}
			q := catalog.Milli(1 + rng.Int63n(100_000))
			req.Lines = append(req.Lines, RequestLine{Product: catalog.Product{SKU: fmt.Sprint("S", j), Unit: catalog.Meter, Price: price}, Quantity: q})
		}
		p, err := b.Price(req)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		var sum Totals
		disc := b.cfg.Tiers[req.Tier]
		for k, l := range p.Lines {
			rl := req.Lines[k]
			exactGross := new(big.Rat).SetFrac(big.NewInt(int64(rl.Quantity)*0+1), big.NewInt(1))
			exactGross.Mul(new(big.Rat).SetInt64(int64(rl.Quantity)), new(big.Rat).SetInt64(int64(rl.Product.Price)))
			exactGross.Quo(exactGross, big.NewRat(1000, 1))
			if int64(l.Gross) != roundRat(exactGross) {
				t.Fatalf("case %d line %d: gross %d, want %d", i, k, l.Gross, roundRat(exactGross))
			}
			if want := roundRat(new(big.Rat).SetFrac(big.NewInt(int64(l.Gross)*int64(disc)), big.NewInt(10000))); int64(l.Discount) != want {
				t.Fatalf("case %d line %d: discount %d, want %d", i, k, l.Discount, want)
			}
			if want := roundRat(new(big.Rat).SetFrac(big.NewInt(int64(l.Net)*int64(vat)), big.NewInt(10000))); int64(l.VAT) != want {
				t.Fatalf("case %d line %d: VAT %d, want %d", i, k, l.VAT, want)
			}
			if l.Net != l.Gross-l.Discount || l.Total != l.Net+l.VAT || l.Discount > l.Gross || l.Discount < 0 {
				t.Fatalf("case %d line %d inconsistent: %+v", i, k, l)
			}
			sum.Gross += l.Gross
			sum.Discount += l.Discount
			sum.Net += l.Net
			sum.VAT += l.VAT
			sum.Total += l.Total
		}
		if sum != p.Totals {
			t.Fatalf("case %d: totals %+v, sum of lines %+v", i, p.Totals, sum)
		}
		if p.Totals.Total != p.Totals.Net+p.Totals.VAT || p.Totals.Net != p.Totals.Gross-p.Totals.Discount {
			t.Fatalf("case %d: totals do not cross-foot: %+v", i, p.Totals)
		}
	}
}

func TestConfig_Validate(t *testing.T) {
	if err := testConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	bad := map[string]func(*Config){
		"no branch":      func(c *Config) { c.BranchCode = "" },
		"slash branch":   func(c *Config) { c.BranchCode = "A/B" },
		"no tax number":  func(c *Config) { c.Seller.TaxRegNo = "" },
		"no name":        func(c *Config) { c.Seller.Name = " " },
		"same prefix":    func(c *Config) { c.QuotePrefix = "X-"; c.CreditPrefix = "X-" },
		"vat too high":   func(c *Config) { c.VAT = 10001 },
		"tier too high":  func(c *Config) { c.Tiers["x"] = 20000 },
		"NoVAT with VAT": func(c *Config) { c.NoVAT = true; c.VAT = 1400 },
	}
	for name, mut := range bad {
		c := testConfig()
		c.Tiers = map[string]money.BasisPoints{}
		mut(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
		if _, err := NewBook(c); err == nil {
			t.Errorf("%s: NewBook accepted", name)
		}
	}
}

// ledger is a Stock that keeps reservations in a bbolt bucket of its own,
// so that rollbacks and refs are observable through the real store.
type ledger struct {
	bucket []byte
	stock  map[string]catalog.Milli // on hand, by SKU; missing = made to order
}

var errOut = errors.New("out of stock")

func (l *ledger) Reserve(tx *bolt.Tx, sku string, q catalog.Milli, ref string) error {
	b, err := tx.CreateBucketIfNotExists(l.bucket)
	if err != nil {
		return err
	}
	if have, limited := l.stock[sku]; limited {
		var used catalog.Milli
		b.ForEach(func(k, v []byte) error {
			var r struct {
				SKU string
				Q   catalog.Milli
			}
			store.GetJSON(b, k, &r)
			if r.SKU == sku {
				used += r.Q
			}
			return nil
		})
		if used+q > have {
			return errOut
		}
	}
	return store.PutJSON(b, []byte(ref+"/"+sku), struct {
		SKU string
		Q   catalog.Milli
	}{sku, q})
}

func (l *ledger) Release(tx *bolt.Tx, ref string) error {
	b := tx.Bucket(l.bucket)
	if b == nil {
		return nil
	}
	var keys [][]byte
	c := b.Cursor()
	p := []byte(ref + "/")
	for k, _ := c.Seek(p); k != nil && len(k) >= len(p) && string(k[:len(p)]) == string(p); k, _ = c.Next() {
		keys = append(keys, append([]byte(nil), k...))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

func (l *ledger) reserved(t testing.TB, db *store.DB) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(l.bucket); b != nil {
			b.ForEach(func(k, _ []byte) error { out[string(k)] = true; return nil })
		}
		return nil
	})
	return out
}

func hqEntries(t testing.TB, db *store.DB) []OutboxEntry {
	t.Helper()
	var out []OutboxEntry
	db.View(func(tx *bolt.Tx) error {
		return store.Bucket(tx, store.BucketOutbox, store.BucketHQ).ForEach(func(k, v []byte) error {
			var e OutboxEntry
			if _, err := store.GetJSON(store.Bucket(tx, store.BucketOutbox, store.BucketHQ), k, &e); err != nil {
				t.Fatal(err)
			}
			out = append(out, e)
			return nil
		})
	})
	return out
}

func TestBook_IssueInvoice(t *testing.T) {
	db := openDB(t)
	led := &ledger{bucket: []byte("test_ledger"), stock: map[string]catalog.Milli{"HOOD-BI": 3000}}
	b := newBook(t, func(c *Config) { c.Stock = led })
	p, err := b.Price(seedRequest())
	if err != nil {
		t.Fatal(err)
	}
	var d *Document
	if err := db.Update(func(tx *bolt.Tx) error {
		d, err = b.IssueInvoice(tx, p, t0)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if d.Number != "INV-NSR-000001" || d.Kind != KindInvoice || d.Seller.TaxRegNo != "123-456-789" || !d.IssuedAt.Equal(t0) {
		t.Fatalf("issued %+v", d)
	}
	if got := led.reserved(t, db); !got["INV-NSR-000001/HOOD-BI"] || !got["INV-NSR-000001/KIT-ZAN"] {
		t.Fatalf("reservations %v", got)
	}
	if hq := hqEntries(t, db); len(hq) != 1 || hq[0].Number != d.Number || hq[0].Kind != KindInvoice || !hq[0].IssuedAt.Equal(t0) {
		t.Fatalf("outbox %+v", hq)
	}
	// Same order again: the same invoice, nothing new written.
	var again *Document
	db.Update(func(tx *bolt.Tx) error { again, err = b.IssueInvoice(tx, p, t0.Add(time.Hour)); return err })
	if err != nil || again.Number != d.Number || len(hqEntries(t, db)) != 1 {
		t.Fatalf("second issue for the order: %v %v", again, err)
	}
	db.View(func(tx *bolt.Tx) error {
		got, ok, err := ByOrder(tx, "order-1")
		if err != nil || !ok || got.Number != d.Number || got.Totals != p.Totals {
			t.Fatalf("ByOrder: %v %v %v", got, ok, err)
		}
		got, ok, err = Get(tx, d.Number)
		if err != nil || !ok || got.Lines[0].Color != "رمادي فاتح" || got.Status() != StatusIssued {
			t.Fatalf("Get: %v %v %v", got, ok, err)
		}
		return nil
	})
}

func TestBook_IssueInvoiceOutOfStockRollsBack(t *testing.T) {
	db := openDB(t)
	led := &ledger{bucket: []byte("test_ledger"), stock: map[string]catalog.Milli{"HOOD-BI": 1000}}
	b := newBook(t, func(c *Config) { c.Stock = led })
	req := seedRequest()
	req.Lines[1].Quantity = 2000 // two hoods, one on hand
	p, _ := b.Price(req)
	// The caller commits anyway: the failed issue must have left nothing.
	db.Update(func(tx *bolt.Tx) error {
		if _, err := b.IssueInvoice(tx, p, t0); !errors.Is(err, errOut) {
			t.Fatalf("want out of stock, got %v", err)
		}
		return nil
	})
	if got := led.reserved(t, db); len(got) != 0 {
		t.Fatalf("reservations left: %v", got)
	}
	req.Lines[1].Quantity = 1000
	p, _ = b.Price(req)
	var d *Document
	if err := db.Update(func(tx *bolt.Tx) (err error) { d, err = b.IssueInvoice(tx, p, t0); return err }); err != nil {
		t.Fatal(err)
	}
	if d.Number != "INV-NSR-000001" {
		t.Fatalf("number after a failed issue: %s", d.Number)
	}
}

func TestBook_NationalID(t *testing.T) {
	db := openDB(t)
	b := newBook(t, func(c *Config) { c.NoVAT = true }) // totals = net, easy boundaries
	item := func(price money.Piasters) catalog.Product {
		return catalog.Product{SKU: "SOFA", NameAr: "أنتريه", Unit: catalog.Piece, Price: price}
	}
	cases := []struct {
		price money.Piasters
		id    string
		want  error
	}{
		{149_999_99, "", nil},                       // one piaster below EGP 150,000
		{150_000_00, "", ErrNationalIDRequired},     // exactly EGP 150,000: at the threshold
		{150_000_01, "", ErrNationalIDRequired},     // one piaster above
		{150_000_01, "1234", ErrNationalIDRequired}, // malformed
		{150_000_01, "29001011234567", nil},         // 14 digits
		{200_000_00, "٢٩٠٠١٠١١٢٣٤٥٦٧", nil},         // Arabic-Indic digits
	}
	for i, c := range cases {
		p, err := b.Price(Request{OrderID: fmt.Sprint("o", i), Buyer: Buyer{Name: "x", NationalID: c.id}, Lines: []RequestLine{{Product: item(c.price), Quantity: 1000}}})
		if err != nil {
			t.Fatal(err)
		}
		err = db.Update(func(tx *bolt.Tx) error { _, err := b.IssueInvoice(tx, p, t0); return err })
		if !errors.Is(err, c.want) {
			t.Errorf("case %d: %v, want %v", i, err, c.want)
		}
		var nerr *NationalIDError
		if c.want != nil && (!errors.As(err, &nerr) || nerr.Total != c.price) {
			t.Errorf("case %d: not a *NationalIDError with the total: %v", i, err)
		}
	}
	// Quotes need no ID.
	p, _ := b.Price(Request{Lines: []RequestLine{{Product: item(900_000_00), Quantity: 1000}}})
	if err := db.Update(func(tx *bolt.Tx) error { _, err := b.IssueQuote(tx, p, t0); return err }); err != nil {
		t.Fatal(err)
	}
}

func TestBook_GaplessConcurrent(t *testing.T) {
	db := openDB(t)
	led := &ledger{bucket: []byte("test_ledger"), stock: map[string]catalog.Milli{"HOOD-BI": 40_000}}
	b := newBook(t, func(c *Config) { c.Stock = led })
	const workers, each = 8, 15
	var wg sync.WaitGroup
	var mu sync.Mutex
	issued := map[string]bool{}
	failed := 0
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				req := seedRequest()
				req.OrderID = fmt.Sprintf("w%d-%d", w, i)
				req.Lines[1].Quantity = catalog.Milli(1000 * (1 + (w+i)%3))
				p, err := b.Price(req)
				if err != nil {
					t.Error(err)
					return
				}
				var d *Document
				err = db.Batch(func(tx *bolt.Tx) (err error) { d, err = b.IssueInvoice(tx, p, t0); return err })
				mu.Lock()
				if err != nil {
					if !errors.Is(err, errOut) {
						t.Error(err)
					}
					failed++
				} else {
					if issued[d.Number] {
						t.Errorf("number %s issued twice", d.Number)
					}
					issued[d.Number] = true
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if failed == 0 || len(issued) == 0 {
		t.Fatalf("want some issued and some out of stock: issued %d failed %d", len(issued), failed)
	}
	for n := 1; n <= len(issued); n++ {
		if num := fmt.Sprintf("INV-NSR-%06d", n); !issued[num] {
			t.Fatalf("gap: %s missing among %d issued", num, len(issued))
		}
	}
	db.View(func(tx *bolt.Tx) error {
		docs, err := List(tx, ListFilter{Kind: KindInvoice})
		if err != nil || len(docs) != len(issued) {
			t.Fatalf("List: %d docs, %v", len(docs), err)
		}
		return nil
	})
	if n := len(hqEntries(t, db)); n != len(issued) {
		t.Fatalf("outbox has %d entries for %d invoices", n, len(issued))
	}
}

func TestBook_VoidAndNumbering(t *testing.T) {
	db := openDB(t)
	led := &ledger{bucket: []byte("test_ledger"), stock: map[string]catalog.Milli{"HOOD-BI": 1000}}
	b := newBook(t, func(c *Config) { c.Stock = led })
	p, _ := b.Price(seedRequest())
	var inv, cn, inv2 *Document
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(db.Update(func(tx *bolt.Tx) (err error) { inv, err = b.IssueInvoice(tx, p, t0); return err }))
	must(db.Update(func(tx *bolt.Tx) (err error) {
		if err := b.MarkPaid(tx, inv.Number, "cash", t0.Add(time.Minute)); err != nil {
			return err
		}
		return b.MarkPaid(tx, inv.Number, "cash", t0.Add(2*time.Minute)) // idempotent
	}))
	db.Update(func(tx *bolt.Tx) error {
		if _, err := b.Void(tx, inv.Number, "  ", t0); !errors.Is(err, ErrReasonRequired) {
			t.Fatalf("void without reason: %v", err)
		}
		return nil
	})
	must(db.Update(func(tx *bolt.Tx) (err error) {
		cn, err = b.Void(tx, inv.Number, "خطأ في المقاس", t0.Add(time.Hour))
		return err
	}))
	if cn.Number != "CN-NSR-000001" || cn.Kind != KindCredit || cn.RefersTo != inv.Number || cn.Totals != inv.Totals {
		t.Fatalf("credit note %+v", cn)
	}
	if got := led.reserved(t, db); len(got) != 0 {
		t.Fatalf("void left reservations: %v", got)
	}
	db.View(func(tx *bolt.Tx) error {
		got, _, _ := Get(tx, inv.Number)
		if got.Status() != StatusVoided || len(got.Events) != 2 || got.Events[0].Method != "cash" || got.Events[1].Ref != cn.Number {
			t.Fatalf("voided invoice: status %s events %+v", got.Status(), got.Events)
		}
		if got.Totals != inv.Totals || len(got.Lines) != len(inv.Lines) {
			t.Fatal("void rewrote the invoice's lines")
		}
		if _, ok, _ := ByOrder(tx, "order-1"); ok {
			t.Fatal("ByOrder still returns the voided invoice")
		}
		return nil
	})
	db.Update(func(tx *bolt.Tx) error {
		if err := b.MarkPaid(tx, inv.Number, "cash", t0); !errors.Is(err, ErrVoided) {
			t.Fatalf("MarkPaid on voided: %v", err)
		}
		again, err := b.Void(tx, inv.Number, "مرة أخرى", t0)
		if err != nil || again.Number != cn.Number {
			t.Fatalf("second void: %v %v", again, err)
		}
		return nil
	})
	// The corrected invoice for the same order takes the next number: voided numbers are never reused.
	must(db.Update(func(tx *bolt.Tx) (err error) { inv2, err = b.IssueInvoice(tx, p, t0.Add(2*time.Hour)); return err }))
	if inv2.Number != "INV-NSR-000002" {
		t.Fatalf("corrected invoice number %s", inv2.Number)
	}
	hq := hqEntries(t, db)
	// invoice, its payment (once, though marked twice), credit note, corrected invoice
	if len(hq) != 4 || hq[1].Number != inv.Number || hq[1].Event != EventPaid || hq[1].EventSeq == 0 ||
		hq[2].Number != cn.Number || hq[2].Kind != KindCredit {
		t.Fatalf("outbox %+v", hq)
	}
}

func TestBook_QuoteConversion(t *testing.T) {
	db := openDB(t)
	led := &ledger{bucket: []byte("test_ledger"), stock: map[string]catalog.Milli{"HOOD-BI": 5000}}
	b := newBook(t, func(c *Config) { c.Stock = led; c.QuoteValidity = 72 * time.Hour })
	p, _ := b.Price(seedRequest())
	var q, inv *Document
	if err := db.Update(func(tx *bolt.Tx) (err error) { q, err = b.IssueQuote(tx, p, t0); return err }); err != nil {
		t.Fatal(err)
	}
	if q.Number != "QUO-NSR-000001" || q.Kind != KindQuote || !q.ValidUntil.Equal(t0.Add(72*time.Hour)) {
		t.Fatalf("quote %+v", q)
	}
	if len(led.reserved(t, db)) != 0 || len(hqEntries(t, db)) != 0 {
		t.Fatal("a quote reserved stock or went to head office")
	}
	// Same order, same lines: the same quote. Other lines: a new quote for the order.
	db.Update(func(tx *bolt.Tx) error {
		again, err := b.IssueQuote(tx, p, t0.Add(time.Hour))
		if err != nil || again.Number != q.Number {
			t.Fatalf("same quote again: %v %v", again, err)
		}
		req := seedRequest()
		req.Lines = req.Lines[:1]
		p2, _ := b.Price(req)
		q2, err := b.IssueQuote(tx, p2, t0.Add(time.Hour))
		if err != nil || q2.Number != "QUO-NSR-000002" {
			t.Fatalf("changed quote: %v %v", q2, err)
		}
		if cur, _, _ := QuoteByOrder(tx, "order-1"); cur.Number != q2.Number {
			t.Fatalf("order's quote is %s", cur.Number)
		}
		return errors.New("roll back: the rest of the test uses the first quote")
	})
	db.Update(func(tx *bolt.Tx) error {
		if _, err := b.ConvertQuote(tx, q.Number, t0.Add(73*time.Hour)); !errors.Is(err, ErrQuoteExpired) {
			t.Fatalf("expired conversion: %v", err)
		}
		return nil
	})
	if err := db.Update(func(tx *bolt.Tx) (err error) {
		inv, err = b.ConvertQuote(tx, q.Number, t0.Add(24*time.Hour))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if inv.Number != "INV-NSR-000001" || inv.RefersTo != q.Number || inv.Totals != q.Totals || inv.OrderID != "order-1" {
		t.Fatalf("converted invoice %+v", inv)
	}
	if len(led.reserved(t, db)) != 2 || len(hqEntries(t, db)) != 1 {
		t.Fatal("conversion did not reserve stock or enqueue")
	}
	db.Update(func(tx *bolt.Tx) error {
		again, err := b.ConvertQuote(tx, q.Number, t0.Add(25*time.Hour))
		if err != nil || again.Number != inv.Number {
			t.Fatalf("second conversion: %v %v", again, err)
		}
		got, _, _ := Get(tx, q.Number)
		if got.Status() != StatusConverted {
			t.Fatalf("quote status %s", got.Status())
		}
		if _, err := b.ConvertQuote(tx, inv.Number, t0); !errors.Is(err, ErrWrongKind) {
			t.Fatalf("converting an invoice: %v", err)
		}
		if _, err := b.ConvertQuote(tx, "QUO-NSR-000009", t0); !errors.Is(err, fatoora.ErrNotFound) {
			t.Fatalf("converting a missing quote: %v", err)
		}
		if _, err := b.Void(tx, q.Number, "x", t0); !errors.Is(err, ErrWrongKind) {
			t.Fatalf("voiding a quote: %v", err)
		}
		return nil
	})
}

func TestBook_RejectsTamperedPriced(t *testing.T) {
	db := openDB(t)
	b := newBook(t)
	p, _ := b.Price(seedRequest())
	p.Lines[0].Total += 100
	err := db.Update(func(tx *bolt.Tx) error { _, err := b.IssueInvoice(tx, p, t0); return err })
	if !errors.Is(err, ErrTampered) {
		t.Fatalf("tampered lines issued: %v", err)
	}
}

func TestList_Filters(t *testing.T) {
	db := openDB(t)
	b := newBook(t)
	for i := range 4 {
		req := seedRequest()
		req.OrderID = fmt.Sprint("o", i)
		req.Buyer.WaID = fmt.Sprint("20100", i%2)
		p, _ := b.Price(req)
		db.Update(func(tx *bolt.Tx) error {
			if i == 3 {
				_, err := b.IssueQuote(tx, p, t0.Add(time.Duration(i)*time.Hour))
				return err
			}
			_, err := b.IssueInvoice(tx, p, t0.Add(time.Duration(i)*time.Hour))
			return err
		})
	}
	db.View(func(tx *bolt.Tx) error {
		all, _ := List(tx, ListFilter{})
		if len(all) != 4 || all[0].Number != "QUO-NSR-000001" || all[1].Number != "INV-NSR-000003" {
			t.Fatalf("List all: %d, first %s", len(all), all[0].Number)
		}
		w, _ := List(tx, ListFilter{WaID: "201000", Kind: KindInvoice})
		if len(w) != 2 || w[0].Number != "INV-NSR-000003" || w[1].Number != "INV-NSR-000001" {
			t.Fatalf("by wa id: %+v", w)
		}
		r, _ := List(tx, ListFilter{From: t0.Add(time.Hour), To: t0.Add(3 * time.Hour), Limit: 1})
		if len(r) != 1 || r[0].Number != "INV-NSR-000003" {
			t.Fatalf("by range: %+v", r)
		}
		return nil
	})
}

func TestBook_SameSKUOnTwoLinesReservesTheSum(t *testing.T) {
	db := openDB(t)
	led := &ledger{bucket: []byte("test_ledger"), stock: map[string]catalog.Milli{"HOOD-BI": 1000}}
	b := newBook(t, func(c *Config) { c.Stock = led })
	p, _ := b.Price(Request{Lines: []RequestLine{{Product: hood, Quantity: 1000}, {Product: hood, Quantity: 1000}}})
	err := db.Update(func(tx *bolt.Tx) error { _, err := b.IssueInvoice(tx, p, t0); return err })
	if !errors.Is(err, errOut) {
		t.Fatalf("two hoods from a stock of one: %v", err)
	}
}

func TestBook_ReservesCatalogStock(t *testing.T) {
	db := openDB(t)
	cat, err := catalog.OpenStore(db, "")
	if err != nil {
		t.Fatal(err)
	}
	defer cat.Close()
	if _, err := cat.Import(context.Background(), []catalog.Product{kitchen, hood}, nil, "test"); err != nil {
		t.Fatal(err)
	}
	b := newBook(t, func(c *Config) { c.Stock = nil }) // the default: the catalog's ledger
	issue := func(order string, hoods catalog.Milli) (*Document, error) {
		req := seedRequest()
		req.OrderID, req.Lines[1].Quantity = order, hoods
		p, err := b.Price(req)
		if err != nil {
			t.Fatal(err)
		}
		var d *Document
		err = db.Update(func(tx *bolt.Tx) (err error) { d, err = b.IssueInvoice(tx, p, t0); return err })
		return d, err
	}
	d1, err := issue("a", 2000)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := issue("b", 2000); !errors.Is(err, catalog.ErrOutOfStock) {
		t.Fatalf("4 hoods from 3: %v", err)
	}
	if si, _ := cat.Stock("HOOD-BI"); si.Free != 1000 {
		t.Fatalf("free after one invoice: %v", si.Free)
	}
	if err := db.Update(func(tx *bolt.Tx) error { _, err := b.Void(tx, d1.Number, "الغاء", t0); return err }); err != nil {
		t.Fatal(err)
	}
	if si, _ := cat.Stock("HOOD-BI"); si.Free != 3000 {
		t.Fatalf("free after the void: %v", si.Free)
	}
	if d2, err := issue("b", 2000); err != nil || d2.Number != "INV-NSR-000002" {
		t.Fatalf("after the void: %v %v", d2, err)
	}
}

// TestBook_PaidInvoiceSettlesStock: a paid invoice no longer holds its
// goods (they count as sold: free does not move), and voiding it afterwards
// gives nothing back.
func TestBook_PaidInvoiceSettlesStock(t *testing.T) {
	db := openDB(t)
	cat, err := catalog.OpenStore(db, "")
	if err != nil {
		t.Fatal(err)
	}
	defer cat.Close()
	if _, err := cat.Import(context.Background(), []catalog.Product{kitchen, hood}, nil, "test"); err != nil {
		t.Fatal(err)
	}
	b := newBook(t, func(c *Config) { c.Stock = nil })
	req := seedRequest()
	req.OrderID, req.Lines[1].Quantity = "a", 2000
	p, err := b.Price(req)
	if err != nil {
		t.Fatal(err)
	}
	var d *Document
	if err := db.Update(func(tx *bolt.Tx) (err error) { d, err = b.IssueInvoice(tx, p, t0); return err }); err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return b.MarkPaid(tx, d.Number, "", t0) }); err != nil {
		t.Fatal(err)
	}
	if si, _ := cat.Stock("HOOD-BI"); si.Reserved != 0 || si.Sold != 2000 || si.Free != 1000 {
		t.Fatalf("after payment: %+v", si)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		if held, _ := catalog.Reserved(tx, d.Number); len(held) != 0 {
			t.Errorf("a paid invoice still holds %v", held)
		}
		return nil
	})
	if err := db.Update(func(tx *bolt.Tx) error { _, err := b.Void(tx, d.Number, "الغاء", t0); return err }); err != nil {
		t.Fatal(err)
	}
	if si, _ := cat.Stock("HOOD-BI"); si.Free != 1000 {
		t.Fatalf("free after voiding a paid invoice: %v", si.Free)
	}
}

// kindCounter is an Observer counting documents by kind.
type kindCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func (k *kindCounter) DocumentIssued(kind string) { k.mu.Lock(); k.n[kind]++; k.mu.Unlock() }

// TestBook_Observer: every document written is told once its transaction
// commits; a rolled-back issue, and issuing again for the same order, are
// not.
func TestBook_Observer(t *testing.T) {
	obs := &kindCounter{n: map[string]int{}}
	b := newBook(t, func(c *Config) { c.Observer = obs })
	db := openDB(t)
	p, err := b.Price(seedRequest())
	if err != nil {
		t.Fatal(err)
	}
	var inv *Document
	steps := []struct {
		name     string
		fn       func(tx *bolt.Tx) error
		rollback bool
	}{
		{"quote", func(tx *bolt.Tx) error { _, err := b.IssueQuote(tx, p, t0); return err }, false},
		{"invoice rolled back", func(tx *bolt.Tx) error {
			if _, err := b.IssueInvoice(tx, p, t0); err != nil {
				return err
			}
			return errors.New("roll back")
		}, true},
		{"invoice", func(tx *bolt.Tx) error { var err error; inv, err = b.IssueInvoice(tx, p, t0); return err }, false},
		{"same order again", func(tx *bolt.Tx) error { _, err := b.IssueInvoice(tx, p, t0); return err }, false},
		{"credit note", func(tx *bolt.Tx) error { _, err := b.Void(tx, inv.Number, "test", t0); return err }, false},
	}
	for _, s := range steps {
		if err := db.Update(s.fn); (err != nil) != s.rollback {
			t.Fatalf("%s: %v", s.name, err)
		}
	}
	want := map[string]int{"quote": 1, "invoice": 1, "credit_note": 1}
	if fmt.Sprint(obs.n) != fmt.Sprint(want) {
		t.Errorf("told %v, want %v", obs.n, want)
	}
}
