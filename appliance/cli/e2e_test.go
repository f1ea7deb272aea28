package cli_test

import (
	"bufio"
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"fatoora/appliance"
	"fatoora/appliance/invoice"
	"fatoora/appliance/store"
	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/catalog"

	bolt "go.etcd.io/bbolt"
)

const (
	e2eSecret  = "e2e-app-secret"
	e2eToken   = "e2e-token"
	e2ePhoneID = "106540352242922"
	e2eWaID    = "201001234567"
	seedText   = "عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم، لون رمادي فاتح، ومعاه شفاط بلت إن"
)

// importTestCatalog puts the pipeline's test catalog into a fresh data
// directory, as `fatoora catalog import` would.
func importTestCatalog(t *testing.T, data string) {
	t.Helper()
	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	read := func(name string) *os.File {
		f, err := os.Open(filepath.Join("..", "pipeline", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	ps, err := catalog.ParseCSV(read("catalog.csv"), "catalog.csv")
	if err != nil {
		t.Fatal(err)
	}
	vocab, err := catalog.ParseVocabulary(read("synonyms.txt"), "synonyms.txt")
	if err != nil {
		t.Fatal(err)
	}
	cs, err := catalog.OpenStore(db, filepath.Join(data, appliance.IndexDir))
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	if _, err := cs.Import(context.Background(), ps, vocab, "e2e test"); err != nil {
		t.Fatal(err)
	}
}

// startServe runs the test binary as `fatoora serve` with extra env.
func startServe(t *testing.T, data string, env ...string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "FATOORA_TEST_CHILD=serve", "FATOORA_DATA="+data, "FATOORA_LISTEN=127.0.0.1:0")
	cmd.Env = append(cmd.Env, env...)
	pr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, stderr: &bytes.Buffer{}, mu: &sync.Mutex{}, exited: make(chan error, 1)}
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			line := sc.Text()
			c.mu.Lock()
			c.stderr.WriteString(line + "\n")
			c.mu.Unlock()
			if m := listening.FindStringSubmatch(line); m != nil {
				addrc <- m[1]
			}
		}
		c.exited <- cmd.Wait()
	}()
	select {
	case c.addr = <-addrc:
	case err := <-c.exited:
		t.Fatalf("child exited before listening (%v): %s", err, c.log())
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("child did not start: %s", c.log())
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return c
}

func seedWebhook(wamid string) []byte {
	return graphsim.MetaJSON(graphsim.NewWebhook("102290129340398", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: e2ePhoneID},
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: "كريم سامي"}, WaID: e2eWaID}},
		Messages: []graphsim.Inbound{{From: e2eWaID, ID: wamid, Timestamp: strconv.FormatInt(time.Now().Unix(), 10),
			Type: "text", Text: &graphsim.Text{Body: seedText}}},
	}))
}

func postSigned(t *testing.T, addr string, body []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/webhook/whatsapp", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Hub-Signature-256", graphsim.Sign(e2eSecret, body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("webhook answered %d", resp.StatusCode)
	}
}

type graphStandIn struct {
	*graphsim.Server
	url string
}

func newGraph(t *testing.T) graphStandIn {
	g, err := graphsim.New(graphsim.Options{Token: e2eToken, PhoneNumberID: e2ePhoneID})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(g)
	t.Cleanup(func() { srv.Close(); g.Close() })
	return graphStandIn{g, g.GraphURL(srv.URL)}
}

func (g graphStandIn) env() []string {
	return []string{"FATOORA_WA_APP_SECRET=" + e2eSecret, "FATOORA_WA_TOKEN=" + e2eToken,
		"FATOORA_WA_PHONE_NUMBER_ID=" + e2ePhoneID, "FATOORA_GRAPH_URL=" + g.url, "FATOORA_BRANCH_CODE=E2E",
		"FATOORA_WA_VERIFY_TOKEN=e2e-verify", "FATOORA_SHOP_NAME=معرض النيل للأثاث",
		"FATOORA_SHOP_ADDRESS=٥ شارع التحرير، الدقي", "FATOORA_SHOP_TAX_ID=312-456-789"}
}

