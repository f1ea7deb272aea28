package catalog

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/store"
	"fatoora/catalog/money"
)

func openTestStore(t *testing.T, dir string, indexed bool) (*store.DB, *Store) {
	t.Helper()
	db, err := store.Open(filepath.Join(dir, "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ixDir := ""
	if indexed {
		ixDir = filepath.Join(dir, "catalog.bleve")
	}
	s, err := OpenStore(db, ixDir)
	if err != nil {
		db.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.Close()
		db.Close()
	})
	return db, s
}

func topSKU(t *testing.T, ix *Index, phrase string) string {
	t.Helper()
	cs, err := ix.Match(context.Background(), phrase, Hints{}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) == 0 {
		return ""
	}
	return cs[0].Product.SKU
}

func TestStore_ImportDiffHistory(t *testing.T) {
	_, s := openTestStore(t, t.TempDir(), true)
	clock := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { return clock }
	ctx := context.Background()
	ps, v := Demo()

	d, err := s.Import(ctx, ps, v, "owner")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Added) != len(ps) || !d.VocabularyChanged || d.Version != 1 {
		t.Fatalf("first import: %+v", d)
	}
	// The same file again changes nothing and does not bump the version.
	if d, err = s.Import(ctx, ps, v, "owner"); err != nil || !d.Empty() || d.Version != 1 {
		t.Fatalf("re-import: %+v %v", d, err)
	}
	// Change a price, drop a product, add one; keep the vocabulary (nil).
	next := slices.Clone(ps)
	next[0].Price += 100
	removed := next[1].SKU
	next = slices.Delete(next, 1, 2)
	next = append(next, Product{SKU: "NEW-1", NameAr: "بانكيت خيزران", Unit: Piece, Price: 250000, MadeToOrder: true})
	clock = clock.Add(time.Hour)
	d, err = s.Import(ctx, next, nil, "manager")
	if err != nil {
		t.Fatal(err)
	}
	want := Diff{Added: []string{"NEW-1"}, Changed: []string{ps[0].SKU}, Removed: []string{removed}, Version: 2}
	if !reflect.DeepEqual(d, want) {
		t.Fatalf("diff = %+v, want %+v", d, want)
	}
	// Searchable at once, and the removed product is gone.
	if got := topSKU(t, s.Index(), "بانكيت خيزران"); got != "NEW-1" {
		t.Errorf("new product not found at once: %q", got)
	}
	if _, ok := s.Index().Product(removed); ok {
		t.Errorf("removed product still indexed")
	}
	if _, err := s.Get(removed); !errors.Is(err, ErrUnknownSKU) {
		t.Errorf("Get(removed) = %v", err)
	}
	if p, err := s.Get(ps[0].SKU); err != nil || p.Price != ps[0].Price+100 {
		t.Errorf("Get changed = %+v %v", p, err)
	}
	h, err := s.History(0)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 || h[0].Who != "manager" || !h[0].At.Equal(clock) || !reflect.DeepEqual(h[0].Diff, want) || h[1].Who != "owner" ||
		h[1].Counts != [3]int{len(ps), 0, 0} {
		t.Fatalf("history = %+v", h)
	}
	// The vocabulary survives an import without one.
	if voc, _ := s.Vocabulary(); voc.String() != v.String() {
		t.Errorf("vocabulary lost")
	}
}

func TestStore_ImportAllOrNothing(t *testing.T) {
	_, s := openTestStore(t, t.TempDir(), false)
	ps, v := Demo()
	if _, err := s.Import(context.Background(), ps, v, "owner"); err != nil {
		t.Fatal(err)
	}
	bad := slices.Clone(ps)
	bad[3].Price = 0
	bad = append(bad, bad[5]) // duplicate sku
	_, err := s.Import(context.Background(), bad, nil, "owner")
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 2 {
		t.Fatalf("want 2 problems, got %v", err)
	}
	got, _ := s.Products()
	if p, _ := s.Get(ps[3].SKU); p.Price != ps[3].Price || len(got) != len(ps) {
		t.Fatalf("a rejected import changed the catalog")
	}
}

