package catalog

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"fatoora/catalog/arabic"
	"fatoora/catalog/money"
)

// A generated catalog: kind + use + material + model word (+ model number
// for large catalogs), e.g. "ترابيزة سفرة جوز ياسمين". Model words are
// chosen far apart (≥ 3 edits) so that a one-letter typo still names one
// product.
var (
	genKinds = []struct{ name, cat string }{
		{"كرسي", "كراسي"}, {"ترابيزة", "ترابيزات"}, {"دولاب", "دواليب"}, {"سرير", "نوم"}, {"كنبة", "ليفنج"},
		{"مكتبة", "مكتبات"}, {"نيش", "سفرة"}, {"بوفيه", "سفرة"}, {"كومودينو", "نوم"}, {"تسريحة", "نوم"},
		{"شماعة", "مداخل"}, {"جزامة", "مداخل"}, {"فوتيه", "ليفنج"}, {"ركنة", "ليفنج"}, {"مرتبة", "نوم"},
		{"مطبخ", "مطابخ"}, {"خزنة", "خزن"}, {"ستارة", "ستائر"}, {"سجادة", "سجاد"}, {"مراية", "اكسسوار"},
	}
	genUses      = []string{"سفرة", "مكتب", "أطفال", "نوم", "صالون", "حمام", "مدخل", "بلكونة", "جنينة", "فندقي"}
	genMaterials = []string{"زان", "جوز", "أرو", "حديد", "رخام", "زجاج", "خيزران", "قطيفة", "ستانلس", "بامبو"}
	genModels    = []string{"ياسمين", "فيروز", "مرجان", "ريحان", "ليالي", "قمر", "زهرة", "جوري", "كادي", "تالين",
		"ماسة", "سندس", "لوتس", "نخيل", "بردي", "كرنك", "دلتا", "سيناء", "أسوان", "شروق", "غروب", "ضحى", "أمواج", "نجمة", "هرم"}
	genColors = []string{"أبيض", "أسود", "بيج", "رمادي فاتح", "رمادي غامق", "بني جوزي", "كحلي", "أخضر زيتي"}
)

// genCatalog makes n distinct products, deterministically.
func genCatalog(n int) []Product {
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]bool{}
	var out []Product
	for len(out) < n {
		k := genKinds[r.IntN(len(genKinds))]
		name := fmt.Sprintf("%s %s %s %s", k.name, genUses[r.IntN(len(genUses))], genMaterials[r.IntN(len(genMaterials))], genModels[r.IntN(len(genModels))])
		if n > 10000 {
			name += fmt.Sprintf(" %d", 10+r.IntN(990))
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		p := Product{
			SKU: fmt.Sprintf("G-%05d", len(out)), NameAr: name, Category: k.cat, Unit: Piece,
			Price: money.Piasters(100000 + r.IntN(5000000)), Stock: Milli(r.IntN(5)) * One,
			Material: strings.Fields(name)[2],
		}
		for _, i := range r.Perm(len(genColors))[:1+r.IntN(3)] {
			p.Colors = append(p.Colors, genColors[i])
		}
		out = append(out, p)
	}
	return out
}

// variant writes one word of the name the way customers misspell it.
type variant struct {
	name string
	fn   func(r *rand.Rand, words []string) ([]string, bool)
}

func runes(s string) []rune { return []rune(s) }

