package catalog

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora"
)

// Store is the shop's catalog in the box's bbolt file (bucket catalog/: see
// package store) with its derived search index. Imports are all-or-nothing
// and searchable as soon as Import returns.
type Store struct {
	db  DB
	ix  *Index
	mu  sync.Mutex // serialises imports so the index sees versions in order
	Now func() time.Time

	stockMu sync.Mutex
	stock   *stockCache // the last StockSummary
}

// Diff is what an import changed.
type Diff struct {
	Added             []string `json:"added,omitempty"`
	Changed           []string `json:"changed,omitempty"`
	Removed           []string `json:"removed,omitempty"`
	VocabularyChanged bool     `json:"vocabulary_changed,omitempty"`
	Version           uint64   `json:"version"` // the catalog version after the import
	// Kept are products the file did not list that stayed, because the
	// import did not replace the catalog (ImportOptions.Replace).
	Kept []string `json:"kept,omitempty"`
	// DryRun: nothing was written; the diff is what the import would do.
	DryRun bool `json:"dry_run,omitempty"`
}

// Empty reports whether the import changed nothing.
func (d Diff) Empty() bool {
	return len(d.Added)+len(d.Changed)+len(d.Removed) == 0 && !d.VocabularyChanged
}

func (d Diff) String() string {
	s := fmt.Sprintf("%d added, %d changed, %d removed", len(d.Added), len(d.Changed), len(d.Removed))
	if d.VocabularyChanged {
		s += ", vocabulary changed"
	}
	if len(d.Kept) > 0 {
		s += fmt.Sprintf(", %d not in the file kept", len(d.Kept))
	}
	return s
}

// ImportOptions say how an import treats the catalog it lands on.
type ImportOptions struct {
	// Replace removes the products the file does not list. Without it an
	// import only adds and updates: a partial file cannot wipe a shop.
	Replace bool
	// DryRun computes the diff and writes nothing.
	DryRun bool
	// AtVersion, when set, refuses the import with ErrChanged unless the
	// catalog is still at that version (ImportAt).
	AtVersion *uint64
}

// errDryRun rolls a dry run's transaction back.
var errDryRun = errors.New("dry run")

// snapshotsKept is how many earlier versions Undo can go back to.
const snapshotsKept = 10

// snapshot is one earlier version of the catalog, kept for Undo in
// catalog/state/snapshot/<version>.
type snapshot struct {
	Version    uint64    `json:"version"`
	Products   []Product `json:"products"`
	Vocabulary string    `json:"vocabulary"`
}

var snapshotPrefix = []byte("snapshot/")

func snapshotKey(v uint64) []byte { return append(slices.Clone(snapshotPrefix), u64(v)...) }

// Change is one entry of the catalog's history. Diff lists at most
// historySKUs SKUs per kind of change; Counts has the full numbers.
type Change struct {
	At     time.Time `json:"at"`
	Who    string    `json:"who"`
	Diff   Diff      `json:"diff"`
	Counts [3]int    `json:"counts"` // added, changed, removed
}

const historySKUs = 200

func historyEntry(at time.Time, who string, d Diff) Change {
	c := Change{At: at, Who: who, Diff: d, Counts: [3]int{len(d.Added), len(d.Changed), len(d.Removed)}}
	trim := func(s []string) []string { return s[:min(len(s), historySKUs)] }
	c.Diff.Added, c.Diff.Changed, c.Diff.Removed = trim(d.Added), trim(d.Changed), trim(d.Removed)
	return c
}

