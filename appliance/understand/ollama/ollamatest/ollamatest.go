// Package ollamatest is a loopback fake of an Ollama server for tests. It
// speaks Ollama's real wire protocol — /api/chat as NDJSON when streaming and
// as a single JSON object when not, /api/version, /api/show, HEAD / — with
// the same status codes and `{"error": "..."}` bodies as Ollama v0.17.4, and
// plays scripted behaviours: a normal answer, a cut-off answer with
// done:false, done_reason "length", an error line in the middle of a 200
// stream, HTTP errors (404 unknown model, 500, 503) and slow answers. It
// records every request so tests can assert what was actually sent.
package ollamatest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ollama/ollama/api"

	"fatoora/ui/web"
)

// Version is what /api/version answers by default.
const Version = "0.17.4"

// Kind is a scripted behaviour of /api/chat.
type Kind int

const (
	// Answer completes normally: done true, done_reason "stop".
	Answer Kind = iota
	// CutOff stops without finishing, as the repeat guard does: HTTP 200,
	// done false, the content as given (usually cut-off JSON).
	CutOff
	// Length reaches num_predict: done true, done_reason "length".
	Length
	// StreamError fails after generation started. Streaming, the content is
	// sent first and then an `{"error": ...}` line, all with status 200; not
	// streaming, Ollama collects the answer and replies 500 with the error.
	StreamError
	// Status answers with an HTTP error status and `{"error": Error}`.
	Status
)

// Reply is one scripted answer to a chat request that has messages.
type Reply struct {
	Kind    Kind
	Content string        // the assistant's text (JSON when a format was asked)
	Status  int           // for Kind Status
	Error   string        // error message for StreamError and Status
	Delay   time.Duration // wait before answering; a client that gives up first sees a timeout
	Chunks  int           // when streaming, how many pieces Content is sent in (default 3)
}

// Request is one recorded HTTP request.
type Request struct {
	Method string
	Path   string
	Body   []byte           // raw bytes as received
	Chat   *api.ChatRequest // decoded body of /api/chat
	At     time.Time
}

// Model is a model the fake has installed.
type Model struct {
	Name         string
	Capabilities []string // e.g. "completion", "thinking"; default completion
	Family       string
}

// Server is the fake. Create it with New; it closes itself at test cleanup.
type Server struct {
	URL string

	srv *httptest.Server

	mu       sync.Mutex
	version  string
	models   map[string]Model
	script   []Reply
	respond  func(*api.ChatRequest) Reply
	requests []Request
	down     int // while > 0 every request gets 503 (see Unavailable)
}

