package understand

import (
	"slices"
	"testing"

	"fatoora/catalog"
)

// What the rules keep of a product's names with the catalog (arKeys,
// colourKeys, and setSize and weightNamed in its nameFacts) is what
// reading the names again says: cold, warm, for a product of another
// catalog with the same SKU, and after the catalog is loaded again with
// the names changed.
func TestNameCaches_ReadTheNamesAgain(t *testing.T) {
	shop := func(name string) []catalog.Product {
		return []catalog.Product{
			{SKU: "A1", NameAr: "صور باسبور (طقم 6 صور)", NameEn: "Passport photos set of 6", Unit: catalog.Piece, Price: 100, Colors: []string{"أبيض"}},
			{SKU: "A2", NameAr: "صور باسبور (طقم 12 صورة)", NameEn: "Passport photos set of 12", Unit: catalog.Piece, Price: 150},
			{SKU: "B1", NameAr: name, NameEn: "Charcoal bag 5 kg", Unit: catalog.Piece, Price: 90, Colors: []string{"أسود فاحم", "رمادي غامق"}},
			{SKU: "C1", NameAr: "شواية فحم كبيرة", NameEn: "Charcoal grill", Unit: catalog.Piece, Price: 900, Colors: []string{"ذهبي"}},
		}
	}
	check := func(what string, r *Rules) {
		t.Helper()
		lx := r.lx
		for pass := 0; pass < 2; pass++ { // the first reads and keeps, the second reads what was kept
			for i := range lx.products {
				p := &lx.products[i]
				if got, want := lx.nameKeys(i), keysOf(p.NameAr); !slices.Equal(got, want) {
					t.Errorf("%s %s: nameKeys %q, want %q", what, p.SKU, got, want)
				}
				if got, want := lx.setSizeOf(p), setSize(p); got != want {
					t.Errorf("%s %s pass %d: setSizeOf %d, want %d", what, p.SKU, pass, got, want)
				}
				if got, want := lx.weightNamedOf(i), weightNamed(p); got != want {
					t.Errorf("%s %s pass %d: weightNamedOf %v, want %v", what, p.SKU, pass, got, want)
				}
				for _, c := range append(p.Colors, "لون غير معروف") {
					if got, want := lx.colourKey(c), wordsKey(c); got != want {
						t.Errorf("%s %s: colourKey(%q) %q, want %q", what, p.SKU, c, got, want)
					}
				}
			}
		}
		// a product not the catalog's own, though its SKU is: read from its names
		other := catalog.Product{SKU: "A1", NameAr: "صور (طقم 4 صور)", Unit: catalog.Piece}
		if got, want := lx.setSizeOf(&other), setSize(&other); got != want || want != 4 {
			t.Errorf("%s: setSizeOf of another A1 %d, want %d (4)", what, got, want)
		}
	}
	r1, err := NewRules(shop("فحم (شكارة 5 كيلو)"), nil, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	check("first catalog", r1)
	if !r1.lx.weightNamedOf(2) || r1.lx.weightNamedOf(3) || r1.lx.setSizeOf(&r1.lx.products[0]) != 6 {
		t.Errorf("first catalog: weightNamedOf B1 %v C1 %v, setSizeOf A1 %d; want true false 6",
			r1.lx.weightNamedOf(2), r1.lx.weightNamedOf(3), r1.lx.setSizeOf(&r1.lx.products[0]))
	}
	// the catalog loaded again, B1 renamed: nothing of the first is read
	r2, err := NewRules(shop("فحم طبيعي (طقم 3 قطع)"), nil, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	check("reloaded", r2)
	if slices.Equal(r2.lx.nameKeys(2), r1.lx.nameKeys(2)) {
		t.Errorf("reloaded: B1's keys %q are the first catalog's", r2.lx.nameKeys(2))
	}
}
