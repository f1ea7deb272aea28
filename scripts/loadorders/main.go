// Command loadorders measures the whole loop — webhook to invoice document
// sent — of a real `fatoora serve` process with the rules path. It builds
// the binary, makes a data directory with a generated catalog (made-to-order
// products, one colour each, so every order is invoiced at once), runs the
// Graph API stand-in on loopback, starts the box pointed at it, then posts N
// signed orders (one customer each) from C concurrent senders and waits for
// every invoice document to reach the stand-in.
//
//	go run ./scripts/loadorders -n 2000 -c 32
//	go run ./scripts/loadorders -n 3000 -c 64 -rate 100   # latency at 100 orders/s
//
// It reports orders/s (first POST to last document), the p50/p90/p99/max
// latency from each POST to its document message being accepted, and per
// order the box's CPU, write calls and bytes, store commits and allocation,
// the box's garbage collections, how long its writes waited for their
// commits (its fatoora_store_commit_seconds), and the webhook connections
// it opened (its senders read each answer to the end and keep their
// connections, as a relay does). -memprofile keeps the box's allocation
// profile of the orders, -cpuprofile 8 s of its CPU, -orders each order's
// POST and document times. All traffic stays on 127.0.0.1; the run stops
// itself after -timeout.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"net/http/httptrace"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"fatoora/appliance"
	"fatoora/appliance/metrics"
	"fatoora/appliance/store"
	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/catalog"
	"fatoora/catalog/money"
)

const (
	secret  = "load-secret"
	token   = "load-token"
	phoneID = "106540352242922"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "loadorders:", err)
		os.Exit(1)
	}
}

// Generated catalog: furniture words × materials, each made to order with
// one colour, so an order needs no question.
var (
	items     = []string{"كرسي سفرة", "ترابيزة وسط", "كومودينو", "تسريحة", "مكتبة كتب", "جزامة", "بوفيه", "فوتيه", "سرير اطفال", "دولاب احذية"}
	materials = []string{"زان", "ارو", "جوز", "MDF", "HPL"}
)

func genCatalog() []catalog.Product {
	var ps []catalog.Product
	for i, it := range items {
		for j, m := range materials {
			ps = append(ps, catalog.Product{
				SKU: fmt.Sprintf("L-%02d-%d", i, j), NameAr: it + " " + m, Category: it,
				Unit: catalog.Piece, Price: money.Piasters((1500 + 250*i + 100*j) * 100),
				MadeToOrder: true, Material: m, Colors: []string{"طبيعي"},
			})
		}
	}
	return ps
}

