// Package graphsim is a local stand-in for Meta's Graph API (the WhatsApp
// Cloud API): the peer of the built-in simulator (ui/sim), of the load
// generators (scripts/loadorders) and of the tests. It speaks Meta's request
// and response formats for the endpoints the box uses — send message, mark
// read, upload media, get media and download it — checks the bearer token
// and validates bodies the way Meta does, answering with Meta-shaped error
// objects.
//
// It keeps every call and every accepted message (bounded: oldest records
// are dropped) so the simulator can show them and tests can assert on them,
// can be scripted to fail the way Meta fails (HTTP 500, 130429, 131047 for a
// recipient, latency: faults.go), and reports sent/delivered/read statuses
// back through a hook as signed, Meta-serialised webhooks (metajson.go,
// webhook.go). It is product code, shipped in the fatoora binary for the
// simulator: safe for concurrent use, no test dependencies.
package graphsim

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"fatoora/ui/web"
)

// Version is the Graph API version the stand-in advertises in URLs it makes.
// Requests are accepted for any vMAJOR.MINOR.
const Version = "v25.0"

// Options configures a Server. Token and PhoneNumberID are required.
type Options struct {
	// Token is the access token callers must present as "Bearer <token>".
	Token string
	// PhoneNumberID is the business number's Graph id that callers post to.
	PhoneNumberID string
	// DisplayPhoneNumber is the business number shown in webhook metadata
	// and context.from; default "201000000000".
	DisplayPhoneNumber string
	// WABAID is the WhatsApp Business Account id in webhook entries;
	// default "100000000000000".
	WABAID string
	// Prefix is the URL path the server is mounted under, e.g. "/sim/graph"
	// (no trailing slash); empty when it owns the whole host.
	Prefix string

	// StatusDelay is the time between an accepted message and its "sent",
	// "delivered" and "read" statuses. Zero disables status progression:
	// messages stay "accepted" (what most tests want).
	StatusDelay time.Duration
	// NoRead stops the progression at "delivered".
	NoRead bool
	// StatusHook, when set, receives each status as Meta would post it: the
	// Meta-serialised webhook body and its X-Hub-Signature-256 value signed
	// with AppSecret. Calls are serialised, in order, and retried three times.
	StatusHook func(ctx context.Context, body []byte, signature string) error
	// AppSecret signs StatusHook bodies.
	AppSecret string

	// Bounds on what is kept (oldest dropped first). Zero means the default.
	MaxCalls       int   // recorded calls, default 1000
	MaxMessages    int   // accepted messages, default 1000
	MaxMedia       int   // stored media files, default 64
	MaxMediaBytes  int64 // stored media bytes in all, default 64 MiB
	MaxUploadBytes int64 // one upload, default 16 MiB

	// Now is the clock; default time.Now.
	Now func() time.Time
	// Logger receives hook failures; default slog.Default().
	Logger *slog.Logger
}

