package cli_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fatoora/appliance"
	"fatoora/appliance/ingest"
	"fatoora/appliance/invoice"
	"fatoora/appliance/queue"
	"fatoora/appliance/store"
	"fatoora/appliance/whatsapp/graphsim"

	bolt "go.etcd.io/bbolt"
)

// The fault suite against a real `fatoora serve` (the test binary as a
// child process) and the Graph stand-in in this process, which outlives
// every kill and delivers status webhooks to whichever box is up.
// `make test` runs a few kills; `make soak` sets FATOORA_SOAK_KILLS=100.
// RELIABILITY.md has the figures.

// statusGraph is a Graph stand-in whose status webhooks go to the box
// listening at addr, retried until it answers (a box being restarted).
func statusGraph(t *testing.T, addr *atomic.Value) graphStandIn {
	t.Helper()
	g, err := graphsim.New(graphsim.Options{Token: e2eToken, PhoneNumberID: e2ePhoneID, AppSecret: e2eSecret,
		StatusDelay: 20 * time.Millisecond, NoRead: true, MaxMedia: 100000, MaxMediaBytes: 4 << 30,
		// keep every send: the soak counts them all (100 kills let more than
		// 600 orders through, over 1,000 sends, on a quiet machine)
		MaxMessages: 1 << 20,
		StatusHook: func(ctx context.Context, body []byte, sig string) error {
			for {
				a, _ := addr.Load().(string)
				if a != "" {
					req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+a+"/webhook/whatsapp", bytes.NewReader(body))
					req.Header.Set("X-Hub-Signature-256", sig)
					if resp, err := http.DefaultClient.Do(req); err == nil {
						resp.Body.Close()
						if resp.StatusCode == http.StatusOK {
							return nil
						}
					}
				}
				select {
				case <-ctx.Done():
					return ctx.Err()
				case <-time.After(50 * time.Millisecond):
				}
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(g)
	t.Cleanup(func() { srv.Close(); g.Close() })
	return graphStandIn{g, g.GraphURL(srv.URL)}
}

const orderText = "عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح"

func orderWebhook(waID, wamid string) []byte {
	return graphsim.MetaJSON(graphsim.NewWebhook("102290129340398", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: e2ePhoneID},
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: "عميل"}, WaID: waID}},
		Messages: []graphsim.Inbound{{From: waID, ID: wamid, Timestamp: strconv.FormatInt(time.Now().Unix(), 10),
			Type: "text", Text: &graphsim.Text{Body: orderText}}},
	}))
}

