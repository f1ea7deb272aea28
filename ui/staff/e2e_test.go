package staff

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"fatoora/appliance/access"
)

// TestBrowser_SetupLogin drives setup, login, the team page, the language
// switch, a cross-origin post, the lockout and a forbidden page in headless
// Chromium with playwright-core (ui/staff/e2e). It needs Debian's chromium
// and `npm ci --prefix ui/staff/e2e`; without them it is skipped.
func TestBrowser_SetupLogin(t *testing.T) {
	br := needBrowser(t)

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

	br.run(t, "staff.e2e.js", env.srv.URL, env.code, evil.URL)

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
