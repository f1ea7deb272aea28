package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"fatoora/appliance/ingest"
	"fatoora/appliance/queue"
	"fatoora/appliance/store"

	bolt "go.etcd.io/bbolt"
)

const customer = "201001234567"

func msg(id, typ, body string) string {
	return fmt.Sprintf(`{"from":%q,"id":%q,"timestamp":"1764000000","type":%q%s}`, customer, id, typ, body)
}

type shape struct {
	name  string
	id    string
	msg   string
	check func(t *testing.T, m ingest.Message)
}

func shapes() []shape {
	eq := func(t *testing.T, what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", what, got, want)
		}
	}
	return []shape{
		{"text", "wamid.TEXT1", msg("wamid.TEXT1", "text", `,"text":{"body":"عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم / لون رمادي"}`),
			func(t *testing.T, m ingest.Message) {
				eq(t, "text", m.Text, "عايز دولاب مطبخ خشب زان، مقاس 2 متر في 120 سم / لون رمادي")
			}},
		{"image with caption", "wamid.IMG1", msg("wamid.IMG1", "image", `,"image":{"caption":"زي ده بالظبط","mime_type":"image/jpeg","sha256":"c2hh","id":"MEDIA1"}`),
			func(t *testing.T, m ingest.Message) {
				eq(t, "caption", m.Text, "زي ده بالظبط")
				if m.Media == nil || m.Media.ID != "MEDIA1" || m.Media.MimeType != "image/jpeg" {
					t.Errorf("media = %+v", m.Media)
				}
			}},
		{"document", "wamid.DOC1", msg("wamid.DOC1", "document", `,"document":{"caption":"المقاسات","filename":"kitchen/plan.pdf","mime_type":"application/pdf","sha256":"ZA==","id":"MEDIA2"}`),
			func(t *testing.T, m ingest.Message) {
				eq(t, "caption", m.Text, "المقاسات")
				if m.Media == nil || m.Media.Filename != "kitchen/plan.pdf" || m.Media.MimeType != "application/pdf" {
					t.Errorf("media = %+v", m.Media)
				}
			}},
		{"voice note", "wamid.VOICE1", msg("wamid.VOICE1", "audio", `,"audio":{"mime_type":"audio/ogg; codecs=opus","sha256":"dg==","id":"MEDIA3","voice":true}`),
			func(t *testing.T, m ingest.Message) {
				if m.Media == nil || !m.Media.Voice || m.Media.ID != "MEDIA3" {
					t.Errorf("media = %+v", m.Media)
				}
			}},
		{"location", "wamid.LOC1", msg("wamid.LOC1", "location", `,"location":{"latitude":30.0444,"longitude":31.2357,"name":"المعرض","address":"شارع التسعين، القاهرة الجديدة","url":"https://maps.example/x"}`),
			func(t *testing.T, m ingest.Message) {
				if m.Location == nil || m.Location.Latitude != 30.0444 || m.Location.Longitude != 31.2357 || m.Location.Name != "المعرض" || m.Location.URL != "https://maps.example/x" {
					t.Errorf("location = %+v", m.Location)
				}
			}},
		{"button reply", "wamid.BTN1", msg("wamid.BTN1", "interactive", `,"context":{"from":"201000000000","id":"wamid.OUT1"},"interactive":{"type":"button_reply","button_reply":{"id":"confirm:ord-1","title":"تأكيد الطلب"}}`),
			func(t *testing.T, m ingest.Message) {
				eq(t, "reply id", m.ReplyID, "confirm:ord-1")
				eq(t, "title", m.Text, "تأكيد الطلب")
				eq(t, "context", m.ContextID, "wamid.OUT1")
			}},
		{"list reply", "wamid.LIST1", msg("wamid.LIST1", "interactive", `,"context":{"from":"201000000000","id":"wamid.OUT2"},"interactive":{"type":"list_reply","list_reply":{"id":"color:gray","title":"رمادي فاتح","description":"خشب زان"}}`),
			func(t *testing.T, m ingest.Message) {
				eq(t, "reply id", m.ReplyID, "color:gray")
				eq(t, "title", m.Text, "رمادي فاتح")
				eq(t, "context", m.ContextID, "wamid.OUT2")
			}},
		{"template button", "wamid.TPL1", msg("wamid.TPL1", "button", `,"context":{"from":"201000000000","id":"wamid.OUT3"},"button":{"payload":"PAY_NOW","text":"ادفع الآن"}`),
			func(t *testing.T, m ingest.Message) {
				eq(t, "payload", m.ReplyID, "PAY_NOW")
				eq(t, "text", m.Text, "ادفع الآن")
				eq(t, "context", m.ContextID, "wamid.OUT3")
			}},
		{"reaction", "wamid.REACT1", msg("wamid.REACT1", "reaction", `,"reaction":{"message_id":"wamid.OUT1","emoji":"👍"}`),
			func(t *testing.T, m ingest.Message) {
				if m.Reaction == nil || m.Reaction.MessageID != "wamid.OUT1" || m.Reaction.Emoji != "👍" {
					t.Errorf("reaction = %+v", m.Reaction)
				}
			}},
		{"unsupported", "wamid.UNS1", msg("wamid.UNS1", "unsupported", `,"errors":[{"code":131051,"title":"Message type unknown","message":"Message type unknown","error_data":{"details":"Message type is currently not supported."}}]`),
			func(t *testing.T, m ingest.Message) {
				if len(m.Errors) != 1 || m.Errors[0].Code != 131051 || m.Errors[0].Details == "" {
					t.Errorf("errors = %+v", m.Errors)
				}
			}},
		{"unknown type", "wamid.ORDER1", msg("wamid.ORDER1", "order", `,"order":{"catalog_id":"C1","product_items":[{"product_retailer_id":"SKU1","quantity":2,"item_price":100,"currency":"EGP"}]}`),
			func(t *testing.T, m ingest.Message) {
				eq(t, "type", m.Type, "order")
				if !strings.Contains(string(m.Raw), "product_retailer_id") {
					t.Errorf("raw lost the order: %s", m.Raw)
				}
			}},
		{"known type, unexpected shape", "wamid.ODD1", msg("wamid.ODD1", "text", `,"text":"a string where an object belongs"`),
			func(t *testing.T, m ingest.Message) {
				eq(t, "type", m.Type, "text")
				eq(t, "from", m.From, customer)
			}},
	}
}

