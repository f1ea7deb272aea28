package whatsapp_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"fatoora/appliance/whatsapp"
	"fatoora/appliance/whatsapp/graphsim"
)

const (
	token   = "EAAtest-token"
	phoneID = "109876543210987"
	to      = "201001234567"
)

func start(t *testing.T, mod ...func(*whatsapp.Options)) (*graphsim.Server, *whatsapp.Client, *httptest.Server) {
	t.Helper()
	g, err := graphsim.New(graphsim.Options{Token: token, PhoneNumberID: phoneID})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(g.Close)
	hs := httptest.NewServer(g)
	t.Cleanup(hs.Close)
	o := whatsapp.Options{GraphURL: g.GraphURL(hs.URL), Token: token, PhoneNumberID: phoneID, Timeout: 5 * time.Second}
	for _, m := range mod {
		m(&o)
	}
	c, err := whatsapp.New(o)
	if err != nil {
		t.Fatal(err)
	}
	return g, c, hs
}

func lastBody(t *testing.T, g *graphsim.Server) map[string]any {
	t.Helper()
	calls := g.Calls()
	if len(calls) == 0 {
		t.Fatal("no call recorded")
	}
	var m map[string]any
	if err := json.Unmarshal(calls[len(calls)-1].Body, &m); err != nil {
		t.Fatalf("body: %v", err)
	}
	return m
}

func TestClient_SendText(t *testing.T) {
	g, c, _ := start(t)
	body := "أهلاً يا أحمد، عرض السعر جاهز: 12٬500 جنيه/متر"
	id, err := c.SendText(context.Background(), to, body, "wamid.IN1")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(id, "wamid.") {
		t.Errorf("wamid = %q", id)
	}
	m, ok := g.Message(id)
	if !ok {
		t.Fatal("message not recorded under the returned wamid")
	}
	if m.To != to || m.Type != "text" || m.Text != body || m.ReplyTo != "wamid.IN1" {
		t.Errorf("recorded %+v", m)
	}
	b := lastBody(t, g)
	if b["messaging_product"] != "whatsapp" || b["recipient_type"] != "individual" || b["to"] != to {
		t.Errorf("envelope %v", b)
	}
	if ctx, _ := b["context"].(map[string]any); ctx["message_id"] != "wamid.IN1" {
		t.Errorf("context %v", b["context"])
	}
	// Without replyTo there is no context at all.
	if _, err := c.SendText(context.Background(), to, "تمام", ""); err != nil {
		t.Fatal(err)
	}
	if _, has := lastBody(t, g)["context"]; has {
		t.Error("context sent without replyTo")
	}
}

