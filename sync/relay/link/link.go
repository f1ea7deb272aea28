// Package link is the box's side of the relay link: a service that dials
// out to fatoora-relay over a websocket (so a box behind the shop's NAT can
// receive Meta's webhooks), hands each webhook's raw bytes and signature to
// the box's ingester — which verifies Meta's HMAC itself, so the relay
// cannot alter a message unnoticed — and acknowledges a webhook only after
// the ingester's durable commit. One customer's webhooks are taken in the
// relay's order, several customers' at once; a webhook that fails
// verification is refused (Nack) and not retried. The link reconnects with
// jittered backoff and, as an http.RoundTripper, carries the box's Graph
// API calls out through the relay (--relay-graph), which adds Meta's
// access token.
package link

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"fatoora/appliance/health"
	"fatoora/appliance/ingest"
	"fatoora/appliance/part"
	"fatoora/appliance/supervise"
	"fatoora/sync/relay/proto"

	"github.com/gorilla/websocket"
)

// LinkPath is the relay's link endpoint under the base URL (the relay's
// server.LinkPath).
const LinkPath = "/link"

// GraphBase is the Graph URL to give the box's WhatsApp client when its
// calls go through the link: the host is never dialled; the path after it
// ("/{phone-number-id}/messages") is what the relay forwards.
const GraphBase = "http://fatoora-relay.invalid"

// maxFromRelay bounds a frame from the relay: a 3 MB webhook or a 1 MB
// Graph answer, with room for the envelope.
const maxFromRelay = 4 << 20

// Options configure a Link.
type Options struct {
	// URL is the relay's base URL, ws:// or wss:// (e.g.
	// wss://relay.example.com). Required.
	URL string
	// Token authenticates the box to the relay. Required.
	Token string
	// Accept stores one webhook durably and returns after the commit (the
	// box passes Ingester.Accept with source "relay"). Required.
	Accept func(ctx context.Context, body []byte, signature string) error
	// Refused tells whether an Accept error means the bytes themselves are
	// bad (refused for good) rather than a passing failure (retried after
	// reconnecting). Default: ingest's bad signature, malformed, too large.
	Refused func(error) bool
	// OnWelcome is called with the business number the relay registered
	// this box for, each time the link comes up (the box passes
	// Ingester.SetPhoneNumberID, so a post naming several shops' numbers
	// stores only this shop's messages). Optional.
	OnWelcome func(phoneNumberID string)
	// Lanes is how many customers' webhooks are committed at once
	// (default 8; 1 takes them strictly one by one).
	Lanes int
	// Software is sent in Hello for the relay's logs.
	Software string
	// PingInterval: the box pings this often and drops a relay silent for
	// three intervals (default 15 s).
	PingInterval time.Duration
	// MinBackoff and MaxBackoff bound the reconnect delay (default 500 ms,
	// 30 s); each delay is drawn from [d/2, d) with Rand.
	MinBackoff, MaxBackoff time.Duration
	// Rand returns a number in [0,1) (default math/rand/v2).
	Rand func() float64
	// Now is the clock (default time.Now).
	Now func() time.Time
	// After waits before a reconnect (default time.After).
	After func(time.Duration) <-chan time.Time
	// Dialer opens the websocket (default one with a 10 s handshake).
	Dialer *websocket.Dialer
	Logger *slog.Logger
}

// Validate reports the first problem with o.
func (o *Options) Validate() error {
	u, err := url.Parse(o.URL)
	if err != nil || (u.Scheme != "ws" && u.Scheme != "wss") || u.Host == "" {
		return fmt.Errorf("relay url %q: want ws://host:port or wss://host", o.URL)
	}
	if u.User != nil || u.RawQuery != "" {
		return fmt.Errorf("relay url %q: no credentials or query in the url (use the token)", o.URL)
	}
	if o.Token == "" {
		return errors.New("relay token is required")
	}
	if o.Accept == nil {
		return errors.New("relay link: Accept is required")
	}
	return nil
}

