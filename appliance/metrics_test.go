package appliance

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"fatoora/appliance/health"
	"fatoora/appliance/metrics"
	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/catalog"

	bolt "go.etcd.io/bbolt"
)

// syncBuffer is a log sink the test reads while the box writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestBox_Metrics runs a live box on real bbolt and loopback HTTP with
// Meta's Graph API stood in for, posts a signed webhook whose order becomes
// an invoice, and scrapes /metrics over HTTP with Prometheus's own text
// parser: every counter holds exactly what happened.
func TestBox_Metrics(t *testing.T) {
	const phoneID, token, customer = "106540352242922", "graph-token", "201001234567"
	g, err := graphsim.New(graphsim.Options{Token: token, PhoneNumberID: phoneID})
	if err != nil {
		t.Fatal(err)
	}
	gsrv := httptest.NewServer(g)
	defer func() { gsrv.Close(); g.Close() }()

	o := testOptions(t)
	o.WhatsApp.GraphURL, o.WhatsApp.Token, o.WhatsApp.PhoneNumberID = g.GraphURL(gsrv.URL), token, phoneID
	var logs syncBuffer
	box, err := New(o, slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	importDemo(t, box)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- box.Serve(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	}()
	base := "http://" + box.Addr().String()

	// Before anything happened: every known series at 0.
	fams := scrape(t, base, nil)
	if v := counterValue(t, fams, metrics.NameMessages, "source", "webhook"); v != 0 {
		t.Fatalf("messages before any webhook = %v", v)
	}

	body := graphsim.MetaJSON(graphsim.NewWebhook("102290129340398", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: phoneID},
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: "كريم سامي"}, WaID: customer}},
		Messages: []graphsim.Inbound{{From: customer, ID: "wamid.METRICS1", Timestamp: strconv.FormatInt(time.Now().Unix(), 10),
			Type: "text", Text: &graphsim.Text{Body: "عايز مطبخ خشب زان 3 متر لون أبيض"}}},
	}))
	postWebhook(t, base, o.WhatsApp.AppSecret, body)
	postWebhook(t, base, o.WhatsApp.AppSecret, body) // Meta retries: stored once, counted once

	// Wait for the invoice PDF to reach the customer, the outbox to empty
	// and the sends to be counted.
	var sent []graphsim.Message
	deadline := time.Now().Add(30 * time.Second)
	for {
		sent = g.MessagesTo(customer)
		hasDoc := false
		for _, m := range sent {
			hasDoc = hasDoc || m.Document != nil
		}
		if hasDoc {
			// Settled, and each send counted (just after its commit).
			fams = scrape(t, base, nil)
			if gaugeValue(t, fams, metrics.NameOutbox) == 0 && gaugeValue(t, fams, metrics.NameQueue) == 0 &&
				counterValue(t, fams, metrics.NameSends, "result", "ok") == float64(len(g.MessagesTo(customer))) {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no invoice sent; sent %d messages; log:\n%s", len(sent), logs.String())
		}
		select {
		case <-g.Changed():
		case <-time.After(50 * time.Millisecond):
		}
	}
	sent = g.MessagesTo(customer)

	for _, c := range []struct {
		name, label, value string
		want               float64
	}{
		{metrics.NameMessages, "source", "webhook", 1},
		{metrics.NameMessages, "source", "relay", 0},
		{metrics.NameOrders, "decision", "invoice", 1},
		{metrics.NameOrders, "decision", "review", 0},
		{metrics.NameDocuments, "kind", "invoice", 1},
		{metrics.NameDocuments, "kind", "quote", 0},
		{metrics.NameSends, "result", "ok", float64(len(sent))},
		{metrics.NameSends, "result", "retry", 0},
		{metrics.NameSends, "result", "failed", 0},
	} {
		if got := counterValue(t, fams, c.name, c.label, c.value); got != c.want {
			t.Errorf("%s{%s=%q} = %v, want %v", c.name, c.label, c.value, got, c.want)
		}
	}
	for _, name := range []string{metrics.NameUnderstand, metrics.NameRender} {
		f := fams[name]
		if f.GetType() != dto.MetricType_HISTOGRAM {
			t.Fatalf("%s is %v, want a histogram", name, f.GetType())
		}
		h := f.GetMetric()[0].GetHistogram()
		if h.GetSampleCount() != 1 || h.GetSampleSum() <= 0 {
			t.Errorf("%s: count %d sum %v, want one observation", name, h.GetSampleCount(), h.GetSampleSum())
		}
	}
	// Health as /healthz says it, as a number.
	var rep health.Report
	resp, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(resp.Body).Decode(&rep)
	resp.Body.Close()
	want := map[string]float64{health.OK: 0, health.Degraded: 1, health.Critical: 2}
	if got := gaugeValue(t, fams, metrics.NameHealth); got != want[rep.Status] {
		t.Errorf("health gauge %v, /healthz %q", got, rep.Status)
	}
	parts := map[string]float64{}
	for _, m := range fams[metrics.NamePartHealth].GetMetric() {
		parts[m.GetLabel()[0].GetValue()] = m.GetGauge().GetValue()
	}
	if v, ok := parts["catalog"]; !ok || v != 0 || len(parts) != len(rep.Parts) {
		t.Errorf("part health %v, /healthz parts %d", parts, len(rep.Parts))
	}

	// From another machine (a proxied request is one): refused without a
	// session, and with a staff session; an owner's session may read.
	other := http.Header{"X-Forwarded-For": {"192.0.2.7"}}
	if code := scrapeStatus(t, base, other); code != http.StatusForbidden {
		t.Errorf("another machine without a session: %d, want 403", code)
	}
	owner := staffSetup(t, base, &logs)
	if code := scrapeStatus(t, base, withCookie(other, owner)); code != http.StatusOK {
		t.Errorf("another machine with the owner's session: %d, want 200", code)
	}
	if code := scrapeStatus(t, base, withCookie(other, "forged")); code != http.StatusForbidden {
		t.Errorf("a forged session: %d, want 403", code)
	}
	staffCookie := staffUser(t, base, owner)
	if code := scrapeStatus(t, base, withCookie(other, staffCookie)); code != http.StatusForbidden {
		t.Errorf("a staff session (not owner): %d, want 403", code)
	}
}

