package staff

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"fatoora/appliance/access"
	"fatoora/ui/web"
)

// Session cookie names. Over TLS the __Host- prefix makes the browser
// refuse the cookie unless it is Secure, host-only and for path /.
const (
	cookieName       = "fatoora_session"
	secureCookieName = "__Host-fatoora_session"
)

func sessionCookieName(r *http.Request) string {
	if r.TLS != nil {
		return secureCookieName
	}
	return cookieName
}

func (u *UI) setSessionCookie(w http.ResponseWriter, r *http.Request, secret string, expires time.Time) {
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookieName(r), Value: secret, Path: "/",
		Expires: expires, HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteStrictMode,
	})
}

func (u *UI) clearSessionCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookieName(r), Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteStrictMode,
	})
}

// clientAddr is the client's address without the port: the key of the
// per-address login limit. The box serves the LAN directly (no proxy), so
// RemoteAddr is the client.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// session returns the actor of r's session cookie, if it is live.
func (u *UI) session(r *http.Request) (access.Actor, string, bool) {
	c, err := r.Cookie(sessionCookieName(r))
	if err != nil || c.Value == "" {
		return access.Actor{}, "", false
	}
	sess, user, err := u.acc.Authenticate(c.Value)
	if err != nil {
		if !errors.Is(err, access.ErrNoSession) {
			u.log.Error("session lookup", "err", err)
		}
		return access.Actor{}, "", false
	}
	return access.Actor{User: user, Session: sess.ID, Addr: clientAddr(r), Agent: r.UserAgent()}, c.Value, true
}

// Allowed reports whether r carries a live staff session whose role holds
// perm: the same session check as RequireSession, for routes other parts
// serve (/metrics) that answer 403 rather than a login page.
func (u *UI) Allowed(r *http.Request, perm access.Permission) bool {
	actor, _, ok := u.session(r)
	return ok && actor.User.Can(perm)
}

// isAPI tells the JSON callers (answered 401/403 with JSON) from pages
// (redirected to the login page).
func (u *UI) isAPI(r *http.Request) bool {
	if strings.HasPrefix(r.URL.Path, u.opts.Prefix+"/api/") {
		return true
	}
	accept := r.Header.Get("Accept")
	return strings.Contains(accept, "application/json") && !strings.Contains(accept, "text/html")
}

// RequireSession wraps a staff page or API: without a live session a page
// request is sent to the login page (and back after it), an API call gets
// 401; a user whose role lacks perm gets 403. The handler finds the actor
// with access.ActorFrom(r.Context()).
func (u *UI) RequireSession(perm access.Permission) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			actor, _, ok := u.session(r)
			if !ok {
				if _, err := r.Cookie(sessionCookieName(r)); err == nil {
					u.clearSessionCookie(w, r)
				}
				if u.isAPI(r) {
					web.Error(w, http.StatusUnauthorized, "login required")
					return
				}
				target := u.opts.Prefix + "/login"
				if r.Method == http.MethodGet || r.Method == http.MethodHead {
					if n := u.safeNext(r.URL.RequestURI()); n != u.opts.Prefix+"/" {
						target += "?next=" + url.QueryEscape(n)
					}
				}
				http.Redirect(w, r, target, http.StatusSeeOther)
				return
			}
			ctx := access.WithActor(r.Context(), actor)
			if !actor.User.Can(perm) {
				if u.isAPI(r) {
					web.JSON(w, http.StatusForbidden, map[string]string{"error": "not allowed for this role", "permission": string(perm)})
					return
				}
				r = r.WithContext(ctx)
				v := u.newView(r)
				v.Data = errorPage{Title: "err.forbidden.title", Body: textf(v.Lang, "err.forbidden.body", v.RoleName(actor.User.Role))}
				u.render(w, http.StatusForbidden, "error", v)
				return
			}
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

type errorPage struct {
	Title string // message key
	Body  string // already translated
}

