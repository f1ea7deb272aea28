package staff

import (
	"flag"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fatoora/appliance/access"
)

// TestMessages_Complete: every key a template or the Go code asks for is
// in the catalogue, in both languages, with the same %-verbs.
func TestMessages_Complete(t *testing.T) {
	used := map[string]bool{}
	keyRE := regexp.MustCompile(`\.Tf? "([a-z0-9_.]+)"`)
	err := fs.WalkDir(templateFS, "templates", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(templateFS, p)
		for _, m := range keyRE.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	goRE := regexp.MustCompile(`(?:text|textf)\([a-zA-Z.]+, "([a-z0-9_.]+)"|Title: "([a-z0-9_.]+)"|Key: "([a-z0-9_.]+)"`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range goRE.FindAllStringSubmatch(string(b), -1) {
			if k := m[1] + m[2] + m[3]; !strings.HasSuffix(k, ".") { // "role."+r: checked below
				used[k] = true
			}
		}
	}
	for _, p := range access.Permissions {
		used["perm."+string(p)] = true
	}
	for _, k := range opsDynamicKeys() { // keys the shop-floor pages build at run time
		used[k] = true
	}
	for _, k := range docsDynamic { // keys the document, catalog and settings pages build
		used[k.Key] = true
	}
	for _, k := range hqDynamic { // keys head office's refusals page builds
		used[k.Key] = true
	}
	for _, r := range access.Roles {
		used["role."+string(r)] = true
	}
	for _, code := range []string{"username.length", "username.chars", "name.length", "role.unknown", "password.short", "password.long", "password.username", "current.wrong"} {
		used["err."+code] = true
	}
	// Dynamic keys: the "done" notices of the users page, and the audit
	// actions the access package records (each must have a name).
	src, _ := os.ReadFile("users.go")
	for _, m := range regexp.MustCompile(`usersDone\(w, r, "([a-z]+)"|(?:true|false): "([a-z]+)"|done *= "([a-z]+)"`).FindAllStringSubmatch(string(src), -1) {
		used["users.done."+m[1]+m[2]+m[3]] = true
	}
	accessFiles, _ := filepath.Glob("../../appliance/access/*.go")
	actions := 0
	for _, f := range accessFiles {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, _ := os.ReadFile(f)
		for _, m := range regexp.MustCompile(`entry\("([a-z_.]+)"|Action: "([a-z_.]+)"|"([a-z_.]+)", (?:true|false)\)`).FindAllStringSubmatch(string(b), -1) {
			used["action."+m[1]+m[2]+m[3]] = true
			actions++
		}
	}
	if actions < 8 {
		t.Errorf("found only %d audit actions in appliance/access: the scan is broken", actions)
	}
	if len(used) < 40 {
		t.Fatalf("found only %d keys in use: the scan is broken", len(used))
	}
	verbs := regexp.MustCompile(`%[a-z]`)
	for k := range used {
		m, ok := messages[k]
		if !ok {
			t.Errorf("message %q is used but not in the catalogue", k)
			continue
		}
		if strings.TrimSpace(m.ar) == "" || strings.TrimSpace(m.en) == "" {
			t.Errorf("message %q lacks a language: %+v", k, m)
		}
		if a, e := verbs.FindAllString(m.ar, -1), verbs.FindAllString(m.en, -1); strings.Join(a, "") != strings.Join(e, "") {
			t.Errorf("message %q: verbs differ: ar %v, en %v", k, a, e)
		}
	}
	for k := range messages {
		if !used[k] {
			t.Errorf("message %q is in the catalogue but never used", k)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestPages_Golden compares the public pages with testdata/*.html; run
// with -update after a deliberate change and read the diff.
func TestPages_Golden(t *testing.T) {
	env := newTestEnv(t, nil)
	for _, tt := range []struct{ name, path, lang string }{
		{"login-ar", "/staff/login", "ar"},
		{"login-en", "/staff/login?next=/staff/account", "en"},
		{"setup-ar", "/staff/setup", "ar"},
		{"setup-en", "/staff/setup", "en"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("GET", tt.path, nil)
			req.AddCookie(&http.Cookie{Name: langCookie, Value: tt.lang})
			rec := httptest.NewRecorder()
			env.mux.ServeHTTP(rec, req)
			if rec.Code != 200 {
				t.Fatalf("%s: %d", tt.path, rec.Code)
			}
			golden := filepath.Join("testdata", tt.name+".html")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, rec.Body.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got := rec.Body.String(); got != string(want) {
				t.Errorf("%s differs from %s (run with -update and read the diff):\n%s", tt.path, golden, got)
			}
		})
	}
}
