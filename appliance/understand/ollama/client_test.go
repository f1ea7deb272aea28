package ollama_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ollama/ollama/api"

	"fatoora/appliance/understand"
	"fatoora/appliance/understand/ollama"
	"fatoora/appliance/understand/ollama/ollamatest"
	"fatoora/catalog"
)

const model = "qwen2.5:3b"

func candidates() []catalog.Product {
	return []catalog.Product{
		{SKU: "KIT-01", NameAr: "مطبخ ألوميتال", NameEn: "aluminium kitchen", Unit: catalog.Meter, Material: "ألوميتال", Colors: []string{"أبيض", "رمادي فاتح"}},
		{SKU: "CHR-02", NameAr: "كرسي سفرة", NameEn: "dining chair", Unit: catalog.Piece, Material: "زان", Colors: []string{"بني", "أسود"}},
		{SKU: "WRD-03", NameAr: "دولاب", Unit: catalog.SquareMeter, Material: "MDF"},
	}
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newClient(t *testing.T, fake *ollamatest.Server, mod func(*ollama.Options)) *ollama.Client {
	t.Helper()
	opts := ollama.Options{URL: fake.URL, Model: model, Logger: quiet()}
	if mod != nil {
		mod(&opts)
	}
	c, err := ollama.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newFake(t *testing.T) *ollamatest.Server {
	fake := ollamatest.New(t)
	fake.AddModel(model)
	return fake
}

func TestClient_Extract_acceptsValidAnswer(t *testing.T) {
	fake := newFake(t)
	fake.Enqueue(ollamatest.Reply{Content: `{"intent":"order","items":[` +
		`{"sku":"KIT-01","quantity":3.2,"color":"رمادي فاتح","dims_cm":[320,90]},` +
		`{"sku":"CHR-02","quantity":6,"color":"اسود","dims_cm":[]},` +
		`{"sku":"WRD-03","quantity":6.24,"color":"","dims_cm":[240,260]}]}`})
	c := newClient(t, fake, nil)

	got, err := c.Extract(context.Background(), "عايز مطبخ 3 متر و20 سم رمادي فاتح و6 كراسي سودا ودولاب 2.4 في 2.6", candidates())
	if err != nil {
		t.Fatal(err)
	}
	want := understand.ModelAnswer{Intent: understand.Order, Items: []understand.ModelItem{
		{SKU: "KIT-01", Quantity: 3.2, Color: "رمادي فاتح", DimsCM: []int{320, 90}},
		{SKU: "CHR-02", Quantity: 6, Color: "أسود"}, // canonical spelling of the catalog
		{SKU: "WRD-03", Quantity: 6.24, DimsCM: []int{240, 260}},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("answer\n got %+v\nwant %+v", got, want)
	}
	st := c.State()
	if !st.OK || st.Calls != 1 || st.Failures != 0 || st.LastError != "" || st.LastLatency <= 0 {
		t.Errorf("state after success = %+v", st)
	}
	// The server's timings, as the fake reports them.
	if st.LastPromptToks != 100 || st.LastPromptEval != time.Millisecond || st.LastEval != 3*time.Millisecond || st.LastEvalToks == 0 {
		t.Errorf("timings in state = %+v", st)
	}
	if c.Name() != "ollama/"+model {
		t.Errorf("Name() = %q", c.Name())
	}
}

// The request must carry exactly what the notes require, on the wire.
func TestClient_Extract_sendsDeterministicRequest(t *testing.T) {
	fake := newFake(t)
	fake.Respond(func(*api.ChatRequest) ollamatest.Reply {
		return ollamatest.Reply{Content: `{"intent":"inquiry","items":[]}`}
	})
	c := newClient(t, fake, nil)
	text := "بكام الكرسي البني؟"
	if _, err := c.Extract(context.Background(), text, candidates()); err != nil {
		t.Fatal(err)
	}
	other := []catalog.Product{{SKU: "SOFA-9", NameAr: "كنبة", Unit: catalog.Piece, Colors: []string{"بيج"}}}
	if _, err := c.Extract(context.Background(), "كنبة بيج", other); err != nil {
		t.Fatal(err)
	}
	chats := fake.Chats()
	if len(chats) != 2 {
		t.Fatalf("%d chat requests, want 2", len(chats))
	}

	var raw map[string]json.RawMessage
	if err := json.Unmarshal(chats[0].Body, &raw); err != nil {
		t.Fatal(err)
	}
	var opts map[string]any
	if err := json.Unmarshal(raw["options"], &opts); err != nil {
		t.Fatal(err)
	}
	wantOpts := map[string]any{"temperature": 0.0, "seed": 42.0, "num_ctx": 2048.0, "num_predict": 256.0}
	if !reflect.DeepEqual(opts, wantOpts) {
		t.Errorf("options sent = %v, want %v", opts, wantOpts)
	}
	for key, want := range map[string]string{"stream": "false", "think": "false", "keep_alive": "-1", "model": `"` + model + `"`} {
		if got := string(raw[key]); got != want {
			t.Errorf("%s sent = %s, want %s", key, got, want)
		}
	}

	if _, ok := raw["truncate"]; ok {
		t.Error("truncate sent: the server's default keeps the system prompt and the last message")
	}

	// Format: a JSON schema with one branch per candidate, each with that
	// product's colours and a whole number of pieces where sold by the piece.
	type branch struct {
		Properties struct {
			SKU      struct{ Enum []string }
			Quantity struct{ Type string }
			Color    struct{ Enum []string }
		}
		AdditionalProperties bool
	}
	var schema struct {
		Properties struct {
			Intent struct{ Enum []string }
			Items  struct {
				MaxItems int
				Items    struct{ AnyOf []branch }
			}
		}
	}
	if err := json.Unmarshal(raw["format"], &schema); err != nil {
		t.Fatalf("format is not a schema: %v (%s)", err, raw["format"])
	}
	p := schema.Properties
	type got struct {
		sku, quantity string
		colors        []string
	}
	var branches []got
	for _, b := range p.Items.Items.AnyOf {
		if len(b.Properties.SKU.Enum) != 1 || b.AdditionalProperties {
			t.Errorf("branch %+v", b)
			continue
		}
		branches = append(branches, got{b.Properties.SKU.Enum[0], b.Properties.Quantity.Type, b.Properties.Color.Enum})
	}
	wantBranches := []got{
		{"KIT-01", "number", []string{"", "أبيض", "رمادي فاتح"}},
		{"CHR-02", "integer", []string{"", "بني", "أسود"}},
		{"WRD-03", "number", []string{""}},
	}
	if !reflect.DeepEqual(branches, wantBranches) {
		t.Errorf("item branches\n got %+v\nwant %+v", branches, wantBranches)
	}
	if got := p.Intent.Enum; !reflect.DeepEqual(got, []string{"order", "inquiry", "complaint", "other"}) {
		t.Errorf("intent enum = %v", got)
	}
	if p.Items.MaxItems != ollama.DefaultMaxItems {
		t.Errorf("maxItems = %d", p.Items.MaxItems)
	}

	// Messages: system first, the fixed prefix identical across requests,
	// candidates then the customer's text in the last message.
	m0, m1 := chats[0].Chat.Messages, chats[1].Chat.Messages
	if len(m0) < 3 || m0[0].Role != "system" || m0[len(m0)-1].Role != "user" {
		t.Fatalf("message roles: %v", roles(m0))
	}
	if !reflect.DeepEqual(m0[:len(m0)-1], m1[:len(m1)-1]) {
		t.Error("the fixed prefix differs between requests: the server cannot reuse its cache")
	}
	last := m0[len(m0)-1].Content
	if !strings.HasSuffix(last, text) {
		t.Errorf("customer text is not last: %q", last)
	}
	for _, sku := range []string{"KIT-01", "CHR-02", "WRD-03"} {
		if i := strings.Index(last, sku); i < 0 || i > strings.Index(last, text) {
			t.Errorf("candidate %s not listed before the text in %q", sku, last)
		}
	}
	if strings.Contains(m0[0].Content, "KIT-01") {
		t.Error("candidates leaked into the fixed system prompt")
	}
}

func roles(ms []api.Message) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Role)
	}
	return out
}

