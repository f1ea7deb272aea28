// Package staff is the staff's web UI on the shop's LAN: the login and
// one-time setup pages, the session middleware every staff page and API
// sits behind, the page layout (right-to-left Arabic first, English on a
// switch, usable on a phone), the own-account page, the owner's team page
// and the staff log. Who may do what, and how sessions are kept, is
// package appliance/access; this package only turns requests into calls
// there (cookies, forms, redirects).
//
// Routes, under Options.Prefix (default /staff):
//
//	GET  /staff/                      home: the dashboard (routes_ops.go, with the other shop-floor pages)
//	GET  /staff/login                 login form         (public)
//	POST /staff/login                 log in             (public, throttled)
//	GET  /staff/setup                 owner setup form   (public while the box has no user)
//	POST /staff/setup                 create the owner   (public, throttled, needs the setup code)
//	POST /staff/logout                end this session
//	GET  /staff/account               own sessions, password form
//	POST /staff/account/password      change own password (ends every other session)
//	POST /staff/account/sessions/{id}/revoke   end one own session
//	GET  /staff/users                 team accounts                        (users.manage)
//	POST /staff/users                 create an account                    (users.manage)
//	POST /staff/users/{user}          change role or disable/enable        (users.manage)
//	POST /staff/users/{user}/password set a new password, ends its sessions (users.manage)
//	POST /staff/users/{user}/logout   end every session of the user        (users.manage)
//	GET  /staff/audit                 staff log, paged, ?user= ?before=    (audit.view)
//	GET  /staff/lang/{lang}           switch language (cookie), back to ?next=
//	GET  /staff/static/               CSS, icons, vendored htmx (public, embedded)
//	*    /staff/...                   anything else: 404 page, after the session check
//
// The documents, day report and exports, catalog, customers and settings
// pages have their own table in routes_docs.go (docsRoutes); the items
// head office refused, in hq.go (hqRoutes).
//
// Adding a page: its template in templates/pages/ (calling the layout and
// defining "title" and "content") listed in pageNames, its menu entry with its permission in
// menu, its route in Routes wrapped by RequireSession(perm); every string
// in the messages catalogue in both languages (a test checks). Handlers
// find the signed-in actor with access.ActorFrom(r.Context()) and record a
// staff action with access.Store.RecordTx in the transaction of the change.
//
// Every POST passes web.CrossOrigin (net/http's CrossOriginProtection);
// every answer carries ui/web's security headers with a CSP that allows no
// inline script or style. Pages are rendered by a web.Engine from embedded
// templates parsed at New (a broken template fails start-up); a render
// error is a 500, never a half page.
package staff

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"fatoora/appliance/access"
	"fatoora/appliance/config"
	"fatoora/appliance/health"
	"fatoora/appliance/part"
	"fatoora/appliance/pipeline"
	"fatoora/appliance/supervise"
	"fatoora/appliance/understand"
	"fatoora/catalog"
	"fatoora/ui/staff/look"
	"fatoora/ui/web"
)

