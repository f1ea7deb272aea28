package staff

import (
	"net/http"
	"testing"

	"fatoora/appliance/access"
)

// TestBrowser_ShopFloor drives the dashboard, the review queue and a
// conversation in headless Chromium (ui/staff/e2e/ops.e2e.js) over a real
// pipeline: a message arriving updates the open dashboard without a
// reload; the order it makes is corrected and approved in the review
// queue, and its invoice reaches the Graph API stand-in. Skipped without
// Debian's chromium and `npm ci --prefix ui/staff/e2e`.
func TestBrowser_ShopFloor(t *testing.T) {
	br := needBrowser(t)
	e := newOpsEnv(t)
	e.setup(t)
	// The script asks for the customer's message once the dashboard is open.
	e.mux.HandleFunc("POST /test/message", func(w http.ResponseWriter, r *http.Request) {
		e.text(t, opsCustomer, opsSeed)
		w.WriteHeader(http.StatusNoContent)
	})

	br.run(t, "ops.e2e.js", e.srv.URL, opsCustomer)

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
