package appliance

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/appliance/ingest"
	"fatoora/appliance/part"
	"fatoora/appliance/queue"
	"fatoora/appliance/supervise"

	bolt "go.etcd.io/bbolt"
)

// testOptions is a complete live box whose Graph API is unreachable
// (nothing is sent anywhere).
func testOptions(t *testing.T) config.Options {
	o := demoOptions(t)
	o.WhatsApp.AppSecret = "box-secret"
	o.WhatsApp.VerifyToken = "vt"
	o.WhatsApp.Token = "graph-token"
	o.WhatsApp.PhoneNumberID = "106540352242922"
	o.WhatsApp.GraphURL = "http://127.0.0.1:1/v25.0"
	o.Shop.Name, o.Shop.Address, o.Shop.TaxID = "معرض النيل للأثاث", "٥ شارع التحرير، الدقي", "312-456-789"
	return o
}

// demoOptions is the embedded default: no WhatsApp setting at all.
func demoOptions(t *testing.T) config.Options {
	o := config.Default()
	o.Server.Listen = "127.0.0.1:0"
	o.Server.Data = t.TempDir()
	return o
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func start(t *testing.T, o config.Options) (*Box, func()) {
	t.Helper()
	box, err := New(o, quiet())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- box.Serve(ctx) }()
	return box, func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Serve: %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Error("Serve did not stop")
		}
	}
}

func TestBox_ServesWebhookHealthAndQueue(t *testing.T) {
	o := testOptions(t)
	box, stop := start(t, o)
	defer stop()
	importDemo(t, box) // a live box starts with no catalog
	base := "http://" + box.Addr().String()

	// A part attached to a serving box: a handler for understand, an extra
	// route, a health reporter and an extra service.
	understood := make(chan string, 1)
	ran := make(chan struct{})
	box.attach(part.Part{
		Name: "extra",
		Work: map[string]queue.Handler{queue.KindUnderstand: func(ctx context.Context, it queue.Item) error {
			understood <- it.Ref
			return nil
		}},
		Routes: func(mux *http.ServeMux) {
			mux.HandleFunc("GET /extra", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "extra") })
		},
		Health:   map[string]func() health.State{"ollama": func() health.State { return health.State{Status: health.OK} }},
		Services: map[string]supervise.Service{"extra": serviceFunc(func(ctx context.Context) error { close(ran); <-ctx.Done(); return nil })},
	})

	body := []byte(`{"object":"whatsapp_business_account","entry":[{"id":"W","changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"P"},"contacts":[{"profile":{"name":"\u0639\u0644\u064a"},"wa_id":"2010"}],"messages":[{"from":"2010","id":"wamid.BOX1","timestamp":"1764000000","type":"text","text":{"body":"\u0633\u0644\u0627\u0645"}}]}}]}]}`)
	postWebhook(t, base, o.WhatsApp.AppSecret, body)
	select {
	case ref := <-understood:
		if ref != "wamid.BOX1" {
			t.Errorf("understood %q", ref)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("queue handler not called")
	}
	select {
	case <-ran:
	case <-time.After(5 * time.Second):
		t.Fatal("added service not started")
	}
	var m ingest.Message
	if err := box.db.View(func(tx *bolt.Tx) (err error) { m, _, err = ingest.LoadMessage(tx, "wamid.BOX1"); return }); err != nil || m.Text != "سلام" {
		t.Errorf("message %+v %v", m, err)
	}

	resp, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var rep health.Report
	json.NewDecoder(resp.Body).Decode(&rep)
	resp.Body.Close()
	if rep.Status != "ok" {
		t.Errorf("health %+v", rep)
	}
	for _, part := range []string{"store", "webhook", "queue", "services", "ollama"} {
		if _, ok := rep.Parts[part]; !ok {
			t.Errorf("health lacks %s: %+v", part, rep)
		}
	}
	if rep.Parts["webhook"].Details["webhooks_accepted"] != float64(1) {
		t.Errorf("webhook details %+v", rep.Parts["webhook"].Details)
	}
	resp, err = http.Get(base + "/extra")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "extra" {
		t.Errorf("extra route: %q", b)
	}
	resp, err = http.Get(base + "/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=vt&hub.challenge=42")
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "42" {
		t.Errorf("handshake %q", b)
	}
}

type serviceFunc func(ctx context.Context) error

func (f serviceFunc) Serve(ctx context.Context) error { return f(ctx) }