var variants = []variant{
	{"exact", func(_ *rand.Rand, w []string) ([]string, bool) { return w, true }},
	{"letter dropped", func(r *rand.Rand, w []string) ([]string, bool) {
		i := longWord(r, w, 5)
		if i < 0 {
			return nil, false
		}
		rs := runes(w[i])
		j := 1 + r.IntN(len(rs)-2)
		w[i] = string(append(rs[:j:j], rs[j+1:]...))
		return w, true
	}},
	{"letters swapped", func(r *rand.Rand, w []string) ([]string, bool) {
		i := longWord(r, w, 5)
		if i < 0 {
			return nil, false
		}
		rs := runes(w[i])
		j := 1 + r.IntN(len(rs)-2)
		if rs[j] == rs[j+1] {
			return nil, false
		}
		rs[j], rs[j+1] = rs[j+1], rs[j]
		w[i] = string(rs)
		return w, true
	}},
	{"ة/ه", func(_ *rand.Rand, w []string) ([]string, bool) {
		return replaceIn(w, "ة", "ه")
	}},
	{"ى/ي", func(_ *rand.Rand, w []string) ([]string, bool) {
		for i, x := range w {
			if strings.HasSuffix(x, "ي") {
				w[i] = strings.TrimSuffix(x, "ي") + "ى"
				return w, true
			}
		}
		return nil, false
	}},
	{"أ/إ/ا", func(_ *rand.Rand, w []string) ([]string, bool) {
		if out, ok := replaceIn(w, "أ", "ا"); ok {
			return out, true
		}
		return replaceIn(w, "ا", "إ")
	}},
	{"article ال", func(r *rand.Rand, w []string) ([]string, bool) {
		i := r.IntN(len(w))
		if isNumber(w[i]) {
			return nil, false
		}
		w[i] = "ال" + w[i]
		return w, true
	}},
	{"Arabic-Indic digits", func(_ *rand.Rand, w []string) ([]string, bool) {
		for i, x := range w {
			if isNumber(x) {
				w[i] = strings.Map(func(r rune) rune { return r - '0' + '٠' }, x)
				return w, true
			}
		}
		return nil, false
	}},
	{"Franco-Arabic", func(_ *rand.Rand, w []string) ([]string, bool) {
		return strings.Fields(arabic.ToFranco(arabic.Normalize(strings.Join(w, " ")))), true
	}},
}

// threadCPU is the CPU time of the calling OS thread.
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

