package staff

import (
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"time"

	"fatoora/appliance/access"
	"fatoora/ui/web"
)

// pageNames are the pages, each templates/pages/<name>.html rendered in
// templates/layout.html; New checks the engine parsed exactly these.
var pageNames = []string{"account", "audit", "error", "home", "login", "setup", "users"}

// newEngine parses the layout with every page (web.Engine: a broken
// template fails here, at start-up).
func newEngine(fsys fs.FS, log *slog.Logger) (*web.Engine, error) {
	e, err := web.NewEngine(web.EngineOptions{FS: fsys, Pages: "templates/pages/*.html", Layouts: "templates/layout.html", Logger: log})
	if err != nil {
		return nil, err
	}
	var want []string
	for _, n := range pageNames {
		want = append(want, n+".html")
	}
	slices.Sort(want)
	if got := e.Pages(); !slices.Equal(got, want) {
		return nil, fmt.Errorf("pages %v, want %v", got, want)
	}
	return e, nil
}

// view is what every page template gets.
type view struct {
	Lang   Lang
	Prefix string
	Shop   string
	// User is the signed-in user, nil on public pages.
	User *access.User
	// Here is the request path with its query, for the language switch.
	Here string
	// Nav lists the menu entries the user may open.
	Nav []navLink
	// Notice and Error are one-line messages above the page, already in
	// the page's language.
	Notice, Error string
	// Bare pages (login, setup) show no menu.
	Bare bool
	// Data is the page's own data.
	Data any
}

// T is the message for key in the page's language.
func (v view) T(key string) string { return text(v.Lang, key) }

// Tf formats the message for key with args.
func (v view) Tf(key string, args ...any) string { return textf(v.Lang, key, args...) }

// RoleName is the role in the page's language.
func (v view) RoleName(r access.Role) string { return text(v.Lang, "role."+string(r)) }

// When prints a time on the box's clock, isolated left-to-right so that
// an Arabic line does not reorder its digits.
func (v view) When(t time.Time) template.HTML {
	return template.HTML(`<time dir="ltr" datetime="` + t.UTC().Format(time.RFC3339) + `">` + t.Local().Format("2006-01-02 15:04") + `</time>`)
}

// Device names a session's browser and system from its User-Agent, e.g.
// "Chrome on Android" ("" when it cannot tell); the raw string is too long
// for a phone.
func (v view) Device(agent string) string {
	browser, system := deviceOf(agent)
	if browser == "" && system == "" {
		return ""
	}
	if browser == "" || system == "" {
		return browser + system
	}
	return textf(v.Lang, "device.on", browser, system)
}

// deviceOf picks the browser and system out of a User-Agent. Order
// matters: Edge and Opera say Chrome, Chrome says Safari, iPads say Mac.
func deviceOf(ua string) (browser, system string) {
	has := func(s string) bool { return strings.Contains(ua, s) }
	switch {
	case has("Edg/"):
		browser = "Edge"
	case has("OPR/"):
		browser = "Opera"
	case has("SamsungBrowser/"):
		browser = "Samsung Internet"
	case has("Firefox/") || has("FxiOS/"):
		browser = "Firefox"
	case has("Chrome/") || has("CriOS/"):
		browser = "Chrome"
	case has("Safari/") && has("Version/"):
		browser = "Safari"
	}
	switch {
	case has("Android"):
		system = "Android"
	case has("iPhone"):
		system = "iPhone"
	case has("iPad"):
		system = "iPad"
	case has("Windows"):
		system = "Windows"
	case has("Mac OS X") || has("Macintosh"):
		system = "Mac"
	case has("CrOS"):
		system = "ChromeOS"
	case has("Linux"):
		system = "Linux"
	}
	return browser, system
}

// navItem is one menu entry; the pages of the coming issues add theirs.
type navItem struct {
	Key  string // message key
	Path string // under the prefix
	Perm access.Permission
}

// navLink is a menu entry as a page shows it.
type navLink struct {
	Key, Href string
	Current   bool
}

// menu is the main menu, in order.
var menu = []navItem{
	{Key: "nav.home", Path: "/", Perm: access.PermDashboard},
	{Key: "nav.users", Path: "/users", Perm: access.PermUsers},
	{Key: "nav.audit", Path: "/audit", Perm: access.PermAudit},
	{Key: "nav.account", Path: "/account", Perm: access.PermSelf},
}

// newView fills the common fields of a page for request r.
func (u *UI) newView(r *http.Request) view {
	v := view{Lang: langOf(r), Prefix: u.opts.Prefix, Shop: u.opts.ShopName, Here: r.URL.RequestURI()}
	if a, ok := access.ActorFrom(r.Context()); ok {
		user := a.User
		v.User = &user
		for _, it := range menu {
			if user.Can(it.Perm) {
				href := u.opts.Prefix + it.Path
				v.Nav = append(v.Nav, navLink{Key: it.Key, Href: href, Current: r.URL.Path == href})
			}
		}
	}
	return v
}

// render writes page name with status through the engine, which renders
// into a buffer first so an error is a clean 500.
func (u *UI) render(w http.ResponseWriter, status int, name string, v view) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Language", string(v.Lang))
	u.pages.Render(w, status, name+".html", v)
}

// safeNext returns next when it is a path inside the UI, else the home.
// It is what keeps ?next= from being an open redirect.
func (u *UI) safeNext(next string) string {
	home := u.opts.Prefix + "/"
	if next == "" || !strings.HasPrefix(next, u.opts.Prefix+"/") || strings.HasPrefix(next, "//") ||
		strings.ContainsAny(next, "\\\r\n\t") || strings.Contains(next, "/../") ||
		strings.HasPrefix(next, u.opts.Prefix+"/login") || strings.HasPrefix(next, u.opts.Prefix+"/setup") {
		return home
	}
	return next
}
