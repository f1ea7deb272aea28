package sim

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"fatoora/appliance/whatsapp"
	"fatoora/appliance/whatsapp/graphsim"
)

const (
	secret = "app-secret-for-tests"
	token  = "box-token"
	phone  = "201001234567"
)

// hook is what the box's ingest would be: it checks the signature on the
// raw bytes and keeps every body.
type hook struct {
	mu     sync.Mutex
	bodies [][]byte
	fail   error
	notify chan struct{}
}

func (h *hook) deliver(ctx context.Context, body []byte, sig string) error {
	if sig != graphsim.Sign(secret, body) {
		return errors.New("bad signature")
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.fail != nil {
		return h.fail
	}
	h.bodies = append(h.bodies, append([]byte(nil), body...))
	select {
	case h.notify <- struct{}{}:
	default:
	}
	return nil
}

func (h *hook) last(t *testing.T) (raw []byte, w wire) {
	t.Helper()
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.bodies) == 0 {
		t.Fatal("nothing delivered")
	}
	raw = h.bodies[len(h.bodies)-1]
	if err := json.Unmarshal(raw, &w); err != nil {
		t.Fatalf("delivered body is not JSON: %v", err)
	}
	return raw, w
}

// wire is the part of Meta's webhook the tests read, parsed independently of
// the graphsim types.
type wire struct {
	Object string `json:"object"`
	Entry  []struct {
		ID      string `json:"id"`
		Changes []struct {
			Field string `json:"field"`
			Value struct {
				MessagingProduct string `json:"messaging_product"`
				Metadata         struct {
					DisplayPhoneNumber string `json:"display_phone_number"`
					PhoneNumberID      string `json:"phone_number_id"`
				} `json:"metadata"`
				Contacts []struct {
					Profile struct {
						Name string `json:"name"`
					} `json:"profile"`
					WaID string `json:"wa_id"`
				} `json:"contacts"`
				Messages []struct {
					From      string `json:"from"`
					ID        string `json:"id"`
					Timestamp string `json:"timestamp"`
					Type      string `json:"type"`
					Text      *struct {
						Body string `json:"body"`
					} `json:"text"`
					Context *struct {
						From string `json:"from"`
						ID   string `json:"id"`
					} `json:"context"`
					Interactive *struct {
						Type        string            `json:"type"`
						ButtonReply map[string]string `json:"button_reply"`
						ListReply   map[string]string `json:"list_reply"`
					} `json:"interactive"`
				} `json:"messages"`
				Statuses []struct {
					ID     string `json:"id"`
					Status string `json:"status"`
				} `json:"statuses"`
			} `json:"value"`
		} `json:"changes"`
	} `json:"entry"`
}

type env struct {
	sim    *Simulator
	hook   *hook
	srv    *httptest.Server
	client *whatsapp.Client
}