func (o *Options) setDefaults() {
	if o.DisplayPhoneNumber == "" {
		o.DisplayPhoneNumber = "201000000000"
	}
	if o.WABAID == "" {
		o.WABAID = "100000000000000"
	}
	if o.MaxCalls <= 0 {
		o.MaxCalls = 1000
	}
	if o.MaxMessages <= 0 {
		o.MaxMessages = 1000
	}
	if o.MaxMedia <= 0 {
		o.MaxMedia = 64
	}
	if o.MaxMediaBytes <= 0 {
		o.MaxMediaBytes = 64 << 20
	}
	if o.MaxUploadBytes <= 0 {
		o.MaxUploadBytes = 16 << 20
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Validate reports the first problem with the options.
func (o Options) Validate() error {
	if o.Token == "" {
		return errors.New("graphsim: token is required")
	}
	if o.PhoneNumberID == "" || strings.Contains(o.PhoneNumberID, "/") {
		return errors.New("graphsim: a phone number id is required")
	}
	if o.Prefix != "" && (!strings.HasPrefix(o.Prefix, "/") || strings.HasSuffix(o.Prefix, "/")) {
		return fmt.Errorf("graphsim: prefix %q must start with / and not end with /", o.Prefix)
	}
	if o.StatusHook != nil && o.AppSecret == "" {
		return errors.New("graphsim: a status hook needs the app secret to sign with")
	}
	if o.StatusDelay < 0 {
		return errors.New("graphsim: status delay must not be negative")
	}
	return nil
}

// Server is the stand-in. Create it with New, serve it with any
// http.Server (or httptest.NewServer), stop its status worker with Close.
type Server struct {
	opts Options
	mux  *http.ServeMux

	mu         sync.Mutex
	seq        int64
	calls      []Call
	msgs       []*Message
	byID       map[string]*Message
	media      map[string]*Media
	mediaOrder []string
	mediaBytes int64
	reads      []ReadMark
	faults     []*Fault
	latency    time.Duration
	token      string // the token accepted now (SetToken)
	changed    chan struct{}

	events chan Status
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New checks the options and returns a server ready to serve.
func New(opts Options) (*Server, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	opts.setDefaults()
	s := &Server{
		opts:    opts,
		mux:     http.NewServeMux(),
		byID:    map[string]*Message{},
		media:   map[string]*Media{},
		changed: make(chan struct{}),
		events:  make(chan Status, 1024),
		token:   opts.Token,
	}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	p := opts.Prefix
	s.mux.HandleFunc("POST "+p+"/{version}/{phone}/messages", s.handleMessages)
	s.mux.HandleFunc("POST "+p+"/{version}/{phone}/media", s.handleUpload)
	s.mux.HandleFunc("GET "+p+"/{version}/{media}", s.handleMediaInfo)
	s.mux.HandleFunc("GET "+p+"/download/{media}", s.handleDownload)
	s.mux.HandleFunc(p+"/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusBadRequest, apiError{Code: 100, Subcode: 33, Type: "GraphMethodException",
			Message: fmt.Sprintf("Unsupported %s request. Object does not exist, cannot be loaded due to missing permissions, or does not support this operation.", strings.ToLower(r.Method))})
	})
	if opts.StatusHook != nil {
		s.wg.Add(1)
		go s.deliverStatuses()
	}
	return s, nil
}

// ServeHTTP serves the Graph API under Options.Prefix.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// Close stops status progression and the status hook worker and waits for
// them. Requests still work after Close, but no more statuses are reported.
func (s *Server) Close() {
	s.mu.Lock()
	s.cancel()
	s.mu.Unlock()
	s.wg.Wait()
}

// GraphURL is the base a whatsapp.Client should use when this server is
// reachable at origin (e.g. "http://127.0.0.1:8080").
func (s *Server) GraphURL(origin string) string {
	return strings.TrimRight(origin, "/") + s.opts.Prefix + "/" + Version
}

// Metadata is the business number as it appears in webhooks.
func (s *Server) Metadata() Metadata {
	return Metadata{DisplayPhoneNumber: s.opts.DisplayPhoneNumber, PhoneNumberID: s.opts.PhoneNumberID}
}

// WABAID is the WhatsApp Business Account id used in webhook entries.
func (s *Server) WABAID() string { return s.opts.WABAID }

// --- records ---------------------------------------------------------------

// Call is one request the server answered.
type Call struct {
	Seq        int64
	At         time.Time
	Method     string
	Path       string
	Kind       string // "message", "read", "upload", "media", "download"
	To         string // recipient of a message
	HTTPStatus int
	ErrorCode  int             // Meta's code when HTTPStatus is not 200
	Body       json.RawMessage // JSON body of message and read calls
	MessageID  string          // wamid given to an accepted message, or the id marked read
	MediaID    string          // uploaded, looked up or downloaded media
}

// Message is an outbound message the server accepted.
type Message struct {
	ID          string // wamid
	Seq         int64
	At          time.Time
	To          string
	Type        string // text, document, interactive, ...
	ReplyTo     string // context.message_id
	Text        string
	Document    *Document
	Interactive *Interactive
	Body        json.RawMessage // the request body as sent
	// CallbackData is the send's biz_opaque_callback_data, echoed in
	// every status webhook of the message.
	CallbackData string
	// Status is "accepted", then "sent", "delivered", "read", or "failed".
	Status    string
	StatusAt  time.Time
	ErrorCode int // for "failed"
}

// Document is a document message's content.
type Document struct {
	MediaID  string
	Link     string
	Filename string
	Caption  string
}

// Interactive is a button or list message's content.
type Interactive struct {
	Type       string // "button" or "list"
	Header     string
	Body       string
	Footer     string
	ListButton string
	Buttons    []Button
	Sections   []Section
}

