package understand

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fatoora/appliance/store"
	"fatoora/catalog"
)

func parseCatalog(t *testing.T, csv string) []catalog.Product {
	t.Helper()
	ps, err := catalog.ParseCSV(strings.NewReader(csv), "catalog.csv")
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

// TestLive_FollowsCatalogImports reads with the catalog of the moment: a
// product imported after the first message is understood by the next one,
// and the rules are rebuilt only when the catalog's version moves.
func TestLive_FollowsCatalogImports(t *testing.T) {
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cat, err := catalog.OpenStore(db, filepath.Join(dir, "catalog.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	defer cat.Close()
	ctx := context.Background()
	const header = "sku,name_ar,unit,price,stock,colors\n"
	if _, err := cat.Import(ctx, parseCatalog(t, header+"CH-1,كرسي زان,piece,1500,10,بني\n"), nil, "test"); err != nil {
		t.Fatal(err)
	}
	live := NewLive(cat, nil, HybridOptions{})

	skus := func(text string) []string {
		t.Helper()
		res, err := live.Understand(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, it := range res.Items {
			out = append(out, it.SKU)
		}
		return out
	}
	tests := []struct {
		name, csv, text string
		want            []string
		rebuilt         bool
	}{
		{"first catalog", "", "عايز 2 كرسي", []string{"CH-1"}, true},
		{"same version: same rules", "", "عايز كرسي", []string{"CH-1"}, false},
		{"a table is added", header + "CH-1,كرسي زان,piece,1500,10,بني\nTB-1,ترابيزة سفرة,piece,9000,3,بني\n", "عايز ترابيزة سفرة", []string{"TB-1"}, true},
		{"the chair is renumbered", header + "CH-2,كرسي زان,piece,1500,10,بني\nTB-1,ترابيزة سفرة,piece,9000,3,بني\n", "عايز 2 كرسي", []string{"CH-2"}, true},
	}
	var prev Understander
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.csv != "" {
				if _, err := cat.Import(ctx, parseCatalog(t, tc.csv), nil, "test"); err != nil {
					t.Fatal(err)
				}
			}
			if got := skus(tc.text); strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("skus %v, want %v", got, tc.want)
			}
			live.mu.Lock()
			cur := live.cur
			live.mu.Unlock()
			if rebuilt := cur != prev; rebuilt != tc.rebuilt {
				t.Errorf("rebuilt %v, want %v", rebuilt, tc.rebuilt)
			}
			prev = cur
		})
	}
}