// Every way a call can fail maps to its kind; none returns an answer.
func TestClient_Extract_failures(t *testing.T) {
	valid := `{"intent":"order","items":[{"sku":"CHR-02","quantity":2,"color":"بني","dims_cm":[]}]}`
	tests := []struct {
		name   string
		reply  ollamatest.Reply
		kind   error
		status int
		detail string
	}{
		{"done false, cut-off JSON", ollamatest.Reply{Kind: ollamatest.CutOff, Content: valid[:40]}, ollama.ErrTruncated, 200, "done false"},
		{"done false, complete JSON", ollamatest.Reply{Kind: ollamatest.CutOff, Content: valid}, ollama.ErrTruncated, 200, "done false"},
		{"num_predict reached", ollamatest.Reply{Kind: ollamatest.Length, Content: valid[:60]}, ollama.ErrTruncated, 200, `"length"`},
		{"error after generation started", ollamatest.Reply{Kind: ollamatest.StreamError, Content: valid[:30], Error: "model runner has unexpectedly stopped"}, ollama.ErrUnavailable, 500, "unexpectedly stopped"},
		{"404", ollamatest.Reply{Kind: ollamatest.Status, Status: 404, Error: `model "x" not found, try pulling it first`}, ollama.ErrUnavailable, 404, "not found"},
		{"500", ollamatest.Reply{Kind: ollamatest.Status, Status: 500, Error: "llama runner process has terminated"}, ollama.ErrUnavailable, 500, "terminated"},
		{"503", ollamatest.Reply{Kind: ollamatest.Status, Status: 503, Error: "server busy"}, ollama.ErrUnavailable, 503, "busy"},
		{"400", ollamatest.Reply{Kind: ollamatest.Status, Status: 400, Error: "input length exceeds the context length"}, ollama.ErrUnavailable, 400, "context length"},
		{"not JSON", ollamatest.Reply{Content: "أكيد! ده طلبك"}, ollama.ErrInvalidAnswer, 0, "schema"},
		{"empty content", ollamatest.Reply{Content: ""}, ollama.ErrInvalidAnswer, 0, "schema"},
		{"text after JSON", ollamatest.Reply{Content: valid + " شكرا"}, ollama.ErrInvalidAnswer, 0, "after"},
		{"two objects", ollamatest.Reply{Content: valid + valid}, ollama.ErrInvalidAnswer, 0, "after"},
		{"unknown field", ollamatest.Reply{Content: `{"intent":"order","items":[],"price":100}`}, ollama.ErrInvalidAnswer, 0, "price"},
		{"missing intent", ollamatest.Reply{Content: `{"items":[]}`}, ollama.ErrInvalidAnswer, 0, "intent"},
		{"missing items", ollamatest.Reply{Content: `{"intent":"other"}`}, ollama.ErrInvalidAnswer, 0, "items"},
		{"unknown intent", ollamatest.Reply{Content: `{"intent":"buy","items":[]}`}, ollama.ErrInvalidAnswer, 0, "intent"},
		{"SKU not a candidate", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"EX-CHAIR","quantity":1,"color":"","dims_cm":[]}]}`}, ollama.ErrInvalidAnswer, 0, "EX-CHAIR"},
		{"empty SKU", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"","quantity":1,"color":"","dims_cm":[]}]}`}, ollama.ErrInvalidAnswer, 0, "candidates"},
		{"missing SKU", ollamatest.Reply{Content: `{"intent":"order","items":[{"quantity":1}]}`}, ollama.ErrInvalidAnswer, 0, "sku"},
		{"colour of another product", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"CHR-02","quantity":1,"color":"رمادي فاتح","dims_cm":[]}]}`}, ollama.ErrInvalidAnswer, 0, "colour"},
		{"colour on a product without colours", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"WRD-03","quantity":4,"color":"بني","dims_cm":[]}]}`}, ollama.ErrInvalidAnswer, 0, "colour"},
		{"zero quantity", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"CHR-02","quantity":0,"color":"","dims_cm":[]}]}`}, ollama.ErrInvalidAnswer, 0, "positive"},
		{"negative quantity", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"KIT-01","quantity":-3,"color":"","dims_cm":[]}]}`}, ollama.ErrInvalidAnswer, 0, "positive"},
		{"missing quantity", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"KIT-01","color":"","dims_cm":[]}]}`}, ollama.ErrInvalidAnswer, 0, "quantity"},
		{"absurd quantity", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"CHR-02","quantity":1e9,"color":"","dims_cm":[]}]}`}, ollama.ErrInvalidAnswer, 0, "more than"},
		{"half a chair", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"CHR-02","quantity":2.5,"color":"","dims_cm":[]}]}`}, ollama.ErrInvalidAnswer, 0, "piece"},
		{"quantity as string", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"CHR-02","quantity":"2","color":"","dims_cm":[]}]}`}, ollama.ErrInvalidAnswer, 0, "schema"},
		{"dimension out of range", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"KIT-01","quantity":2,"color":"","dims_cm":[200,0]}]}`}, ollama.ErrInvalidAnswer, 0, "dimension"},
		{"too many dimensions", ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"KIT-01","quantity":2,"color":"","dims_cm":[1,2,3,4]}]}`}, ollama.ErrInvalidAnswer, 0, "dimensions"},
		{"too many items", ollamatest.Reply{Content: `{"intent":"order","items":[` + strings.Repeat(`{"sku":"CHR-02","quantity":1,"color":"","dims_cm":[]},`, 8) + `{"sku":"CHR-02","quantity":1,"color":"","dims_cm":[]}]}`}, ollama.ErrInvalidAnswer, 0, "at most 8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFake(t)
			fake.Enqueue(tt.reply)
			c := newClient(t, fake, nil)
			got, err := c.Extract(context.Background(), "عايز كرسيين بني", candidates())
			if !errors.Is(err, tt.kind) {
				t.Fatalf("err = %v, want kind %v", err, tt.kind)
			}
			if got.Intent != "" || got.Items != nil {
				t.Errorf("a failed call returned an answer: %+v", got)
			}
			var e *ollama.Error
			if !errors.As(err, &e) {
				t.Fatalf("err %T is not *ollama.Error", err)
			}
			if e.Status != tt.status {
				t.Errorf("status = %d, want %d", e.Status, tt.status)
			}
			if !strings.Contains(e.Error(), tt.detail) {
				t.Errorf("error %q does not mention %q", e.Error(), tt.detail)
			}
			if e.Hint() == "" {
				t.Error("no operator hint")
			}
			st := c.State()
			if st.Calls != 1 || st.Failures != 1 || st.LastError == "" {
				t.Errorf("state after failure = %+v", st)
			}
			if st.OK == errors.Is(err, ollama.ErrUnavailable) {
				t.Errorf("state OK = %v after %v", st.OK, err)
			}
		})
	}
}

