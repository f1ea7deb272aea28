package metrics

import (
	"errors"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"fatoora/appliance/health"
)

func TestPartOptions_Validate(t *testing.T) {
	depth := func() (uint64, error) { return 0, nil }
	rep := func() health.Report { return health.Report{Status: health.OK} }
	for _, c := range []struct {
		name string
		o    PartOptions
		ok   bool
	}{
		{"complete", PartOptions{QueueDepth: depth, OutboxDepth: depth, Health: rep}, true},
		{"no depths", PartOptions{Health: rep}, false},
		{"no health", PartOptions{QueueDepth: depth, OutboxDepth: depth}, false},
	} {
		if err := c.o.Validate(); (err == nil) != c.ok {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// TestBox_Part serves the part on loopback: the depth and health gauges are
// read at the scrape (a failing read is NaN, not a wrong 0), and a request
// that is not the box's own is refused unless Allow lets it through.
func TestBox_Part(t *testing.T) {
	m := NewBox()
	m.MessagesReceived("relay", 2)
	m.MessagesReceived("relay", 0)
	m.DocumentIssued("quote")
	queueDepth := uint64(4)
	p, err := m.Part(PartOptions{
		QueueDepth:  func() (uint64, error) { return queueDepth, nil },
		OutboxDepth: func() (uint64, error) { return 0, errors.New("store closed") },
		Health: func() health.Report {
			return health.Report{Status: health.Degraded, Parts: map[string]health.State{
				"store": {Status: health.OK}, "whatsapp": {Status: health.Critical}, `a "quoted" part`: {Status: health.Degraded}}}
		},
		Allow: func(r *http.Request) bool { return r.Header.Get("X-Test-Session") == "owner" },
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	p.Routes(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	get := func(h map[string]string) (int, string) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/metrics", nil)
		for k, v := range h {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get(nil)
	if code != http.StatusOK {
		t.Fatalf("from the box itself: %d %s", code, body)
	}
	tp := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := tp.TextToMetricFamilies(strings.NewReader(body))
	if err != nil {
		t.Fatalf("Prometheus cannot parse it: %v\n%s", err, body)
	}
	if v := fams[NameQueue].GetMetric()[0].GetGauge().GetValue(); v != 4 {
		t.Errorf("queue depth %v", v)
	}
	if v := fams[NameOutbox].GetMetric()[0].GetGauge().GetValue(); !math.IsNaN(v) {
		t.Errorf("outbox depth with a failing read = %v, want NaN", v)
	}
	if v := fams[NameHealth].GetMetric()[0].GetGauge().GetValue(); v != 1 {
		t.Errorf("health %v, want 1 (degraded)", v)
	}
	parts := map[string]float64{}
	for _, mt := range fams[NamePartHealth].GetMetric() {
		parts[mt.GetLabel()[0].GetValue()] = mt.GetGauge().GetValue()
	}
	if parts["store"] != 0 || parts["whatsapp"] != 2 || parts[`a "quoted" part`] != 1 || len(parts) != 3 {
		t.Errorf("parts %v", parts)
	}
	values := map[string]float64{}
	for _, mt := range fams[NameMessages].GetMetric() {
		values[mt.GetLabel()[0].GetValue()] = mt.GetCounter().GetValue()
	}
	if values["relay"] != 2 || values["webhook"] != 0 || values["simulator"] != 0 {
		t.Errorf("messages %v", values)
	}
	for _, c := range []struct {
		name string
		h    map[string]string
		want int
	}{
		{"proxied, no session", map[string]string{"X-Forwarded-For": "192.0.2.7"}, http.StatusForbidden},
		{"proxied, allowed session", map[string]string{"X-Forwarded-For": "192.0.2.7", "X-Test-Session": "owner"}, http.StatusOK},
		{"forwarded, no session", map[string]string{"Forwarded": "for=192.0.2.7"}, http.StatusForbidden},
	} {
		if code, _ := get(c.h); code != c.want {
			t.Errorf("%s: %d, want %d", c.name, code, c.want)
		}
	}
}
