package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance"
	"fatoora/appliance/invoice/receipt"
	"fatoora/appliance/store"
	"fatoora/sync/eta/etatest"
)

const e2eETAPOS = "POS-E2E-01"

func newETA(t *testing.T) *etatest.Server {
	s := etatest.New(etatest.Options{ClientID: "e2e-pos", ClientSecret: "e2e-pos-secret"})
	t.Cleanup(s.Close)
	return s
}

func etaEnv(s *etatest.Server) []string {
	return []string{"FATOORA_ETA_CLIENT_ID=e2e-pos", "FATOORA_ETA_CLIENT_SECRET=e2e-pos-secret", "FATOORA_ETA_POS_SERIAL=" + e2eETAPOS,
		"FATOORA_ETA_RIN=123456789", "FATOORA_ETA_ACTIVITY_CODE=4759", "FATOORA_ETA_ENV=preprod",
		"FATOORA_ETA_ID_URL=" + s.URL, "FATOORA_ETA_API_URL=" + s.URL}
}

var receiptQR = regexp.MustCompile(`^https://preprod\.invoicing\.eta\.gov\.eg/receipts/search/([0-9a-f]{64})/share/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ#Total:52326\.00,IssuerRIN:123456789$`)

// pdfQRCodes renders a PDF's first page and decodes every QR code on it.
func pdfQRCodes(t *testing.T, pdf []byte) []string {
	t.Helper()
	for _, tool := range []string{"pdftoppm", "zbarimg"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	dir := t.TempDir()
	f := filepath.Join(dir, "doc.pdf")
	os.WriteFile(f, pdf, 0o644)
	if out, err := exec.Command("pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", f, filepath.Join(dir, "page")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	out, err := exec.Command("zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", filepath.Join(dir, "page.png")).Output()
	if err != nil {
		t.Fatalf("zbarimg: %v", err)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

func waitAccepted(t *testing.T, s *etatest.Server, n int, c *child) []string {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		if a := s.Accepted(); len(a) >= n {
			return a
		}
		if time.Now().After(deadline) {
			t.Fatalf("ETA's stand-in accepted %d receipts, want %d (rejected %v); box log:\n%s", len(s.Accepted()), n, s.Rejected(), c.log())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitBoxStatus polls `fatoora eta status` of the running box until its
// output holds every want (ETA's stand-in answers before the box commits
// the answer: stopping the box in between would resubmit on restart).
func waitBoxStatus(t *testing.T, data string, c *child, want ...string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		out, errOut, err := runCLI(t, "eta", "status", "--data", data, "--listen", c.addr)
		if err != nil {
			t.Fatalf("eta status: %v %s", err, errOut)
		}
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(out, w)
		}
		if ok {
			return out
		}
		if time.Now().After(deadline) {
			t.Fatalf("eta status never showed %q:\n%s\nbox log:\n%s", want, out, c.log())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestServe_ETAReceiptForTheSeedMessage: the seed message's invoice,
// issued by a real `fatoora serve`, carries the e-receipt QR; the stand-in
// recomputes the uuid, checks the chain and the amounts, and accepts it;
// `fatoora eta status` shows it.
func TestServe_ETAReceiptForTheSeedMessage(t *testing.T) {
	data := t.TempDir()
	importTestCatalog(t, data)
	g, eta := newGraph(t), newETA(t)
	c := startServe(t, data, append(g.env(), etaEnv(eta)...)...)
	postSigned(t, c.addr, seedWebhook("wamid.E2E-ETA"))
	ms := g.wait(t, 2, c)
	media, ok := g.Media(ms[0].Document.MediaID)
	if !ok {
		t.Fatal("no PDF uploaded")
	}
	var uuid string
	for _, code := range pdfQRCodes(t, media.Data) {
		if m := receiptQR.FindStringSubmatch(code); m != nil {
			uuid = m[1]
		}
	}
	if uuid == "" {
		t.Fatalf("no e-receipt QR on the invoice; QR codes: %q", pdfQRCodes(t, media.Data))
	}
	if got := waitAccepted(t, eta, 1, c); got[0] != uuid {
		t.Fatalf("ETA accepted %s, the invoice's QR names %s", got[0], uuid)
	}
	out := waitBoxStatus(t, data, c, "accepted                     1", "waiting                      0")
	if !strings.Contains(out, "from the running box") {
		t.Errorf("eta status:\n%s", out)
	}
	stopServe(t, c)
}

// TestServe_ETAKilledBetweenIssuingAndSubmitting: the box dies by SIGKILL
// right after the commit that issued the invoice and its receipt, with
// ETA unreachable; restarted, with ETA back, it submits the receipt once,
// and the next sale chains onto it.
func TestServe_ETAKilledBetweenIssuingAndSubmitting(t *testing.T) {
	data := t.TempDir()
	importTestCatalog(t, data)
	g, eta := newGraph(t), newETA(t)
	eta.SetDown(true)
	c := startServe(t, data, append(append(g.env(), etaEnv(eta)...), "FATOORA_FAILPOINT=decided")...)
	postSigned(t, c.addr, seedWebhook("wamid.E2E-ETA-KILL"))
	select {
	case <-c.exited:
	case <-time.After(30 * time.Second):
		t.Fatalf("the failpoint was not reached:\n%s", c.log())
	}
	eta.SetDown(false)
	c2 := startServe(t, data, append(g.env(), etaEnv(eta)...)...)
	g.wait(t, 2, c2)
	waitAccepted(t, eta, 1, c2)
	postSigned(t, c2.addr, seedWebhook("wamid.E2E-ETA-NEXT"))
	g.wait(t, 4, c2)
	accepted := waitAccepted(t, eta, 2, c2)
	waitBoxStatus(t, data, c2, "accepted                     2", "waiting                      0")
	time.Sleep(300 * time.Millisecond) // would a duplicate follow?
	stopServe(t, c2)

	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var chain []receipt.Record
	var st receipt.Status
	if err := db.View(func(tx *bolt.Tx) (err error) {
		if chain, err = receipt.Chain(tx, e2eETAPOS); err != nil {
			return err
		}
		st, err = receipt.ReadStatus(tx)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	var order []string
	for i := len(chain) - 1; i >= 0; i-- {
		order = append(order, chain[i].UUID)
	}
	if !slices.Equal(order, accepted) {
		t.Fatalf("chain %v, accepted %v", order, accepted)
	}
	for _, id := range order {
		if n := eta.Submitted(id); n != 1 {
			t.Errorf("receipt %s submitted %d times", id, n)
		}
	}
	if st.Issued != 2 || st.Accepted != 2 || st.Waiting != 0 || st.Rejected != 0 {
		t.Errorf("status %+v", st)
	}
}

// TestServe_ETARejectedThenReissued: ETA rejects the first sale's receipt
// (its item code is not approved); `fatoora eta status` shows ETA's error,
// `fatoora eta reissue` through the running box queues a receipt naming
// the rejected one, and ETA accepts it after the second sale's.
func TestServe_ETARejectedThenReissued(t *testing.T) {
	data := t.TempDir()
	importTestCatalog(t, data)
	g, eta := newGraph(t), newETA(t)
	var rejectFirst atomic.Bool
	rejectFirst.Store(true)
	eta.RejectIf(func(uuid string, r map[string]any) *etatest.Error {
		if h := r["header"].(map[string]any); rejectFirst.Load() && h["previousUUID"] == "" {
			return &etatest.Error{Code: "ItemCodeNotApproved", Message: "item code not approved"}
		}
		return nil
	})
	c := startServe(t, data, append(g.env(), etaEnv(eta)...)...)
	postSigned(t, c.addr, seedWebhook("wamid.E2E-ETA-R1"))
	g.wait(t, 2, c)
	var rejected string
	for deadline := time.Now().Add(30 * time.Second); rejected == ""; time.Sleep(50 * time.Millisecond) {
		for id := range eta.Rejected() {
			rejected = id
		}
		if time.Now().After(deadline) {
			t.Fatalf("no rejection:\n%s", c.log())
		}
	}
	postSigned(t, c.addr, seedWebhook("wamid.E2E-ETA-R2"))
	g.wait(t, 4, c)
	first := waitAccepted(t, eta, 1, c)[0]
	waitBoxStatus(t, data, c, "rejected                     1", "attention: 1 receipts rejected")
	rejectFirst.Store(false) // head office registered the code
	o, errOut, err := runCLI(t, "eta", "reissue", "--data", data, "--listen", c.addr, rejected)
	if err != nil || !strings.Contains(o, "through the running box") {
		t.Fatalf("reissue: %v %s %s", err, o, errOut)
	}
	accepted := waitAccepted(t, eta, 2, c)
	waitBoxStatus(t, data, c, "accepted                     2", "rejected                     0", "waiting                      0")
	stopServe(t, c)
	if accepted[0] != first {
		t.Fatalf("accepted %v", accepted)
	}
	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		r, ok, err := receipt.Get(tx, accepted[1])
		if err != nil || !ok || r.OldUUID != rejected || r.Previous != first || r.State != receipt.StateAccepted {
			t.Errorf("re-issued receipt %+v (%v)", r, err)
		}
		st, _ := receipt.ReadStatus(tx)
		if st.Accepted != 2 || st.Rejected != 0 || st.Waiting != 0 {
			t.Errorf("status %+v", st)
		}
		return nil
	})
}
