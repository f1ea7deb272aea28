package graphsim

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

func TestMetaJSON(t *testing.T) {
	v := struct {
		Body string `json:"body"`
		N    int    `json:"n"`
	}{Body: "عايز دولاب 2/3 <زان> & 😀", N: 2}
	// Hand-written: every non-ASCII rune as lowercase \uXXXX, the emoji as a
	// surrogate pair, "/" as "\/", HTML characters left alone.
	want := `{"body":"\u0639\u0627\u064a\u0632 \u062f\u0648\u0644\u0627\u0628 2\/3 <\u0632\u0627\u0646> & \ud83d\ude00","n":2}`
	if got := string(MetaJSON(v)); got != want {
		t.Errorf("MetaJSON\n got %s\nwant %s", got, want)
	}
	var back struct{ Body string }
	if err := json.Unmarshal(MetaJSON(v), &back); err != nil || back.Body != v.Body {
		t.Errorf("round trip %q %v", back.Body, err)
	}
}

func TestSign(t *testing.T) {
	// The RFC-style HMAC-SHA256 example ("key", the quick brown fox).
	got := Sign("key", []byte("The quick brown fox jumps over the lazy dog"))
	want := "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
	if got != want {
		t.Errorf("Sign = %s", got)
	}
}

func newServer(t *testing.T, mod func(*Options)) (*Server, string) {
	t.Helper()
	o := Options{Token: "tok", PhoneNumberID: "555", Prefix: "/sim/graph"}
	if mod != nil {
		mod(&o)
	}
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	hs := httptest.NewServer(s)
	t.Cleanup(hs.Close)
	return s, s.GraphURL(hs.URL)
}

type graphAnswer struct {
	status int
	body   map[string]any
}

func (a graphAnswer) code() int {
	e, _ := a.body["error"].(map[string]any)
	c, _ := e["code"].(float64)
	return int(c)
}

func post(t *testing.T, url, token, ctype string, body []byte) graphAnswer {
	t.Helper()
	req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	data, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("answer is not JSON: %q", data)
	}
	return graphAnswer{resp.StatusCode, m}
}

