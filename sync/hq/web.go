package hq

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"slices"
	"sort"
	"time"

	"fatoora/appliance/access"
	"fatoora/sync/hqwire"
	"fatoora/ui/staff/look"
	"fatoora/ui/web"
)

//go:embed templates
var templatesFS embed.FS

// ServerOptions configure head office's HTTP server.
type ServerOptions struct {
	// Store is read by the page and the exports (required).
	Store Store
	// Receiver answers the boxes' batches (required).
	Receiver *Receiver
	// Access holds the page's accounts and sessions: the box's own login
	// (package appliance/access: argon2id passwords, server-side sessions,
	// throttling, audit log, the one-time setup code of the first owner),
	// over head office's own bbolt file. Required.
	Access *access.Store
	// AnnounceSetup receives the one-time setup code while head office has
	// no account; default: logged at Warn with key "setup_code", as the box
	// does.
	AnnounceSetup func(code, path string)
	// SecureCookie marks the session cookie Secure (and __Host-) even when
	// the request came in plain HTTP: set it behind a TLS reverse proxy.
	// A request that arrives over TLS always gets a secure cookie.
	SecureCookie bool
	// Location is the time zone of the page's days (default Africa/Cairo,
	// or UTC where the zone database is missing).
	Location *time.Location
	// MaxRows caps the documents listed on the page (default 500; the
	// exports have every row).
	MaxRows int
	// Connector, when set, reports the accounting connector's state in
	// /healthz.
	Connector func() any
	Logger    *slog.Logger
}

// Validate reports missing options.
func (o *ServerOptions) Validate() error {
	var errs []error
	if o.Store == nil {
		errs = append(errs, errors.New("server: Store is required"))
	}
	if o.Receiver == nil {
		errs = append(errs, errors.New("server: Receiver is required"))
	}
	if o.Access == nil {
		errs = append(errs, errors.New("server: Access is required (the page's accounts)"))
	}
	return errors.Join(errs...)
}

// Server is head office's HTTP side: the batch API, the page, the exports
// and /healthz.
type Server struct {
	opts  ServerOptions
	acc   *access.Store
	log   *slog.Logger
	pages *web.Engine
}

// pageNames are head office's pages (templates/pages/<name>.html, each in
// templates/layout.html); NewServer checks the engine parsed exactly these.
var pageNames = []string{"documents.html", "error.html", "login.html", "setup.html"}

// NewServer validates opts, parses the pages (a broken template fails here)
// and, while head office has no account, makes a setup code and announces
// it once.
func NewServer(opts ServerOptions) (*Server, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.Location == nil {
		loc, err := time.LoadLocation("Africa/Cairo")
		if err != nil {
			loc = time.UTC
		}
		opts.Location = loc
	}
	if opts.MaxRows <= 0 {
		opts.MaxRows = 500
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.AnnounceSetup == nil {
		log := opts.Logger
		opts.AnnounceSetup = func(code, path string) {
			log.Warn("no account yet: open the setup page and enter this one-time code to create the owner",
				"setup_code", code, "path", path)
		}
	}
	pages, err := web.NewEngine(web.EngineOptions{FS: templatesFS, Pages: "templates/pages/*.html",
		Layouts: "templates/layout.html", Logger: opts.Logger, Funcs: template.FuncMap{
			"pounds": Pounds,
			"kind": func(k string) string {
				if k == hqwire.KindCreditNote {
					return "إشعار دائن"
				}
				return "فاتورة"
			},
			"status": func(s string) string {
				switch s {
				case StatusPaid:
					return "مدفوعة"
				case StatusVoided:
					return "ملغاة"
				}
				return "صادرة"
			},
			"role": roleName,
			"day":  func(t time.Time) string { return t.In(opts.Location).Format("2006-01-02 15:04") },
		}})
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	if got := pages.Pages(); !slices.Equal(got, pageNames) {
		return nil, fmt.Errorf("server: pages %v, want %v", got, pageNames)
	}
	s := &Server{opts: opts, acc: opts.Access, log: opts.Logger.With("component", "web"), pages: pages}
	code, err := s.acc.EnsureSetupCode()
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	if code != "" {
		opts.AnnounceSetup(code, "/setup")
	}
	return s, nil
}

// Handler routes every request: the API (signed by the boxes), /healthz,
// the shared stylesheets, the login, and the page and exports behind it
// (owners and accountants: access.PermReports).
//
//	POST /api/v1/batches   a box's signed batch (package hqwire)
//	GET  /healthz          counts, the connector's state
//	GET  /login            login form                     (public)
//	POST /login            log in                         (public, throttled)
//	GET  /setup            owner setup form               (public while there is no account)
//	POST /setup            create the owner with the code (public, throttled)
//	POST /logout           end this session
//	GET  /                 every branch's documents, filters, daily totals
//	GET  /export           CSV or XLSX (?format=csv|xlsx&box=&from=&to=)
//	GET  /static/…         staff.css, docs.css, icon.svg (package ui/staff/look)
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST "+hqwire.Path, s.opts.Receiver)
	mux.HandleFunc("GET /healthz", s.serveHealth)
	post := func(h http.HandlerFunc) http.Handler { return web.CrossOrigin(h) }
	signedIn := func(perm access.Permission, h http.HandlerFunc) http.Handler {
		return web.CrossOrigin(s.requireSession(perm)(h))
	}
	mux.HandleFunc("GET /login", s.serveLogin)
	mux.Handle("POST /login", post(s.handleLogin))
	mux.HandleFunc("GET /setup", s.serveSetup)
	mux.Handle("POST /setup", post(s.handleSetup))
	mux.Handle("POST /logout", post(s.handleLogout))
	mux.Handle("GET /{$}", signedIn(access.PermReports, s.servePage))
	mux.Handle("GET /export", signedIn(access.PermReports, s.serveExport))
	for _, name := range look.Files {
		mux.HandleFunc("GET /static/"+name, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "public, max-age=3600")
			http.StripPrefix("/static/", http.FileServerFS(look.FS)).ServeHTTP(w, r)
		})
	}
	return web.Secure(mux) // every answer: CSP, nosniff, no referrer, no framing
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	n, err := s.opts.Store.Count(ctx)
	w.Header().Set("Content-Type", "application/json")
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, `{"status":"degraded","message":%q}`+"\n", "store: "+err.Error())
		return
	}
	out := struct {
		Status  string `json:"status"`
		Records int    `json:"records"`
		Stats
		Connector any `json:"connector,omitempty"`
	}{Status: "ok", Records: n, Stats: s.opts.Receiver.Stats()}
	if s.opts.Connector != nil {
		out.Connector = s.opts.Connector()
	}
	_ = json.NewEncoder(w).Encode(out)
}

