package staff

import (
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/access"
)

const ownerPass = "correct horse battery"

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type testEnv struct {
	acc   *access.Store
	ui    *UI
	mux   *http.ServeMux
	srv   *httptest.Server
	clock *clock
	code  string
}

func newTestEnv(t *testing.T, mod func(*access.Options)) *testEnv {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "box.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := &clock{t: time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)}
	opts := access.Options{Now: c.Now, Hash: access.HashParams{Memory: 64, Time: 1, Threads: 1}, Logger: slog.New(slog.DiscardHandler)}
	if mod != nil {
		mod(&opts)
	}
	acc, err := access.Open(db, opts)
	if err != nil {
		t.Fatal(err)
	}
	env := &testEnv{acc: acc, clock: c, mux: http.NewServeMux()}
	env.ui, err = New(Options{
		Access: acc, ShopName: "معرض النخيل", RedirectRoot: true, Logger: slog.New(slog.DiscardHandler),
		AnnounceSetup: func(code, _ string) { env.code = code },
	})
	if err != nil {
		t.Fatal(err)
	}
	env.ui.Routes(env.mux)
	env.srv = httptest.NewServer(env.mux)
	t.Cleanup(env.srv.Close)
	return env
}

// client does not follow redirects: the tests look at them.
var client = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

type call struct {
	method, path string
	form         url.Values
	secret       string
	lang         string
	header       map[string]string
}

func (e *testEnv) do(t *testing.T, c call) (*http.Response, string) {
	t.Helper()
	var body io.Reader
	if c.form != nil {
		body = strings.NewReader(c.form.Encode())
	}
	if c.method == "" {
		c.method = "GET"
	}
	req, err := http.NewRequest(c.method, e.srv.URL+c.path, body)
	if err != nil {
		t.Fatal(err)
	}
	if c.form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if c.secret != "" {
		req.AddCookie(&http.Cookie{Name: cookieName, Value: c.secret})
	}
	if c.lang != "" {
		req.AddCookie(&http.Cookie{Name: langCookie, Value: c.lang})
	}
	for k, v := range c.header {
		req.Header.Set(k, v)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func sessionFrom(resp *http.Response) string {
	for _, c := range resp.Cookies() {
		if c.Name == cookieName && c.MaxAge >= 0 {
			return c.Value
		}
	}
	return ""
}

// setup creates the owner "mona" through the setup form.
func (e *testEnv) setup(t *testing.T) string {
	t.Helper()
	resp, body := e.do(t, call{method: "POST", path: "/staff/setup", form: url.Values{
		"code": {e.code}, "name": {"منى"}, "username": {"mona"}, "password": {ownerPass}, "password2": {ownerPass},
	}})
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/staff/" {
		t.Fatalf("setup: %d %s\n%s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
	s := sessionFrom(resp)
	if s == "" {
		t.Fatal("setup set no session cookie")
	}
	return s
}

func (e *testEnv) login(t *testing.T, user, pass string) string {
	t.Helper()
	resp, body := e.do(t, call{method: "POST", path: "/staff/login", form: url.Values{"username": {user}, "password": {pass}}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login %s: %d\n%s", user, resp.StatusCode, body)
	}
	return sessionFrom(resp)
}

func (e *testEnv) owner(t *testing.T) access.Actor {
	u, err := e.acc.User("mona")
	if err != nil {
		t.Fatal(err)
	}
	return access.Actor{User: u}
}

func TestUI_SetupAndLogin(t *testing.T) {
	env := newTestEnv(t, nil)
	if env.code == "" {
		t.Fatal("no setup code announced on a box without users")
	}
	// Before setup, the login page offers it.
	resp, body := env.do(t, call{path: "/staff/login"})
	if resp.StatusCode != 200 || !strings.Contains(body, `href="/staff/setup"`) || !strings.Contains(body, `dir="rtl"`) {
		t.Fatalf("login page before setup: %d\n%s", resp.StatusCode, body)
	}
	// Setup with a wrong code, then mismatched passwords, keeps what was typed.
	resp, body = env.do(t, call{method: "POST", path: "/staff/setup", lang: "en", form: url.Values{
		"code": {"AAAA-BBBB-CCCC-DDDD"}, "name": {"Mona"}, "username": {"mona"}, "password": {ownerPass}, "password2": {ownerPass},
	}})
	if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, "Wrong setup code") || !strings.Contains(body, `value="mona"`) {
		t.Fatalf("wrong code: %d\n%s", resp.StatusCode, body)
	}
	resp, body = env.do(t, call{method: "POST", path: "/staff/setup", form: url.Values{
		"code": {env.code}, "name": {"منى"}, "username": {"mona"}, "password": {ownerPass}, "password2": {ownerPass + "x"},
	}})
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, messages["err.confirm"].ar) {
		t.Fatalf("mismatch: %d\n%s", resp.StatusCode, body)
	}
	secret := env.setup(t)
	resp, body = env.do(t, call{path: "/staff/", secret: secret})
	if resp.StatusCode != 200 || !strings.Contains(body, "أهلاً يا منى") || !strings.Contains(body, messages["perm.users.manage"].ar) {
		t.Fatalf("home after setup: %d\n%s", resp.StatusCode, body)
	}
	// Setup is closed now.
	if resp, _ := env.do(t, call{path: "/staff/setup"}); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/staff/login" {
		t.Errorf("setup page after setup: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, _ = env.do(t, call{method: "POST", path: "/staff/setup", form: url.Values{
		"code": {env.code}, "name": {"x"}, "username": {"eve"}, "password": {ownerPass}, "password2": {ownerPass},
	}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Errorf("second setup: %d", resp.StatusCode)
	}
	if _, err := env.acc.User("eve"); !errors.Is(err, access.ErrNotFound) {
		t.Errorf("second setup made a user: %v", err)
	}

	// Log in, and back to where the login was asked from.
	resp, body = env.do(t, call{method: "POST", path: "/staff/login", form: url.Values{
		"username": {"mona"}, "password": {ownerPass}, "next": {"/staff/account"},
	}})
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/staff/account" {
		t.Fatalf("login: %d %s\n%s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
	var ck *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == cookieName {
			ck = c
		}
	}
	if ck == nil || !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode || ck.Path != "/" || ck.Secure {
		t.Errorf("session cookie = %+v", ck)
	}
	// The logged-in user is sent on from the login page.
	if resp, _ := env.do(t, call{path: "/staff/login", secret: ck.Value}); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("login page while logged in: %d", resp.StatusCode)
	}
	// Logout ends the session.
	resp, _ = env.do(t, call{method: "POST", path: "/staff/logout", secret: ck.Value})
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/staff/login") {
		t.Fatalf("logout: %d", resp.StatusCode)
	}
	if resp, _ := env.do(t, call{path: "/staff/", secret: ck.Value}); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("home after logout: %d", resp.StatusCode)
	}
}

