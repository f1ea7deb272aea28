package hqe2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/invoice"
	"fatoora/appliance/store"
	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/catalog"
	"fatoora/sync/hq"
	"fatoora/sync/hq/hqbolt"
	"fatoora/sync/hq/hqpg"
	"fatoora/sync/hqwire"
	"fatoora/sync/internal/boxtest"
	"fatoora/sync/internal/pgtest"
)

var (
	pg            *pgtest.Server
	boxBin, hqBin string
	errBuild      error
	listening     = regexp.MustCompile(`msg=listening addr=(\S+)`)
	t0            = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	boxID, boxKey = "shop1", "e2e-box-key"
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "fatoora-hqe2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	boxBin, hqBin = filepath.Join(dir, "fatoora"), filepath.Join(dir, "fatoora-hq")
	for bin, pkg := range map[string]string{boxBin: "fatoora/cmd/fatoora", hqBin: "fatoora/cmd/fatoora-hq"} {
		if out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput(); err != nil {
			errBuild = fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	defer os.RemoveAll(dir)
	pgtest.Main(m, &pg)
}

// child is a running binary.
type child struct {
	cmd    *exec.Cmd
	addr   string
	mu     sync.Mutex
	log    bytes.Buffer
	exited chan error
}

func (c *child) logs() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.log.String()
}

func start(t *testing.T, bin string, args, env []string) *child {
	t.Helper()
	if errBuild != nil {
		t.Fatal(errBuild)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	pr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, exited: make(chan error, 1)}
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			c.mu.Lock()
			c.log.WriteString(sc.Text() + "\n")
			c.mu.Unlock()
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case addrc <- m[1]:
				default:
				}
			}
		}
		c.exited <- cmd.Wait()
	}()
	select {
	case c.addr = <-addrc:
	case err := <-c.exited:
		t.Fatalf("%s exited before listening (%v):\n%s", filepath.Base(bin), err, c.logs())
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("%s did not start:\n%s", filepath.Base(bin), c.logs())
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return c
}

func (c *child) kill(t *testing.T) {
	t.Helper()
	_ = c.cmd.Process.Signal(syscall.SIGKILL)
	c.wait(t)
}

func (c *child) stop(t *testing.T) {
	t.Helper()
	_ = c.cmd.Process.Signal(syscall.SIGTERM)
	c.wait(t)
}

func (c *child) wait(t *testing.T) {
	t.Helper()
	select {
	case <-c.exited:
	case <-time.After(30 * time.Second):
		t.Fatalf("process did not exit:\n%s", c.logs())
	}
}

// headOffice is one fatoora-hq setup: bbolt in a data directory, or a
// PostgreSQL database.
type headOffice struct {
	kind, data, db string
}

func newHeadOffice(t *testing.T, kind string) headOffice {
	h := headOffice{kind: kind, data: t.TempDir()}
	if kind == "postgres" {
		pgtest.Need(t, pg)
		h.db = pg.NewDB(t)
	}
	return h
}

func (h headOffice) start(t *testing.T, env ...string) *child {
	args := []string{"serve", "--listen", "127.0.0.1:0", "--data", h.data, "--box", boxID + "=" + boxKey}
	if h.db != "" {
		args = append(args, "--db", h.db)
	}
	return start(t, hqBin, args, env)
}