// Button is one reply button.
type Button struct{ ID, Title string }

// Section is one list section.
type Section struct {
	Title string
	Rows  []Row
}

// Row is one list row.
type Row struct{ ID, Title, Description string }

// Media is an uploaded file.
type Media struct {
	ID       string
	MIMEType string
	Filename string
	SHA256   string // hex
	Data     []byte
	At       time.Time
}

// ReadMark is a mark-as-read call.
type ReadMark struct {
	MessageID string
	Typing    bool
	At        time.Time
}

// Calls returns a copy of the recorded calls, oldest first.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// Messages returns copies of the accepted messages, oldest first.
func (s *Server) Messages() []Message { return s.MessagesTo("") }

// MessagesTo returns copies of the accepted messages to one recipient
// (all recipients when to is empty), oldest first.
func (s *Server) MessagesTo(to string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, m := range s.msgs {
		if to == "" || m.To == to {
			out = append(out, *m)
		}
	}
	return out
}

// Message returns a copy of the accepted message with that wamid.
func (s *Server) Message(id string) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.byID[id]
	if !ok {
		return Message{}, false
	}
	return *m, true
}

// Media returns an uploaded file (its Data must not be modified).
func (s *Server) Media(id string) (Media, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.media[id]
	if !ok {
		return Media{}, false
	}
	return *m, true
}

// ReadMarks returns the mark-as-read calls, oldest first.
func (s *Server) ReadMarks() []ReadMark {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ReadMark(nil), s.reads...)
}

// Changed returns a channel closed at the next change (a call answered, a
// status moved). Take a new one after each wake-up.
func (s *Server) Changed() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

// Reset forgets every call, message, medium, read mark and fault.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls, s.msgs, s.reads, s.faults, s.mediaOrder = nil, nil, nil, nil, nil
	s.byID = map[string]*Message{}
	s.media = map[string]*Media{}
	s.mediaBytes = 0
	s.latency = 0
	s.notifyLocked()
}

func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Server) recordLocked(c Call) {
	s.seq++
	c.Seq = s.seq
	if len(s.calls) >= s.opts.MaxCalls {
		n := copy(s.calls, s.calls[1:])
		s.calls = s.calls[:n]
	}
	s.calls = append(s.calls, c)
	s.notifyLocked()
}

func (s *Server) addMessageLocked(m *Message) {
	if len(s.msgs) >= s.opts.MaxMessages {
		delete(s.byID, s.msgs[0].ID)
		n := copy(s.msgs, s.msgs[1:])
		s.msgs[n] = nil
		s.msgs = s.msgs[:n]
	}
	s.msgs = append(s.msgs, m)
	s.byID[m.ID] = m
}

func (s *Server) addMediaLocked(m *Media) {
	for len(s.mediaOrder) > 0 && (len(s.mediaOrder) >= s.opts.MaxMedia || s.mediaBytes+int64(len(m.Data)) > s.opts.MaxMediaBytes) {
		old := s.mediaOrder[0]
		s.mediaOrder = s.mediaOrder[1:]
		s.mediaBytes -= int64(len(s.media[old].Data))
		delete(s.media, old)
	}
	s.media[m.ID] = m
	s.mediaOrder = append(s.mediaOrder, m.ID)
	s.mediaBytes += int64(len(m.Data))
}

// --- HTTP handlers ---------------------------------------------------------

var versionRE = regexp.MustCompile(`^v[0-9]+\.[0-9]+$`)

// gate runs the checks every request goes through: latency, version, token.
// It answers and returns false when the request must stop here.
func (s *Server) gate(w http.ResponseWriter, r *http.Request) bool {
	s.mu.Lock()
	lat := s.latency
	s.mu.Unlock()
	if lat > 0 {
		t := time.NewTimer(lat)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return false
		}
	}
	if !versionRE.MatchString(r.PathValue("version")) && r.PathValue("version") != "" {
		writeError(w, http.StatusBadRequest, apiError{Code: 2635, Type: "OAuthException",
			Message: "(#2635) You are calling a deprecated or unknown version of the Graph API."})
		return false
	}
	auth := r.Header.Get("Authorization")
	s.mu.Lock()
	want := s.token
	s.mu.Unlock()
	if tok, ok := strings.CutPrefix(auth, "Bearer "); !ok || tok != want {
		writeError(w, http.StatusUnauthorized, apiError{Code: 190, Type: "OAuthException",
			Message: "Invalid OAuth access token - Cannot parse access token"})
		return false
	}
	return true
}

