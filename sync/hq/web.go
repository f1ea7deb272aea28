package hq

import (
	"bytes"
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"sort"
	"time"

	"golang.org/x/crypto/bcrypt"

	"fatoora/sync/hqwire"
)

//go:embed templates/*.html
var templatesFS embed.FS

// ServerOptions configure head office's HTTP server.
type ServerOptions struct {
	// Store is read by the page and the exports (required).
	Store Store
	// Receiver answers the boxes' batches (required).
	Receiver *Receiver
	// AdminUser and AdminHash (a bcrypt hash) protect the page and the
	// exports with HTTP basic auth. Without a hash the page is refused:
	// there is no open mode.
	AdminUser string
	AdminHash []byte
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
	if len(o.AdminHash) > 0 {
		if _, err := bcrypt.Cost(o.AdminHash); err != nil {
			errs = append(errs, fmt.Errorf("server: the admin password file must hold a bcrypt hash: %w", err))
		}
	}
	return errors.Join(errs...)
}

// Server is head office's HTTP side: the batch API, the page, the exports
// and /healthz.
type Server struct {
	opts ServerOptions
	log  *slog.Logger
	page *template.Template
}

// NewServer validates opts and parses the page's template.
func NewServer(opts ServerOptions) (*Server, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.AdminUser == "" {
		opts.AdminUser = "admin"
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
	page, err := template.New("page.html").Funcs(template.FuncMap{
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
		"day": func(t time.Time) string { return t.In(opts.Location).Format("2006-01-02 15:04") },
	}).ParseFS(templatesFS, "templates/page.html")
	if err != nil {
		return nil, fmt.Errorf("parse page: %w", err)
	}
	return &Server{opts: opts, log: opts.Logger.With("component", "web"), page: page}, nil
}

// Handler routes every request: the API (signed by the boxes), /healthz,
// and the page and exports behind the login.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST "+hqwire.Path, s.opts.Receiver)
	mux.HandleFunc("GET /healthz", s.serveHealth)
	mux.Handle("GET /{$}", s.auth(http.HandlerFunc(s.servePage)))
	mux.Handle("GET /export", s.auth(http.HandlerFunc(s.serveExport)))
	return secure(mux)
}

func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'none'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}

// auth is HTTP basic auth against the bcrypt hash.
func (s *Server) auth(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		if len(s.opts.AdminHash) == 0 {
			http.Error(w, "the page is off: start fatoora-hq with --admin-password-file", http.StatusForbidden)
			return
		}
		userOK := subtle.ConstantTimeCompare([]byte(user), []byte(s.opts.AdminUser)) == 1
		if !ok || bcrypt.CompareHashAndPassword(s.opts.AdminHash, []byte(pass)) != nil || !userOK {
			w.Header().Set("WWW-Authenticate", `Basic realm="fatoora head office", charset="UTF-8"`)
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
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

type pageData struct {
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
	d := pageData{Box: r.FormValue("box"), From: r.FormValue("from"), To: r.FormValue("to")}
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
	var buf bytes.Buffer
	if err := s.page.Execute(&buf, d); err != nil {
		s.log.Error("render page", "err", err)
		http.Error(w, "could not render the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
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