func run(args []string) error {
	fs := flag.NewFlagSet("loadorders", flag.ContinueOnError)
	n := fs.Int("n", 2000, "orders to post")
	c := fs.Int("c", 32, "concurrent senders")
	rate := fs.Float64("rate", 0, "post at most this many orders per second in all (0 = as fast as the senders go); an open-loop rate shows the latency at that load")
	bin := fs.String("bin", "", "fatoora binary (default: go build ./cmd/fatoora)")
	boxLog := fs.String("boxlog", "", "copy the box's log to this file")
	profile := fs.String("cpuprofile", "", "write an 8 s CPU profile of the box, taken during the run, to this file")
	ordersOut := fs.String("orders", "", "write each order's customer, POST time and document time (Unix ns, tab-separated) to this file, for lining up with timestamps taken in the box")
	memProfile := fs.String("memprofile", "", "write the box's allocation profile at the start of the orders to FILE.base and at their end to FILE (go tool pprof -sample_index=alloc_space -base FILE.base FILE: what the orders allocated)")
	timeout := fs.Duration("timeout", 5*time.Minute, "stop the run after this long")
	newCustomers := fs.Bool("new-customers", false, "number this run's customers afresh (unique to the run), so that a data directory grown by earlier runs (-data) meets only new customers, as a fresh one does, instead of the earlier runs' customers returning")
	dataDir := fs.String("data", "", "run the box on this data directory (e.g. one holding a generated history, see make bench-history; the run adds its orders to it) instead of a fresh one")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *n <= 0 || *c <= 0 {
		return errors.New("-n and -c must be positive")
	}
	if *newCustomers && *n > 10000 {
		return errors.New("-new-customers numbers at most 10,000 customers a run")
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	tmp, err := os.MkdirTemp("", "fatoora-load-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if *bin == "" {
		*bin = filepath.Join(tmp, "fatoora")
		if out, err := exec.Command("go", "build", "-o", *bin, "./cmd/fatoora").CombinedOutput(); err != nil {
			return fmt.Errorf("go build: %v\n%s", err, out)
		}
	}
	data := filepath.Join(tmp, "data")
	if *dataDir != "" {
		data = *dataDir
	}
	products := genCatalog()
	if err := importCatalog(data, products); err != nil {
		return err
	}

	graph, err := graphsim.New(graphsim.Options{Token: token, PhoneNumberID: phoneID,
		MaxCalls: 4**n + 100, MaxMessages: 3**n + 100})
	if err != nil {
		return err
	}
	defer graph.Close()
	gl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	gsrv := &http.Server{Handler: graph, ReadHeaderTimeout: 5 * time.Second}
	go gsrv.Serve(gl)
	defer gsrv.Close()

	box := exec.CommandContext(ctx, *bin, "serve")
	box.Env = append(os.Environ(), "FATOORA_DATA="+data, "FATOORA_LISTEN=127.0.0.1:0",
		"FATOORA_WA_APP_SECRET="+secret, "FATOORA_WA_TOKEN="+token, "FATOORA_WA_PHONE_NUMBER_ID="+phoneID,
		"FATOORA_GRAPH_URL="+graph.GraphURL("http://"+gl.Addr().String()),
		// A live box answers no one until its seller details are its own.
		"FATOORA_WA_VERIFY_TOKEN=load-verify", "FATOORA_SHOP_NAME=معرض التحميل",
		"FATOORA_SHOP_ADDRESS=١ شارع التجربة، القاهرة", "FATOORA_SHOP_TAX_ID=111-222-333")
	addr, err := startBox(box, *boxLog)
	if err != nil {
		return err
	}
	defer func() {
		_ = box.Process.Signal(os.Interrupt)
		_ = box.Wait()
		if ru, ok := box.ProcessState.SysUsage().(*syscall.Rusage); ok {
			cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
			fmt.Printf("box CPU over its whole life (getrusage of the child: start-up, warm-up, health checks, the orders): %v, max RSS %d MB\n",
				cpu.Round(time.Millisecond), ru.Maxrss/1024)
		}
	}()
	url := "http://" + addr + "/webhook/whatsapp"
	if *profile != "" {
		go func() {
			resp, err := adminGet(data, "http://"+addr+"/debug/pprof/profile?seconds=8")
			if err != nil {
				fmt.Fprintln(os.Stderr, "profile:", err)
				return
			}
			defer resp.Body.Close()
			f, err := os.Create(*profile)
			if err == nil {
				_, _ = io.Copy(f, resp.Body)
				f.Close()
			}
		}()
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *c}}

	// Message ids unique to this run: a data directory given with -data
	// may hold an earlier run's, which the box would deduplicate.
	run := strconv.FormatInt(time.Now().UnixNano(), 36)
	// One warm-up order (index, PDF fonts, connections).
	if err := post(ctx, client, url, "201100000000", "wamid.warm"+run, "عايز "+products[0].NameAr); err != nil {
		return err
	}
	if err := waitDocs(ctx, graph, map[string]bool{"201100000000": true}); err != nil {
		return err
	}

	// Start-up work (the store's consistency check walks the whole file,
	// and goes on in the background past its time bound on a big store)
	// is not the orders' cost: wait until the box is idle.
	waited, err := waitIdle(ctx, box.Process.Pid)
	if err != nil {
		return err
	}
	if waited > 2*time.Second {
		fmt.Printf("waited %v for the box to go idle after start-up\n", waited.Round(time.Second))
	}
	health := healthLatency(ctx, client, "http://"+addr+"/healthz", 200)
	sample := func() (boxSample, error) {
		return takeSample(box.Process.Pid, data, "http://"+addr)
	}
	s0, err := sample()
	if err != nil {
		return err
	}
	if *memProfile != "" {
		if err := saveProfile(data, "http://"+addr+"/debug/pprof/allocs", *memProfile+".base"); err != nil {
			return err
		}
	}

	phones := make([]string, *n)
	want := map[string]bool{}
	first := 1
	if *newCustomers {
		// 2013 + a block of 10,000 numbers of this second: no earlier
		// run's, no history's (2012…)
		first = int(time.Now().Unix()%10000) * 10000
	}
	for i := range phones {
		phones[i] = fmt.Sprintf("2011%08d", first+i)
		if *newCustomers {
			phones[i] = fmt.Sprintf("2013%08d", first+i)
		}
		want[phones[i]] = true
	}
	sent := make([]time.Time, *n)
	var next atomic.Int64
	var wg sync.WaitGroup
	errc := make(chan error, *c)
	dials0 := webhookDials.Load()
	start := time.Now()
	for range *c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= *n {
					return
				}
				if *rate > 0 { // order i goes out at its slot, not earlier
					if d := time.Until(start.Add(time.Duration(float64(i) / *rate * float64(time.Second)))); d > 0 {
						time.Sleep(d)
					}
				}
				p := products[i%len(products)]
				text := fmt.Sprintf("عايز %d %s", 1+i%4, p.NameAr)
				sent[i] = time.Now()
				if err := post(ctx, client, url, phones[i], fmt.Sprintf("wamid.load%s.%08d", run, i), text); err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	if err := <-errc; err != nil {
		return err
	}
	posted := time.Since(start)
	if err := waitDocs(ctx, graph, want); err != nil {
		return err
	}
	s1, err := sample()
	if err != nil {
		return err
	}
	if *memProfile != "" {
		if err := saveProfile(data, "http://"+addr+"/debug/pprof/allocs", *memProfile); err != nil {
			return err
		}
	}
	docAt := map[string]time.Time{}
	for _, m := range graph.Messages() {
		if m.Type == "document" && want[m.To] {
			if _, dup := docAt[m.To]; dup {
				return fmt.Errorf("two documents sent to %s", m.To)
			}
			docAt[m.To] = m.At
		}
	}
	var lat []time.Duration
	var last time.Time
	for i, ph := range phones {
		lat = append(lat, docAt[ph].Sub(sent[i]))
		if docAt[ph].After(last) {
			last = docAt[ph]
		}
	}
	if *ordersOut != "" {
		var b strings.Builder
		for i, ph := range phones {
			fmt.Fprintf(&b, "%s\t%d\t%d\n", ph, sent[i].UnixNano(), docAt[ph].UnixNano())
		}
		if err := os.WriteFile(*ordersOut, []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	total := last.Sub(start)
	if *rate > 0 {
		fmt.Printf("offered load %.0f orders/s\n", *rate)
	}
	fmt.Printf("orders %d, senders %d: posted in %v, all %d documents sent after %v\n", *n, *c, posted.Round(time.Millisecond), len(docAt), total.Round(time.Millisecond))
	fmt.Printf("throughput %.0f orders/s (webhook to document sent)\n", float64(*n)/total.Seconds())
	fmt.Printf("latency POST → document accepted: p50 %v  p90 %v  p99 %v  max %v\n",
		pct(0.50).Round(time.Millisecond), pct(0.90).Round(time.Millisecond), pct(0.99).Round(time.Millisecond), lat[len(lat)-1].Round(time.Millisecond))
	fmt.Printf("box CPU per order %.2f ms (user+system of the box process from the first POST to the last document, /proc/<pid>/stat at 10 ms resolution, over %d orders)\n",
		float64(s1.cpu-s0.cpu)/float64(time.Millisecond)/float64(*n), *n)
	fmt.Printf("box writes per order %.1f KiB in %.1f write calls (wchar and syscw of /proc/<pid>/io over the same span: the store's pages, the log, the HTTP replies)\n",
		float64(s1.io.wchar-s0.io.wchar)/1024/float64(*n), float64(s1.io.syscw-s0.io.syscw)/float64(*n))
	fmt.Printf("store commits per order %.2f (bbolt's transaction id, from the file's meta pages, over the same span)\n",
		float64(s1.tx-s0.tx)/float64(*n))
	fmt.Printf("box allocated per order %.1f KiB in %.0f allocations (runtime.MemStats TotalAlloc and Mallocs from /debug/pprof/allocs, over the same span)\n",
		float64(s1.mem.bytes-s0.mem.bytes)/1024/float64(*n), float64(s1.mem.count-s0.mem.count)/float64(*n))
	if waits, b := quantiles(s0.commit, s1.commit, 0.5, 0.9, 0.99); waits > 0 && len(b) == 3 {
		fmt.Printf("store commit waits %d (%.2f per order): p50 ≤ %v  p90 ≤ %v  p99 ≤ %v (the box's fatoora_store_commit_seconds over the same span: the bucket bounds)\n",
			waits, float64(waits)/float64(*n), secs(b[0]), secs(b[1]), secs(b[2]))
	}
	fmt.Printf("order stages (the box's fatoora_order_stage_seconds over the same span, interpolated within its buckets):\n")
	for _, st := range metrics.Stages {
		if k, v := interpolated(s0.stages[st], s1.stages[st], 0.5, 0.9, 0.99); k > 0 && len(v) == 3 {
			fmt.Printf("  %-16s %5d (%.2f per order)  p50 %-9s p90 %-9s p99 %s\n", st, k, float64(k)/float64(*n), secs(v[0]), secs(v[1]), secs(v[2]))
		}
	}
	fmt.Printf("box garbage collections %d (runtime.MemStats NumGC over the same span: %.1f per 1,000 orders)\n",
		s1.mem.gcs-s0.mem.gcs, float64(s1.mem.gcs-s0.mem.gcs)*1000/float64(*n))
	fmt.Printf("webhook connections opened %d for %d orders (a connection is reused when its answer is read to the end)\n",
		webhookDials.Load()-dials0, *n)
	fmt.Printf("/healthz before the orders, 200 sequential GETs: p50 %v  p99 %v\n", health[0], health[1])
	return nil
}

// boxSample is what the box has used so far: CPU, write calls, commits and
// allocation; a run reports the difference of two.
type boxSample struct {
	cpu    time.Duration
	io     ioCounts
	tx     uint64
	mem    memCounts
	commit []bucket            // the box's fatoora_store_commit_seconds
	stages map[string][]bucket // its fatoora_order_stage_seconds, by stage
}

func takeSample(pid int, data, base string) (boxSample, error) {
	var s boxSample
	var err error
	if s.cpu, err = processCPU(pid); err != nil {
		return s, err
	}
	if s.io, err = processIO(pid); err != nil {
		return s, err
	}
	if s.tx, err = lastTxID(filepath.Join(data, appliance.DBFile)); err != nil {
		return s, err
	}
	if s.mem, err = boxMem(data, base); err != nil {
		return s, err
	}
	hs, err := boxHistograms(base)
	if err != nil {
		return s, err
	}
	s.commit = hs["fatoora_store_commit_seconds"]
	s.stages = map[string][]bucket{}
	for _, st := range metrics.Stages {
		s.stages[st] = hs["fatoora_order_stage_seconds/"+st]
	}
	return s, nil
}

// bucket is one cumulative bucket of a Prometheus histogram.
type bucket struct {
	le    float64 // upper bound, seconds (+Inf for the last)
	count int64
}

var bucketLine = regexp.MustCompile(`^(\w+)_bucket\{(?:\w+="([^"]*)",)?le="([^"]+)"\} (\d+)$`)

// boxHistograms reads the cumulative buckets of every histogram on the
// box's /metrics, which it serves to the box's own machine: by name, and
// by name/value for a histogram with one label besides le.
func boxHistograms(base string) (map[string][]bucket, error) {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		return nil, fmt.Errorf("box metrics: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("box metrics: %s", resp.Status)
	}
	out := map[string][]bucket{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		m := bucketLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		le, err1 := strconv.ParseFloat(m[3], 64)
		n, err2 := strconv.ParseInt(m[4], 10, 64)
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("box metrics: %w", err)
		}
		key := m[1]
		if m[2] != "" {
			key += "/" + m[2]
		}
		out[key] = append(out[key], bucket{le, n})
	}
	return out, sc.Err()
}

// quantiles gives, for each q, the upper bound of the bucket that holds the
// q-quantile of what a histogram counted between two reads of it.
func quantiles(before, after []bucket, qs ...float64) (n int64, bounds []float64) {
	if len(after) == 0 || len(before) != len(after) {
		return 0, nil
	}
	n = after[len(after)-1].count - before[len(before)-1].count
	for _, q := range qs {
		for i := range after {
			if float64(after[i].count-before[i].count) >= q*float64(n) {
				bounds = append(bounds, after[i].le)
				break
			}
		}
	}
	return n, bounds
}

// interpolated gives, for each q, the q-quantile of what a histogram
// counted between two reads of it, interpolated linearly within its
// bucket (as Prometheus's histogram_quantile does; the last finite bound
// when it falls in +Inf).
func interpolated(before, after []bucket, qs ...float64) (n int64, vals []float64) {
	if len(after) == 0 || len(before) != len(after) {
		return 0, nil
	}
	n = after[len(after)-1].count - before[len(before)-1].count
	if n == 0 {
		return 0, nil
	}
	for _, q := range qs {
		rank := q * float64(n)
		var lo float64
		var below int64
		for i := range after {
			c := after[i].count - before[i].count
			if float64(c) >= rank {
				if math.IsInf(after[i].le, 1) {
					vals = append(vals, lo)
				} else {
					in := c - below
					vals = append(vals, lo+(after[i].le-lo)*(rank-float64(below))/float64(max(in, 1)))
				}
				break
			}
			lo, below = after[i].le, c
		}
	}
	return n, vals
}

// adminGet GETs one of the box's admin routes (its profiles) with the admin
// token the box wrote to its data directory.
func adminGet(data, url string) (*http.Response, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	tok, err := os.ReadFile(filepath.Join(data, "admin.token")) // the box's admin guard
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(string(tok)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return resp, nil
}

// saveProfile writes one of the box's profiles to a file.
func saveProfile(data, url, path string) error {
	resp, err := adminGet(data, url)
	if err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	defer resp.Body.Close()
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	if _, err := io.Copy(f, resp.Body); err != nil {
		f.Close()
		return fmt.Errorf("profile: %w", err)
	}
	return f.Close()
}

// memCounts are the box's cumulative allocation counters.
type memCounts struct{ bytes, count, gcs int64 }

var memStatLine = regexp.MustCompile(`(?m)^# (TotalAlloc|Mallocs|NumGC) = (\d+)$`)

// boxMem reads the box's runtime.MemStats TotalAlloc, Mallocs and NumGC, which the
// text form of its allocation profile ends with.
func boxMem(data, base string) (memCounts, error) {
	resp, err := adminGet(data, base+"/debug/pprof/allocs?debug=1")
	if err != nil {
		return memCounts{}, fmt.Errorf("box memory: %w", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return memCounts{}, fmt.Errorf("box memory: %w", err)
	}
	var c memCounts
	found := 0
	for _, m := range memStatLine.FindAllSubmatch(b, -1) {
		v, err := strconv.ParseInt(string(m[2]), 10, 64)
		if err != nil {
			return memCounts{}, fmt.Errorf("box memory: %w", err)
		}
		switch string(m[1]) {
		case "TotalAlloc":
			c.bytes = v
		case "Mallocs":
			c.count = v
		default:
			c.gcs = v
		}
		found++
	}
	if found != 3 {
		return memCounts{}, errors.New("box memory: no TotalAlloc, Mallocs and NumGC in /debug/pprof/allocs?debug=1")
	}
	return c, nil
}

// lastTxID is the id of the last transaction committed to a bbolt file: the
// larger txid of its two meta pages (bbolt writes them in turn). Each page
// starts with a 16-byte header; the meta holds magic, version, page size and
// flags (4 bytes each), the root bucket (16), the freelist and high-water
// page ids (8 each), then txid (8), so txid is at byte 64 of a meta page and
// the page size at byte 24 of the first.
func lastTxID(path string) (uint64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("store commits: %w", err)
	}
	defer f.Close()
	var head [72]byte
	if _, err := f.ReadAt(head[:], 0); err != nil {
		return 0, fmt.Errorf("store commits: %w", err)
	}
	if magic := binary.LittleEndian.Uint32(head[16:]); magic != 0xED0CDAED {
		return 0, fmt.Errorf("store commits: %s is not a bbolt file", path)
	}
	pageSize := int64(binary.LittleEndian.Uint32(head[24:]))
	tx := binary.LittleEndian.Uint64(head[64:])
	if _, err := f.ReadAt(head[:], pageSize); err != nil {
		return 0, fmt.Errorf("store commits: %w", err)
	}
	return max(tx, binary.LittleEndian.Uint64(head[64:])), nil
}

// processCPU is the user+system CPU time a process has used so far, from
// /proc/<pid>/stat (fields 14 and 15, in clock ticks of 1/100 s, the Linux
// USER_HZ).
func processCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("box cpu: %w", err)
	}
	// The command name (field 2) is in parentheses and may hold spaces.
	rest := string(b[bytes.LastIndexByte(b, ')')+2:])
	f := strings.Fields(rest) // f[0] is field 3
	if len(f) < 13 {
		return 0, fmt.Errorf("box cpu: short /proc/%d/stat", pid)
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err := errors.Join(err1, err2); err != nil {
		return 0, fmt.Errorf("box cpu: %w", err)
	}
	return time.Duration(ut+st) * 10 * time.Millisecond, nil
}

// ioCounts are a process's write counters from /proc/<pid>/io: bytes passed
// to write-like calls and the number of those calls.
type ioCounts struct{ wchar, syscw int64 }

func processIO(pid int) (ioCounts, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/io", pid))
	if err != nil {
		return ioCounts{}, fmt.Errorf("box io: %w", err)
	}
	var c ioCounts
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ": ")
		if !ok {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err != nil {
			return ioCounts{}, fmt.Errorf("box io: %s: %w", k, err)
		}
		switch k {
		case "wchar":
			c.wchar = n
		case "syscw":
			c.syscw = n
		}
	}
	return c, nil
}

