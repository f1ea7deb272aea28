package server_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/store"
	"fatoora/appliance/whatsapp"
	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/sync/relay/internal/relaytest"
	"fatoora/sync/relay/link"
	"fatoora/sync/relay/proto"
	"fatoora/sync/relay/server"

	bolt "go.etcd.io/bbolt"
)

const (
	secret = "relay-test-app-secret"
	numA   = "106540352242922"
	numB   = "106540352242933"
	tokA   = "box-a-token-0123456789"
	tokB   = "box-b-token-0123456789"
)

func webhook(number, from, wamid, text string) []byte {
	return graphsim.MetaJSON(graphsim.NewWebhook("WABA1", graphsim.Value{
		Metadata: graphsim.Metadata{DisplayPhoneNumber: "201000000000", PhoneNumberID: number},
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: "عميل"}, WaID: from}},
		Messages: []graphsim.Inbound{{From: from, ID: wamid, Timestamp: strconv.FormatInt(time.Now().Unix(), 10),
			Type: "text", Text: &graphsim.Text{Body: text}}},
	}))
}

var quiet = slog.New(slog.DiscardHandler)

type relay struct {
	*server.Server
	url  string // http://…
	ws   string // ws://…
	stop func()
}

func startRelay(t *testing.T, dir string, mod func(*server.Options)) *relay {
	t.Helper()
	opts := server.Options{Data: dir, AppSecret: []byte(secret), VerifyToken: "verify-me",
		Boxes: map[string]string{numA: tokA, numB: tokB}, PingInterval: 200 * time.Millisecond,
		Logger: quiet}
	if mod != nil {
		mod(&opts)
	}
	s, err := server.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s.Handler())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = s.Serve(ctx); close(done) }()
	r := &relay{Server: s, url: hs.URL, ws: "ws" + strings.TrimPrefix(hs.URL, "http")}
	r.stop = relaytest.Once(t, stopWithin, "relay", func() {
		cancel()
		<-done
		hs.CloseClientConnections()
		hs.Close()
		s.Close()
	})
	t.Cleanup(r.stop)
	return r
}

func post(t *testing.T, url string, body []byte, sig string) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url+"/webhook/whatsapp", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Hub-Signature-256", sig)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// box is a real ingester on a real store, fed by a link.
type box struct {
	db   *store.DB
	ing  *ingest.Ingester
	link *link.Link
	stop func()
}

func startBox(t *testing.T, relayWS, token string, mod func(*link.Options)) *box {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "fatoora.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ing, err := ingest.New(db, ingest.Options{Secret: []byte(secret)})
	if err != nil {
		t.Fatal(err)
	}
	opts := link.Options{URL: relayWS, Token: token, PingInterval: 200 * time.Millisecond,
		MinBackoff: 20 * time.Millisecond, MaxBackoff: 200 * time.Millisecond, Logger: quiet,
		Accept: func(ctx context.Context, body []byte, sig string) error {
			_, err := ing.Accept(ctx, body, sig, "relay")
			return err
		},
		OnWelcome: ing.SetPhoneNumberID}
	if mod != nil {
		mod(&opts)
	}
	l, err := link.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = l.Serve(ctx); close(done) }()
	b := &box{db: db, ing: ing, link: l}
	b.stop = relaytest.Once(t, stopWithin, "box", func() { cancel(); <-done; db.Close() })
	t.Cleanup(b.stop)
	return b
}

