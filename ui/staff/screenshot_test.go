package staff

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/access"
)

// TestScreenshots renders the pages in headless Chromium, in Arabic and
// English, at phone and desktop size, into $FATOORA_SCREENSHOTS (a
// directory). It is for looking at the pages, so it runs only when asked:
//
//	FATOORA_SCREENSHOTS=/tmp/shots go test -run Screenshots ./ui/staff
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("FATOORA_SCREENSHOTS")
	if dir == "" {
		t.Skip("set FATOORA_SCREENSHOTS to a directory to take screenshots")
	}
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	env := newTestEnv(t, nil)
	srv := env.srv

	var setupShot = func(lang string) {
		shoot(t, browser, srv.URL+"/staff/lang/"+lang+"?next=/staff/setup", filepath.Join(dir, "setup"), lang)
	}
	setupShot("ar")
	setupShot("en")
	env.setup(t)
	for _, lang := range []string{"ar", "en"} {
		shoot(t, browser, srv.URL+"/staff/lang/"+lang+"?next=/staff/login", filepath.Join(dir, "login"), lang)
	}
	// The inner pages are served through a handler that adds a signed-in
	// owner's cookie: a fresh Chromium profile has none.
	secret := env.login(t, "mona", ownerPass)
	withCookie := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.AddCookie(&http.Cookie{Name: cookieName, Value: secret})
		r.Header.Set("Sec-Fetch-Site", "same-origin")
		env.mux.ServeHTTP(w, r)
	}))
	defer withCookie.Close()
	owner := env.owner(t)
	for _, nu := range []access.NewUser{
		{Username: "sara", Name: "سارة محمود", Role: access.RoleStaff, Password: "shop floor pass"},
		{Username: "adel", Name: "Adel Hanna", Role: access.RoleAccountant, Password: "ledger pass 1"},
	} {
		if _, err := env.acc.CreateUser(t.Context(), owner, nu); err != nil {
			t.Fatal(err)
		}
	}
	env.login(t, "sara", "shop floor pass")
	env.acc.Record(owner.Entry("order.approve", "ORD-000123", "2 lines"))
	for _, lang := range []string{"ar", "en"} {
		shoot(t, browser, withCookie.URL+"/staff/lang/"+lang+"?next=/staff/users", filepath.Join(dir, "users"), lang)
		shoot(t, browser, withCookie.URL+"/staff/lang/"+lang+"?next=/staff/audit", filepath.Join(dir, "audit"), lang)
		shoot(t, browser, withCookie.URL+"/staff/lang/"+lang+"?next=/staff/", filepath.Join(dir, "home"), lang)
		shoot(t, browser, withCookie.URL+"/staff/lang/"+lang+"?next=/staff/account", filepath.Join(dir, "account"), lang)
	}
	// A failed login, rendered by a POST: Chromium cannot post, so the
	// page is fetched here and shown from a file-like handler.
	for _, lang := range []string{"ar", "en"} {
		body := postPage(t, srv.URL+"/staff/login", lang, url.Values{"username": {"mona"}, "password": {"wrong"}})
		page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasPrefix(r.URL.Path, "/staff/static/") {
				env.mux.ServeHTTP(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
		}))
		shoot(t, browser, page.URL+"/staff/login", filepath.Join(dir, "login-error"), lang)
		page.Close()
	}
}

func postPage(t *testing.T, u, lang string, form url.Values) []byte {
	t.Helper()
	req, _ := http.NewRequest("POST", u, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(&http.Cookie{Name: langCookie, Value: lang})
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// shoot takes a phone (390×844) and a desktop (1280×800) screenshot of u.
func shoot(t *testing.T, browser, u, base, lang string) {
	t.Helper()
	for _, size := range []struct{ name, wh string }{{"phone", "390,844"}, {"desktop", "1280,800"}} {
		out := fmt.Sprintf("%s-%s-%s.png", base, lang, size.name)
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		profile := t.TempDir()
		cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--no-first-run", "--hide-scrollbars", "--user-data-dir="+profile,
			"--enable-logging=stderr", "--v=0",
			"--screenshot="+out, "--window-size="+size.wh, u)
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("chromium %s: %v\n%s", out, err, b)
		}
		// The page must run under its CSP: nothing refused, no script error.
		for _, line := range strings.Split(string(b), "\n") {
			if strings.Contains(line, "Content Security Policy") || strings.Contains(line, "Refused to") || strings.Contains(line, "Uncaught") {
				t.Errorf("%s: %s", out, line)
			}
		}
		cancel()
	}
}
