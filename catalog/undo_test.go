package catalog

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"fatoora/catalog/money"
)

func skus(ps []Product) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.SKU
	}
	slices.Sort(out)
	return out
}

// TestStore_ImportWith: without Replace a partial file adds and updates but
// removes nothing, and says which products it kept.
func TestStore_ImportWith(t *testing.T) {
	ctx := context.Background()
	_, s := openTestStore(t, t.TempDir(), false)
	demo, vocab := Demo()
	if _, err := s.Import(ctx, demo, vocab, "setup"); err != nil {
		t.Fatal(err)
	}
	five := slices.Clone(demo[:5])
	five[0].Price += 100

	// Dry run: the diff of a partial import, nothing written.
	v0, _ := s.Version()
	d, err := s.ImportWith(ctx, five, nil, "owner", ImportOptions{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if !d.DryRun || len(d.Changed) != 1 || len(d.Removed) != 0 || len(d.Kept) != len(demo)-5 {
		t.Fatalf("dry run diff %+v", d)
	}
	if v, _ := s.Version(); v != v0 {
		t.Fatalf("a dry run moved the version %d → %d", v0, v)
	}
	if ps, _ := s.Products(); ps[0].Price == five[0].Price && ps[0].SKU == five[0].SKU {
		t.Fatal("a dry run changed a price")
	}
	d, err = s.ImportWith(ctx, five, nil, "owner", ImportOptions{Replace: true, DryRun: true})
	if err != nil || len(d.Removed) != len(demo)-5 || !d.DryRun {
		t.Fatalf("dry run with replace: %+v %v", d, err)
	}
	if ps, _ := s.Products(); len(ps) != len(demo) {
		t.Fatalf("a dry run with replace removed products: %d left", len(ps))
	}

	// Without Replace: nothing removed.
	d, err = s.ImportWith(ctx, five, nil, "owner", ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Removed) != 0 || len(d.Kept) != len(demo)-5 || len(d.Changed) != 1 {
		t.Fatalf("partial import diff %+v", d)
	}
	if ps, _ := s.Products(); len(ps) != len(demo) {
		t.Fatalf("an import without --replace left %d of %d products", len(ps), len(demo))
	}
	if !strings.Contains(d.String(), "not in the file kept") {
		t.Errorf("diff text %q does not say what was kept", d.String())
	}

	// With Replace: the file is the catalog.
	d, err = s.ImportWith(ctx, five, nil, "owner", ImportOptions{Replace: true})
	if err != nil || len(d.Removed) != len(demo)-5 {
		t.Fatalf("replace: %+v %v", d, err)
	}
}

// TestStore_Undo restores the previous catalog exactly (products and
// vocabulary), records it in the history, and an undo of the undo puts the
// change back.
func TestStore_Undo(t *testing.T) {
	ctx := context.Background()
	_, s := openTestStore(t, t.TempDir(), true)
	if _, err := s.Undo(ctx, "owner"); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("undo of an empty catalog: %v", err)
	}
	demo, vocab := Demo()
	if _, err := s.Import(ctx, demo, vocab, "setup"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Undo(ctx, "owner"); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("undo of the first import: %v", err)
	}
	before, _ := s.Products()
	beforeVoc, _ := s.Vocabulary()

	other := slices.Clone(demo[:3])
	other[1].Price *= 2
	newVoc, err := ParseVocabulary(strings.NewReader("كنبة, صوفا\n"), "v.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, other, newVoc, "oops"); err != nil {
		t.Fatal(err)
	}
	d, err := s.Undo(ctx, "owner")
	if err != nil {
		t.Fatal(err)
	}
	after, _ := s.Products()
	afterVoc, _ := s.Vocabulary()
	if !reflect.DeepEqual(after, before) {
		t.Fatalf("undo did not restore the products exactly: %v vs %v", skus(after), skus(before))
	}
	if afterVoc.String() != beforeVoc.String() {
		t.Fatal("undo did not restore the vocabulary")
	}
	if len(d.Added) != len(demo)-3 || !d.VocabularyChanged {
		t.Fatalf("undo diff %+v", d)
	}
	h, _ := s.History(1)
	if len(h) != 1 || !strings.Contains(h[0].Who, "undo") {
		t.Fatalf("history %+v", h)
	}
	// Searchable at once: the index follows the restored catalog.
	if ms := s.Index(); ms == nil {
		t.Fatal("no index")
	}
	// Undo again: the change comes back.
	if _, err := s.Undo(ctx, "owner"); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Products(); len(ps) != 3 {
		t.Fatalf("undo of the undo: %d products, want 3", len(ps))
	}
}

// TestStore_SnapshotsBounded: only the last ten versions are kept.
func TestStore_SnapshotsBounded(t *testing.T) {
	ctx := context.Background()
	db, s := openTestStore(t, t.TempDir(), false)
	demo, vocab := Demo()
	for i := range 15 {
		ps := slices.Clone(demo)
		ps[0].Price += money.Piasters(100 * (i + 1))
		if _, err := s.Import(ctx, ps, vocab, "loop"); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	if err := db.View(func(tx *bolt.Tx) error {
		c := bucket(tx, bucketState).Cursor()
		for k, _ := c.Seek(snapshotPrefix); k != nil && strings.HasPrefix(string(k), string(snapshotPrefix)); k, _ = c.Next() {
			n++
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n != snapshotsKept {
		t.Fatalf("%d snapshots kept, want %d", n, snapshotsKept)
	}
}