func TestServer_ValidatesLikeMeta(t *testing.T) {
	_, base := newServer(t, nil)
	rows := func(n int) string {
		var parts []string
		for i := range n {
			parts = append(parts, fmt.Sprintf(`{"id":"r%d","title":"صف %d"}`, i, i))
		}
		return strings.Join(parts, ",")
	}
	tests := []struct {
		name   string
		token  string
		path   string
		body   string
		status int
		code   int
	}{
		{"accepted text", "tok", "/555/messages", `{"messaging_product":"whatsapp","to":"20100","type":"text","text":{"body":"أهلاً"}}`, 200, 0},
		{"no token", "", "/555/messages", `{}`, 401, 190},
		{"wrong token", "nope", "/555/messages", `{}`, 401, 190},
		{"unknown phone id", "tok", "/999/messages", `{"messaging_product":"whatsapp"}`, 400, 100},
		{"no messaging_product", "tok", "/555/messages", `{"to":"20100","type":"text","text":{"body":"x"}}`, 400, 100},
		{"no recipient", "tok", "/555/messages", `{"messaging_product":"whatsapp","type":"text","text":{"body":"x"}}`, 400, 100},
		{"text without body", "tok", "/555/messages", `{"messaging_product":"whatsapp","to":"20100","type":"text","text":{}}`, 400, 100},
		{"text too long", "tok", "/555/messages", `{"messaging_product":"whatsapp","to":"20100","type":"text","text":{"body":"` + strings.Repeat("ك", 4097) + `"}}`, 400, 131009},
		{"unknown type", "tok", "/555/messages", `{"messaging_product":"whatsapp","to":"20100","type":"hologram"}`, 400, 100},
		{"four buttons", "tok", "/555/messages", `{"messaging_product":"whatsapp","to":"20100","type":"interactive","interactive":{"type":"button","body":{"text":"x"},"action":{"buttons":[` +
			`{"type":"reply","reply":{"id":"a","title":"a"}},{"type":"reply","reply":{"id":"b","title":"b"}},{"type":"reply","reply":{"id":"c","title":"c"}},{"type":"reply","reply":{"id":"d","title":"d"}}]}}}`, 400, 131009},
		{"button title 21", "tok", "/555/messages", `{"messaging_product":"whatsapp","to":"20100","type":"interactive","interactive":{"type":"button","body":{"text":"x"},"action":{"buttons":[` +
			`{"type":"reply","reply":{"id":"a","title":"` + strings.Repeat("ت", 21) + `"}}]}}}`, 400, 131009},
		{"eleven rows", "tok", "/555/messages", `{"messaging_product":"whatsapp","to":"20100","type":"interactive","interactive":{"type":"list","body":{"text":"x"},"action":{"button":"اختار","sections":[{"title":"s","rows":[` + rows(11) + `]}]}}}`, 400, 131009},
		{"ten rows", "tok", "/555/messages", `{"messaging_product":"whatsapp","to":"20100","type":"interactive","interactive":{"type":"list","body":{"text":"x"},"action":{"button":"اختار","sections":[{"title":"s","rows":[` + rows(10) + `]}]}}}`, 200, 0},
		{"list without button", "tok", "/555/messages", `{"messaging_product":"whatsapp","to":"20100","type":"interactive","interactive":{"type":"list","body":{"text":"x"},"action":{"sections":[{"rows":[` + rows(1) + `]}]}}}`, 400, 100},
		{"document unknown media", "tok", "/555/messages", `{"messaging_product":"whatsapp","to":"20100","type":"document","document":{"id":"42"}}`, 400, 100},
		{"read without id", "tok", "/555/messages", `{"messaging_product":"whatsapp","status":"read"}`, 400, 100},
		{"read", "tok", "/555/messages", `{"messaging_product":"whatsapp","status":"read","message_id":"wamid.X","typing_indicator":{"type":"text"}}`, 200, 0},
		{"unknown version", "tok", "/../v1/555/messages", `{}`, 400, 2635},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			url := base + tc.path
			if strings.HasPrefix(tc.path, "/../") {
				url = strings.TrimSuffix(base, "/"+Version) + "/vX" + strings.TrimPrefix(tc.path, "/../v1")
			}
			a := post(t, url, tc.token, "application/json", []byte(tc.body))
			if a.status != tc.status {
				t.Fatalf("status %d, want %d: %v", a.status, tc.status, a.body)
			}
			if tc.status == 200 {
				return
			}
			e, _ := a.body["error"].(map[string]any)
			if e == nil || e["message"] == "" || e["fbtrace_id"] == "" || e["type"] == "" {
				t.Fatalf("not Meta's error envelope: %v", a.body)
			}
			if tc.code != 0 && a.code() != tc.code {
				t.Errorf("code %d, want %d: %v", a.code(), tc.code, a.body)
			}
		})
	}
}

func upload(t *testing.T, base, name string, data []byte) graphAnswer {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("messaging_product", "whatsapp")
	mw.WriteField("type", "application/pdf")
	fw, _ := mw.CreateFormFile("file", name)
	fw.Write(data)
	mw.Close()
	return post(t, base+"/555/media", "tok", mw.FormDataContentType(), buf.Bytes())
}

func TestServer_MediaIsBounded(t *testing.T) {
	s, base := newServer(t, func(o *Options) { o.MaxMedia = 2; o.MaxCalls = 3 })
	var ids []string
	for i := range 3 {
		a := upload(t, base, fmt.Sprintf("f%d.pdf", i), []byte(fmt.Sprintf("%%PDF %d", i)))
		if a.status != 200 {
			t.Fatalf("upload: %v", a.body)
		}
		ids = append(ids, a.body["id"].(string))
	}
	if _, ok := s.Media(ids[0]); ok {
		t.Error("oldest media kept past MaxMedia")
	}
	if m, ok := s.Media(ids[2]); !ok || string(m.Data) != "%PDF 2" || m.Filename != "f2.pdf" {
		t.Errorf("newest media %+v %v", m, ok)
	}
	upload(t, base, "f3.pdf", []byte("x"))
	if calls := s.Calls(); len(calls) != 3 || calls[0].MediaID != ids[1] {
		t.Errorf("calls not bounded to the newest 3: %+v", calls)
	}
	if a := post(t, base+"/555/media", "tok", "multipart/form-data; boundary=x", []byte("junk")); a.code() != 131053 {
		t.Errorf("malformed upload: %v", a.body)
	}
}