// messages lists the stored messages' texts in the order the box stored
// them (payload sequence).
func (b *box) messages(t *testing.T) []string {
	t.Helper()
	var out []string
	err := b.db.View(func(tx *bolt.Tx) error {
		return store.Bucket(tx, store.BucketPayloads).ForEach(func(k, v []byte) error {
			p, _, err := ingest.LoadPayload(tx, store.ParseU64(k))
			if err != nil {
				return err
			}
			n, err := ingest.Parse(p.Body)
			if err != nil {
				return err
			}
			for _, m := range n.Messages {
				out = append(out, m.Text)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// stopWithin bounds stopping a relay or a box in these tests.
const stopWithin = 20 * time.Second

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	relaytest.Until(t, 20*time.Second, what, cond)
}

func TestServer_Webhook(t *testing.T) {
	r := startRelay(t, t.TempDir(), func(o *server.Options) { o.MaxBodyBytes = 64 << 10 })
	get := func(q string) (int, string) {
		resp, err := http.Get(r.url + "/webhook/whatsapp?" + q)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=12345"); code != 200 || body != "12345" {
		t.Fatalf("verification: %d %q", code, body)
	}
	if code, _ := get("hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1"); code != 403 {
		t.Fatalf("wrong verify token: %d", code)
	}
	body := webhook(numA, "201001234567", "wamid.1", "سلام")
	tests := []struct {
		name string
		body []byte
		sig  string
		want int
	}{
		{"signed", body, graphsim.Sign(secret, body), 200},
		{"unsigned", body, "", 401},
		{"wrong secret", body, graphsim.Sign("other", body), 401},
		{"altered", append(bytes.Clone(body[:len(body)-1]), ' '), graphsim.Sign(secret, body), 401},
		{"too large", bytes.Repeat([]byte("x"), 65<<10), "", 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := post(t, r.url, tt.body, tt.sig); got != tt.want {
				t.Fatalf("status %d, want %d", got, tt.want)
			}
		})
	}
	h := r.Health()
	if h.Boxes[numA].Backlog != 1 || h.Webhooks["bad_signature"] != 3 || h.Webhooks["too_large"] != 1 {
		t.Fatalf("health after posts: %+v", h)
	}
}

func TestRoute(t *testing.T) {
	two := `{"entry":[{"changes":[{"value":{"metadata":{"phone_number_id":"A"}}},{"value":{"metadata":{"phone_number_id":"B"}}}]},{"changes":[{"value":{"metadata":{"phone_number_id":"A"}}}]}]}`
	tests := []struct {
		name, body string
		want       []string
	}{
		{"one", string(webhook("N1", "2010", "w", "x")), []string{"N1"}},
		{"several, each once", two, []string{"A", "B"}},
		{"none", `{"object":"page"}`, []string{""}},
		{"not json", `]`, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := server.Route([]byte(tt.body)); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Fatalf("Route = %q, want %q", got, tt.want)
			}
		})
	}
}

// Webhooks posted while the box is away reach it in order once it
// connects, and again across a reconnect nothing is lost or doubled.
func TestServer_DeliversInOrderAcrossReconnects(t *testing.T) {
	r := startRelay(t, t.TempDir(), nil)
	for i := range 20 {
		b := webhook(numA, "201001234567", fmt.Sprintf("wamid.%d", i), fmt.Sprintf("msg %d", i))
		if code := post(t, r.url, b, graphsim.Sign(secret, b)); code != 200 {
			t.Fatalf("post %d: %d", i, code)
		}
	}
	bx := startBox(t, r.ws, tokA, nil)
	waitFor(t, "20 messages", func() bool { return bx.ing.Stats().Messages == 20 })
	waitFor(t, "acks", func() bool { return r.Health().Boxes[numA].Backlog == 0 })
	bx.stop()
	for i := 20; i < 40; i++ {
		b := webhook(numA, "201001234567", fmt.Sprintf("wamid.%d", i), fmt.Sprintf("msg %d", i))
		post(t, r.url, b, graphsim.Sign(secret, b))
	}
	bx2 := startBox(t, r.ws, tokA, func(o *link.Options) {})
	_ = bx2
	waitFor(t, "backlog drained", func() bool { return r.Health().Boxes[numA].Backlog == 0 })
	got := bx2.messages(t)
	if len(got) != 20 || got[0] != "msg 20" || got[19] != "msg 39" {
		t.Fatalf("second box got %q", got)
	}
	for i, m := range got {
		if m != fmt.Sprintf("msg %d", i+20) {
			t.Fatalf("out of order at %d: %q", i, got)
		}
	}
	if h := r.Health().Boxes[numA]; h.Delivered != 40 || h.Link != "up" {
		t.Fatalf("relay health: %+v", h)
	}
}

func TestServer_WrongTokenRefused(t *testing.T) {
	r := startRelay(t, t.TempDir(), nil)
	b := webhook(numA, "201001234567", "wamid.x", "x")
	post(t, r.url, b, graphsim.Sign(secret, b))
	bx := startBox(t, r.ws, "not-a-registered-token", func(o *link.Options) { o.MaxBackoff = time.Hour })
	waitFor(t, "refusal", func() bool { return bx.link.State().Link == "refused" })
	if bx.ing.Stats().Accepted != 0 || r.Health().Webhooks["link_auth_failures"] != 1 {
		t.Fatalf("a wrong token got something: box %+v relay %+v", bx.ing.Stats(), r.Health())
	}
	if st := bx.link.Health(); st.Status != "degraded" || !strings.Contains(st.Message, "token") {
		t.Fatalf("box health: %+v", st)
	}
}

// Each box receives only its own number's webhooks; a number without a box
// is kept and reported.
func TestServer_RoutesPerBox(t *testing.T) {
	r := startRelay(t, t.TempDir(), nil)
	for i, n := range []string{numA, numB, "999", numA} {
		b := webhook(n, "20100000000"+strconv.Itoa(i), fmt.Sprintf("wamid.%d", i), n)
		post(t, r.url, b, graphsim.Sign(secret, b))
	}
	a := startBox(t, r.ws, tokA, nil)
	b := startBox(t, r.ws, tokB, nil)
	waitFor(t, "delivery", func() bool { return a.ing.Stats().Messages == 2 && b.ing.Stats().Messages == 1 })
	if got := a.messages(t); fmt.Sprint(got) != fmt.Sprint([]string{numA, numA}) {
		t.Fatalf("box A got %q", got)
	}
	if got := b.messages(t); fmt.Sprint(got) != fmt.Sprint([]string{numB}) {
		t.Fatalf("box B got %q", got)
	}
	h := r.Health()
	if h.Status != "degraded" || h.Unrouted["999"].Backlog != 1 {
		t.Fatalf("unrouted number not reported: %+v", h)
	}
}

// A relay that alters a webhook's bytes is caught by the box: the frame is
// refused, moved aside by the relay, and the next one still arrives.
func TestLink_RejectsAlteredBytes(t *testing.T) {
	dir := t.TempDir()
	r := startRelay(t, dir, nil)
	b1 := webhook(numA, "201001234567", "wamid.1", "الأصل")
	b2 := webhook(numA, "201001234567", "wamid.2", "التالي")
	post(t, r.url, b1, graphsim.Sign(secret, b1))
	post(t, r.url, b2, graphsim.Sign(secret, b2))
	r.stop()
	// Alter the first stored frame's body, as a compromised relay would.
	db, err := bolt.Open(filepath.Join(dir, server.DBFile), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		q := tx.Bucket([]byte("queues")).Bucket([]byte(numA))
		k, v := q.Cursor().First()
		f, err := proto.Decode(v)
		if err != nil {
			return err
		}
		w := f.(proto.Webhook)
		w.Body = bytes.Replace(w.Body, []byte("201001234567"), []byte("201009999999"), 1)
		enc, _ := proto.Encode(w)
		return q.Put(k, enc)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	r = startRelay(t, dir, nil)
	bx := startBox(t, r.ws, tokA, nil)
	waitFor(t, "both handled", func() bool { return r.Health().Boxes[numA].Backlog == 0 })
	if s := bx.ing.Stats(); s.BadSignature != 1 || s.Messages != 1 {
		t.Fatalf("box stats: %+v", s)
	}
	if got := bx.messages(t); len(got) != 1 || got[0] != "التالي" {
		t.Fatalf("box stored %q", got)
	}
	if h := r.Health().Boxes[numA]; h.Rejected != 1 || h.Delivered != 1 {
		t.Fatalf("relay health: %+v", h)
	}
	if st := bx.link.State(); st.Rejected != 1 {
		t.Fatalf("link state: %+v", st)
	}
}

// A second connection with the same token replaces the first cleanly.
func TestServer_SecondConnectionReplacesFirst(t *testing.T) {
	r := startRelay(t, t.TempDir(), nil)
	a1 := startBox(t, r.ws, tokA, func(o *link.Options) { o.MinBackoff, o.MaxBackoff = time.Hour, time.Hour })
	waitFor(t, "first up", func() bool { return a1.link.State().Link == "up" })
	a2 := startBox(t, r.ws, tokA, nil)
	waitFor(t, "first replaced", func() bool { return a1.link.State().Link == "replaced" && a2.link.State().Link == "up" })
	if st := a1.link.Health(); st.Status != "degraded" || !strings.Contains(st.Message, "token") {
		t.Fatalf("replaced box's health: %+v", st)
	}
	if h := r.Health().Boxes[numA]; h.Replaced != 1 || h.Link != "up" {
		t.Fatalf("relay health: %+v", h)
	}
	b := webhook(numA, "201001234567", "wamid.r", "بعد الاستبدال")
	post(t, r.url, b, graphsim.Sign(secret, b))
	waitFor(t, "delivery to the new link", func() bool { return a2.ing.Stats().Messages == 1 })
	if a1.ing.Stats().Messages != 0 {
		t.Fatal("the replaced link still received")
	}
}

// Retention drops unacknowledged webhooks older than the limit.
func TestServer_Expire(t *testing.T) {
	now := time.Now()
	clock := func() time.Time { return now }
	r := startRelay(t, t.TempDir(), func(o *server.Options) { o.Now = func() time.Time { return clock() }; o.Retention = time.Hour })
	b := webhook(numA, "201001234567", "wamid.old", "قديمة")
	post(t, r.url, b, graphsim.Sign(secret, b))
	if err := r.Expire(); err != nil || r.Health().Boxes[numA].Backlog != 1 {
		t.Fatalf("fresh webhook expired: %v %+v", err, r.Health())
	}
	clock = func() time.Time { return now.Add(2 * time.Hour) }
	if err := r.Expire(); err != nil {
		t.Fatal(err)
	}
	if h := r.Health().Boxes[numA]; h.Backlog != 0 || h.Expired != 1 {
		t.Fatalf("after retention: %+v", h)
	}
}

// The box's Graph calls go through the relay, which adds Meta's token:
// the box's client holds only a placeholder.
func TestLink_GraphThroughRelay(t *testing.T) {
	g, err := graphsim.New(graphsim.Options{Token: "meta-access-token", PhoneNumberID: numA})
	if err != nil {
		t.Fatal(err)
	}
	gs := httptest.NewServer(g)
	t.Cleanup(func() { gs.Close(); g.Close() })
	r := startRelay(t, t.TempDir(), func(o *server.Options) {
		o.GraphURL = g.GraphURL(gs.URL)
		o.GraphTokens = map[string]string{numA: "meta-access-token"}
	})
	bx := startBox(t, r.ws, tokA, nil)
	waitFor(t, "link up", func() bool { return bx.link.State().Link == "up" })
	wc, err := whatsapp.New(whatsapp.Options{GraphURL: link.GraphBase, Token: "relay", PhoneNumberID: numA,
		HTTPClient: &http.Client{Transport: bx.link}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := wc.SendText(ctx, "201001234567", "أهلاً", ""); err != nil {
		t.Fatal(err)
	}
	mid, err := wc.UploadMedia(ctx, "inv.pdf", "application/pdf", []byte("%PDF-1.4 test"))
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := g.Media(mid); !ok || string(m.Data) != "%PDF-1.4 test" {
		t.Fatalf("media not uploaded: %+v", m)
	}
	if ms := g.MessagesTo("201001234567"); len(ms) != 1 {
		t.Fatalf("graph got %d messages", len(ms))
	}
	// Another number's path is refused by the relay.
	other, _ := whatsapp.New(whatsapp.Options{GraphURL: link.GraphBase, Token: "relay", PhoneNumberID: numB,
		HTTPClient: &http.Client{Transport: bx.link}})
	if _, err := other.SendText(ctx, "201001234567", "x", ""); err == nil || !strings.Contains(err.Error(), "403") {
		t.Fatalf("a box sent as another number: %v", err)
	}
}

// Several customers interleaved, and a webhook naming two of them: each
// customer's messages are stored in the order Meta posted them.
func TestLink_OrderPerCustomerWithLanes(t *testing.T) {
	r := startRelay(t, t.TempDir(), nil)
	var want []string
	for i := range 60 {
		from := "20100000000" + strconv.Itoa(i%5)
		text := fmt.Sprintf("%s-%03d", from, i)
		b := webhook(numA, from, "wamid."+text, text)
		if i == 30 { // one POST with two customers' messages
			b = graphsim.MetaJSON(graphsim.NewWebhook("WABA1", graphsim.Value{
				Metadata: graphsim.Metadata{PhoneNumberID: numA},
				Messages: []graphsim.Inbound{
					{From: from, ID: "wamid." + text, Timestamp: "1767225600", Type: "text", Text: &graphsim.Text{Body: text}},
					{From: "201000000009", ID: "wamid.x", Timestamp: "1767225600", Type: "text", Text: &graphsim.Text{Body: "201000000009-030"}},
				}}))
			want = append(want, "201000000009-030")
		}
		want = append(want, text)
		post(t, r.url, b, graphsim.Sign(secret, b))
	}
	bx := startBox(t, r.ws, tokA, func(o *link.Options) { o.Lanes = 4 })
	waitFor(t, "all stored", func() bool { return bx.ing.Stats().Messages == 61 })
	got := bx.messages(t)
	last := map[string]string{}
	for _, m := range got {
		c := m[:12]
		if last[c] >= m {
			t.Fatalf("customer %s out of order: %s after %s\n%q", c, m, last[c], got)
		}
		last[c] = m
	}
	if len(got) != len(want) {
		t.Fatalf("stored %d, want %d", len(got), len(want))
	}
}

// One POST with two shops' numbers goes to both boxes (Meta signs the
// whole body), and each box stores only its own shop's message.
func TestServer_MixedPostEachBoxKeepsItsOwn(t *testing.T) {
	r := startRelay(t, t.TempDir(), nil)
	body := graphsim.MetaJSON(graphsim.Webhook{Object: "whatsapp_business_account", Entry: []graphsim.Entry{
		{ID: "WABA1", Changes: []graphsim.Change{{Field: "messages", Value: graphsim.Value{MessagingProduct: "whatsapp",
			Metadata: graphsim.Metadata{PhoneNumberID: numA},
			Messages: []graphsim.Inbound{{From: "201001111111", ID: "wamid.forA", Timestamp: "1767225600", Type: "text", Text: &graphsim.Text{Body: "A"}}}}}}},
		{ID: "WABA2", Changes: []graphsim.Change{{Field: "messages", Value: graphsim.Value{MessagingProduct: "whatsapp",
			Metadata: graphsim.Metadata{PhoneNumberID: numB},
			Messages: []graphsim.Inbound{{From: "201002222222", ID: "wamid.forB", Timestamp: "1767225600", Type: "text", Text: &graphsim.Text{Body: "B"}}}}}}},
	}})
	if code := post(t, r.url, body, graphsim.Sign(secret, body)); code != 200 {
		t.Fatalf("post: %d", code)
	}
	a := startBox(t, r.ws, tokA, nil)
	b := startBox(t, r.ws, tokB, nil)
	waitFor(t, "both delivered", func() bool {
		h := r.Health()
		return h.Boxes[numA].Delivered == 1 && h.Boxes[numB].Delivered == 1
	})
	if got := a.ing.Stats().Messages; got != 1 {
		t.Fatalf("box A stored %d messages", got)
	}
	if got := b.ing.Stats().Messages; got != 1 {
		t.Fatalf("box B stored %d messages", got)
	}
	ok := func(bx *box, want string) {
		err := bx.db.View(func(tx *bolt.Tx) error {
			for _, id := range []string{"wamid.forA", "wamid.forB"} {
				_, found, err := ingest.LoadMessage(tx, id)
				if err != nil {
					return err
				}
				if found != (id == want) {
					t.Errorf("box for %s: %s stored=%v", want, id, found)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	ok(a, "wamid.forA")
	ok(b, "wamid.forB")
}

// The full /healthz is for this machine or a bearer of the health token;
// others (or anyone through a reverse proxy) see only the status.
func TestServer_HealthDetailsOnlyForOperator(t *testing.T) {
	r := startRelay(t, t.TempDir(), func(o *server.Options) { o.HealthToken = "monitor-token" })
	get := func(hdr map[string]string) string {
		req, _ := http.NewRequest(http.MethodGet, r.url+"/healthz", nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	tests := []struct {
		name    string
		hdr     map[string]string
		details bool
	}{
		{"loopback", nil, true},
		{"through a proxy", map[string]string{"X-Forwarded-For": "203.0.113.9"}, false},
		{"proxy with token", map[string]string{"X-Forwarded-For": "203.0.113.9", "Authorization": "Bearer monitor-token"}, true},
		{"proxy with wrong token", map[string]string{"X-Forwarded-For": "203.0.113.9", "Authorization": "Bearer nope"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := get(tt.hdr)
			if got := strings.Contains(body, numA); got != tt.details {
				t.Fatalf("details shown = %v, want %v: %s", got, tt.details, body)
			}
			if !strings.Contains(body, `"status"`) {
				t.Fatalf("no status: %s", body)
			}
		})
	}
}
