package metrics

import (
	"io"
	"net"
	"net/http"
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// TestRegistry_Scrape serves a registry on loopback, scrapes it over HTTP
// and reads it back with Prometheus's own text parser.
func TestRegistry_Scrape(t *testing.T) {
	r := New()
	msgs := r.NewCounter("fatoora_messages_in_total", "inbound WhatsApp messages stored")
	orders := r.NewCounter("fatoora_orders_total", "orders by the decision taken", "decision")
	depth := 7.0
	r.NewGaugeFunc("fatoora_queue_depth", "work items waiting", func() float64 { return depth })
	lat := r.NewHistogram("fatoora_understand_seconds", "time to understand one message", []float64{0.001, 0.01, 0.1})

	msgs.Add(3)
	orders.Inc("invoice")
	orders.Inc("invoice")
	orders.Inc(`ask "colour"`) // a label value that needs escaping
	for _, v := range []float64{0.0005, 0.002, 0.05, 3} {
		lat.Observe(v)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: r.Handler()}
	go srv.Serve(ln)
	defer srv.Close()
	resp, err := http.Get("http://" + ln.Addr().String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Fatalf("content type %q", ct)
	}
	body, _ := io.ReadAll(resp.Body)
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(strings.NewReader(string(body)))
	if err != nil {
		t.Fatalf("Prometheus cannot parse the exposition: %v\n%s", err, body)
	}
	if got := fams["fatoora_messages_in_total"].GetMetric()[0].GetCounter().GetValue(); got != 3 {
		t.Errorf("messages = %v, want 3", got)
	}
	byDecision := map[string]float64{}
	for _, m := range fams["fatoora_orders_total"].GetMetric() {
		byDecision[m.GetLabel()[0].GetValue()] = m.GetCounter().GetValue()
	}
	if byDecision["invoice"] != 2 || byDecision[`ask "colour"`] != 1 {
		t.Errorf("orders by decision = %v", byDecision)
	}
	if f := fams["fatoora_queue_depth"]; f.GetType() != dto.MetricType_GAUGE || f.GetMetric()[0].GetGauge().GetValue() != 7 {
		t.Errorf("queue depth = %v", f)
	}
	h := fams["fatoora_understand_seconds"].GetMetric()[0].GetHistogram()
	if h.GetSampleCount() != 4 || h.GetSampleSum() != 0.0005+0.002+0.05+3 {
		t.Errorf("histogram count %d sum %v", h.GetSampleCount(), h.GetSampleSum())
	}
	want := []uint64{1, 2, 3, 4} // cumulative, le 0.001, 0.01, 0.1, +Inf
	for i, b := range h.GetBucket() {
		if b.GetCumulativeCount() != want[i] {
			t.Errorf("bucket le=%v: %d, want %d", b.GetUpperBound(), b.GetCumulativeCount(), want[i])
		}
	}
}

func TestRegistry_DuplicatePanics(t *testing.T) {
	r := New()
	r.NewCounter("x_total", "x")
	defer func() {
		if recover() == nil {
			t.Fatal("a second metric of the same name must panic at start-up")
		}
	}()
	r.NewCounter("x_total", "x again")
}