// tryPost posts a signed webhook and reports whether the box acknowledged it.
func tryPost(addr string, body []byte) bool {
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/webhook/whatsapp", bytes.NewReader(body))
	req.Header.Set("X-Hub-Signature-256", graphsim.Sign(e2eSecret, body))
	resp, err := (&http.Client{Timeout: 5 * time.Second}).Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// settled reports whether the store has no work left: queue and outbox empty.
func settled(t *testing.T, data string) (bool, string) {
	t.Helper()
	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var q, out int
	_ = db.View(func(tx *bolt.Tx) error {
		items, _ := queue.List(tx)
		q = len(items)
		out = tx.Bucket(store.BucketOutbox).Bucket(store.BucketWhatsApp).Stats().KeyN
		return nil
	})
	return q == 0 && out == 0, fmt.Sprintf("%d queue items, %d pending sends", q, out)
}

// TestFaults_SIGKILLDuringSends kills the box at random moments while it
// answers orders from many customers, with status webhooks flowing, then
// lets it finish: no acknowledged message lost, invoice numbers gapless and
// unrepeated, every invoice's document sent, and duplicate sends counted
// (target 0).
func TestFaults_SIGKILLDuringSends(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a real box")
	}
	kills := 6
	if n, err := strconv.Atoi(os.Getenv("FATOORA_SOAK_KILLS")); err == nil && n > 0 {
		kills = n
	}
	const perRound = 8
	data := t.TempDir()
	importTestCatalog(t, data)
	var addr atomic.Value
	g := statusGraph(t, &addr)
	env := append(g.env(), "FATOORA_RESEND_AFTER=20s")
	type order struct {
		waID, wamid string
		acked       bool
	}
	var orders []*order
	start := time.Now()
	for range kills {
		c := startServe(t, data, env...)
		addr.Store(c.addr)
		// Orders keep coming until the kill, so it lands among sends.
		killAt := time.Now().Add(time.Duration(50+rand.IntN(400)) * time.Millisecond)
		for _, o := range orders {
			if !o.acked {
				o.acked = tryPost(c.addr, orderWebhook(o.waID, o.wamid))
			}
		}
		for i := 0; i < perRound && time.Now().Before(killAt); i++ {
			n := len(orders)
			o := &order{waID: fmt.Sprintf("2010%08d", n), wamid: fmt.Sprintf("wamid.SOAK-%05d", n)}
			orders = append(orders, o)
			o.acked = tryPost(c.addr, orderWebhook(o.waID, o.wamid))
			time.Sleep(time.Duration(rand.IntN(60)) * time.Millisecond)
		}
		time.Sleep(time.Until(killAt))
		_ = c.cmd.Process.Kill()
		<-c.exited
		addr.Store("")
	}
	// Let the box finish: Meta retries what was not acknowledged.
	deadline := time.Now().Add(2 * time.Minute)
	for {
		c := startServe(t, data, env...)
		addr.Store(c.addr)
		for _, o := range orders {
			if !o.acked {
				o.acked = tryPost(c.addr, orderWebhook(o.waID, o.wamid))
			}
		}
		for last, stable := -1, 0; stable < 30; {
			n := len(g.Messages())
			if n == last {
				stable++
			} else {
				last, stable = n, 0
			}
			time.Sleep(100 * time.Millisecond)
		}
		stopServe(t, c)
		addr.Store("")
		ok, left := settled(t, data)
		if ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("work left after the kills: %s\n%s", left, c.log())
		}
	}

	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var numbers []int
	_ = db.View(func(tx *bolt.Tx) error {
		for _, o := range orders {
			if _, ok, _ := ingest.LoadMessage(tx, o.wamid); o.acked && !ok {
				t.Errorf("acknowledged message %s lost", o.wamid)
			}
		}
		docs, err := invoice.List(tx, invoice.ListFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if d.Kind != invoice.KindInvoice {
				continue
			}
			i := strings.LastIndex(d.Number, "-")
			n, _ := strconv.Atoi(d.Number[i+1:])
			numbers = append(numbers, n)
		}
		return nil
	})
	seen := map[int]bool{}
	for _, n := range numbers {
		if seen[n] {
			t.Errorf("invoice number %d repeated", n)
		}
		seen[n] = true
	}
	for i := 1; i <= len(numbers); i++ {
		if !seen[i] {
			t.Errorf("invoice number %d skipped (%d issued)", i, len(numbers))
		}
	}
	byKey := map[string]int{}
	docKeys := 0
	sends, dup := 0, 0
	for _, m := range g.Messages() {
		sends++
		if byKey[m.CallbackData]++; byKey[m.CallbackData] > 1 {
			dup++
		} else if m.Type == "document" {
			docKeys++
		}
	}
	if docKeys != len(numbers) {
		t.Errorf("%d invoice documents sent for %d invoices", docKeys, len(numbers))
	}
	acked := 0
	for _, o := range orders {
		if o.acked {
			acked++
		}
	}
	t.Logf("SIGKILL soak: %d kills, %d orders acknowledged, %d invoices (gapless), %d sends, %d duplicate sends, %s",
		kills, acked, len(numbers), sends, dup, time.Since(start).Round(time.Second))
	if dup > 0 {
		t.Errorf("%d duplicate sends (target 0)", dup)
	}
}

// TestFaults_KillBetweenSendAndRecord: the box dies after Meta took the
// invoice PDF and before the send was recorded; after the restart the
// status webhook carrying the send's key settles it: sent once.
func TestFaults_KillBetweenSendAndRecord(t *testing.T) {
	data := t.TempDir()
	importTestCatalog(t, data)
	var addr atomic.Value
	g := statusGraph(t, &addr)
	env := append(g.env(), "FATOORA_RESEND_AFTER=20s")
	c := startServe(t, data, append(env, "FATOORA_FAILPOINT=sending:invoice-pdf")...)
	addr.Store(c.addr)
	postSigned(t, c.addr, seedWebhook("wamid.E2E-SENDING"))
	select {
	case <-c.exited:
	case <-time.After(30 * time.Second):
		t.Fatalf("the failpoint was not reached:\n%s", c.log())
	}
	addr.Store("")
	c2 := startServe(t, data, env...)
	addr.Store(c2.addr)
	g.wait(t, 2, c2)
	time.Sleep(300 * time.Millisecond) // would a duplicate follow?
	stopServe(t, c2)
	docs := 0
	for _, m := range g.MessagesTo(e2eWaID) {
		if m.Type == "document" {
			docs++
		}
	}
	if docs != 1 || !strings.Contains(c2.log(), "recorded from its status") {
		t.Errorf("%d documents sent after a kill between send and record, want 1:\n%s", docs, c2.log())
	}
}
