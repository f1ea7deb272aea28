package understand

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"fatoora/catalog"
)

// s30Catalog: a car-care shop's goods sold by the piece whose names give
// what one piece holds or weighs (a litre, a gallon, a 25-kilo sack, a
// kilo said bare), and one sold by the kilo.
func s30Catalog() []catalog.Product {
	return []catalog.Product{
		{SKU: "OIL-L", NameAr: "زيت موتور لتر", NameEn: "Engine oil litre", Category: "زيوت", Unit: catalog.Piece, Price: 30000},
		{SKU: "CLT-G", NameAr: "مياه رادياتير جالون", NameEn: "Coolant gallon", Category: "سوائل", Unit: catalog.Piece, Price: 25000},
		{SKU: "SLT-S", NameAr: "ملح اذابة شكارة 25 كيلو", NameEn: "De-icing salt sack 25 kg", Category: "ملح", Unit: catalog.Piece, Price: 40000},
		{SKU: "WAX-K", NameAr: "معجون تلميع كيلو", NameEn: "Polish paste kilo", Category: "تلميع", Unit: catalog.Piece, Price: 15000},
		{SKU: "SHM-4", NameAr: "شامبو عربيات بستلة 4 لتر", NameEn: "Car shampoo bucket 4 L", Category: "غسيل", Unit: catalog.Piece, Price: 20000},
		{SKU: "BRM", NameAr: "فرشة غسيل عربيات", NameEn: "Car wash brush", Category: "غسيل", Unit: catalog.Piece, Price: 9000},
	}
}

