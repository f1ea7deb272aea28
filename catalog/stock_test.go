package catalog

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/store"
)

// TestStock_SettleRecountLog: a paid invoice's hold becomes sold (free does
// not move), a voided one's is given back, a new count restarts sold, and
// every movement is in the log in order.
func TestStock_SettleRecountLog(t *testing.T) {
	db, s := openTestStore(t, t.TempDir(), false)
	ps, v := Demo()
	if _, err := s.Import(context.Background(), ps, v, "owner"); err != nil {
		t.Fatal(err)
	}
	do := func(fn func(tx *bolt.Tx) error) {
		t.Helper()
		if err := db.Update(fn); err != nil {
			t.Fatal(err)
		}
	}
	check := func(step string, reserved, sold, free Milli) {
		t.Helper()
		si, err := s.Stock("NS-310") // 24 chairs on the demo count
		if err != nil || si.Reserved != reserved || si.Sold != sold || si.Free != free {
			t.Errorf("%s: %+v, %v; want reserved %s sold %s free %s", step, si, err, reserved, sold, free)
		}
	}
	do(func(tx *bolt.Tx) error { return Reserve(tx, "NS-310", 4*One, "INV-1") })
	do(func(tx *bolt.Tx) error { return Reserve(tx, "NS-310", 6*One, "INV-2") })
	check("two holds", 10*One, 0, 14*One)
	do(func(tx *bolt.Tx) error { return Settle(tx, "INV-1") })
	check("INV-1 paid", 6*One, 4*One, 14*One)
	do(func(tx *bolt.Tx) error { return Settle(tx, "INV-1") })
	do(func(tx *bolt.Tx) error { return Release(tx, "INV-1") }) // voided after payment: nothing back
	check("INV-1 settled twice, voided", 6*One, 4*One, 14*One)
	do(func(tx *bolt.Tx) error { return Release(tx, "INV-2") })
	check("INV-2 voided", 0, 4*One, 20*One)
	err := db.View(func(tx *bolt.Tx) error {
		if held, _ := Reserved(tx, "INV-1"); len(held) != 0 {
			t.Errorf("settled INV-1 still holds %v", held)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// A new count (the shop counted 20 after the sale) restarts sold.
	recounted := append([]Product(nil), ps...)
	for i := range recounted {
		if recounted[i].SKU == "NS-310" {
			recounted[i].Stock = 20 * One
		}
	}
	if _, err := s.Import(context.Background(), recounted, v, "owner"); err != nil {
		t.Fatal(err)
	}
	check("new count", 0, 0, 20*One)

	var log []StockEntry
	_ = db.View(func(tx *bolt.Tx) error {
		var err error
		log, _, err = StockLog(tx, 0, 100)
		return err
	})
	want := []StockEntry{
		{OpReserve, "INV-1", "NS-310", 4 * One},
		{OpReserve, "INV-2", "NS-310", 6 * One},
		{OpSettle, "INV-1", "NS-310", 4 * One},
		{OpRelease, "INV-2", "NS-310", 6 * One},
		{OpRecount, "", "NS-310", 4 * One},
	}
	if fmt.Sprint(log) != fmt.Sprint(want) {
		t.Errorf("log:\n got %v\nwant %v", log, want)
	}
	// Paging through the log.
	_ = db.View(func(tx *bolt.Tx) error {
		page, last, err := StockLog(tx, 0, 2)
		if err != nil || len(page) != 2 {
			t.Fatalf("first page: %v %v", page, err)
		}
		rest, _, _ := StockLog(tx, last, 100)
		if len(rest) != 3 || rest[0] != want[2] {
			t.Errorf("second page: %v", rest)
		}
		return nil
	})
}

// BenchmarkReserve_History: the cost of one order line's reservation after
// 0, 2,000 and 20,000 earlier invoices of the same SKU (open or settled):
// one fixed-size figure per SKU, so the three should cost the same.
func BenchmarkReserve_History(b *testing.B) {
	for _, earlier := range []int{0, 2000, 20000} {
		b.Run(fmt.Sprintf("earlier=%d", earlier), func(b *testing.B) {
			db, s := openBenchStore(b)
			p := Product{SKU: "CH-1", NameAr: "كرسي", Unit: Piece, Price: 100, MadeToOrder: true}
			if _, err := s.Import(context.Background(), []Product{p}, nil, "bench"); err != nil {
				b.Fatal(err)
			}
			const batch = 1000
			for i := 0; i < earlier; i += batch {
				err := db.Update(func(tx *bolt.Tx) error {
					for j := i; j < min(i+batch, earlier); j++ {
						ref := fmt.Sprintf("INV-%07d", j)
						if err := Reserve(tx, p.SKU, One, ref); err != nil {
							return err
						}
						if j%2 == 0 { // half of them paid
							if err := Settle(tx, ref); err != nil {
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
			// Time the work inside one transaction (no commit, no fsync):
			// the line's own cost, as inside the decide step's transaction.
			tx, err := db.Bolt().Begin(true)
			if err != nil {
				b.Fatal(err)
			}
			defer tx.Rollback()
			b.ResetTimer()
			for i := range b.N {
				if err := Reserve(tx, p.SKU, One, fmt.Sprintf("NEW-%07d", i)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func openBenchStore(b *testing.B) (*store.DB, *Store) {
	b.Helper()
	dir := b.TempDir()
	db, err := store.Open(filepath.Join(dir, "fatoora.db"), store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	s, err := OpenStore(db, "")
	if err != nil {
		db.Close()
		b.Fatal(err)
	}
	b.Cleanup(func() {
		s.Close()
		db.Close()
	})
	return db, s
}

// TestStore_ExportAvailableAfterReservations: an export's stock is what is
// available after reservations, with the reserved amount in the trailing
// reserved column; importing the export back changes nothing, and a new
// available figure in it is a new count of available + reserved.
func TestStore_ExportAvailableAfterReservations(t *testing.T) {
	db, s := openTestStore(t, t.TempDir(), false)
	ps, v := Demo()
	if _, err := s.Import(context.Background(), ps, v, "owner"); err != nil {
		t.Fatal(err)
	}
	do := func(fn func(tx *bolt.Tx) error) {
		t.Helper()
		if err := db.Update(fn); err != nil {
			t.Fatal(err)
		}
	}
	check := func(step string, onHand, reserved, sold, free Milli) {
		t.Helper()
		si, err := s.Stock("NS-310") // 24 chairs on the demo count
		if err != nil || si.OnHand != onHand || si.Reserved != reserved || si.Sold != sold || si.Free != free {
			t.Errorf("%s: %+v, %v; want on hand %s reserved %s sold %s free %s", step, si, err, onHand, reserved, sold, free)
		}
	}
	do(func(tx *bolt.Tx) error { return Reserve(tx, "NS-310", 4*One, "INV-1") })
	do(func(tx *bolt.Tx) error { return Reserve(tx, "NS-310", 6*One, "INV-2") })
	do(func(tx *bolt.Tx) error { return Settle(tx, "INV-1") }) // 4 sold, 6 held, 14 free

	export := func() string {
		t.Helper()
		var b strings.Builder
		if err := s.Export(&b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	out := export()
	lines := strings.Split(out, "\n")
	if want := strings.Join(Columns, ",") + ",reserved"; lines[0] != want {
		t.Fatalf("header %q, want %q", lines[0], want)
	}
	row := func(csv, sku string) string {
		for _, l := range strings.Split(csv, "\n") {
			if strings.HasPrefix(l, sku+",") {
				return l
			}
		}
		t.Fatalf("no row %s", sku)
		return ""
	}
	if r := row(out, "NS-310"); !strings.Contains(r, ",14,") || !strings.HasSuffix(r, ",6") {
		t.Errorf("chairs exported as %q, want stock 14 (available) and reserved 6", r)
	}
	if r := row(out, "NK-101"); !strings.HasSuffix(r, ",") { // made to order: no stock, no reserved
		t.Errorf("made to order exported as %q", r)
	}

	// The export imports back unchanged: same figures, sold kept.
	back, err := ParseCSV(strings.NewReader(out), "export.csv")
	if err != nil {
		t.Fatal(err)
	}
	diff, err := s.Import(context.Background(), back, nil, "owner")
	if err != nil || !diff.Empty() {
		t.Fatalf("re-import of the export: %+v %v", diff, err)
	}
	check("export imported back", 24*One, 6*One, 4*One, 14*One)
	if again := export(); again != out {
		t.Errorf("export after the round trip differs:\n%s\nwas\n%s", again, out)
	}

	// The shop writes 10 available (6 still reserved): a new count of 16.
	edited := strings.Replace(out, row(out, "NS-310"), strings.Replace(row(out, "NS-310"), ",14,", ",10,", 1), 1)
	back, err = ParseCSV(strings.NewReader(edited), "export.csv")
	if err != nil {
		t.Fatal(err)
	}
	diff, err = s.Import(context.Background(), back, nil, "owner")
	if err != nil || len(diff.Changed) != 1 || diff.Changed[0] != "NS-310" {
		t.Fatalf("edited export: %+v %v", diff, err)
	}
	check("10 available written", 16*One, 6*One, 0, 10*One)

	// Available + reserved equal to the old count, but sales since: still a
	// new count (sold restarts).
	do(func(tx *bolt.Tx) error { return Settle(tx, "INV-2") }) // on hand 16, sold 6, free 10
	back, _ = ParseCSV(strings.NewReader("sku,name_ar,unit,price,stock,reserved\nNS-310,كرسي,piece,100,16,0\n"), "c.csv")
	if diff, err = s.Import(context.Background(), back, nil, "owner"); err != nil || len(diff.Changed) != 1 {
		t.Fatalf("count equal to the old one: %+v %v", diff, err)
	}
	check("16 available, none reserved", 16*One, 0, 0, 16*One)

	// A bad reserved cell is a problem with its line and column.
	_, err = ParseCSV(strings.NewReader("sku,name_ar,unit,price,stock,reserved\nA,كرسي,piece,100,3,x\n"), "c.csv")
	var ie *ImportError
	if !errors.As(err, &ie) || ie.Problems[0].Column != "reserved" || ie.Problems[0].Line != 2 {
		t.Errorf("bad reserved: %v", err)
	}
}

// BenchmarkStore_StockSummary: /healthz's stock figures at 1,000 and 50,000
// products: the first call (every product and its figure read), after one
// stock movement (the moved SKU read from the log, then one pass over the
// figures in memory) and with nothing moved since (the last answer).
func BenchmarkStore_StockSummary(b *testing.B) {
	for _, n := range []int{1000, 50000} {
		db, s := openBenchStore(b)
		ps := genCatalog(n)
		if _, err := s.Import(context.Background(), ps, nil, "bench"); err != nil {
			b.Fatal(err)
		}
		var sku string
		for _, p := range ps {
			if !p.MadeToOrder && p.Stock >= One {
				sku = p.SKU
				break
			}
		}
		b.Run(fmt.Sprintf("products=%d/first", n), func(b *testing.B) {
			for b.Loop() {
				s.stockMu.Lock()
				s.stock = nil // a new catalog version reads every product
				s.stockMu.Unlock()
				if _, err := s.StockSummary(10); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("products=%d/after-a-movement", n), func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				ref := fmt.Sprintf("INV-%d", i)
				if err := db.Update(func(tx *bolt.Tx) error {
					if err := Reserve(tx, sku, One/1000, ref); err != nil {
						return err
					}
					return Release(tx, ref)
				}); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := s.StockSummary(10); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("products=%d/unchanged", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.StockSummary(10); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