func (g graphStandIn) wait(t *testing.T, n int, c *child) []graphsim.Message {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ms := g.MessagesTo(e2eWaID)
		if len(ms) >= n {
			return ms
		}
		if time.Now().After(deadline) {
			t.Fatalf("the stand-in got %d messages, want %d; box log:\n%s", len(ms), n, c.log())
		}
		select {
		case <-g.Changed():
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func stopServe(t *testing.T, c *child) {
	t.Helper()
	_ = c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-c.exited:
	case <-time.After(30 * time.Second):
		t.Fatal("child did not stop on SIGTERM")
	}
}

func countDocuments(t *testing.T, data string) (invoices int, numbers []string) {
	t.Helper()
	db, err := store.Open(filepath.Join(data, appliance.DBFile), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		docs, err := invoice.List(tx, invoice.ListFilter{})
		for _, d := range docs {
			if d.Kind == invoice.KindInvoice {
				invoices++
			}
			numbers = append(numbers, d.Number)
		}
		return err
	})
	slices.Sort(numbers) // in number order, as the documents are stored
	if err != nil {
		t.Fatal(err)
	}
	return invoices, numbers
}

// TestServe_SeedMessageEndToEnd: a signed webhook with the seed message
// reaches a real `fatoora serve`, and the Graph stand-in receives the PDF
// upload, the document message with the right total and the summary.
func TestServe_SeedMessageEndToEnd(t *testing.T) {
	data := t.TempDir()
	importTestCatalog(t, data)
	g := newGraph(t)
	c := startServe(t, data, g.env()...)
	start := time.Now()
	postSigned(t, c.addr, seedWebhook("wamid.E2E-SEED"))
	ms := g.wait(t, 2, c)
	t.Logf("webhook to document and summary sent: %v", time.Since(start))
	doc, sum := ms[0], ms[1]
	if doc.Document == nil || doc.Document.Filename != "INV-E2E-000001.pdf" || !strings.Contains(doc.Document.Caption, "52,326.00") {
		t.Fatalf("document message: %+v", doc.Document)
	}
	media, ok := g.Media(doc.Document.MediaID)
	if !ok || !bytes.HasPrefix(media.Data, []byte("%PDF-")) {
		t.Fatalf("uploaded media %s is not a PDF", doc.Document.MediaID)
	}
	uploads := 0
	for _, call := range g.Calls() {
		if call.Kind == "upload" && call.HTTPStatus == 200 {
			uploads++
		}
	}
	if uploads != 1 {
		t.Errorf("%d media uploads, want 1", uploads)
	}
	if sum.Type != "text" || !strings.Contains(sum.Text, "52,326.00") {
		t.Errorf("summary %q", sum.Text)
	}
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(c.log(), "document sent"); {
		// logged just after the send's commit, a moment after the stand-in saw it
		if time.Now().After(deadline) {
			t.Fatalf("the webhook-to-document time is not logged:\n%s", c.log())
		}
		time.Sleep(20 * time.Millisecond)
	}
	stopServe(t, c)
}

// TestServe_SIGKILLBetweenEverySteps kills the box at each step boundary
// (FATOORA_FAILPOINT) and restarts it: exactly one invoice and exactly one
// document message, whatever the point of the crash.
func TestServe_SIGKILLBetweenEverySteps(t *testing.T) {
	for _, fp := range []string{"received", "understood", "decided", "uploaded", "sent:invoice-pdf", "sent:invoice-summary"} {
		t.Run(strings.ReplaceAll(fp, ":", "_"), func(t *testing.T) {
			data := t.TempDir()
			importTestCatalog(t, data)
			g := newGraph(t)
			c := startServe(t, data, append(g.env(), "FATOORA_FAILPOINT="+fp)...)
			postSigned(t, c.addr, seedWebhook("wamid.E2E-CRASH"))
			select {
			case <-c.exited:
			case <-time.After(30 * time.Second):
				t.Fatalf("the failpoint %s was not reached:\n%s", fp, c.log())
			}
			c2 := startServe(t, data, g.env()...)
			g.wait(t, 2, c2)
			time.Sleep(300 * time.Millisecond) // would a duplicate follow?
			stopServe(t, c2)
			docs, texts := 0, 0
			for _, m := range g.MessagesTo(e2eWaID) {
				switch m.Type {
				case "document":
					docs++
				case "text":
					texts++
				}
			}
			if docs != 1 || texts != 1 {
				t.Errorf("after a kill at %s: %d documents and %d texts sent, want 1 and 1", fp, docs, texts)
			}
			if n, numbers := countDocuments(t, data); n != 1 {
				t.Errorf("after a kill at %s: %d invoices issued (%v), want 1", fp, n, numbers)
			}
		})
	}
}

