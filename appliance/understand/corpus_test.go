package understand

import (
	"bufio"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"fatoora/catalog"
)

// goldLine is one labelled message, in the corpus format the scorer reads.
type goldLine struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Gold struct {
		Intent Intent `json:"intent"`
		Items  []struct {
			SKU      string    `json:"sku"`
			Quantity float64   `json:"quantity"`
			Color    string    `json:"color"`
			DimsCM   []float64 `json:"dims_cm"`
		} `json:"items"`
	} `json:"gold"`
}

// invoiceExact scores like tools/score_extraction.py: the intent right and,
// for orders and inquiries, the same SKUs with the same quantities, the
// colours and sizes the gold names.
func invoiceExact(g goldLine, res Result) bool {
	if res.Intent != g.Gold.Intent {
		return false
	}
	if g.Gold.Intent != Order && g.Gold.Intent != Inquiry {
		return true
	}
	var got []Item
	for _, it := range res.Items {
		if it.SKU != "" {
			got = append(got, it)
		}
	}
	if len(got) != len(g.Gold.Items) {
		return false
	}
	used := make([]bool, len(got))
	for _, gi := range g.Gold.Items {
		k := -1
		for j, it := range got {
			if !used[j] && it.SKU == gi.SKU {
				k = j
				break
			}
		}
		if k < 0 {
			return false
		}
		used[k] = true
		it := got[k]
		if math.Abs(it.Quantity.Float()-gi.Quantity) >= 0.011 {
			return false
		}
		if gi.Color != "" && it.Color != gi.Color {
			return false
		}
		if len(gi.DimsCM) > 0 {
			// rounded as the shared scorer rounds (Python's round: half to even)
			var a []int
			for _, d := range gi.DimsCM {
				a = append(a, int(math.RoundToEven(d)))
			}
			b := append([]int(nil), it.DimsCM...)
			sort.Ints(a)
			sort.Ints(b)
			if !equalInts(a, b) {
				return false
			}
		}
	}
	return true
}