func TestUI_LoginErrors(t *testing.T) {
	env := newTestEnv(t, func(o *access.Options) {
		o.AccountLimit = access.Limit{Burst: 3, Every: time.Minute}
	})
	env.setup(t)
	tests := []struct {
		name       string
		user, pass string
		lang       string
		wantStatus int
		want       string
	}{
		{"wrong password", "mona", "nope", "ar", 401, "اسم المستخدم أو كلمة السر غلط."},
		{"unknown user", "zed", "nope", "en", 401, "Wrong username or password."},
		{"wrong again", "mona", "nope", "en", 401, "Wrong username or password."},
		{"third", "mona", "nope", "en", 401, "Wrong username or password."},
		{"locked, right password", "mona", ownerPass, "en", 429, "Too many attempts. Try again in 1 minute."},
		{"locked, arabic", "mona", ownerPass, "ar", 429, "محاولات كتير. جرّب تاني بعد دقيقة."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := env.do(t, call{method: "POST", path: "/staff/login", lang: tt.lang,
				form: url.Values{"username": {tt.user}, "password": {tt.pass}}})
			if resp.StatusCode != tt.wantStatus || !strings.Contains(body, tt.want) {
				t.Fatalf("%d, want %d with %q\n%s", resp.StatusCode, tt.wantStatus, tt.want, body)
			}
			if sessionFrom(resp) != "" {
				t.Error("a failed login set a session cookie")
			}
			if tt.wantStatus == 429 && resp.Header.Get("Retry-After") != "60" {
				t.Errorf("Retry-After = %q", resp.Header.Get("Retry-After"))
			}
		})
	}
	env.clock.Add(time.Minute)
	env.login(t, "mona", ownerPass)
}