func TestClient_UploadAndSendDocument(t *testing.T) {
	g, c, hs := start(t)
	ctx := context.Background()
	pdf := []byte("%PDF-1.7\n% فاتورة\n%%EOF\n")
	mid, err := c.UploadMedia(ctx, "فاتورة-INV-000123.pdf", "application/pdf", pdf)
	if err != nil {
		t.Fatal(err)
	}
	med, ok := g.Media(mid)
	if !ok || string(med.Data) != string(pdf) || med.MIMEType != "application/pdf" || med.Filename != "فاتورة-INV-000123.pdf" {
		t.Fatalf("stored media %+v ok=%v", med, ok)
	}
	id, err := c.SendDocument(ctx, to, mid, "INV-000123.pdf", "فاتورتك رقم INV-000123")
	if err != nil {
		t.Fatal(err)
	}
	m, _ := g.Message(id)
	if m.Document == nil || m.Document.MediaID != mid || m.Document.Filename != "INV-000123.pdf" || m.Document.Caption != "فاتورتك رقم INV-000123" {
		t.Errorf("document %+v", m.Document)
	}

	// The media can be looked up and downloaded the way Meta serves it.
	req, _ := http.NewRequest("GET", g.GraphURL(hs.URL)+"/"+mid, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var info struct {
		URL      string `json:"url"`
		MIMEType string `json:"mime_type"`
		FileSize int    `json:"file_size"`
		SHA256   string `json:"sha256"`
	}
	json.NewDecoder(resp.Body).Decode(&info)
	resp.Body.Close()
	if info.MIMEType != "application/pdf" || info.FileSize != len(pdf) || len(info.SHA256) != 64 {
		t.Fatalf("media info %+v", info)
	}
	req, _ = http.NewRequest("GET", info.URL, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	buf := make([]byte, 100)
	n, _ := resp.Body.Read(buf)
	if string(buf[:n]) != string(pdf) {
		t.Errorf("downloaded %q", buf[:n])
	}

	// Sending a document whose media was never uploaded is Meta's 100.
	_, err = c.SendDocument(ctx, to, "123456789", "x.pdf", "")
	var ae *whatsapp.APIError
	if !errors.As(err, &ae) || ae.Code != 100 || whatsapp.IsRetryable(err) {
		t.Errorf("unknown media: %v", err)
	}
}

func TestClient_SendButtons(t *testing.T) {
	g, c, _ := start(t)
	bs := []whatsapp.Button{{ID: "color:beige", Title: "بيج"}, {ID: "color:grey", Title: "رمادي فاتح"}, {ID: "cancel", Title: "إلغاء"}}
	id, err := c.SendButtons(context.Background(), to, "أي لون تحب؟", bs)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := g.Message(id)
	if m.Type != "interactive" || m.Interactive == nil || m.Interactive.Type != "button" || m.Interactive.Body != "أي لون تحب؟" {
		t.Fatalf("recorded %+v", m)
	}
	if len(m.Interactive.Buttons) != 3 || m.Interactive.Buttons[1] != (graphsim.Button{ID: "color:grey", Title: "رمادي فاتح"}) {
		t.Errorf("buttons %+v", m.Interactive.Buttons)
	}
	act := lastBody(t, g)["interactive"].(map[string]any)["action"].(map[string]any)
	b0 := act["buttons"].([]any)[0].(map[string]any)
	if b0["type"] != "reply" {
		t.Errorf("button wire shape %v", b0)
	}
}

func TestClient_SendList(t *testing.T) {
	g, c, _ := start(t)
	secs := []whatsapp.Section{
		{Title: "مطابخ", Rows: []whatsapp.Row{{ID: "sku:K-100", Title: "مطبخ زان", Description: "٤٥٠٠ جنيه للمتر، متاح"}}},
		{Title: "دواليب", Rows: []whatsapp.Row{{ID: "sku:W-200", Title: "دولاب MDF"}, {ID: "sku:W-201", Title: "دولاب زان"}}},
	}
	id, err := c.SendList(context.Background(), to, "دي البدائل المتاحة", "اختار", secs)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := g.Message(id)
	it := m.Interactive
	if it == nil || it.Type != "list" || it.ListButton != "اختار" || len(it.Sections) != 2 || len(it.Sections[1].Rows) != 2 {
		t.Fatalf("recorded %+v", it)
	}
	if it.Sections[0].Rows[0] != (graphsim.Row{ID: "sku:K-100", Title: "مطبخ زان", Description: "٤٥٠٠ جنيه للمتر، متاح"}) {
		t.Errorf("row %+v", it.Sections[0].Rows[0])
	}
}

func TestClient_MarkRead(t *testing.T) {
	g, c, _ := start(t)
	if err := c.MarkRead(context.Background(), "wamid.IN42", true); err != nil {
		t.Fatal(err)
	}
	if err := c.MarkRead(context.Background(), "wamid.IN43", false); err != nil {
		t.Fatal(err)
	}
	rm := g.ReadMarks()
	if len(rm) != 2 || rm[0].MessageID != "wamid.IN42" || !rm[0].Typing || rm[1].Typing {
		t.Errorf("read marks %+v", rm)
	}
	if b := lastBody(t, g); b["status"] != "read" || b["messaging_product"] != "whatsapp" {
		t.Errorf("read body %v", b)
	}
}

func TestClient_Limits(t *testing.T) {
	g, c, _ := start(t)
	ctx := context.Background()
	long := func(n int) string { return strings.Repeat("ب", n) }
	rowsFrom := func(prefix string, n int) []whatsapp.Row {
		var rs []whatsapp.Row
		for i := range n {
			rs = append(rs, whatsapp.Row{ID: prefix + string(rune('a'+i)), Title: "صف"})
		}
		return rs
	}
	rows := func(n int) []whatsapp.Row { return rowsFrom("r", n) }
	tests := []struct {
		name string
		send func() error
		ok   bool
	}{
		{"text at 4096 runes", func() error { _, e := c.SendText(ctx, to, long(4096), ""); return e }, true},
		{"text at 4097 runes", func() error { _, e := c.SendText(ctx, to, long(4097), ""); return e }, false},
		{"blank text", func() error { _, e := c.SendText(ctx, to, "  ", ""); return e }, false},
		{"no recipient", func() error { _, e := c.SendText(ctx, "", "x", ""); return e }, false},
		{"invalid utf-8", func() error { _, e := c.SendText(ctx, to, "\xff", ""); return e }, false},
		{"caption 1025", func() error { _, e := c.SendDocument(ctx, to, "1", "a.pdf", long(1025)); return e }, false},
		{"4 buttons", func() error {
			_, e := c.SendButtons(ctx, to, "x", []whatsapp.Button{{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}})
			return e
		}, false},
		{"button title 20", func() error { _, e := c.SendButtons(ctx, to, "x", []whatsapp.Button{{"a", long(20)}}); return e }, true},
		{"button title 21", func() error { _, e := c.SendButtons(ctx, to, "x", []whatsapp.Button{{"a", long(21)}}); return e }, false},
		{"button id 257", func() error {
			_, e := c.SendButtons(ctx, to, "x", []whatsapp.Button{{strings.Repeat("i", 257), "a"}})
			return e
		}, false},
		{"duplicate button title", func() error {
			_, e := c.SendButtons(ctx, to, "x", []whatsapp.Button{{"a", "نعم"}, {"b", "نعم"}})
			return e
		}, false},
		{"10 rows", func() error {
			_, e := c.SendList(ctx, to, "x", "اختار", []whatsapp.Section{{Rows: rows(10)}})
			return e
		}, true},
		{"11 rows over two sections", func() error {
			_, e := c.SendList(ctx, to, "x", "اختار", []whatsapp.Section{{Title: "a", Rows: rowsFrom("a", 6)}, {Title: "b", Rows: rowsFrom("b", 5)}})
			return e
		}, false},
		{"row title 25", func() error {
			_, e := c.SendList(ctx, to, "x", "اختار", []whatsapp.Section{{Rows: []whatsapp.Row{{ID: "a", Title: long(25)}}}})
			return e
		}, false},
		{"row description 73", func() error {
			_, e := c.SendList(ctx, to, "x", "اختار", []whatsapp.Section{{Rows: []whatsapp.Row{{ID: "a", Title: "a", Description: long(73)}}}})
			return e
		}, false},
		{"two sections without titles", func() error {
			_, e := c.SendList(ctx, to, "x", "اختار", []whatsapp.Section{{Rows: rowsFrom("a", 1)}, {Rows: rowsFrom("b", 1)}})
			return e
		}, false},
		{"list button 21", func() error {
			_, e := c.SendList(ctx, to, "x", long(21), []whatsapp.Section{{Rows: rows(1)}})
			return e
		}, false},
		{"empty upload", func() error { _, e := c.UploadMedia(ctx, "a.pdf", "application/pdf", nil); return e }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := len(g.Calls())
			err := tc.send()
			if tc.ok {
				if err != nil {
					t.Fatalf("want accepted, got %v", err)
				}
				return
			}
			if !errors.Is(err, whatsapp.ErrLimit) {
				t.Fatalf("want ErrLimit, got %v", err)
			}
			if whatsapp.IsRetryable(err) {
				t.Error("a limit error must not be retryable")
			}
			if n := len(g.Calls()); n != before {
				t.Errorf("a refused request reached the server (%d calls, was %d)", n, before)
			}
		})
	}
}

func TestClient_ErrorClassification(t *testing.T) {
	tests := []struct {
		name          string
		fault         graphsim.Fault
		status, code  int
		retry         bool
		outside       bool
		undeliverable bool
		backoff       time.Duration
	}{
		{"http 500", graphsim.FailHTTP(1, 500), 500, 2, true, false, false, 0},
		{"503 decided by status", graphsim.Fault{Times: 1, HTTPStatus: 503, Code: 100}, 503, 100, true, false, false, 0},
		{"throughput 130429", graphsim.FailCode(1, 130429), 400, 130429, true, false, false, time.Second},
		{"pair rate 131056", graphsim.FailCode(1, 131056), 400, 131056, true, false, false, 6 * time.Second},
		{"window 131047", graphsim.FailRecipient(to, 131047), 400, 131047, false, true, false, 0},
		{"undeliverable 131026", graphsim.FailRecipient(to, 131026), 400, 131026, false, false, true, 0},
		{"param 100", graphsim.FailCode(1, 100), 400, 100, false, false, false, 0},
		{"value 131009", graphsim.FailCode(1, 131009), 400, 131009, false, false, false, 0},
		{"token 190", graphsim.FailCode(1, 190), 401, 190, false, false, false, 0},
		{"proxy page 502", graphsim.Fault{Times: 1, HTTPStatus: 502, Body: "<html>Bad Gateway</html>"}, 502, 0, true, false, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, c, _ := start(t)
			g.AddFault(tc.fault)
			_, err := c.SendText(context.Background(), to, "السلام عليكم", "")
			var ae *whatsapp.APIError
			if !errors.As(err, &ae) {
				t.Fatalf("want *APIError, got %T %v", err, err)
			}
			if ae.HTTPStatus != tc.status || ae.Code != tc.code {
				t.Errorf("status %d code %d, want %d %d (%v)", ae.HTTPStatus, ae.Code, tc.status, tc.code, err)
			}
			if got := whatsapp.IsRetryable(err); got != tc.retry {
				t.Errorf("IsRetryable = %v", got)
			}
			if got := whatsapp.OutsideWindow(err); got != tc.outside {
				t.Errorf("OutsideWindow = %v", got)
			}
			if got := whatsapp.Undeliverable(err); got != tc.undeliverable {
				t.Errorf("Undeliverable = %v", got)
			}
			if got := ae.MinBackoff(); got != tc.backoff {
				t.Errorf("MinBackoff = %v", got)
			}
			if tc.code != 0 && (ae.FBTraceID == "" || ae.Message == "" || ae.Type == "") {
				t.Errorf("Meta fields not parsed: %+v", ae)
			}
			if tc.code == 0 && !strings.Contains(ae.Message, "Bad Gateway") {
				t.Errorf("non-Meta body not kept: %q", ae.Message)
			}
		})
	}
}

