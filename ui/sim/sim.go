// Package sim is the built-in WhatsApp simulator of the default run: a page
// at /simulator where a person types as a customer and watches the box
// answer, without a Meta account.
//
// Inbound, the page posts to the simulator, which builds the webhook Meta
// would send (entry/changes/value with metadata, contacts and messages),
// serialises and signs it exactly as Meta does (graphsim.MetaJSON,
// graphsim.Sign) and hands the raw bytes to Options.Deliver — the same path
// as a real webhook. Outbound, the box's own whatsapp.Client talks to a
// graphsim stand-in mounted under /sim/graph/, and the page shows what that
// stand-in received for the customer's number: text, reply buttons and lists
// that can be tapped (a tap posts a button_reply or list_reply webhook whose
// context.id is the message that held them), documents served from the
// stand-in's media store, and sent/delivered/read ticks.
package sim

import (
	"bytes"
	"context"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/ui/web"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configures the simulator.
type Options struct {
	// Deliver receives every webhook body (customer messages and the
	// stand-in's statuses) with its X-Hub-Signature-256 value, exactly as
	// the box's ingest would get them from Meta. Required.
	Deliver func(ctx context.Context, body []byte, signature string) error
	// Sign computes the signature header value for a body; when nil,
	// graphsim.Sign with AppSecret is used. One of the two is required.
	Sign      func(body []byte) string
	AppSecret string

	// Token is the access token the box's whatsapp.Client presents to the
	// stand-in Graph API. Required.
	Token string
	// PhoneNumberID is the business number id the box posts to; default
	// "100000000000001".
	PhoneNumberID string
	// DisplayPhoneNumber is the shop's number in webhooks; default "201000000000".
	DisplayPhoneNumber string
	// GraphPrefix is where the stand-in Graph API is mounted; default
	// "/sim/graph". Point FATOORA_GRAPH_URL at http://HOST:PORT/sim/graph/v25.0.
	GraphPrefix string
	// ShopName is shown in the chat header; default "المعرض".
	ShopName string
	// CustomerName and CustomerPhone prefill the page; defaults "أحمد" and
	// "201001234567".
	CustomerName  string
	CustomerPhone string
	// StatusDelay paces sent/delivered/read of the box's messages; default
	// 400 ms. Negative disables statuses.
	StatusDelay time.Duration
	// MaxPerCustomer bounds the customer messages kept per number (default
	// 200); MaxCustomers bounds the numbers kept (default 50). Oldest go first.
	MaxPerCustomer int
	MaxCustomers   int

	Now    func() time.Time
	Logger *slog.Logger
}

func (o *Options) setDefaults() {
	if o.PhoneNumberID == "" {
		o.PhoneNumberID = "100000000000001"
	}
	if o.DisplayPhoneNumber == "" {
		o.DisplayPhoneNumber = "201000000000"
	}
	if o.GraphPrefix == "" {
		o.GraphPrefix = "/sim/graph"
	}
	if o.ShopName == "" {
		o.ShopName = "المعرض"
	}
	if o.CustomerName == "" {
		o.CustomerName = "أحمد"
	}
	if o.CustomerPhone == "" {
		o.CustomerPhone = "201001234567"
	}
	if o.StatusDelay == 0 {
		o.StatusDelay = 400 * time.Millisecond
	}
	if o.MaxPerCustomer <= 0 {
		o.MaxPerCustomer = 200
	}
	if o.MaxCustomers <= 0 {
		o.MaxCustomers = 50
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
	if o.Deliver == nil {
		return errors.New("sim: Deliver is required")
	}
	if o.Sign == nil && o.AppSecret == "" {
		return errors.New("sim: Sign or AppSecret is required")
	}
	if o.Token == "" {
		return errors.New("sim: token is required")
	}
	if o.CustomerPhone != "" && !phoneRE.MatchString(o.CustomerPhone) {
		return fmt.Errorf("sim: customer phone %q must be 8 to 15 digits", o.CustomerPhone)
	}
	return nil
}

var phoneRE = regexp.MustCompile(`^[1-9][0-9]{7,14}$`)

// Simulator serves the page, its JSON API and the stand-in Graph API.
type Simulator struct {
	opts  Options
	graph *graphsim.Server
	pages *web.Engine
	log   *slog.Logger

	mu        sync.Mutex
	seq       int64
	customers map[string]*customer
	order     []string // customer numbers, least recently used first
}

type customer struct {
	name    string
	inbound []inbound
	cleared time.Time // messages before this are hidden ("new chat")
}

// inbound is a message the simulated customer sent.
type inbound struct {
	ID        string
	Seq       int64
	At        time.Time
	Text      string
	Reply     string // title of the tapped button or row
	ContextID string
	Err       string // Deliver's error, shown on the bubble
}

// New builds the simulator: parses the embedded templates (a missing or
// broken template fails here) and starts the stand-in Graph API.
func New(opts Options) (*Simulator, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	opts.setDefaults()
	pages, err := web.NewEngine(web.EngineOptions{FS: templateFS, Pages: "templates/*.html", Logger: opts.Logger})
	if err != nil {
		return nil, fmt.Errorf("sim: parse templates: %w", err)
	}
	if _, err := fs.Stat(staticFS, "static/sim.js"); err != nil {
		return nil, fmt.Errorf("sim: static files: %w", err)
	}
	s := &Simulator{opts: opts, pages: pages, log: opts.Logger.With("component", "sim"), customers: map[string]*customer{}}
	if s.opts.Sign == nil {
		secret := opts.AppSecret
		s.opts.Sign = func(b []byte) string { return graphsim.Sign(secret, b) }
	}
	delay := opts.StatusDelay
	if delay < 0 {
		delay = 0
	}
	s.graph, err = graphsim.New(graphsim.Options{
		Token:              opts.Token,
		PhoneNumberID:      opts.PhoneNumberID,
		DisplayPhoneNumber: opts.DisplayPhoneNumber,
		Prefix:             opts.GraphPrefix,
		StatusDelay:        delay,
		StatusHook: func(ctx context.Context, body []byte, _ string) error {
			// Re-sign with the box's key: the stand-in's own secret is unused.
			return s.opts.Deliver(ctx, body, s.opts.Sign(body))
		},
		AppSecret: "sim-unused",
		Now:       opts.Now,
		Logger:    s.log,
	})
	if err != nil {
		return nil, fmt.Errorf("sim: %w", err)
	}
	return s, nil
}

// Graph is the stand-in Graph API the box's client talks to.
func (s *Simulator) Graph() *graphsim.Server { return s.graph }

// GraphURL is the FATOORA_GRAPH_URL for a box whose server is at origin,
// e.g. "http://127.0.0.1:8080" → "http://127.0.0.1:8080/sim/graph/v25.0".
func (s *Simulator) GraphURL(origin string) string { return s.graph.GraphURL(origin) }

// Close stops the stand-in's status worker.
func (s *Simulator) Close() { s.graph.Close() }

// Routes mounts the page (/simulator), its assets and API (/simulator/...)
// and the stand-in Graph API (GraphPrefix/...) on mux.
func (s *Simulator) Routes(mux *http.ServeMux) {
	static, _ := fs.Sub(staticFS, "static")
	secure := web.Headers{CSP: csp, SameOriginFrames: true}.Wrap // the page previews PDFs in an iframe
	mux.Handle("GET /simulator", secure(http.HandlerFunc(s.servePage)))
	mux.Handle("GET /simulator/{$}", http.RedirectHandler("/simulator", http.StatusMovedPermanently))
	mux.Handle("GET /simulator/static/", secure(http.StripPrefix("/simulator/static/", http.FileServerFS(static))))
	mux.Handle("GET /simulator/api/conversation", secure(http.HandlerFunc(s.serveConversation)))
	mux.Handle("POST /simulator/api/send", secure(web.CrossOrigin(http.HandlerFunc(s.serveSend))))
	mux.Handle("POST /simulator/api/reset", secure(web.CrossOrigin(http.HandlerFunc(s.serveReset))))
	mux.Handle("GET /simulator/media/{id}", secure(http.HandlerFunc(s.serveMedia)))
	mux.Handle(s.opts.GraphPrefix+"/", s.graph)
}

// csp is the simulator's Content-Security-Policy: its own scripts and
// styles, data: images, and invoice PDFs framed by its own page.
const csp = "default-src 'self'; img-src 'self' data:; object-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'"

type pageData struct {
	ShopName      string
	Initial       string // first letter of the shop name, for the avatar
	ShopNumber    string
	CustomerName  string
	CustomerPhone string
	GraphURL      string
}

func (s *Simulator) servePage(w http.ResponseWriter, r *http.Request) {
	origin := "http://" + r.Host
	data := pageData{
		ShopName: s.opts.ShopName, Initial: initial(s.opts.ShopName), ShopNumber: "+" + s.opts.DisplayPhoneNumber,
		CustomerName: s.opts.CustomerName, CustomerPhone: s.opts.CustomerPhone,
		GraphURL: s.graph.GraphURL(origin),
	}
	w.Header().Set("Cache-Control", "no-store")
	s.pages.Render(w, http.StatusOK, "simulator.html", data)
}

// initial is the letter shown in the shop's avatar: the first letter of
// its name, after the Arabic article "ال".
func initial(name string) string {
	name = strings.TrimSpace(name)
	if rest, ok := strings.CutPrefix(name, "ال"); ok && rest != "" {
		name = rest
	}
	for _, r := range name {
		return string(r)
	}
	return "؟"
}

// --- inbound -------------------------------------------------------------------

// Input is what the page posts: a text, or a tap on a button or list row.
type Input struct {
	Name  string `json:"name"`
	Phone string `json:"phone"` // with country code, digits only
	Text  string `json:"text,omitempty"`
	Reply *Tap   `json:"reply,omitempty"`
}

// Tap is a customer's tap on a reply button or list row of a box message.
type Tap struct {
	Kind      string `json:"kind"` // "button" or "list"
	ID        string `json:"id"`
	Title     string `json:"title"`
	ContextID string `json:"context_id"` // wamid of the message that held it
}

func (s *Simulator) serveSend(w http.ResponseWriter, r *http.Request) {
	var req Input
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&req); err != nil {
		web.Error(w, http.StatusBadRequest, "bad request body")
		return
	}
	id, err := s.Send(r.Context(), req)
	if errors.Is(err, errInput) {
		web.Error(w, http.StatusBadRequest, err.Error())
		return
	}
	if err != nil {
		web.JSON(w, http.StatusBadGateway, map[string]string{"id": id, "error": err.Error()})
		return
	}
	web.JSON(w, http.StatusOK, map[string]string{"id": id})
}

var errInput = errors.New("invalid input")

// Send builds, signs and delivers the webhook for one customer message.
// It returns the message's wamid; a Deliver error is returned too, and shown
// on the message in the page.
func (s *Simulator) Send(ctx context.Context, req Input) (string, error) {
	name := strings.TrimSpace(req.Name)
	phone := strings.TrimPrefix(strings.TrimSpace(req.Phone), "+")
	if !phoneRE.MatchString(phone) {
		return "", fmt.Errorf("%w: the phone number must be 8 to 15 digits with the country code, e.g. 201001234567", errInput)
	}
	if name == "" || utf8.RuneCountInString(name) > 100 || !utf8.ValidString(name) {
		return "", fmt.Errorf("%w: a name of 1 to 100 characters is required", errInput)
	}
	now := s.opts.Now()
	id := newInboundID()
	msg := graphsim.Inbound{From: phone, ID: id, Timestamp: graphsim.Timestamp(now)}
	in := inbound{ID: id, At: now}
	switch {
	case req.Reply != nil:
		rp := req.Reply
		if rp.ID == "" || rp.ContextID == "" || (rp.Kind != "button" && rp.Kind != "list") {
			return "", fmt.Errorf("%w: a reply needs kind, id and context_id", errInput)
		}
		// Only taps on what the box really sent to this customer are real.
		out, ok := s.graph.Message(rp.ContextID)
		if !ok || out.To != phone || out.Interactive == nil || !holds(out.Interactive, rp.Kind, rp.ID, rp.Title) {
			return "", fmt.Errorf("%w: no such %s in a message to this customer", errInput, rp.Kind)
		}
		reply := &graphsim.Reply{ID: rp.ID, Title: rp.Title}
		msg.Type = "interactive"
		msg.Context = &graphsim.Context{From: s.opts.DisplayPhoneNumber, ID: rp.ContextID}
		if rp.Kind == "button" {
			msg.Interactive = &graphsim.InboundInteractive{Type: "button_reply", ButtonReply: reply}
		} else {
			reply.Description = rowDescription(out.Interactive, rp.ID)
			msg.Interactive = &graphsim.InboundInteractive{Type: "list_reply", ListReply: reply}
		}
		in.Reply, in.ContextID = rp.Title, rp.ContextID
	default:
		text := strings.TrimSpace(req.Text)
		if text == "" || utf8.RuneCountInString(text) > 4096 || !utf8.ValidString(text) {
			return "", fmt.Errorf("%w: type a message of 1 to 4096 characters", errInput)
		}
		msg.Type = "text"
		msg.Text = &graphsim.Text{Body: text}
		in.Text = text
	}
	body := graphsim.MetaJSON(graphsim.NewWebhook(s.graph.WABAID(), graphsim.Value{
		Metadata: s.graph.Metadata(),
		Contacts: []graphsim.Contact{{Profile: graphsim.Profile{Name: name}, WaID: phone}},
		Messages: []graphsim.Inbound{msg},
	}))
	err := s.opts.Deliver(ctx, body, s.opts.Sign(body))
	if err != nil {
		in.Err = err.Error()
		s.log.Warn("simulator: box refused the webhook", "wamid", id, "err", err)
	}
	s.remember(phone, name, in)
	if err != nil {
		return id, fmt.Errorf("deliver: %w", err)
	}
	return id, nil
}

func holds(it *graphsim.Interactive, kind, id, title string) bool {
	if kind == "button" {
		for _, b := range it.Buttons {
			if b.ID == id && b.Title == title {
				return true
			}
		}
		return false
	}
	for _, sec := range it.Sections {
		for _, r := range sec.Rows {
			if r.ID == id && r.Title == title {
				return true
			}
		}
	}
	return false
}

func rowDescription(it *graphsim.Interactive, id string) string {
	for _, sec := range it.Sections {
		for _, r := range sec.Rows {
			if r.ID == id {
				return r.Description
			}
		}
	}
	return ""
}

func (s *Simulator) remember(phone, name string, in inbound) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	in.Seq = s.seq
	c := s.touchLocked(phone)
	c.name = name
	if len(c.inbound) >= s.opts.MaxPerCustomer {
		c.inbound = append(c.inbound[:0:0], c.inbound[1:]...)
	}
	c.inbound = append(c.inbound, in)
}