func TestUI_RequireSession(t *testing.T) {
	env := newTestEnv(t, nil)
	owner := env.setup(t)
	ctxOwner := env.owner(t)
	if _, err := env.acc.CreateUser(t.Context(), ctxOwner, access.NewUser{Username: "sara", Name: "سارة", Role: access.RoleStaff, Password: "shop floor pass"}); err != nil {
		t.Fatal(err)
	}
	if _, err := env.acc.CreateUser(t.Context(), ctxOwner, access.NewUser{Username: "adel", Name: "عادل", Role: access.RoleAccountant, Password: "ledger pass 1"}); err != nil {
		t.Fatal(err)
	}
	staff := env.login(t, "sara", "shop floor pass")
	accountant := env.login(t, "adel", "ledger pass 1")

	// Probe routes behind each permission on the same mux.
	for _, p := range access.Permissions {
		h := env.ui.RequireSession(p)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			a, ok := access.ActorFrom(r.Context())
			if !ok {
				http.Error(w, "no actor", 500)
				return
			}
			io.WriteString(w, "ok "+a.User.Username)
		}))
		env.mux.Handle("GET /staff/probe/"+string(p), h)
		env.mux.Handle("GET /staff/api/probe/"+string(p), h)
	}
	secrets := map[access.Role]string{access.RoleOwner: owner, access.RoleStaff: staff, access.RoleAccountant: accountant}
	for _, p := range access.Permissions {
		t.Run(string(p), func(t *testing.T) {
			// No session: a page goes to the login page and back, an API gets 401.
			resp, _ := env.do(t, call{path: "/staff/probe/" + string(p) + "?x=1"})
			if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/staff/login?next="+url.QueryEscape("/staff/probe/"+string(p)+"?x=1") {
				t.Errorf("page without session: %d %s", resp.StatusCode, resp.Header.Get("Location"))
			}
			resp, body := env.do(t, call{path: "/staff/api/probe/" + string(p)})
			if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, "login required") {
				t.Errorf("API without session: %d %s", resp.StatusCode, body)
			}
			resp, _ = env.do(t, call{path: "/staff/api/probe/" + string(p), secret: "forged"})
			if resp.StatusCode != http.StatusUnauthorized {
				t.Errorf("API with a forged cookie: %d", resp.StatusCode)
			}
			for _, role := range access.Roles {
				want := http.StatusForbidden
				if role.Can(p) {
					want = http.StatusOK
				}
				resp, body := env.do(t, call{path: "/staff/probe/" + string(p), secret: secrets[role]})
				if resp.StatusCode != want {
					t.Errorf("%s page: %d, want %d", role, resp.StatusCode, want)
				}
				if want == http.StatusForbidden && !strings.Contains(body, "مش مسموح") {
					t.Errorf("%s forbidden page: %s", role, body)
				}
				resp, _ = env.do(t, call{path: "/staff/api/probe/" + string(p), secret: secrets[role]})
				if resp.StatusCode != want {
					t.Errorf("%s API: %d, want %d", role, resp.StatusCode, want)
				}
			}
		})
	}
}

func TestUI_Routes(t *testing.T) {
	env := newTestEnv(t, nil)
	secret := env.setup(t)
	// Every signed-in route refuses a request without a session.
	for _, c := range []call{
		{path: "/staff/"},
		{path: "/staff/account"},
		{method: "POST", path: "/staff/account/password", form: url.Values{}},
		{method: "POST", path: "/staff/account/sessions/x/revoke", form: url.Values{}},
		{path: "/staff/users"},
		{method: "POST", path: "/staff/users", form: url.Values{}},
		{method: "POST", path: "/staff/users/mona", form: url.Values{"disabled": {"true"}}},
		{method: "POST", path: "/staff/users/mona/password", form: url.Values{}},
		{method: "POST", path: "/staff/users/mona/logout", form: url.Values{}},
		{path: "/staff/audit"},
		{path: "/staff/no/such/page"},
		{method: "POST", path: "/staff/no/such/page", form: url.Values{}},
	} {
		resp, _ := env.do(t, c)
		if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/staff/login") {
			t.Errorf("%s %s without session: %d %s", c.method, c.path, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
	// Public routes, and the headers every response carries.
	for _, c := range []call{
		{path: "/staff/login"},
		{path: "/staff/static/staff.css"},
		{path: "/staff/static/docs.css"},
		{path: "/staff/static/icon.svg"},
		{path: "/staff/account", secret: secret},
	} {
		resp, _ := env.do(t, c)
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d", c.path, resp.StatusCode)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s CSP = %q", c.path, csp)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s without nosniff", c.path)
		}
	}
	if resp, body := env.do(t, call{path: "/staff/no/such/page", secret: secret}); resp.StatusCode != http.StatusNotFound || !strings.Contains(body, "الصفحة دي مش موجودة") {
		t.Errorf("unknown page with a session: %d", resp.StatusCode)
	}
	if resp, _ := env.do(t, call{path: "/"}); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/staff/" {
		t.Errorf("/ → %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp, _ := env.do(t, call{path: "/staff"}); resp.StatusCode != http.StatusMovedPermanently {
		t.Errorf("/staff → %d", resp.StatusCode)
	}
}

