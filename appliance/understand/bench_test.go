package understand

import (
	"context"
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"
	"time"

	"fatoora/catalog"
)

// bigCatalog generates a showroom of n products from nouns, materials,
// sizes and colours, with synonyms, the way a large importer's catalog
// looks: many products share every word.
func bigCatalog(n int) []catalog.Product {
	nouns := []string{"كرسي", "ترابيزة", "دولاب", "سرير", "كنبة", "مكتب", "نجفة", "ستارة", "سجادة", "مرتبة",
		"كومودينو", "بوفيه", "نيش", "شماعة", "مراية", "رف", "باب", "شباك", "حوض", "خلاط"}
	kinds := []string{"سفرة", "انتريه", "اطفال", "مودرن", "كلاسيك", "معلق", "ارضي", "حائط", "ركنة", "صغير", "كبير", "دبل"}
	mats := []string{"زان", "MDF", "ارو", "الوميتال", "زجاج", "رخام", "جلد", "قطيفة", "كتان", "معدن"}
	colors := []string{"أبيض", "أسود", "بيج", "رمادي فاتح", "رمادي غامق", "بني", "كحلي", "أخضر زيتي", "ذهبي", "فضي"}
	units := []catalog.Unit{catalog.Piece, catalog.Piece, catalog.Piece, catalog.Meter, catalog.SquareMeter}
	rng := rand.New(rand.NewSource(1))
	ps := make([]catalog.Product, 0, n)
	for i := 0; i < n; i++ {
		noun := nouns[i%len(nouns)]
		kind := kinds[(i/len(nouns))%len(kinds)]
		mat := mats[(i/(len(nouns)*len(kinds)))%len(mats)]
		size := 60 + 10*((i/(len(nouns)*len(kinds)*len(mats)))%20)
		var cs []string
		for _, k := range rng.Perm(len(colors))[:2+rng.Intn(3)] {
			cs = append(cs, colors[k])
		}
		ps = append(ps, catalog.Product{
			SKU:      fmt.Sprintf("P%05d", i),
			NameAr:   fmt.Sprintf("%s %s %s %d سم", noun, kind, mat, size),
			NameEn:   fmt.Sprintf("item %d", i),
			Synonyms: []string{noun + " " + kind + " " + mat, fmt.Sprintf("%s %d", noun, size)},
			Category: noun,
			Unit:     units[i%len(units)],
			Price:    100000,
			Material: mat,
			Colors:   cs,
		})
	}
	return ps
}

// benchMessages builds order messages from the catalog's own words.
func benchMessages(ps []catalog.Product, n int) []string {
	rng := rand.New(rand.NewSource(2))
	counts := []string{"", "2 ", "تلاتة ", "دستة ", "٤ "}
	tails := []string{"", " 2 متر في 120 سم", " مقاس 180×90", " 3 متر ونص"}
	out := make([]string, n)
	for i := range out {
		var parts []string
		for k := 0; k < 1+rng.Intn(3); k++ {
			p := ps[rng.Intn(len(ps))]
			name := strings.TrimSuffix(p.NameAr, " سم")
			parts = append(parts, counts[rng.Intn(len(counts))]+name+" "+p.Colors[0]+tails[rng.Intn(len(tails))])
		}
		out[i] = "عايز " + strings.Join(parts, " و")
	}
	return out
}

// BenchmarkRules_Understand5000 measures the rules path on a generated
// 5,000-product catalog; it reports the per-message p50 and p99 besides
// the mean.
func BenchmarkRules_Understand5000(b *testing.B) {
	ps := bigCatalog(5000)
	t0 := time.Now()
	r, err := NewRules(ps, nil, RulesOptions{})
	if err != nil {
		b.Fatal(err)
	}
	build := time.Since(t0)
	msgs := benchMessages(ps, 500)
	ctx := context.Background()
	durs := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := time.Now()
		if _, err := r.Understand(ctx, msgs[i%len(msgs)]); err != nil {
			b.Fatal(err)
		}
		durs = append(durs, time.Since(s))
	}
	b.StopTimer()
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	pct := func(p float64) float64 {
		return float64(durs[min(len(durs)-1, int(p*float64(len(durs))))].Microseconds())
	}
	b.ReportMetric(pct(0.50), "p50-µs")
	b.ReportMetric(pct(0.99), "p99-µs")
	b.ReportMetric(float64(build.Milliseconds()), "build-ms")
	// On a shared machine the wall-clock p99 is the scheduler's: each
	// message's fastest of the runs it had is what the rules cost it.
	best := map[int]time.Duration{}
	if b.N >= 2*len(msgs) {
		for i := 0; i < len(msgs); i++ {
			for k := 0; k < 3; k++ {
				s := time.Now()
				_, _ = r.Understand(ctx, msgs[i])
				if d := time.Since(s); best[i] == 0 || d < best[i] {
					best[i] = d
				}
			}
		}
		bs := make([]time.Duration, 0, len(best))
		for _, d := range best {
			bs = append(bs, d)
		}
		sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
		b.ReportMetric(float64(bs[len(bs)*99/100].Microseconds()), "p99-best3-µs")
	}
}
