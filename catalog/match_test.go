package catalog

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func demoIndex(t testing.TB) *Index {
	t.Helper()
	ps, v := Demo()
	ix, err := NewMemIndex(ps, v)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func TestDemo(t *testing.T) {
	ps, v := Demo()
	if len(ps) < 40 {
		t.Errorf("demo has %d products", len(ps))
	}
	cats := map[string]bool{}
	for _, p := range ps {
		cats[p.Category] = true
		for _, c := range p.Colors {
			// Every demo colour is its own canonical name.
			if canon, ok := v.Canonical(c); ok && Key(canon) != Key(c) {
				t.Errorf("%s: colour %q is not canonical (%q)", p.SKU, c, canon)
			}
		}
	}
	for _, c := range []string{"مطابخ", "دواليب", "سفرة", "ليفنج", "نوم", "أقمشة", "خزن"} {
		if !cats[c] {
			t.Errorf("no %s in the demo", c)
		}
	}
}

func TestIndex_Match(t *testing.T) {
	ix := demoIndex(t)
	tests := []struct {
		phrase string
		h      Hints
		sku    string
		color  string
		ev     string // a piece of evidence expected on the first candidate
	}{
		{"ترابيزة سفرة رخام", Hints{}, "NS-302", "", "name: رخام"},
		{"تربيزه سفره رخام", Hints{}, "NS-302", "", "name: ترابيزه≈تربيزه (typo)"},
		{"طاولة وسط", Hints{}, "NL-406", "", "synonym: طاوله→ترابيزة"},
		{"طربيزة وسط", Hints{}, "NL-406", "", "synonym: طربيزه→ترابيزة"},
		{"الترابيزة الوسط", Hints{}, "NL-406", "", ""},
		{"ترابيزتين سفرة مدورين", Hints{}, "NS-303", "", "(form)"},
		{"شفاط بلت ان", Hints{}, "NK-133", "", "name: بلت ان"},
		{"شفاط built in", Hints{}, "NK-133", "", "synonym: built in→بلت إن"},
		{"korsy sofra 7adid", Hints{}, "NS-311", "", "franco: korsy→كرسي"},
		{"kanaba sereer", Hints{}, "NL-402", "", "franco: sereer→سرير"},
		{"sofa bed", Hints{}, "NL-402", "", "name: sofa"},
		{"5azna basma", Hints{}, "NX-702", "", "franco: basma→"},
		{"tarabeza wasat", Hints{}, "NL-406", "", "franco: tarabeza→ترابيزه"},
		{"dolab atfal", Hints{}, "ND-204", "", ""},
		{"2omash 2atifa torky", Hints{}, "NF-603", "", "franco: 2atifa→قطيفه"},
		{"matbakh aro", Hints{}, "NK-104", "", "franco: aro→ارو"},
		{"خزنه ببصمه", Hints{}, "NX-702", "", ""},
		{"مطبخ الوميتال", Hints{Color: "سيلفر"}, "NK-103", "فضي", "color: سيلفر→فضي"},
		{"مطبخ mdf", Hints{}, "", "", ""}, // no MDF kitchen in the demo: nothing exact
		{"مطبخ", Hints{Material: "جوز"}, "NK-102", "", "material: جوز"},
		{"سرير", Hints{DimsCM: []int{160, 200}}, "NB-502", "", "size: 160"},
		{"كنبة سرير", Hints{Color: "رمادي"}, "NL-402", "رمادي غامق", ""},
		{"رخامة كوارتز", Hints{Color: "بيضا"}, "NK-120", "أبيض", ""},
		{"مرتبه سوست ١٨٠", Hints{}, "NB-504", "", "name: 180"},
		{"قماش قطيفة", Hints{Color: "عنابي"}, "NF-603", "نبيتي", ""},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			cs, err := ix.Match(context.Background(), tt.phrase, tt.h, 5)
			if err != nil {
				t.Fatal(err)
			}
			if tt.sku == "" {
				for _, c := range cs {
					if c.Product.Category == "مطابخ" && strings.HasPrefix(c.Product.NameAr, "مطبخ") && c.Score > 0.9 {
						t.Errorf("a kitchen that is not MDF scored %.3f: %s", c.Score, c.Product.NameAr)
					}
				}
				return
			}
			if len(cs) == 0 {
				t.Fatal("no candidates")
			}
			c := cs[0]
			if c.Product.SKU != tt.sku {
				t.Fatalf("first = %s %s %v; want %s", c.Product.SKU, c.Product.NameAr, c.Evidence, tt.sku)
			}
			if c.Color != tt.color {
				t.Errorf("color = %q, want %q", c.Color, tt.color)
			}
			if tt.ev != "" && !strings.Contains(strings.Join(c.Evidence, " | "), tt.ev) {
				t.Errorf("evidence %q lacks %q", c.Evidence, tt.ev)
			}
			for i := 1; i < len(cs); i++ {
				if cs[i].Score > cs[i-1].Score {
					t.Errorf("not sorted by score: %v", cs)
				}
			}
		})
	}
}

