// Package part is how a piece of the box attaches to it. A part (ingest,
// the queue, the pipeline, the simulator, the admin routes, the staff UI,
// the relay link, head-office sync, e-receipts) is built by its own package
// and handed to the composition root as a Part: the routes it serves, the
// health reporters it offers, the long-running services it needs and what
// to close on the way out. The composition root (package appliance) only
// lists the parts; it knows nothing of what they do.
//
// A part that needs another part's objects receives them in its own
// Options, from the composition root, never through a global.
//
// Attaching is the same for every part (appliance.Box does it): Routes on
// the box's one mux, Health into the /healthz registry, Services into the
// supervisor, Work on the one queue worker, and Close in reverse order of
// attachment on the way out, before the store closes.
package part

import (
	"net/http"

	"fatoora/appliance/health"
	"fatoora/appliance/queue"
	"fatoora/appliance/supervise"
)

// Part is one attachable piece of the box. Every field but Name is
// optional.
type Part struct {
	// Name identifies the part in logs and errors ("ingest", "relay").
	Name string
	// Routes registers the part's HTTP routes on the box's one listener.
	// Patterns use net/http's method-and-path syntax ("GET /healthz").
	Routes func(mux *http.ServeMux)
	// Health maps a /healthz key to its reporter; reporters must be fast
	// (no network calls, no scans that grow with history).
	Health map[string]func() health.State
	// Services run under the box's supervisor, restarted with backoff when
	// they fail; a cancelled context is a clean stop.
	Services map[string]supervise.Service
	// Work maps a kind of durable work item (queue.KindUnderstand) to the
	// handler the box's one queue worker runs for it. One handler per kind.
	Work map[string]queue.Handler
	// Close releases what the part holds outside its services (an index,
	// a listener). Parts are closed in reverse order of attachment, before
	// the store.
	Close func() error
}
