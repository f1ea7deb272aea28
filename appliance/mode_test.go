package appliance

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/catalog"
)

func healthOf(t *testing.T, base string) health.Report {
	t.Helper()
	resp, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var rep health.Report
	if err := json.NewDecoder(resp.Body).Decode(&rep); err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestBox_LiveNotReadyNamesEachSetting: a live box missing any required
// setting (or keeping a demo value) says "not ready" on /healthz, naming
// the setting, and serves no simulator.
func TestBox_LiveNotReadyNamesEachSetting(t *testing.T) {
	d := config.Default()
	cases := map[string]func(*config.Options){
		"FATOORA_WA_APP_SECRET":      func(o *config.Options) { o.WhatsApp.AppSecret = "" },
		"FATOORA_WA_VERIFY_TOKEN":    func(o *config.Options) { o.WhatsApp.VerifyToken = "" },
		"FATOORA_WA_TOKEN":           func(o *config.Options) { o.WhatsApp.Token = "" },
		"FATOORA_WA_PHONE_NUMBER_ID": func(o *config.Options) { o.WhatsApp.PhoneNumberID = "" },
		"FATOORA_SHOP_NAME":          func(o *config.Options) { o.Shop.Name = d.Shop.Name },
		"FATOORA_SHOP_ADDRESS":       func(o *config.Options) { o.Shop.Address = d.Shop.Address },
		"FATOORA_SHOP_TAX_ID":        func(o *config.Options) { o.Shop.TaxID = d.Shop.TaxID },
	}
	for env, drop := range cases {
		t.Run(env, func(t *testing.T) {
			o := testOptions(t)
			drop(&o)
			box, stop := start(t, o)
			defer stop()
			base := "http://" + box.Addr().String()
			rep := healthOf(t, base)
			m := rep.Parts["mode"]
			if rep.Status == health.OK || m.Status == health.OK || !strings.Contains(m.Message, env) || !strings.Contains(m.Message, "not ready") {
				t.Fatalf("health %s, mode %+v: want not ready naming %s", rep.Status, m, env)
			}
			if _, running := box.sup.States()["queue"]; running {
				t.Errorf("a box that is not ready runs its queue")
			}
			resp, err := http.Get(base + "/simulator")
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusNotFound {
				t.Errorf("GET /simulator on a live box: %d, want 404", resp.StatusCode)
			}
		})
	}
}

// TestBox_LiveNotReadyStoresAndWaits: a half-configured live box stores a
// verified webhook, answers nobody (the Graph API hears nothing), issues
// no document and imports no demo catalog; the message waits in the queue
// and is answered once the box starts with its settings complete.
func TestBox_LiveNotReadyStoresAndWaits(t *testing.T) {
	var calls atomic.Int64
	graph := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"messaging_product":"whatsapp","contacts":[{"input":"2010","wa_id":"2010"}],"messages":[{"id":"wamid.OUT`+time.Now().Format("150405.000000000")+`"}]}`)
	}))
	defer graph.Close()

	o := testOptions(t)
	o.WhatsApp.GraphURL = graph.URL + "/v25.0"
	o.Shop.TaxID = config.Default().Shop.TaxID // still the demo value
	box, stop := start(t, o)
	base := "http://" + box.Addr().String()
	body := []byte(`{"object":"whatsapp_business_account","entry":[{"id":"W","changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"\u0639\u0644\u064a"},"wa_id":"2010"}],"messages":[{"from":"2010","id":"wamid.NR1","timestamp":"` + unixNow() + `","type":"text","text":{"body":"\u0633\u0644\u0627\u0645 \u0639\u0644\u064a\u0643\u0645"}}]}}]}]}`)
	postWebhook(t, base, o.WhatsApp.AppSecret, body)
	time.Sleep(300 * time.Millisecond) // what a ready box needs to answer a greeting
	rep := healthOf(t, base)
	if calls.Load() != 0 {
		t.Errorf("a box that is not ready called the Graph API %d times", calls.Load())
	}
	if q := rep.Parts["queue"].Details["pending"]; q != float64(1) {
		t.Errorf("queue pending %v, want the message waiting", q)
	}
	stop()

	// No demo catalog went into the live store.
	o2 := o
	o2.Shop.TaxID = "312-456-789"
	box, stop = start(t, o2)
	defer stop()
	if n := countProducts(t, box); n != 0 {
		t.Errorf("live store holds %d products: the demo catalog was imported", n)
	}
	if c := healthOf(t, "http://"+box.Addr().String()).Parts["catalog"]; c.Status == health.OK {
		t.Errorf("an empty live catalog is reported ok: %+v", c)
	}
	importDemo(t, box) // as `fatoora catalog import` through the box would
	// Ready now: the waiting message is answered.
	deadline := time.Now().Add(30 * time.Second) // the queue's retry backoff
	for calls.Load() == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the stored message was not answered once the box was ready: %+v", healthOf(t, "http://"+box.Addr().String()))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func unixNow() string { return json.Number(itoa(time.Now().Unix())).String() }

func itoa(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func importDemo(t *testing.T, b *Box) {
	t.Helper()
	cat, err := catalog.OpenStore(b.db, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer cat.Close()
	ps, vocab := catalog.Demo()
	if _, err := cat.Import(t.Context(), ps, vocab, "test"); err != nil {
		t.Fatal(err)
	}
}

func countProducts(t *testing.T, b *Box) int {
	t.Helper()
	cat, err := catalog.OpenStore(b.db, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer cat.Close()
	ps, err := cat.Products()
	if err != nil {
		t.Fatal(err)
	}
	return len(ps)
}

// TestBox_DemoListensOnLoopback: with no setting at all the box listens on
// the box itself only.
func TestBox_DemoListensOnLoopback(t *testing.T) {
	if config.Default().Server.Listen != config.DemoListen || !strings.HasPrefix(config.DemoListen, "127.0.0.1:") {
		t.Fatalf("demo default listen %q", config.Default().Server.Listen)
	}
}