// waitIdle waits until the process used under 5% of a core over a second
// (at most 10 minutes), and returns how long it waited.
func waitIdle(ctx context.Context, pid int) (time.Duration, error) {
	start := time.Now()
	prev, err := processCPU(pid)
	if err != nil {
		return 0, err
	}
	for time.Since(start) < 10*time.Minute {
		select {
		case <-ctx.Done():
			return time.Since(start), ctx.Err()
		case <-time.After(time.Second):
		}
		cur, err := processCPU(pid)
		if err != nil {
			return 0, err
		}
		if cur-prev < 50*time.Millisecond {
			return time.Since(start), nil
		}
		prev = cur
	}
	return time.Since(start), nil
}

// healthLatency GETs url n times, one after another, and returns the p50
// and p99 of the round trips.
func healthLatency(ctx context.Context, client *http.Client, url string, n int) [2]time.Duration {
	var took []time.Duration
	for range n {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			break
		}
		t0 := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			break
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		took = append(took, time.Since(t0))
	}
	if len(took) == 0 {
		return [2]time.Duration{}
	}
	slices.Sort(took)
	return [2]time.Duration{took[len(took)/2].Round(time.Microsecond), took[len(took)*99/100].Round(time.Microsecond)}
}

func importCatalog(data string, ps []catalog.Product) error {
	if err := os.MkdirAll(data, 0o700); err != nil {
		return err
	}
	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	cs, err := catalog.OpenStore(db, filepath.Join(data, appliance.IndexDir))
	if err != nil {
		return err
	}
	defer cs.Close()
	_, err = cs.Import(context.Background(), ps, nil, "loadorders")
	return err
}

