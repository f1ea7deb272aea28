// Command loadwebhook measures a running box's webhook ingest: it posts N
// signed WhatsApp webhooks (Arabic text, serialised the way Meta does) from
// C concurrent senders and reports messages per second and the latency
// percentiles of "POST until 200" — which includes signature check, parse
// and the durable, fsynced commit.
//
//	fatoora serve --data /tmp/load --wa-app-secret s3 --listen 127.0.0.1:18090 &
//	go run ./scripts/loadwebhook -url http://127.0.0.1:18090/webhook/whatsapp -secret s3 -n 5000 -c 8
package main

import (
	"fatoora/appliance/whatsapp/graphsim"

	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	if err := run(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "loadwebhook:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("loadwebhook", flag.ContinueOnError)
	url := fs.String("url", "http://127.0.0.1:8080/webhook/whatsapp", "webhook URL of the running box")
	secret := fs.String("secret", os.Getenv("FATOORA_WA_APP_SECRET"), "app secret the box verifies with (env FATOORA_WA_APP_SECRET)")
	n := fs.Int("n", 5000, "webhooks to send")
	c := fs.Int("c", 8, "concurrent senders")
	per := fs.Int("messages", 1, "messages per webhook body")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *secret == "" {
		return errors.New("--secret is required")
	}
	if *n <= 0 || *c <= 0 || *per <= 0 {
		return errors.New("-n, -c and -messages must be positive")
	}
	var runID [4]byte
	_, _ = rand.Read(runID[:])
	prefix := "wamid.load" + hex.EncodeToString(runID[:])

	client := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: *c, MaxConnsPerHost: *c},
	}
	var next atomic.Int64
	var failed atomic.Int64
	var firstErr atomic.Value
	lat := make([][]time.Duration, *c)
	var wg sync.WaitGroup
	start := time.Now()
	for w := range *c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(*n) {
					return
				}
				body := payload(prefix, int(i), *per)
				t0 := time.Now()
				code, err := post(ctx, client, *url, body, sign([]byte(*secret), body))
				if err == nil && code != http.StatusOK {
					err = fmt.Errorf("status %d", code)
				}
				if err != nil {
					failed.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				lat[w] = append(lat[w], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	all := slices.Concat(lat...)
	slices.Sort(all)
	ok := len(all)
	fmt.Printf("webhooks %d ok, %d failed; %d message(s) each; %d senders; %.2fs\n", ok, failed.Load(), *per, *c, elapsed.Seconds())
	if ok > 0 {
		fmt.Printf("throughput %.0f msgs/s (%.0f webhooks/s)\n", float64(ok**per)/elapsed.Seconds(), float64(ok)/elapsed.Seconds())
		fmt.Printf("latency p50 %s  p99 %s  max %s\n", pct(all, 50), pct(all, 99), all[len(all)-1].Round(time.Microsecond))
	}
	if e := firstErr.Load(); e != nil {
		return fmt.Errorf("%d webhooks failed, first: %s", failed.Load(), e)
	}
	return nil
}

func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	if i > 0 {
		i--
	}
	return sorted[min(i, len(sorted)-1)].Round(time.Microsecond)
}

func post(ctx context.Context, client *http.Client, url string, body []byte, sig string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Hub-Signature-256", sig)
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

func sign(secret, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

var texts = []string{
	"عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح، ومعاه شفاط بلت إن",
	"محتاج 2 كرسي سفرة و ترابيزة 6 أفراد لون جوزي",
	"بكام الكنبة الأنتريه الـ 3 مقاعد؟ / وفي توصيل للتجمع؟",
	"دولاب 2.4 متر في 2.6 ضلفة سحاب أبيض مط",
}

// payload builds one webhook body with per messages, escaped the way Meta
// serialises (non-ASCII as \uXXXX, "/" as "\/").
func payload(prefix string, i, per int) []byte {
	var msgs []string
	for j := range per {
		id := fmt.Sprintf("%s.%08d.%02d", prefix, i, j)
		from := fmt.Sprintf("2010%07d", i%5000)
		msgs = append(msgs, fmt.Sprintf(`{"from":%q,"id":%q,"timestamp":"%d","text":{"body":%q},"type":"text"}`,
			from, id, time.Now().Unix(), texts[(i+j)%len(texts)]))
	}
	s := `{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"201000000000","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"عميل تجربة"},"wa_id":"` +
		fmt.Sprintf("2010%07d", i%5000) + `"}],"messages":[` + strings.Join(msgs, ",") + `]},"field":"messages"}]}]}`
	return graphsim.EscapeMeta([]byte(s)) // as Meta puts it on the wire
}