func TestIndex_MatchNothing(t *testing.T) {
	ix := demoIndex(t)
	for _, q := range []string{"", "   ", "عايز لو سمحت", "ثلاجة", "xyzzy"} {
		cs, err := ix.Match(context.Background(), q, Hints{}, 5)
		if err != nil || cs == nil || len(cs) != 0 {
			t.Errorf("Match(%q) = %v, %v; want an empty slice", q, cs, err)
		}
	}
}

func TestIndex_ResolveColor(t *testing.T) {
	ix := demoIndex(t)
	p := func(colors ...string) *Product { return &Product{Colors: colors} }
	tests := []struct {
		p    *Product
		word string
		want string
	}{
		{p("أبيض", "أسود"), "بيضا", "أبيض"},
		{p("أبيض", "أسود"), "بيضاء", "أبيض"},
		{p("أبيض", "أسود"), "بيض", "أبيض"},
		{p("أبيض", "أسود"), "الأبيض", "أبيض"},
		{p("أبيض", "أسود"), "ابيض", "أبيض"},
		{p("أبيض", "أسود"), "سودا", "أسود"},
		{p("أبيض", "أسود"), "لون اسود", "أسود"},
		{p("أبيض", "أسود"), "white", "أبيض"},
		{p("أبيض", "أسود"), "احمر", ""},
		{p("رمادي فاتح", "بيج"), "رمادي", "رمادي فاتح"},
		{p("رمادي فاتح", "بيج"), "رماديه", "رمادي فاتح"},
		{p("رمادي فاتح", "رمادي غامق"), "رمادي", ""}, // ambiguous: ask
		{p("رمادي فاتح", "رمادي غامق"), "فحمي", "رمادي غامق"},
		{p("رمادي فاتح", "رمادي غامق"), "جراي فاتح", "رمادي فاتح"},
		{p("بني جوزي", "بيج"), "جوزي", "بني جوزي"},
		{p("فضي"), "سيلفر", "فضي"},
		{p("أخضر زيتي", "نبيتي"), "زيتوني", "أخضر زيتي"},
		{p("أخضر زيتي", "نبيتي"), "عنابى", "نبيتي"},
		{p(), "أبيض", ""},
	}
	for _, tt := range tests {
		got, ok := ix.ResolveColor(tt.p, tt.word)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("ResolveColor(%v, %q) = %q, %v; want %q", tt.p.Colors, tt.word, got, ok, tt.want)
		}
	}
}