// TestServe_CatalogImportWhileServing: `fatoora catalog import` on the data
// directory of a running box goes through the box, and a product added that
// way is ordered at once.
func TestServe_CatalogImportWhileServing(t *testing.T) {
	data := t.TempDir()
	importTestCatalog(t, data)
	g := newGraph(t)
	c := startServe(t, data, g.env()...)

	csv, err := os.ReadFile(filepath.Join("..", "pipeline", "testdata", "catalog.csv"))
	if err != nil {
		t.Fatal(err)
	}
	csv = append(csv, []byte("T-LAMP,أباجورة نحاس,Brass table lamp,اباجوره,إضاءة,piece,2750,10,نحاس,ذهبي\n")...)
	file := filepath.Join(t.TempDir(), "catalog.csv")
	if err := os.WriteFile(file, csv, 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runCLI(t, "catalog", "import", "--data", data, "--listen", c.addr, "--who", "owner", file)
	if err != nil || !strings.Contains(out, "through the running box") || !strings.Contains(out, "1 added") {
		t.Fatalf("import while serving: %v\n%s%s", err, out, errOut)
	}
	// Export and search go through the box too, and see the new product.
	out, errOut, err = runCLI(t, "catalog", "export", "--data", data, "--listen", c.addr)
	if err != nil || !strings.Contains(out, "T-LAMP,أباجورة نحاس") || !strings.HasPrefix(out, "sku,") {
		t.Fatalf("export while serving: %v\n%.300s%s", err, out, errOut)
	}
	if back, err := catalog.ParseCSV(strings.NewReader(out), "export.csv"); err != nil || len(back) < 2 {
		t.Fatalf("the export does not import back: %d %v", len(back), err)
	}
	out, errOut, err = runCLI(t, "catalog", "search", "--data", data, "--listen", c.addr, "--limit", "2", "اباجوره نحاس")
	if err != nil || !strings.HasPrefix(out, "1. ") || !strings.Contains(out, "T-LAMP") {
		t.Fatalf("search while serving: %v\n%s%s", err, out, errOut)
	}
	if _, _, err := runCLI(t, "catalog", "search", "--data", data, "--listen", c.addr, "--dims", "2ooX1", "كرسي"); err == nil {
		t.Error("search with bad dims through the box: no error")
	}
	bad := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(bad, []byte("sku,name_ar,unit,price\nX1,كرسي,piece,abc\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, errOut, err := runCLI(t, "catalog", "import", "--data", data, "--listen", c.addr, bad); err == nil || !strings.Contains(errOut, "bad.csv:2") {
		t.Fatalf("a broken file through the box: %v\n%s", err, errOut)
	}

	body := graphsim.MetaJSON(graphsim.NewWebhook("102290129340398", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: e2ePhoneID},
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: "هالة"}, WaID: e2eWaID}},
		Messages: []graphsim.Inbound{{From: e2eWaID, ID: "wamid.E2E-LAMP", Timestamp: strconv.FormatInt(time.Now().Unix(), 10),
			Type: "text", Text: &graphsim.Text{Body: "عايز 2 اباجورة نحاس"}}},
	}))
	postSigned(t, c.addr, body)
	ms := g.wait(t, 2, c)
	if ms[0].Document == nil || !strings.Contains(ms[1].Text, "أباجورة نحاس") {
		t.Fatalf("the new product was not invoiced: %+v / %q", ms[0].Document, ms[1].Text)
	}
	stopServe(t, c)
}