// OpenStore opens the catalog kept in db. indexDir is where the bleve index
// lives (normally <data>/catalog.bleve); "" keeps the index in memory. The
// index is rebuilt when missing or stale.
func OpenStore(db DB, indexDir string) (*Store, error) {
	var (
		ps      []Product
		vocab   *Vocabulary
		version uint64
	)
	err := db.View(func(tx *bolt.Tx) error {
		var err error
		if ps, err = readProducts(tx); err != nil {
			return err
		}
		if vocab, err = readVocabulary(tx); err != nil {
			return err
		}
		version = parseU64(bucket(tx, bucketState).Get(keyVersion))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read catalog: %w", err)
	}
	var ix *Index
	if indexDir == "" {
		ix, err = NewMemIndex(ps, vocab)
		if err == nil {
			err = ix.Update(ps, vocab, version)
		}
	} else {
		ix, err = OpenIndex(indexDir, ps, vocab, version)
	}
	if err != nil {
		return nil, fmt.Errorf("open catalog index: %w", err)
	}
	return &Store{db: db, ix: ix, Now: time.Now}, nil
}

// Close closes the index (the caller owns db).
func (s *Store) Close() error { return s.ix.Close() }

// Index is the search index, always in step with the stored catalog.
func (s *Store) Index() *Index { return s.ix }

func readProducts(tx *bolt.Tx) ([]Product, error) {
	var ps []Product
	err := bucket(tx, bucketProducts).ForEach(func(k, v []byte) error {
		var p Product
		if err := json.Unmarshal(v, &p); err != nil {
			return fmt.Errorf("product %s: %w", k, err)
		}
		ps = append(ps, p)
		return nil
	})
	return ps, err
}

func readVocabulary(tx *bolt.Tx) (*Vocabulary, error) {
	text := bucket(tx, bucketVocabulary).Get(keyVocabCurrent)
	if text == nil {
		return NewVocabulary(nil, nil), nil
	}
	v, err := ParseVocabulary(strings.NewReader(string(text)), "stored vocabulary")
	if err != nil {
		return nil, err
	}
	return v, nil
}

// Import replaces the catalog with products (and the vocabulary with vocab,
// unless vocab is nil), all or nothing: products are updated in place, new
// ones added, missing ones removed. The history records who and when. The
// index reflects the new catalog when Import returns.
//
// Import replaces the catalog (the embedded demo, the staff UI's "replace"):
// see ImportWith for an import that keeps what the file does not list.
func (s *Store) Import(ctx context.Context, products []Product, vocab *Vocabulary, who string) (Diff, error) {
	return s.ImportWith(ctx, products, vocab, who, ImportOptions{Replace: true})
}

// ErrChanged is returned by ImportAt when the catalog is no longer at the
// version the change was made from.
var ErrChanged = errors.New("the catalog changed since it was read")

// ImportAt is Import for an edit made from the catalog as it was at
// version (a staff page editing one product or the vocabulary): when
// another change came first it changes nothing and returns ErrChanged, so
// the later edit cannot silently undo the earlier one.
func (s *Store) ImportAt(ctx context.Context, products []Product, vocab *Vocabulary, who string, version uint64) (Diff, error) {
	return s.ImportWith(ctx, products, vocab, who, ImportOptions{Replace: true, AtVersion: &version})
}

// ImportWith imports products (and the vocabulary, unless vocab is nil),
// all or nothing, as o says: products missing from the file are removed
// only with Replace; DryRun reports the diff and changes nothing. Before a
// change the previous version is kept (the last 10) so Undo can restore it.
func (s *Store) ImportWith(ctx context.Context, products []Product, vocab *Vocabulary, who string, o ImportOptions) (Diff, error) {
	version := o.AtVersion
	if err := validateProducts(products); err != nil {
		return Diff{}, err
	}
	if err := ctx.Err(); err != nil {
		return Diff{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var (
		diff   Diff
		all    []Product
		useVoc *Vocabulary
	)
	err := s.db.Update(func(tx *bolt.Tx) error {
		diff, all, useVoc = Diff{}, nil, nil
		cat := tx.Bucket(bucketCatalog)
		if v := parseU64(cat.Bucket(bucketState).Get(keyVersion)); version != nil && v != *version {
			return fmt.Errorf("%w (version %d, edited from %d)", ErrChanged, v, *version)
		}
		pb := cat.Bucket(bucketProducts)
		old, err := readVocabulary(tx)
		if err != nil {
			return err
		}
		before, err := readProducts(tx)
		if err != nil {
			return err
		}
		useVoc = old
		if vocab != nil && vocab.String() != old.String() {
			diff.VocabularyChanged = true
			useVoc = vocab
			if err := cat.Bucket(bucketVocabulary).Put(keyVocabCurrent, []byte(vocab.String())); err != nil {
				return err
			}
		}
		keep := map[string]bool{}
		for _, p := range products {
			keep[p.SKU] = true
			var prev Product
			found, err := getJSON(pb, []byte(p.SKU), &prev)
			if err != nil {
				return err
			}
			forceRecount := false
			if p.Reserved != nil && !p.MadeToOrder {
				if p, forceRecount, err = countOf(tx, p, prev, found); err != nil {
					return err
				}
			}
			switch {
			case !found:
				diff.Added = append(diff.Added, p.SKU)
			case forceRecount || !reflect.DeepEqual(normalizedProduct(prev), normalizedProduct(p)):
				diff.Changed = append(diff.Changed, p.SKU)
				if forceRecount || prev.Stock != p.Stock || prev.MadeToOrder != p.MadeToOrder {
					// A new count: what was sold before it is no longer on it.
					if err := recount(tx, p.SKU); err != nil {
						return err
					}
				}
			default:
				continue
			}
			if err := putJSON(pb, []byte(p.SKU), normalizedProduct(p)); err != nil {
				return err
			}
		}
		var gone [][]byte
		if err := pb.ForEach(func(k, _ []byte) error {
			if !keep[string(k)] {
				gone = append(gone, slices.Clone(k))
			}
			return nil
		}); err != nil {
			return err
		}
		for _, k := range gone {
			if !o.Replace {
				diff.Kept = append(diff.Kept, string(k))
				continue
			}
			diff.Removed = append(diff.Removed, string(k))
			if err := pb.Delete(k); err != nil {
				return err
			}
		}
		meta := cat.Bucket(bucketState)
		diff.Version = parseU64(meta.Get(keyVersion))
		if diff.Empty() {
			if o.DryRun {
				return errDryRun
			}
			return nil
		}
		diff.Version++
		if o.DryRun {
			return errDryRun
		}
		if err := keepSnapshot(meta, diff.Version-1, before, old); err != nil {
			return err
		}
		if err := meta.Put(keyVersion, u64(diff.Version)); err != nil {
			return err
		}
		hb := cat.Bucket(bucketHistory)
		n, err := hb.NextSequence()
		key := u64(n)
		if err != nil {
			return err
		}
		if err := putJSON(hb, key, historyEntry(s.Now().UTC(), who, diff)); err != nil {
			return err
		}
		all, err = readProducts(tx)
		return err
	})
	if errors.Is(err, errDryRun) {
		diff.DryRun = true
		return diff, nil
	}
	if err != nil {
		return Diff{}, fmt.Errorf("import catalog: %w", err)
	}
	if diff.Empty() {
		return diff, nil
	}
	if err := s.ix.Update(all, useVoc, diff.Version); err != nil {
		// The catalog is saved; the index is rebuilt at the next start
		// because its version is behind.
		return diff, fmt.Errorf("catalog saved but not yet searchable: %w", err)
	}
	return diff, nil
}

// keepSnapshot stores version v (products and vocabulary as they were
// before this change) and drops snapshots beyond the last snapshotsKept.
func keepSnapshot(state *bolt.Bucket, v uint64, products []Product, vocab *Vocabulary) error {
	if v == 0 {
		return nil // the empty catalog before the first import: nothing to go back to
	}
	voc := ""
	if vocab != nil {
		voc = vocab.String()
	}
	// gzip: a large catalog's snapshots would otherwise dominate the file.
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if err := json.NewEncoder(zw).Encode(snapshot{Version: v, Products: products, Vocabulary: voc}); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := state.Put(snapshotKey(v), buf.Bytes()); err != nil {
		return err
	}
	var keys [][]byte
	c := state.Cursor()
	for k, _ := c.Seek(snapshotPrefix); k != nil && bytes.HasPrefix(k, snapshotPrefix); k, _ = c.Next() {
		keys = append(keys, slices.Clone(k))
	}
	for len(keys) > snapshotsKept {
		if err := state.Delete(keys[0]); err != nil {
			return err
		}
		keys = keys[1:]
	}
	return nil
}

// ErrNothingToUndo: the catalog has no earlier version kept.
var ErrNothingToUndo = errors.New("no earlier catalog version to restore")

// Undo restores the version before the latest change (products and
// vocabulary exactly), as a new change in the history; undoing twice puts
// the undone change back.
func (s *Store) Undo(ctx context.Context, who string) (Diff, error) {
	var snap snapshot
	err := s.db.View(func(tx *bolt.Tx) error {
		st := bucket(tx, bucketState)
		v := parseU64(st.Get(keyVersion))
		if v < 2 {
			return ErrNothingToUndo
		}
		raw := st.Get(snapshotKey(v - 1))
		if raw == nil {
			return ErrNothingToUndo
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return fmt.Errorf("snapshot %d: %w", v-1, err)
		}
		if err := json.NewDecoder(zr).Decode(&snap); err != nil {
			return fmt.Errorf("snapshot %d: %w", v-1, err)
		}
		return nil
	})
	if err != nil {
		return Diff{}, fmt.Errorf("undo: %w", err)
	}
	vocab, err := ParseVocabulary(strings.NewReader(snap.Vocabulary), "vocabulary")
	if err != nil {
		return Diff{}, fmt.Errorf("undo: stored vocabulary: %w", err)
	}
	return s.ImportWith(ctx, snap.Products, vocab, who+" (undo to version "+strconv.FormatUint(snap.Version, 10)+")", ImportOptions{Replace: true})
}

// normalizedProduct makes empty lists nil so that stored and parsed
// products compare equal.
func normalizedProduct(p Product) Product {
	if len(p.Synonyms) == 0 {
		p.Synonyms = nil
	}
	if len(p.Colors) == 0 {
		p.Colors = nil
	}
	if p.MadeToOrder {
		p.Stock = 0
	}
	p.Reserved = nil
	return p
}

// countOf turns a row read with the reserved column (Stock = available
// after reservations, Reserved beside it: an export) into the count the
// catalog keeps, inside the import's transaction. A row that says what the
// catalog says now (the same available and reserved figures) keeps the
// count as it is, so an export imports back unchanged. Any other row is a
// new count of the floor: available + reserved, on which sold restarts at
// 0; recount is true when that must be done although the count itself is
// unchanged.
func countOf(tx *bolt.Tx, p, prev Product, found bool) (out Product, recount bool, err error) {
	f, err := readFigure(bucket(tx, bucketStock), p.SKU)
	if err != nil {
		return p, false, err
	}
	if found && !prev.MadeToOrder {
		now := stockInfo(prev, f)
		if now.Free == p.Stock && now.Reserved == *p.Reserved {
			p.Stock = prev.Stock
			return p, false, nil
		}
	}
	p.Stock += *p.Reserved
	return p, found && !prev.MadeToOrder && p.Stock == prev.Stock && f.Sold != 0, nil
}

func validateProducts(ps []Product) error {
	var probs []Problem
	seen := map[string]bool{}
	for i, p := range ps {
		bad := func(msg string) {
			probs = append(probs, Problem{File: "import", Line: i + 1, Message: fmt.Sprintf("product %q: %s", p.SKU, msg)})
		}
		switch {
		case strings.TrimSpace(p.SKU) == "":
			bad("empty sku")
		case seen[p.SKU]:
			bad("duplicate sku")
		case strings.TrimSpace(p.NameAr) == "":
			bad("empty name")
		case p.Price <= 0:
			bad("price must be greater than 0")
		case p.Stock < 0:
			bad("negative stock")
		}
		if _, err := ParseUnit(string(p.Unit)); err != nil {
			bad(err.Error())
		}
		seen[p.SKU] = true
	}
	if len(probs) > 0 {
		return &ImportError{probs}
	}
	return nil
}

// Products returns the catalog sorted by SKU.
func (s *Store) Products() ([]Product, error) {
	var ps []Product
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		ps, err = readProducts(tx)
		return err
	})
	return ps, err
}

// ErrUnknownSKU is returned for a SKU that is not in the catalog.
// It matches fatoora.ErrNotFound with errors.Is.
var ErrUnknownSKU = fatoora.NotFound("no such product in the catalog")

// Get returns one product.
func (s *Store) Get(sku string) (Product, error) {
	var p Product
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		p, err = GetProduct(tx, sku)
		return err
	})
	return p, err
}

