package server_test

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/sync/relay/internal/relaytest"
	"fatoora/sync/relay/link"
	"fatoora/sync/relay/server"
)

// benchRelay measures the relay under `senders` concurrent Meta senders,
// with `boxes` boxes connected. With realBox, box 0 is a real ingester on
// a real store and the figure is webhook-to-box-commit; otherwise boxes
// acknowledge at once (websocket clients in this process).
func benchRelay(b *testing.B, senders, boxes int, realBox bool) {
	dir := b.TempDir()
	numbers := make([]string, boxes)
	reg := map[string]string{}
	for i := range numbers {
		numbers[i] = fmt.Sprintf("2%014d", i)
		reg[numbers[i]] = fmt.Sprintf("bench-token-%012d", i)
	}
	s, err := server.New(server.Options{Data: dir, AppSecret: []byte(secret), Boxes: reg, Logger: quiet})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	r := &relay{Server: s}
	hs := newHTTPServer(b, s)
	r.url, r.ws = hs.url, hs.ws

	var committed atomic.Int64
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	defer func() { cancel(); relaytest.Within(b, 30*time.Second, "the boxes' links to stop", wg.Wait) }()
	for i, n := range numbers {
		accept := func(context.Context, []byte, string) error { committed.Add(1); return nil }
		if realBox && i == 0 {
			bx := startBenchBox(b, r.ws, reg[n])
			accept = func(ctx context.Context, body []byte, sig string) error {
				_, err := bx.Accept(ctx, body, sig, "relay")
				if err == nil {
					committed.Add(1)
				}
				return err
			}
		}
		l, err := link.New(link.Options{URL: r.ws, Token: reg[n], Accept: accept, Logger: quiet})
		if err != nil {
			b.Fatal(err)
		}
		wg.Add(1)
		go func() { defer wg.Done(); _ = l.Serve(ctx) }()
	}
	relaytest.Until(b, 60*time.Second, fmt.Sprintf("%d boxes connected", boxes), func() bool {
		up := 0
		for _, h := range s.Health().Boxes {
			if h.Link == "up" {
				up++
			}
		}
		return up == boxes
	})

	bodies := make([][]byte, b.N)
	sigs := make([]string, b.N)
	for i := range bodies {
		bodies[i] = webhook(numbers[i%boxes], "2010"+strconv.Itoa(1000000+i%5000), "wamid.bench"+strconv.Itoa(i), "عايز ترابيزة سفرة خشب زان 6 كراسي")
		sigs[i] = graphsim.Sign(secret, bodies[i])
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: senders}}
	lat := make([]time.Duration, b.N)
	var next atomic.Int64
	b.ResetTimer()
	start := time.Now()
	var sw sync.WaitGroup
	for range senders {
		sw.Add(1)
		go func() {
			defer sw.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= b.N {
					return
				}
				t0 := time.Now()
				if code := postWith(client, r.url, bodies[i], sigs[i]); code != 200 {
					b.Errorf("post: %d", code)
					return
				}
				lat[i] = time.Since(t0)
			}
		}()
	}
	sw.Wait()
	posted := time.Since(start)
	for committed.Load() < int64(b.N) {
		if time.Since(start) > 5*time.Minute {
			b.Fatalf("only %d of %d committed", committed.Load(), b.N)
		}
		time.Sleep(time.Millisecond)
	}
	elapsed := time.Since(start)
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(b.N)/posted.Seconds(), "accepted/s")
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "delivered/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkRelay_Senders: one real box (ingest on bbolt), Meta's posts
// from 1, 8 and 64 senders; delivered/s is webhook-to-box-commit.
func BenchmarkRelay_Senders(b *testing.B) {
	for _, n := range []int{1, 8, 64} {
		b.Run("senders="+strconv.Itoa(n), func(b *testing.B) { benchRelay(b, n, 1, true) })
	}
}

// BenchmarkRelay_1000Boxes: 1,000 boxes connected at once (websocket
// clients in this process that acknowledge at once), 64 senders.
func BenchmarkRelay_1000Boxes(b *testing.B) {
	benchRelay(b, 64, 1000, false)
}

// BenchmarkRoute: reading phone_number_id from a Meta body, by the walk
// (Route) and by decoding it with encoding/json.
func BenchmarkRoute(b *testing.B) {
	body := webhook(numA, "201001234567", "wamid.bench", "عايز ترابيزة سفرة خشب زان 6 كراسي")
	b.Run("walk", func(b *testing.B) {
		for b.Loop() {
			server.Route(body)
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		for b.Loop() {
			server.RouteDecode(body)
		}
	})
}
