package hq_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	bolt "go.etcd.io/bbolt"

	"fatoora/appliance/access"
	"fatoora/sync/hq"
	"fatoora/sync/hq/hqbolt"
	"fatoora/sync/hq/hqpg"
	"fatoora/sync/hqwire"
	"fatoora/sync/internal/pgtest"
)

var pg *pgtest.Server

func TestMain(m *testing.M) { pgtest.Main(m, &pg) }

var t0 = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

const key1 = "key-of-box-1"

// stores runs f against each implementation.
func stores(t *testing.T, f func(t *testing.T, s hq.Store)) {
	t.Run("bbolt", func(t *testing.T) {
		s, err := hqbolt.Open(filepath.Join(t.TempDir(), hqbolt.File), hqbolt.Options{NoSync: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		f(t, s)
	})
	t.Run("postgres", func(t *testing.T) {
		pgtest.Need(t, pg)
		s, err := hqpg.Open(context.Background(), pg.NewDB(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		f(t, s)
	})
}

func docJSON(number, kind, refersTo string, at time.Time, net int64) json.RawMessage {
	vat := net * 14 / 100
	return json.RawMessage(fmt.Sprintf(`{"number":%q,"kind":%q,"issued_at":%q,"refers_to":%q,"seller":{"name":"معرض","branch":"فرع %s"},`+
		`"buyer":{"name":"أحمد","wa_id":"201001234567"},"lines":[{"no":1,"sku":"S"}],"totals":{"net":%d,"vat":%d,"total":%d}}`,
		number, kind, at.Format(time.RFC3339), refersTo, number[:3], net, vat, net+vat))
}

func invoiceItem(box, number string, at time.Time, net int64) hqwire.Item {
	return hqwire.Item{Key: hqwire.Key(box, number, 0), Kind: hqwire.KindInvoice, Number: number,
		Document: docJSON(number, hqwire.KindInvoice, "", at, net)}
}

func creditItem(box, number, of string, at time.Time, net int64) hqwire.Item {
	return hqwire.Item{Key: hqwire.Key(box, number, 0), Kind: hqwire.KindCreditNote, Number: number,
		Document: docJSON(number, hqwire.KindCreditNote, of, at, net)}
}

func paymentItem(box, number string, seq uint64, at time.Time, net int64) hqwire.Item {
	it := invoiceItem(box, number, t0, net)
	it.Key, it.Kind = hqwire.Key(box, number, seq), hqwire.KindPayment
	it.Event = json.RawMessage(fmt.Sprintf(`{"at":%q,"type":"paid","method":"cash"}`, at.Format(time.RFC3339)))
	return it
}

type hqEnv struct {
	store     hq.Store
	rv        *hq.Receiver
	srv       *httptest.Server
	acc       *access.Store
	clock     *clock
	setupCode string
}

// clock is the page's login clock (the throttle refills with it).
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newHQ(t *testing.T, s hq.Store, mut ...func(*hq.ServerOptions)) *hqEnv {
	t.Helper()
	rv, err := hq.NewReceiver(hq.ReceiverOptions{Store: s, Boxes: map[string][]byte{"box1": []byte(key1), "box2": []byte("key-of-box-2")},
		Now: func() time.Time { return t0.Add(time.Hour) }})
	if err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(filepath.Join(t.TempDir(), "access.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &hqEnv{store: s, rv: rv, clock: &clock{t: t0}}
	e.acc, err = access.Open(db, access.Options{Now: e.clock.Now, Hash: access.HashParams{Memory: 64, Time: 1, Threads: 1},
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	o := hq.ServerOptions{Store: s, Receiver: rv, Access: e.acc, Location: time.UTC, Logger: slog.New(slog.DiscardHandler),
		AnnounceSetup: func(code, _ string) { e.setupCode = code }}
	for _, m := range mut {
		m(&o)
	}
	srv, err := hq.NewServer(o)
	if err != nil {
		t.Fatal(err)
	}
	e.srv = httptest.NewServer(srv.Handler())
	t.Cleanup(e.srv.Close)
	return e
}

func (e *hqEnv) post(t *testing.T, box, key string, b hqwire.Batch) (int, hqwire.Response) {
	t.Helper()
	body, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return e.postRaw(t, box, hqwire.Sign([]byte(key), body), body)
}

func (e *hqEnv) postRaw(t *testing.T, box, sig string, body []byte) (int, hqwire.Response) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+hqwire.Path, bytes.NewReader(body))
	req.Header.Set(hqwire.HeaderBox, box)
	req.Header.Set(hqwire.HeaderSignature, sig)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r hqwire.Response
	if resp.StatusCode == 200 {
		if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
			t.Fatal(err)
		}
	}
	return resp.StatusCode, r
}

func statuses(r hqwire.Response) string {
	var s []string
	for _, x := range r.Results {
		s = append(s, x.Status)
	}
	return strings.Join(s, ",")
}

func TestReceiver_Idempotent(t *testing.T) {
	stores(t, func(t *testing.T, s hq.Store) {
		e := newHQ(t, s)
		b := hqwire.Batch{BoxID: "box1", Items: []hqwire.Item{
			invoiceItem("box1", "INV-1", t0, 10000), invoiceItem("box1", "INV-2", t0, 20000),
		}}
		code, r := e.post(t, "box1", key1, b)
		if code != 200 || statuses(r) != "accepted,accepted" || !r.Results[0].AcceptedAt.Equal(t0.Add(time.Hour)) {
			t.Fatalf("first post: %d %+v", code, r)
		}
		// The same batch again, plus a new item: the same answer for the old ones.
		b.Items = append(b.Items, paymentItem("box1", "INV-1", 7, t0.Add(time.Minute), 10000))
		code, r = e.post(t, "box1", key1, b)
		if code != 200 || statuses(r) != "duplicate,duplicate,accepted" || !r.Results[1].AcceptedAt.Equal(t0.Add(time.Hour)) {
			t.Fatalf("second post: %d %+v", code, r)
		}
		// The same key with another body: that item conflicts, the rest is fine.
		changed := invoiceItem("box1", "INV-2", t0, 99999)
		code, r = e.post(t, "box1", key1, hqwire.Batch{BoxID: "box1", Items: []hqwire.Item{changed, invoiceItem("box1", "INV-3", t0, 1)}})
		if code != 200 || statuses(r) != "conflict,accepted" || r.Results[0].Reason == "" {
			t.Fatalf("conflicting post: %d %+v", code, r)
		}
		if n, _ := s.Count(context.Background()); n != 4 {
			t.Fatalf("%d records, want 4", n)
		}
		docs, err := hq.Documents(context.Background(), s, hq.Query{})
		if err != nil || len(docs) != 3 || docs[0].Status != hq.StatusPaid || docs[1].Total != 22800 {
			t.Fatalf("documents %+v %v", docs, err)
		}
	})
}

func TestReceiver_RefusesBadBatches(t *testing.T) {
	s, err := hqbolt.Open(filepath.Join(t.TempDir(), hqbolt.File), hqbolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e := newHQ(t, s)
	good, _ := json.Marshal(hqwire.Batch{BoxID: "box1", Items: []hqwire.Item{invoiceItem("box1", "INV-1", t0, 100)}})
	tampered := bytes.Replace(good, []byte(`"net":100`), []byte(`"net":1`), 1)
	if bytes.Equal(tampered, good) {
		t.Fatal("tampering did not change the body")
	}
	for _, c := range []struct {
		name, box, sig string
		body           []byte
		want           int
	}{
		{"tampered body", "box1", hqwire.Sign([]byte(key1), good), tampered, 401},
		{"wrong key", "box1", hqwire.Sign([]byte("guess"), good), good, 401},
		{"no signature", "box1", "", good, 401},
		{"unknown box", "box9", hqwire.Sign([]byte(key1), good), good, 401},
		{"another box's name", "box2", hqwire.Sign([]byte("key-of-box-2"), good), good, 400},
		{"not json", "box1", hqwire.Sign([]byte(key1), []byte("{")), []byte("{"), 400},
	} {
		t.Run(c.name, func(t *testing.T) {
			if code, _ := e.postRaw(t, c.box, c.sig, c.body); code != c.want {
				t.Errorf("answered %d, want %d", code, c.want)
			}
		})
	}
	if n, _ := s.Count(context.Background()); n != 0 {
		t.Fatalf("refused batches stored %d records", n)
	}
	if st := e.rv.Stats(); st.Refused != 6 {
		t.Errorf("refused count %d", st.Refused)
	}
}

func TestReceiver_RejectsInvalidItems(t *testing.T) {
	s, err := hqbolt.Open(filepath.Join(t.TempDir(), hqbolt.File), hqbolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e := newHQ(t, s)
	otherBox := invoiceItem("box2", "INV-1", t0, 100)
	wrongNumber := invoiceItem("box1", "INV-1", t0, 100)
	wrongNumber.Document = docJSON("INV-9", hqwire.KindInvoice, "", t0, 100)
	badTotals := invoiceItem("box1", "INV-2", t0, 100)
	badTotals.Document = json.RawMessage(strings.Replace(string(badTotals.Document), `"total":114`, `"total":115`, 1))
	orphanCredit := creditItem("box1", "CN-1", "", t0, 100)
	quote := invoiceItem("box1", "Q-1", t0, 100)
	quote.Kind = "quote"
	payNoEvent := paymentItem("box1", "INV-3", 4, t0, 100)
	payNoEvent.Event = nil
	docWithSeq := invoiceItem("box1", "INV-4", t0, 100)
	docWithSeq.Key = hqwire.Key("box1", "INV-4", 3)
	items := []hqwire.Item{otherBox, wrongNumber, badTotals, orphanCredit, quote, payNoEvent, docWithSeq, invoiceItem("box1", "INV-5", t0, 100)}
	code, r := e.post(t, "box1", key1, hqwire.Batch{BoxID: "box1", Items: items})
	if code != 200 || statuses(r) != "rejected,rejected,rejected,rejected,rejected,rejected,rejected,accepted" {
		t.Fatalf("%d %s", code, statuses(r))
	}
	for _, x := range r.Results[:7] {
		if x.Reason == "" || x.Key == "" {
			t.Errorf("rejection without key or reason: %+v", x)
		}
	}
}

// Two head offices on one database (two pools: as two fatoora-hq
// processes) receiving the same batch at the same moment store each item
// once, and exactly one of them answers accepted for each.
func TestPostgres_ConcurrentSameBatch(t *testing.T) {
	pgtest.Need(t, pg)
	url := pg.NewDB(t)
	ctx := context.Background()
	var ss []*hqpg.Store
	for range 2 {
		s, err := hqpg.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		ss = append(ss, s)
	}
	for round := range 20 {
		var recs []hq.Record
		for i := range 50 {
			n := fmt.Sprintf("INV-%d-%d", round, i)
			recs = append(recs, hq.Record{Key: hqwire.Key("box1", n, 0), BoxID: "box1", Kind: hqwire.KindInvoice, Number: n,
				Hash: hq.HashItem([]byte(n)), Item: json.RawMessage(`{"n":1}`), IssuedAt: t0})
		}
		outs := make([][]hq.Outcome, 2)
		errs := make([]error, 2)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for p := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				outs[p], errs[p] = ss[p].Put(ctx, recs, t0)
			}()
		}
		close(start)
		wg.Wait()
		for p := range 2 {
			if errs[p] != nil {
				t.Fatal(errs[p])
			}
		}
		for i := range recs {
			a, b := outs[0][i].Status, outs[1][i].Status
			if !(a == hqwire.Accepted && b == hqwire.Duplicate) && !(a == hqwire.Duplicate && b == hqwire.Accepted) {
				t.Fatalf("round %d item %d: %s and %s", round, i, a, b)
			}
		}
	}
	if n, _ := ss[0].Count(ctx); n != 20*50 {
		t.Fatalf("%d records, want %d", n, 20*50)
	}
}

func TestPostgres_MigratesOnceAndRefusesNewer(t *testing.T) {
	pgtest.Need(t, pg)
	url := pg.NewDB(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range 4 { // processes starting together
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := hqpg.Open(ctx, url)
			if err == nil {
				s.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	s, err := hqpg.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	conn, err := pgxConnect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n, v int
	if err := conn.QueryRow(ctx, `SELECT count(*), max(version) FROM schema_migrations`).Scan(&n, &v); err != nil || n != 1 || v != hqpg.SchemaVersion() {
		t.Fatalf("schema_migrations: %d rows, version %d, %v", n, v, err)
	}
	if _, err := conn.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')`); err != nil {
		t.Fatal(err)
	}
	if _, err := hqpg.Open(ctx, url); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("newer schema: %v", err)
	}
}

func TestExport_CSVAndXLSX(t *testing.T) {
	stores(t, func(t *testing.T, s hq.Store) {
		e := newHQ(t, s)
		e.post(t, "box1", key1, hqwire.Batch{BoxID: "box1", Items: []hqwire.Item{
			invoiceItem("box1", "INV-1", t0, 10000), invoiceItem("box1", "INV-2", t0.Add(time.Minute), 5050),
			creditItem("box1", "CN-1", "INV-2", t0.Add(time.Hour), 5050), paymentItem("box1", "INV-1", 3, t0.Add(2*time.Hour), 10000),
		}})
		e.post(t, "box2", "key-of-box-2", hqwire.Batch{BoxID: "box2", Items: []hqwire.Item{invoiceItem("box2", "=HYPERLINK(1)", t0, 1)}})
		docs, err := hq.Documents(context.Background(), s, hq.Query{})
		if err != nil {
			t.Fatal(err)
		}
		want := [][]string{
			{"box1", "INV-1", "2026-12-01T09:00:00Z", "100.00", "14.00", "114.00", "paid", "invoice"},
			{"box1", "INV-2", "2026-12-01T09:01:00Z", "50.50", "7.07", "57.57", "voided", "invoice"},
			{"box1", "CN-1", "2026-12-01T10:00:00Z", "50.50", "7.07", "57.57", "issued", "credit_note"},
			{"box2", "'=HYPERLINK(1)", "2026-12-01T09:00:00Z", "0.01", "0.00", "0.01", "issued", "invoice"},
		}
		check := func(t *testing.T, rows [][]string) {
			t.Helper()
			if len(rows) != len(want)+1 {
				t.Fatalf("%d rows: %v", len(rows), rows)
			}
			col := map[string]int{}
			for i, h := range rows[0] {
				col[h] = i
			}
			for _, h := range []string{"box_id", "number", "issued_at", "net", "vat", "total", "kind", "customer", "status"} {
				if _, ok := col[h]; !ok {
					t.Fatalf("header %v lacks %s", rows[0], h)
				}
			}
			for i, w := range want {
				r := rows[i+1]
				got := []string{r[col["box_id"]], r[col["number"]], r[col["issued_at"]], r[col["net"]], r[col["vat"]], r[col["total"]], r[col["status"]], r[col["kind"]]}
				if strings.Join(got, "|") != strings.Join(w, "|") {
					t.Errorf("row %d: %v, want %v", i+1, got, w)
				}
			}
		}
		var buf bytes.Buffer
		if err := hq.WriteCSV(&buf, docs); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		t.Run("csv", func(t *testing.T) { check(t, rows) })
		buf.Reset()
		if err := hq.WriteXLSX(&buf, docs); err != nil {
			t.Fatal(err)
		}
		xrows := readXLSX(t, buf.Bytes())
		xrows[4][3] = "'" + xrows[4][3] // XLSX cells are text, not formulas: no quoting needed
		t.Run("xlsx", func(t *testing.T) { check(t, xrows) })
	})
}

// readXLSX reads the first sheet's inline strings and numbers.
func readXLSX(t *testing.T, data []byte) [][]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	var sheet *zip.File
	for _, f := range zr.File {
		names[f.Name] = true
		if f.Name == "xl/worksheets/sheet1.xml" {
			sheet = f
		}
	}
	for _, n := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"} {
		if !names[n] {
			t.Fatalf("xlsx lacks %s", n)
		}
	}
	rc, err := sheet.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var ws struct {
		Rows []struct {
			Cells []struct {
				T  string `xml:"t,attr"`
				V  string `xml:"v"`
				IS string `xml:"is>t"`
			} `xml:"c"`
		} `xml:"sheetData>row"`
	}
	if err := xml.NewDecoder(rc).Decode(&ws); err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, r := range ws.Rows {
		var row []string
		for _, c := range r.Cells {
			if c.T == "inlineStr" {
				row = append(row, c.IS)
			} else {
				row = append(row, c.V)
			}
		}
		out = append(out, row)
	}
	return out
}

// login posts the login form and returns the status and the session cookie.
func (e *hqEnv) login(t *testing.T, user, pass string) (int, *http.Cookie, http.Header) {
	t.Helper()
	resp, err := noRedirect.PostForm(e.srv.URL+"/login", url.Values{"username": {user}, "password": {pass}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	for _, c := range resp.Cookies() {
		if c.Name == "fatoora_hq_session" && c.Value != "" {
			return resp.StatusCode, c, resp.Header
		}
	}
	return resp.StatusCode, nil, resp.Header
}

var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// get fetches path with the session cookie (nil: none) as a browser
// (accept "html") or a script.
func (e *hqEnv) get(t *testing.T, path string, c *http.Cookie, accept string) (int, string, http.Header) {
	t.Helper()
	req, _ := http.NewRequest("GET", e.srv.URL+path, nil)
	if c != nil {
		req.AddCookie(c)
	}
	if accept == "html" {
		req.Header.Set("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
	}
	resp, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func TestServer_SetupLoginPageAndExport(t *testing.T) {
	s, err := hqbolt.Open(filepath.Join(t.TempDir(), hqbolt.File), hqbolt.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e := newHQ(t, s)
	e.post(t, "box1", key1, hqwire.Batch{BoxID: "box1", Items: []hqwire.Item{
		invoiceItem("box1", "INV-1", t0, 10000), invoiceItem("box1", "INV-2", t0.AddDate(0, 0, 1), 20000),
		creditItem("box1", "CN-1", "INV-1", t0.Add(time.Hour), 10000),
	}})
	e.post(t, "box2", "key-of-box-2", hqwire.Batch{BoxID: "box2", Items: []hqwire.Item{invoiceItem("box2", "INV-7", t0, 3000)}})

	// Without a session: a browser goes to the login page (and back), a
	// script gets 401; nothing of the documents shows.
	for _, c := range []struct{ path, accept, want string }{
		{"/", "html", "/login"},
		{"/?box=box1", "html", "/login?next=%2F%3Fbox%3Dbox1"},
		{"/export?format=csv", "html", "/login?next=%2Fexport%3Fformat%3Dcsv"},
	} {
		code, _, h := e.get(t, c.path, nil, c.accept)
		if code != http.StatusSeeOther || h.Get("Location") != c.want {
			t.Errorf("%s without a session: %d %q, want 303 %q", c.path, code, h.Get("Location"), c.want)
		}
	}
	for _, p := range []string{"/", "/export?format=csv", "/export?format=xlsx"} {
		if code, body, _ := e.get(t, p, nil, ""); code != http.StatusUnauthorized || strings.Contains(body, "INV-") {
			t.Errorf("%s from a script without a session: %d", p, code)
		}
	}
	// A made-up or old cookie is no session.
	if code, _, _ := e.get(t, "/", &http.Cookie{Name: "fatoora_hq_session", Value: "forged"}, ""); code != http.StatusUnauthorized {
		t.Errorf("forged cookie: %d", code)
	}

	// The login page, Arabic right-to-left, in the box's look, offers the
	// setup while there is no account.
	code, body, h := e.get(t, "/login", nil, "html")
	if code != 200 || !strings.Contains(body, `dir="rtl"`) || !strings.Contains(body, `/static/staff.css`) || !strings.Contains(body, `href="/setup"`) ||
		!strings.Contains(h.Get("Content-Security-Policy"), "default-src 'self'") || h.Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("login page: %d %v\n%s", code, h, body)
	}
	if code, body, _ := e.get(t, "/static/staff.css", nil, ""); code != 200 || !strings.Contains(body, "--brand") {
		t.Errorf("stylesheet: %d", code)
	}
	if code, _, _ := e.get(t, "/static/docs.css", nil, ""); code != 200 {
		t.Errorf("docs.css: %d", code)
	}

	// The first owner, with the setup code the server announced.
	if e.setupCode == "" {
		t.Fatal("no setup code announced")
	}
	setup := func(code string) *http.Response {
		resp, err := noRedirect.PostForm(e.srv.URL+"/setup", url.Values{"code": {code}, "name": {"منى"}, "username": {"mona"},
			"password": {"nile delta 2026"}, "password2": {"nile delta 2026"}})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	if resp := setup("AAAA-BBBB-CCCC-DDDD"); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("wrong setup code: %d", resp.StatusCode)
	}
	resp := setup(strings.ToLower(e.setupCode))
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
		t.Fatalf("setup: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp := setup(e.setupCode); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/login" {
		t.Errorf("setup twice: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	owner := access.Actor{User: access.User{Username: "mona", Role: access.RoleOwner}}
	for _, nu := range []access.NewUser{
		{Username: "samir", Name: "سمير", Role: access.RoleAccountant, Password: "ledger lines 99"},
		{Username: "karim", Name: "كريم", Role: access.RoleStaff, Password: "shop floor 123"},
	} {
		if _, err := e.acc.CreateUser(context.Background(), owner, nu); err != nil {
			t.Fatal(err)
		}
	}

	// Wrong passwords are refused with one answer, then throttled.
	for i := range 5 {
		if code, c, _ := e.login(t, "samir", "wrong password "+fmt.Sprint(i)); code != http.StatusUnauthorized || c != nil {
			t.Fatalf("wrong password %d: %d %v", i, code, c)
		}
	}
	if code, c, h := e.login(t, "samir", "ledger lines 99"); code != http.StatusTooManyRequests || c != nil || h.Get("Retry-After") == "" {
		t.Errorf("after 5 failures: %d %v Retry-After=%q, want 429", code, c, h.Get("Retry-After"))
	}
	if code, _, _ := e.login(t, "nobody", "whatever it is"); code != http.StatusUnauthorized {
		t.Errorf("unknown user: %d", code)
	}
	e.clock.Add(2 * time.Minute) // the account's bucket refills
	code, sess, _ := e.login(t, "samir", "ledger lines 99")
	if code != http.StatusSeeOther || sess == nil || !sess.HttpOnly || sess.SameSite != http.SameSiteStrictMode {
		t.Fatalf("accountant's login: %d %+v", code, sess)
	}

	code, body, h = e.get(t, "/", sess, "html")
	if code != 200 || !strings.Contains(body, `dir="rtl"`) || !strings.Contains(body, "INV-7") || !strings.Contains(body, "سمير") ||
		h.Get("Cache-Control") != "no-store" {
		t.Fatalf("page: %d %s", code, body)
	}
	// Day 1 of box1: 114.00 invoice − 114.00 credit note = 0.00; day 2: 228.00.
	for _, want := range []string{"2026-12-02", "228.00", "2026-12-01", "0.00", "ملغاة", "إشعار دائن", `data-box="box2" data-number="INV-7"`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	_, body, _ = e.get(t, "/?box=box2&from=2026-12-01&to=2026-12-01", sess, "html")
	if strings.Contains(body, "INV-1<") || !strings.Contains(body, "INV-7") {
		t.Errorf("filtered page shows the wrong documents")
	}
	code, body, h = e.get(t, "/export?format=csv&box=box1&from=2026-12-02", sess, "")
	if code != 200 || strings.Count(body, "\n") != 2 || !strings.Contains(body, "INV-2") || !strings.Contains(h.Get("Content-Disposition"), ".csv") {
		t.Errorf("csv export: %d %q", code, body)
	}
	code, body, h = e.get(t, "/export?format=xlsx", sess, "")
	if code != 200 || !strings.Contains(h.Get("Content-Type"), "spreadsheetml") {
		t.Errorf("xlsx export: %d %v", code, h)
	} else if rows := readXLSX(t, []byte(body)); len(rows) != 5 || rows[0][0] != "box_id" {
		t.Errorf("xlsx export rows: %v", rows)
	}
	if code, body, _ := e.get(t, "/?from=yesterday", sess, "html"); code != 200 || !strings.Contains(body, "not a date") {
		t.Errorf("bad filter: %d (want the page with the error)", code)
	}

	// Staff accounts do not see head office's figures.
	e.clock.Add(time.Minute)
	_, staffSess, _ := e.login(t, "karim", "shop floor 123")
	if code, body, _ := e.get(t, "/", staffSess, "html"); code != http.StatusForbidden || strings.Contains(body, "INV-7") {
		t.Errorf("staff role on the page: %d", code)
	}
	if code, _, _ := e.get(t, "/export?format=csv", staffSess, ""); code != http.StatusForbidden {
		t.Errorf("staff role on the export: %d", code)
	}

	// Logging out ends the session; the audit log has it all.
	req, _ := http.NewRequest("POST", e.srv.URL+"/logout", nil)
	req.AddCookie(sess)
	if resp, err := noRedirect.Do(req); err != nil || resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("logout: %v %v", err, resp)
	}
	if code, _, _ := e.get(t, "/", sess, ""); code != http.StatusUnauthorized {
		t.Errorf("after logout: %d", code)
	}
	entries, _, err := e.acc.Audit(access.AuditQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, en := range entries {
		actions = append(actions, en.Action)
	}
	got := strings.Join(actions, " ")
	for _, want := range []string{"setup", "login.failed", "login", "logout"} {
		if !strings.Contains(got, want) {
			t.Errorf("audit log lacks %s: %s", want, got)
		}
	}
	// A cross-site form post is refused.
	req, _ = http.NewRequest("POST", e.srv.URL+"/login", strings.NewReader("username=samir&password=x"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if resp, err := noRedirect.Do(req); err != nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site login post: %v %v", err, resp.StatusCode)
	}
	if code, body, _ := e.get(t, "/healthz", nil, ""); code != 200 || !strings.Contains(body, `"records":4`) {
		t.Errorf("healthz: %d %s", code, body)
	}
}

func TestSafeNext(t *testing.T) {
	for in, want := range map[string]string{
		"": "/", "/": "/", "/?box=a": "/?box=a", "//evil.example/": "/", "https://evil.example/": "/",
		"/login": "/", "/setup?x": "/", "/a/../b": "/", "/\\evil": "/", "/export?format=csv": "/export?format=csv",
	} {
		if got := hq.SafeNext(in); got != want {
			t.Errorf("SafeNext(%q) = %q, want %q", in, got, want)
		}
	}
}

func pgxConnect(ctx context.Context, url string) (*pgx.Conn, error) { return pgx.Connect(ctx, url) }

// A date range narrows the documents, not what decides their status: an
// invoice of the day paid or voided days later shows paid or voided.
func TestDocuments_RangeKeepsStatus(t *testing.T) {
	stores(t, func(t *testing.T, s hq.Store) {
		e := newHQ(t, s)
		day2 := t0.AddDate(0, 0, 1)
		e.post(t, "box1", key1, hqwire.Batch{BoxID: "box1", Items: []hqwire.Item{
			invoiceItem("box1", "INV-1", t0, 100), invoiceItem("box1", "INV-2", t0, 200), invoiceItem("box1", "INV-3", day2, 300),
			paymentItem("box1", "INV-1", 5, day2.AddDate(0, 0, 3), 100), creditItem("box1", "CN-1", "INV-2", day2.AddDate(0, 0, 4), 200),
		}})
		e.post(t, "box2", "key-of-box-2", hqwire.Batch{BoxID: "box2", Items: []hqwire.Item{invoiceItem("box2", "INV-1", t0, 7)}})
		for _, c := range []struct {
			q    hq.Query
			want string
		}{
			{hq.Query{BoxID: "box1", From: t0, To: t0.AddDate(0, 0, 1)}, "box1/INV-1 paid, box1/INV-2 voided"},
			{hq.Query{BoxID: "box1", From: day2}, "box1/INV-3 issued, box1/CN-1 issued"},
			{hq.Query{To: t0.AddDate(0, 0, 1)}, "box1/INV-1 paid, box1/INV-2 voided, box2/INV-1 issued"},
		} {
			docs, err := hq.Documents(context.Background(), s, c.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range docs {
				got = append(got, d.BoxID+"/"+d.Number+" "+d.Status)
			}
			if strings.Join(got, ", ") != c.want {
				t.Errorf("%+v: %s, want %s", c.q, strings.Join(got, ", "), c.want)
			}
		}
	})
}
