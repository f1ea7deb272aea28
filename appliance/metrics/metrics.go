// Package metrics is the box's Prometheus exposition: counters, gauges read
// at scrape time and histograms, written in the text format (version
// 0.0.4) at /metrics. It is small on purpose: no global registry, no
// dependency, the few metric kinds the box needs.
//
// Box holds the box's metrics (box.go names them). The composition root
// makes one and hands it to ingest, the pipeline and the invoice book as
// their Observer, so each counter moves where its event happens, after the
// commit that makes it real; Box.Part serves them at GET /metrics to the box
// itself or to a request the staff UI's session check allows (part.go).
package metrics

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Registry holds every metric of one process.
type Registry struct {
	mu      sync.Mutex
	metrics map[string]metric
}

type metric interface {
	write(w *bufio.Writer, name string)
	help() string
	kind() string
}

// New makes an empty registry.
func New() *Registry { return &Registry{metrics: map[string]metric{}} }

func (r *Registry) add(name string, m metric) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, dup := r.metrics[name]; dup {
		panic("metrics: duplicate metric " + name)
	}
	r.metrics[name] = m
}

// Counter is a monotonically increasing count, optionally split by labels.
type Counter struct {
	h      string
	labels []string
	mu     sync.Mutex
	vals   map[string]*atomic.Uint64 // key: label values joined by \x00
}

// NewCounter registers a counter; labels name its dimensions.
func (r *Registry) NewCounter(name, help string, labels ...string) *Counter {
	c := &Counter{h: help, labels: labels, vals: map[string]*atomic.Uint64{}}
	if len(labels) == 0 {
		c.vals[""] = new(atomic.Uint64)
	}
	r.add(name, c)
	return c
}

// Inc adds one for the given label values (as many as the counter has labels).
func (c *Counter) Inc(values ...string) { c.Add(1, values...) }

// Add adds n.
func (c *Counter) Add(n uint64, values ...string) {
	if len(values) != len(c.labels) {
		panic(fmt.Sprintf("metrics: %d label values for %d labels", len(values), len(c.labels)))
	}
	k := strings.Join(values, "\x00")
	c.mu.Lock()
	v, ok := c.vals[k]
	if !ok {
		v = new(atomic.Uint64)
		c.vals[k] = v
	}
	c.mu.Unlock()
	v.Add(n)
}

func (c *Counter) help() string { return c.h }
func (c *Counter) kind() string { return "counter" }
func (c *Counter) write(w *bufio.Writer, name string) {
	c.mu.Lock()
	keys := make([]string, 0, len(c.vals))
	for k := range c.vals {
		keys = append(keys, k)
	}
	c.mu.Unlock()
	sort.Strings(keys)
	for _, k := range keys {
		c.mu.Lock()
		v := c.vals[k].Load()
		c.mu.Unlock()
		fmt.Fprintf(w, "%s%s %d\n", name, labelText(c.labels, k, "", ""), v)
	}
}

// GaugeFunc is a value read when the metrics are scraped (a queue depth).
type GaugeFunc struct {
	h string
	f func() float64
}

// NewGaugeFunc registers a gauge whose value f returns at scrape time; f
// must be fast (a counter kept up to date, not a scan).
func (r *Registry) NewGaugeFunc(name, help string, f func() float64) {
	r.add(name, &GaugeFunc{h: help, f: f})
}

func (g *GaugeFunc) help() string { return g.h }
func (g *GaugeFunc) kind() string { return "gauge" }
func (g *GaugeFunc) write(w *bufio.Writer, name string) {
	fmt.Fprintf(w, "%s %s\n", name, formatFloat(g.f()))
}

// GaugeVecFunc is a gauge with one label whose values f returns at scrape
// time (a part's health state, by part).
type GaugeVecFunc struct {
	h     string
	label string
	f     func() map[string]float64
}

// NewGaugeVecFunc registers a one-label gauge read at scrape time; f must
// be fast.
func (r *Registry) NewGaugeVecFunc(name, help, label string, f func() map[string]float64) {
	r.add(name, &GaugeVecFunc{h: help, label: label, f: f})
}

func (g *GaugeVecFunc) help() string { return g.h }
func (g *GaugeVecFunc) kind() string { return "gauge" }
func (g *GaugeVecFunc) write(w *bufio.Writer, name string) {
	vals := g.f()
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%s%s %s\n", name, labelText([]string{g.label}, k, "", ""), formatFloat(vals[k]))
	}
}

// Histogram counts observations (seconds) into fixed buckets.
type Histogram struct {
	h       string
	bounds  []float64
	mu      sync.Mutex
	counts  []uint64 // per bucket, not cumulative; the last is +Inf
	sum     float64
	samples uint64
}

// DefaultLatency are buckets for the box's latencies, 1 ms to 60 s.
var DefaultLatency = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}

// NewHistogram registers a histogram with the given upper bounds (sorted).
func (r *Registry) NewHistogram(name, help string, bounds []float64) *Histogram {
	b := append([]float64(nil), bounds...)
	sort.Float64s(b)
	h := &Histogram{h: help, bounds: b, counts: make([]uint64, len(b)+1)}
	r.add(name, h)
	return h
}