func longWord(r *rand.Rand, w []string, min int) int {
	var idx []int
	for i, x := range w {
		if len(runes(x)) >= min && !isNumber(x) {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return -1
	}
	return idx[r.IntN(len(idx))]
}

func replaceIn(w []string, old, new string) ([]string, bool) {
	for i, x := range w {
		if strings.Contains(x, old) {
			w[i] = strings.Replace(x, old, new, 1)
			return w, true
		}
	}
	return nil, false
}

func TestMatch_GeneratedCatalog(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 5,000-product index")
	}
	ps := genCatalog(5000)
	start := time.Now()
	ix, err := NewMemIndex(ps, NewVocabulary(nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	t.Logf("indexed %d products in %v", len(ps), time.Since(start).Round(time.Millisecond))
	// Minimum share of queries whose product ranks first, and within the top 3.
	want := map[string][2]float64{
		"exact": {1, 1}, "letter dropped": {0.9, 0.98}, "letters swapped": {0.9, 0.98}, "ة/ه": {1, 1},
		"ى/ي": {1, 1}, "أ/إ/ا": {1, 1}, "article ال": {0.97, 1}, "Franco-Arabic": {0.95, 0.98},
	}
	r := rand.New(rand.NewPCG(3, 4))
	for _, v := range variants {
		if _, ok := want[v.name]; !ok {
			continue
		}
		t.Run(v.name, func(t *testing.T) {
			var n, top1, top3 int
			var misses []string
			for n < 300 {
				p := ps[r.IntN(len(ps))]
				words, ok := v.fn(r, strings.Fields(p.NameAr))
				if !ok {
					continue
				}
				q := strings.Join(words, " ")
				n++
				cs, err := ix.Match(context.Background(), q, Hints{}, 3)
				if err != nil {
					t.Fatal(err)
				}
				rank := slices.IndexFunc(cs, func(c Candidate) bool { return c.Product.SKU == p.SKU })
				switch {
				case rank == 0:
					top1++
					top3++
				case rank > 0:
					top3++
				}
				if rank != 0 && len(misses) < 12 {
					got := "nothing"
					if len(cs) > 0 {
						got = cs[0].Product.NameAr
					}
					misses = append(misses, fmt.Sprintf("%q for %q → %q", q, p.NameAr, got))
				}
			}
			r1, r3 := float64(top1)/float64(n), float64(top3)/float64(n)
			t.Logf("%s: top-1 %.3f, top-3 %.3f over %d queries", v.name, r1, r3, n)
			if r1 < want[v.name][0] || r3 < want[v.name][1] {
				t.Errorf("%s: top-1 %.3f (want ≥ %.2f), top-3 %.3f (want ≥ %.2f); e.g. %s", v.name, r1, want[v.name][0], r3, want[v.name][1], strings.Join(misses, "; "))
			}
		})
	}
}

func TestMatch_GeneratedDigits(t *testing.T) {
	// Model numbers written in Arabic-Indic digits find the product.
	if testing.Short() {
		t.Skip("builds a 5,000-product index")
	}
	ps := genCatalog(12000)[:5000] // names carry a model number
	ix, err := NewMemIndex(ps, NewVocabulary(nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	r := rand.New(rand.NewPCG(5, 6))
	n, top1 := 0, 0
	for n < 200 {
		p := ps[r.IntN(len(ps))]
		words, ok := variants[7].fn(r, strings.Fields(p.NameAr))
		if !ok {
			t.Fatalf("no number in %q", p.NameAr)
		}
		n++
		cs, _ := ix.Match(context.Background(), strings.Join(words, " "), Hints{}, 1)
		if len(cs) > 0 && cs[0].Product.SKU == p.SKU {
			top1++
		}
	}
	if float64(top1)/float64(n) < 0.97 {
		t.Errorf("Arabic-Indic digits: top-1 %d/%d", top1, n)
	}
}

// BenchmarkMatch measures one Match (a product name with one typo, 4–5
// words) against generated catalogs, reporting per-query percentiles.
func BenchmarkMatch(b *testing.B) {
	for _, size := range []int{5000, 50000} {
		b.Run(fmt.Sprintf("products=%d", size), func(b *testing.B) {
			ps := genCatalog(size)
			t0 := time.Now()
			ix, err := NewMemIndex(ps, NewVocabulary(nil, nil))
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			build := time.Since(t0)
			r := rand.New(rand.NewPCG(7, 8))
			queries := make([]string, 0, 1000)
			for len(queries) < cap(queries) {
				p := ps[r.IntN(len(ps))]
				v := variants[r.IntN(3)] // exact, letter dropped, letters swapped
				if w, ok := v.fn(r, strings.Fields(p.NameAr)); ok {
					queries = append(queries, strings.Join(w, " "))
				}
			}
			ctx := context.Background()
			// Wall time per query, and the thread's CPU time per query: on a
			// shared, oversubscribed machine the wall-clock tail is mostly
			// time spent waiting for a core.
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			durs := make([]time.Duration, 0, b.N)
			cpus := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				c0 := threadCPU()
				t0 := time.Now()
				if _, err := ix.Match(ctx, queries[i%len(queries)], Hints{Color: "رمادي"}, 5); err != nil {
					b.Fatal(err)
				}
				durs = append(durs, time.Since(t0))
				cpus = append(cpus, threadCPU()-c0)
			}
			b.StopTimer()
			pct := func(ds []time.Duration, p float64) float64 {
				slices.Sort(ds)
				return float64(ds[min(len(ds)-1, int(p*float64(len(ds))))].Microseconds())
			}
			b.ReportMetric(pct(durs, 0.50), "p50-µs")
			b.ReportMetric(pct(durs, 0.99), "p99-µs")
			b.ReportMetric(pct(cpus, 0.50), "p50-cpu-µs")
			b.ReportMetric(pct(cpus, 0.99), "p99-cpu-µs")
			b.ReportMetric(float64(build.Milliseconds()), "index-build-ms")
		})
	}
}
