package hq

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"fatoora/appliance/access"
)

// The page's login is the box's (package appliance/access); this file only
// turns requests into calls there, as package ui/staff does on the box:
// cookies, forms, redirects. Head office's pages are Arabic only.

// Session cookie names: not the box's, so that a box and head office on
// one host (cookies ignore the port) keep their sessions apart. With TLS
// the __Host- prefix makes the browser refuse the cookie unless it is
// Secure, host-only and for path /.
const (
	cookieName       = "fatoora_hq_session"
	secureCookieName = "__Host-fatoora_hq_session"
)

func (s *Server) secureCookie(r *http.Request) bool { return r.TLS != nil || s.opts.SecureCookie }

func (s *Server) cookieName(r *http.Request) string {
	if s.secureCookie(r) {
		return secureCookieName
	}
	return cookieName
}

func (s *Server) setCookie(w http.ResponseWriter, r *http.Request, secret string, expires time.Time) {
	http.SetCookie(w, &http.Cookie{Name: s.cookieName(r), Value: secret, Path: "/", Expires: expires,
		HttpOnly: true, Secure: s.secureCookie(r), SameSite: http.SameSiteStrictMode})
}

func (s *Server) clearCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: s.cookieName(r), Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: s.secureCookie(r), SameSite: http.SameSiteStrictMode})
}

// clientAddr is the client's host, the key of the per-address login limit.
// Behind a reverse proxy every client has the proxy's address and they
// share that limit; the per-account limit still holds.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// session returns the actor of r's session cookie, if it is live.
func (s *Server) session(r *http.Request) (access.Actor, string, bool) {
	c, err := r.Cookie(s.cookieName(r))
	if err != nil || c.Value == "" {
		return access.Actor{}, "", false
	}
	sess, user, err := s.acc.Authenticate(c.Value)
	if err != nil {
		if !errors.Is(err, access.ErrNoSession) {
			s.log.Error("session lookup", "err", err)
		}
		return access.Actor{}, "", false
	}
	return access.Actor{User: user, Session: sess.ID, Addr: clientAddr(r), Agent: r.UserAgent()}, c.Value, true
}

// requireSession wraps the page and the exports: without a live session a
// browser is sent to the login page (and back after it), anything else
// (a script fetching /export) gets 401; a role without perm gets 403.
func (s *Server) requireSession(perm access.Permission) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			actor, _, ok := s.session(r)
			if !ok {
				if _, err := r.Cookie(s.cookieName(r)); err == nil {
					s.clearCookie(w, r)
				}
				if !strings.Contains(r.Header.Get("Accept"), "text/html") {
					w.Header().Set("Cache-Control", "no-store")
					http.Error(w, "login required: sign in at /login", http.StatusUnauthorized)
					return
				}
				target := "/login"
				if n := safeNext(r.URL.RequestURI()); n != "/" {
					target += "?next=" + url.QueryEscape(n)
				}
				http.Redirect(w, r, target, http.StatusSeeOther)
				return
			}
			r = r.WithContext(access.WithActor(r.Context(), actor))
			if !actor.User.Can(perm) {
				v := s.newView(r)
				v.Data = errorData{Title: "غير مسموح", Body: "حساب " + roleName(actor.User.Role) + " لا يفتح الصفحة دي: الفواتير والتصدير للمالك والمحاسب."}
				s.render(w, http.StatusForbidden, "error", v)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// safeNext returns next when it is a path of this server, else "/": it is
// what keeps ?next= from being an open redirect.
func safeNext(next string) string {
	if next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") ||
		strings.ContainsAny(next, "\\\r\n\t") || strings.Contains(next, "/../") ||
		strings.HasPrefix(next, "/login") || strings.HasPrefix(next, "/setup") {
		return "/"
	}
	return next
}

// view is what every page template gets.
type view struct {
	User          *access.User // nil on the login and setup pages
	Notice, Error string
	Bare          bool // no user menu (login, setup)
	Data          any
}

type errorData struct{ Title, Body string }

func (s *Server) newView(r *http.Request) view {
	var v view
	if a, ok := access.ActorFrom(r.Context()); ok {
		u := a.User
		v.User = &u
	}
	return v
}

func (s *Server) render(w http.ResponseWriter, status int, name string, v view) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Language", "ar")
	s.pages.Render(w, status, name+".html", v)
}

func roleName(r access.Role) string {
	switch r {
	case access.RoleOwner:
		return "المالك"
	case access.RoleAccountant:
		return "محاسب"
	case access.RoleStaff:
		return "موظف"
	}
	return string(r)
}

// maxForm bounds a form body: a login form is tiny.
const maxForm = 16 << 10

func parseForm(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	return r.ParseForm() == nil
}

