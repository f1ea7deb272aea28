// Package health collects the state of the box's parts for the operator:
// each part registers a reporter, and /healthz (and, next, the staff page) show them
// all. The box is "ok" when every part is ok, "critical" when a part needs a
// person before it can go on (sending stopped, a damaged store), else
// "degraded".
package health

import (
	"encoding/json"
	"net/http"
	"sort"
	"sync"
)

// Status levels.
const (
	OK       = "ok"
	Degraded = "degraded"
	// Critical: the part has stopped doing its job until a person acts
	// (a token to renew, a disk to free). /healthz answers 503.
	Critical = "critical"
)

// State is one part's health.
type State struct {
	Status  string         `json:"status"`            // OK, Degraded or Critical
	Message string         `json:"message,omitempty"` // for the operator, when degraded
	Details map[string]any `json:"details,omitempty"`
}

// Report is the whole box's health.
type Report struct {
	Status string           `json:"status"`
	Parts  map[string]State `json:"parts"`
}

// Registry holds the reporters.
type Registry struct {
	mu        sync.Mutex
	reporters map[string]func() State
}

// NewRegistry makes an empty registry.
func NewRegistry() *Registry { return &Registry{reporters: map[string]func() State{}} }

// Register adds or replaces the reporter for name. f is called on every
// health request and must be fast (no network calls).
func (r *Registry) Register(name string, f func() State) {
	r.mu.Lock()
	r.reporters[name] = f
	r.mu.Unlock()
}

// Names lists the registered parts.
func (r *Registry) Names() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]string, 0, len(r.reporters))
	for n := range r.reporters {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Report asks every part.
func (r *Registry) Report() Report {
	r.mu.Lock()
	fs := make(map[string]func() State, len(r.reporters))
	for n, f := range r.reporters {
		fs[n] = f
	}
	r.mu.Unlock()
	rep := Report{Status: OK, Parts: map[string]State{}}
	for n, f := range fs {
		s := safe(f)
		switch s.Status {
		case OK:
		case Critical:
			rep.Status = Critical
		default:
			s.Status = Degraded
			if rep.Status == OK {
				rep.Status = Degraded
			}
		}
		rep.Parts[n] = s
	}
	return rep
}

func safe(f func() State) (s State) {
	defer func() {
		if p := recover(); p != nil {
			s = State{Status: Degraded, Message: "health reporter panicked"}
		}
	}()
	return f()
}

// Handler serves the report as JSON. It answers 200 when ok or degraded (the
// process is up; the body says what is wrong) and 503 when critical, so a
// monitor that only reads status codes sees it.
func (r *Registry) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		rep := r.Report()
		data, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			http.Error(w, "encode health", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if rep.Status == Critical {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		_, _ = w.Write(append(data, '\n'))
	})
}