func setup(t *testing.T, mod func(*Options)) *env {
	t.Helper()
	h := &hook{notify: make(chan struct{}, 64)}
	o := Options{Deliver: h.deliver, AppSecret: secret, Token: token, StatusDelay: -1}
	if mod != nil {
		mod(&o)
	}
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	mux := http.NewServeMux()
	s.Routes(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	c, err := whatsapp.New(whatsapp.Options{GraphURL: s.GraphURL(srv.URL), Token: token, PhoneNumberID: s.opts.PhoneNumberID})
	if err != nil {
		t.Fatal(err)
	}
	return &env{sim: s, hook: h, srv: srv, client: c}
}

func (e *env) post(t *testing.T, in Input) (int, map[string]string) {
	t.Helper()
	b, _ := json.Marshal(in)
	res, err := http.Post(e.srv.URL+"/simulator/api/send", "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out map[string]string
	json.NewDecoder(res.Body).Decode(&out)
	return res.StatusCode, out
}

func (e *env) conversation(t *testing.T) Conversation {
	t.Helper()
	res, err := http.Get(e.srv.URL + "/simulator/api/conversation?phone=" + phone)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var c Conversation
	if err := json.NewDecoder(res.Body).Decode(&c); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestSimulator_TextBecomesSignedMetaWebhook(t *testing.T) {
	e := setup(t, nil)
	status, out := e.post(t, Input{Name: "أحمد", Phone: phone, Text: "عايز دولاب 2/3 لون بيج"})
	if status != 200 {
		t.Fatalf("send: %d %v", status, out)
	}
	raw, w := e.hook.last(t)
	for _, c := range raw {
		if c >= 0x80 {
			t.Fatalf("body has raw non-ASCII bytes; Meta escapes them: %s", raw)
		}
	}
	if !bytes.Contains(raw, []byte(`2\/3`)) || !bytes.Contains(raw, []byte(`\u0623\u062d\u0645\u062f`)) {
		t.Errorf("body not Meta-escaped: %s", raw)
	}
	if w.Object != "whatsapp_business_account" || len(w.Entry) != 1 || w.Entry[0].Changes[0].Field != "messages" {
		t.Fatalf("envelope: %s", raw)
	}
	v := w.Entry[0].Changes[0].Value
	if v.MessagingProduct != "whatsapp" || v.Metadata.PhoneNumberID != "100000000000001" || v.Metadata.DisplayPhoneNumber != "201000000000" {
		t.Errorf("metadata: %s", raw)
	}
	if len(v.Contacts) != 1 || v.Contacts[0].Profile.Name != "أحمد" || v.Contacts[0].WaID != phone {
		t.Errorf("contacts: %s", raw)
	}
	m := v.Messages[0]
	if m.From != phone || m.ID != out["id"] || !strings.HasPrefix(m.ID, "wamid.SIM") || m.Type != "text" || m.Text.Body != "عايز دولاب 2/3 لون بيج" {
		t.Errorf("message: %s", raw)
	}
	if !regexp.MustCompile(`"timestamp":"[0-9]{10}"`).Match(raw) {
		t.Errorf("timestamp must be a string of unix seconds: %s", raw)
	}
}

func TestSimulator_OutboundAppearsInConversation(t *testing.T) {
	e := setup(t, nil)
	ctx := context.Background()
	_, out := e.post(t, Input{Name: "أحمد", Phone: phone, Text: "عايز مطبخ"})
	in := out["id"]
	if err := e.client.MarkRead(ctx, in, true); err != nil {
		t.Fatal(err)
	}
	if c := e.conversation(t); !c.Typing || c.Messages[0].Status != "read" {
		t.Errorf("after mark read with typing: %+v", c)
	}
	textID, err := e.client.SendText(ctx, phone, "أهلاً يا أحمد", in)
	if err != nil {
		t.Fatal(err)
	}
	btnID, err := e.client.SendButtons(ctx, phone, "أي خشب؟", []whatsapp.Button{{ID: "wood:zan", Title: "زان"}, {ID: "wood:mdf", Title: "MDF"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.SendList(ctx, phone, "البدائل", "اختار", []whatsapp.Section{{Title: "مطابخ", Rows: []whatsapp.Row{{ID: "sku:K1", Title: "مطبخ زان", Description: "٤٥٠٠ للمتر"}}}}); err != nil {
		t.Fatal(err)
	}
	pdf := []byte("%PDF-1.7 invoice\n%%EOF")
	mid, err := e.client.UploadMedia(ctx, "INV-1.pdf", "application/pdf", pdf)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.SendDocument(ctx, phone, mid, "INV-1.pdf", "فاتورتك"); err != nil {
		t.Fatal(err)
	}
	// Someone else's conversation stays out of this one.
	if _, err := e.client.SendText(ctx, "201009999999", "other", ""); err != nil {
		t.Fatal(err)
	}

	c := e.conversation(t)
	var kinds []string
	for _, m := range c.Messages {
		kinds = append(kinds, m.Dir+":"+m.Type)
	}
	if got := strings.Join(kinds, " "); got != "in:text out:text out:button out:list out:document" {
		t.Fatalf("conversation %s", got)
	}
	if c.Typing {
		t.Error("typing still shown after the box answered")
	}
	ms := c.Messages
	if ms[1].ID != textID || ms[1].Text != "أهلاً يا أحمد" || ms[1].Quote != "عايز مطبخ" || ms[1].Status != "accepted" {
		t.Errorf("text bubble %+v", ms[1])
	}
	if ms[2].ID != btnID || len(ms[2].Buttons) != 2 || ms[2].Buttons[0] != (Choice{ID: "wood:zan", Title: "زان"}) {
		t.Errorf("buttons bubble %+v", ms[2])
	}
	if l := ms[3].List; l == nil || l.Button != "اختار" || l.Sections[0].Rows[0].Description != "٤٥٠٠ للمتر" {
		t.Errorf("list bubble %+v", ms[3])
	}
	d := ms[4].Document
	if d == nil || d.URL != "/simulator/media/"+mid || d.Filename != "INV-1.pdf" || d.Caption != "فاتورتك" || d.Size != len(pdf) {
		t.Fatalf("document bubble %+v", d)
	}
	res, err := http.Get(e.srv.URL + d.URL)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !bytes.Equal(got, pdf) || res.Header.Get("Content-Type") != "application/pdf" {
		t.Errorf("document served %q as %s", got, res.Header.Get("Content-Type"))
	}
}

func TestSimulator_TapSendsInteractiveReply(t *testing.T) {
	e := setup(t, nil)
	ctx := context.Background()
	e.post(t, Input{Name: "أحمد", Phone: phone, Text: "مطبخ"})
	btnID, _ := e.client.SendButtons(ctx, phone, "أي خشب؟", []whatsapp.Button{{ID: "wood:zan", Title: "زان"}, {ID: "wood:mdf", Title: "MDF"}})
	listID, _ := e.client.SendList(ctx, phone, "البدائل", "اختار", []whatsapp.Section{{Rows: []whatsapp.Row{{ID: "sku:K1", Title: "مطبخ زان", Description: "متاح"}}}})

	status, out := e.post(t, Input{Name: "أحمد", Phone: phone, Reply: &Tap{Kind: "button", ID: "wood:mdf", Title: "MDF", ContextID: btnID}})
	if status != 200 {
		t.Fatalf("tap: %d %v", status, out)
	}
	raw, w := e.hook.last(t)
	m := w.Entry[0].Changes[0].Value.Messages[0]
	if m.Type != "interactive" || m.Interactive.Type != "button_reply" || m.Interactive.ButtonReply["id"] != "wood:mdf" ||
		m.Interactive.ButtonReply["title"] != "MDF" || m.Context == nil || m.Context.ID != btnID || m.Context.From != "201000000000" {
		t.Errorf("button_reply webhook: %s", raw)
	}

	if status, _ := e.post(t, Input{Name: "أحمد", Phone: phone, Reply: &Tap{Kind: "list", ID: "sku:K1", Title: "مطبخ زان", ContextID: listID}}); status != 200 {
		t.Fatal(status)
	}
	raw, w = e.hook.last(t)
	m = w.Entry[0].Changes[0].Value.Messages[0]
	if m.Interactive.Type != "list_reply" || m.Interactive.ListReply["id"] != "sku:K1" || m.Interactive.ListReply["description"] != "متاح" || m.Context.ID != listID {
		t.Errorf("list_reply webhook: %s", raw)
	}
	c := e.conversation(t)
	last := c.Messages[len(c.Messages)-1]
	if last.Dir != "in" || last.Type != "reply" || last.Text != "مطبخ زان" || last.Quote != "البدائل" {
		t.Errorf("reply bubble %+v", last)
	}

	// A tap on something the box never sent is refused, and nothing is delivered.
	n := len(e.hook.bodies)
	for _, tap := range []Tap{
		{Kind: "button", ID: "wood:oak", Title: "بلوط", ContextID: btnID},
		{Kind: "button", ID: "wood:zan", Title: "زان", ContextID: "wamid.NOPE"},
		{Kind: "list", ID: "wood:zan", Title: "زان", ContextID: btnID},
	} {
		if status, _ := e.post(t, Input{Name: "أحمد", Phone: phone, Reply: &tap}); status != 400 {
			t.Errorf("tap %+v: status %d", tap, status)
		}
	}
	if len(e.hook.bodies) != n {
		t.Error("a refused tap was delivered")
	}
}

func TestSimulator_RejectsBadInput(t *testing.T) {
	e := setup(t, nil)
	for _, in := range []Input{
		{Name: "أحمد", Phone: "01001234567", Text: "x"}, // no country code: starts with 0
		{Name: "أحمد", Phone: "2010", Text: "x"},
		{Name: "", Phone: phone, Text: "x"},
		{Name: "أحمد", Phone: phone, Text: "   "},
		{Name: "أحمد", Phone: phone, Text: strings.Repeat("ا", 4097)},
	} {
		if status, _ := e.post(t, in); status != 400 {
			t.Errorf("%+v: status %d", in, status)
		}
	}
	if len(e.hook.bodies) != 0 {
		t.Error("bad input was delivered")
	}
}

func TestSimulator_DeliverFailureShows(t *testing.T) {
	e := setup(t, nil)
	e.hook.fail = errors.New("store full")
	status, out := e.post(t, Input{Name: "أحمد", Phone: phone, Text: "مرحبا"})
	if status != http.StatusBadGateway || !strings.Contains(out["error"], "store full") {
		t.Fatalf("%d %v", status, out)
	}
	if m := e.conversation(t).Messages[0]; m.Status != "error" || !strings.Contains(m.Error, "store full") {
		t.Errorf("bubble %+v", m)
	}
}

func TestSimulator_StatusesReachTheBox(t *testing.T) {
	e := setup(t, func(o *Options) { o.StatusDelay = 5 * time.Millisecond })
	id, err := e.client.SendText(context.Background(), phone, "تمام", "")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	deadline := time.After(5 * time.Second)
	for !seen["read"] {
		select {
		case <-e.hook.notify:
		case <-deadline:
			t.Fatalf("statuses seen %v", seen)
		}
		_, w := e.hook.last(t)
		for _, st := range w.Entry[0].Changes[0].Value.Statuses {
			if st.ID == id {
				seen[st.Status] = true
			}
		}
	}
	if c := e.conversation(t); c.Messages[0].Status != "read" {
		t.Errorf("bubble status %q", c.Messages[0].Status)
	}
}

func TestSimulator_PageAndHeaders(t *testing.T) {
	e := setup(t, func(o *Options) { o.CustomerName = "منى"; o.ShopName = "المعرض الحديث" })
	res, err := http.Get(e.srv.URL + "/simulator")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'self'") ||
		res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("status %d headers %v", res.StatusCode, res.Header)
	}
	page := string(body)
	for _, want := range []string{`dir="rtl"`, `value="منى"`, `value="201001234567"`, "المعرض الحديث", `src="/simulator/static/sim.js"`, e.srv.URL + "/sim/graph/v25.0"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if regexp.MustCompile(`<script(?:\s[^>]*)?>[^<]+</script>|\son[a-z]+=`).MatchString(page) {
		t.Error("inline script or handler in the page: the CSP forbids it")
	}
	for path, ctype := range map[string]string{"/simulator/static/sim.js": "javascript", "/simulator/static/sim.css": "text/css"} {
		res, err := http.Get(e.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), ctype) || res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: %d %v", path, res.StatusCode, res.Header)
		}
	}
	// A cross-site form post is refused before it reaches the handler.
	req, _ := http.NewRequest("POST", e.srv.URL+"/simulator/api/send", strings.NewReader(`{"name":"x","phone":"201001234567","text":"x"}`))
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site post: %d", res.StatusCode)
	}
}

func TestSimulator_ResetHidesOldMessages(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	e := setup(t, func(o *Options) { o.Now = clock })
	e.post(t, Input{Name: "أحمد", Phone: phone, Text: "قديمة"})
	e.client.SendText(context.Background(), phone, "رد قديم", "")
	mu.Lock()
	now = now.Add(time.Minute)
	mu.Unlock()
	res, err := http.Post(e.srv.URL+"/simulator/api/reset?phone="+phone, "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	mu.Lock()
	now = now.Add(time.Minute)
	mu.Unlock()
	e.post(t, Input{Name: "أحمد", Phone: phone, Text: "جديدة"})
	c := e.conversation(t)
	if len(c.Messages) != 1 || c.Messages[0].Text != "جديدة" {
		t.Errorf("after reset: %+v", c.Messages)
	}
}

func TestOptions_Validate(t *testing.T) {
	d := func(context.Context, []byte, string) error { return nil }
	for _, o := range []Options{
		{AppSecret: "s", Token: "t"},
		{Deliver: d, Token: "t"},
		{Deliver: d, AppSecret: "s"},
		{Deliver: d, AppSecret: "s", Token: "t", CustomerPhone: "+20 100"},
	} {
		if _, err := New(o); err == nil {
			t.Errorf("accepted %+v", o)
		}
	}
}

func TestNew_FailsWithoutTemplates(t *testing.T) {
	saved := templateFS
	templateFS = embed.FS{}
	defer func() { templateFS = saved }()
	d := func(context.Context, []byte, string) error { return nil }
	if _, err := New(Options{Deliver: d, AppSecret: "s", Token: "t"}); err == nil {
		t.Fatal("started without its page template")
	}
}

func FuzzSimulator_Send(f *testing.F) {
	f.Add([]byte(`{"name":"أحمد","phone":"201001234567","text":"عايز دولاب"}`))
	f.Add([]byte(`{"name":"x","phone":"201001234567","reply":{"kind":"button","id":"a","title":"b","context_id":"wamid.X"}}`))
	f.Add([]byte(`{"phone":"+201001234567","text":"\u0000"}`))
	h := &hook{notify: make(chan struct{}, 1)}
	s, err := New(Options{Deliver: h.deliver, AppSecret: secret, Token: token, StatusDelay: -1, MaxCustomers: 3, MaxPerCustomer: 3})
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	mux := http.NewServeMux()
	s.Routes(mux)
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/simulator/api/send", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		mux.ServeHTTP(rec, req)
		if rec.Code != 200 && rec.Code != 400 {
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body)
		}
		if rec.Code == 200 {
			_, w := h.last(t)
			if len(w.Entry) != 1 || len(w.Entry[0].Changes[0].Value.Messages) != 1 {
				t.Fatalf("delivered %+v", w)
			}
		}
	})
}
