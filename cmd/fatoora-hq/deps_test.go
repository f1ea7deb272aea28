package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// shared are the box's packages head office links: the login (accounts,
// sessions, audit), the config-file reader, the web plumbing, the staff
// look and money. Everything else of ours must be head office's own.
var shared = []string{
	"fatoora/appliance/access", "fatoora/appliance/config", "fatoora/catalog/money",
	"fatoora/ui/web", "fatoora/ui/web/sheet", "fatoora/ui/staff/look",
}

// TestDeps_HeadOffice keeps the box's shop code (the pipeline, the catalog
// and its bleve index, WhatsApp, the staff UI, the composition root) and
// every test helper out of fatoora-hq: it shares the login and the look,
// not the box.
func TestDeps_HeadOffice(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "fatoora/appliance/access") || !slices.Contains(deps, "fatoora/sync/hq") {
		t.Fatalf("go list -deps found %d packages without the ones expected: failed quietly?", len(deps))
	}
	for _, d := range deps {
		ours := strings.HasPrefix(d, "fatoora/")
		hq := d == "fatoora/cmd/fatoora-hq" || d == "fatoora/sync/hqwire" || d == "fatoora/sync/hq" || strings.HasPrefix(d, "fatoora/sync/hq/")
		switch {
		case ours && strings.HasSuffix(d, "test"):
			t.Errorf("fatoora-hq links the test helper %s", d)
		case ours && !hq && !slices.Contains(shared, d):
			t.Errorf("fatoora-hq links the box's %s", d)
		case strings.HasPrefix(d, "github.com/blevesearch/") || strings.HasPrefix(d, "github.com/ollama/"):
			t.Errorf("fatoora-hq links %s", d)
		case d == "testing" || d == "net/http/httptest":
			t.Errorf("fatoora-hq links %s", d)
		}
	}
}