func TestClient_WrongToken(t *testing.T) {
	_, c, _ := start(t, func(o *whatsapp.Options) { o.Token = "expired" })
	err := c.MarkRead(context.Background(), "wamid.X", false)
	var ae *whatsapp.APIError
	if !errors.As(err, &ae) || ae.Code != 190 || ae.HTTPStatus != 401 || whatsapp.IsRetryable(err) {
		t.Fatalf("want permanent 190, got %v", err)
	}
}

func TestClient_WrongPhoneNumberID(t *testing.T) {
	_, c, _ := start(t, func(o *whatsapp.Options) { o.PhoneNumberID = "111" })
	_, err := c.SendText(context.Background(), to, "x", "")
	var ae *whatsapp.APIError
	if !errors.As(err, &ae) || ae.Code != 100 || ae.Subcode != 33 {
		t.Fatalf("want 100/33, got %v", err)
	}
}

func TestClient_FaultCountsDown(t *testing.T) {
	g, c, _ := start(t)
	g.AddFault(graphsim.FailHTTP(2, 500))
	ctx := context.Background()
	for i := range 2 {
		if _, err := c.SendText(ctx, to, "x", ""); !whatsapp.IsRetryable(err) {
			t.Fatalf("call %d: want retryable failure, got %v", i, err)
		}
	}
	if _, err := c.SendText(ctx, to, "x", ""); err != nil {
		t.Fatalf("third call: %v", err)
	}
	if n := len(g.Messages()); n != 1 {
		t.Errorf("%d messages accepted, want 1", n)
	}
}