var listening = regexp.MustCompile(`msg=listening addr=(\S+)`)

func startBox(cmd *exec.Cmd, logPath string) (string, error) {
	var logw io.Writer = io.Discard
	if logPath != "" {
		f, err := os.Create(logPath)
		if err != nil {
			return "", err
		}
		logw = f // closed when the process exits
	}
	pr, err := cmd.StderrPipe()
	if err != nil {
		return "", err
	}
	if err := cmd.Start(); err != nil {
		return "", err
	}
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			fmt.Fprintln(logw, sc.Text())
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				addrc <- m[1]
			}
		}
	}()
	select {
	case a := <-addrc:
		return a, nil
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		return "", errors.New("the box did not start")
	}
}

// webhookDials counts the webhook connections opened (not reused).
var webhookDials atomic.Int64

func post(ctx context.Context, client *http.Client, url, phone, wamid, text string) error {
	body := graphsim.MetaJSON(graphsim.NewWebhook("102290129340398", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: phoneID},
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: "عميل تجربة"}, WaID: phone}},
		Messages: []graphsim.Inbound{{From: phone, ID: wamid, Timestamp: strconv.FormatInt(time.Now().Unix(), 10),
			Type: "text", Text: &graphsim.Text{Body: text}}},
	}))
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{GotConn: func(ci httptrace.GotConnInfo) {
		if !ci.Reused {
			webhookDials.Add(1)
		}
	}})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Hub-Signature-256", graphsim.Sign(secret, body))
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	// Read the answer to its end, as a relay that keeps its connection
	// does: a body closed unread makes net/http close the connection, and
	// the box would accept a new one for every order.
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("webhook answered %d", resp.StatusCode)
	}
	return nil
}

func waitDocs(ctx context.Context, g *graphsim.Server, want map[string]bool) error {
	for {
		have := 0
		for _, m := range g.Messages() {
			if m.Type == "document" && want[m.To] {
				have++
			}
		}
		if have >= len(want) {
			return nil
		}
		select {
		case <-ctx.Done():
			var missing []string
			for ph := range want {
				missing = append(missing, ph)
				if len(missing) > 3 {
					break
				}
			}
			return fmt.Errorf("timed out with %d of %d documents sent (e.g. waiting for %s)", have, len(want), strings.Join(missing, ", "))
		case <-g.Changed():
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// secs formats a histogram bound in seconds as a duration (+Inf as is).
func secs(v float64) string {
	if math.IsInf(v, 1) {
		return "+Inf"
	}
	return time.Duration(v * float64(time.Second)).Round(10 * time.Microsecond).String()
}
