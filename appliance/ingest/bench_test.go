package ingest_test

import (
	"fmt"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fatoora/appliance/ingest"
)

// BenchmarkHandler_Webhook measures webhook ingest end to end over loopback
// HTTP: signature check, parse, and the durable (fsynced) group commit
// before the 200, with 1, 8 and 64 concurrent senders. It reports msgs/s
// and the p50/p99 latency of one POST.
//
//	go test -run '^$' -bench BenchmarkHandler_Webhook -benchtime 3000x ./appliance/ingest/
func BenchmarkHandler_Webhook(b *testing.B) {
	for _, senders := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("senders=%d", senders), func(b *testing.B) {
			db := openStore(b)
			in := newIngester(b, db, ingest.Options{})
			srv := server(b, in)
			srv.Client().Transport.(*http.Transport).MaxIdleConnsPerHost = senders
			bodies := make([][]byte, b.N)
			sigs := make([]string, b.N)
			for i := range bodies {
				id := fmt.Sprintf("wamid.bench.%d.%08d", senders, i)
				bodies[i] = metaEscape(envelope(contact(fmt.Sprintf("2010%07d", i%5000), "عميل تجربة"),
					msg(id, "text", `,"text":{"body":"عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح، ومعاه شفاط بلت إن"}`), ""))
				sigs[i] = ingest.Sign(secret, bodies[i])
			}
			lat := make([][]time.Duration, senders)
			var next atomic.Int64
			var wg sync.WaitGroup
			b.ResetTimer()
			start := time.Now()
			for s := range senders {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						i := int(next.Add(1) - 1)
						if i >= b.N {
							return
						}
						t0 := time.Now()
						if code, _ := post(b, srv, bodies[i], sigs[i]); code != http.StatusOK {
							b.Errorf("status %d", code)
							return
						}
						lat[s] = append(lat[s], time.Since(t0))
					}
				}()
			}
			wg.Wait()
			elapsed := time.Since(start)
			b.StopTimer()
			all := slices.Concat(lat...)
			slices.Sort(all)
			if len(all) == 0 {
				return
			}
			b.ReportMetric(float64(len(all))/elapsed.Seconds(), "msgs/s")
			b.ReportMetric(float64(all[len(all)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(all[min(len(all)*99/100, len(all)-1)].Microseconds())/1000, "p99-ms")
			if n := countBucket(b, db, []byte("messages")); n != b.N {
				b.Errorf("stored %d of %d", n, b.N)
			}
		})
	}
}
