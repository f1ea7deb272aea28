package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"fatoora/appliance/ingest"
)

// Defaults.
const (
	DefaultRetention    = 7 * 24 * time.Hour
	DefaultGraphURL     = "https://graph.facebook.com/v25.0"
	DefaultPingInterval = 15 * time.Second
	DefaultWindow       = 64
	// LinkPath is where boxes open the link: BASE_URL + LinkPath.
	LinkPath = "/link"
)

// Options configure a Server.
type Options struct {
	// Data is the directory holding relay.db. Required.
	Data string
	// AppSecret is the Meta app secret that signs webhooks. Required.
	AppSecret []byte
	// VerifyToken answers Meta's GET subscription handshake; empty refuses it.
	VerifyToken string
	// Boxes maps a business phone-number id to the token its box presents
	// on the link. A number may appear in webhooks without being here.
	Boxes map[string]string
	// GraphTokens maps a phone-number id to Meta's access token, for boxes
	// whose Graph API calls travel through the relay (--relay-graph).
	GraphTokens map[string]string
	// GraphURL is Meta's Graph API base (default DefaultGraphURL).
	GraphURL string
	// Retention is how long an unacknowledged webhook is kept (default 7 days).
	Retention time.Duration
	// MaxBodyBytes caps a webhook body (default ingest.DefaultMaxBody).
	MaxBodyBytes int64
	// PingInterval is how often the relay pings a box; a box silent for
	// three intervals is dropped (default 15 s).
	PingInterval time.Duration
	// HealthToken, when set, lets a monitor from outside read the full
	// /healthz with "Authorization: Bearer <token>". Without it (or from
	// elsewhere without it) only the overall status is shown; the details
	// (numbers, boxes' addresses) are always shown to this machine itself.
	HealthToken string
	// Window is how many webhooks may be in flight to one box (default 64).
	Window int
	// HTTPClient calls the Graph API (default a client with a 60 s timeout).
	HTTPClient *http.Client
	Now        func() time.Time
	Logger     *slog.Logger
}

// Validate reports every problem with o.
func (o *Options) Validate() error {
	var errs []error
	if o.Data == "" {
		errs = append(errs, errors.New("data directory is required"))
	}
	if len(o.AppSecret) == 0 {
		errs = append(errs, errors.New("FATOORA_WA_APP_SECRET is required: the relay checks Meta's signature"))
	}
	seen := map[[32]byte]string{}
	for n, tok := range o.Boxes {
		if n == "" || len(tok) < 16 {
			errs = append(errs, fmt.Errorf("box %q: want PHONE_NUMBER_ID=TOKEN with a token of at least 16 characters", n))
		}
		h := sha256.Sum256([]byte(tok))
		if other, dup := seen[h]; dup {
			errs = append(errs, fmt.Errorf("boxes %s and %s share a token", other, n))
		}
		seen[h] = n
	}
	for n := range o.GraphTokens {
		if _, ok := o.Boxes[n]; !ok {
			errs = append(errs, fmt.Errorf("graph token for %s, which is not a registered box", n))
		}
	}
	if o.Retention < 0 || o.PingInterval < 0 || o.Window < 0 || o.MaxBodyBytes < 0 {
		errs = append(errs, errors.New("retention, ping interval, window and body limit must not be negative"))
	}
	return errors.Join(errs...)
}

func (o *Options) setDefaults() {
	if o.GraphURL == "" {
		o.GraphURL = DefaultGraphURL
	}
	if o.Retention == 0 {
		o.Retention = DefaultRetention
	}
	if o.MaxBodyBytes == 0 {
		o.MaxBodyBytes = ingest.DefaultMaxBody
	}
	if o.PingInterval == 0 {
		o.PingInterval = DefaultPingInterval
	}
	if o.Window == 0 {
		o.Window = DefaultWindow
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 60 * time.Second}
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Server is a running relay.
type Server struct {
	opts  Options
	log   *slog.Logger
	store *store

	mu      sync.Mutex
	boxes   map[string]*box // by phone-number id, registered or seen in a webhook
	auth    []authEntry
	closing bool // Serve is stopping: no new sessions

	stats struct {
		sync.Mutex
		accepted, badSignature, tooLarge, storeErrors, authFailures int64
		lastError                                                   string
	}
}

type authEntry struct {
	hash   [32]byte
	number string
}

// box is the relay's view of one business number.
type box struct {
	number     string
	registered bool
	notify     chan struct{} // a webhook was queued

	mu          sync.Mutex
	sess        *session
	backlog     int
	lastSeen    time.Time
	connectedAt time.Time
	remote      string
	delivered   int64
	rejected    int64
	expired     int64
	replaced    int64
	graphCalls  int64
	lastReject  string
}

// New opens the relay's store in opts.Data.
func New(opts Options) (*Server, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	opts.setDefaults()
	if err := os.MkdirAll(opts.Data, 0o700); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	st, err := openStore(filepath.Join(opts.Data, DBFile))
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, log: opts.Logger.With("component", "relay"), store: st, boxes: map[string]*box{}}
	for n, tok := range opts.Boxes {
		s.boxFor(n).registered = true
		s.auth = append(s.auth, authEntry{hash: sha256.Sum256([]byte(tok)), number: n})
	}
	counts, err := st.counts()
	if err != nil {
		st.close()
		return nil, err
	}
	for n, c := range counts {
		s.boxFor(n).backlog = c.backlog
	}
	return s, nil
}

