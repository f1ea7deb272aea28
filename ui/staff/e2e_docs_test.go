package staff

import (
	"testing"

	"fatoora/appliance/access"
	"fatoora/appliance/invoice"
)

// TestBrowser_Docs drives docs.e2e.js in headless Chromium (ui/staff/e2e):
// mark an invoice paid, void it and find its credit note, and upload a
// catalog with a broken row. Skipped without chromium, node or
// playwright-core, like TestBrowser_SetupLogin.
func TestBrowser_Docs(t *testing.T) {
	br := needBrowser(t)
	env := newDocsEnv(t)
	env.customer(t)
	inv := env.issue(t, invoice.KindInvoice, "O1", "T-HOOD-BI")
	version, _ := env.cat.Version()

	br.run(t, "docs.e2e.js", env.srv.URL, inv.Number)

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