// New starts a fake with no models installed and no script; unscripted chat
// requests get Answer with content "{}".
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{version: Version, models: map[string]Model{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	s.URL = s.srv.URL
	t.Cleanup(s.Close)
	return s
}

// Close stops the server, cutting open connections.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// AddModel installs a model; with no capabilities it has "completion".
func (s *Server) AddModel(name string, capabilities ...string) {
	if len(capabilities) == 0 {
		capabilities = []string{"completion"}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.models[name] = Model{Name: name, Capabilities: capabilities, Family: "llama"}
}

// SetVersion changes what /api/version answers.
func (s *Server) SetVersion(v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.version = v
}

// Enqueue appends replies used, in order, by the next chat requests that
// have messages (a warm-up with no messages does not consume one).
func (s *Server) Enqueue(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = append(s.script, replies...)
}

// Respond sets the function that answers chat requests once the script is
// used up.
func (s *Server) Respond(fn func(*api.ChatRequest) Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.respond = fn
}

// Unavailable makes the next n requests of any kind fail with 503, as a
// server whose queue is full does.
func (s *Server) Unavailable(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.down = n
}

// Requests returns a copy of every request received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.requests)
}

// Chats returns the recorded /api/chat requests.
func (s *Server) Chats() []Request {
	var out []Request
	for _, r := range s.Requests() {
		if r.Path == "/api/chat" {
			out = append(out, r)
		}
	}
	return out
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		web.Error(w, http.StatusBadRequest, "read body: "+err.Error())
		return
	}
	rec := Request{Method: r.Method, Path: r.URL.Path, Body: body, At: time.Now()}
	var chatReq api.ChatRequest
	chatErr := errors.New("not a chat request")
	if r.URL.Path == "/api/chat" {
		if chatErr = json.Unmarshal(body, &chatReq); chatErr == nil {
			rec.Chat = &chatReq
		}
	}
	// Recorded before answering, so a client that gave up still finds it.
	s.mu.Lock()
	s.requests = append(s.requests, rec)
	down := s.down > 0
	if down {
		s.down--
	}
	s.mu.Unlock()
	if down {
		web.Error(w, http.StatusServiceUnavailable, "server busy, please try again.  maximum pending requests exceeded")
		return
	}

	switch {
	case r.URL.Path == "/" && (r.Method == http.MethodGet || r.Method == http.MethodHead):
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		if r.Method == http.MethodGet {
			io.WriteString(w, "Ollama is running")
		}
	case r.URL.Path == "/api/version" && r.Method == http.MethodGet:
		s.mu.Lock()
		v := s.version
		s.mu.Unlock()
		web.JSON(w, http.StatusOK, map[string]string{"version": v})
	case r.URL.Path == "/api/show" && r.Method == http.MethodPost:
		s.show(w, body)
	case r.URL.Path == "/api/chat" && r.Method == http.MethodPost:
		if chatErr != nil {
			web.Error(w, http.StatusBadRequest, chatErr.Error())
			return
		}
		s.chat(w, r, &chatReq)
	default:
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, "404 page not found")
	}
}

func (s *Server) show(w http.ResponseWriter, body []byte) {
	var req api.ShowRequest
	if err := json.Unmarshal(body, &req); err != nil {
		web.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	name := req.Model
	if name == "" {
		//lint:ignore SA1019 older clients still send the model as "name", and Ollama accepts it
		name = req.Name
	}
	if name == "" {
		web.Error(w, http.StatusBadRequest, "model is required")
		return
	}
	m, ok := s.model(name)
	if !ok {
		web.Error(w, http.StatusNotFound, fmt.Sprintf("model '%s' not found", name))
		return
	}
	resp := map[string]any{
		"modelfile":    "FROM " + m.Name,
		"template":     "{{ .Prompt }}",
		"details":      api.ModelDetails{Format: "gguf", Family: m.Family, Families: []string{m.Family}, ParameterSize: "1M", QuantizationLevel: "F32"},
		"model_info":   map[string]any{"general.architecture": m.Family},
		"capabilities": m.Capabilities,
		"modified_at":  time.Now().UTC(),
	}
	web.JSON(w, http.StatusOK, resp)
}

// model finds an installed model; like Ollama, "name" means "name:latest".
func (s *Server) model(name string) (Model, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m, ok := s.models[name]; ok {
		return m, true
	}
	if m, ok := s.models[name+":latest"]; ok {
		return m, true
	}
	return Model{}, false
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request, req *api.ChatRequest) {
	if req.Model == "" {
		web.Error(w, http.StatusBadRequest, "model is required")
		return
	}
	m, ok := s.model(req.Model)
	if !ok {
		web.Error(w, http.StatusNotFound, fmt.Sprintf("model %q not found, try pulling it first", req.Model))
		return
	}
	if req.Think != nil && req.Think.Bool() && !slices.Contains(m.Capabilities, "thinking") {
		web.Error(w, http.StatusBadRequest, fmt.Sprintf("%q does not support thinking", req.Model))
		return
	}
	if len(req.Format) > 0 && !validFormat(req.Format) {
		web.Error(w, http.StatusInternalServerError, "invalid JSON schema in format")
		return
	}
	if len(req.Messages) == 0 {
		// A load request: the model is made resident, nothing is generated.
		web.JSON(w, http.StatusOK, api.ChatResponse{
			Model: req.Model, CreatedAt: time.Now().UTC(),
			Message: api.Message{Role: "assistant"}, Done: true, DoneReason: "load",
		})
		return
	}

	reply := s.next(req)
	if reply.Delay > 0 {
		select {
		case <-time.After(reply.Delay):
		case <-r.Context().Done():
			return
		}
	}
	streaming := req.Stream == nil || *req.Stream
	if reply.Kind == Status {
		web.Error(w, reply.Status, reply.Error)
		return
	}
	if !streaming {
		s.whole(w, req, reply)
		return
	}
	s.stream(w, req, reply)
}

func (s *Server) next(req *api.ChatRequest) Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.script) > 0 {
		r := s.script[0]
		s.script = s.script[1:]
		return r
	}
	if s.respond != nil {
		return s.respond(req)
	}
	return Reply{Kind: Answer, Content: "{}"}
}

