package appliance_test

import (
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"
)

type goPackage struct {
	ImportPath string
	Name       string
	Doc        string
	Imports    []string
}

// packages lists the module's packages with `go list`.
func packages(t *testing.T) []goPackage {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", "fatoora/...")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var ps []goPackage
	dec := json.NewDecoder(out)
	for {
		var p goPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("go list: %v", err)
	}
	if len(ps) < 10 {
		t.Fatalf("go list found only %d packages", len(ps))
	}
	return ps
}

// TestPackages_HaveDocs: every package says what it owns.
func TestPackages_HaveDocs(t *testing.T) {
	for _, p := range packages(t) {
		if strings.TrimSpace(p.Doc) == "" {
			t.Errorf("%s has no package doc", p.ImportPath)
		}
	}
}

// TestPackages_Layering forbids the import edges that would break the
// architecture: domain code free of HTTP, HTTP free of storage, the CLI and
// the composition root imported only from above, no package named sync.
func TestPackages_Layering(t *testing.T) {
	under := func(path, root string) bool { return path == root || strings.HasPrefix(path, root+"/") }
	for _, p := range packages(t) {
		for _, imp := range p.Imports {
			edge := p.ImportPath + " imports " + imp
			switch {
			case under(p.ImportPath, "fatoora/catalog") && under(imp, "fatoora/appliance") && imp != "fatoora/appliance/store":
				t.Errorf("%s: the catalog is domain code and depends only on the store", edge)
			case (under(p.ImportPath, "fatoora/catalog") || p.ImportPath == "fatoora/appliance/invoice" ||
				p.ImportPath == "fatoora/appliance/understand" || p.ImportPath == "fatoora/appliance/pipeline" ||
				p.ImportPath == "fatoora/appliance/store" || p.ImportPath == "fatoora/appliance/queue" ||
				p.ImportPath == "fatoora/appliance/invoice/receipt") &&
				(imp == "net/http" || under(imp, "fatoora/ui")):
				t.Errorf("%s: domain and storage code stays free of HTTP", edge)
			case under(p.ImportPath, "fatoora/ui") && (imp == "go.etcd.io/bbolt" || imp == "fatoora/appliance/store"):
				t.Errorf("%s: HTTP code stays free of storage details", edge)
			case under(imp, "fatoora/sync/eta/etatest"):
				t.Errorf("%s: ETA's stand-in is for tests only", edge)
			case imp == "fatoora/appliance/cli" && p.ImportPath != "fatoora/cmd/fatoora":
				t.Errorf("%s: only cmd/fatoora runs the CLI", edge)
			case imp == "fatoora/appliance" && !under(p.ImportPath, "fatoora/appliance/cli") && !under(p.ImportPath, "fatoora/cmd") && !under(p.ImportPath, "fatoora/scripts"):
				t.Errorf("%s: the composition root is imported only from the CLI and scripts", edge)
			}
		}
		if p.Name == "sync" {
			t.Errorf("%s is a package named sync (clashes with the standard library)", p.ImportPath)
		}
	}
}