func (o *Options) setDefaults() {
	if o.Refused == nil {
		o.Refused = func(err error) bool {
			return errors.Is(err, ingest.ErrBadSignature) || errors.Is(err, ingest.ErrMalformed) || errors.Is(err, ingest.ErrTooLarge)
		}
	}
	if o.Lanes <= 0 {
		o.Lanes = 8
	}
	if o.Software == "" {
		o.Software = "fatoora"
	}
	if o.PingInterval <= 0 {
		o.PingInterval = 15 * time.Second
	}
	if o.MinBackoff <= 0 {
		o.MinBackoff = 500 * time.Millisecond
	}
	if o.MaxBackoff < o.MinBackoff {
		o.MaxBackoff = max(30*time.Second, o.MinBackoff)
	}
	if o.Rand == nil {
		o.Rand = rand.Float64
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.After == nil {
		o.After = time.After
	}
	if o.Dialer == nil {
		o.Dialer = &websocket.Dialer{HandshakeTimeout: 10 * time.Second, Proxy: http.ProxyFromEnvironment,
			ReadBufferSize: 32 << 10, WriteBufferSize: 32 << 10}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// State is what the link reports on the box's /healthz.
type State struct {
	Link           string    `json:"link"` // connecting, up, down, refused, replaced
	URL            string    `json:"url"`
	PhoneNumberID  string    `json:"phone_number_id,omitempty"`
	ConnectedSince time.Time `json:"connected_since,omitzero"`
	LastFrame      time.Time `json:"last_frame,omitzero"`
	// RelayBacklog and RelayOldest are the relay's queue for this box when
	// the link last came up.
	RelayBacklog uint64    `json:"relay_backlog_at_connect"`
	RelayOldest  time.Time `json:"relay_oldest_at_connect,omitzero"`
	Received     int64     `json:"webhooks_received"`
	Acked        int64     `json:"webhooks_acked"`
	Rejected     int64     `json:"webhooks_rejected"`
	Connects     int64     `json:"connects"`
	GraphCalls   int64     `json:"graph_calls"`
	GraphErrors  int64     `json:"graph_errors"`
	LastError    string    `json:"last_error,omitempty"`
	LastReject   string    `json:"last_reject,omitempty"`
}

// Link is the box's relay link.
type Link struct {
	opts Options
	log  *slog.Logger
	ws   string // the link endpoint

	mu    sync.Mutex
	state State
	sess  *session
	up    chan struct{} // closed when a session is up; replaced when it ends
}

// New checks opts and returns a link; Serve runs it.
func New(opts Options) (*Link, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	opts.setDefaults()
	l := &Link{opts: opts, log: opts.Logger.With("component", "relay"),
		ws: strings.TrimRight(opts.URL, "/") + LinkPath, up: make(chan struct{})}
	l.state = State{Link: "connecting", URL: opts.URL}
	return l, nil
}

// Part attaches the link to the box: the service "relay" and the health
// reporter "relay".
func (l *Link) Part() part.Part {
	return part.Part{
		Name:     "relay",
		Health:   map[string]func() health.State{"relay": l.Health},
		Services: map[string]supervise.Service{"relay": l},
	}
}

// State returns a copy of the link's state.
func (l *Link) State() State {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.state
}

func (l *Link) update(f func(*State)) {
	l.mu.Lock()
	f(&l.state)
	l.mu.Unlock()
}

// Health is the box's /healthz view of the link.
func (l *Link) Health() health.State {
	s := l.State()
	st := health.State{Status: health.OK, Details: map[string]any{
		"link": s.Link, "url": s.URL, "phone_number_id": s.PhoneNumberID,
		"webhooks_received": s.Received, "webhooks_acked": s.Acked, "webhooks_rejected": s.Rejected,
		"connects": s.Connects, "graph_calls": s.GraphCalls, "graph_errors": s.GraphErrors,
		"relay_backlog_at_connect": s.RelayBacklog,
	}}
	if !s.ConnectedSince.IsZero() {
		st.Details["connected_since"] = s.ConnectedSince
	}
	if !s.LastFrame.IsZero() {
		st.Details["last_frame"] = s.LastFrame
	}
	if s.LastReject != "" {
		st.Details["last_reject"] = s.LastReject
	}
	if !s.RelayOldest.IsZero() {
		st.Details["relay_oldest_unacked_at_connect"] = s.RelayOldest
	}
	switch s.Link {
	case "up":
	case "refused":
		st.Status, st.Message = health.Degraded, "the relay refused this box's token: check FATOORA_RELAY_TOKEN ("+s.LastError+")"
	case "replaced":
		st.Status, st.Message = health.Degraded, "another box connected to the relay with this box's token: give each box its own"
	default:
		st.Status, st.Message = health.Degraded, "not connected to the relay: WhatsApp messages wait there"
		if s.LastError != "" {
			st.Message += " (" + s.LastError + ")"
		}
	}
	return st
}

// Backoff is the delay before reconnect attempt n (0-based): doubling from
// min up to max, drawn from [d/2, d) with r in [0,1).
func Backoff(n int, min, max time.Duration, r float64) time.Duration {
	d := min
	for i := 0; i < n && d < max; i++ {
		d *= 2
	}
	if d > max {
		d = max
	}
	return d/2 + time.Duration(r*float64(d/2))
}

// Serve keeps the link up until ctx is cancelled (a clean stop: ctx's
// error). All reconnect logic is here.
func (l *Link) Serve(ctx context.Context) error {
	fails := 0
	for {
		welcomed, err := l.session(ctx)
		if ctx.Err() != nil {
			l.update(func(s *State) { s.Link = "down" })
			return ctx.Err()
		}
		var perr proto.Error
		refused := errors.As(err, &perr) && perr.Code == proto.CodeUnauthorized
		// Replaced: another process connected with this box's token (two
		// boxes on one token would otherwise take turns every second).
		replaced := errors.As(err, &perr) && perr.Code == proto.CodeReplaced
		if welcomed {
			fails = 0
		}
		wait := Backoff(fails, l.opts.MinBackoff, l.opts.MaxBackoff, l.opts.Rand())
		if refused || replaced {
			wait = l.opts.MaxBackoff
		}
		fails++
		l.update(func(s *State) {
			s.Link = "down"
			switch {
			case refused:
				s.Link = "refused"
			case replaced:
				s.Link = "replaced"
			}
			s.ConnectedSince = time.Time{}
			if err != nil {
				s.LastError = err.Error()
			}
		})
		if fails == 1 || refused || replaced {
			l.log.Warn("relay link down; reconnecting", "err", err, "in", wait.String())
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-l.opts.After(wait):
		}
	}
}

// session is one connection's state.
type session struct {
	conn *proto.Conn
	done chan struct{}

	mu      sync.Mutex
	nextID  uint64
	pending map[uint64]chan proto.GraphResponse
}

// session runs one connection until it breaks; welcomed reports whether
// the relay accepted it.
func (l *Link) session(ctx context.Context) (welcomed bool, err error) {
	l.update(func(s *State) { s.Link = "connecting" })
	dctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	ws, resp, err := l.opts.Dialer.DialContext(dctx, l.ws, nil)
	cancel()
	if err != nil {
		if resp != nil {
			return false, fmt.Errorf("dial relay: %w (http %d)", err, resp.StatusCode)
		}
		return false, fmt.Errorf("dial relay: %w", err)
	}
	conn := proto.NewConn(ws, maxFromRelay, 10*time.Second)
	defer ws.Close()
	if err := conn.Send(proto.Hello{Token: l.opts.Token, Software: l.opts.Software}); err != nil {
		return false, err
	}
	stopWaiting := context.AfterFunc(ctx, conn.StopReading) // a stop does not wait for the relay
	f, err := conn.Recv(time.Now().Add(15 * time.Second))
	stopWaiting()
	if err != nil {
		return false, fmt.Errorf("relay hello: %w", err)
	}
	switch f := f.(type) {
	case proto.Welcome:
		l.update(func(s *State) {
			s.Link, s.PhoneNumberID, s.ConnectedSince, s.LastFrame = "up", f.PhoneNumberID, l.opts.Now(), l.opts.Now()
			s.RelayBacklog, s.RelayOldest, s.LastError = f.Backlog, time.Time{}, ""
			if f.OldestUnix > 0 {
				s.RelayOldest = time.Unix(f.OldestUnix, 0)
			}
			s.Connects++
		})
		if l.opts.OnWelcome != nil {
			l.opts.OnWelcome(f.PhoneNumberID)
		}
		l.log.Info("relay link up", "url", l.opts.URL, "phone_number_id", f.PhoneNumberID, "relay_backlog", f.Backlog)
	case proto.Error:
		return false, f
	default:
		return false, fmt.Errorf("relay answered hello with %s", f.Type())
	}

	sess := &session{conn: conn, done: make(chan struct{}), pending: map[uint64]chan proto.GraphResponse{}}
	l.mu.Lock()
	l.sess = sess
	close(l.up)
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		l.sess = nil
		l.up = make(chan struct{})
		l.mu.Unlock()
		close(sess.done)
	}()
	err = l.run(ctx, sess)
	if ctx.Err() != nil {
		conn.Close(websocket.CloseNormalClosure, "box stopping")
	}
	return true, err
}

// run reads frames; webhooks go to one worker in order, so the reader
// keeps answering pings while the box commits.
func (l *Link) run(ctx context.Context, sess *session) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	work := make(chan proto.Webhook, 256)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := l.work(ctx, sess, work); err != nil {
			cancel(err)
		}
	}()
	go func() {
		defer wg.Done()
		if err := l.ping(ctx, sess); err != nil {
			cancel(err)
		}
	}()
	defer wg.Wait()
	readErr := make(chan error, 1)
	go func() { readErr <- l.read(ctx, sess, work) }()
	select {
	case err := <-readErr:
		cancel(err)
		return err
	case <-ctx.Done():
		sess.conn.StopReading()
		<-readErr
		return context.Cause(ctx)
	}
}