func TestUI_CrossOriginPostRefused(t *testing.T) {
	env := newTestEnv(t, nil)
	secret := env.setup(t)
	for _, c := range []call{
		{method: "POST", path: "/staff/login", form: url.Values{"username": {"mona"}, "password": {ownerPass}}},
		{method: "POST", path: "/staff/logout", secret: secret, form: url.Values{}},
		{method: "POST", path: "/staff/account/password", secret: secret, form: url.Values{"current": {ownerPass}, "password": {"x long password"}, "password2": {"x long password"}}},
	} {
		c.header = map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "http://evil.example"}
		resp, _ := env.do(t, c)
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("cross-site POST %s: %d", c.path, resp.StatusCode)
		}
	}
	// The session survived the refused logout.
	if resp, _ := env.do(t, call{path: "/staff/", secret: secret}); resp.StatusCode != 200 {
		t.Errorf("session after a refused cross-site logout: %d", resp.StatusCode)
	}
}

func TestUI_Account(t *testing.T) {
	env := newTestEnv(t, nil)
	first := env.setup(t)
	second := env.login(t, "mona", ownerPass)
	resp, body := env.do(t, call{path: "/staff/account", secret: second, lang: "en"})
	if resp.StatusCode != 200 || strings.Count(body, "/revoke\"") != 1 || !strings.Contains(body, "This device") {
		t.Fatalf("account: %d\n%s", resp.StatusCode, body)
	}
	firstSess, _, err := env.acc.Authenticate(first)
	if err != nil {
		t.Fatal(err)
	}
	firstID := firstSess.ID
	if !strings.Contains(body, "/staff/account/sessions/"+firstID+"/revoke") {
		t.Fatalf("no revoke button for the other session:\n%s", body)
	}
	resp, _ = env.do(t, call{method: "POST", path: "/staff/account/sessions/" + firstID + "/revoke", secret: second, form: url.Values{}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("revoke: %d", resp.StatusCode)
	}
	if resp, _ := env.do(t, call{path: "/staff/", secret: first}); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("revoked session still works: %d", resp.StatusCode)
	}

	third := env.login(t, "mona", ownerPass)
	resp, body = env.do(t, call{method: "POST", path: "/staff/account/password", secret: second, lang: "en",
		form: url.Values{"current": {"wrong"}, "password": {"a new long password"}, "password2": {"a new long password"}}})
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "The current password is wrong.") {
		t.Fatalf("wrong current: %d\n%s", resp.StatusCode, body)
	}
	resp, _ = env.do(t, call{method: "POST", path: "/staff/account/password", secret: second,
		form: url.Values{"current": {ownerPass}, "password": {"a new long password"}, "password2": {"a new long password"}}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("change: %d", resp.StatusCode)
	}
	fresh := sessionFrom(resp)
	for name, s := range map[string]string{"second": second, "third": third} {
		if resp, _ := env.do(t, call{path: "/staff/", secret: s}); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("%s session survived the password change: %d", name, resp.StatusCode)
		}
	}
	if resp, _ := env.do(t, call{path: "/staff/account?done=password", secret: fresh}); resp.StatusCode != 200 {
		t.Errorf("the new session: %d", resp.StatusCode)
	}
	entries, _, _ := env.acc.Audit(access.AuditQuery{User: "mona"})
	var actions []string
	for _, e := range entries {
		actions = append(actions, e.Action)
	}
	if got := strings.Join(actions, " "); got != "password.change login session.revoke login setup" {
		t.Errorf("audit = %s", got)
	}
}