// touchLocked returns the customer, creating it and dropping the least
// recently used one beyond MaxCustomers.
func (s *Simulator) touchLocked(phone string) *customer {
	for i, p := range s.order {
		if p == phone {
			s.order = append(append(s.order[:i:i], s.order[i+1:]...), phone)
			return s.customers[phone]
		}
	}
	if len(s.order) >= s.opts.MaxCustomers {
		delete(s.customers, s.order[0])
		s.order = s.order[1:]
	}
	c := &customer{}
	s.customers[phone] = c
	s.order = append(s.order, phone)
	return c
}

func (s *Simulator) serveReset(w http.ResponseWriter, r *http.Request) {
	phone := strings.TrimPrefix(r.URL.Query().Get("phone"), "+")
	if !phoneRE.MatchString(phone) {
		web.Error(w, http.StatusBadRequest, "bad phone")
		return
	}
	s.mu.Lock()
	c := s.touchLocked(phone)
	c.inbound = nil
	c.cleared = s.opts.Now()
	s.mu.Unlock()
	web.JSON(w, http.StatusOK, map[string]bool{"ok": true})
}

// --- the conversation view ------------------------------------------------------

// Bubble is one message in the conversation JSON the page renders.
type Bubble struct {
	Dir      string    `json:"dir"` // "in" (customer → box) or "out" (box → customer)
	ID       string    `json:"id"`
	At       time.Time `json:"at"`
	Type     string    `json:"type"` // text, reply, document, button, list, other
	Text     string    `json:"text,omitempty"`
	Status   string    `json:"status"`          // in: delivered, read, error; out: accepted, sent, delivered, read, failed
	Error    string    `json:"error,omitempty"` // why a message failed
	Quote    string    `json:"quote,omitempty"` // text of the message this one answers
	Buttons  []Choice  `json:"buttons,omitempty"`
	List     *List     `json:"list,omitempty"`
	Document *Doc      `json:"document,omitempty"`
	seq      int64
}