func withCookie(h http.Header, secret string) http.Header {
	out := h.Clone()
	out.Set("Cookie", "fatoora_session="+secret)
	return out
}

func scrapeStatus(t *testing.T, base string, h http.Header) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+"/metrics", nil)
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// scrape reads /metrics with Prometheus's text parser.
func scrape(t *testing.T, base string, h http.Header) map[string]*dto.MetricFamily {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+"/metrics", nil)
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: %d %s", resp.StatusCode, b)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("Prometheus cannot parse /metrics: %v\n%s", err, b)
	}
	return fams
}

func counterValue(t *testing.T, fams map[string]*dto.MetricFamily, name, label, value string) float64 {
	t.Helper()
	f, ok := fams[name]
	if !ok || f.GetType() != dto.MetricType_COUNTER {
		t.Fatalf("no counter %s", name)
	}
	for _, m := range f.GetMetric() {
		for _, l := range m.GetLabel() {
			if l.GetName() == label && l.GetValue() == value {
				return m.GetCounter().GetValue()
			}
		}
	}
	t.Fatalf("%s has no series %s=%q", name, label, value)
	return 0
}

func gaugeValue(t *testing.T, fams map[string]*dto.MetricFamily, name string) float64 {
	t.Helper()
	f, ok := fams[name]
	if !ok || f.GetType() != dto.MetricType_GAUGE || len(f.GetMetric()) != 1 {
		t.Fatalf("no gauge %s", name)
	}
	return f.GetMetric()[0].GetGauge().GetValue()
}

var setupCodeRE = regexp.MustCompile(`setup_code=(\S+)`)

