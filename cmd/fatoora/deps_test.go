package main

import (
	"os/exec"
	"strings"
	"testing"
)

// forbidden says why a package must not be linked into a release binary
// ("" when it may be). Test code and its fakes stay out of what ships; the
// local model is reached through Ollama's API package only, never its
// server or command line.
func forbidden(pkg string) string {
	last := pkg[strings.LastIndex(pkg, "/")+1:]
	switch {
	case pkg == "testing" || strings.HasPrefix(pkg, "testing/"):
		return "the testing package"
	case pkg == "net/http/httptest":
		return "a test server"
	case strings.HasPrefix(pkg, "fatoora/") && strings.HasSuffix(last, "test"):
		return "one of our test helpers (fakes live in *test packages)"
	case strings.HasPrefix(pkg, "fatoora/scripts/"):
		return "a development script"
	case strings.HasPrefix(pkg, "github.com/ollama/ollama/") && !ollamaAPI[pkg]:
		return "Ollama beyond its API client"
	case strings.HasPrefix(pkg, "github.com/gin-gonic/") || strings.HasPrefix(pkg, "github.com/spf13/cobra") ||
		strings.HasPrefix(pkg, "github.com/charmbracelet/"):
		return "Ollama's server or command-line dependencies"
	}
	return ""
}

// ollamaAPI is Ollama's API client and what it imports.
var ollamaAPI = map[string]bool{
	"github.com/ollama/ollama/api":                 true,
	"github.com/ollama/ollama/auth":                true,
	"github.com/ollama/ollama/envconfig":           true,
	"github.com/ollama/ollama/format":              true,
	"github.com/ollama/ollama/internal/orderedmap": true,
	"github.com/ollama/ollama/types/model":         true,
	"github.com/ollama/ollama/version":             true,
}

// deps lists every package linked into the binary built from pkg.
func deps(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", pkg).Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v", pkg, err)
	}
	return strings.Fields(string(out))
}

// TestDeps_ReleaseBinaries keeps test code, development scripts and the
// wrong parts of big modules out of every binary under cmd/ (the way
// tailscale's deptest guards tailscaled).
func TestDeps_ReleaseBinaries(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{if eq .Name "main"}}{{.ImportPath}}{{end}}`, "fatoora/cmd/...").Output()
	if err != nil {
		t.Fatal(err)
	}
	bins := strings.Fields(string(out))
	if len(bins) == 0 || bins[0] != "fatoora/cmd/fatoora" {
		t.Fatalf("release binaries: %v", bins)
	}
	for _, bin := range bins {
		t.Run(bin, func(t *testing.T) {
			ds := deps(t, bin)
			if len(ds) < 50 {
				t.Fatalf("only %d dependencies: go list failed quietly?", len(ds))
			}
			for _, d := range ds {
				if why := forbidden(d); why != "" {
					t.Errorf("%s links %s: %s", bin, d, why)
				}
			}
		})
	}
}

// TestForbidden_Catches proves the rules bite: the test helpers' own
// dependencies break them.
func TestForbidden_Catches(t *testing.T) {
	for _, tc := range []struct{ pkg, want string }{
		{"fatoora/appliance/understand/ollama/ollamatest", "fatoora/appliance/understand/ollama/ollamatest"},
		{"fatoora/appliance/understand/ollama/ollamatest", "testing"},
		{"fatoora/appliance/understand/ollama/ollamatest", "net/http/httptest"},
		{"fatoora/scripts/loadwebhook", "fatoora/scripts/loadwebhook"},
	} {
		found := false
		for _, d := range deps(t, tc.pkg) {
			if d == tc.want && forbidden(d) != "" {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %s not caught", tc.pkg, tc.want)
		}
	}
	for _, bad := range []string{"github.com/ollama/ollama/server", "github.com/ollama/ollama/llm", "github.com/gin-gonic/gin", "testing/fstest", "fatoora/appliance/whatsapp/graphsimtest"} {
		if forbidden(bad) == "" {
			t.Errorf("%s allowed", bad)
		}
	}
	for _, ok := range []string{"net/http", "net/http/pprof", "fatoora/appliance/whatsapp/graphsim", "github.com/ollama/ollama/api", "internal/synctest"} {
		if why := forbidden(ok); why != "" {
			t.Errorf("%s refused: %s", ok, why)
		}
	}
}