// Choice is a tappable button or list row.
type Choice struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
}

// List is a list message's button and sections.
type List struct {
	Button   string        `json:"button"`
	Sections []ListSection `json:"sections"`
}

// ListSection is one section of a list.
type ListSection struct {
	Title string   `json:"title,omitempty"`
	Rows  []Choice `json:"rows"`
}

// Doc is a document the box sent, served at URL.
type Doc struct {
	URL      string `json:"url"`
	Filename string `json:"filename"`
	Caption  string `json:"caption,omitempty"`
	MIMEType string `json:"mime_type,omitempty"`
	Size     int    `json:"size"`
}

// Conversation is the JSON the page polls.
type Conversation struct {
	Phone    string   `json:"phone"`
	Typing   bool     `json:"typing"`
	Messages []Bubble `json:"messages"`
}

// Conversation returns what the customer with that number sees.
func (s *Simulator) Conversation(phone string) Conversation {
	now := s.opts.Now()
	s.mu.Lock()
	var ins []inbound
	var cleared time.Time
	if c, ok := s.customers[phone]; ok {
		ins = append(ins, c.inbound...)
		cleared = c.cleared
	}
	s.mu.Unlock()

	reads := map[string]graphsim.ReadMark{}
	for _, rm := range s.graph.ReadMarks() {
		reads[rm.MessageID] = rm
	}
	outs := s.graph.MessagesTo(phone)
	texts := map[string]string{}
	var bubbles []Bubble
	for _, m := range outs {
		if m.At.Before(cleared) {
			continue
		}
		b := outBubble(m)
		texts[m.ID] = b.Text
		bubbles = append(bubbles, b)
	}
	// A read mark on a message also covers the customer's earlier messages.
	lastRead := -1
	var typingAt time.Time
	for i, in := range ins {
		if rm, ok := reads[in.ID]; ok {
			lastRead = i
			if rm.Typing {
				typingAt = rm.At
			}
		}
	}
	for i, in := range ins {
		b := Bubble{Dir: "in", ID: in.ID, At: in.At, Type: "text", Text: in.Text, Status: "delivered", seq: in.Seq}
		if in.Reply != "" {
			b.Type, b.Text = "reply", in.Reply
			b.Quote = texts[in.ContextID]
		}
		if i <= lastRead {
			b.Status = "read"
		}
		if in.Err != "" {
			b.Status, b.Error = "error", in.Err
		}
		texts[in.ID] = b.Text
		bubbles = append(bubbles, b)
	}
	for i := range bubbles {
		if bubbles[i].Dir == "out" && bubbles[i].Quote == "" {
			if q, ok := replyTo(outs, bubbles[i].ID); ok {
				bubbles[i].Quote = texts[q]
			}
		}
	}
	sort.SliceStable(bubbles, func(i, j int) bool {
		if !bubbles[i].At.Equal(bubbles[j].At) {
			return bubbles[i].At.Before(bubbles[j].At)
		}
		return bubbles[i].Dir == "in" && bubbles[j].Dir == "out"
	})
	typing := !typingAt.IsZero() && now.Sub(typingAt) < 25*time.Second
	if typing {
		for _, m := range outs {
			if !m.At.Before(typingAt) {
				typing = false
			}
		}
	}
	if bubbles == nil {
		bubbles = []Bubble{}
	}
	return Conversation{Phone: phone, Typing: typing, Messages: bubbles}
}