func TestNew_SecondBoxOnSameDataFailsFast(t *testing.T) {
	o := testOptions(t)
	_, stop := start(t, o)
	defer stop()
	began := time.Now()
	_, err := New(o, quiet())
	if !errors.Is(err, ErrAlreadyRunning) {
		t.Fatalf("second box: %v", err)
	}
	if want := "another fatoora is running on " + o.Server.Data; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q lacks %q", err, want)
	}
	if d := time.Since(began); d > 3*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestNew_InvalidOptions(t *testing.T) {
	o := testOptions(t)
	o.Shop.VATRate = -1
	if _, err := New(o, quiet()); err == nil || !strings.Contains(err.Error(), "FATOORA_VAT_RATE") {
		t.Errorf("err = %v", err)
	}
}

func TestBox_WithoutSecretOnlySimulatorPosts(t *testing.T) {
	o := demoOptions(t)
	box, stop := start(t, o)
	defer stop()
	body := []byte(`{"object":"whatsapp_business_account","entry":[]}`)
	for _, sig := range []string{"", ingest.Sign(nil, body), ingest.Sign([]byte(""), body)} {
		req, _ := http.NewRequest(http.MethodPost, "http://"+box.Addr().String()+"/webhook/whatsapp", bytes.NewReader(body))
		req.Header.Set("X-Hub-Signature-256", sig)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("sig %q: %d", sig, resp.StatusCode)
		}
	}
	// The simulator signs with the box's own key and posts through ingest.
	resp, err := http.Post("http://"+box.Addr().String()+"/simulator/api/send", "application/json",
		strings.NewReader(`{"name":"علي","phone":"201001234567","text":"سلام"}`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("simulator: %d %s", resp.StatusCode, b)
	}
}

func TestBox_BackupIsLoopbackOnly(t *testing.T) {
	o := testOptions(t)
	box, stop := start(t, o)
	defer stop()
	req, _ := http.NewRequest(http.MethodGet, "http://"+box.Addr().String()+"/admin/backup", nil)
	req.Header.Set("X-Forwarded-For", "203.0.113.9")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("forwarded request: %d", resp.StatusCode)
	}
	req, _ = http.NewRequest(http.MethodGet, "http://"+box.Addr().String()+"/admin/backup", nil)
	req.Header.Set("Authorization", "Bearer "+adminToken(t, o.Server.Data))
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || n == 0 || fmt.Sprint(n) != resp.Header.Get("Content-Length") {
		t.Errorf("loopback backup: %d, %d bytes, length %s", resp.StatusCode, n, resp.Header.Get("Content-Length"))
	}
}

// TestBox_AttachesEveryPart: the parts the composition root lists are all
// attached the one way — their routes answer, their health is reported,
// their services run — and closed in reverse order.
func TestBox_AttachesEveryPart(t *testing.T) {
	o := demoOptions(t) // no WhatsApp setting: a demo, the simulator runs
	box, stop := start(t, o)
	var names []string
	for _, p := range box.parts {
		names = append(names, p.Name)
	}
	if got, want := strings.Join(names, " "), "store mode queue webhook healthz catalog simulator pipeline admin staff metrics"; got != want {
		t.Errorf("parts %q, want %q", got, want)
	}
	var closed []string
	for _, name := range []string{"first", "second"} {
		box.attach(part.Part{Name: name, Close: func() error { closed = append(closed, name); return nil }})
	}

	base := "http://" + box.Addr().String()
	for _, route := range []string{"/healthz", "/simulator", "/admin/backup", "/debug/pprof/", "/metrics"} {
		req, _ := http.NewRequest(http.MethodGet, base+route, nil)
		req.Header.Set("Authorization", "Bearer "+adminToken(t, o.Server.Data)) // the admin routes need it
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", route, resp.StatusCode)
		}
	}
	// The webhook is attached too; a demo box accepts nothing unsigned.
	resp, err := http.Post(base+"/webhook/whatsapp", "application/json", strings.NewReader(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("POST /webhook/whatsapp unsigned: %d", resp.StatusCode)
	}
	resp, err = http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var rep health.Report
	json.NewDecoder(resp.Body).Decode(&rep)
	resp.Body.Close()
	for _, key := range []string{"store", "mode", "webhook", "queue", "services", "pipeline", "whatsapp"} {
		if _, ok := rep.Parts[key]; !ok {
			t.Errorf("health lacks %s: %+v", key, rep)
		}
	}
	if rep.Parts["whatsapp"].Details["mode"] != "simulator" {
		t.Errorf("whatsapp health %+v", rep.Parts["whatsapp"])
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		st := box.sup.States()
		if st["http"].Running && st["queue"].Running && st["outbox"].Running {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("services not running: %+v", st)
		}
		time.Sleep(10 * time.Millisecond)
	}
	stop()
	if got := strings.Join(closed, " "); got != "second first" {
		t.Errorf("closed %q, want the last attached first", got)
	}
}