// GetProduct reads one product inside a caller's transaction.
func GetProduct(tx *bolt.Tx, sku string) (Product, error) {
	var p Product
	found, err := getJSON(bucket(tx, bucketProducts), []byte(sku), &p)
	if err != nil {
		return p, err
	}
	if !found {
		return p, fmt.Errorf("%w: %q", ErrUnknownSKU, sku)
	}
	return p, nil
}

// Vocabulary returns the stored vocabulary (empty, never nil, if none).
func (s *Store) Vocabulary() (*Vocabulary, error) {
	var v *Vocabulary
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		v, err = readVocabulary(tx)
		return err
	})
	return v, err
}

// Version is the stored catalog version (0 before the first import).
func (s *Store) Version() (uint64, error) {
	var v uint64
	err := s.db.View(func(tx *bolt.Tx) error {
		v = parseU64(bucket(tx, bucketState).Get(keyVersion))
		return nil
	})
	return v, err
}

// History returns up to n changes, newest first (all when n ≤ 0).
func (s *Store) History(n int) ([]Change, error) {
	var out []Change
	err := s.db.View(func(tx *bolt.Tx) error {
		c := bucket(tx, bucketHistory).Cursor()
		for k, v := c.Last(); k != nil && (n <= 0 || len(out) < n); k, v = c.Prev() {
			var ch Change
			if err := json.Unmarshal(v, &ch); err != nil {
				return fmt.Errorf("history %d: %w", parseU64(k), err)
			}
			out = append(out, ch)
		}
		return nil
	})
	return out, err
}

