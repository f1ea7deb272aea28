package hq_test

import (
	"path/filepath"
	"testing"
	"time"

	"fatoora/sync/hq"
	"fatoora/sync/hq/hqbolt"
	"fatoora/sync/hqwire"
	"fatoora/ui/staff/browsertest"
)

// TestBrowser_HeadOffice drives ui/staff/e2e/hq.e2e.js in headless
// Chromium against a real head office on loopback: login page, setup with
// the code, both branches' invoices, the filter, the CSV download, logout,
// a wrong password. Skipped without chromium, node or playwright-core.
func TestBrowser_HeadOffice(t *testing.T) {
	br := browsertest.Need(t)
	s, err := hqbolt.Open(filepath.Join(t.TempDir(), hqbolt.File), hqbolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e := newHQ(t, s, func(o *hq.ServerOptions) {})
	e.clock.Add(time.Since(t0)) // the browser keeps the cookie by the real clock
	e.post(t, "box1", key1, hqwire.Batch{BoxID: "box1", Items: []hqwire.Item{
		invoiceItem("box1", "INV-1", t0, 10000), invoiceItem("box1", "INV-2", t0.AddDate(0, 0, 1), 20000),
	}})
	e.post(t, "box2", "key-of-box-2", hqwire.Batch{BoxID: "box2", Items: []hqwire.Item{invoiceItem("box2", "INV-7", t0, 3000)}})
	br.Script(t, "hq.e2e.js", e.srv.URL, e.setupCode)
}