//go:embed templates
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure New.
type Options struct {
	// Access is the box's staff accounts and sessions. Required.
	Access *access.Store
	// Prefix is where the UI is mounted; default "/staff". No trailing slash.
	Prefix string
	// RedirectRoot also mounts "GET /{$}" → Prefix+"/", so the box's bare
	// address leads to the staff UI.
	RedirectRoot bool
	// ShopName is shown beside the product name in the header; optional.
	ShopName string
	// SweepEvery is how often ended sessions are removed; default 1 hour.
	SweepEvery time.Duration
	// AnnounceSetup receives the one-time setup code when the box has no
	// account yet; default: logged at Warn with key "setup_code".
	AnnounceSetup func(code, setupURL string)
	// Logger; default slog.Default().
	Logger *slog.Logger

	// What the staff pages show and steer (nil in tests of the access
	// pages alone; a page whose part is nil answers 404):
	//
	// Pipeline is the order pipeline's staff API (orders, review queue,
	// conversations, documents, customers; approve, reply, mark paid …).
	Pipeline *pipeline.Pipeline
	// Catalog is the shop's catalog (search, products, import, vocabulary).
	Catalog *catalog.Store
	// Health is the box's health registry, as /healthz reports it (the
	// dashboard's state of WhatsApp, the model, the relay, sync).
	Health *health.Registry
	// Understand reads one message as the box would (the "try a message"
	// box); nil hides it.
	Understand func(ctx context.Context, text string) (understand.Result, error)
	// Shop is the box's shop settings as configured (settings page).
	Shop config.Shop
	// Backup streams a consistent copy of the box's data file to w (the
	// settings page's backup download); nil hides it.
	Backup func(w io.Writer) (int64, error)
	// HQ is head-office sync's refused items (sync/hqsync.Forwarder, when
	// FATOORA_HQ_URL is set): the /staff/hq page; nil answers it 404.
	HQ HQRejections
}

// Validate reports the first problem with the options.
func (o Options) Validate() error {
	if o.Access == nil {
		return errors.New("staff: Access is required")
	}
	if o.Prefix != "" && (!strings.HasPrefix(o.Prefix, "/") || strings.HasSuffix(o.Prefix, "/") || strings.ContainsAny(o.Prefix, "{}? ")) {
		return fmt.Errorf("staff: prefix %q must start with / and not end with one", o.Prefix)
	}
	if o.SweepEvery < 0 {
		return errors.New("staff: SweepEvery must not be negative")
	}
	return nil
}