func TestIngester_AcceptEveryShape(t *testing.T) {
	db := openStore(t)
	var committed []ingest.Result
	in := newIngester(t, db, ingest.Options{OnCommitted: func(r ingest.Result) { committed = append(committed, r) }})
	srv := server(t, in)

	var bodies [][]byte
	for _, s := range shapes() {
		body := metaEscape(envelope(contact(customer, "أحمد سمير"), s.msg, ""))
		bodies = append(bodies, body)
		code, resp := post(t, srv, body, ingest.Sign(secret, body))
		if code != http.StatusOK {
			t.Fatalf("%s: status %d %s", s.name, code, resp)
		}
		t.Run(s.name, func(t *testing.T) {
			var m ingest.Message
			err := db.View(func(tx *bolt.Tx) error {
				var ok bool
				var err error
				m, ok, err = ingest.LoadMessage(tx, s.id)
				if !ok {
					return errors.New("not stored")
				}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if m.ID != s.id || m.From != customer || m.Customer != customer || m.ProfileName != "أحمد سمير" || m.PhoneNumberID != "PNID1" {
				t.Errorf("identity: %+v", m)
			}
			if !m.Timestamp.Equal(time.Unix(1764000000, 0)) || m.Payload == 0 || m.ReceivedAt.IsZero() || len(m.Raw) == 0 {
				t.Errorf("bookkeeping: ts=%v payload=%d received=%v raw=%d", m.Timestamp, m.Payload, m.ReceivedAt, len(m.Raw))
			}
			s.check(t, m)
		})
	}
	statuses := []string{
		`{"id":"wamid.OUT1","status":"sent","timestamp":"1764000100","recipient_id":"201001234567"}`,
		`{"id":"wamid.OUT1","status":"delivered","timestamp":"1764000101","recipient_id":"201001234567"}`,
		`{"id":"wamid.OUT1","status":"read","timestamp":"1764000102","recipient_id":"201001234567"}`,
		`{"id":"wamid.OUT9","status":"failed","timestamp":"1764000103","recipient_id":"201001234567","errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message","error_data":{"details":"more than 24 hours"}}]}`,
	}
	for _, st := range statuses {
		body := metaEscape(envelope("", "", st))
		bodies = append(bodies, body)
		if code, resp := post(t, srv, body, ingest.Sign(secret, body)); code != http.StatusOK {
			t.Fatalf("status %s: %d %s", st, code, resp)
		}
	}

	n := len(shapes())
	if got := countBucket(t, db, store.BucketMessages); got != n {
		t.Errorf("messages = %d, want %d", got, n)
	}
	if got := countBucket(t, db, store.BucketPayloads); got != len(bodies) {
		t.Errorf("payloads = %d, want %d", got, len(bodies))
	}
	var items []queue.Item
	if err := db.View(func(tx *bolt.Tx) (err error) { items, err = queue.List(tx); return }); err != nil {
		t.Fatal(err)
	}
	refs := map[string]int{}
	for _, it := range items {
		if it.Kind != queue.KindUnderstand {
			t.Errorf("queue kind %q", it.Kind)
		}
		refs[it.Ref]++
	}
	for _, s := range shapes() {
		if refs[s.id] != 1 {
			t.Errorf("understand items for %s = %d, want 1", s.id, refs[s.id])
		}
	}
	if len(items) != n {
		t.Errorf("queue items = %d, want %d", len(items), n)
	}
	if len(committed) != len(bodies) {
		t.Errorf("OnCommitted called %d times, want %d", len(committed), len(bodies))
	}
	var statusIDs []string
	for _, r := range committed {
		statusIDs = append(statusIDs, r.StatusIDs...)
	}
	if strings.Join(statusIDs, ",") != "wamid.OUT1,wamid.OUT1,wamid.OUT1,wamid.OUT9" {
		t.Errorf("status ids reported = %v", statusIDs)
	}
	checkStatus(t, db, "wamid.OUT1", "read", 3)
	s9 := checkStatus(t, db, "wamid.OUT9", "failed", 1)
	if len(s9.Errors) != 1 || s9.Errors[0].Code != 131047 {
		t.Errorf("failed status errors = %+v", s9.Errors)
	}
	hearQueued(t, db) // the customer appears in the pipeline's commit (issue 16)
	var c ingest.Customer
	if err := db.View(func(tx *bolt.Tx) (err error) { c, _, err = ingest.LoadCustomer(tx, customer); return }); err != nil {
		t.Fatal(err)
	}
	if c.Name != "أحمد سمير" || c.WaID != customer || !c.LastInbound.Equal(time.Unix(1764000000, 0)) || c.FirstSeen.IsZero() {
		t.Errorf("customer = %+v", c)
	}

	// The hook can be replaced after construction (the box does).
	var later []ingest.Result
	in.SetOnCommitted(func(r ingest.Result) { later = append(later, r) })
	// Meta retries: posting everything again stores nothing new.
	before := snapshot(t, db)
	committed = nil
	for _, body := range bodies {
		if code, resp := post(t, srv, body, ingest.Sign(secret, body)); code != http.StatusOK {
			t.Fatalf("repost: %d %s", code, resp)
		}
	}
	if d := diffKeys(before, snapshot(t, db)); len(d) > 0 {
		t.Errorf("reposting changed the store: %v", d)
	}
	if len(committed) != 0 || len(later) != 0 {
		t.Errorf("OnCommitted called on duplicates: %+v %+v", committed, later)
	}

	// The same messages and statuses inside new bodies (Meta may batch a
	// retry differently): new payloads, but no new message, status or item.
	before = snapshot(t, db)
	var all []string
	for _, s := range shapes() {
		all = append(all, s.msg)
	}
	body := metaEscape(envelope(contact(customer, "أحمد سمير"), strings.Join(all, ","), strings.Join(statuses, ",")))
	res, err := in.Accept(context.Background(), body, ingest.Sign(secret, body), "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.NewMessages) != 0 || res.DuplicateMessages != n || res.Statuses != 0 || res.Duplicate {
		t.Errorf("rebatched result = %+v", res)
	}
	after := snapshot(t, db)
	for _, k := range diffKeys(before, after) {
		if !strings.HasPrefix(k, "payloads/") && !strings.HasPrefix(k, "payload_digests/") {
			t.Errorf("rebatched body changed %s", k)
		}
	}
	fresh := metaEscape(envelope(contact(customer, "أحمد سمير"), msg("wamid.NEW1", "text", `,"text":{"body":"وكمان ترابيزة"}`), ""))
	if _, err := in.Accept(context.Background(), fresh, ingest.Sign(secret, fresh), "test"); err != nil {
		t.Fatal(err)
	}
	if len(later) != 1 || len(later[0].NewMessages) != 1 || later[0].NewMessages[0] != "wamid.NEW1" {
		t.Errorf("replaced hook got %+v", later)
	}
}

func checkStatus(t *testing.T, db *store.DB, id, want string, events int) ingest.Status {
	t.Helper()
	var s ingest.Status
	var ok bool
	if err := db.View(func(tx *bolt.Tx) (err error) { s, ok, err = ingest.LoadStatus(tx, id); return }); err != nil {
		t.Fatal(err)
	}
	if !ok || s.Status != want || len(s.Events) != events {
		t.Errorf("status %s = %q with %d events (found %v), want %q with %d", id, s.Status, len(s.Events), ok, want, events)
	}
	return s
}

func TestIngester_AcceptBatch(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	srv := server(t, in)
	// Two entries, three changes, two customers, messages and statuses
	// mixed, one message repeated inside the same body.
	body := metaEscape(`{"object":"whatsapp_business_account","entry":[` +
		`{"id":"W1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"1","phone_number_id":"P"},` +
		`"contacts":[{"profile":{"name":"منى"},"wa_id":"201111111111"},{"profile":{"name":"كريم"},"wa_id":"201222222222"}],` +
		`"messages":[{"from":"201111111111","id":"wamid.B1","timestamp":"1764000001","type":"text","text":{"body":"عايزة ترابيزة سفرة"}},` +
		`{"from":"201222222222","id":"wamid.B2","timestamp":"1764000002","type":"text","text":{"body":"بكام الكنبة؟"}},` +
		`{"from":"201111111111","id":"wamid.B1","timestamp":"1764000001","type":"text","text":{"body":"عايزة ترابيزة سفرة"}}],` +
		`"statuses":[{"id":"wamid.S1","status":"delivered","timestamp":"1764000010","recipient_id":"201111111111"}]}},` +
		`{"field":"account_update","value":{"event":"VERIFIED_ACCOUNT"}}]},` +
		`{"id":"W2","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"1","phone_number_id":"P"},` +
		`"statuses":[{"id":"wamid.S1","status":"sent","timestamp":"1764000009","recipient_id":"201111111111"},` +
		`{"id":"wamid.S2","status":"read","timestamp":"1764000011","recipient_id":"201222222222"}]}}]}]}`)
	code, _ := post(t, srv, body, ingest.Sign(secret, body))
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if got := countBucket(t, db, store.BucketMessages); got != 2 {
		t.Errorf("messages = %d, want 2", got)
	}
	if got := queueLen(t, db); got != 2 {
		t.Errorf("queue = %d, want 2", got)
	}
	hearQueued(t, db) // the customers appear in the pipeline's commit (issue 16)
	if got := countCustomers(t, db); got != 2 {
		t.Errorf("customers = %d, want 2", got)
	}
	// sent arrived after delivered: the status stays delivered.
	checkStatus(t, db, "wamid.S1", "delivered", 2)
	checkStatus(t, db, "wamid.S2", "read", 1)
	var m ingest.Message
	if err := db.View(func(tx *bolt.Tx) (err error) { m, _, err = ingest.LoadMessage(tx, "wamid.B2"); return }); err != nil {
		t.Fatal(err)
	}
	if m.ProfileName != "كريم" || m.Text != "بكام الكنبة؟" {
		t.Errorf("B2 = %+v", m)
	}
	before := snapshot(t, db)
	if code, _ := post(t, srv, body, ingest.Sign(secret, body)); code != http.StatusOK {
		t.Fatal(code)
	}
	if d := diffKeys(before, snapshot(t, db)); len(d) > 0 {
		t.Errorf("repost changed %v", d)
	}
}

func TestIngester_StatusNeverMovesBackwards(t *testing.T) {
	orders := [][]string{
		{"sent", "delivered", "read"},
		{"read", "delivered", "sent"},
		{"delivered", "sent", "read"},
		{"sent", "read"},
		{"read", "failed"},
		{"sent", "failed"},
		{"failed", "sent"},
	}
	want := []string{"read", "read", "read", "read", "read", "failed", "failed"}
	for i, seq := range orders {
		t.Run(strings.Join(seq, ">"), func(t *testing.T) {
			db := openStore(t)
			in := newIngester(t, db, ingest.Options{})
			for j, st := range seq {
				body := []byte(envelope("", "", fmt.Sprintf(`{"id":"wamid.X","status":%q,"timestamp":"%d","recipient_id":"2010"}`, st, 1764000000+j)))
				if _, err := in.Accept(context.Background(), body, ingest.Sign(secret, body), "test"); err != nil {
					t.Fatal(err)
				}
			}
			checkStatus(t, db, "wamid.X", want[i], len(seq))
		})
	}
}

func TestIngester_SignatureOverMetaSerialisation(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	srv := server(t, in)
	text := "عايز مطبخ 3 متر و 20 سم / لون بيج 👌"
	body := metaEscape(envelope(contact(customer, "سارة"), msg("wamid.AR1", "text", fmt.Sprintf(`,"text":{"body":%q}`, text)), ""))
	if !strings.Contains(string(body), `\u0639\u0627\u064a\u0632`) || !strings.Contains(string(body), `\/`) || !strings.Contains(string(body), `\ud83d\udc4c`) {
		t.Fatalf("fixture not in Meta's wire form: %s", body)
	}
	sig := ingest.Sign(secret, body)

	// The same JSON re-encoded by Go is different bytes: a verifier that
	// re-encoded would reject Meta's real signature.
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatal(err)
	}
	reenc, _ := json.Marshal(v)
	if ingest.Verify(secret, reenc, sig) {
		t.Fatal("re-encoded body verified: the fixture does not exercise raw-byte verification")
	}
	if code, _ := post(t, srv, reenc, sig); code != http.StatusUnauthorized {
		t.Errorf("re-encoded body: %d, want 401", code)
	}
	if code, resp := post(t, srv, body, sig); code != http.StatusOK {
		t.Fatalf("raw body: %d %s", code, resp)
	}
	var m ingest.Message
	if err := db.View(func(tx *bolt.Tx) (err error) { m, _, err = ingest.LoadMessage(tx, "wamid.AR1"); return }); err != nil {
		t.Fatal(err)
	}
	if m.Text != text || m.ProfileName != "سارة" {
		t.Errorf("decoded %q / %q", m.Text, m.ProfileName)
	}
	// The stored payload is the exact bytes, so it can be re-verified.
	var p ingest.Payload
	if err := db.View(func(tx *bolt.Tx) (err error) { p, _, err = ingest.LoadPayload(tx, m.Payload); return }); err != nil {
		t.Fatal(err)
	}
	if string(p.Body) != string(body) || !ingest.Verify(secret, p.Body, p.Signature) {
		t.Error("stored payload is not the signed bytes")
	}
	// The handler makes the record where it read the body: the header too.
	if p.Source != "webhook" || p.Signature != sig || !p.ReceivedAt.Equal(m.ReceivedAt) {
		t.Errorf("stored payload header: source %q, signature %q, received %v (message %v)", p.Source, p.Signature, p.ReceivedAt, m.ReceivedAt)
	}
	// Uppercase hex is the same MAC.
	if !ingest.Verify(secret, body, "sha256="+strings.ToUpper(strings.TrimPrefix(sig, "sha256="))) {
		t.Error("uppercase hex rejected")
	}
}

func TestHandler_Rejects(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{MaxBodyBytes: 64 << 10})
	srv := server(t, in)
	good := metaEscape(envelope(contact(customer, "x"), msg("wamid.R1", "text", `,"text":{"body":"سلام"}`), ""))
	other := ingest.Sign([]byte("another secret"), good)
	big := []byte(envelope("", msg("wamid.BIG", "text", `,"text":{"body":"`+strings.Repeat("ا", 40<<10)+`"}`), ""))
	cases := []struct {
		name string
		body []byte
		sig  string
		want int
	}{
		{"missing signature", good, "", http.StatusUnauthorized},
		{"wrong secret", good, other, http.StatusUnauthorized},
		{"no sha256= prefix", good, strings.TrimPrefix(ingest.Sign(secret, good), "sha256="), http.StatusUnauthorized},
		{"truncated hex", good, ingest.Sign(secret, good)[:40], http.StatusUnauthorized},
		{"not hex", good, "sha256=" + strings.Repeat("zz", 32), http.StatusUnauthorized},
		{"signature of another body", good, ingest.Sign(secret, []byte(`{}`)), http.StatusUnauthorized},
		{"malformed JSON", []byte(`{"object":"whatsapp_business_account","entry":[`), ingest.Sign(secret, []byte(`{"object":"whatsapp_business_account","entry":[`)), http.StatusBadRequest},
		{"not an object", []byte(`[1,2,3]`), ingest.Sign(secret, []byte(`[1,2,3]`)), http.StatusBadRequest},
		{"empty object", []byte(`{}`), ingest.Sign(secret, []byte(`{}`)), http.StatusBadRequest},
		{"wrong field types", []byte(`{"object":"whatsapp_business_account","entry":"x"}`), ingest.Sign(secret, []byte(`{"object":"whatsapp_business_account","entry":"x"}`)), http.StatusBadRequest},
		{"over the limit", big, ingest.Sign(secret, big), http.StatusRequestEntityTooLarge},
	}
	before := snapshot(t, db)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if code, resp := post(t, srv, c.body, c.sig); code != c.want {
				t.Errorf("status %d (%s), want %d", code, resp, c.want)
			}
		})
	}
	if d := diffKeys(before, snapshot(t, db)); len(d) > 0 {
		t.Errorf("rejected posts stored %v", d)
	}
	// Over the limit without Content-Length (chunked) is caught while reading.
	pr, pw := io.Pipe()
	go func() { pw.Write(big); pw.Close() }()
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/webhook/whatsapp", pr)
	req.Header.Set("X-Hub-Signature-256", ingest.Sign(secret, big))
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked over limit: %d", resp.StatusCode)
	}
	// Accept itself enforces the limit for non-HTTP sources (the relay).
	if _, err := in.Accept(context.Background(), big, ingest.Sign(secret, big), "relay"); !errors.Is(err, ingest.ErrTooLarge) {
		t.Errorf("Accept over limit: %v", err)
	}
	if code, _ := post(t, srv, good, ingest.Sign(secret, good)); code != http.StatusOK {
		t.Errorf("good body after rejections: %d", code)
	}
	st := in.Stats()
	if st.BadSignature < 6 || st.Malformed < 4 || st.Accepted != 1 {
		t.Errorf("stats = %+v", st)
	}
}

