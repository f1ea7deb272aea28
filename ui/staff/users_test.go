package staff

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"fatoora/appliance/access"
)

func TestUI_Users(t *testing.T) {
	env := newTestEnv(t, nil)
	owner := env.setup(t)
	post := func(path string, form url.Values) (*http.Response, string) {
		return env.do(t, call{method: "POST", path: path, secret: owner, lang: "en", form: form})
	}
	newUser := url.Values{"name": {"سارة"}, "username": {"Sara"}, "role": {"staff"}, "password": {"shop floor pass"}, "password2": {"shop floor pass"}}

	bad := url.Values{}
	for k, v := range newUser {
		bad[k] = v
	}
	bad.Set("password2", "different")
	resp, body := post("/staff/users", bad)
	if resp.StatusCode != 400 || !strings.Contains(body, "The two passwords differ.") || !strings.Contains(body, `value="Sara"`) {
		t.Fatalf("mismatch: %d\n%s", resp.StatusCode, body)
	}
	resp, _ = post("/staff/users", newUser)
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(resp.Header.Get("Location"), "done=created") {
		t.Fatalf("create: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, body = post("/staff/users", newUser)
	if resp.StatusCode != http.StatusConflict || !strings.Contains(body, "That username is taken.") {
		t.Fatalf("duplicate: %d", resp.StatusCode)
	}
	resp, body = env.do(t, call{path: "/staff/users?done=created&user=sara", secret: owner, lang: "en"})
	if resp.StatusCode != 200 || !strings.Contains(body, "Account sara created.") || !strings.Contains(body, "سارة") {
		t.Fatalf("users page: %d\n%s", resp.StatusCode, body)
	}
	sara := env.login(t, "sara", "shop floor pass")

	// Staff cannot reach the team page or the log.
	for _, p := range []string{"/staff/users", "/staff/audit"} {
		if resp, _ := env.do(t, call{path: p, secret: sara}); resp.StatusCode != http.StatusForbidden {
			t.Errorf("staff GET %s: %d", p, resp.StatusCode)
		}
	}
	if resp, _ := env.do(t, call{method: "POST", path: "/staff/users/mona", secret: sara, form: url.Values{"disabled": {"true"}}}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("staff disabling the owner: %d", resp.StatusCode)
	}

	// Role change, then the last owner is kept.
	if resp, _ := post("/staff/users/sara", url.Values{"role": {"accountant"}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("role change: %d", resp.StatusCode)
	}
	if u, _ := env.acc.User("sara"); u.Role != access.RoleAccountant {
		t.Errorf("role = %s", u.Role)
	}
	if resp, _ := env.do(t, call{path: "/staff/audit", secret: sara}); resp.StatusCode != 200 {
		t.Errorf("accountant GET /staff/audit: %d", resp.StatusCode)
	}
	resp, body = post("/staff/users/mona", url.Values{"role": {"staff"}})
	if resp.StatusCode != http.StatusConflict || !strings.Contains(body, "at least one active owner") {
		t.Errorf("demoting the last owner: %d", resp.StatusCode)
	}
	if resp, _ := post("/staff/users/sara", url.Values{"role": {"boss"}}); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("unknown role: %d", resp.StatusCode)
	}
	if resp, _ := post("/staff/users/nobody", url.Values{"role": {"staff"}}); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown user: %d", resp.StatusCode)
	}

	// A new password ends sara's sessions; disabling ends them too.
	resp, _ = post("/staff/users/sara/password", url.Values{"password": {"another floor pass"}, "password2": {"another floor pass"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("reset: %d", resp.StatusCode)
	}
	if resp, _ := env.do(t, call{path: "/staff/", secret: sara}); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("session after a reset: %d", resp.StatusCode)
	}
	sara = env.login(t, "sara", "another floor pass")
	if resp, _ := post("/staff/users/sara", url.Values{"disabled": {"true"}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("disable: %d", resp.StatusCode)
	}
	if resp, _ := env.do(t, call{path: "/staff/", secret: sara}); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("session after disabling: %d", resp.StatusCode)
	}
	resp, _ = env.do(t, call{method: "POST", path: "/staff/login", form: url.Values{"username": {"sara"}, "password": {"another floor pass"}}})
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("disabled login: %d", resp.StatusCode)
	}
	if resp, _ := post("/staff/users/sara", url.Values{"disabled": {"false"}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("enable: %d", resp.StatusCode)
	}
	sara = env.login(t, "sara", "another floor pass")
	if resp, _ := post("/staff/users/sara/logout", url.Values{}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("log out everywhere: %d", resp.StatusCode)
	}
	if resp, _ := env.do(t, call{path: "/staff/", secret: sara}); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("session after log out everywhere: %d", resp.StatusCode)
	}
}

func TestUI_Audit(t *testing.T) {
	env := newTestEnv(t, nil)
	owner := env.setup(t)
	actor := env.owner(t)
	for i := range 60 {
		if err := env.acc.Record(actor.Entry("order.approve", fmt.Sprintf("order-%02d", i), "")); err != nil {
			t.Fatal(err)
		}
	}
	env.do(t, call{method: "POST", path: "/staff/login", form: url.Values{"username": {"ghost"}, "password": {"x"}}})

	resp, body := env.do(t, call{path: "/staff/audit", secret: owner, lang: "en"})
	if resp.StatusCode != 200 {
		t.Fatalf("audit: %d", resp.StatusCode)
	}
	if !strings.Contains(body, "Failed login") || !strings.Contains(body, "(attempt)") || !strings.Contains(body, "order-59") || strings.Contains(body, "order-08") {
		t.Errorf("first page:\n%s", body)
	}
	i := strings.Index(body, `href="/staff/audit?before=`)
	if i < 0 {
		t.Fatalf("no link to the older page")
	}
	next := body[i+len(`href="`):]
	next = strings.ReplaceAll(next[:strings.Index(next, `"`)], "&amp;", "&")
	resp, body = env.do(t, call{path: next, secret: owner, lang: "en"})
	if resp.StatusCode != 200 || !strings.Contains(body, "order-00") || !strings.Contains(body, "Set up the box") || strings.Contains(body, "order-59") {
		t.Errorf("second page %s: %d\n%s", next, resp.StatusCode, body)
	}
	if strings.Contains(body, "?before=") {
		t.Error("a link past the last page")
	}
	resp, body = env.do(t, call{path: "/staff/audit?user=MONA", secret: owner})
	if resp.StatusCode != 200 || strings.Contains(body, "(محاولة)") {
		t.Errorf("filtered by user: %d", resp.StatusCode)
	}
	if resp, _ := env.do(t, call{path: "/staff/audit?before=x", secret: owner}); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad cursor: %d", resp.StatusCode)
	}
}
