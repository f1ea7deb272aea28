// Command catalogmem measures the memory of a large catalog: it generates N
// products (kind × use × material × model word × model number, 0–4 in
// stock, 1–3 colours; the shape of catalog's genCatalog), imports them into
// a fresh bbolt store with an on-disk bleve index, and reports the
// process's resident memory (VmRSS) and its peak (VmHWM) from
// /proc/self/status: after the import, after a GC, then during and after a
// rebuild of the index from the store (the index directory removed, as
// after an upgrade that changes analysis). The peak is reset between the
// phases (writing 5 to /proc/self/clear_refs).
//
//	go run ./scripts/catalogmem -n 50000
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"fatoora/appliance"
	"fatoora/appliance/store"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

func main() {
	n := flag.Int("n", 50000, "products")
	flag.StringVar(&heapProfile, "heapprofile", "", "write a heap profile of the steady state here")
	flag.StringVar(&keep, "keep", "", "write the store and index into this data directory and keep it (to start a box on it)")
	flag.Parse()
	if err := run(*n); err != nil {
		fmt.Fprintln(os.Stderr, "catalogmem:", err)
		os.Exit(1)
	}
}

var (
	kinds = []struct{ name, cat string }{
		{"كرسي", "كراسي"}, {"ترابيزة", "ترابيزات"}, {"دولاب", "دواليب"}, {"سرير", "نوم"}, {"كنبة", "ليفنج"},
		{"مكتبة", "مكتبات"}, {"نيش", "سفرة"}, {"بوفيه", "سفرة"}, {"كومودينو", "نوم"}, {"تسريحة", "نوم"},
		{"شماعة", "مداخل"}, {"جزامة", "مداخل"}, {"فوتيه", "ليفنج"}, {"ركنة", "ليفنج"}, {"مرتبة", "نوم"},
		{"مطبخ", "مطابخ"}, {"خزنة", "خزن"}, {"ستارة", "ستائر"}, {"سجادة", "سجاد"}, {"مراية", "اكسسوار"},
	}
	uses      = []string{"سفرة", "مكتب", "أطفال", "نوم", "صالون", "حمام", "مدخل", "بلكونة", "جنينة", "فندقي"}
	materials = []string{"زان", "جوز", "أرو", "حديد", "رخام", "زجاج", "خيزران", "قطيفة", "ستانلس", "بامبو"}
	models    = []string{"ياسمين", "فيروز", "مرجان", "ريحان", "ليالي", "قمر", "زهرة", "جوري", "كادي", "تالين",
		"ماسة", "سندس", "لوتس", "نخيل", "بردي", "كرنك", "دلتا", "سيناء", "أسوان", "شروق", "غروب", "ضحى", "أمواج", "نجمة", "هرم"}
	colors = []string{"أبيض", "أسود", "بيج", "رمادي فاتح", "رمادي غامق", "بني جوزي", "كحلي", "أخضر زيتي"}
)

func generate(n int) []catalog.Product {
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]bool{}
	var out []catalog.Product
	for len(out) < n {
		k := kinds[r.IntN(len(kinds))]
		name := fmt.Sprintf("%s %s %s %s %d", k.name, uses[r.IntN(len(uses))], materials[r.IntN(len(materials))], models[r.IntN(len(models))], 10+r.IntN(990))
		if seen[name] {
			continue
		}
		seen[name] = true
		p := catalog.Product{
			SKU: fmt.Sprintf("G-%05d", len(out)), NameAr: name, Category: k.cat, Unit: catalog.Piece,
			Price: money.Piasters(100000 + r.IntN(5000000)), Stock: catalog.Milli(r.IntN(5)) * catalog.One,
			Material: strings.Fields(name)[2],
		}
		for _, i := range r.Perm(len(colors))[:1+r.IntN(3)] {
			p.Colors = append(p.Colors, colors[i])
		}
		out = append(out, p)
	}
	return out
}

// status reads VmRSS and VmHWM (MB) from /proc/self/status.
func status() (rss, hwm float64) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var kb float64
		if _, err := fmt.Sscanf(sc.Text(), "VmRSS: %f kB", &kb); err == nil {
			rss = kb / 1024
		}
		if _, err := fmt.Sscanf(sc.Text(), "VmHWM: %f kB", &kb); err == nil {
			hwm = kb / 1024
		}
	}
	return rss, hwm
}

func resetPeak() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

func report(phase string, start time.Time) {
	rss, hwm := status()
	fmt.Printf("%-34s rss %6.0f MB   peak %6.0f MB   %6.1f s\n", phase, rss, hwm, time.Since(start).Seconds())
}

func settle() {
	runtime.GC()
	debug.FreeOSMemory()
}

var heapProfile, keep string

func run(n int) error {
	dir := keep
	if dir == "" {
		tmp, err := os.MkdirTemp("", "catalogmem")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	ps := generate(n)
	db, err := store.Open(filepath.Join(dir, appliance.DBFile), store.Options{NoSync: true})
	if err != nil {
		return err
	}
	defer db.Close()
	ixDir := filepath.Join(dir, appliance.IndexDir)
	s, err := catalog.OpenStore(db, ixDir)
	if err != nil {
		return err
	}
	settle()
	resetPeak()
	start := time.Now()
	if _, err := s.Import(context.Background(), ps, nil, "catalogmem"); err != nil {
		return err
	}
	report(fmt.Sprintf("import %d products", n), start)
	ps = nil
	settle()
	report("after import, GC", start)
	if err := s.Close(); err != nil {
		return err
	}
	if err := os.RemoveAll(ixDir); err != nil {
		return err
	}
	settle()
	resetPeak()
	start = time.Now()
	s, err = catalog.OpenStore(db, ixDir)
	if err != nil {
		return err
	}
	defer s.Close()
	report("rebuild the index from the store", start)
	settle()
	report("after rebuild, GC (steady state)", start)
	if heapProfile != "" {
		f, err := os.Create(heapProfile)
		if err != nil {
			return err
		}
		if err := pprof.WriteHeapProfile(f); err != nil {
			return err
		}
		f.Close()
	}
	// Search speed on the rebuilt on-disk index: product names as queries.
	all := s.Index().Products()
	var took []time.Duration
	for i := 0; i < 2000; i++ {
		q := all[(i*7919)%len(all)].NameAr
		t0 := time.Now()
		cs, err := s.Index().Match(context.Background(), q, catalog.Hints{}, 5)
		took = append(took, time.Since(t0))
		if err != nil || len(cs) == 0 {
			return fmt.Errorf("match %q after rebuild: %v %v", q, cs, err)
		}
	}
	slices.Sort(took)
	fmt.Printf("match on the rebuilt index         p50 %v   p99 %v (2,000 product names, wall)\n", took[len(took)/2], took[len(took)*99/100])
	return nil
}