// Close closes the store; call after the HTTP server and Serve stopped.
func (s *Server) Close() error { return s.store.close() }

func (s *Server) boxFor(number string) *box {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := s.boxes[number]
	if b == nil {
		b = &box{number: number, notify: make(chan struct{}, 1)}
		s.boxes[number] = b
	}
	return b
}

// authenticate finds the box whose token is tok, comparing hashes in
// constant time against every registered box.
func (s *Server) authenticate(tok string) *box {
	h := sha256.Sum256([]byte(tok))
	found := ""
	for _, a := range s.auth {
		if subtle.ConstantTimeCompare(h[:], a.hash[:]) == 1 {
			found = a.number
		}
	}
	if found == "" {
		return nil
	}
	return s.boxFor(found)
}

// Routes registers the webhook, the link and /healthz.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /webhook/whatsapp", s.serveVerify)
	mux.HandleFunc("POST /webhook/whatsapp", s.serveWebhook)
	mux.HandleFunc("GET "+LinkPath, s.serveLink)
	mux.HandleFunc("GET /healthz", s.serveHealth)
}

// Handler is a mux with Routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.Routes(mux)
	return mux
}

func (s *Server) serveVerify(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("hub.mode") != "subscribe" || s.opts.VerifyToken == "" ||
		subtle.ConstantTimeCompare([]byte(q.Get("hub.verify_token")), []byte(s.opts.VerifyToken)) != 1 {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, q.Get("hub.challenge"))
}

func (s *Server) count(f func()) {
	s.stats.Lock()
	f()
	s.stats.Unlock()
}