// staffSetup creates the owner with the one-time code the box logged and
// returns the owner's session secret.
func staffSetup(t *testing.T, base string, logs *syncBuffer) string {
	t.Helper()
	m := setupCodeRE.FindStringSubmatch(logs.String())
	if m == nil {
		t.Fatalf("no setup code in the log:\n%s", logs.String())
	}
	return postForm(t, base+"/staff/setup", "", url.Values{"code": {m[1]}, "username": {"owner"}, "name": {"صاحب المعرض"},
		"password": {"nile showroom keys 7"}, "password2": {"nile showroom keys 7"}})
}

// staffUser makes a staff-role user as the owner and logs it in.
func staffUser(t *testing.T, base, owner string) string {
	t.Helper()
	postForm(t, base+"/staff/users", owner, url.Values{"username": {"sara"}, "name": {"سارة"}, "role": {"staff"},
		"password": {"shop floor pass 1"}, "password2": {"shop floor pass 1"}})
	return postForm(t, base+"/staff/login", "", url.Values{"username": {"sara"}, "password": {"shop floor pass 1"}})
}

// postForm posts a form (with a session when secret is set), expects a
// redirect, and returns the session cookie it set ("" when none).
func postForm(t *testing.T, u, secret string, form url.Values) string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, u, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if secret != "" {
		req.AddCookie(&http.Cookie{Name: "fatoora_session", Value: secret})
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("POST %s: %d\n%s", u, resp.StatusCode, b)
	}
	for _, c := range resp.Cookies() {
		if c.Name == "fatoora_session" {
			return c.Value
		}
	}
	return ""
}

// TestBox_HealthShowsStockAfterReservations: /healthz's catalog part lists
// the products low on stock by what is available after reservations, with
// the reserved amount beside it, and follows each reservation.
func TestBox_HealthShowsStockAfterReservations(t *testing.T) {
	box, stop := start(t, testOptions(t))
	defer stop()
	cat, err := catalog.OpenStore(box.db, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ps, err := catalog.ParseCSV(strings.NewReader("sku,name_ar,unit,price,stock\nCH-1,كرسي,piece,900,3\nTB-1,ترابيزة,piece,2500,10\nKT-1,مطبخ,meter,9000,\n"), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cat.Import(t.Context(), ps, nil, "test"); err != nil {
		t.Fatal(err)
	}
	cat.Close()
	stock := func() map[string]any {
		t.Helper()
		resp, err := http.Get("http://" + box.Addr().String() + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var rep struct {
			Parts map[string]struct {
				Details map[string]any `json:"details"`
			} `json:"parts"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&rep); err != nil {
			t.Fatal(err)
		}
		s, _ := rep.Parts["catalog"].Details["stock"].(map[string]any)
		return s
	}
	reserve := func(sku string, q catalog.Milli, ref string) {
		t.Helper()
		if err := box.db.Update(func(tx *bolt.Tx) error { return catalog.Reserve(tx, sku, q, ref) }); err != nil {
			t.Fatal(err)
		}
	}
	for _, step := range []struct {
		name    string
		do      func()
		low     string // the low list as JSON
		out, rs float64
	}{
		{"nothing reserved", func() {}, `[]`, 0, 0},
		{"2 of 3 chairs reserved", func() { reserve("CH-1", 2*catalog.One, "INV-1") }, `[{"available":1,"reserved":2,"sku":"CH-1"}]`, 0, 1},
		{"the last chair too", func() { reserve("CH-1", catalog.One, "INV-2") }, `[{"available":0,"reserved":3,"sku":"CH-1"}]`, 1, 1},
		{"8 of 10 tables", func() { reserve("TB-1", 8*catalog.One, "INV-3") },
			`[{"available":0,"reserved":3,"sku":"CH-1"},{"available":2,"reserved":8,"sku":"TB-1"}]`, 1, 2},
	} {
		step.do()
		s := stock()
		low, _ := json.Marshal(s["low"])
		if string(low) != step.low || s["out_of_stock"] != step.out || s["with_reservations"] != step.rs || s["stocked"] != 2.0 {
			t.Errorf("%s: stock %v, want low %s, out of stock %v, with reservations %v", step.name, s, step.low, step.out, step.rs)
		}
	}
}