// maxForm bounds a form body: a login form is tiny.
const maxForm = 16 << 10

func parseForm(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	return r.ParseForm() == nil
}

// errorText turns an access error into a line for the page and its status.
func (u *UI) errorText(lang Lang, err error) (string, int) {
	var te *access.ThrottledError
	var ie *access.InputError
	switch {
	case errors.As(err, &te):
		return textf(lang, "err.throttled", waitText(lang, te.RetryAfter)), http.StatusTooManyRequests
	case errors.Is(err, access.ErrBadCredentials):
		return text(lang, "err.credentials"), http.StatusUnauthorized
	case errors.Is(err, access.ErrBadSetupCode):
		return text(lang, "err.setup_code"), http.StatusUnauthorized
	case errors.Is(err, access.ErrLastOwner):
		return text(lang, "err.last_owner"), http.StatusConflict
	case errors.Is(err, access.ErrExists):
		return text(lang, "err.exists"), http.StatusConflict
	case errors.Is(err, access.ErrNotFound):
		return text(lang, "err.no_user"), http.StatusNotFound
	case errors.Is(err, access.ErrForbidden):
		return text(lang, "err.forbidden.title"), http.StatusForbidden
	case errors.As(err, &ie):
		key := "err." + ie.Code
		if _, ok := messages[key]; !ok {
			return ie.Error(), http.StatusBadRequest
		}
		if ie.Code == "password.short" {
			return textf(lang, key, u.acc.MinPassword()), http.StatusBadRequest
		}
		return text(lang, key), http.StatusBadRequest
	}
	u.log.Error("staff request failed", "err", err)
	return text(lang, "err.internal"), http.StatusInternalServerError
}

// waitText says a wait in whole minutes or seconds.
func waitText(lang Lang, d time.Duration) string {
	if d >= time.Minute {
		n := int((d + time.Minute - 1) / time.Minute)
		if lang == English {
			if n == 1 {
				return "1 minute"
			}
			return fmt.Sprintf("%d minutes", n)
		}
		if n == 1 {
			return "دقيقة"
		}
		return fmt.Sprintf("%d دقايق", n)
	}
	n := max(int((d+time.Second-1)/time.Second), 1)
	if lang == English {
		return fmt.Sprintf("%d seconds", n)
	}
	return fmt.Sprintf("%d ثانية", n)
}

// --- login, logout ---------------------------------------------------------

type loginData struct {
	Username string
	Next     string
	// NeedsSetup shows the link to the setup page.
	NeedsSetup bool
}

func (u *UI) serveLogin(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := u.session(r); ok {
		http.Redirect(w, r, u.safeNext(r.URL.Query().Get("next")), http.StatusSeeOther)
		return
	}
	v := u.newView(r)
	v.Bare = true
	need, err := u.acc.NeedsSetup()
	if err != nil {
		v.Error, _ = u.errorText(v.Lang, err)
	}
	next := r.URL.Query().Get("next")
	if u.safeNext(next) != next {
		next = ""
	}
	if r.URL.Query().Has("out") {
		v.Notice = text(v.Lang, "login.logged_out")
	}
	v.Data = loginData{Next: next, NeedsSetup: need}
	u.render(w, http.StatusOK, "login", v)
}

func (u *UI) handleLogin(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	v.Bare = true
	if !parseForm(w, r) {
		v.Error = text(v.Lang, "err.form")
		v.Data = loginData{}
		u.render(w, http.StatusBadRequest, "login", v)
		return
	}
	username, next := r.PostForm.Get("username"), r.PostForm.Get("next")
	sess, secret, err := u.acc.Login(r.Context(), access.LoginRequest{
		Username: username, Password: r.PostForm.Get("password"),
		Addr: clientAddr(r), Agent: r.UserAgent(),
	})
	if err != nil {
		msg, status := u.errorText(v.Lang, err)
		var te *access.ThrottledError
		if errors.As(err, &te) {
			w.Header().Set("Retry-After", fmt.Sprint(int(te.RetryAfter.Seconds()+0.999)))
		}
		if u.safeNext(next) != next {
			next = ""
		}
		v.Error = msg
		v.Data = loginData{Username: username, Next: next}
		u.render(w, status, "login", v)
		return
	}
	u.setSessionCookie(w, r, secret, sess.Expires)
	http.Redirect(w, r, u.safeNext(next), http.StatusSeeOther)
}