// serveWebhook answers 200 only after the raw body and its signature are
// committed to disk in every queue they belong to.
func (s *Server) serveWebhook(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > s.opts.MaxBodyBytes {
		s.count(func() { s.stats.tooLarge++ })
		http.Error(w, "payload too large", http.StatusRequestEntityTooLarge)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.count(func() { s.stats.tooLarge++ })
			http.Error(w, "payload too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "read body", http.StatusBadRequest)
		return
	}
	sig := r.Header.Get("X-Hub-Signature-256")
	if !ingest.Verify(s.opts.AppSecret, body, sig) {
		s.count(func() { s.stats.badSignature++ })
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	numbers := Route(body)
	if _, err := s.store.enqueue(numbers, s.opts.Now(), sig, body); err != nil {
		s.count(func() { s.stats.storeErrors++; s.stats.lastError = err.Error() })
		s.log.Error("webhook not stored; Meta will retry", "err", err)
		http.Error(w, "not stored", http.StatusInternalServerError)
		return
	}
	s.count(func() { s.stats.accepted++ })
	for _, n := range numbers {
		b := s.boxFor(n)
		b.mu.Lock()
		b.backlog++
		b.mu.Unlock()
		select {
		case b.notify <- struct{}{}:
		default:
		}
		if !b.registered {
			s.log.Warn("webhook for a number no box is registered for: stored", "phone_number_id", n)
		}
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, "ok")
}

// Serve drops webhooks older than the retention, every minute, until ctx
// ends.
func (s *Server) Serve(ctx context.Context) error {
	every := min(time.Minute, s.opts.Retention/10)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := s.Expire(); err != nil {
			s.log.Error("expire", "err", err)
		}
		select {
		case <-ctx.Done():
			s.closeSessions()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Expire drops unacknowledged webhooks older than the retention now.
func (s *Server) Expire() error {
	lost, err := s.store.expire(s.opts.Now().Add(-s.opts.Retention))
	if err != nil {
		return err
	}
	for n, k := range lost {
		b := s.boxFor(n)
		b.mu.Lock()
		b.backlog -= k
		b.expired += int64(k)
		b.mu.Unlock()
		s.log.Warn("unacknowledged webhooks expired", "phone_number_id", n, "count", k, "retention", s.opts.Retention.String())
	}
	return nil
}

// BoxHealth is one number's state on /healthz.
type BoxHealth struct {
	Registered        bool       `json:"registered"`
	Link              string     `json:"link"` // "up" or "down"
	Remote            string     `json:"remote,omitempty"`
	ConnectedSince    *time.Time `json:"connected_since,omitempty"`
	LastSeen          *time.Time `json:"last_seen,omitempty"`
	Backlog           int        `json:"backlog"`
	OldestUnackedAgeS float64    `json:"oldest_unacked_age_seconds"`
	Delivered         int64      `json:"delivered"`
	Rejected          int64      `json:"rejected"`
	LastRejectReason  string     `json:"last_reject_reason,omitempty"`
	Expired           int64      `json:"expired"`
	Replaced          int64      `json:"replaced_connections"`
	GraphCalls        int64      `json:"graph_calls"`
}

// Health is the relay's /healthz body.
type Health struct {
	Status   string               `json:"status"` // "ok" or "degraded"
	Messages []string             `json:"messages,omitempty"`
	Webhooks map[string]int64     `json:"webhooks"`
	Boxes    map[string]BoxHealth `json:"boxes"`
	// Unrouted are numbers with queued webhooks and no registered box
	// ("" for bodies naming no number).
	Unrouted map[string]BoxHealth `json:"unrouted,omitempty"`
}

// Health reports every number's queue and link.
func (s *Server) Health() Health {
	now := s.opts.Now()
	s.stats.Lock()
	h := Health{Status: "ok", Boxes: map[string]BoxHealth{}, Webhooks: map[string]int64{
		"accepted": s.stats.accepted, "bad_signature": s.stats.badSignature, "too_large": s.stats.tooLarge,
		"store_errors": s.stats.storeErrors, "link_auth_failures": s.stats.authFailures}}
	if s.stats.storeErrors > 0 {
		h.Messages = append(h.Messages, "a webhook could not be stored: "+s.stats.lastError)
	}
	s.stats.Unlock()
	s.mu.Lock()
	boxes := make([]*box, 0, len(s.boxes))
	for _, b := range s.boxes {
		boxes = append(boxes, b)
	}
	s.mu.Unlock()
	sort.Slice(boxes, func(i, j int) bool { return boxes[i].number < boxes[j].number })
	for _, b := range boxes {
		b.mu.Lock()
		bh := BoxHealth{Registered: b.registered, Link: "down", Backlog: b.backlog, Delivered: b.delivered,
			Rejected: b.rejected, LastRejectReason: b.lastReject, Expired: b.expired, Replaced: b.replaced,
			GraphCalls: b.graphCalls, Remote: b.remote}
		if b.sess != nil {
			bh.Link = "up"
			t := b.connectedAt
			bh.ConnectedSince = &t
		}
		if !b.lastSeen.IsZero() {
			t := b.lastSeen
			bh.LastSeen = &t
		}
		b.mu.Unlock()
		if bh.Backlog > 0 {
			if o := s.store.oldest(b.number); !o.IsZero() {
				bh.OldestUnackedAgeS = now.Sub(o).Seconds()
			}
		}
		if !b.registered {
			if bh.Backlog > 0 {
				if h.Unrouted == nil {
					h.Unrouted = map[string]BoxHealth{}
				}
				h.Unrouted[b.number] = bh
				h.Messages = append(h.Messages, fmt.Sprintf("%d webhooks for %q wait for a box to be registered", bh.Backlog, b.number))
			}
			continue
		}
		h.Boxes[b.number] = bh
		if bh.Link == "down" && bh.OldestUnackedAgeS > time.Hour.Seconds() {
			h.Messages = append(h.Messages, fmt.Sprintf("box %s has been offline for over an hour with %d webhooks waiting", b.number, bh.Backlog))
		}
	}
	if len(h.Messages) > 0 {
		h.Status = "degraded"
	}
	return h
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	h := s.Health()
	if !s.healthAllowed(r) {
		h = Health{Status: h.Status}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(h)
}

// healthAllowed: the full report goes to this machine itself (not through
// a local reverse proxy) or to a bearer of the health token.
func (s *Server) healthAllowed(r *http.Request) bool {
	if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && s.opts.HealthToken != "" &&
		subtle.ConstantTimeCompare([]byte(tok), []byte(s.opts.HealthToken)) == 1 {
		return true
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	ip := net.ParseIP(host)
	proxied := r.Header.Get("X-Forwarded-For") != "" || r.Header.Get("Forwarded") != "" || r.Header.Get("X-Real-Ip") != ""
	return err == nil && ip != nil && ip.IsLoopback() && !proxied
}
