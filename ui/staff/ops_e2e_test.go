package staff

import (
	"context"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"fatoora/appliance/access"
)

// TestBrowser_ShopFloor drives the dashboard, the review queue and a
// conversation in headless Chromium (ui/staff/e2e/ops.e2e.js) over a real
// pipeline: a message arriving updates the open dashboard without a
// reload; the order it makes is corrected and approved in the review
// queue, and its invoice reaches the Graph API stand-in. Skipped without
// Debian's chromium and `npm ci --prefix ui/staff/e2e`.
func TestBrowser_ShopFloor(t *testing.T) {
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
	e := newOpsEnv(t)
	e.setup(t)
	// The script asks for the customer's message once the dashboard is open.
	e.mux.HandleFunc("POST /test/message", func(w http.ResponseWriter, r *http.Request) {
		e.text(t, opsCustomer, opsSeed)
		w.WriteHeader(http.StatusNoContent)
	})

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "ops.e2e.js", e.srv.URL, opsCustomer)
	cmd.Dir = "e2e"
	cmd.Env = append(os.Environ(), "CHROMIUM="+browser)
	out, err := cmd.CombinedOutput()
	t.Logf("browser run:\n%s", out)
	if err != nil {
		t.Fatalf("browser run failed: %v", err)
	}

	// The invoice the browser approved reached WhatsApp's Graph API.
	if doc := e.waitDocument(t, opsCustomer); doc.Document.Filename != "INV-T1-000001.pdf" {
		t.Errorf("document sent: %+v", doc.Document)
	}
	e.waitText(t, opsCustomer, "الفاتورة وصلتك؟")
	entries, _, err := e.acc.Audit(access.AuditQuery{User: "mona", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, en := range entries {
		count[en.Action]++
	}
	if count["order.lines"] != 2 || count["order.approve"] != 1 || count["conversation.reply"] != 1 || count["conversation.resume"] != 1 {
		t.Errorf("staff log counts = %v", count)
	}
}
