package staff

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"fatoora/appliance/access"
)

// TestBrowser_SetupLogin drives setup, login, the team page, the language
// switch, a cross-origin post, the lockout and a forbidden page in headless
// Chromium with playwright-core (ui/staff/e2e). It needs Debian's chromium
// and `npm ci --prefix ui/staff/e2e`; without them it is skipped.
func TestBrowser_SetupLogin(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	browser := os.Getenv("CHROMIUM")
	if browser == "" {
		browser = "/usr/bin/chromium"
	}
	if _, err := os.Stat(browser); err != nil {
		t.Skip("chromium not installed (apt-get install -y chromium); set CHROMIUM to use another binary")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	if _, err := os.Stat(filepath.Join("e2e", "node_modules", "playwright-core")); err != nil {
		t.Skip("playwright-core not installed: run npm ci --prefix ui/staff/e2e")
	}

	env := newTestEnv(t, func(o *access.Options) {
		o.AccountLimit = access.Limit{Burst: 3, Every: time.Minute}
	})
	// The lockout lasts a minute of the test's clock; the script moves it.
	env.mux.HandleFunc("POST /test/clock", func(w http.ResponseWriter, r *http.Request) {
		d, err := time.ParseDuration(r.URL.Query().Get("add"))
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		env.clock.Add(d)
		w.WriteHeader(http.StatusNoContent)
	})
	// Another origin on the same host (a different port): same-site, so the
	// SameSite=Strict cookie is sent and only cross-origin protection stands.
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><form method="post" action="` + env.srv.URL + `/staff/logout"><button id="go">win a prize</button></form>`))
	}))
	defer evil.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "staff.e2e.js", env.srv.URL, env.code, evil.URL)
	cmd.Dir = "e2e"
	cmd.Env = append(os.Environ(), "CHROMIUM="+browser)
	out, err := cmd.CombinedOutput()
	t.Logf("browser run:\n%s", out)
	if err != nil {
		t.Fatalf("browser run failed: %v", err)
	}

	// What the browser did is in the audit log, attributed.
	entries, _, err := env.acc.Audit(access.AuditQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, e := range entries {
		count[e.Action]++
	}
	if count["setup"] != 1 || count["user.create"] != 1 || count["login.failed"] != 3 || count["login"] != 2 || count["logout"] != 2 {
		t.Errorf("audit counts = %v", count)
	}
}