// records reads what head office holds (with fatoora-hq stopped when bbolt).
func (h headOffice) records(t *testing.T) []hq.Record {
	t.Helper()
	var s hq.Store
	var err error
	if h.db != "" {
		s, err = hqpg.Open(context.Background(), h.db)
	} else {
		s, err = hqbolt.Open(filepath.Join(h.data, hqbolt.File), hqbolt.Options{})
	}
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	recs, err := s.Records(context.Background(), hq.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// exportCSV runs `fatoora-hq export` and returns its rows.
func (h headOffice) exportCSV(t *testing.T) [][]string {
	t.Helper()
	args := []string{"export", "--data", h.data}
	if h.db != "" {
		args = append(args, "--db", h.db)
	}
	out, err := exec.Command(hqBin, args...).Output()
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// proxy is the fault injector between the box and head office. Each
// request takes the next mode from its list; an empty list passes.
type proxy struct {
	mu      sync.Mutex
	target  string
	modes   []string
	seen    map[string]int
	holding chan struct{} // a request is held ("hold")
	release chan struct{}
	srv     *httptest.Server
}

func newProxy(t *testing.T, modes ...string) *proxy {
	p := &proxy{modes: modes, seen: map[string]int{}, holding: make(chan struct{}, 1), release: make(chan struct{})}
	p.srv = httptest.NewServer(p)
	t.Cleanup(p.srv.Close)
	return p
}

func (p *proxy) setTarget(addr string) {
	p.mu.Lock()
	p.target = "http://" + addr
	p.mu.Unlock()
}

func (p *proxy) remaining() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.modes)
}

func (p *proxy) count(mode string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.seen[mode]
}

func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	p.mu.Lock()
	mode := "pass"
	if len(p.modes) > 0 {
		mode, p.modes = p.modes[0], p.modes[1:]
	}
	p.seen[mode]++
	target := p.target
	p.mu.Unlock()
	cut := func() {
		if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
			conn.Close()
		}
	}
	switch mode {
	case "down":
		cut()
		return
	case "500":
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	case "429":
		w.Header().Set("Retry-After", "1")
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return
	case "half": // the link drops halfway through the body, on both sides
		if conn, err := net.Dial("tcp", strings.TrimPrefix(target, "http://")); err == nil {
			fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: hq\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s: %s\r\n%s: %s\r\n\r\n",
				r.URL.Path, len(body), hqwire.HeaderBox, r.Header.Get(hqwire.HeaderBox), hqwire.HeaderSignature, r.Header.Get(hqwire.HeaderSignature))
			_, _ = conn.Write(body[:len(body)/2])
			time.Sleep(50 * time.Millisecond)
			conn.Close()
		}
		cut()
		return
	case "tamper": // an amount changed on the way: the signature no longer matches
		body = regexp.MustCompile(`"net":\d`).ReplaceAll(body, []byte(`"net":9`))
	case "hold":
		p.holding <- struct{}{}
		<-p.release
	}
	req, _ := http.NewRequest(http.MethodPost, target+r.URL.Path, bytes.NewReader(body))
	for _, h := range []string{"Content-Type", hqwire.HeaderBox, hqwire.HeaderSignature} {
		req.Header.Set(h, r.Header.Get(h))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, "head office unreachable", http.StatusBadGateway)
		return
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if mode == "cut" { // head office stored the batch; the answer is lost
		cut()
		return
	}
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(data)
}