// TestHandler_StoredIsPlainText: the 200 of a stored post is "ok" as
// text/plain; charset=utf-8 (net/http's own reading of it: the handler
// sets no header).
func TestHandler_StoredIsPlainText(t *testing.T) {
	srv := server(t, newIngester(t, openStore(t), ingest.Options{}))
	body := []byte(envelope(contact(customer, "x"), msg("wamid.PLAIN", "text", `,"text":{"body":"hi"}`), ""))
	req, err := http.NewRequestWithContext(context.Background(), http.MethodPost, srv.URL+"/webhook/whatsapp", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("X-Hub-Signature-256", ingest.Sign(secret, body))
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || string(got) != "ok" || resp.Header.Get("Content-Type") != "text/plain; charset=utf-8" {
		t.Errorf("stored post answered %d %q, Content-Type %q", resp.StatusCode, got, resp.Header.Get("Content-Type"))
	}
}

func TestHandler_Verification(t *testing.T) {
	in := newIngester(t, openStore(t), ingest.Options{})
	srv := server(t, in)
	get := func(q url.Values) (int, string) {
		resp, err := srv.Client().Get(srv.URL + "/webhook/whatsapp?" + q.Encode())
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get(url.Values{"hub.mode": {"subscribe"}, "hub.verify_token": {"verify-me"}, "hub.challenge": {"1158201444"}})
	if code != 200 || body != "1158201444" {
		t.Errorf("good handshake: %d %q", code, body)
	}
	for _, q := range []url.Values{
		{"hub.mode": {"subscribe"}, "hub.verify_token": {"wrong"}, "hub.challenge": {"1"}},
		{"hub.mode": {"unsubscribe"}, "hub.verify_token": {"verify-me"}, "hub.challenge": {"1"}},
		{"hub.challenge": {"1"}},
	} {
		if code, body := get(q); code != http.StatusForbidden || body == "1" {
			t.Errorf("%v: %d %q", q, code, body)
		}
	}
	// No verify token configured: every handshake is refused.
	mux := http.NewServeMux()
	mux.Handle("/webhook/whatsapp", ingest.Handler(in, ingest.HandlerOptions{}))
	resp, err := srv.Client().Get(srvURL(t, mux) + "/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=&hub.challenge=1")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("empty token: %d", resp.StatusCode)
	}
}

func TestIngester_CustomerWithoutWaID(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	body := []byte(envelope(`{"profile":{"name":"ياسمين"},"user_id":"EG.1502576394655843"}`,
		`{"from_user_id":"EG.1502576394655843","id":"wamid.U1","timestamp":"1764000000","type":"text","text":{"body":"السلام عليكم"}}`, ""))
	if _, err := in.Accept(context.Background(), body, ingest.Sign(secret, body), "test"); err != nil {
		t.Fatal(err)
	}
	hearQueued(t, db) // the customer appears in the pipeline's commit (issue 16)
	var c ingest.Customer
	var ok bool
	if err := db.View(func(tx *bolt.Tx) (err error) { c, ok, err = ingest.LoadCustomer(tx, "EG.1502576394655843"); return }); err != nil {
		t.Fatal(err)
	}
	if !ok || c.Name != "ياسمين" || c.UserID != "EG.1502576394655843" || c.WaID != "" {
		t.Errorf("customer = %+v (found %v)", c, ok)
	}
	// Fields other parts own survive ingest's updates.
	if err := db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(store.BucketMsgIndex).Put(store.CustomerRecordKey("EG.1502576394655843"),
			[]byte(`{"key":"EG.1502576394655843","name":"ياسمين","lifecycle":"quoted","tier":"gold","notes":"VIP"}`))
	}); err != nil {
		t.Fatal(err)
	}
	body2 := []byte(envelope(`{"profile":{"name":"Yasmine"},"user_id":"EG.1502576394655843"}`,
		`{"from_user_id":"EG.1502576394655843","id":"wamid.U2","timestamp":"1764000500","type":"text","text":{"body":"تمام"}}`, ""))
	if _, err := in.Accept(context.Background(), body2, ingest.Sign(secret, body2), "test"); err != nil {
		t.Fatal(err)
	}
	hearQueued(t, db)
	var raw map[string]any
	if err := db.View(func(tx *bolt.Tx) error {
		return json.Unmarshal(tx.Bucket(store.BucketMsgIndex).Get(store.CustomerRecordKey("EG.1502576394655843")), &raw)
	}); err != nil {
		t.Fatal(err)
	}
	if raw["lifecycle"] != "quoted" || raw["tier"] != "gold" || raw["notes"] != "VIP" || raw["name"] != "Yasmine" {
		t.Errorf("customer after update = %v", raw)
	}
}

