package ollamatest_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ollama/ollama/api"

	"fatoora/appliance/understand/ollama/ollamatest"
)

// The fake is checked with Ollama's own Go client, so its wire format is the
// one that client expects, and with raw HTTP for what the client hides.

func client(t *testing.T, s *ollamatest.Server) *api.Client {
	t.Helper()
	u, err := url.Parse(s.URL)
	if err != nil {
		t.Fatal(err)
	}
	return api.NewClient(u, http.DefaultClient)
}

func post(t *testing.T, s *ollamatest.Server, path, body string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Post(s.URL+path, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		t.Fatal(err)
	}
	return resp, buf.Bytes()
}

func TestServer_streaming(t *testing.T) {
	s := ollamatest.New(t)
	s.AddModel("m")
	content := `{"intent":"order","items":[]}`
	s.Enqueue(ollamatest.Reply{Content: content, Chunks: 4})
	var chunks []api.ChatResponse
	err := client(t, s).Chat(context.Background(), &api.ChatRequest{
		Model: "m", Messages: []api.Message{{Role: "user", Content: "x"}},
	}, func(r api.ChatResponse) error { chunks = append(chunks, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(chunks) != 5 {
		t.Fatalf("%d NDJSON objects, want 4 pieces and a final one", len(chunks))
	}
	var got strings.Builder
	for i, c := range chunks {
		got.WriteString(c.Message.Content)
		if last := i == len(chunks)-1; c.Done != last {
			t.Errorf("chunk %d done = %v", i, c.Done)
		}
	}
	if got.String() != content {
		t.Errorf("content %q, want %q", got.String(), content)
	}
	if final := chunks[len(chunks)-1]; final.DoneReason != "stop" || final.EvalCount == 0 {
		t.Errorf("final = %+v", final)
	}
}

func TestServer_streamErrorAfterStart(t *testing.T) {
	s := ollamatest.New(t)
	s.AddModel("m")
	s.Enqueue(ollamatest.Reply{Kind: ollamatest.StreamError, Content: `{"intent":`, Error: "model runner has unexpectedly stopped"})
	resp, body := post(t, s, "/api/chat", `{"model":"m","messages":[{"role":"user","content":"x"}]}`)
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status %d, want 200 (the stream had started)", resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/x-ndjson" {
		t.Errorf("content type %q", ct)
	}
	lines := strings.Split(strings.TrimSpace(string(body)), "\n")
	if last := lines[len(lines)-1]; last != `{"error":"model runner has unexpectedly stopped"}` {
		t.Errorf("last line %q", last)
	}
	// Ollama's client turns that line into a plain error, no status.
	s.Enqueue(ollamatest.Reply{Kind: ollamatest.StreamError, Content: `{"intent":`, Error: "boom"})
	err := client(t, s).Chat(context.Background(), &api.ChatRequest{
		Model: "m", Messages: []api.Message{{Role: "user", Content: "x"}},
	}, func(api.ChatResponse) error { return nil })
	var se api.StatusError
	if err == nil || err.Error() != "boom" || errors.As(err, &se) {
		t.Errorf("client err = %#v", err)
	}
}

func TestServer_nonStreaming(t *testing.T) {
	stream := false
	tests := []struct {
		reply      ollamatest.Reply
		status     int
		done       bool
		doneReason string
	}{
		{ollamatest.Reply{Content: `{"a":1}`}, 200, true, "stop"},
		{ollamatest.Reply{Kind: ollamatest.CutOff, Content: `{"a":`}, 200, false, ""},
		{ollamatest.Reply{Kind: ollamatest.Length, Content: `{"a":`}, 200, true, "length"},
		{ollamatest.Reply{Kind: ollamatest.StreamError, Content: `{"a":`, Error: "boom"}, 500, false, ""},
		{ollamatest.Reply{Kind: ollamatest.Status, Status: 503, Error: "busy"}, 503, false, ""},
	}
	for _, tt := range tests {
		s := ollamatest.New(t)
		s.AddModel("m")
		s.Enqueue(tt.reply)
		body, _ := json.Marshal(api.ChatRequest{Model: "m", Stream: &stream, Messages: []api.Message{{Role: "user", Content: "x"}}})
		resp, out := post(t, s, "/api/chat", string(body))
		if resp.StatusCode != tt.status {
			t.Errorf("kind %d: status %d, want %d", tt.reply.Kind, resp.StatusCode, tt.status)
		}
		if bytes.Count(bytes.TrimSpace(out), []byte("\n")) != 0 {
			t.Errorf("kind %d: not a single JSON object: %s", tt.reply.Kind, out)
		}
		if tt.status != 200 {
			var e struct{ Error string }
			if err := json.Unmarshal(out, &e); err != nil || e.Error == "" {
				t.Errorf("kind %d: error body %s", tt.reply.Kind, out)
			}
			continue
		}
		var r api.ChatResponse
		if err := json.Unmarshal(out, &r); err != nil {
			t.Fatal(err)
		}
		if r.Done != tt.done || r.DoneReason != tt.doneReason || r.Message.Content != tt.reply.Content || r.Message.Role != "assistant" {
			t.Errorf("kind %d: response %+v", tt.reply.Kind, r)
		}
	}
}

func TestServer_errors(t *testing.T) {
	s := ollamatest.New(t)
	s.AddModel("plain")
	tests := []struct {
		path, body string
		status     int
		msg        string
	}{
		{"/api/chat", `{"model":"nope","messages":[{"role":"user","content":"x"}]}`, 404, `model "nope" not found, try pulling it first`},
		{"/api/chat", `{"messages":[]}`, 400, "model is required"},
		{"/api/chat", `{"model":`, 400, ""},
		{"/api/chat", `{"model":"plain","think":true,"messages":[{"role":"user","content":"x"}]}`, 400, `"plain" does not support thinking`},
		{"/api/chat", `{"model":"plain","format":[1],"messages":[{"role":"user","content":"x"}]}`, 500, "invalid JSON schema in format"},
		{"/api/show", `{"model":"nope"}`, 404, "model 'nope' not found"},
	}
	for _, tt := range tests {
		resp, out := post(t, s, tt.path, tt.body)
		var e struct{ Error string }
		if resp.StatusCode != tt.status || json.Unmarshal(out, &e) != nil || !strings.Contains(e.Error, tt.msg) {
			t.Errorf("%s %s: %d %s, want %d %q", tt.path, tt.body, resp.StatusCode, out, tt.status, tt.msg)
		}
	}
	// Ollama's client sees a StatusError with the server's message.
	_, err := client(t, s).Show(context.Background(), &api.ShowRequest{Model: "nope"})
	var se api.StatusError
	if !errors.As(err, &se) || se.StatusCode != 404 || se.ErrorMessage != "model 'nope' not found" {
		t.Errorf("show err = %#v", err)
	}
}

func TestServer_healthEndpoints(t *testing.T) {
	s := ollamatest.New(t)
	s.AddModel("qwen3:4b", "completion", "thinking")
	c := client(t, s)
	if err := c.Heartbeat(context.Background()); err != nil {
		t.Errorf("HEAD /: %v", err)
	}
	v, err := c.Version(context.Background())
	if err != nil || v != ollamatest.Version {
		t.Errorf("version %q, %v", v, err)
	}
	show, err := c.Show(context.Background(), &api.ShowRequest{Model: "qwen3:4b"})
	if err != nil {
		t.Fatal(err)
	}
	if len(show.Capabilities) != 2 || show.Capabilities[1] != "thinking" || show.Details.Format != "gguf" {
		t.Errorf("show = %+v", show)
	}
	if _, err := c.Show(context.Background(), &api.ShowRequest{Model: "qwen3"}); err == nil {
		t.Error("qwen3 resolved to qwen3:4b; only :latest is implied")
	}
	s.AddModel("tiny:latest")
	if _, err := c.Show(context.Background(), &api.ShowRequest{Model: "tiny"}); err != nil {
		t.Errorf("tiny did not resolve to tiny:latest: %v", err)
	}
	reqs := s.Requests()
	if len(reqs) != 5 || reqs[0].Method != http.MethodHead || reqs[1].Path != "/api/version" {
		t.Errorf("recorded %+v", reqs)
	}
}

func TestServer_loadRequest(t *testing.T) {
	s := ollamatest.New(t)
	s.AddModel("m")
	s.Enqueue(ollamatest.Reply{Kind: ollamatest.Status, Status: 500, Error: "should not be used"})
	resp, out := post(t, s, "/api/chat", `{"model":"m","messages":[],"keep_alive":-1,"options":{"num_ctx":2048}}`)
	var r api.ChatResponse
	if resp.StatusCode != 200 || json.Unmarshal(out, &r) != nil || !r.Done || r.DoneReason != "load" {
		t.Errorf("load: %d %s", resp.StatusCode, out)
	}
	// The scripted reply is still there for the next real request.
	resp, _ = post(t, s, "/api/chat", `{"model":"m","messages":[{"role":"user","content":"x"}]}`)
	if resp.StatusCode != 500 {
		t.Errorf("script consumed by the load request: status %d", resp.StatusCode)
	}
	last, err := s.LastChat()
	if err != nil || last.Chat == nil || last.Chat.Messages[0].Content != "x" {
		t.Errorf("last chat %+v, %v", last, err)
	}
}

func TestServer_slowAnswerRecordedAndAbandoned(t *testing.T) {
	s := ollamatest.New(t)
	s.AddModel("m")
	s.Enqueue(ollamatest.Reply{Content: "{}", Delay: 10 * time.Second})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := client(t, s).Chat(ctx, &api.ChatRequest{Model: "m", Messages: []api.Message{{Role: "user", Content: "x"}}},
		func(api.ChatResponse) error { return nil })
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Error("slow reply held the client past its deadline")
	}
	if len(s.Chats()) != 1 {
		t.Error("abandoned request not recorded")
	}
}

func TestServer_cutOffStreamHasNoFinalObject(t *testing.T) {
	s := ollamatest.New(t)
	s.AddModel("m")
	s.Enqueue(ollamatest.Reply{Kind: ollamatest.CutOff, Content: `{"intent":"ord`, Chunks: 2})
	resp, body := post(t, s, "/api/chat", `{"model":"m","messages":[{"role":"user","content":"x"}]}`)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	sc := bufio.NewScanner(bytes.NewReader(body))
	n := 0
	for sc.Scan() {
		var r api.ChatResponse
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if r.Done {
			t.Errorf("line %d is done", n)
		}
		n++
	}
	if n != 2 {
		t.Errorf("%d lines, want 2", n)
	}
}