// seedBox issues n invoices into a fresh box data directory, pays every
// tenth and voids every fiftieth (a backlog, as after days offline).
func seedBox(t *testing.T, n int) string {
	t.Helper()
	data := t.TempDir()
	db, err := store.Open(filepath.Join(data, "fatoora.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// The shop's catalog (a live box starts with none): the demo showroom.
	cs, err := catalog.OpenStore(db, filepath.Join(data, "catalog.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	ps, vocab := catalog.Demo()
	if _, err := cs.Import(context.Background(), ps, vocab, "hqe2e"); err != nil {
		t.Fatal(err)
	}
	if err := cs.Close(); err != nil {
		t.Fatal(err)
	}
	book, err := boxtest.Book("SEED")
	if err != nil {
		t.Fatal(err)
	}
	nums, err := boxtest.Invoices(db, book, 1, n, t0)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for i, num := range nums {
			if i%10 == 3 {
				if err := book.MarkPaid(tx, num, "cash", t0.Add(time.Hour)); err != nil {
					return err
				}
			}
			if i%50 == 7 {
				if _, err := book.Void(tx, num, "إلغاء للتجربة", t0.Add(2*time.Hour)); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The box runs live (a demo box refuses FATOORA_HQ_URL, and its invoices
// never enter outbox/hq): WhatsApp is the Graph stand-in, the customers'
// messages are webhooks signed with the app secret.
const (
	waSecret, waToken, waPhoneID = "e2e-app-secret", "e2e-token", "1065"
)

// graph is the box's Graph API stand-in for one test.
func newGraph(t *testing.T) (*graphsim.Server, string) {
	t.Helper()
	g, err := graphsim.New(graphsim.Options{Token: waToken, PhoneNumberID: waPhoneID})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(g)
	t.Cleanup(func() { srv.Close(); g.Close() })
	return g, g.GraphURL(srv.URL)
}

func startBox(t *testing.T, data string, p *proxy, graphURL string) *child {
	return start(t, boxBin, []string{"serve"}, []string{
		"FATOORA_DATA=" + data, "FATOORA_LISTEN=127.0.0.1:0", "FATOORA_BRANCH_CODE=E2E",
		"FATOORA_WA_APP_SECRET=" + waSecret, "FATOORA_WA_TOKEN=" + waToken, "FATOORA_WA_PHONE_NUMBER_ID=" + waPhoneID,
		"FATOORA_WA_VERIFY_TOKEN=e2e-verify", "FATOORA_GRAPH_URL=" + graphURL,
		"FATOORA_SHOP_NAME=معرض النيل للأثاث", "FATOORA_SHOP_ADDRESS=٥ شارع التحرير، الدقي", "FATOORA_SHOP_TAX_ID=312-456-789",
		"FATOORA_HQ_URL=" + p.srv.URL, "FATOORA_HQ_KEY=" + boxKey, "FATOORA_BOX_ID=" + boxID, "FATOORA_HQ_RETRY_MAX=1s",
	})
}

// order sends one customer message to the box as a signed webhook; the
// sink is in stock and fully specified, so it becomes an invoice.
func order(t *testing.T, box *child, phone string) {
	t.Helper()
	body := graphsim.MetaJSON(graphsim.NewWebhook("102290129340398", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: waPhoneID},
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: "كريم"}, WaID: phone}},
		Messages: []graphsim.Inbound{{From: phone, ID: "wamid.hqe2e-" + phone, Timestamp: strconv.FormatInt(time.Now().Unix(), 10),
			Type: "text", Text: &graphsim.Text{Body: "عايز 1 حوض جرانيت لون أسود"}}},
	}))
	req, _ := http.NewRequest(http.MethodPost, "http://"+box.addr+"/webhook/whatsapp", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Hub-Signature-256", graphsim.Sign(waSecret, body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("webhook answered %d", resp.StatusCode)
	}
}

// invoiced waits until the box sent the customer an invoice (so it is
// committed, with its outbox entry).
func invoiced(t *testing.T, box *child, g *graphsim.Server, phone string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		for _, m := range g.MessagesTo(phone) {
			if m.Type == "document" {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no invoice for %s:\n%s", phone, box.logs())
		}
		select {
		case <-g.Changed():
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// backlog reads hq-sync's backlog from the box's /healthz.
func backlog(box *child) (int, error) {
	resp, err := http.Get("http://" + box.addr + "/healthz")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var h struct {
		Parts map[string]struct {
			Details struct {
				Backlog *int `json:"backlog"`
			} `json:"details"`
		} `json:"parts"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		return 0, err
	}
	b := h.Parts["hq-sync"].Details.Backlog
	if b == nil {
		return 0, fmt.Errorf("no hq-sync backlog in /healthz")
	}
	return *b, nil
}

// drained waits until the proxy used up its faults and the box's outbox
// is empty by /healthz.
func drained(t *testing.T, box *child, p *proxy, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		n, err := backlog(box)
		if err == nil && n == 0 && p.remaining() == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("not drained after %v: backlog %d (%v), faults left %d; box log:\n%s", timeout, n, err, p.remaining(), box.logs())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// boxKeys lists the keys the box must have delivered: every invoice and
// credit note, every payment.
func boxKeys(t *testing.T, data string) map[string]bool {
	t.Helper()
	db, err := store.Open(filepath.Join(data, "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	keys := map[string]bool{}
	err = db.View(func(tx *bolt.Tx) error {
		if n := store.Bucket(tx, store.BucketOutbox, store.BucketHQ).Stats().KeyN; n != 0 {
			t.Errorf("the box's outbox still holds %d items", n)
		}
		docs, err := invoice.List(tx, invoice.ListFilter{})
		if err != nil {
			return err
		}
		for _, d := range docs {
			if d.Kind == invoice.KindQuote {
				continue
			}
			keys[hqwire.Key(boxID, d.Number, 0)] = true
		}
		ev := store.Bucket(tx, store.BucketInvoices, store.BucketEvents)
		return ev.ForEach(func(k, v []byte) error {
			var e invoice.Event
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			if e.Type == invoice.EventPaid {
				keys[hqwire.Key(boxID, string(k[:len(k)-9]), store.ParseU64(k[len(k)-8:]))] = true
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}

// exactlyOnce checks head office against the box: the same keys, each
// once, and one export row per document.
func exactlyOnce(t *testing.T, h headOffice, boxData string) {
	t.Helper()
	want := boxKeys(t, boxData)
	recs := h.records(t)
	got := map[string]int{}
	for _, r := range recs {
		got[r.Key]++
	}
	for k := range want {
		if got[k] != 1 {
			t.Errorf("head office holds %s %d times", k, got[k])
		}
	}
	for k, n := range got {
		if !want[k] {
			t.Errorf("head office holds %s (%d times), which the box never issued", k, n)
		}
	}
	docs := 0
	for k := range want {
		if strings.HasSuffix(k, "/0") {
			docs++
		}
	}
	rows := h.exportCSV(t)
	if len(rows) != docs+1 {
		t.Errorf("export has %d rows, want a header and %d documents", len(rows), docs)
	}
	seen := map[string]bool{}
	for _, r := range rows[1:] {
		if seen[r[3]] {
			t.Errorf("export lists %s twice", r[3])
		}
		seen[r[3]] = true
	}
	if t.Failed() {
		t.Logf("box keys %d, head office records %d", len(want), len(recs))
	}
}

func hqHealth(t *testing.T, c *child) hq.Stats {
	t.Helper()
	resp, err := http.Get("http://" + c.addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var s hq.Stats
	if err := json.NewDecoder(resp.Body).Decode(&s); err != nil {
		t.Fatal(err)
	}
	return s
}

func kinds(t *testing.T, f func(t *testing.T, kind string)) {
	for _, k := range []string{"bbolt", "postgres"} {
		t.Run(k, func(t *testing.T) { f(t, k) })
	}
}

// Head office refuses a tampered batch, is down for a while, loses a
// connection halfway through a body, answers 500 and then 429 with
// Retry-After, and loses one answer after storing the batch; meanwhile
// customers keep ordering.
func TestSync_HeadOfficeFaults(t *testing.T) {
	kinds(t, func(t *testing.T, kind string) {
		h := newHeadOffice(t, kind)
		data := seedBox(t, 250)
		p := newProxy(t, "tamper", "down", "down", "half", "500", "500", "429", "cut")
		office := h.start(t)
		p.setTarget(office.addr)
		// The page logs in like the box: the first owner's setup code is in
		// the log, and nothing shows without a session.
		if !regexp.MustCompile(`setup_code=[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}`).MatchString(office.logs()) {
			t.Errorf("head office logged no setup code:\n%s", office.logs())
		}
		if resp, err := http.Get("http://" + office.addr + "/export?format=csv"); err != nil || resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("export without a session: %v %v", err, resp)
		} else {
			resp.Body.Close()
		}
		g, graphURL := newGraph(t)
		box := startBox(t, data, p, graphURL)
		order(t, box, "201001110001")
		order(t, box, "201001110002")
		invoiced(t, box, g, "201001110002")
		drained(t, box, p, 45*time.Second)
		order(t, box, "201001110003")
		invoiced(t, box, g, "201001110003")
		drained(t, box, p, 20*time.Second)
		st := hqHealth(t, office)
		box.stop(t)
		office.stop(t)
		for _, m := range []string{"tamper", "down", "half", "500", "429", "cut"} {
			if p.count(m) == 0 {
				t.Errorf("fault %s never happened", m)
			}
		}
		if st.Refused < 2 {
			t.Errorf("the tampered and the half-received batches were not both refused: %+v", st)
		}
		if st.Duplicates < 1 {
			t.Errorf("the batch whose answer was cut was not sent again: %+v", st)
		}
		exactlyOnce(t, h, data)
		if !strings.Contains(box.logs(), "head office sync recovered") {
			t.Error("the box did not log its recovery")
		}
	})
}

// The box is SIGKILLed while head office stores its batch: the restarted
// box sends it again and head office answers duplicate.
func TestSync_BoxKilledMidSend(t *testing.T) {
	kinds(t, func(t *testing.T, kind string) {
		h := newHeadOffice(t, kind)
		data := seedBox(t, 150)
		p := newProxy(t, "hold")
		office := h.start(t)
		p.setTarget(office.addr)
		_, graphURL := newGraph(t)
		box := startBox(t, data, p, graphURL)
		select {
		case <-p.holding:
		case <-time.After(30 * time.Second):
			t.Fatalf("no batch arrived:\n%s", box.logs())
		}
		box.kill(t)
		close(p.release) // head office now stores the batch of a dead box
		box = startBox(t, data, p, graphURL)
		drained(t, box, p, 30*time.Second)
		st := hqHealth(t, office)
		box.stop(t)
		office.stop(t)
		if st.Duplicates < 1 {
			t.Errorf("the batch of the killed box was not sent again: %+v", st)
		}
		exactlyOnce(t, h, data)
	})
}

// Head office is SIGKILLed right after committing a batch, before it
// answers: after its restart the box sends the batch again.
func TestSync_HeadOfficeKilledMidWrite(t *testing.T) {
	kinds(t, func(t *testing.T, kind string) {
		h := newHeadOffice(t, kind)
		data := seedBox(t, 150)
		p := newProxy(t)
		office := h.start(t, "FATOORA_HQ_FAILPOINT=after-store")
		p.setTarget(office.addr)
		_, graphURL := newGraph(t)
		box := startBox(t, data, p, graphURL)
		office.wait(t) // killed by its failpoint
		if !strings.Contains(office.logs(), "failpoint reached") {
			t.Fatalf("head office exited without its failpoint:\n%s", office.logs())
		}
		office = h.start(t)
		p.setTarget(office.addr)
		drained(t, box, p, 30*time.Second)
		st := hqHealth(t, office)
		box.stop(t)
		office.stop(t)
		if st.Duplicates < 1 {
			t.Errorf("the batch stored before the crash was not answered duplicate: %+v", st)
		}
		exactlyOnce(t, h, data)
	})
}

// Two fatoora-hq processes on one PostgreSQL database receive the same
// signed batch at the same moment: each item is stored once and accepted
// by exactly one of them.
func TestSync_TwoHeadOfficesOneDatabase(t *testing.T) {
	h := newHeadOffice(t, "postgres")
	// Each process has its own data directory (its page's accounts, in
	// access.db); the documents are in the one database.
	other := h
	other.data = t.TempDir()
	a, b := h.start(t), other.start(t)
	total := 0
	for round := range 10 {
		var items []hqwire.Item
		for i := range 100 {
			n := fmt.Sprintf("INV-R%d-%06d", round, i)
			doc := fmt.Sprintf(`{"number":%q,"kind":"invoice","issued_at":"2026-12-01T09:00:00Z","seller":{"branch":"x"},"buyer":{"name":"y"},"totals":{"net":100,"vat":14,"total":114}}`, n)
			items = append(items, hqwire.Item{Key: hqwire.Key(boxID, n, 0), Kind: hqwire.KindInvoice, Number: n, Document: json.RawMessage(doc)})
		}
		body, _ := json.Marshal(hqwire.Batch{BoxID: boxID, Items: items})
		var wg sync.WaitGroup
		answers := make([]hqwire.Response, 2)
		gate := make(chan struct{})
		for i, c := range []*child{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-gate
				req, _ := http.NewRequest(http.MethodPost, "http://"+c.addr+hqwire.Path, bytes.NewReader(body))
				req.Header.Set(hqwire.HeaderBox, boxID)
				req.Header.Set(hqwire.HeaderSignature, hqwire.Sign([]byte(boxKey), body))
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				defer resp.Body.Close()
				if resp.StatusCode != 200 {
					t.Errorf("head office %d answered %d", i, resp.StatusCode)
				}
				_ = json.NewDecoder(resp.Body).Decode(&answers[i])
			}()
		}
		close(gate)
		wg.Wait()
		if len(answers[0].Results) != 100 || len(answers[1].Results) != 100 {
			t.Fatalf("round %d: answers of %d and %d items", round, len(answers[0].Results), len(answers[1].Results))
		}
		for i := range items {
			x, y := answers[0].Results[i].Status, answers[1].Results[i].Status
			if (x == hqwire.Accepted) == (y == hqwire.Accepted) || (x != hqwire.Duplicate && y != hqwire.Duplicate) {
				t.Fatalf("round %d item %d: %s and %s", round, i, x, y)
			}
		}
		total += len(items)
	}
	if n := len(h.records(t)); n != total {
		t.Fatalf("the database holds %d records, want %d", n, total)
	}
	a.stop(t)
	b.stop(t)
}

// A demo box (no WhatsApp setting) refuses to start with FATOORA_HQ_URL:
// its invoices are demo documents and no head office may receive them.
func TestSync_DemoBoxRefusesHeadOffice(t *testing.T) {
	if errBuild != nil {
		t.Fatal(errBuild)
	}
	cmd := exec.Command(boxBin, "serve")
	cmd.Env = append(os.Environ(), "FATOORA_DATA="+t.TempDir(), "FATOORA_LISTEN=127.0.0.1:0",
		"FATOORA_HQ_URL=http://127.0.0.1:1", "FATOORA_HQ_KEY="+boxKey)
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "FATOORA_HQ_URL") || !strings.Contains(string(out), "demo box never sends to head office") {
		t.Fatalf("demo box with FATOORA_HQ_URL: %v\n%s", err, out)
	}
}