// errorText turns an access error into a line for the page and its status,
// setting Retry-After when the attempt was throttled.
func (s *Server) errorText(w http.ResponseWriter, err error) (string, int) {
	var te *access.ThrottledError
	var ie *access.InputError
	switch {
	case errors.As(err, &te):
		w.Header().Set("Retry-After", fmt.Sprint(int(te.RetryAfter.Seconds()+0.999)))
		return fmt.Sprintf("محاولات كتير: جرّب تاني بعد %s.", waitText(te.RetryAfter)), http.StatusTooManyRequests
	case errors.Is(err, access.ErrBadCredentials):
		return "اسم المستخدم أو كلمة السر غلط.", http.StatusUnauthorized
	case errors.Is(err, access.ErrBadSetupCode):
		return "كود الإعداد غلط أو اتغيّر (كل تشغيل بيطبع كود جديد).", http.StatusUnauthorized
	case errors.As(err, &ie):
		msg := map[string]string{
			"username.length":   "اسم المستخدم من 2 لـ 32 حرف.",
			"username.chars":    "اسم المستخدم: حروف لاتيني وأرقام و . _ - بس.",
			"name.length":       "الاسم من 1 لـ 100 حرف.",
			"password.short":    fmt.Sprintf("كلمة السر %d حروف على الأقل.", s.acc.MinPassword()),
			"password.long":     "كلمة السر أطول من اللازم.",
			"password.username": "كلمة السر ماينفعش يكون فيها اسم المستخدم.",
		}[ie.Code]
		if msg == "" {
			msg = ie.Error()
		}
		return msg, http.StatusBadRequest
	}
	s.log.Error("login request failed", "err", err)
	return "حصلت مشكلة داخلية؛ جرّب تاني.", http.StatusInternalServerError
}

func waitText(d time.Duration) string {
	if d >= time.Minute {
		return fmt.Sprintf("%d دقيقة", int((d+time.Minute-1)/time.Minute))
	}
	return fmt.Sprintf("%d ثانية", max(int((d+time.Second-1)/time.Second), 1))
}

type loginData struct {
	Username, Next string
	NeedsSetup     bool
}

func (s *Server) serveLogin(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if _, _, ok := s.session(r); ok {
		http.Redirect(w, r, safeNext(next), http.StatusSeeOther)
		return
	}
	v := view{Bare: true}
	need, err := s.acc.NeedsSetup()
	if err != nil {
		v.Error, _ = s.errorText(w, err)
	}
	if safeNext(next) != next {
		next = ""
	}
	if r.URL.Query().Has("out") {
		v.Notice = "خرجت من الحساب."
	}
	v.Data = loginData{Next: next, NeedsSetup: need}
	s.render(w, http.StatusOK, "login", v)
}

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	v := view{Bare: true}
	if !parseForm(w, r) {
		v.Error, v.Data = "النموذج مش مقروء؛ جرّب تاني.", loginData{}
		s.render(w, http.StatusBadRequest, "login", v)
		return
	}
	username, next := r.PostForm.Get("username"), r.PostForm.Get("next")
	sess, secret, err := s.acc.Login(r.Context(), access.LoginRequest{
		Username: username, Password: r.PostForm.Get("password"), Addr: clientAddr(r), Agent: r.UserAgent(),
	})
	if err != nil {
		msg, status := s.errorText(w, err)
		if safeNext(next) != next {
			next = ""
		}
		v.Error, v.Data = msg, loginData{Username: username, Next: next}
		s.render(w, status, "login", v)
		return
	}
	s.setCookie(w, r, secret, sess.Expires)
	http.Redirect(w, r, safeNext(next), http.StatusSeeOther)
}

func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) {
	if actor, secret, ok := s.session(r); ok {
		if err := s.acc.Logout(actor, secret); err != nil {
			msg, status := s.errorText(w, err)
			http.Error(w, msg, status)
			return
		}
	}
	s.clearCookie(w, r)
	http.Redirect(w, r, "/login?out", http.StatusSeeOther)
}

type setupData struct {
	Username, Name string
	MinPassword    int
}

func (s *Server) serveSetup(w http.ResponseWriter, r *http.Request) {
	need, err := s.acc.NeedsSetup()
	if err != nil {
		msg, status := s.errorText(w, err)
		http.Error(w, msg, status)
		return
	}
	if !need {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	s.render(w, http.StatusOK, "setup", view{Bare: true, Data: setupData{MinPassword: s.acc.MinPassword()}})
}

func (s *Server) handleSetup(w http.ResponseWriter, r *http.Request) {
	data := setupData{MinPassword: s.acc.MinPassword()}
	fail := func(msg string, status int) {
		s.render(w, status, "setup", view{Bare: true, Error: msg, Data: data})
	}
	if !parseForm(w, r) {
		fail("النموذج مش مقروء؛ جرّب تاني.", http.StatusBadRequest)
		return
	}
	f := r.PostForm
	data.Username, data.Name = f.Get("username"), f.Get("name")
	if f.Get("password") != f.Get("password2") {
		fail("كلمتين السر مش زي بعض.", http.StatusBadRequest)
		return
	}
	_, sess, secret, err := s.acc.CompleteSetup(r.Context(), access.SetupRequest{
		Code: f.Get("code"), Username: data.Username, Name: data.Name, Password: f.Get("password"),
		Addr: clientAddr(r), Agent: r.UserAgent(),
	})
	if errors.Is(err, access.ErrSetupDone) {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	if err != nil {
		fail(s.errorText(w, err))
		return
	}
	s.setCookie(w, r, secret, sess.Expires)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
