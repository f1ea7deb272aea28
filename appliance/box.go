// Package appliance is the composition root of the box: New opens the store
// and the work queue, builds every part from config.Options (parts.go lists
// them, in start-up order) and attaches each the same way — its routes on
// the one HTTP mux, its health reporters on /healthz, its services under
// the one supervisor, its work handlers on the one queue worker. Serve runs
// every service until the context is cancelled.
//
// Start-up order: data directory and lock, store and migrations, queue,
// HTTP listener, then the parts in the order parts.go lists them.
// Shutdown order (on ctx cancel): the HTTP server stops accepting and
// drains in-flight webhooks, the other services stop, the parts are closed
// in reverse order, then the store is closed.
package appliance

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"time"

	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/appliance/part"
	"fatoora/appliance/queue"
	"fatoora/appliance/store"
	"fatoora/appliance/supervise"
)

// DBFile is the store's file name inside the data directory.
const DBFile = "fatoora.db"

// lowDisk is the free space on the data disk below which health degrades.
const lowDisk = 256 << 20

// ErrAlreadyRunning is returned by New when another process holds the data
// directory.
var ErrAlreadyRunning = errors.New("another fatoora is running")

// Box is the running appliance.
type Box struct {
	opts config.Options
	log  *slog.Logger

	db     *store.DB
	worker *queue.Worker
	mux    *http.ServeMux
	health *health.Registry
	sup    *supervise.Supervisor
	srv    *http.Server

	lnMu sync.Mutex
	ln   net.Listener

	parts     []part.Part // attached, in start-up order
	closeOnce sync.Once

	// notReady: a live box with a required setting missing or still a
	// demo value. It stores what it can verify and answers nobody.
	notReady bool
}

// New builds the box. Call Serve to run it, or Close if Serve is never
// called. Without FATOORA_WA_APP_SECRET the webhook secret is random per
// process: Meta's posts are refused and only in-process sources that sign
// with the ingester's key (the simulator) get in.
func New(opts config.Options, logger *slog.Logger) (*Box, error) {
	if err := opts.Validate(); err != nil {
		return nil, fmt.Errorf("invalid configuration:\n%w", err)
	}
	if logger == nil {
		logger = slog.Default()
	}
	b := &Box{opts: opts, log: logger, mux: http.NewServeMux(), health: health.NewRegistry()}
	b.notReady = len(opts.NotReady()) > 0
	b.sup = supervise.New(supervise.Options{Logger: logger})

	if err := os.MkdirAll(opts.Server.Data, 0o700); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	path := filepath.Join(opts.Server.Data, DBFile)
	db, err := store.Open(path, store.Options{Timeout: time.Second})
	if errors.Is(err, store.ErrLocked) {
		return nil, fmt.Errorf("%w on %s (stop it first, or use another --data)", ErrAlreadyRunning, opts.Server.Data)
	}
	if err != nil {
		return nil, err
	}
	b.db = db
	// Several messages at once: each order's commits are group-committed.
	b.worker = queue.NewWorker(db, queue.Options{Concurrency: 32, Logger: logger})

	ln, err := net.Listen("tcp", opts.Server.Listen)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("listen %s: %w", opts.Server.Listen, err)
	}
	b.ln = ln
	parts, err := b.build()
	if err != nil {
		ln.Close()
		b.parts = parts // the ones built so far
		b.closeParts()
		db.Close()
		return nil, err
	}
	for _, p := range parts {
		b.attach(p)
	}
	b.srv = &http.Server{
		Handler:           b.mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      5 * time.Minute, // a hot backup of a large store streams for a while
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	b.sup.Add("http", supervise.Func(b.serveHTTP))
	return b, nil
}

// attach joins one part to the box: its routes on the mux, its health
// reporters on /healthz, its work handlers on the queue worker, its services
// under the supervisor (in name order); Close later closes it.
func (b *Box) attach(p part.Part) {
	b.parts = append(b.parts, p)
	if p.Routes != nil {
		p.Routes(b.mux)
	}
	for name, f := range p.Health {
		b.health.Register(name, f)
	}
	for kind, h := range p.Work {
		b.worker.Handle(kind, h)
	}
	names := make([]string, 0, len(p.Services))
	for name := range p.Services {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		b.sup.Add(name, p.Services[name])
	}
}

// closeParts closes the attached parts in reverse order.
func (b *Box) closeParts() {
	for i := len(b.parts) - 1; i >= 0; i-- {
		p := b.parts[i]
		if p.Close == nil {
			continue
		}
		if err := p.Close(); err != nil {
			b.log.Warn("close part", "part", p.Name, "err", err)
		}
	}
	b.parts = nil
}

// Addr is the address the HTTP server listens on.
func (b *Box) Addr() net.Addr {
	b.lnMu.Lock()
	defer b.lnMu.Unlock()
	return b.ln.Addr()
}