func replyTo(outs []graphsim.Message, id string) (string, bool) {
	for _, m := range outs {
		if m.ID == id && m.ReplyTo != "" {
			return m.ReplyTo, true
		}
	}
	return "", false
}

func outBubble(m graphsim.Message) Bubble {
	b := Bubble{Dir: "out", ID: m.ID, At: m.At, Type: m.Type, Status: m.Status, seq: m.Seq}
	if m.Status == "failed" {
		b.Error = "WhatsApp error " + strconv.Itoa(m.ErrorCode)
	}
	switch {
	case m.Type == "text":
		b.Text = m.Text
	case m.Document != nil:
		d := m.Document
		b.Text = d.Caption
		b.Document = &Doc{Filename: d.Filename, Caption: d.Caption, URL: d.Link}
		if d.MediaID != "" {
			b.Document.URL = "/simulator/media/" + d.MediaID
		}
		if b.Document.Filename == "" {
			b.Document.Filename = "document"
		}
	case m.Interactive != nil && m.Interactive.Type == "button":
		b.Type, b.Text = "button", m.Interactive.Body
		for _, x := range m.Interactive.Buttons {
			b.Buttons = append(b.Buttons, Choice{ID: x.ID, Title: x.Title})
		}
	case m.Interactive != nil && m.Interactive.Type == "list":
		b.Type, b.Text = "list", m.Interactive.Body
		l := &List{Button: m.Interactive.ListButton}
		for _, sec := range m.Interactive.Sections {
			ls := ListSection{Title: sec.Title}
			for _, r := range sec.Rows {
				ls.Rows = append(ls.Rows, Choice(r))
			}
			l.Sections = append(l.Sections, ls)
		}
		b.List = l
	default:
		b.Type, b.Text = "other", "["+m.Type+"]"
	}
	return b
}