func (l *Link) read(ctx context.Context, sess *session, work chan<- proto.Webhook) error {
	for {
		f, err := sess.conn.Recv(time.Now().Add(3 * l.opts.PingInterval))
		if err != nil {
			return fmt.Errorf("read: %w", err)
		}
		l.update(func(s *State) { s.LastFrame = l.opts.Now() })
		switch f := f.(type) {
		case proto.Webhook:
			l.update(func(s *State) { s.Received++ })
			select {
			case work <- f:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		case proto.Ping:
			if err := sess.conn.Send(proto.Pong(f)); err != nil {
				return err
			}
		case proto.Pong:
		case proto.GraphResponse:
			sess.mu.Lock()
			ch := sess.pending[f.ID]
			delete(sess.pending, f.ID)
			sess.mu.Unlock()
			if ch != nil {
				ch <- f
			}
		case proto.Error:
			return f
		default:
			return fmt.Errorf("unexpected %s frame from relay", f.Type())
		}
	}
}

// work accepts webhooks in lanes: webhooks whose messages all come from one
// customer go to that customer's lane (a hash of the customer), so
// different customers commit concurrently and share the box's group
// commit, while one customer's webhooks stay in the relay's order. A
// webhook naming several customers, or none, waits for every lane to
// drain and is taken alone. A passing failure ends the session without an
// ack, so the relay resends that webhook and every later unacknowledged
// one, in order, after reconnecting.
func (l *Link) work(ctx context.Context, sess *session, work <-chan proto.Webhook) error {
	parent := ctx
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	type item struct {
		w       proto.Webhook
		reached chan<- struct{} // a barrier: signal when every earlier item is done
	}
	lanes := make([]chan item, l.opts.Lanes)
	var wg sync.WaitGroup
	defer wg.Wait()
	for i := range lanes {
		lanes[i] = make(chan item, 16)
		wg.Add(1)
		go func(lane <-chan item) {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case it := <-lane:
					if it.reached != nil {
						it.reached <- struct{}{}
						continue
					}
					if err := l.accept(ctx, sess, it.w); err != nil {
						cancel(err)
						return
					}
				}
			}
		}(lanes[i])
	}
	stopped := func() error {
		if parent.Err() != nil {
			return nil
		}
		return context.Cause(ctx)
	}
	for {
		var w proto.Webhook
		select {
		case <-ctx.Done():
			return stopped()
		case w = <-work:
		}
		key, ok := customerOf(w.Body)
		if ok {
			select {
			case lanes[laneOf(key, len(lanes))] <- item{w: w}:
			case <-ctx.Done():
				return stopped()
			}
			continue
		}
		reached := make(chan struct{}, len(lanes))
		for _, lane := range lanes {
			select {
			case lane <- item{reached: reached}:
			case <-ctx.Done():
				return stopped()
			}
		}
		for range lanes {
			select {
			case <-reached:
			case <-ctx.Done():
				return stopped()
			}
		}
		if err := l.accept(ctx, sess, w); err != nil {
			return err
		}
	}
}

