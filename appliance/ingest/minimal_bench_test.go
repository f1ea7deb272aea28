package ingest_test

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/ingest"
	"fatoora/appliance/store"
	"fatoora/appliance/store/groupcommit"
)

// minimalHandler is the least a durable webhook receiver can do, the yard
// stick for ingest (issue 16): read the body (same 3 MB limit), verify its
// HMAC, append the raw bytes to one bucket through the store's same group
// commit, 200. No parse, no messages, customers or queue.
func minimalHandler(db *store.DB) http.Handler {
	bucket := []byte("minimal")
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucket)
		return err
	}); err != nil {
		panic(err)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, ingest.DefaultMaxBody))
		if err != nil {
			http.Error(w, "read body", http.StatusBadRequest)
			return
		}
		if !ingest.Verify(secret, body, r.Header.Get("X-Hub-Signature-256")) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		err = db.Batch(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucket)
			seq, err := b.NextSequence()
			if err != nil {
				return err
			}
			return b.Put(store.U64(seq), body)
		})
		if err != nil {
			http.Error(w, "not stored", http.StatusInternalServerError)
			return
		}
		_, _ = io.WriteString(w, "ok")
	})
}

// BenchmarkIngest_VsMinimal runs the box's webhook ingest and
// minimalHandler one after the other, three rounds each, alternating, each
// round on a fresh store, with 64 concurrent senders posting b.N signed
// webhooks; it reports both rates and ingest's share of the minimal rate
// (total over the rounds). Issue 16 asks for at least 0.9. It also
// reports the pages each side's commits wrote per webhook and the time spent writing them
// (bolt.DB.Stats: pwrite and fdatasync of the pages, not the meta page).
//
// FATOORA_BENCH_ONLY=ingest (or minimal) runs only that side's rounds, so
// that a CPU profile shows one side alone:
//
//	go test -run '^$' -bench BenchmarkIngest_VsMinimal -benchtime 3000x ./appliance/ingest/
//	FATOORA_BENCH_ONLY=ingest go test -run '^$' -bench BenchmarkIngest_VsMinimal -benchtime 3000x -cpuprofile ingest.prof ./appliance/ingest/
func BenchmarkIngest_VsMinimal(b *testing.B) {
	const senders, rounds = 64, 3
	only := os.Getenv("FATOORA_BENCH_ONLY")
	bodies := make([][]byte, b.N)
	sigs := make([]string, b.N)
	for i := range bodies {
		id := fmt.Sprintf("wamid.vsmin.%08d", i)
		bodies[i] = metaEscape(envelope(contact(fmt.Sprintf("2010%07d", i%5000), "عميل تجربة"),
			msg(id, "text", `,"text":{"body":"عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح، ومعاه شفاط بلت إن"}`), ""))
		sigs[i] = ingest.Sign(secret, bodies[i])
	}
	var took [2]time.Duration // ingest, minimal
	var p99 [2][]time.Duration
	var pages [2]int64
	var writing, cpu [2]time.Duration
	var group [2]groupcommit.Stats
	for round := range rounds * 2 {
		which := round % 2
		if only != "" && only != [2]string{"ingest", "minimal"}[which] {
			continue
		}
		db := openStore(b)
		var h http.Handler
		if which == 0 {
			h = ingest.Handler(newIngester(b, db, ingest.Options{}), ingest.HandlerOptions{})
		} else {
			h = minimalHandler(db)
		}
		srv := httptest.NewServer(h)
		srv.Client().Transport.(*http.Transport).MaxIdleConnsPerHost = senders
		st0, g0, cpu0 := db.Bolt().Stats(), db.GroupStats(), processCPU(b)
		d, lat := blast(b, srv, bodies, sigs, senders)
		srv.Close()
		st1, g1 := db.Bolt().Stats(), db.GroupStats()
		cpu[which] += processCPU(b) - cpu0
		group[which].Commits += g1.Commits - g0.Commits
		group[which].Writes += g1.Writes - g0.Writes
		group[which].InFuncs += g1.InFuncs - g0.InFuncs
		group[which].InCommit += g1.InCommit - g0.InCommit
		pages[which] += st1.TxStats.GetWrite() - st0.TxStats.GetWrite()
		writing[which] += st1.TxStats.GetWriteTime() - st0.TxStats.GetWriteTime()
		took[which] += d
		p99[which] = append(p99[which], lat[min(len(lat)*99/100, len(lat)-1)])
	}
	n := float64(rounds * b.N)
	full, minimal := n/took[0].Seconds(), n/took[1].Seconds()
	b.ReportMetric(full, "ingest-msgs/s")
	b.ReportMetric(minimal, "minimal-msgs/s")
	b.ReportMetric(full/minimal, "ratio")
	b.ReportMetric(float64(pages[0])/n, "ingest-pages/msg")
	b.ReportMetric(float64(pages[1])/n, "minimal-pages/msg")
	b.ReportMetric(float64(cpu[0].Microseconds())/n, "ingest-cpu-µs/msg")
	b.ReportMetric(float64(cpu[1].Microseconds())/n, "minimal-cpu-µs/msg")
	b.Logf("64 senders, %d webhooks × %d rounds each: ingest %.0f msgs/s (p99 per round %v; per webhook %.2f pages written, %v writing them, %v of the process's CPU), minimal %.0f msgs/s (p99 %v; %.2f pages, %v, %v CPU), ratio %.2f",
		b.N, rounds, full, p99[0], float64(pages[0])/n, writing[0]/time.Duration(n), cpu[0]/time.Duration(n),
		minimal, p99[1], float64(pages[1])/n, writing[1]/time.Duration(n), cpu[1]/time.Duration(n), full/minimal)
	for i, side := range []string{"ingest", "minimal"} {
		g := group[i]
		if g.Commits == 0 {
			continue
		}
		b.Logf("%s: %d commits of %.1f webhooks; per commit %v in the writes' functions, %v committing (bbolt: spill, pages, fsyncs)",
			side, g.Commits, float64(g.Writes)/float64(g.Commits), g.InFuncs/time.Duration(g.Commits), g.InCommit/time.Duration(g.Commits))
	}
}

// processCPU is the CPU time (user and system) the process has used: the
// server's and the load generator's, which share it.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// blast posts every body with senders concurrent clients and returns the
// time taken and the sorted latencies.
func blast(b *testing.B, srv *httptest.Server, bodies [][]byte, sigs []string, senders int) (time.Duration, []time.Duration) {
	lat := make([][]time.Duration, senders)
	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for s := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(bodies) {
					return
				}
				t0 := time.Now()
				req, _ := http.NewRequest(http.MethodPost, srv.URL+"/webhook/whatsapp", bytes.NewReader(bodies[i]))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-Hub-Signature-256", sigs[i])
				resp, err := srv.Client().Do(req)
				if err != nil {
					b.Error(err)
					return
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					b.Errorf("status %d", resp.StatusCode)
					return
				}
				lat[s] = append(lat[s], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	d := time.Since(start)
	all := slices.Concat(lat...)
	slices.Sort(all)
	if len(all) == 0 {
		b.Fatal("nothing posted")
	}
	return d, all
}