func scoreCorpus(t *testing.T, catalogPath, vocabPath, goldPath string) (float64, int) {
	t.Helper()
	data, err := os.ReadFile(catalogPath)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := catalog.ParseFile(data, catalogPath)
	if err != nil {
		t.Fatal(err)
	}
	var v *catalog.Vocabulary
	if vocabPath != "" {
		f, err := os.Open(vocabPath)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if v, err = catalog.ParseVocabulary(f, vocabPath); err != nil {
			t.Fatal(err)
		}
	}
	r, err := NewRules(ps, v, RulesOptions{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, exact := 0, 0
	for sc.Scan() {
		var g goldLine
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		res, err := r.Understand(context.Background(), g.Text) // never the gold
		if err != nil {
			t.Fatal(err)
		}
		n++
		if invoiceExact(g, res) {
			exact++
		} else {
			t.Logf("%s: %s\n  got %s %+v", g.ID, g.Text, res.Intent, res.Items)
		}
	}
	return float64(exact) / float64(n), n
}

// TestRules_OtherShowrooms runs the rules on two showrooms written for the
// tests (office/lighting, bathroom/tiles, bedding/rugs/garden): products,
// vocabulary and messages the rules were not built from.
func TestRules_OtherShowrooms(t *testing.T) {
	for _, name := range []string{"office", "bath", "home", "furniture", "kitchen", "outlet", "alu", "contract", "models", "garden", "fitout", "upholstery", "lighting", "rugs", "appliances"} {
		t.Run(name, func(t *testing.T) {
			dir := "testdata"
			rate, n := scoreCorpus(t, filepath.Join(dir, name+".csv"), filepath.Join(dir, name+"-synonyms.txt"), filepath.Join(dir, name+".jsonl"))
			t.Logf("%s: invoice-exact %.3f on %d messages", name, rate, n)
			if rate < 0.9 {
				t.Errorf("%s: invoice-exact %.3f < 0.90", name, rate)
			}
		})
	}
}

// TestRules_BlindSets runs the rules on the sets written for issue 14 by a
// helper who had not read the rules (interior doors, curtains and blinds,
// flooring, bathrooms, mattresses, outdoor). Each was scored at first
// contact before any rule changed for it (BENCHMARKS.md); the floors here
// are the figures after the general fixes, rounded down, so that a change
// that loses ground on a trade fails. Below the 0.90 the other sets hold:
// what is left is listed in BENCHMARKS.md.
func TestRules_BlindSets(t *testing.T) {
	for _, set := range []struct {
		name  string
		floor float64
	}{
		// (outdoor 0.94 → 0.92: ou031 "عايز شمسية", a "which one?" line,
		// relabelled with the products asked between as later rounds write
		// them, which the rules' one open line never equals here)
		{"doors", 0.92}, {"blinds", 0.97}, {"flooring", 0.93}, {"bathrooms", 0.92}, {"mattresses", 0.94}, {"outdoor", 0.92},
		// the held-out rounds 2–4, on the same catalogs (X-rN uses X.csv)
		{"doors-r2", 0.97}, {"blinds-r2", 0.99}, {"flooring-r2", 0.99}, {"bathrooms-r2", 0.96}, {"mattresses-r2", 0.99}, {"outdoor-r2", 0.97},
		{"doors-r3", 0.96}, {"blinds-r3", 0.99}, {"flooring-r3", 0.99}, {"bathrooms-r3", 0.96}, {"mattresses-r3", 0.99}, {"outdoor-r3", 0.99},
		{"doors-r4", 0.95}, {"blinds-r4", 0.99}, {"flooring-r4", 0.99}, {"bathrooms-r4", 0.99}, {"mattresses-r4", 0.99}, {"outdoor-r4", 0.99},
		// rounds 5–7: six new shops each, their own catalogs
		{"doors5", 0.95}, {"flooring5", 0.99}, {"bathrooms5", 0.95}, {"mattresses5", 0.95}, {"blinds5", 0.95}, {"outdoor5", 0.95},
		{"doors6", 0.99}, {"flooring6", 0.95}, {"bathrooms6", 0.99}, {"mattresses6", 0.95}, {"blinds6", 0.99}, {"outdoor6", 0.99},
		{"doors7", 0.95}, {"flooring7", 0.91}, {"bathrooms7", 0.95}, {"mattresses7", 0.91}, {"blinds7", 0.91}, {"outdoor7", 0.91},
		// round 8 after its first-contact classes (BENCHMARKS.md)
		{"doors8", 0.95}, {"flooring8", 0.99}, {"bathrooms8", 0.95}, {"mattresses8", 0.95}, {"blinds8", 0.95}, {"outdoor8", 0.95},
		// round 9 after its first-contact classes (BENCHMARKS.md)
		{"doors9", 0.95}, {"flooring9", 0.95}, {"bathrooms9", 0.99}, {"mattresses9", 0.95}, {"blinds9", 0.95}, {"outdoor9", 0.99},
		// rounds 10 and 11 after their classes, round 12 after its wrong
		// documents' and its line-level classes (BENCHMARKS.md)
		{"doors10", 0.89}, {"flooring10", 0.89}, {"bathrooms10", 0.89}, {"mattresses10", 0.94}, {"blinds10", 0.89}, {"outdoor10", 0.89},
		{"doors11", 0.94}, {"flooring11", 0.99}, {"bathrooms11", 0.99}, {"mattresses11", 0.99}, {"blinds11", 0.94}, {"outdoor11", 0.94},
		{"doors12", 0.99}, {"flooring12", 0.89}, {"bathrooms12", 0.99}, {"mattresses12", 0.94}, {"blinds12", 0.99}, {"outdoor12", 0.94},
		// round 13 after its classes (branches h14e, h14f; BENCHMARKS.md)
		{"doors13", 0.94}, {"flooring13", 0.89}, {"bathrooms13", 0.94}, {"mattresses13", 0.94}, {"blinds13", 0.89}, {"outdoor13", 0.99},
		// round 14 after its first-contact classes (branch h14g) and its
		// third passes (branches h14i, h14j; BENCHMARKS.md)
		{"doors14", 0.89}, {"flooring14", 0.99}, {"bathrooms14", 0.89}, {"mattresses14", 0.99}, {"blinds14", 0.99}, {"outdoor14", 0.89},
		// round 15 at first contact, then its first-contact classes (branch h15a),
		// the ninth session's round 14–15 classes (branches h15b, h15c) and the
		// tenth session's (branch h17c; BENCHMARKS.md)
		{"doors15", 0.89}, {"flooring15", 0.89}, {"bathrooms15", 0.94}, {"mattresses15", 0.94}, {"blinds15", 0.89}, {"outdoor15", 0.89},
		// round 16 at first contact, then the coordinator's classes and the tenth
		// session's (branches h17a, h17b) and the eleventh's (h18b; BENCHMARKS.md)
		{"doors16", 0.94}, {"flooring16", 0.99}, {"bathrooms16", 0.94}, {"mattresses16", 0.89}, {"blinds16", 0.99}, {"outdoor16", 0.89},
		// round 17 at first contact, doors17, flooring17 and blinds17 after
		// their first classes (branch h17d) and the eleventh session's
		// (branches h18a, h18b, h18c; BENCHMARKS.md)
		{"doors17", 0.94}, {"flooring17", 0.99}, {"bathrooms17", 0.89}, {"mattresses17", 0.99}, {"blinds17", 0.99}, {"outdoor17", 0.89},
		// round 18 at first contact, bathrooms18 and blinds18 after its first
		// classes (branch h18d), flooring18 and bathrooms18 after the twelfth
		// session's (branch h19c; BENCHMARKS.md)
		{"doors18", 0.94}, {"flooring18", 0.89}, {"bathrooms18", 0.94}, {"mattresses18", 0.94}, {"blinds18", 0.84}, {"outdoor18", 0.94},
		// round 19 at first contact (BENCHMARKS.md "Round 19 at first contact"),
		// then its first-contact classes (branch h19d) and the thirteenth
		// session's (branch h20a)
		{"doors19", 0.89}, {"flooring19", 0.89}, {"bathrooms19", 0.94}, {"mattresses19", 0.89}, {"blinds19", 0.84}, {"outdoor19", 0.94},
		// round 20 at first contact (BENCHMARKS.md "Round 20 at first contact"),
		// then its first-contact classes (branch h20c)
		{"doors20", 0.89}, {"flooring20", 0.89}, {"bathrooms20", 0.89}, {"mattresses20", 0.94}, {"blinds20", 0.84}, {"outdoor20", 0.84},
		// round 21 at first contact, held back until the session's fixes were
		// merged (BENCHMARKS.md "Round 21 at first contact"), then its wrong
		// documents (branch h21) and its misses (branch h22a)
		{"doors21", 0.89}, {"flooring21", 0.84}, {"bathrooms21", 0.89}, {"mattresses21", 0.99}, {"blinds21", 0.94}, {"outdoor21", 0.94},
		// round 22 at first contact (BENCHMARKS.md "Round 22 at first contact"),
		// then its first-contact classes (branch h22c)
		{"doors22", 0.89}, {"flooring22", 0.74}, {"bathrooms22", 0.84}, {"mattresses22", 0.84}, {"blinds22", 0.79}, {"outdoor22", 0.84},
		// round 23 at first contact, held back until the session's fixes were
		// merged (BENCHMARKS.md "Round 23 at first contact"), then its
		// first-contact classes (branch h23; doors23, outdoor23 raised by h26c)
		{"doors23", 0.74}, {"flooring23", 0.84}, {"bathrooms23", 0.84}, {"mattresses23", 0.79}, {"blinds23", 0.84}, {"outdoor23", 0.84},
		// round 24 after its first-contact classes (branch h24; BENCHMARKS.md
		// "Round 24's first-contact classes fixed")
		{"doors24", 0.94}, {"flooring24", 0.94}, {"bathrooms24", 0.89}, {"mattresses24", 0.94}, {"blinds24", 0.84}, {"outdoor24", 0.94},
		// round 25 at first contact, held back until the session's fixes were
		// merged (BENCHMARKS.md "Round 25 at first contact"), then its wrong
		// documents (branches h25, h26a) and h26c's classes
		{"doors25", 0.94}, {"flooring25", 0.94}, {"bathrooms25", 0.94}, {"mattresses25", 0.64}, {"blinds25", 0.84}, {"outdoor25", 0.89},
		// round 26 at first contact (BENCHMARKS.md "Round 26 at first contact"),
		// then its first-contact classes (branch h26b)
		{"doors26", 0.84}, {"flooring26", 0.79}, {"bathrooms26", 0.84}, {"mattresses26", 0.94}, {"blinds26", 0.74}, {"outdoor26", 0.79},
		// round 27 at first contact, held back until the session's fixes were
		// merged (BENCHMARKS.md "Round 27 at first contact"), then its
		// first-contact classes (branches h27d, h27e)
		{"doors27", 0.94}, {"flooring27", 0.84}, {"bathrooms27", 0.89}, {"mattresses27", 0.89}, {"blinds27", 0.94}, {"outdoor27", 0.79},
		// round 28 at first contact, held back unread in testdata/heldback until
		// the seventeenth session's fixes had landed (BENCHMARKS.md "Round 28 at
		// first contact"), then its first-contact classes (branches h28a, h28b)
		{"doors28", 0.89}, {"flooring28", 0.89}, {"bathrooms28", 0.84}, {"mattresses28", 0.89}, {"blinds28", 0.84}, {"outdoor28", 0.94},
		// round 29 at first contact, held back unread in testdata/heldback until
		// the eighteenth session's fixes had landed (BENCHMARKS.md "Round 29 at
		// first contact")
		{"doors29", 0.79}, {"flooring29", 0.94}, {"bathrooms29", 0.79}, {"mattresses29", 0.84}, {"blinds29", 0.89}, {"outdoor29", 0.89},
		// round 30 at first contact, held back unread in testdata/heldback until
		// the nineteenth session's fixes had landed (BENCHMARKS.md "Round 30 at
		// first contact"), then its first-contact classes (branches h30a, h30b,
		// h30c)
		{"doors30", 0.74}, {"flooring30", 0.79}, {"bathrooms30", 0.84}, {"mattresses30", 0.94}, {"blinds30", 0.79}, {"outdoor30", 0.79},
		// round 31 at first contact, held back unread in testdata/heldback until
		// the twentieth session's fixes had landed (BENCHMARKS.md "Round 31 at
		// first contact")
		{"doors31", 0.84}, {"flooring31", 0.84}, {"bathrooms31", 0.94}, {"mattresses31", 0.69}, {"blinds31", 0.84}, {"outdoor31", 0.79},
		// round 32 at first contact, held back unread in testdata/heldback until
		// the twenty-first session's fixes had landed (BENCHMARKS.md "Round 32 at
		// first contact")
		{"doors32", 0.69}, {"flooring32", 0.79}, {"bathrooms32", 0.89}, {"mattresses32", 0.79}, {"blinds32", 0.84}, {"outdoor32", 0.74},
		// round 33 at first contact, held back unread in testdata/heldback until
		// the twenty-second session's fixes had landed (BENCHMARKS.md "Round 33 at
		// first contact")
		{"doors33", 0.64}, {"flooring33", 0.79}, {"bathrooms33", 0.69}, {"mattresses33", 0.79}, {"blinds33", 0.84}, {"outdoor33", 0.74},
		// round 34 at first contact, held back unread in testdata/heldback until
		// the twenty-third session's fixes had landed (BENCHMARKS.md "Round 34 at
		// first contact")
		{"doors34", 0.49}, {"flooring34", 0.49}, {"bathrooms34", 0.59}, {"mattresses34", 0.84}, {"blinds34", 0.59}, {"outdoor34", 0.64},
		// round 35 at first contact, held back unread in testdata/heldback until
		// the twenty-fourth session's fixes had landed (BENCHMARKS.md "Round 35 at
		// first contact")
		{"doors35", 0.59}, {"flooring35", 0.79}, {"bathrooms35", 0.74}, {"mattresses35", 0.74}, {"blinds35", 0.74}, {"outdoor35", 0.84},
		// round 36 at first contact, held back unread in testdata/heldback until
		// the twenty-fifth session's fixes had landed (BENCHMARKS.md "Round 36 at
		// first contact")
		{"doors36", 0.84}, {"flooring36", 0.74}, {"bathrooms36", 0.89}, {"mattresses36", 0.74}, {"blinds36", 0.74}, {"outdoor36", 0.84},
		// round 37 at first contact, held back unread in testdata/heldback until
		// the twenty-sixth session's fixes had landed (BENCHMARKS.md "Round 37 at
		// first contact")
		{"doors37", 0.64}, {"flooring37", 0.64}, {"bathrooms37", 0.69}, {"mattresses37", 0.69}, {"blinds37", 0.64}, {"outdoor37", 0.64},
		// round 38 at first contact, held back unread in testdata/heldback until
		// the twenty-seventh session's fixes had landed (BENCHMARKS.md "Round 38 at
		// first contact")
		{"doors38", 0.79}, {"flooring38", 0.84}, {"bathrooms38", 0.74}, {"mattresses38", 0.74}, {"blinds38", 0.74}, {"outdoor38", 0.79},
		// round 39 at first contact, held back unread in testdata/heldback until
		// the twenty-eighth session's fixes had landed (BENCHMARKS.md "Round 39 at
		// first contact")
		{"doors39", 0.79}, {"flooring39", 0.79}, {"bathrooms39", 0.59}, {"mattresses39", 0.79}, {"blinds39", 0.89}, {"outdoor39", 0.74},
		// round 40 at first contact, held back unread in testdata/heldback until
		// the twenty-ninth session's fixes had landed (BENCHMARKS.md "Round 40 at
		// first contact")
		{"doors40", 0.54}, {"flooring40", 0.69}, {"bathrooms40", 0.59}, {"mattresses40", 0.64}, {"blinds40", 0.64}, {"outdoor40", 0.49},
	} {
		t.Run(set.name, func(t *testing.T) {
			dir := "testdata"
			cat := set.name
			if i := strings.LastIndex(cat, "-r"); i > 0 {
				cat = cat[:i]
			}
			rate, n := scoreCorpus(t, filepath.Join(dir, cat+".csv"), filepath.Join(dir, cat+"-synonyms.txt"), filepath.Join(dir, set.name+".jsonl"))
			t.Logf("%s: invoice-exact %.3f on %d messages", set.name, rate, n)
			if rate < set.floor {
				t.Errorf("%s: invoice-exact %.3f < %.2f", set.name, rate, set.floor)
			}
		})
	}
}

// corpusDir finds showroom-a's corpus: the directory named by
// $FATOORA_CORPUS, else shared/corpus/showroom-a beside the repository (CI
// checks the repository out next to shared/).
func corpusDir() string {
	for _, dir := range []string{
		os.Getenv("FATOORA_CORPUS"),
		filepath.Join("..", "..", "..", "shared", "corpus", "showroom-a"),
	} {
		if dir == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, "dev.jsonl")); err == nil {
			return dir
		}
	}
	return ""
}

// TestRules_DevCorpus measures showroom-a's dev set when the shared corpus
// is present (it lives outside the repository).
func TestRules_DevCorpus(t *testing.T) {
	dir := corpusDir()
	if dir == "" {
		t.Skip("no showroom-a corpus ($FATOORA_CORPUS, or ../shared/corpus/showroom-a beside the repository)")
	}
	for _, gold := range []string{filepath.Join(dir, "dev.jsonl"), filepath.Join("testdata", "showroom-a-extra.jsonl")} {
		// showroom-a-extra: messages written for the tests on showroom-a's
		// catalog, in its labelling conventions
		rate, n := scoreCorpus(t, filepath.Join(dir, "catalog.csv"), filepath.Join(dir, "synonyms.txt"), gold)
		t.Logf("%s: invoice-exact %.3f on %d messages", filepath.Base(gold), rate, n)
		if rate < 0.9 {
			t.Errorf("%s: invoice-exact %.3f < 0.90", filepath.Base(gold), rate)
		}
	}
}
