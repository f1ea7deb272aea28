// Package appliance is the composition root of the box: New opens the store,
// builds the webhook ingester, the work queue, the HTTP server and the
// health registry from config.Options; the pipeline, catalog and UI are
// added on top through Mux, AddService, Queue and Health; Serve runs every
// service under one supervisor until the context is cancelled.
//
// Start-up order: data directory and lock, store and migrations, ingest,
// queue, HTTP listener. Shutdown order (on ctx cancel): the HTTP server
// stops accepting and drains in-flight webhooks, the other services stop,
// then the store is closed.
package appliance

import (
	"context"
	"crypto/rand"
	"errors"
	"fatoora/appliance/invoice"
	"fatoora/appliance/pipeline"
	"fatoora/catalog"
	"fatoora/ui/sim"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/appliance/ingest"
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
	ing    *ingest.Ingester
	worker *queue.Worker
	mux    *http.ServeMux
	sup    *supervise.Supervisor
	srv    *http.Server

	lnMu sync.Mutex
	ln   net.Listener

	// Parts joined by wirePipeline (wire.go).
	catalog      *catalog.Store
	understander *liveUnderstander
	book         *invoice.Book
	sim          *sim.Simulator
	pipeline     *pipeline.Pipeline

	// Health is where parts register their reporters; GET /healthz serves it.
	Health    *health.Registry
	closeOnce sync.Once
}