// accept hands one webhook to the box and acknowledges or refuses it.
func (l *Link) accept(ctx context.Context, sess *session, w proto.Webhook) error {
	err := l.opts.Accept(ctx, w.Body, w.Signature)
	switch {
	case err == nil:
		if err := sess.conn.Send(proto.Ack{Seq: w.Seq}); err != nil {
			return err
		}
		l.update(func(s *State) { s.Acked++ })
	case l.opts.Refused(err):
		l.log.Warn("relay webhook refused", "seq", w.Seq, "err", err)
		l.update(func(s *State) { s.Rejected++; s.LastReject = err.Error() })
		if err := sess.conn.Send(proto.Nack{Seq: w.Seq, Reason: err.Error()}); err != nil {
			return err
		}
	default:
		return fmt.Errorf("accept webhook %d: %w", w.Seq, err)
	}
	return nil
}

// customerOf names the one customer a webhook is about (messages' from,
// statuses' recipient_id); ok is false when it names none or several.
func customerOf(body []byte) (key string, ok bool) {
	var env struct {
		Entry []struct {
			Changes []struct {
				Value struct {
					Messages []struct {
						From string `json:"from"`
					} `json:"messages"`
					Statuses []struct {
						RecipientID string `json:"recipient_id"`
					} `json:"statuses"`
				} `json:"value"`
			} `json:"changes"`
		} `json:"entry"`
	}
	if json.Unmarshal(body, &env) != nil {
		return "", false
	}
	for _, e := range env.Entry {
		for _, c := range e.Changes {
			for _, m := range c.Value.Messages {
				if m.From == "" || (key != "" && m.From != key) {
					return "", false
				}
				key = m.From
			}
			for _, st := range c.Value.Statuses {
				if st.RecipientID == "" || (key != "" && st.RecipientID != key) {
					return "", false
				}
				key = st.RecipientID
			}
		}
	}
	return key, key != ""
}