func TestUI_Lang(t *testing.T) {
	env := newTestEnv(t, nil)
	tests := []struct{ next, want string }{
		{"/staff/login", "/staff/login"},
		{"/staff/account", "/staff/account"},
		{"https://evil.example/", "/staff/"},
		{"//evil.example/staff/", "/staff/"},
		{"/staff/\\evil", "/staff/"},
		{"", "/staff/"},
	}
	for _, tt := range tests {
		resp, _ := env.do(t, call{path: "/staff/lang/en?next=" + url.QueryEscape(tt.next)})
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != tt.want {
			t.Errorf("next=%q → %d %q, want %q", tt.next, resp.StatusCode, resp.Header.Get("Location"), tt.want)
		}
	}
	if resp, _ := env.do(t, call{path: "/staff/lang/fr"}); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown language: %d", resp.StatusCode)
	}
	resp, body := env.do(t, call{path: "/staff/login", lang: "en"})
	if resp.StatusCode != 200 || !strings.Contains(body, `<html lang="en" dir="ltr">`) || !strings.Contains(body, ">العربية<") {
		t.Errorf("english login page:\n%s", body)
	}
}

func TestDeviceOf(t *testing.T) {
	tests := []struct{ ua, browser, system string }{
		{"Mozilla/5.0 (Linux; Android 14; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome", "Android"},
		{"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari", "iPhone"},
		{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge", "Windows"},
		{"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox", "Linux"},
		{"Go-http-client/1.1", "", ""},
	}
	for _, tt := range tests {
		b, s := deviceOf(tt.ua)
		if b != tt.browser || s != tt.system {
			t.Errorf("deviceOf(%.40q) = %q, %q; want %q, %q", tt.ua, b, s, tt.browser, tt.system)
		}
	}
	v := view{Lang: Arabic}
	if got := v.Device(tests[0].ua); got != "Chrome على Android" {
		t.Errorf("Device = %q", got)
	}
}

func TestUI_Part(t *testing.T) {
	env := newTestEnv(t, nil)
	p := env.ui.Part()
	if p.Name != "staff" || p.Routes == nil || p.Services["staff-sessions"] == nil {
		t.Fatalf("part = %+v", p)
	}
	if st := p.Health["staff"](); st.Status != "ok" || st.Details["setup_pending"] != true {
		t.Errorf("health before setup = %+v", st)
	}
	env.setup(t)
	if st := p.Health["staff"](); st.Details["setup_pending"] != false {
		t.Errorf("health after setup = %+v", st)
	}
	// A second start of a set-up box announces nothing.
	announced := ""
	if _, err := New(Options{Access: env.acc, AnnounceSetup: func(code, _ string) { announced = code }}); err != nil || announced != "" {
		t.Errorf("New after setup: announced %q, %v", announced, err)
	}
	for _, bad := range []Options{{}, {Access: env.acc, Prefix: "staff"}, {Access: env.acc, Prefix: "/staff/"}} {
		if _, err := New(bad); err == nil {
			t.Errorf("New(%+v) accepted", bad)
		}
	}
}

func TestUI_TLSCookie(t *testing.T) {
	env := newTestEnv(t, nil)
	srv := httptest.NewTLSServer(env.mux)
	defer srv.Close()
	c := srv.Client()
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	form := url.Values{"code": {env.code}, "name": {"m"}, "username": {"mona"}, "password": {ownerPass}, "password2": {ownerPass}}
	resp, err := c.PostForm(srv.URL+"/staff/setup", form)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var ck *http.Cookie
	for _, k := range resp.Cookies() {
		if k.Name == secureCookieName {
			ck = k
		}
	}
	if ck == nil || !ck.Secure || !ck.HttpOnly || ck.Path != "/" || ck.Domain != "" || ck.SameSite != http.SameSiteStrictMode {
		t.Fatalf("TLS session cookie = %+v (all: %v)", ck, resp.Cookies())
	}
	req, _ := http.NewRequest("GET", srv.URL+"/staff/", nil)
	req.AddCookie(ck)
	if resp, err := c.Do(req); err != nil || resp.StatusCode != 200 {
		t.Fatalf("home over TLS: %v %v", resp.StatusCode, err)
	}
	// The plain-HTTP cookie name is not accepted over TLS.
	req, _ = http.NewRequest("GET", srv.URL+"/staff/", nil)
	req.AddCookie(&http.Cookie{Name: cookieName, Value: ck.Value})
	if resp, _ := c.Do(req); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("unprefixed cookie over TLS: %d", resp.StatusCode)
	}
}