// Serve runs the box until ctx is cancelled, then shuts down in order and
// closes the store. A cancelled ctx is a clean stop (nil).
func (b *Box) Serve(ctx context.Context) error {
	b.log.Info("listening", "addr", b.Addr().String(), "data", b.opts.Server.Data)
	err := b.sup.Serve(ctx)
	cerr := b.Close()
	b.log.Info("stopped", "data", b.opts.Server.Data)
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	return errors.Join(err, cerr)
}

// Close closes the listener and the store. Serve calls it on the way out.
func (b *Box) Close() error {
	var err error
	b.closeOnce.Do(func() {
		b.lnMu.Lock()
		if b.ln != nil {
			b.ln.Close()
		}
		b.lnMu.Unlock()
		b.closeParts()
		err = b.db.Close()
	})
	return err
}

func (b *Box) serveHTTP(ctx context.Context) error {
	b.lnMu.Lock()
	ln := b.ln
	b.lnMu.Unlock()
	errc := make(chan error, 1)
	go func() { errc <- b.srv.Serve(ln) }()
	select {
	case err := <-errc:
		// The listener broke: listen again before the supervisor restarts us.
		nl, lerr := net.Listen("tcp", b.opts.Server.Listen)
		if lerr == nil {
			b.lnMu.Lock()
			b.ln = nl
			b.lnMu.Unlock()
		}
		return fmt.Errorf("http: %w", err)
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		if err := b.srv.Shutdown(sctx); err != nil {
			b.log.Warn("http shutdown", "err", err)
			b.srv.Close()
		}
		<-errc
		return ctx.Err()
	}
}

// storePart reports the store: its size, schema version and the free
// space on the data disk (degraded when low).
func storePart(db *store.DB, dataDir string) part.Part {
	return part.Part{Name: "store", Health: map[string]func() health.State{"store": func() health.State {
		st := health.State{Status: health.OK, Details: map[string]any{"path": db.Path()}}
		if fi, err := os.Stat(db.Path()); err == nil {
			st.Details["size_bytes"] = fi.Size()
		}
		v, err := db.Schema()
		if err != nil {
			return health.State{Status: health.Degraded, Message: "store unreadable: " + err.Error()}
		}
		st.Details["schema_version"] = v
		if c := db.CheckState(); c.Done {
			st.Details["checked_at_start"] = c.Took.String()
		} else if c.Skipped != "" {
			st.Details["checked_at_start"] = false
			st.Message = "the start-up consistency check was skipped (" + c.Skipped + "): run `fatoora store check` during a quiet hour (stop the box first)"
		} else {
			st.Details["checked_at_start"] = false
			st.Message = "the start-up consistency check did not finish in its time bound: run `fatoora store check` during a quiet hour (stop the box first)"
		}
		var fs syscall.Statfs_t
		if err := syscall.Statfs(dataDir, &fs); err == nil {
			free := int64(fs.Bavail) * int64(fs.Bsize)
			st.Details["disk_free_bytes"] = free
			if free < lowDisk {
				st.Status = health.Degraded
				st.Message = fmt.Sprintf("only %d MiB free on the data disk: webhooks will fail when it is full", free>>20)
			}
		}
		return st
	}}}
}

// queuePart runs the durable work queue's worker and reports its backlog;
// the other parts' Work handlers run on it.
func queuePart(w *queue.Worker) part.Part {
	return part.Part{
		Name:     "queue",
		Services: map[string]supervise.Service{"queue": w},
		Health: map[string]func() health.State{"queue": func() health.State {
			s, err := w.Stats()
			if err != nil {
				return health.State{Status: health.Degraded, Message: err.Error()}
			}
			st := health.State{Status: health.OK, Details: map[string]any{"pending": s.Pending, "retrying": s.Retrying, "dead": s.Dead}}
			if s.Dead > 0 {
				st.Status, st.Message = health.Degraded, strconv.Itoa(s.Dead)+" work items failed permanently and wait for staff"
				st.Details["parked"] = s.Parked
				if len(s.Parked) > 0 {
					st.Message += " (first: " + s.Parked[0].Kind + " " + s.Parked[0].Ref + ": " + s.Parked[0].Error + ")"
				}
			}
			return st
		}},
	}
}

// healthPart serves GET /healthz from the registry every part reports
// into, and reports the supervisor's view of every service.
func healthPart(reg *health.Registry, sup *supervise.Supervisor) part.Part {
	return part.Part{
		Name:   "healthz",
		Routes: func(mux *http.ServeMux) { mux.Handle("GET /healthz", reg.Handler()) },
		Health: map[string]func() health.State{"services": func() health.State {
			st := health.State{Status: health.OK, Details: map[string]any{}}
			for n, s := range sup.States() {
				st.Details[n] = s
				if s.Stopped {
					st.Status, st.Message = health.Degraded, n+" stopped: "+s.LastError
				}
			}
			return st
		}},
	}
}
