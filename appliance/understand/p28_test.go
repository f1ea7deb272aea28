package understand

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"fatoora/catalog"
)

// TestPostingsMirrorAll: lexicon.has answers info.all[u] from postings[u]
// (candidates asks it of every product scored); that holds only while
// postings are exactly the products whose all holds the unit, ascending.
// So for lexicon.sized and .metred of prodInfo.sizes and .metres.
// Checked on every catalog of the development sets with its vocabulary,
// and on a generated one.
func TestPostingsMirrorAll(t *testing.T) {
	cats, _ := filepath.Glob("testdata/*.csv")
	if len(cats) == 0 {
		t.Fatal("no catalogs in testdata")
	}
	check := func(name string, lx *lexicon) {
		for u, ps := range lx.postings {
			if !slices.IsSorted(ps) {
				t.Fatalf("%s: postings of %q not ascending", name, u)
			}
			for _, p := range ps {
				if !lx.info[p].all[u] {
					t.Fatalf("%s: product %d in postings of %q without it in all", name, p, u)
				}
			}
		}
		for p := range lx.info {
			for u := range lx.info[p].all {
				if !lx.has(lx.postings[u], int32(p)) {
					t.Fatalf("%s: product %d has %q in all, not in its postings", name, p, u)
				}
			}
		}
		// the figure indexes otherSize and inMetres walk instead
		// of every product: exactly the products whose names give it
		mirror := func(what string, index map[string][]int32, of func(p int) map[string]bool) {
			for n, ps := range index {
				if !slices.IsSorted(ps) {
					t.Fatalf("%s: %s of %q not ascending", name, what, n)
				}
				for _, p := range ps {
					if !of(int(p))[n] {
						t.Fatalf("%s: product %d in %s of %q, its names do not give it", name, p, what, n)
					}
				}
			}
			for p := range lx.info {
				for n := range of(p) {
					if !lx.has(index[n], int32(p)) {
						t.Fatalf("%s: product %d gives %q, not in %s", name, p, n, what)
					}
				}
			}
		}
		mirror("sized", lx.sized, func(p int) map[string]bool { return lx.info[p].sizes })
		mirror("metred", lx.metred, func(p int) map[string]bool { return lx.info[p].metres })
	}
	r, err := NewRules(bigCatalog(400), nil, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	check("generated", r.lx)
	n := 0
	for _, path := range cats {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		ps, err := catalog.ParseFile(data, path)
		if err != nil {
			continue // not a catalog
		}
		var v *catalog.Vocabulary
		if f, err := os.Open(strings.TrimSuffix(path, ".csv") + "-synonyms.txt"); err == nil {
			v, err = catalog.ParseVocabulary(f, path)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
		}
		r, err := NewRules(ps, v, RulesOptions{})
		if err != nil {
			continue
		}
		check(path, r.lx)
		n++
	}
	if n < len(cats)/2 {
		t.Fatalf("only %d of %d catalogs read", n, len(cats))
	}
	t.Logf("%d catalogs", n)
}

// TestRules_ConcurrentFirstUse: the per-catalog data the rules keep at
// first use (lexicon.facts: packs, the period priced per) is filled by several goroutines at once on
// a fresh catalog and reads alike: every goroutine's reading of each
// message equals the one a rules built apart reads alone (run with -race).
func TestRules_ConcurrentFirstUse(t *testing.T) {
	ps := []catalog.Product{
		{SKU: "PNT-G", NameAr: "دهان سيلك جالون", NameEn: "Silk paint gallon", Category: "دهانات", Unit: catalog.Piece, Price: 45000},
		{SKU: "PNT-B", NameAr: "دهان سيلك بستلة ٩ لتر", NameEn: "Silk paint bucket 9 L", Category: "دهانات", Unit: catalog.Piece, Price: 160000},
		{SKU: "PRM-G", NameAr: "برايمر جالون", NameEn: "Primer gallon", Category: "دهانات", Unit: catalog.Piece, Price: 30000},
		{SKU: "RLR", NameAr: "رولة دهان ٩ بوصة", NameEn: "Paint roller 9 inch", Category: "عدد", Unit: catalog.Piece, Price: 8000},
		{SKU: "SCF-M", NameAr: "إيجار سقالة شهري", NameEn: "Scaffold rental per month", Category: "إيجار", Unit: catalog.Piece, Price: 90000},
	}
	msgs := []string{"عايز دهان سيلك ٣", "محتاج ٢ جالون دهان سيلك ورولة", "3 silk paint", "برايمر ٢ وبستلة سيلك", "عايز سقالة ٣ شهور"}
	alone, err := NewRules(ps, nil, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var want []Result
	for _, m := range msgs {
		want = append(want, understandText(t, alone, m))
	}
	if got := linesAsked(want[0]); !slices.Contains(got, "PNT-G") || !slices.Contains(got, "PNT-B") {
		t.Fatalf("%s: the pack is asked between gallon and bucket, got %v", msgs[0], got)
	}
	if it := want[4].Items; len(it) != 1 || it[0].SKU != "SCF-M" || it[0].Quantity != 3*catalog.One {
		t.Fatalf("%s: three months of the scaffold, got %+v", msgs[4], it)
	}
	readConcurrently(t, ps, msgs, want)
}

// readConcurrently reads msgs from 8 goroutines on one fresh Rules of ps,
// each reading equal to want (the same messages read alone): the rules'
// kept state is shared safely.
func readConcurrently(t *testing.T, ps []catalog.Product, msgs []string, want []Result) {
	t.Helper()
	r, err := NewRules(ps, nil, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 20 {
				i := (g + k) % len(msgs)
				got, err := r.Understand(context.Background(), msgs[i])
				if err != nil || !reflect.DeepEqual(got, want[i]) {
					t.Errorf("%s: concurrent reading %s, alone %s", msgs[i], fmt.Sprint(got.Items), fmt.Sprint(want[i].Items))
					return
				}
			}
		}()
	}
	wg.Wait()
}