func TestStore_ExportRoundTrip(t *testing.T) {
	_, s := openTestStore(t, t.TempDir(), false)
	ps, v := Demo()
	ps[0].Price = 1234567 // 12,345.67
	ps[1].Stock = 2500
	ps[1].Unit = Meter
	ps[2].NameEn = `Quote "and", comma`
	if _, err := s.Import(context.Background(), ps, v, "owner"); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Export(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ParseCSV(bytes.NewReader(buf.Bytes()), "export.csv")
	if err != nil {
		t.Fatalf("export does not import: %v\n%s", err, buf.String())
	}
	stored, _ := s.Products()
	// Nothing is reserved: each stocked product's available figure is its
	// count, with 0 in the reserved column.
	plain := make([]Product, len(back))
	for i, p := range back {
		if !p.MadeToOrder && (p.Reserved == nil || *p.Reserved != 0) {
			t.Errorf("%s: reserved %v, want 0", p.SKU, p.Reserved)
		}
		p.Reserved = nil
		plain[i] = p
	}
	if !reflect.DeepEqual(plain, stored) {
		t.Fatalf("round trip changed products")
	}
	d, err := s.Import(context.Background(), back, nil, "owner")
	if err != nil || !d.Empty() {
		t.Fatalf("re-import of the export: %+v %v", d, err)
	}
}

func TestIndex_RebuiltWhenMissingOrStale(t *testing.T) {
	dir := t.TempDir()
	ixDir := filepath.Join(dir, "catalog.bleve")
	ps, v := Demo()
	func() {
		db, s := openTestStore(t, dir, true)
		if _, err := s.Import(context.Background(), ps, v, "owner"); err != nil {
			t.Fatal(err)
		}
		s.Close()
		db.Close()
	}()
	// Deleted: rebuilt on open.
	if err := os.RemoveAll(ixDir); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(filepath.Join(dir, "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := OpenStore(db, ixDir)
	if err != nil {
		t.Fatal(err)
	}
	if got := topSKU(t, s.Index(), "خزنة بصمة"); got != "NX-702" {
		t.Errorf("after deleting the index: %q", got)
	}
	if _, err := os.Stat(ixDir); err != nil {
		t.Errorf("index directory not recreated: %v", err)
	}
	s.Close()
	// Stale: the catalog changes while the on-disk index is not open (an
	// in-memory one is), so its stored version is behind.
	s, err = OpenStore(db, "")
	if err != nil {
		t.Fatal(err)
	}
	next := append(slices.Clone(ps), Product{SKU: "NEW-2", NameAr: "شماعة حائط نحاس", Unit: Piece, Price: 90000, MadeToOrder: true})
	if _, err := s.Import(context.Background(), next, nil, "owner"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenStore(db, ixDir)
	if err != nil {
		t.Fatal(err)
	}
	if got := topSKU(t, s.Index(), "شماعه نحاس"); got != "NEW-2" {
		t.Errorf("stale index not rebuilt: %q", got)
	}
	if s.Index().Version() != 2 {
		t.Errorf("index version %d", s.Index().Version())
	}
	s.Close()
	// Unreadable (a crash mid-write, a disk error): rebuilt too.
	if err := os.WriteFile(filepath.Join(ixDir, "index_meta.json"), []byte("{garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err = OpenStore(db, ixDir)
	if err != nil {
		t.Fatal(err)
	}
	if got := topSKU(t, s.Index(), "شماعه نحاس"); got != "NEW-2" {
		t.Errorf("corrupt index not rebuilt: %q", got)
	}
	s.Close()
	db.Close()
}

func TestIndex_ConcurrentMatchDuringImport(t *testing.T) {
	_, s := openTestStore(t, t.TempDir(), true)
	ps, v := Demo()
	if _, err := s.Import(context.Background(), ps, v, "owner"); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				cs, err := s.Index().Match(context.Background(), "كنبة سرير", Hints{Color: "رمادي"}, 3)
				if err != nil || len(cs) == 0 || cs[0].Product.SKU != "NL-402" {
					t.Errorf("match during import: %v %v", cs, err)
					return
				}
			}
		}()
	}
	for i := 0; i < 10; i++ {
		next := slices.Clone(ps)
		next[0].Price += money.Piasters(i + 1)
		if i%2 == 0 {
			next = append(next, Product{SKU: "TMP", NameAr: "سجادة صوف", Unit: SquareMeter, Price: 100, MadeToOrder: true})
		}
		if _, err := s.Import(context.Background(), next, nil, "owner"); err != nil {
			t.Fatal(err)
		}
		_, present := s.Index().Product("TMP")
		if present != (i%2 == 0) {
			t.Fatalf("import %d: TMP indexed = %v", i, present)
		}
	}
	close(stop)
	wg.Wait()
}

func TestStock_ReserveRelease(t *testing.T) {
	db, s := openTestStore(t, t.TempDir(), false)
	ps, v := Demo()
	if _, err := s.Import(context.Background(), ps, v, "owner"); err != nil {
		t.Fatal(err)
	}
	// NS-310: 24 chairs in stock. NK-132: 0. NK-101: made to order.
	update := func(fn func(tx *bolt.Tx) error) error { return db.Update(fn) }
	if err := update(func(tx *bolt.Tx) error { return Reserve(tx, "NS-310", 20*One, "INV-1") }); err != nil {
		t.Fatal(err)
	}
	err := update(func(tx *bolt.Tx) error { return Reserve(tx, "NS-310", 5*One, "INV-2") })
	var oos *OutOfStockError
	if !errors.Is(err, ErrOutOfStock) || !errors.As(err, &oos) || oos.Available != 4*One || oos.Requested != 5*One {
		t.Fatalf("want out of stock with 4 available, got %v", err)
	}
	// Re-reserving for the same document replaces its quantity.
	if err := update(func(tx *bolt.Tx) error { return Reserve(tx, "NS-310", 24*One, "INV-1") }); err != nil {
		t.Fatalf("re-reserve: %v", err)
	}
	if si, _ := s.Stock("NS-310"); si.State != Unavailable || si.Reserved != 24*One || si.Free != 0 {
		t.Fatalf("stock = %+v", si)
	}
	// An invoice and its reservation commit together: a failed transaction
	// holds nothing.
	boom := errors.New("invoice failed")
	if err := update(func(tx *bolt.Tx) error {
		if err := Reserve(tx, "NK-101", 3*One, "INV-3"); err != nil {
			return err
		}
		return boom
	}); !errors.Is(err, boom) {
		t.Fatal(err)
	}
	db.View(func(tx *bolt.Tx) error {
		if held, _ := Reserved(tx, "INV-3"); len(held) != 0 {
			t.Errorf("rolled-back reservation persisted: %v", held)
		}
		return nil
	})
	if err := update(func(tx *bolt.Tx) error { return Reserve(tx, "NK-101", 300*One, "INV-3") }); err != nil {
		t.Errorf("made to order is never short: %v", err)
	}
	if err := update(func(tx *bolt.Tx) error { return Reserve(tx, "NK-132", One, "INV-4") }); !errors.Is(err, ErrOutOfStock) {
		t.Errorf("zero stock: %v", err)
	}
	if err := update(func(tx *bolt.Tx) error { return Reserve(tx, "NOPE", One, "INV-4") }); !errors.Is(err, ErrUnknownSKU) {
		t.Errorf("unknown sku: %v", err)
	}
	// Release frees everything the document held, once.
	if err := update(func(tx *bolt.Tx) error { return Release(tx, "INV-1") }); err != nil {
		t.Fatal(err)
	}
	if err := update(func(tx *bolt.Tx) error { return Release(tx, "INV-1") }); err != nil {
		t.Fatal(err)
	}
	if si, _ := s.Stock("NS-310"); si.State != Available || si.Free != 24*One {
		t.Fatalf("after release: %+v", si)
	}
	if si, _ := s.Stock("NK-101"); si.State != MadeToOrder {
		t.Fatalf("made to order: %+v", si)
	}
}

func TestAlternatives(t *testing.T) {
	db, s := openTestStore(t, t.TempDir(), false)
	ps, v := Demo()
	if _, err := s.Import(context.Background(), ps, v, "owner"); err != nil {
		t.Fatal(err)
	}
	// NS-302 (marble dining table for 6) has no stock: other available
	// dining-room products, tables first.
	alts, err := s.Alternatives(context.Background(), "NS-302", One, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(alts) != 3 {
		t.Fatalf("alternatives: %+v", alts)
	}
	for _, a := range alts {
		if a.Product.Category != "سفرة" || a.Product.SKU == "NS-302" || !a.Product.Available(One) {
			t.Errorf("bad alternative %+v", a.Product)
		}
	}
	if !strings.HasPrefix(alts[0].Product.NameAr, "ترابيزة") {
		t.Errorf("closest alternative should be a table: %s (%v)", alts[0].Product.NameAr, alts[0].Evidence)
	}
	// Stock held by documents counts: hold the last round table (NS-303, 3).
	if err := db.Update(func(tx *bolt.Tx) error { return Reserve(tx, "NS-303", 3*One, "INV-9") }); err != nil {
		t.Fatal(err)
	}
	alts, _ = s.Alternatives(context.Background(), "NS-302", One, 10)
	for _, a := range alts {
		if a.Product.SKU == "NS-303" {
			t.Errorf("fully reserved product offered")
		}
	}
	// Asking for more than a product has excludes it.
	alts = s.Index().Alternatives(ps[slices.IndexFunc(ps, func(p Product) bool { return p.SKU == "NS-302" })], 30*One, 10, nil)
	for _, a := range alts {
		if !a.Product.Available(30 * One) {
			t.Errorf("%s cannot supply 30", a.Product.SKU)
		}
	}
}

func TestAlternatives_ComparableValue(t *testing.T) {
	ix := demoIndex(t)
	sofa, _ := ix.Product("NL-403") // a U-shaped corner sofa, none in stock
	alts := ix.Alternatives(sofa, One, 10, nil)
	if len(alts) == 0 {
		t.Fatal("no alternative to a corner sofa")
	}
	for _, a := range alts {
		if a.Product.Price*3 < sofa.Price || a.Product.Price > sofa.Price*3 {
			t.Errorf("%s at %s offered for a sofa at %s", a.Product.NameAr, a.Product.Price, sofa.Price)
		}
	}
}

func TestStore_VocabularyChangeSearchableAtOnce(t *testing.T) {
	_, s := openTestStore(t, t.TempDir(), true)
	ps, v := Demo()
	if _, err := s.Import(context.Background(), ps, v, "owner"); err != nil {
		t.Fatal(err)
	}
	if got := topSKU(t, s.Index(), "شيزلونج"); got != "" {
		t.Fatalf("unknown word matched %q", got)
	}
	more, err := ParseVocabulary(strings.NewReader(v.String()+"شيزلونج, كنبة سرير\n"), "synonyms.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := s.Import(context.Background(), ps, more, "owner")
	if err != nil || !d.VocabularyChanged || len(d.Changed) != 0 {
		t.Fatalf("diff %+v %v", d, err)
	}
	if got := topSKU(t, s.Index(), "شيزلونج"); got != "NL-402" {
		t.Fatalf("new synonym not searchable at once: %q", got)
	}
}

// BenchmarkStore_Import measures a full import of a generated catalog into
// bbolt and the on-disk index (first import: everything added).
func BenchmarkStore_Import(b *testing.B) {
	ps := genCatalog(5000)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir := b.TempDir()
		db, err := store.Open(filepath.Join(dir, "fatoora.db"), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		s, err := OpenStore(db, filepath.Join(dir, "catalog.bleve"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := s.Import(context.Background(), ps, nil, "bench"); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		db.Close()
	}
}

func TestStore_ImportAt(t *testing.T) {
	_, s := openTestStore(t, t.TempDir(), false)
	ps, v := Demo()
	d, err := s.Import(context.Background(), ps, v, "owner")
	if err != nil {
		t.Fatal(err)
	}
	// Two edits made from the same version: the first wins, the second is refused.
	first := slices.Clone(ps)
	first[0].Price += 100
	if _, err := s.ImportAt(context.Background(), first, nil, "sara", d.Version); err != nil {
		t.Fatal(err)
	}
	second := slices.Clone(ps)
	second[1].Price += 100
	if _, err := s.ImportAt(context.Background(), second, nil, "adel", d.Version); !errors.Is(err, ErrChanged) {
		t.Fatalf("stale edit: %v", err)
	}
	if p, _ := s.Get(ps[0].SKU); p.Price != first[0].Price {
		t.Errorf("the first edit was undone: %v", p.Price)
	}
	if p, _ := s.Get(ps[1].SKU); p.Price != ps[1].Price {
		t.Errorf("the stale edit was applied: %v", p.Price)
	}
}

// TestStock_LedgerTreesFilled: the stock log and the reservations, whose
// keys every invoice appends, fill their pages to about appendFill, not
// bbolt's default half, when written one document per commit.
func TestStock_LedgerTreesFilled(t *testing.T) {
	db, s := openTestStore(t, t.TempDir(), false)
	ps, v := Demo()
	if _, err := s.Import(context.Background(), ps, v, "owner"); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 600; i++ {
		ref := fmt.Sprintf("INV-%06d", i)
		if err := db.Update(func(tx *bolt.Tx) error { return Reserve(tx, "NK-101", One, ref) }); err != nil {
			t.Fatal(err)
		}
	}
	_ = db.View(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketStockLog, bucketReservations} {
			st := bucket(tx, name).Stats()
			if u := float64(st.LeafInuse) / float64(st.LeafAlloc); st.LeafPageN < 2 || u < 0.8 {
				t.Errorf("catalog/%s: %d leaves %.0f%% in use, want about %.0f%%", name, st.LeafPageN, 100*u, 100*appendFill)
			}
		}
		return nil
	})
}