func TestClient_TransportErrors(t *testing.T) {
	t.Run("timeout", func(t *testing.T) {
		g, c, _ := start(t, func(o *whatsapp.Options) { o.Timeout = 50 * time.Millisecond })
		g.SetLatency(time.Second)
		_, err := c.SendText(context.Background(), to, "x", "")
		var te *whatsapp.TransportError
		if !errors.As(err, &te) || !whatsapp.IsRetryable(err) {
			t.Fatalf("want retryable transport error, got %v", err)
		}
	})
	t.Run("refused", func(t *testing.T) {
		_, c, hs := start(t)
		hs.Close()
		_, err := c.SendText(context.Background(), to, "x", "")
		if !whatsapp.IsRetryable(err) {
			t.Fatalf("want retryable, got %v", err)
		}
	})
	t.Run("caller cancelled", func(t *testing.T) {
		g, c, _ := start(t)
		g.SetLatency(time.Second)
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(20*time.Millisecond, cancel)
		_, err := c.SendText(ctx, to, "x", "")
		if err == nil || !errors.Is(err, context.Canceled) {
			t.Fatalf("want context.Canceled, got %v", err)
		}
		if whatsapp.IsRetryable(err) {
			t.Error("a send the caller cancelled must not be retryable")
		}
	})
}