// Observe records one value.
func (h *Histogram) Observe(v float64) {
	i := sort.SearchFloat64s(h.bounds, v) // first bound >= v
	h.mu.Lock()
	h.counts[i]++
	h.sum += v
	h.samples++
	h.mu.Unlock()
}

// Since records the time elapsed since start, in seconds.
func (h *Histogram) Since(start time.Time) { h.Observe(time.Since(start).Seconds()) }

func (h *Histogram) help() string                       { return h.h }
func (h *Histogram) kind() string                       { return "histogram" }
func (h *Histogram) write(w *bufio.Writer, name string) { h.writeLabelled(w, name, "", "") }

// writeLabelled writes the histogram's series, with label="value" before
// le when label is not empty (one series of a HistogramVec).
func (h *Histogram) writeLabelled(w *bufio.Writer, name, label, value string) {
	h.mu.Lock()
	counts := append([]uint64(nil), h.counts...)
	sum, n := h.sum, h.samples
	h.mu.Unlock()
	var names []string
	if label != "" {
		names = []string{label}
	}
	var cum uint64
	for i, b := range h.bounds {
		cum += counts[i]
		fmt.Fprintf(w, "%s_bucket%s %d\n", name, labelText(names, value, "le", formatFloat(b)), cum)
	}
	fmt.Fprintf(w, "%s_bucket%s %d\n", name, labelText(names, value, "le", "+Inf"), n)
	fmt.Fprintf(w, "%s_sum%s %s\n%s_count%s %d\n", name, labelText(names, value, "", ""), formatFloat(sum), name, labelText(names, value, "", ""), n)
}

// HistogramVec is a histogram split by one label whose values are named
// when it is registered (an order's stages): each value's series is
// exported from the start, and observing a value not named is a bug.
type HistogramVec struct {
	h     string
	label string
	vals  []string
	hs    map[string]*Histogram
}

// NewHistogramVec registers a histogram with one label, one series per
// value in values, each with the given upper bounds.
func (r *Registry) NewHistogramVec(name, help, label string, values []string, bounds []float64) *HistogramVec {
	b := append([]float64(nil), bounds...)
	sort.Float64s(b)
	v := &HistogramVec{h: help, label: label, vals: append([]string(nil), values...), hs: make(map[string]*Histogram, len(values))}
	sort.Strings(v.vals)
	for _, val := range values {
		v.hs[val] = &Histogram{bounds: b, counts: make([]uint64, len(b)+1)}
	}
	r.add(name, v)
	return v
}

// Observe records one value of the series value; it panics for a value
// not named at registration.
func (v *HistogramVec) Observe(value string, x float64) {
	h, ok := v.hs[value]
	if !ok {
		panic("metrics: unknown " + v.label + " " + strconv.Quote(value))
	}
	h.Observe(x)
}

func (v *HistogramVec) help() string { return v.h }
func (v *HistogramVec) kind() string { return "histogram" }
func (v *HistogramVec) write(w *bufio.Writer, name string) {
	for _, val := range v.vals {
		v.hs[val].writeLabelled(w, name, v.label, val)
	}
}

// WriteTo writes every metric in the text exposition format, sorted by name.
func (r *Registry) WriteTo(out io.Writer) (int64, error) {
	r.mu.Lock()
	names := make([]string, 0, len(r.metrics))
	for n := range r.metrics {
		names = append(names, n)
	}
	ms := make(map[string]metric, len(r.metrics))
	for n, m := range r.metrics {
		ms[n] = m
	}
	r.mu.Unlock()
	sort.Strings(names)
	cw := &countWriter{w: out}
	w := bufio.NewWriter(cw)
	for _, n := range names {
		m := ms[n]
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", n, escapeHelp(m.help()), n, m.kind())
		m.write(w, n)
	}
	err := w.Flush()
	return cw.n, err
}

// Handler serves the registry at /metrics.
func (r *Registry) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		_, _ = r.WriteTo(w)
	})
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func labelText(names []string, key, extraName, extraVal string) string {
	if len(names) == 0 && extraName == "" {
		return ""
	}
	vals := strings.Split(key, "\x00")
	var b strings.Builder
	b.WriteByte('{')
	for i, n := range names {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(n)
		b.WriteString(`="`)
		b.WriteString(escapeLabel(vals[i]))
		b.WriteByte('"')
	}
	if extraName != "" {
		if len(names) > 0 {
			b.WriteByte(',')
		}
		b.WriteString(extraName + `="` + escapeLabel(extraVal) + `"`)
	}
	b.WriteByte('}')
	return b.String()
}

var (
	labelEscaper = strings.NewReplacer(`\`, `\\`, "\n", `\n`, `"`, `\"`)
	helpEscaper  = strings.NewReplacer(`\`, `\\`, "\n", `\n`)
)

func escapeLabel(s string) string { return labelEscaper.Replace(s) }
func escapeHelp(s string) string  { return helpEscaper.Replace(s) }

func formatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	case math.IsNaN(f):
		return "NaN"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}