// New builds the box. Call Serve to run it, or Close if Serve is never
// called. Without FATOORA_WA_APP_SECRET the webhook secret is random per
// process: Meta's posts are refused and only in-process sources that sign
// with Ingester().Sign (the simulator) get in.
func New(opts config.Options, logger *slog.Logger) (*Box, error) {
	if err := opts.Validate(); err != nil {
		return nil, fmt.Errorf("invalid configuration:\n%w", err)
	}
	if logger == nil {
		logger = slog.Default()
	}
	b := &Box{opts: opts, log: logger, mux: http.NewServeMux(), Health: health.NewRegistry()}
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

	secret := []byte(opts.WhatsApp.AppSecret)
	if len(secret) == 0 {
		secret = make([]byte, 32)
		_, _ = rand.Read(secret)
		logger.Warn("FATOORA_WA_APP_SECRET not set: webhooks from Meta are refused; only the built-in simulator can post")
	}
	b.ing, err = ingest.New(db, ingest.Options{
		Secret:       secret,
		MaxBodyBytes: opts.Server.MaxBodyBytes,
		Logger:       logger,
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	// Several messages at once: each order's commits are group-committed.
	b.worker = queue.NewWorker(db, queue.Options{Concurrency: 32, Logger: logger})

	b.mux.Handle("/webhook/whatsapp", ingest.Handler(b.ing, ingest.HandlerOptions{VerifyToken: opts.WhatsApp.VerifyToken, Logger: logger}))
	b.mux.Handle("GET /healthz", b.Health.Handler())
	b.mux.Handle("GET /admin/backup", loopbackOnly(http.HandlerFunc(b.serveBackup)))
	b.registerHealth()

	ln, err := net.Listen("tcp", opts.Server.Listen)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("listen %s: %w", opts.Server.Listen, err)
	}
	b.ln = ln
	if err := b.wirePipeline(); err != nil {
		ln.Close()
		b.closeParts()
		db.Close()
		return nil, err
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
	b.sup.Add("queue", b.worker)
	return b, nil
}

// DB is the store.
func (b *Box) DB() *store.DB { return b.db }

// Mux is the HTTP router; add routes before or during Serve.
func (b *Box) Mux() *http.ServeMux { return b.mux }

// Queue is the durable work queue's worker; register handlers with
// Queue().Handle(kind, h).
func (b *Box) Queue() *queue.Worker { return b.worker }

// Ingester is the webhook ingester (for the relay link and the simulator).
func (b *Box) Ingester() *ingest.Ingester { return b.ing }

// Options are the box's validated options.
func (b *Box) Options() config.Options { return b.opts }

// Logger is the box's logger.
func (b *Box) Logger() *slog.Logger { return b.log }

// Addr is the address the HTTP server listens on.
func (b *Box) Addr() net.Addr {
	b.lnMu.Lock()
	defer b.lnMu.Unlock()
	return b.ln.Addr()
}

// AddService runs svc under the box's supervisor (restarted with backoff on
// failure). Services added after Serve started begin at once.
func (b *Box) AddService(name string, svc supervise.Service) { b.sup.Add(name, svc) }

// Services reports the supervisor's view of every service.
func (b *Box) Services() map[string]supervise.ServiceState { return b.sup.States() }

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

func (b *Box) registerHealth() {
	b.Health.Register("store", func() health.State {
		st := health.State{Status: health.OK, Details: map[string]any{"path": b.db.Path()}}
		if fi, err := os.Stat(b.db.Path()); err == nil {
			st.Details["size_bytes"] = fi.Size()
		}
		v, err := b.db.Schema()
		if err != nil {
			return health.State{Status: health.Degraded, Message: "store unreadable: " + err.Error()}
		}
		st.Details["schema_version"] = v
		var fs syscall.Statfs_t
		if err := syscall.Statfs(b.opts.Server.Data, &fs); err == nil {
			free := int64(fs.Bavail) * int64(fs.Bsize)
			st.Details["disk_free_bytes"] = free
			if free < lowDisk {
				st.Status = health.Degraded
				st.Message = fmt.Sprintf("only %d MiB free on the data disk: webhooks will fail when it is full", free>>20)
			}
		}
		return st
	})
	b.Health.Register("webhook", func() health.State {
		s := b.ing.Stats()
		st := health.State{Status: health.OK, Details: map[string]any{
			"webhooks_accepted": s.Accepted, "messages": s.Messages, "duplicates": s.Duplicates,
			"bad_signature": s.BadSignature, "malformed": s.Malformed, "too_large": s.TooLarge,
			"store_errors": s.StoreErrors, "webhook_secret_configured": b.opts.WhatsApp.AppSecret != "",
			"sending_configured": b.opts.WhatsApp.Token != "",
		}}
		if !s.LastAccepted.IsZero() {
			st.Details["last_webhook"] = s.LastAccepted
		}
		switch {
		case b.opts.WhatsApp.AppSecret == "":
			st.Message = "not connected to WhatsApp (simulator only): set FATOORA_WA_APP_SECRET"
		case s.StoreErrors > 0 && s.LastError != "":
			st.Status, st.Message = health.Degraded, "a webhook could not be stored: "+s.LastError
		}
		return st
	})
	b.Health.Register("queue", func() health.State {
		s, err := b.worker.Stats()
		if err != nil {
			return health.State{Status: health.Degraded, Message: err.Error()}
		}
		st := health.State{Status: health.OK, Details: map[string]any{"pending": s.Pending, "retrying": s.Retrying, "dead": s.Dead}}
		if s.Dead > 0 {
			st.Status, st.Message = health.Degraded, strconv.Itoa(s.Dead)+" work items failed permanently and wait for staff"
		}
		return st
	})
	b.Health.Register("services", func() health.State {
		st := health.State{Status: health.OK, Details: map[string]any{}}
		for n, s := range b.sup.States() {
			st.Details[n] = s
			if s.Stopped {
				st.Status, st.Message = health.Degraded, n+" stopped: "+s.LastError
			}
		}
		return st
	})
}

func (b *Box) serveBackup(w http.ResponseWriter, r *http.Request) {
	size, err := b.db.BackupSize()
	if err != nil {
		http.Error(w, "backup failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", `attachment; filename="fatoora-backup.db"`)
	w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
	if _, err := b.db.Backup(w); err != nil {
		b.log.Error("hot backup failed", "err", err)
	}
}

// loopbackOnly refuses requests that did not come from this machine.
func loopbackOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		ip := net.ParseIP(host)
		proxied := r.Header.Get("X-Forwarded-For") != "" || r.Header.Get("Forwarded") != "" || r.Header.Get("X-Real-Ip") != ""
		if err != nil || ip == nil || !ip.IsLoopback() || proxied { // a local reverse proxy is not the box
			http.Error(w, "forbidden: only from the box itself", http.StatusForbidden)
			return
		}
		h.ServeHTTP(w, r)
	})
}