// TestPieceFactsKept: what one piece holds or weighs (pieceVolume,
// pieceIn of a kilo, pieceWeight), which finish asks of every line's best
// product, is read once per product and kept (lexicon.pieceOf); the kept
// facts of every product are the ones its names give, on this catalog
// and on a generated one.
func TestPieceFactsKept(t *testing.T) {
	for _, ps := range [][]catalog.Product{s30Catalog(), bigCatalog(300)} {
		r, err := NewRules(ps, nil, RulesOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for i := range ps {
			for round := 0; round < 2; round++ { // read, then kept
				f := r.lx.pieceOf(i)
				each, scale := pieceVolume(&ps[i])
				if f.each != each || (f.scale == nil) != (scale == nil) || f.kgIn != pieceIn(&ps[i], weightKg) || f.kg != pieceWeight(&ps[i]) {
					t.Fatalf("%s: kept %+v, its names give volume %v, kilo %v, weight %v", ps[i].SKU, *f, each, pieceIn(&ps[i], weightKg), pieceWeight(&ps[i]))
				}
				for _, w := range []string{"لتر", "جالون", "litre", "gallon", "كيلو"} {
					if scale != nil && f.scale(w) != scale(w) {
						t.Fatalf("%s: kept measure reads %q as %v, not %v", ps[i].SKU, w, f.scale(w), scale(w))
					}
				}
			}
		}
	}
	// the figures the catalog's names give (volume, kilos by pieceIn, kilos by pieceWeight)
	r, _ := NewRules(s30Catalog(), nil, RulesOptions{})
	want := map[string][3]float64{"OIL-L": {1, 0, 0}, "CLT-G": {1, 0, 0}, "SLT-S": {0, 25, 25}, "WAX-K": {0, 1, 0}, "SHM-4": {4, 0, 0}, "BRM": {0, 0, 0}}
	for i, p := range r.lx.products {
		f := r.lx.pieceOf(i)
		if got := [3]float64{f.each, f.kgIn, f.kg}; got != want[p.SKU] {
			t.Errorf("%s: volume, kilo said bare, weight %v, want %v", p.SKU, got, want[p.SKU])
		}
	}
}

// TestPieceFactsConcurrentFirstUse: the counts read through the kept
// facts, in Arabic, Franco and English, and the same readings from eight
// goroutines on a fresh catalog filling them at once (run with -race).
func TestPieceFactsConcurrentFirstUse(t *testing.T) {
	ps := s30Catalog()
	type line struct {
		sku string
		qty catalog.Milli
	}
	cases := []struct {
		text string
		want []line
	}{
		{"عايز زيت موتور ٣ لتر", []line{{"OIL-L", 3 * catalog.One}}},    // three litres: three cans of one litre
		{"محتاج ٥٠ كيلو ملح اذابة", []line{{"SLT-S", 2 * catalog.One}}}, // fifty kilos: two sacks of 25
		{"عايز ٢ جالون مياه رادياتير", []line{{"CLT-G", 2 * catalog.One}}},
		{"معجون تلميع ٢ كيلو وفرشة غسيل", []line{{"WAX-K", 2 * catalog.One}, {"BRM", catalog.One}}},
		{"I need 3 litres of engine oil", []line{{"OIL-L", 3 * catalog.One}}},
	}
	alone, err := NewRules(ps, nil, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var want []Result
	for _, c := range cases {
		res := understandText(t, alone, c.text)
		var got []line
		for _, it := range res.Items {
			got = append(got, line{it.SKU, it.Quantity})
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: lines %v, want %v", c.text, got, c.want)
		}
		want = append(want, res)
	}
	msgs := make([]string, len(cases))
	for i, c := range cases {
		msgs[i] = c.text
	}
	readConcurrently(t, ps, msgs, want)
}

// negationCueJoined is negationCue as it was before the first words of
// the cues were asked first: every join looked up.
func negationCueJoined(ts []token, i int) int {
	switch {
	case ts[i].sep:
		return 0
	case negationCues[ts[i].text] || negationCues[lower(ts[i].surface)] || negationCues[strings.TrimPrefix(ts[i].text, "و")]:
		return 1
	case i+2 < len(ts) && !ts[i+1].sep && !ts[i+2].sep && negationCues[lower(ts[i].surface+" "+ts[i+1].surface+" "+ts[i+2].surface)]:
		return 3
	case i+1 < len(ts) && !ts[i+1].sep && (negationCues[ts[i].text+" "+ts[i+1].text] || negationCues[strings.TrimPrefix(ts[i].text, "و")+" "+ts[i+1].text] ||
		negationCues[strings.TrimPrefix(ts[i].surface, "و")+" "+ts[i+1].surface] ||
		negationCues[lower(ts[i].surface+" "+ts[i+1].surface)]):
		return 2
	}
	return 0
}

// TestNegationCueOpens: negationCue joins the words after a word only
// when that word opens some cue of several words (negationOpens); on
// every run of three words drawn from the cues' own words, as written,
// capitalised and after و, and a word holding a space, it answers as
// joining them all did — and finds each cue of several words.
func TestNegationCueOpens(t *testing.T) {
	var words, after []string // the cues' words; those said after a first one
	seen := map[string]bool{}
	for k := range negationCues {
		for j, w := range strings.Fields(k) {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
			if j > 0 && !slices.Contains(after, w) {
				after = append(after, w)
			}
		}
	}
	slices.Sort(words)
	slices.Sort(after)
	words = append(words, "كرسي", "chair", "من غير", "do not") // words of no cue; units holding a space
	after = append(after, "كرسي", "chair")
	forms := func(w string) []token {
		up := strings.ToUpper(w[:1]) + w[1:]
		return []token{{text: w, surface: w}, {text: w, surface: up}, {text: "و" + w, surface: "و" + w}, {text: w, surface: "و" + w}}
	}
	n := 0
	for _, a := range words {
		for _, ta := range forms(a) {
			for _, b := range after {
				for _, tb := range forms(b)[:2] {
					for _, c := range []string{"want", "غير", "كرسي"} {
						ts := []token{ta, tb, {text: c, surface: c}}
						if got, want := negationCue(ts, 0), negationCueJoined(ts, 0); got != want {
							t.Fatalf("%q %q %q: %d words of a cue, joining all says %d", ta.surface, tb.surface, c, got, want)
						}
						n++
					}
				}
			}
		}
	}
	for k := range negationCues {
		ws := strings.Fields(k)
		if len(ws) < 2 {
			continue
		}
		var ts []token
		for _, w := range ws {
			ts = append(ts, token{text: w, surface: strings.ToUpper(w)})
		}
		if got := negationCue(ts, 0); got != len(ws) {
			t.Errorf("%q: a cue of %d words, read as %d", k, len(ws), got)
		}
	}
	t.Logf("%d runs", n)
}
