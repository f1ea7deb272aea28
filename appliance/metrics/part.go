package metrics

import (
	"errors"
	"math"
	"net/http"
	"sync"

	"fatoora/appliance/health"
	"fatoora/appliance/part"
	"fatoora/ui/web"
)

// PartOptions is what the /metrics part reads from the rest of the box.
type PartOptions struct {
	// QueueDepth and OutboxDepth read the depth counters the queue and the
	// pipeline keep in their own transactions (queue.Depth,
	// pipeline.OutboxDepth): two reads at a scrape, never a scan. Required.
	QueueDepth, OutboxDepth func() (uint64, error)
	// Health is the box's /healthz report, read once per scrape. Required.
	Health func() health.Report
	// Allow lets through a request that did not come from the box itself:
	// the composition root passes the staff UI's session check (an owner's
	// session). Nil: loopback only.
	Allow func(r *http.Request) bool
}

// Validate checks that the required readers are set.
func (o PartOptions) Validate() error {
	var errs []error
	if o.QueueDepth == nil || o.OutboxDepth == nil {
		errs = append(errs, errors.New("metrics: QueueDepth and OutboxDepth are required"))
	}
	if o.Health == nil {
		errs = append(errs, errors.New("metrics: Health is required"))
	}
	return errors.Join(errs...)
}

// healthValue is a health status as a gauge value.
var healthValue = map[string]float64{health.OK: 0, health.Degraded: 1, health.Critical: 2}

// Part serves GET /metrics (Prometheus text format 0.0.4) to the box itself
// (a loopback peer with no proxy header) and to requests o.Allow accepts;
// anything else gets 403. The depth and health gauges are read at scrape
// time. Call it once: it registers those gauges.
func (m *Box) Part(o PartOptions) (part.Part, error) {
	if err := o.Validate(); err != nil {
		return part.Part{}, err
	}
	var scrape sync.Mutex // one scrape at a time: the health read is its own
	var mu sync.Mutex
	var last health.Report // the report of the scrape being written
	depth := func(f func() (uint64, error)) func() float64 {
		return func() float64 {
			n, err := f()
			if err != nil {
				return math.NaN()
			}
			return float64(n)
		}
	}
	m.reg.NewGaugeFunc(NameQueue, "work items in the durable queue, parked ones included", depth(o.QueueDepth))
	m.reg.NewGaugeFunc(NameOutbox, "WhatsApp sends waiting in the outbox", depth(o.OutboxDepth))
	m.reg.NewGaugeFunc(NameHealth, "the box's health as /healthz reports it: 0 ok, 1 degraded, 2 critical", func() float64 {
		mu.Lock()
		defer mu.Unlock()
		return healthValue[last.Status]
	})
	m.reg.NewGaugeVecFunc(NamePartHealth, "each part's health as /healthz reports it: 0 ok, 1 degraded, 2 critical", "part", func() map[string]float64 {
		mu.Lock()
		defer mu.Unlock()
		out := make(map[string]float64, len(last.Parts))
		for name, st := range last.Parts {
			out[name] = healthValue[st.Status]
		}
		return out
	})
	serve := m.reg.Handler()
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !web.FromLoopback(r) && (o.Allow == nil || !o.Allow(r)) {
			http.Error(w, "forbidden: /metrics answers the box itself or an owner's staff session", http.StatusForbidden)
			return
		}
		scrape.Lock()
		defer scrape.Unlock()
		rep := o.Health()
		mu.Lock()
		last = rep
		mu.Unlock()
		w.Header().Set("Cache-Control", "no-store")
		serve.ServeHTTP(w, r)
	})
	return part.Part{
		Name:   "metrics",
		Routes: func(mux *http.ServeMux) { mux.Handle("GET /metrics", h) },
	}, nil
}
