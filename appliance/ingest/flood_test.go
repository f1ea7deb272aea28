package ingest_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fatoora/appliance/ingest"
)

// flood posts n unsigned bodies of size bytes at once to a webhook handler
// built with opts, plus one signed ordinary webhook, and returns the peak
// heap growth seen while they were in flight and the status codes (0: the
// server refused a body by closing the connection while it was still being
// sent, which a loaded machine shows now and then).
func flood(t *testing.T, opts ingest.HandlerOptions, n, size int) (peak uint64, codes map[int]int, signed int) {
	t.Helper()
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	mux := http.NewServeMux()
	mux.Handle("/webhook/whatsapp", ingest.Handler(in, opts))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	body := bytes.Repeat([]byte(`{"object":"x"} `), size/15) // one slice, shared by every client
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var max atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > base.HeapAlloc && m.HeapAlloc-base.HeapAlloc > max.Load() {
				max.Store(m.HeapAlloc - base.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 0, MaxIdleConnsPerHost: n + 1}}
	var mu sync.Mutex
	codes = map[int]int{}
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, srv.URL+"/webhook/whatsapp", &slowTail{r: bytes.NewReader(body)})
			req.ContentLength = int64(len(body))
			req.Header.Set("X-Hub-Signature-256", "sha256=00")
			code := 0 // the server closed the connection before answering
			if resp, err := client.Do(req); err == nil {
				resp.Body.Close()
				code = resp.StatusCode
			}
			mu.Lock()
			codes[code]++
			mu.Unlock()
		}()
	}
	ok := []byte(envelope(contact("201001234567", "A"), `{"from":"201001234567","id":"wamid.legit","timestamp":"1700000000","type":"text","text":{"body":"x"}}`, ""))
	for signed = 0; signed != http.StatusOK; {
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, srv.URL+"/webhook/whatsapp", bytes.NewReader(ok))
		req.Header.Set("X-Hub-Signature-256", in.Sign(ok))
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		signed = resp.StatusCode
		if signed != http.StatusOK && signed != http.StatusServiceUnavailable {
			t.Fatalf("signed webhook during the flood: %d", signed)
		}
	}
	wg.Wait()
	close(stop)
	<-sampled
	return max.Load(), codes, signed
}

// slowTail holds back the end of a body for a moment, as a slow or
// malicious sender does, so the server holds many bodies at once.
type slowTail struct {
	r    *bytes.Reader
	held bool
}

func (s *slowTail) Read(p []byte) (int, error) {
	if s.r.Len() <= 64<<10 && !s.held {
		s.held = true
		time.Sleep(100 * time.Millisecond)
	}
	if len(p) > 64<<10 {
		p = p[:64<<10]
	}
	return s.r.Read(p)
}

// TestHandler_UnsignedFloodBoundedMemory: 100 concurrent unsigned 3 MB
// posts hold at most the budget for unverified bodies (16 MiB), and a
// signed webhook still gets in. Figures in RELIABILITY.md (go test -v).
func TestHandler_UnsignedFloodBoundedMemory(t *testing.T) {
	peak, codes, _ := flood(t, ingest.HandlerOptions{}, 100, 3<<20)
	t.Logf("bounded: peak heap growth %d MiB, answers %v", peak>>20, codes)
	if peak > 64<<20 {
		t.Errorf("peak heap growth %d MiB under an unsigned flood, want at most 64 MiB", peak>>20)
	}
	if codes[http.StatusUnauthorized]+codes[http.StatusServiceUnavailable]+codes[0] != 100 || codes[0] > 10 {
		t.Errorf("answers %v", codes)
	}
	if os.Getenv("FATOORA_FLOOD_BASELINE") != "" {
		// The same flood with no budget, for the comparison in RELIABILITY.md.
		peak, codes, _ := flood(t, ingest.HandlerOptions{UnverifiedBytes: 1 << 40}, 100, 3<<20)
		t.Logf("unbounded: peak heap growth %d MiB, answers %v", peak>>20, codes)
	}
}
