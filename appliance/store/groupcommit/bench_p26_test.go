package groupcommit

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkCommitter_OpenLoop: writers arriving at a fixed rate (as orders'
// commits do at 100 orders/s: ~400 a second), each function ~200 µs of
// work and a 2 KB record, on a real file with its fsyncs. It reports the
// commits per write and the callers' waits (p50, p99), for comparing the
// group commit's batch formation:
//
//	go test -run '^$' -bench OpenLoop -benchtime 2000x ./appliance/store/groupcommit/
func BenchmarkCommitter_OpenLoop(b *testing.B) {
	g := New(openMessages(b), 512)
	val := make([]byte, 2048)
	waits := make([]time.Duration, b.N)
	var wg sync.WaitGroup
	every := time.Second / 400
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		if d := time.Until(start.Add(time.Duration(i) * every)); d > 0 {
			time.Sleep(d)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.Now()
			_ = g.Do(func(tx *bolt.Tx) error {
				for spin := time.Now(); time.Since(spin) < 200*time.Microsecond; {
				}
				return tx.Bucket(bucketMessages).Put([]byte(fmt.Sprintf("k%08d", i)), val)
			})
			waits[i] = time.Since(t)
		}()
	}
	wg.Wait()
	b.StopTimer()
	slices.Sort(waits)
	st := g.Stats()
	b.ReportMetric(float64(st.Commits)/float64(b.N), "commits/write")
	b.ReportMetric(float64(waits[b.N/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(waits[b.N*99/100].Microseconds()), "p99-µs")
}