func TestClient_Extract_unknownModel(t *testing.T) {
	fake := ollamatest.New(t) // nothing installed
	c := newClient(t, fake, nil)
	_, err := c.Extract(context.Background(), "كرسي", candidates())
	var e *ollama.Error
	if !errors.As(err, &e) || e.Kind != ollama.ErrUnavailable || e.Status != 404 {
		t.Fatalf("err = %v, want ErrUnavailable 404", err)
	}
	if !strings.Contains(e.Hint(), "ollama pull") {
		t.Errorf("hint %q does not say to pull the model", e.Hint())
	}
}

func TestClient_Extract_timeout(t *testing.T) {
	fake := newFake(t)
	fake.Enqueue(ollamatest.Reply{Content: `{"intent":"other","items":[]}`, Delay: 5 * time.Second})
	c := newClient(t, fake, func(o *ollama.Options) { o.Timeout = 150 * time.Millisecond })
	start := time.Now()
	_, err := c.Extract(context.Background(), "كرسي", candidates())
	elapsed := time.Since(start)
	if !errors.Is(err, ollama.ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v does not wrap context.DeadlineExceeded", err)
	}
	if elapsed > 2*time.Second {
		t.Errorf("returned after %s: the timeout was not enforced", elapsed)
	}
	if st := c.State(); st.Failures != 1 || !strings.Contains(st.LastError, "timed out") {
		t.Errorf("state = %+v", st)
	}
}