// query reads the page's filters: box, from, to (YYYY-MM-DD, days in the
// page's time zone, "to" inclusive).
func (s *Server) query(r *http.Request) (Query, error) {
	q := Query{BoxID: r.FormValue("box")}
	for name, dst := range map[string]*time.Time{"from": &q.From, "to": &q.To} {
		v := r.FormValue(name)
		if v == "" {
			continue
		}
		t, err := time.ParseInLocation(time.DateOnly, v, s.opts.Location)
		if err != nil {
			return q, fmt.Errorf("%s: %q is not a date like 2026-12-01", name, v)
		}
		*dst = t
	}
	if !q.To.IsZero() {
		q.To = q.To.AddDate(0, 0, 1)
	}
	return q, nil
}

type documentsData struct {
	Box, From, To string
	Boxes         []string
	Docs          []Document
	Shown, Total  int
	Days          []DayTotal
	Sum           DayTotal
	Error         string
	Export        string
}

func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	d := documentsData{Box: r.FormValue("box"), From: r.FormValue("from"), To: r.FormValue("to")}
	for id := range s.opts.Receiver.opts.Boxes {
		d.Boxes = append(d.Boxes, id)
	}
	sort.Strings(d.Boxes)
	q, err := s.query(r)
	if err != nil {
		d.Error = err.Error()
	} else {
		docs, err := Documents(r.Context(), s.opts.Store, q)
		if err != nil {
			s.log.Error("list documents", "err", err)
			http.Error(w, "could not read the store", http.StatusInternalServerError)
			return
		}
		d.Days = DailyTotals(docs, s.opts.Location)
		for _, t := range d.Days {
			d.Sum.Invoices += t.Invoices
			d.Sum.Credits += t.Credits
			d.Sum.Net += t.Net
			d.Sum.VAT += t.VAT
			d.Sum.Total += t.Total
			d.Sum.Collected += t.Collected
		}
		d.Total = len(docs)
		// Newest first on the page.
		sort.SliceStable(docs, func(i, j int) bool { return docs[i].IssuedAt.After(docs[j].IssuedAt) })
		if len(docs) > s.opts.MaxRows {
			docs = docs[:s.opts.MaxRows]
		}
		d.Docs, d.Shown = docs, len(docs)
	}
	v := s.newView(r)
	v.Data = d
	s.render(w, http.StatusOK, "documents", v)
}

func (s *Server) serveExport(w http.ResponseWriter, r *http.Request) {
	q, err := s.query(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	docs, err := Documents(r.Context(), s.opts.Store, q)
	if err != nil {
		s.log.Error("export", "err", err)
		http.Error(w, "could not read the store", http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	name := "fatoora-documents"
	switch r.FormValue("format") {
	case "", "csv":
		err = WriteCSV(&buf, docs)
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		name += ".csv"
	case "xlsx":
		err = WriteXLSX(&buf, docs)
		w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		name += ".xlsx"
	default:
		http.Error(w, "format: csv or xlsx", http.StatusBadRequest)
		return
	}
	if err != nil {
		s.log.Error("export", "err", err)
		http.Error(w, "could not write the export", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	_, _ = w.Write(buf.Bytes())
}