func (s *Server) checkPhone(w http.ResponseWriter, r *http.Request) bool {
	if id := r.PathValue("phone"); id != s.opts.PhoneNumberID {
		writeError(w, http.StatusBadRequest, apiError{Code: 100, Subcode: 33, Type: "GraphMethodException",
			Message: fmt.Sprintf("Unsupported post request. Object with ID '%s' does not exist, cannot be loaded due to missing permissions, or does not support this operation.", id)})
		return false
	}
	return true
}

// inMessage is the union of the bodies the messages endpoint accepts.
type inMessage struct {
	MessagingProduct string `json:"messaging_product"`
	RecipientType    string `json:"recipient_type"`
	To               string `json:"to"`
	Type             string `json:"type"`
	Status           string `json:"status"`
	MessageID        string `json:"message_id"`
	CallbackData     string `json:"biz_opaque_callback_data"`
	TypingIndicator  *struct {
		Type string `json:"type"`
	} `json:"typing_indicator"`
	Context *struct {
		MessageID string `json:"message_id"`
	} `json:"context"`
	Text *struct {
		Body       *string `json:"body"`
		PreviewURL bool    `json:"preview_url"`
	} `json:"text"`
	Document *struct {
		ID       string `json:"id"`
		Link     string `json:"link"`
		Filename string `json:"filename"`
		Caption  string `json:"caption"`
	} `json:"document"`
	Interactive *struct {
		Type   string `json:"type"`
		Header *struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"header"`
		Body *struct {
			Text string `json:"text"`
		} `json:"body"`
		Footer *struct {
			Text string `json:"text"`
		} `json:"footer"`
		Action *struct {
			Button  string `json:"button"`
			Buttons []struct {
				Type  string `json:"type"`
				Reply struct {
					ID    string `json:"id"`
					Title string `json:"title"`
				} `json:"reply"`
			} `json:"buttons"`
			Sections []struct {
				Title string `json:"title"`
				Rows  []struct {
					ID          string `json:"id"`
					Title       string `json:"title"`
					Description string `json:"description"`
				} `json:"rows"`
			} `json:"sections"`
		} `json:"action"`
	} `json:"interactive"`
}

// otherTypes are accepted without checking their content.
var otherTypes = map[string]bool{"image": true, "audio": true, "video": true, "sticker": true,
	"location": true, "contacts": true, "template": true, "reaction": true}

// refuse records a refused call and answers it with Meta's error body.
func (s *Server) refuse(w http.ResponseWriter, call Call, status int, e apiError) {
	call.HTTPStatus, call.ErrorCode = status, e.Code
	s.mu.Lock()
	s.recordLocked(call)
	s.mu.Unlock()
	writeError(w, status, e)
}

func (s *Server) handleMessages(w http.ResponseWriter, r *http.Request) {
	if !s.gate(w, r) || !s.checkPhone(w, r) {
		return
	}
	call := Call{At: s.opts.Now(), Method: r.Method, Path: r.URL.Path, Kind: "message"}
	answer := func(status int, e apiError) { s.refuse(w, call, status, e) }
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	if err != nil {
		answer(http.StatusBadRequest, invalidParam("request body too large or unreadable"))
		return
	}
	if json.Valid(raw) {
		call.Body = json.RawMessage(raw)
	}
	var in inMessage
	if err := json.Unmarshal(raw, &in); err != nil {
		answer(http.StatusBadRequest, apiError{Code: 100, Type: "OAuthException",
			Message: "(#100) The parameter messaging_product is required.", Details: "invalid JSON: " + err.Error()})
		return
	}
	if in.MessagingProduct != "whatsapp" {
		answer(http.StatusBadRequest, apiError{Code: 100, Type: "OAuthException",
			Message: "(#100) The parameter messaging_product is required."})
		return
	}
	if in.Status != "" {
		s.handleRead(w, &call, in, answer)
		return
	}
	call.To = in.To
	f := s.takeFault(in.To, false)
	if f != nil && !f.Malformed {
		status, e := f.response()
		answer(status, e)
		return
	}
	m, perr := s.parseOutbound(in)
	if perr != nil {
		answer(http.StatusBadRequest, *perr)
		return
	}
	m.Body = call.Body
	m.CallbackData = in.CallbackData
	m.At = call.At
	m.ID = newWAMID()
	m.Status, m.StatusAt = "accepted", call.At
	call.HTTPStatus, call.MessageID = http.StatusOK, m.ID
	async := s.takeFault(in.To, true)
	s.mu.Lock()
	s.addMessageLocked(m)
	s.recordLocked(call)
	m.Seq = s.seq
	s.mu.Unlock()
	s.startProgress(m.ID, m.To, async)
	if f != nil && f.Malformed {
		f.writeMalformed(w)
		return
	}
	web.JSON(w, http.StatusOK, map[string]any{
		"messaging_product": "whatsapp",
		"contacts":          []map[string]string{{"input": in.To, "wa_id": in.To}},
		"messages":          []map[string]string{{"id": m.ID}},
	})
}

func (s *Server) handleRead(w http.ResponseWriter, call *Call, in inMessage, answer func(int, apiError)) {
	call.Kind = "read"
	if in.Status != "read" {
		answer(http.StatusBadRequest, apiError{Code: 100, Type: "OAuthException",
			Message: "(#100) Invalid parameter", Details: "Param status must be 'read'"})
		return
	}
	if in.MessageID == "" {
		answer(http.StatusBadRequest, apiError{Code: 100, Type: "OAuthException",
			Message: "(#100) The parameter message_id is required."})
		return
	}
	typing := in.TypingIndicator != nil
	if typing && in.TypingIndicator.Type != "text" {
		answer(http.StatusBadRequest, invalidValue("Param typing_indicator['type'] must be 'text'"))
		return
	}
	if f := s.takeFaultFor("read", "", false); f != nil {
		status, e := f.response()
		answer(status, e)
		return
	}
	call.HTTPStatus, call.MessageID = http.StatusOK, in.MessageID
	s.mu.Lock()
	if len(s.reads) >= s.opts.MaxCalls {
		n := copy(s.reads, s.reads[1:])
		s.reads = s.reads[:n]
	}
	s.reads = append(s.reads, ReadMark{MessageID: in.MessageID, Typing: typing, At: call.At})
	s.recordLocked(*call)
	s.mu.Unlock()
	web.JSON(w, http.StatusOK, map[string]bool{"success": true})
}

// parseOutbound validates a send the way Meta does and returns the message.
func (s *Server) parseOutbound(in inMessage) (*Message, *apiError) {
	if in.To == "" {
		e := requiredParam("to")
		return nil, &e
	}
	if in.RecipientType != "" && in.RecipientType != "individual" {
		e := invalidValue("Param recipient_type must be 'individual'")
		return nil, &e
	}
	m := &Message{To: in.To, Type: in.Type}
	if in.Context != nil {
		m.ReplyTo = in.Context.MessageID
	}
	fail := func(e apiError) (*Message, *apiError) { return nil, &e }
	switch in.Type {
	case "", "text":
		m.Type = "text"
		if in.Text == nil || in.Text.Body == nil {
			return fail(requiredParam("text['body']"))
		}
		if e := lengthCheck("text['body']", *in.Text.Body, 4096, true); e != nil {
			return fail(*e)
		}
		m.Text = *in.Text.Body
	case "document":
		d := in.Document
		if d == nil {
			return fail(requiredParam("document"))
		}
		if (d.ID == "") == (d.Link == "") {
			return fail(invalidParam("Param document must have exactly one of id or link"))
		}
		if d.ID != "" {
			if _, ok := s.Media(d.ID); !ok {
				return fail(invalidParam(fmt.Sprintf("Param document['id'] %q is not a valid media id", d.ID)))
			}
		}
		if e := lengthCheck("document['caption']", d.Caption, 1024, false); e != nil {
			return fail(*e)
		}
		m.Document = &Document{MediaID: d.ID, Link: d.Link, Filename: d.Filename, Caption: d.Caption}
	case "interactive":
		it, err := parseInteractive(in)
		if err != nil {
			return fail(*err)
		}
		m.Interactive = it
	default:
		if !otherTypes[in.Type] {
			return fail(invalidParam(fmt.Sprintf("Param type must be one of {TEXT, DOCUMENT, INTERACTIVE, IMAGE, AUDIO, VIDEO, STICKER, LOCATION, CONTACTS, TEMPLATE, REACTION} - got %q", in.Type)))
		}
	}
	return m, nil
}

func parseInteractive(in inMessage) (*Interactive, *apiError) {
	fail := func(e apiError) (*Interactive, *apiError) { return nil, &e }
	x := in.Interactive
	if x == nil {
		return fail(requiredParam("interactive"))
	}
	if x.Body == nil || x.Body.Text == "" {
		return fail(requiredParam("interactive['body']['text']"))
	}
	if e := lengthCheck("interactive['body']['text']", x.Body.Text, 1024, true); e != nil {
		return fail(*e)
	}
	if x.Action == nil {
		return fail(requiredParam("interactive['action']"))
	}
	it := &Interactive{Type: x.Type, Body: x.Body.Text}
	if x.Header != nil {
		it.Header = x.Header.Text
	}
	if x.Footer != nil {
		it.Footer = x.Footer.Text
	}
	switch x.Type {
	case "button":
		bs := x.Action.Buttons
		if len(bs) < 1 || len(bs) > 3 {
			return fail(invalidValue(fmt.Sprintf("Param interactive['action']['buttons'] must have between 1 and 3 elements, got %d", len(bs))))
		}
		seenID, seenTitle := map[string]bool{}, map[string]bool{}
		for i, b := range bs {
			where := fmt.Sprintf("interactive['action']['buttons'][%d]", i)
			if b.Type != "reply" {
				return fail(invalidParam(fmt.Sprintf("Param %s['type'] must be 'reply'", where)))
			}
			if e := lengthCheck(where+"['reply']['title']", b.Reply.Title, 20, true); e != nil {
				return fail(*e)
			}
			if e := lengthCheck(where+"['reply']['id']", b.Reply.ID, 256, true); e != nil {
				return fail(*e)
			}
			if seenID[b.Reply.ID] || seenTitle[b.Reply.Title] {
				return fail(invalidValue("Button title and id must be unique within the message"))
			}
			seenID[b.Reply.ID], seenTitle[b.Reply.Title] = true, true
			it.Buttons = append(it.Buttons, Button{ID: b.Reply.ID, Title: b.Reply.Title})
		}
	case "list":
		if e := lengthCheck("interactive['action']['button']", x.Action.Button, 20, true); e != nil {
			return fail(*e)
		}
		it.ListButton = x.Action.Button
		ss := x.Action.Sections
		if len(ss) < 1 || len(ss) > 10 {
			return fail(invalidValue(fmt.Sprintf("Param interactive['action']['sections'] must have between 1 and 10 elements, got %d", len(ss))))
		}
		rows, seen := 0, map[string]bool{}
		for i, sec := range ss {
			where := fmt.Sprintf("interactive['action']['sections'][%d]", i)
			if e := lengthCheck(where+"['title']", sec.Title, 24, len(ss) > 1); e != nil {
				return fail(*e)
			}
			if len(sec.Rows) == 0 {
				return fail(requiredParam(where + "['rows']"))
			}
			out := Section{Title: sec.Title}
			for j, row := range sec.Rows {
				rows++
				rw := fmt.Sprintf("%s['rows'][%d]", where, j)
				if e := lengthCheck(rw+"['id']", row.ID, 200, true); e != nil {
					return fail(*e)
				}
				if e := lengthCheck(rw+"['title']", row.Title, 24, true); e != nil {
					return fail(*e)
				}
				if e := lengthCheck(rw+"['description']", row.Description, 72, false); e != nil {
					return fail(*e)
				}
				if seen[row.ID] {
					return fail(invalidValue("Row ids must be unique within the message"))
				}
				seen[row.ID] = true
				out.Rows = append(out.Rows, Row{ID: row.ID, Title: row.Title, Description: row.Description})
			}
			it.Sections = append(it.Sections, out)
		}
		if rows > 10 {
			return fail(invalidValue(fmt.Sprintf("Total row count exceed max allowed count: 10, got %d", rows)))
		}
	default:
		return fail(invalidParam(fmt.Sprintf("Param interactive['type'] must be one of {BUTTON, LIST, ...} - got %q", x.Type)))
	}
	return it, nil
}

func (s *Server) handleUpload(w http.ResponseWriter, r *http.Request) {
	if !s.gate(w, r) || !s.checkPhone(w, r) {
		return
	}
	call := Call{At: s.opts.Now(), Method: r.Method, Path: r.URL.Path, Kind: "upload"}
	answer := func(status int, e apiError) { s.refuse(w, call, status, e) }
	fault := s.takeFaultFor("upload", "", false)
	if fault != nil && !fault.Malformed {
		status, e := fault.response()
		answer(status, e)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxUploadBytes+64<<10)
	if err := r.ParseMultipartForm(s.opts.MaxUploadBytes); err != nil {
		answer(http.StatusBadRequest, apiError{Code: 131053, Type: "OAuthException",
			Message: "(#131053) Media upload error", Details: "multipart body: " + err.Error()})
		return
	}
	defer r.MultipartForm.RemoveAll()
	if r.FormValue("messaging_product") != "whatsapp" {
		answer(http.StatusBadRequest, requiredParam("messaging_product"))
		return
	}
	f, fh, err := r.FormFile("file")
	if err != nil {
		answer(http.StatusBadRequest, requiredParam("file"))
		return
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, s.opts.MaxUploadBytes+1))
	if err != nil || int64(len(data)) > s.opts.MaxUploadBytes {
		answer(http.StatusBadRequest, apiError{Code: 131053, Type: "OAuthException",
			Message: "(#131053) Media upload error", Details: "file too large"})
		return
	}
	mt := r.FormValue("type")
	if mt == "" {
		mt = fh.Header.Get("Content-Type")
	}
	if _, _, err := mime.ParseMediaType(mt); err != nil || len(data) == 0 {
		answer(http.StatusBadRequest, apiError{Code: 131053, Type: "OAuthException",
			Message: "(#131053) Media upload error", Details: fmt.Sprintf("Param type %q is not a supported media type or the file is empty", mt)})
		return
	}
	sum := sha256.Sum256(data)
	m := &Media{ID: newMediaID(), MIMEType: mt, Filename: fh.Filename, SHA256: hex.EncodeToString(sum[:]), Data: data, At: call.At}
	call.HTTPStatus, call.MediaID = http.StatusOK, m.ID
	s.mu.Lock()
	s.addMediaLocked(m)
	s.recordLocked(call)
	s.mu.Unlock()
	if fault != nil && fault.Malformed {
		fault.writeMalformed(w)
		return
	}
	web.JSON(w, http.StatusOK, map[string]string{"id": m.ID})
}

func (s *Server) handleMediaInfo(w http.ResponseWriter, r *http.Request) {
	if !s.gate(w, r) {
		return
	}
	id := r.PathValue("media")
	if id == s.opts.PhoneNumberID {
		s.mu.Lock()
		s.recordLocked(Call{At: s.opts.Now(), Method: r.Method, Path: r.URL.Path, Kind: "phone", HTTPStatus: http.StatusOK})
		s.mu.Unlock()
		web.JSON(w, http.StatusOK, map[string]any{"id": id, "display_phone_number": s.opts.DisplayPhoneNumber,
			"verified_name": "Fatoora simulator", "quality_rating": "GREEN"})
		return
	}
	m, ok := s.Media(id)
	s.mu.Lock()
	c := Call{At: s.opts.Now(), Method: r.Method, Path: r.URL.Path, Kind: "media", MediaID: id, HTTPStatus: http.StatusOK}
	if !ok {
		c.HTTPStatus, c.ErrorCode = http.StatusBadRequest, 100
	}
	s.recordLocked(c)
	s.mu.Unlock()
	if !ok {
		writeError(w, http.StatusBadRequest, apiError{Code: 100, Subcode: 33, Type: "GraphMethodException",
			Message: fmt.Sprintf("Unsupported get request. Object with ID '%s' does not exist, cannot be loaded due to missing permissions, or does not support this operation.", id)})
		return
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	web.JSON(w, http.StatusOK, map[string]any{
		"messaging_product": "whatsapp",
		"url":               scheme + "://" + r.Host + s.opts.Prefix + "/download/" + m.ID,
		"mime_type":         m.MIMEType,
		"sha256":            m.SHA256,
		"file_size":         len(m.Data),
		"id":                m.ID,
	})
}

func (s *Server) handleDownload(w http.ResponseWriter, r *http.Request) {
	if !s.gate(w, r) {
		return
	}
	id := r.PathValue("media")
	if id == s.opts.PhoneNumberID {
		s.mu.Lock()
		s.recordLocked(Call{At: s.opts.Now(), Method: r.Method, Path: r.URL.Path, Kind: "phone", HTTPStatus: http.StatusOK})
		s.mu.Unlock()
		web.JSON(w, http.StatusOK, map[string]any{"id": id, "display_phone_number": s.opts.DisplayPhoneNumber,
			"verified_name": "Fatoora simulator", "quality_rating": "GREEN"})
		return
	}
	m, ok := s.Media(id)
	s.mu.Lock()
	c := Call{At: s.opts.Now(), Method: r.Method, Path: r.URL.Path, Kind: "download", MediaID: id, HTTPStatus: http.StatusOK}
	if !ok {
		c.HTTPStatus = http.StatusNotFound
	}
	s.recordLocked(c)
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", m.MIMEType)
	w.Header().Set("Content-Length", strconv.Itoa(len(m.Data)))
	w.Write(m.Data)
}

// --- Meta-shaped answers -----------------------------------------------------

type apiError struct {
	HTTPStatus int
	Code       int
	Subcode    int
	Type       string
	Message    string
	Details    string
	rawBody    string // sent instead of Meta's envelope when set
}

type errorEnvelope struct {
	Error errorObject `json:"error"`
}

type errorObject struct {
	Message   string          `json:"message"`
	Type      string          `json:"type"`
	Code      int             `json:"code"`
	ErrorData *errorDataOut   `json:"error_data,omitempty"`
	Subcode   int             `json:"error_subcode,omitempty"`
	Transient json.RawMessage `json:"is_transient,omitempty"`
	FBTraceID string          `json:"fbtrace_id"`
}

type errorDataOut struct {
	MessagingProduct string `json:"messaging_product"`
	Details          string `json:"details"`
}

func writeError(w http.ResponseWriter, status int, e apiError) {
	if e.rawBody != "" {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(status)
		io.WriteString(w, e.rawBody)
		return
	}
	o := errorObject{Message: e.Message, Type: e.Type, Code: e.Code, Subcode: e.Subcode, FBTraceID: newTraceID()}
	if o.Type == "" {
		o.Type = "OAuthException"
	}
	if e.Details != "" {
		o.ErrorData = &errorDataOut{MessagingProduct: "whatsapp", Details: e.Details}
	}
	if status >= 500 {
		o.Transient = json.RawMessage("true")
	}
	web.JSON(w, status, errorEnvelope{Error: o})
}

func requiredParam(name string) apiError {
	return apiError{Code: 100, Type: "OAuthException", Message: "(#100) The parameter " + name + " is required.",
		Details: "The parameter " + name + " is required."}
}

func invalidParam(details string) apiError {
	return apiError{Code: 100, Type: "OAuthException", Message: "(#100) Invalid parameter", Details: details}
}

func invalidValue(details string) apiError {
	return apiError{Code: 131009, Type: "OAuthException", Message: "(#131009) Parameter value is not valid", Details: details}
}

// lengthCheck enforces Meta's character limits (counted in runes).
func lengthCheck(name, v string, max int, required bool) *apiError {
	if required && strings.TrimSpace(v) == "" {
		e := requiredParam(name)
		return &e
	}
	if n := utf8.RuneCountInString(v); n > max {
		e := invalidValue(fmt.Sprintf("Param %s must be at most %d characters long, got %d", name, max, n))
		return &e
	}
	return nil
}

// --- ids -----------------------------------------------------------------------

func randomBytes(n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}

// newWAMID makes an id shaped like Meta's: "wamid." and base64 text.
func newWAMID() string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b := randomBytes(40)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return "wamid.HBgM" + string(b) + "=="
}

// newMediaID makes a numeric id like Meta's media ids.
func newMediaID() string {
	b := randomBytes(7)
	var n uint64
	for _, x := range b {
		n = n<<8 | uint64(x)
	}
	return strconv.FormatUint(1_000_000_000_000_000+n%9_000_000_000_000_000, 10)
}

func newTraceID() string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
	b := randomBytes(23)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return "A" + string(b)
}
