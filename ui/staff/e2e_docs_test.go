package staff

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"fatoora/appliance/access"
	"fatoora/appliance/invoice"
)

// TestBrowser_Docs drives docs.e2e.js in headless Chromium (ui/staff/e2e):
// mark an invoice paid, void it and find its credit note, and upload a
// catalog with a broken row. Skipped without chromium, node or
// playwright-core, like TestBrowser_SetupLogin.
func TestBrowser_Docs(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	browser := os.Getenv("CHROMIUM")
	if browser == "" {
		browser = "/usr/bin/chromium"
	}
	if _, err := os.Stat(browser); err != nil {
		t.Skip("chromium not installed")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	if _, err := os.Stat(filepath.Join("e2e", "node_modules", "playwright-core")); err != nil {
		t.Skip("playwright-core not installed: run npm ci --prefix ui/staff/e2e")
	}
	env := newDocsEnv(t)
	env.customer(t)
	inv := env.issue(t, invoice.KindInvoice, "O1", "T-HOOD-BI")
	version, _ := env.cat.Version()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "docs.e2e.js", env.srv.URL, inv.Number)
	cmd.Dir = "e2e"
	cmd.Env = append(os.Environ(), "CHROMIUM="+browser)
	out, err := cmd.CombinedOutput()
	t.Logf("browser run:\n%s", out)
	if err != nil {
		t.Fatalf("browser run failed: %v", err)
	}

	// What the browser did is in the store and the staff log.
	d, err := env.p.Document(t.Context(), inv.Number)
	if err != nil {
		t.Fatal(err)
	}
	if d.Status() != invoice.StatusVoided || len(d.Events) != 2 || d.Events[0].Method != "instapay" {
		t.Errorf("invoice after the run: %s %+v", d.Status(), d.Events)
	}
	if v, _ := env.cat.Version(); v != version {
		t.Errorf("the refused import changed the catalog: version %d → %d", version, v)
	}
	entries, _, err := env.acc.Audit(access.AuditQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, e := range entries {
		count[e.Action]++
	}
	if count["document.paid"] != 1 || count["document.void"] != 1 || count["catalog.import"] != 0 {
		t.Errorf("audit counts = %v", count)
	}
}