func TestClient_Extract_callerDeadline(t *testing.T) {
	fake := newFake(t)
	fake.Enqueue(ollamatest.Reply{Content: `{"intent":"other","items":[]}`, Delay: 5 * time.Second})
	c := newClient(t, fake, nil) // 60 s default; the caller's deadline is shorter
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := c.Extract(ctx, "كرسي", candidates()); !errors.Is(err, ollama.ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
}

func TestClient_Extract_cancelled(t *testing.T) {
	fake := newFake(t)
	fake.Enqueue(ollamatest.Reply{Content: `{"intent":"other","items":[]}`, Delay: 5 * time.Second})
	c := newClient(t, fake, nil)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := c.Extract(ctx, "كرسي", candidates())
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if errors.Is(err, ollama.ErrTimeout) || errors.Is(err, ollama.ErrUnavailable) {
		t.Errorf("a cancellation was reported as a model failure: %v", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Error("cancellation was not honoured promptly")
	}
	if st := c.State(); st.Calls != 0 || st.Failures != 0 {
		t.Errorf("a cancellation counted against the model: %+v", st)
	}
}

func TestClient_Extract_serverDown(t *testing.T) {
	fake := newFake(t)
	c := newClient(t, fake, nil)
	fake.Close()
	_, err := c.Extract(context.Background(), "كرسي", candidates())
	var e *ollama.Error
	if !errors.As(err, &e) || e.Kind != ollama.ErrUnavailable || e.Status != 0 {
		t.Fatalf("err = %v, want ErrUnavailable without status", err)
	}
	if !strings.Contains(e.Hint(), "ollama serve") {
		t.Errorf("hint = %q", e.Hint())
	}
}

func TestClient_Extract_input(t *testing.T) {
	fake := newFake(t)
	c := newClient(t, fake, func(o *ollama.Options) { o.MaxTextRunes = 20 })
	for _, text := range []string{"", strings.Repeat("ك", 21)} {
		if _, err := c.Extract(context.Background(), text, candidates()); !errors.Is(err, ollama.ErrInput) {
			t.Errorf("Extract(%d runes) err = %v, want ErrInput", len([]rune(text)), err)
		}
	}
	if n := len(fake.Chats()); n != 0 {
		t.Errorf("%d requests sent for refused input", n)
	}
	// 20 Arabic letters are 40 bytes but 20 runes: accepted.
	fake.Enqueue(ollamatest.Reply{Content: `{"intent":"other","items":[]}`})
	if _, err := c.Extract(context.Background(), strings.Repeat("ك", 20), candidates()); err != nil {
		t.Errorf("20 runes refused: %v", err)
	}
}

func TestClient_Extract_noCandidates(t *testing.T) {
	fake := newFake(t)
	fake.Enqueue(ollamatest.Reply{Content: `{"intent":"inquiry","items":[]}`})
	c := newClient(t, fake, nil)
	got, err := c.Extract(context.Background(), "بتفتحوا الساعة كام؟", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Intent != understand.Inquiry || len(got.Items) != 0 {
		t.Errorf("answer = %+v", got)
	}
	last, err := fake.LastChat()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(last.Body, []byte(`"maxItems":0`)) {
		t.Errorf("schema without candidates allows items: %s", last.Chat.Format)
	}
}

// After an outage the state recovers on the next success, and each request is
// independent: a failure leaves no residue.
func TestClient_State_recovers(t *testing.T) {
	fake := newFake(t)
	fake.Enqueue(
		ollamatest.Reply{Kind: ollamatest.Status, Status: 503, Error: "server busy"},
		ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"CHR-02","quantity":2,"color":"بني","dims_cm":[]}]}`},
	)
	c := newClient(t, fake, nil)
	if _, err := c.Extract(context.Background(), "كرسيين بني", candidates()); !errors.Is(err, ollama.ErrUnavailable) {
		t.Fatalf("first call err = %v", err)
	}
	if st := c.State(); st.OK || !strings.Contains(st.LastError, "503") {
		t.Errorf("state after 503 = %+v", st)
	}
	if _, err := c.Extract(context.Background(), "كرسيين بني", candidates()); err != nil {
		t.Fatalf("second call: %v", err)
	}
	if st := c.State(); !st.OK || st.LastError != "" || st.Calls != 2 || st.Failures != 1 {
		t.Errorf("state after recovery = %+v", st)
	}
}

func TestClient_Extract_concurrent(t *testing.T) {
	fake := newFake(t)
	fake.Respond(func(req *api.ChatRequest) ollamatest.Reply {
		if strings.HasSuffix(req.Messages[len(req.Messages)-1].Content, "odd") {
			return ollamatest.Reply{Kind: ollamatest.Length, Content: `{"intent":`}
		}
		return ollamatest.Reply{Content: `{"intent":"order","items":[{"sku":"CHR-02","quantity":1,"color":"","dims_cm":[]}]}`}
	})
	c := newClient(t, fake, nil)
	var wg sync.WaitGroup
	errs := make([]error, 16)
	for i := range errs {
		wg.Go(func() {
			text := "even"
			if i%2 == 1 {
				text = "odd"
			}
			_, errs[i] = c.Extract(context.Background(), text, candidates())
		})
	}
	wg.Wait()
	for i, err := range errs {
		if (i%2 == 1) != errors.Is(err, ollama.ErrTruncated) || (i%2 == 0 && err != nil) {
			t.Errorf("call %d: err = %v", i, err)
		}
	}
	if st := c.State(); st.Calls != 16 || st.Failures != 8 {
		t.Errorf("state = %+v, want 16 calls, 8 failures", st)
	}
}

func TestClient_Health(t *testing.T) {
	fake := newFake(t)
	fake.AddModel("qwen3:4b", "completion", "thinking", "tools")
	fake.AddModel("nomic-embed-text", "embedding")

	t.Run("ok", func(t *testing.T) {
		c := newClient(t, fake, nil)
		st, err := c.Health(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if !st.OK || !st.Installed || st.Version != ollamatest.Version || st.Model != model || st.URL != fake.URL ||
			!reflect.DeepEqual(st.Capabilities, []string{"completion"}) || st.CheckedAt.IsZero() || st.Warning != "" {
			t.Errorf("state = %+v", st)
		}
		if got := c.State(); !reflect.DeepEqual(got, st) {
			t.Errorf("State() = %+v, Health returned %+v", got, st)
		}
	})
	t.Run("thinking model", func(t *testing.T) {
		c := newClient(t, fake, func(o *ollama.Options) { o.Model = "qwen3:4b" })
		st, err := c.Health(context.Background())
		if err != nil || !st.OK || !reflect.DeepEqual(st.Capabilities, []string{"completion", "thinking", "tools"}) {
			t.Errorf("state = %+v, err %v", st, err)
		}
		if st.Warning != ollama.ThinkingWarning {
			t.Errorf("no warning for a thinking model: %q", st.Warning)
		}
	})
	t.Run("not installed", func(t *testing.T) {
		c := newClient(t, fake, func(o *ollama.Options) { o.Model = "llama3.2:1b" })
		st, err := c.Health(context.Background())
		var e *ollama.Error
		if !errors.As(err, &e) || e.Status != 404 || st.OK || st.Installed || st.Version == "" {
			t.Errorf("state = %+v, err %v", st, err)
		}
		if !strings.Contains(st.LastError, "ollama pull") {
			t.Errorf("last error %q has no hint", st.LastError)
		}
	})
	t.Run("cannot chat", func(t *testing.T) {
		c := newClient(t, fake, func(o *ollama.Options) { o.Model = "nomic-embed-text" })
		st, err := c.Health(context.Background())
		if !errors.Is(err, ollama.ErrUnavailable) || st.OK || !st.Installed {
			t.Errorf("state = %+v, err %v", st, err)
		}
	})
	t.Run("busy", func(t *testing.T) {
		c := newClient(t, fake, nil)
		fake.Unavailable(1)
		st, err := c.Health(context.Background())
		var e *ollama.Error
		if !errors.As(err, &e) || e.Status != 503 || st.OK {
			t.Errorf("state = %+v, err %v", st, err)
		}
	})
	if n := len(fake.Chats()); n != 0 {
		t.Errorf("health checks generated: %d chat requests", n)
	}

	t.Run("down", func(t *testing.T) {
		down := newFake(t)
		c := newClient(t, down, func(o *ollama.Options) { o.HealthTimeout = time.Second })
		down.Close()
		st, err := c.Health(context.Background())
		if !errors.Is(err, ollama.ErrUnavailable) || st.OK || st.Version != "" {
			t.Errorf("state = %+v, err %v", st, err)
		}
	})
}

func TestClient_WarmUp(t *testing.T) {
	fake := newFake(t)
	c := newClient(t, fake, func(o *ollama.Options) { o.NumCtx = 4096 })
	if err := c.WarmUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	last, err := fake.LastChat()
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(last.Body, &raw); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{"messages": "[]", "keep_alive": "-1", "options": `{"num_ctx":4096}`, "stream": "false"} {
		if got := string(raw[key]); got != want {
			t.Errorf("warm-up %s = %s, want %s", key, got, want)
		}
	}
	if _, ok := raw["format"]; ok {
		t.Error("warm-up sent a format")
	}

	// The same num_ctx on a real request, or the server reloads the model.
	fake.Enqueue(ollamatest.Reply{Content: `{"intent":"other","items":[]}`})
	if _, err := c.Extract(context.Background(), "اهلا", candidates()); err != nil {
		t.Fatal(err)
	}
	last, _ = fake.LastChat()
	if got := last.Chat.Options["num_ctx"]; got != 4096.0 {
		t.Errorf("extract num_ctx = %v, want 4096 as in the warm-up", got)
	}

	t.Run("not installed", func(t *testing.T) {
		c := newClient(t, fake, func(o *ollama.Options) { o.Model = "missing:1b" })
		err := c.WarmUp(context.Background())
		var e *ollama.Error
		if !errors.As(err, &e) || e.Status != 404 {
			t.Errorf("err = %v, want 404", err)
		}
		if st := c.State(); st.OK || st.LastError == "" {
			t.Errorf("state = %+v", st)
		}
	})
}

func TestOptions_Validate(t *testing.T) {
	tests := []struct {
		name string
		opts ollama.Options
		want string // "" = valid
	}{
		{"defaults with a model", ollama.Options{Model: "qwen2.5:3b"}, ""},
		{"full", ollama.Options{URL: "http://10.0.0.5:11434", Model: "qwen3:8b", Timeout: 90 * time.Second, NumCtx: 4096, NumPredict: 300}, ""},
		{"no model", ollama.Options{}, "model"},
		{"bad scheme", ollama.Options{URL: "ftp://x", Model: "m"}, "scheme"},
		{"no host", ollama.Options{URL: "http://", Model: "m"}, "host"},
		{"unparsable", ollama.Options{URL: "http://[::1", Model: "m"}, "url"},
		{"negative timeout", ollama.Options{Model: "m", Timeout: -time.Second}, "timeout"},
		{"tiny context", ollama.Options{Model: "m", NumCtx: 100}, "num_ctx"},
		{"predict beyond context", ollama.Options{Model: "m", NumCtx: 512, NumPredict: 600}, "num_predict"},
		{"too many items", ollama.Options{Model: "m", MaxItems: 500}, "items"},
		{"negative quantity cap", ollama.Options{Model: "m", MaxQuantity: -1}, "quantity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.opts.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Validate() = %v", err)
				}
				if _, err := ollama.New(tt.opts); err != nil {
					t.Fatalf("New() = %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %v, want an error about %q", err, tt.want)
			}
			if _, err := ollama.New(tt.opts); err == nil {
				t.Fatal("New accepted invalid options")
			}
		})
	}
}

func TestClient_Prime(t *testing.T) {
	fake := newFake(t)
	fake.Enqueue(ollamatest.Reply{Kind: ollamatest.Length, Content: "{"})
	c := newClient(t, fake, nil)
	if _, err := c.Prime(context.Background()); err != nil {
		t.Fatal(err)
	}
	fake.Enqueue(ollamatest.Reply{Content: `{"intent":"other","items":[]}`})
	if _, err := c.Extract(context.Background(), "اهلا", candidates()); err != nil {
		t.Fatal(err)
	}
	chats := fake.Chats()
	prime, real := chats[0].Chat, chats[1].Chat
	if got := prime.Options["num_predict"]; got != 1.0 {
		t.Errorf("prime num_predict = %v, want 1", got)
	}
	// The same prefix, options that do not reload the model, thinking
	// the same way (it changes the rendered prompt on thinking models).
	if !reflect.DeepEqual(prime.Messages[:len(prime.Messages)-1], real.Messages[:len(real.Messages)-1]) {
		t.Error("prime's prefix differs from Extract's: the cache it fills is useless")
	}
	if prime.Options["num_ctx"] != real.Options["num_ctx"] || !reflect.DeepEqual(prime.Think, real.Think) ||
		!reflect.DeepEqual(prime.KeepAlive, real.KeepAlive) {
		t.Errorf("prime options %v think %v keep_alive %v; extract %v %v %v",
			prime.Options, prime.Think, prime.KeepAlive, real.Options, real.Think, real.KeepAlive)
	}

	fake.Enqueue(ollamatest.Reply{Kind: ollamatest.Status, Status: 500, Error: "runner crashed"})
	if _, err := c.Prime(context.Background()); !errors.Is(err, ollama.ErrUnavailable) {
		t.Errorf("prime err = %v", err)
	}
	if st := c.State(); st.OK || !strings.Contains(st.LastError, "runner crashed") {
		t.Errorf("state = %+v", st)
	}
}