func (s *Simulator) serveConversation(w http.ResponseWriter, r *http.Request) {
	phone := strings.TrimPrefix(r.URL.Query().Get("phone"), "+")
	if !phoneRE.MatchString(phone) {
		web.Error(w, http.StatusBadRequest, "bad phone")
		return
	}
	c := s.Conversation(phone)
	for i := range c.Messages {
		if d := c.Messages[i].Document; d != nil && strings.HasPrefix(d.URL, "/simulator/media/") {
			if m, ok := s.graph.Media(path.Base(d.URL)); ok {
				d.Size, d.MIMEType = len(m.Data), m.MIMEType
			}
		}
	}
	w.Header().Set("Cache-Control", "no-store")
	web.JSON(w, http.StatusOK, c)
}

func (s *Simulator) serveMedia(w http.ResponseWriter, r *http.Request) {
	m, ok := s.graph.Media(r.PathValue("id"))
	if !ok {
		http.Error(w, "no such document (the simulator keeps only the latest ones)", http.StatusNotFound)
		return
	}
	name := m.Filename
	if name == "" {
		name = "document"
	}
	w.Header().Set("Content-Type", m.MIMEType)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("inline", map[string]string{"filename": name}))
	w.Header().Set("Cache-Control", "private, max-age=3600")
	http.ServeContent(w, r, "", m.At, bytes.NewReader(m.Data))
}

// newInboundID makes a wamid for a simulated customer message.
func newInboundID() string {
	b := make([]byte, 12)
	rand.Read(b)
	return "wamid.SIM" + strings.ToUpper(hex.EncodeToString(b))
}