func TestOptions_Validate(t *testing.T) {
	good := whatsapp.Options{Token: "t", PhoneNumberID: "1"}
	if err := good.Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	bad := []whatsapp.Options{
		{PhoneNumberID: "1"},
		{Token: "t"},
		{Token: "t", PhoneNumberID: "1/2"},
		{Token: "t", PhoneNumberID: "1", GraphURL: "graph.facebook.com/v25.0"},
		{Token: "t", PhoneNumberID: "1", GraphURL: "ftp://x/v25.0"},
		{Token: "t", PhoneNumberID: "1", GraphURL: "https://x/v25.0?a=b"},
		{Token: "t", PhoneNumberID: "1", Timeout: -1},
	}
	for i, o := range bad {
		if err := o.Validate(); err == nil {
			t.Errorf("%d: %+v accepted", i, o)
		}
		if _, err := whatsapp.New(o); err == nil {
			t.Errorf("%d: New accepted %+v", i, o)
		}
	}
}

func TestClient_UploadFilenameQuoting(t *testing.T) {
	g, c, _ := start(t)
	name := `عرض "خاص" \ 1.pdf`
	mid, err := c.UploadMedia(context.Background(), name, "application/pdf", []byte("%PDF"))
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := g.Media(mid); m.Filename != name {
		t.Errorf("filename %q", m.Filename)
	}
}

// BenchmarkClient_SendText measures one text send over loopback HTTP to the
// stand-in (JSON encode, request, Meta-style validation, answer, decode).
func BenchmarkClient_SendText(b *testing.B) {
	g, err := graphsim.New(graphsim.Options{Token: token, PhoneNumberID: phoneID, MaxCalls: 100, MaxMessages: 100})
	if err != nil {
		b.Fatal(err)
	}
	defer g.Close()
	hs := httptest.NewServer(g)
	defer hs.Close()
	c, _ := whatsapp.New(whatsapp.Options{GraphURL: g.GraphURL(hs.URL), Token: token, PhoneNumberID: phoneID})
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.SendText(ctx, to, "فاتورتك رقم INV-000123 جاهزة", ""); err != nil {
			b.Fatal(err)
		}
	}
}

// TestClient_UploadSentWithItsLength: the upload's body (its parts'
// headers, the file and the closing boundary) goes out with its length, not
// chunked, and whole, below and above the transport's 64 KB write buffer.
func TestClient_UploadSentWithItsLength(t *testing.T) {
	g, err := graphsim.New(graphsim.Options{Token: token, PhoneNumberID: phoneID})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(g.Close)
	var mu sync.Mutex
	var lengths []int64
	var chunked bool
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/media") {
			mu.Lock()
			lengths = append(lengths, r.ContentLength)
			chunked = chunked || len(r.TransferEncoding) > 0
			mu.Unlock()
		}
		g.ServeHTTP(w, r)
	}))
	t.Cleanup(hs.Close)
	c, err := whatsapp.New(whatsapp.Options{GraphURL: g.GraphURL(hs.URL), Token: token, PhoneNumberID: phoneID, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	for i, size := range []int{40 << 10, 100 << 10, 10} { // under, over the 64 KB write buffer, tiny
		pdf := bytes.Repeat([]byte("%PDF-1.7 فاتورة\n"), size/18+1)
		mid, err := c.UploadMedia(context.Background(), "فاتورة.pdf", "application/pdf", pdf)
		if err != nil {
			t.Fatalf("upload %d: %v", i, err)
		}
		if med, ok := g.Media(mid); !ok || !bytes.Equal(med.Data, pdf) || med.Filename != "فاتورة.pdf" {
			t.Fatalf("upload %d: stored %d bytes (ok=%v), sent %d", i, len(med.Data), ok, len(pdf))
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if chunked || len(lengths) != 3 {
		t.Fatalf("uploads seen %d, chunked %v", len(lengths), chunked)
	}
	for i, n := range lengths {
		if n <= 0 {
			t.Errorf("upload %d sent without its length (%d)", i, n)
		}
	}
}
