// Package web is the HTTP plumbing every page and API of the box shares:
// JSON answers and errors, security headers, cross-origin protection, the
// loopback-only guard of the operator's routes, and a layout-based
// html/template engine. Handlers of the simulator, the admin routes and
// (next) the staff UI use it instead of writing their own.
//
// A handler chain is built from the outside in, for example
//
//	web.Secure(web.CrossOrigin(h))        // a page or a JSON API that changes state
//	web.LoopbackOnly(h)                   // the operator's routes
//
// The staff UI's session middleware (a server-side session looked up by a
// hash of the cookie's secret) will sit here beside CrossOrigin, between
// the security headers and the handler.
package web

import (
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
)

// JSON answers v as JSON with the status. If v cannot be encoded the answer
// is a plain 500 and nothing of v is written.
func JSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		slog.Error("web: encode answer", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// ErrorBody is the JSON of an error answer.
type ErrorBody struct {
	Error string `json:"error"`
}

// Error answers {"error": msg} with the status.
func Error(w http.ResponseWriter, status int, msg string) {
	JSON(w, status, ErrorBody{Error: msg})
}

// DefaultCSP allows the page's own scripts, styles, images and fetches and
// nothing else: no inline script, no plugins, no framing by anyone.
const DefaultCSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

// Headers are the security headers an answer carries.
type Headers struct {
	// CSP is the Content-Security-Policy; empty means DefaultCSP.
	CSP string
	// SameOriginFrames lets pages of the same origin frame the answer (the
	// simulator previews invoice PDFs in an iframe); by default nobody may
	// frame it. The CSP's frame-ancestors must agree.
	SameOriginFrames bool
}

// Wrap sets the headers on every answer of next: the CSP, nosniff, no
// referrer, and the framing rule for browsers that predate CSP.
func (hd Headers) Wrap(next http.Handler) http.Handler {
	csp := hd.CSP
	if csp == "" {
		csp = DefaultCSP
	}
	frames := "DENY"
	if hd.SameOriginFrames {
		frames = "SAMEORIGIN"
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", frames)
		next.ServeHTTP(w, r)
	})
}

// Secure wraps next with the default security headers.
func Secure(next http.Handler) http.Handler { return Headers{}.Wrap(next) }

// CrossOrigin refuses cross-origin browser requests that change state
// (POST, PUT, DELETE… from another site), using the browser's
// Sec-Fetch-Site and Origin headers (net/http's CrossOriginProtection).
// Safe methods and requests without those headers (curl, the CLI) pass.
func CrossOrigin(next http.Handler) http.Handler {
	return http.NewCrossOriginProtection().Handler(next)
}

// LoopbackOnly refuses (403) requests that did not come from this machine,
// and any request that carries a proxy header: a reverse proxy on the box
// forwards other machines' requests from a loopback address.
func LoopbackOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !fromLoopback(r) {
			http.Error(w, "forbidden: only from the box itself", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// FromLoopback reports whether r came from this machine and carries no
// proxy header: what LoopbackOnly lets through.
func FromLoopback(r *http.Request) bool { return fromLoopback(r) }

func fromLoopback(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return false
	}
	for _, h := range []string{"X-Forwarded-For", "Forwarded", "X-Real-Ip"} {
		if r.Header.Get(h) != "" {
			return false
		}
	}
	return true
}