func TestIngester_ConcurrentDuplicates(t *testing.T) {
	db := openStore(t)
	in := newIngester(t, db, ingest.Options{})
	// 20 different bodies all carrying the same message, posted at once.
	errc := make(chan error, 20)
	for i := range 20 {
		go func() {
			body := []byte(envelope(contact(customer, "x"), msg("wamid.SAME", "text", `,"text":{"body":"hi"}`),
				fmt.Sprintf(`{"id":"wamid.N%d","status":"sent","timestamp":"1","recipient_id":"1"}`, i)))
			_, err := in.Accept(context.Background(), body, ingest.Sign(secret, body), "test")
			errc <- err
		}()
	}
	for range 20 {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
	if n := queueLen(t, db); n != 1 {
		t.Errorf("queue items = %d, want 1", n)
	}
	if n := countBucket(t, db, store.BucketMessages); n != 1 {
		t.Errorf("messages = %d, want 1", n)
	}
}

// TestHeard: Accept's commit holds the message and its queue item but not
// what the message says of its sender; Heard (the pipeline's commit) writes
// the customer, the customers index and the message index, once, and a
// message heard out of order moves nothing backwards.
func TestHeard(t *testing.T) {
	db := openStore(t)
	now := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	in := newIngester(t, db, ingest.Options{Now: func() time.Time { return now }})
	accept := func(id, name string) ingest.Message {
		t.Helper()
		body := metaEscape(envelope(contact(customer, name), msg(id, "text", `,"text":{"body":"سلام"}`), ""))
		if _, err := in.Accept(context.Background(), body, ingest.Sign(secret, body), "test"); err != nil {
			t.Fatal(err)
		}
		var m ingest.Message
		if err := db.View(func(tx *bolt.Tx) (err error) { m, _, err = ingest.LoadMessage(tx, id); return }); err != nil {
			t.Fatal(err)
		}
		return m
	}
	hear := func(m ingest.Message) {
		t.Helper()
		if err := db.Update(func(tx *bolt.Tx) error { return ingest.Heard(tx, m) }); err != nil {
			t.Fatal(err)
		}
	}
	load := func() (ingest.Customer, bool, []ingest.Message) {
		t.Helper()
		var c ingest.Customer
		var ok bool
		var msgs []ingest.Message
		if err := db.View(func(tx *bolt.Tx) (err error) {
			if c, ok, err = ingest.LoadCustomer(tx, customer); err != nil {
				return err
			}
			msgs, _, err = ingest.CustomerMessages(context.Background(), tx, customer, store.Page{Limit: 10})
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return c, ok, msgs
	}

	m1 := accept("wamid.H1", "أحمد")
	if _, ok, msgs := load(); ok || len(msgs) != 0 || countBucket(t, db, store.BucketMsgIndex) != 0 {
		t.Fatalf("Accept wrote the customer (%v) or indexes (%d messages)", ok, len(msgs))
	}
	hear(m1)
	c, ok, msgs := load()
	if !ok || c.Name != "أحمد" || c.WaID != customer || !c.FirstSeen.Equal(now) || !c.LastSeen.Equal(now) || len(msgs) != 1 || msgs[0].ID != "wamid.H1" {
		t.Fatalf("after Heard: customer %+v (found %v), messages %d", c, ok, len(msgs))
	}
	before := snapshot(t, db)
	hear(m1)
	if d := diffKeys(before, snapshot(t, db)); len(d) > 0 {
		t.Errorf("hearing a message again changed %v", d)
	}

	now = now.Add(time.Hour)
	m2 := accept("wamid.H2", "أحمد سمير")
	now = now.Add(time.Hour)
	m3 := accept("wamid.H3", "أبو سمير")
	hear(m3)
	hear(m2) // out of order: the later name and time stay
	c, _, msgs = load()
	if c.Name != "أبو سمير" || !c.LastSeen.Equal(m3.ReceivedAt) || !c.FirstSeen.Equal(m1.ReceivedAt) || len(msgs) != 3 {
		t.Errorf("after hearing out of order: %+v, %d messages", c, len(msgs))
	}
	if n := countSeen(t, db); n != 1 {
		t.Errorf("message_index holds %d seen keys, want 1", n)
	}

	// A flagged message has no one to record.
	flagged := ingest.Message{ID: "wamid.F1", ReceivedAt: now, Flag: "the message has no sender"}
	before = snapshot(t, db)
	hear(flagged)
	if d := diffKeys(before, snapshot(t, db)); len(d) > 0 {
		t.Errorf("hearing a flagged message changed %v", d)
	}
}