func TestServer_StatusCallbacks(t *testing.T) {
	type got struct {
		body []byte
		sig  string
	}
	var mu sync.Mutex
	var hooks []got
	done := make(chan struct{}, 10)
	s, base := newServer(t, func(o *Options) {
		o.StatusDelay = 5 * time.Millisecond
		o.AppSecret = "app-secret"
		o.StatusHook = func(ctx context.Context, body []byte, sig string) error {
			mu.Lock()
			hooks = append(hooks, got{body, sig})
			mu.Unlock()
			done <- struct{}{}
			return nil
		}
	})
	s.AddFault(Fault{To: "20199", Code: 131047, Async: true})
	a := post(t, base+"/555/messages", "tok", "application/json", []byte(`{"messaging_product":"whatsapp","to":"20100","type":"text","text":{"body":"فاتورتك"}}`))
	id := a.body["messages"].([]any)[0].(map[string]any)["id"].(string)
	b := post(t, base+"/555/messages", "tok", "application/json", []byte(`{"messaging_product":"whatsapp","to":"20199","type":"text","text":{"body":"late"}}`))
	if b.status != 200 {
		t.Fatalf("async fault must accept the send: %v", b.body)
	}
	failedID := b.body["messages"].([]any)[0].(map[string]any)["id"].(string)
	for range 4 {
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatal("status hook not called")
		}
	}
	mu.Lock()
	defer mu.Unlock()
	var seq []string
	for _, h := range hooks {
		if h.sig != Sign("app-secret", h.body) {
			t.Errorf("bad signature %s", h.sig)
		}
		var w Webhook
		if err := json.Unmarshal(h.body, &w); err != nil {
			t.Fatal(err)
		}
		if w.Object != "whatsapp_business_account" || w.Entry[0].Changes[0].Field != "messages" ||
			w.Entry[0].Changes[0].Value.Metadata.PhoneNumberID != "555" {
			t.Errorf("envelope %s", h.body)
		}
		st := w.Entry[0].Changes[0].Value.Statuses[0]
		switch st.ID {
		case id:
			seq = append(seq, st.Status)
		case failedID:
			if st.Status != "failed" || len(st.Errors) != 1 || st.Errors[0].Code != 131047 {
				t.Errorf("failed status %s", h.body)
			}
		}
	}
	if strings.Join(seq, ",") != "sent,delivered,read" {
		t.Errorf("statuses %v", seq)
	}
	if m, _ := s.Message(id); m.Status != "read" {
		t.Errorf("message status %q", m.Status)
	}
	if m, _ := s.Message(failedID); m.Status != "failed" || m.ErrorCode != 131047 {
		t.Errorf("failed message %+v", m)
	}
}

func TestOptions_Validate(t *testing.T) {
	for _, o := range []Options{
		{PhoneNumberID: "1"},
		{Token: "t"},
		{Token: "t", PhoneNumberID: "1", Prefix: "sim"},
		{Token: "t", PhoneNumberID: "1", Prefix: "/sim/"},
		{Token: "t", PhoneNumberID: "1", StatusHook: func(context.Context, []byte, string) error { return nil }},
	} {
		if _, err := New(o); err == nil {
			t.Errorf("accepted %+v", o)
		}
	}
}

func FuzzMetaJSON(f *testing.F) {
	f.Add("عايز دولاب 2/3 😀")
	f.Add("\xff\u2028</script>")
	f.Fuzz(func(t *testing.T, s string) {
		out := MetaJSON(map[string]string{"s": s})
		for _, c := range out {
			if c >= 0x80 {
				t.Fatalf("non-ASCII byte in %q", out)
			}
		}
		if bytes.Contains(bytes.ReplaceAll(out, []byte(`\/`), nil), []byte("/")) {
			t.Fatalf("unescaped slash in %q", out)
		}
		var back map[string]string
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("invalid JSON %q: %v", out, err)
		}
		if utf8.ValidString(s) && back["s"] != s {
			t.Fatalf("round trip %q -> %q", s, back["s"])
		}
	})
}