func laneOf(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func (l *Link) ping(ctx context.Context, sess *session) error {
	t := time.NewTicker(l.opts.PingInterval)
	defer t.Stop()
	for n := uint64(1); ; n++ {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if err := sess.conn.Send(proto.Ping{Nonce: n}); err != nil {
			return err
		}
	}
}

// ErrLinkDown is RoundTrip's error when the relay is not connected; the
// box's outbox retries later.
var ErrLinkDown = errors.New("relay link down")

// maxGraphRequest bounds a Graph call carried to the relay (a media upload).
const maxGraphRequest = 16 << 20

// RoundTrip carries one Graph API call through the relay. Only the path
// of the request's URL is sent; the relay adds the Graph base and Meta's
// token, and answers with Graph's status and body.
func (l *Link) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		b, err := io.ReadAll(io.LimitReader(req.Body, maxGraphRequest+1))
		req.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("relay graph: read request: %w", err)
		}
		if len(b) > maxGraphRequest {
			return nil, fmt.Errorf("relay graph: request over %d bytes", maxGraphRequest)
		}
		body = b
	}
	l.update(func(s *State) { s.GraphCalls++ })
	fail := func(err error) (*http.Response, error) {
		l.update(func(s *State) { s.GraphErrors++ })
		return nil, err
	}
	l.mu.Lock()
	sess, up := l.sess, l.up
	l.mu.Unlock()
	if sess == nil { // wait a little for a reconnect in progress
		t := time.NewTimer(5 * time.Second)
		select {
		case <-up:
			t.Stop()
		case <-t.C:
			return fail(ErrLinkDown)
		case <-req.Context().Done():
			t.Stop()
			return fail(req.Context().Err())
		}
		l.mu.Lock()
		sess = l.sess
		l.mu.Unlock()
		if sess == nil {
			return fail(ErrLinkDown)
		}
	}
	ch := make(chan proto.GraphResponse, 1)
	sess.mu.Lock()
	sess.nextID++
	id := sess.nextID
	sess.pending[id] = ch
	sess.mu.Unlock()
	defer func() {
		sess.mu.Lock()
		delete(sess.pending, id)
		sess.mu.Unlock()
	}()
	if err := sess.conn.Send(proto.GraphRequest{ID: id, Method: req.Method, Path: req.URL.Path,
		ContentType: req.Header.Get("Content-Type"), Body: body}); err != nil {
		return fail(fmt.Errorf("relay graph: %w", err))
	}
	select {
	case r := <-ch:
		h := http.Header{}
		if r.ContentType != "" {
			h.Set("Content-Type", r.ContentType)
		}
		return &http.Response{StatusCode: int(r.Status), Status: fmt.Sprintf("%d %s", r.Status, http.StatusText(int(r.Status))),
			Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: h, Request: req,
			Body: io.NopCloser(bytes.NewReader(r.Body)), ContentLength: int64(len(r.Body))}, nil
	case <-sess.done:
		return fail(fmt.Errorf("relay graph: %w (while waiting for the answer)", ErrLinkDown))
	case <-req.Context().Done():
		return fail(req.Context().Err())
	}
}