func final(req *api.ChatRequest, content string, done bool, reason string) api.ChatResponse {
	resp := api.ChatResponse{
		Model: req.Model, CreatedAt: time.Now().UTC(),
		Message: api.Message{Role: "assistant", Content: content},
		Done:    done,
	}
	resp.EvalCount = len(content)
	if done {
		resp.DoneReason = reason
		resp.TotalDuration = 5 * time.Millisecond
		resp.LoadDuration = time.Millisecond
		resp.PromptEvalCount = 100
		resp.PromptEvalDuration = time.Millisecond
		resp.EvalDuration = 3 * time.Millisecond
	}
	return resp
}

// whole answers a non-streaming request the way Ollama does: one JSON object
// holding the whole content and the last chunk's done and done_reason.
func (s *Server) whole(w http.ResponseWriter, req *api.ChatRequest, reply Reply) {
	switch reply.Kind {
	case CutOff:
		web.JSON(w, http.StatusOK, final(req, reply.Content, false, ""))
	case Length:
		web.JSON(w, http.StatusOK, final(req, reply.Content, true, "length"))
	case StreamError:
		web.Error(w, http.StatusInternalServerError, reply.Error)
	default:
		web.JSON(w, http.StatusOK, final(req, reply.Content, true, "stop"))
	}
}

// stream answers as NDJSON: content pieces with done false, then the final
// object (or, for StreamError, an error line; for CutOff, nothing more).
func (s *Server) stream(w http.ResponseWriter, req *api.ChatRequest, reply Reply) {
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	flush := func() {
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
	}
	for _, piece := range split(reply.Content, reply.Chunks) {
		if err := enc.Encode(final(req, piece, false, "")); err != nil {
			return
		}
		flush()
	}
	switch reply.Kind {
	case CutOff:
		// The stream just ends without a done:true object.
	case StreamError:
		enc.Encode(map[string]string{"error": reply.Error})
	case Length, Answer:
		reason := "stop"
		if reply.Kind == Length {
			reason = "length"
		}
		last := final(req, "", true, reason)
		last.EvalCount = len(reply.Content) // the whole answer, as Ollama counts it
		enc.Encode(last)
	}
	flush()
}

// split cuts s into n pieces on rune boundaries.
func split(s string, n int) []string {
	if n <= 0 {
		n = 3
	}
	runes := []rune(s)
	if len(runes) == 0 {
		return nil
	}
	n = min(n, len(runes))
	var out []string
	for i := range n {
		out = append(out, string(runes[i*len(runes)/n:(i+1)*len(runes)/n]))
	}
	return out
}

// validFormat accepts what Ollama accepts in "format": the string "json" or
// a JSON object (a schema).
func validFormat(f json.RawMessage) bool {
	var s string
	if json.Unmarshal(f, &s) == nil {
		return s == "json" || s == ""
	}
	var obj map[string]any
	return json.Unmarshal(f, &obj) == nil
}

// ErrNoChat is returned by LastChat when no chat request was recorded.
var ErrNoChat = errors.New("no chat request recorded")

// LastChat returns the last recorded /api/chat request.
func (s *Server) LastChat() (Request, error) {
	chats := s.Chats()
	if len(chats) == 0 {
		return Request{}, ErrNoChat
	}
	return chats[len(chats)-1], nil
}