func TestMemIndex_FuzzyCountsLetters(t *testing.T) {
	// One Arabic letter is one edit (bleve's fuzzy options count bytes, two
	// per Arabic letter; typo expansion here counts letters).
	ps := []Product{{SKU: "A", NameAr: "ترابيزه", Unit: Piece, Price: 1}, {SKU: "B", NameAr: "دولاب", Unit: Piece, Price: 1}}
	ix, err := NewMemIndex(ps, NewVocabulary(nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"تربيزه", "ترابيزا", "طرابيزه"} {
		if got := topSKU(t, ix, q); got != "A" {
			t.Errorf("%q → %q", q, got)
		}
	}
}

func TestIndex_MatchPrefersTheHeadNoun(t *testing.T) {
	// "ترابيزة سفرة جوز 8 كراسي" mentions chairs but is a table: a query for
	// dining chairs ranks the chairs first.
	ix := demoIndex(t)
	for _, q := range []string{"كرسي سفرة", "كراسي سفره", "korsy sofra"} {
		cs, err := ix.Match(context.Background(), q, Hints{}, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) < 2 || !strings.HasPrefix(cs[0].Product.NameAr, "كرسي") || !strings.HasPrefix(cs[1].Product.NameAr, "كرسي") {
			t.Errorf("%q: first two are not chairs: %v", q, cs)
		}
	}
}

func TestIndex_MatchHeadAndKnownWords(t *testing.T) {
	ix := demoIndex(t)
	// The head noun decides the kind: a bed for children, not a wardrobe.
	cs, _ := ix.Match(context.Background(), "سرير اطفال", Hints{}, 3)
	if len(cs) == 0 || !strings.HasPrefix(cs[0].Product.NameAr, "سرير") {
		t.Errorf("سرير اطفال → %v", cs)
	}
	// مرتبة exists as written, so its typo-neighbour مكتبة is a poor second.
	cs, _ = ix.Match(context.Background(), "مرتبة", Hints{}, 3)
	if len(cs) < 2 || cs[0].Product.SKU != "NB-504" || cs[1].Score > cs[0].Score/2 {
		t.Errorf("مرتبة → %v", cs)
	}
}

func TestIndex_MatchMaterialHint(t *testing.T) {
	ix := demoIndex(t)
	// A generic "wood" names no material of the catalog: no penalty, the
	// ranking is the one without the hint.
	plain, _ := ix.Match(context.Background(), "مطبخ", Hints{}, 5)
	wood, _ := ix.Match(context.Background(), "مطبخ", Hints{Material: "خشب"}, 5)
	for i := range plain {
		if plain[i].Product.SKU != wood[i].Product.SKU || plain[i].Score != wood[i].Score {
			t.Fatalf("a generic material hint changed the ranking: %v vs %v", plain, wood)
		}
	}
	// "خشب أرو" names أرو: the oak kitchen wins, others lose a little.
	oak, _ := ix.Match(context.Background(), "مطبخ", Hints{Material: "خشب اوك"}, 5)
	if oak[0].Product.SKU != "NK-104" || !strings.Contains(strings.Join(oak[0].Evidence, "|"), "material: أرو") {
		t.Fatalf("oak: %v", oak)
	}
}

func FuzzMatch(f *testing.F) {
	ix := demoIndex(f)
	for _, s := range []string{"ترابيزة سفرة", "korsy 7adid", "مطبخ ٣ متر", "بلت إن built-in", "ـــ", "a_b"} {
		f.Add(s, "رمادي")
	}
	f.Fuzz(func(t *testing.T, phrase, color string) {
		cs, err := ix.Match(context.Background(), phrase, Hints{Color: color, Material: color}, 3)
		if err != nil || cs == nil || len(cs) > 3 {
			t.Fatalf("Match(%q) = %d candidates, %v", phrase, len(cs), err)
		}
		for i := 1; i < len(cs); i++ {
			if cs[i].Score > cs[i-1].Score {
				t.Fatalf("not sorted: %v", cs)
			}
		}
		for _, c := range cs {
			if c.Color != "" && !slices.Contains(c.Product.Colors, c.Color) {
				t.Fatalf("colour %q not offered by %s", c.Color, c.Product.SKU)
			}
		}
	})
}