func (u *UI) handleLogout(w http.ResponseWriter, r *http.Request) {
	if actor, secret, ok := u.session(r); ok {
		if err := u.acc.Logout(actor, secret); err != nil {
			msg, status := u.errorText(langOf(r), err)
			http.Error(w, msg, status)
			return
		}
	}
	u.clearSessionCookie(w, r)
	http.Redirect(w, r, u.opts.Prefix+"/login?out", http.StatusSeeOther)
}

// --- setup ------------------------------------------------------------------

type setupData struct {
	Username, Name string
	MinPassword    int
}

func (u *UI) serveSetup(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	v.Bare = true
	need, err := u.acc.NeedsSetup()
	if err != nil {
		msg, status := u.errorText(v.Lang, err)
		http.Error(w, msg, status)
		return
	}
	if !need {
		http.Redirect(w, r, u.opts.Prefix+"/login", http.StatusSeeOther)
		return
	}
	v.Data = setupData{MinPassword: u.acc.MinPassword()}
	u.render(w, http.StatusOK, "setup", v)
}

func (u *UI) handleSetup(w http.ResponseWriter, r *http.Request) {
	v := u.newView(r)
	v.Bare = true
	data := setupData{MinPassword: u.acc.MinPassword()}
	fail := func(msg string, status int) {
		v.Error, v.Data = msg, data
		u.render(w, status, "setup", v)
	}
	if !parseForm(w, r) {
		fail(text(v.Lang, "err.form"), http.StatusBadRequest)
		return
	}
	f := r.PostForm
	data.Username, data.Name = f.Get("username"), f.Get("name")
	if f.Get("password") != f.Get("password2") {
		fail(text(v.Lang, "err.confirm"), http.StatusBadRequest)
		return
	}
	_, sess, secret, err := u.acc.CompleteSetup(r.Context(), access.SetupRequest{
		Code: f.Get("code"), Username: data.Username, Name: data.Name, Password: f.Get("password"),
		Addr: clientAddr(r), Agent: r.UserAgent(),
	})
	if errors.Is(err, access.ErrSetupDone) {
		http.Redirect(w, r, u.opts.Prefix+"/login", http.StatusSeeOther)
		return
	}
	if err != nil {
		msg, status := u.errorText(v.Lang, err)
		var te *access.ThrottledError
		if errors.As(err, &te) {
			w.Header().Set("Retry-After", fmt.Sprint(int(te.RetryAfter.Seconds()+0.999)))
		}
		fail(msg, status)
		return
	}
	u.setSessionCookie(w, r, secret, sess.Expires)
	http.Redirect(w, r, u.opts.Prefix+"/", http.StatusSeeOther)
}

// --- language ----------------------------------------------------------------

func (u *UI) handleLang(w http.ResponseWriter, r *http.Request) {
	lang, ok := parseLang(r.PathValue("lang"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: langCookie, Value: string(lang), Path: u.opts.Prefix + "/", MaxAge: 365 * 24 * 3600,
		SameSite: http.SameSiteLaxMode, Secure: r.TLS != nil, HttpOnly: true,
	})
	next := r.URL.Query().Get("next")
	// The login and setup pages are fine to return to here.
	if !strings.HasPrefix(next, u.opts.Prefix+"/login") && !strings.HasPrefix(next, u.opts.Prefix+"/setup") ||
		strings.ContainsAny(next, "\\\r\n\t") {
		next = u.safeNext(next)
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}