// Export writes the catalog as CSV in the import contract, with stock as
// what is available after reservations and the reserved column beside it
// (ExportProducts); importing the output gives the same catalog.
func (s *Store) Export(w io.Writer) error {
	ps, err := s.ExportProducts()
	if err != nil {
		return err
	}
	return WriteCSV(w, ps)
}

// ExportProducts returns the catalog sorted by SKU as an export shows it:
// each stocked product's Stock is what is available after reservations
// (StockInfo.Free) and its Reserved what open documents hold, read in one
// transaction.
func (s *Store) ExportProducts() ([]Product, error) {
	var ps []Product
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		if ps, err = readProducts(tx); err != nil {
			return err
		}
		sb := bucket(tx, bucketStock)
		for i := range ps {
			if ps[i].MadeToOrder {
				continue
			}
			f, err := readFigure(sb, ps[i].SKU)
			if err != nil {
				return err
			}
			si := stockInfo(ps[i], f)
			ps[i].Stock, ps[i].Reserved = si.Free, &si.Reserved
		}
		return nil
	})
	return ps, err
}

// WriteCSV writes products in the catalog CSV contract (UTF-8, no BOM,
// header row, all columns), and the trailing reserved column when a
// product carries Reserved.
func WriteCSV(w io.Writer, ps []Product) error {
	cw := csv.NewWriter(w)
	withReserved := slices.ContainsFunc(ps, func(p Product) bool { return p.Reserved != nil })
	header := Columns
	if withReserved {
		header = append(slices.Clone(Columns), ColumnReserved)
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, p := range ps {
		stock := ""
		if !p.MadeToOrder {
			stock = p.Stock.String()
		}
		price := p.Price.String()
		price = strings.ReplaceAll(strings.TrimSuffix(price, ".00"), ",", "")
		row := []string{p.SKU, p.NameAr, p.NameEn, strings.Join(p.Synonyms, "|"), p.Category,
			string(p.Unit), price, stock, p.Material, strings.Join(p.Colors, "|"), p.ItemCode}
		if withReserved {
			reserved := ""
			if p.Reserved != nil && !p.MadeToOrder {
				reserved = p.Reserved.String()
			}
			row = append(row, reserved)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
