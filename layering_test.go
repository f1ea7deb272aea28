package fatoora

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"path"
	"slices"
	"strings"
	"testing"
)

// The layering of the module, checked on `go list`'s view of every package
// (as tailscale's cmd/tailscaled/deps_test.go and pkgdoc_test.go do). From
// the bottom up:
//
//	leaves        fatoora (this package), catalog/money: the standard library only
//	domain        catalog, catalog/*, appliance/{store,queue,invoice,invoice/pdf,
//	              understand,pipeline,config,supervise,access}: no HTTP, no UI, no sync,
//	              never the composition root; the catalog never the box
//	edges         appliance/{ingest,whatsapp,health,part,understand/ollama},
//	              ui/*, sync/*: the HTTP faces and clients; ui/* never
//	              touches storage (no bbolt, no store)
//	root          appliance (the composition root): imported by commands and
//	              appliance/cli only
//	commands      cmd/*, scripts/*: imported by nobody; only cmd/fatoora
//	              imports appliance/cli
//
// A rule broken here is a design change: change the rule (and ARCHITECTURE.md)
// deliberately, never to make a build pass.

const module = "fatoora"

type goPackage struct {
	ImportPath   string
	Name         string
	Doc          string
	Imports      []string // direct, non-test
	Deps         []string // transitive, non-test
	TestImports  []string
	XTestImports []string
}

func listPackages(t *testing.T) map[string]goPackage {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the layering tests need the go command: %v", err)
	}
	cmd := exec.Command(gobin, "list", "-json", "./...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.Bytes())
	}
	pkgs := map[string]goPackage{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p goPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs[p.ImportPath] = p
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found only %d packages", len(pkgs))
	}
	return pkgs
}

// under reports whether p is dir or inside it (module-relative).
func under(p string, dirs ...string) bool {
	for _, d := range dirs {
		d = module + "/" + d
		if p == d || strings.HasPrefix(p, d+"/") {
			return true
		}
	}
	return false
}

func isStd(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".") && first != module
}

var (
	leaves = []string{module, module + "/catalog/money"}
	domain = []string{"catalog", "appliance/store", "appliance/queue", "appliance/invoice", "appliance/understand",
		"appliance/pipeline", "appliance/config", "appliance/supervise", "appliance/access"}
	// testHelpers are loopback fakes of the world outside; only tests use them.
	testHelpers = func(p string) bool { return strings.HasSuffix(path.Base(p), "test") }
)

func isDomain(p string) bool {
	if p == module+"/appliance/understand/ollama" || under(p, "appliance/understand/ollama") {
		return false // an HTTP client of Ollama: an edge
	}
	return slices.Contains(leaves, p) || under(p, domain...)
}

func TestLayering(t *testing.T) {
	pkgs := listPackages(t)
	rules := []struct {
		name   string
		from   func(p goPackage) bool
		edges  func(p goPackage) []string
		forbid func(imp string) bool
	}{
		{
			"leaves import only the standard library",
			func(p goPackage) bool { return slices.Contains(leaves, p.ImportPath) },
			func(p goPackage) []string { return p.Deps },
			func(imp string) bool { return !isStd(imp) },
		},
		{
			"domain packages know nothing of HTTP",
			func(p goPackage) bool { return isDomain(p.ImportPath) },
			func(p goPackage) []string { return p.Imports },
			func(imp string) bool { return imp == "net/http" || strings.HasPrefix(imp, "net/http/") },
		},
		{
			"domain packages never reach the UI, sync, the composition root or a command",
			func(p goPackage) bool { return isDomain(p.ImportPath) },
			func(p goPackage) []string { return p.Deps },
			func(imp string) bool {
				return under(imp, "ui", "sync", "cmd", "scripts", "appliance/cli") || imp == module+"/appliance"
			},
		},
		{
			"the catalog sits below the box: it never imports appliance/*",
			func(p goPackage) bool { return under(p.ImportPath, "catalog") },
			func(p goPackage) []string { return p.Deps },
			func(imp string) bool { return under(imp, "appliance") },
		},
		{
			"only commands and appliance/cli import the composition root",
			func(p goPackage) bool {
				return p.Name != "main" && p.ImportPath != module+"/appliance/cli" && p.ImportPath != module+"/appliance"
			},
			func(p goPackage) []string { return slices.Concat(p.Imports, p.TestImports, p.XTestImports) },
			func(imp string) bool { return imp == module+"/appliance" },
		},
		{
			"HTTP code knows nothing of storage: ui/* imports neither bbolt nor the store",
			func(p goPackage) bool { return under(p.ImportPath, "ui") },
			func(p goPackage) []string { return p.Imports },
			func(imp string) bool { return imp == "go.etcd.io/bbolt" || under(imp, "appliance/store") },
		},
		{
			"only cmd/fatoora runs the command line",
			func(p goPackage) bool { return p.ImportPath != module+"/cmd/fatoora" },
			func(p goPackage) []string { return p.Imports },
			func(imp string) bool { return imp == module+"/appliance/cli" },
		},
		{
			"nothing imports a command",
			func(p goPackage) bool { return true },
			func(p goPackage) []string { return slices.Concat(p.Imports, p.TestImports, p.XTestImports) },
			func(imp string) bool { return under(imp, "cmd", "scripts") },
		},
		{
			"test helpers are imported by tests only",
			func(p goPackage) bool { return !testHelpers(p.ImportPath) && p.Name != "main" },
			func(p goPackage) []string { return p.Imports },
			func(imp string) bool { return under(imp, "") && testHelpers(imp) },
		},
	}
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			for _, p := range pkgs {
				if !r.from(p) {
					continue
				}
				for _, imp := range r.edges(p) {
					if r.forbid(imp) {
						t.Errorf("%s imports %s", p.ImportPath, imp)
					}
				}
			}
		})
	}
}

// TestPackageNames: no package of ours is named like a standard library
// package it would shadow (sync/ is a folder of subpackages, never "sync").
func TestPackageNames(t *testing.T) {
	for _, p := range listPackages(t) {
		if p.Name == "sync" || p.Name == "errors" || p.Name == "http" || p.Name == "testing" {
			t.Errorf("%s is package %s, the name of a standard library package", p.ImportPath, p.Name)
		}
	}
}

// The release binaries' transitive dependencies are checked per binary
// in cmd/fatoora/deps_test.go; cmd/fatoora-hq/deps_test.go keeps the box's
// shop code out of head office (it shares only the login, the config
// reader, the web plumbing and the staff look).

// TestPackageDocs: every package says what it owns in a package doc.
func TestPackageDocs(t *testing.T) {
	for _, p := range listPackages(t) {
		want := "Package " + p.Name + " "
		if p.Name == "main" {
			want = "Command "
		}
		if !strings.HasPrefix(p.Doc, want) {
			t.Errorf("%s: package doc %q does not start with %q", p.ImportPath, p.Doc, want)
		}
	}
}