func (o *Options) setDefaults() {
	if o.Prefix == "" {
		o.Prefix = "/staff"
	}
	if o.SweepEvery == 0 {
		o.SweepEvery = time.Hour
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.AnnounceSetup == nil {
		log := o.Logger
		o.AnnounceSetup = func(code, url string) {
			log.Warn("no staff account yet: open the setup page and enter this one-time code to create the owner",
				"setup_code", code, "path", url)
		}
	}
}

// UI is the staff web UI.
type UI struct {
	opts  Options
	acc   *access.Store
	log   *slog.Logger
	pages *web.Engine
	live  liveHub // the dashboard's live pushes (live.go)
}

// New parses the templates (a broken one fails here) and, when the box has
// no account yet, makes a new setup code and announces it once.
func New(opts Options) (*UI, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	opts.setDefaults()
	p, err := newEngine(templateFS, opts.Logger)
	if err != nil {
		return nil, fmt.Errorf("staff: %w", err)
	}
	if _, err := fs.Stat(staticFS, "static/live.js"); err != nil {
		return nil, fmt.Errorf("staff: static files: %w", err)
	}
	u := &UI{opts: opts, acc: opts.Access, log: opts.Logger.With("component", "staff"), pages: p}
	code, err := u.acc.EnsureSetupCode()
	if err != nil {
		return nil, fmt.Errorf("staff: %w", err)
	}
	if code != "" {
		opts.AnnounceSetup(code, opts.Prefix+"/setup")
	}
	return u, nil
}

// Prefix is where the UI is mounted.
func (u *UI) Prefix() string { return u.opts.Prefix }

// Part is the UI as a part of the box: its routes, the session sweeper and
// a "staff" health entry saying whether the owner's setup is still pending.
func (u *UI) Part() part.Part {
	return part.Part{
		Name:   "staff",
		Routes: u.Routes,
		Health: map[string]func() health.State{"staff": u.health},
		Services: map[string]supervise.Service{
			"staff-sessions": supervise.Func(func(ctx context.Context) error { return u.acc.SweepService(u.opts.SweepEvery)(ctx) }),
		},
	}
}

// health is OK either way (a demo box may never be set up); the details
// tell the operator to look for the setup code in the log.
func (u *UI) health() health.State {
	need, err := u.acc.NeedsSetup()
	if err != nil {
		return health.State{Status: health.Degraded, Message: "staff accounts unreadable: " + err.Error()}
	}
	return health.State{Status: health.OK, Details: map[string]any{"setup_pending": need}}
}

// Routes mounts the UI on mux (the route table is in the package doc).
func (u *UI) Routes(mux *http.ServeMux) {
	p := u.opts.Prefix
	static, _ := fs.Sub(staticFS, "static")
	public := func(h http.HandlerFunc) http.Handler { return secure(h) }
	post := func(h http.HandlerFunc) http.Handler { return secure(web.CrossOrigin(h)) }
	signedIn := func(perm access.Permission, h http.HandlerFunc) http.Handler {
		return secure(web.CrossOrigin(u.RequireSession(perm)(h)))
	}

	mux.Handle("GET "+p+"/{$}", signedIn(access.PermDashboard, u.serveDashboard))
	mux.Handle("GET "+p, http.RedirectHandler(p+"/", http.StatusMovedPermanently))
	mux.Handle("GET "+p+"/login", public(u.serveLogin))
	mux.Handle("POST "+p+"/login", post(u.handleLogin))
	mux.Handle("GET "+p+"/setup", public(u.serveSetup))
	mux.Handle("POST "+p+"/setup", post(u.handleSetup))
	mux.Handle("POST "+p+"/logout", post(u.handleLogout))
	mux.Handle("GET "+p+"/account", signedIn(access.PermSelf, u.serveAccount))
	mux.Handle("POST "+p+"/account/password", signedIn(access.PermSelf, u.handlePassword))
	mux.Handle("POST "+p+"/account/sessions/{id}/revoke", signedIn(access.PermSelf, u.handleRevoke))
	mux.Handle("GET "+p+"/users", signedIn(access.PermUsers, u.serveUsers))
	mux.Handle("POST "+p+"/users", signedIn(access.PermUsers, u.handleCreateUser))
	mux.Handle("POST "+p+"/users/{user}", signedIn(access.PermUsers, u.handleUpdateUser))
	mux.Handle("POST "+p+"/users/{user}/password", signedIn(access.PermUsers, u.handleResetPassword))
	mux.Handle("POST "+p+"/users/{user}/logout", signedIn(access.PermUsers, u.handleRevokeAll))
	mux.Handle("GET "+p+"/audit", signedIn(access.PermAudit, u.serveAudit))
	mux.Handle("GET "+p+"/lang/{lang}", public(u.handleLang))
	u.opsRoutes(mux) // dashboard, review queue, conversations (routes_ops.go)
	u.docsRoutes(mux, signedIn)
	u.hqRoutes(mux, signedIn) // head office's refusals (hq.go)
	mux.Handle("GET "+p+"/static/", secure(staticCache(http.StripPrefix(p+"/static/", http.FileServerFS(static)))))
	for _, name := range look.Files { // the stylesheets and icon shared with head office
		mux.Handle("GET "+p+"/static/"+name, secure(staticCache(http.StripPrefix(p+"/static/", http.FileServerFS(look.FS)))))
	}
	// Anything else under the prefix: a 404 page, and only with a session,
	// so the route table cannot be probed from outside.
	mux.Handle(p+"/", signedIn(access.PermSelf, u.serveNotFound))
	if u.opts.RedirectRoot {
		mux.Handle("GET /{$}", http.RedirectHandler(p+"/", http.StatusSeeOther))
	}
}

// staffCSP is web.DefaultCSP spelled out for scripts and styles (the
// vendored htmx and staff.css, never inline) and fetches (htmx).
const staffCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// secure adds the security headers of every staff response: the box's
// (ui/web), and what a signed-in page also wants.
func secure(h http.Handler) http.Handler {
	inner := web.Headers{CSP: staffCSP}.Wrap(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		inner.ServeHTTP(w, r)
	})
}

func staticCache(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}
