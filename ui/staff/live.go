package staff

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"fatoora/appliance/access"
)

// The live dashboard: one hub per UI watches the box and pushes a fresh
// dashboard to every open dashboard over a websocket when something
// changed. It runs only while a dashboard is open: every liveEvery it
// reads the data file's version (one read transaction, no records) and the
// health report; only when either moved does it read the day's summary,
// once, and format it in each subscriber's language.

// liveEvery is how often the hub looks for a change.
const liveEvery = time.Second

// liveRecheck is how often an open connection checks its session again (a
// revoked or expired session closes it).
const liveRecheck = time.Minute

// livePush is one push to the browser.
type livePush struct {
	Figures map[string]liveFigure `json:"figures"`
	Health  []healthItem          `json:"health"`
}

type liveFigure struct {
	Value string `json:"v"`
	Sub   string `json:"s"`
	Tone  string `json:"t"`
}

func pushOf(d dashboard) livePush {
	p := livePush{Figures: map[string]liveFigure{}, Health: d.Health}
	for _, f := range d.Figures {
		p.Figures[f.Key] = liveFigure{Value: f.Value, Sub: f.Sub, Tone: f.Tone}
	}
	return p
}

type liveSub struct {
	lang Lang
	ch   chan []byte // the latest push; an unread one is replaced
}

// liveHub fans the dashboard out to its subscribers.
type liveHub struct {
	u       *UI
	mu      sync.Mutex
	subs    map[*liveSub]struct{}
	running bool
}

func (h *liveHub) subscribe(lang Lang) *liveSub {
	s := &liveSub{lang: lang, ch: make(chan []byte, 1)}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.subs == nil {
		h.subs = map[*liveSub]struct{}{}
	}
	h.subs[s] = struct{}{}
	if !h.running {
		h.running = true
		go h.run()
	}
	return s
}

func (h *liveHub) unsubscribe(s *liveSub) {
	h.mu.Lock()
	delete(h.subs, s)
	h.mu.Unlock()
}

// run watches until the last subscriber has left.
func (h *liveHub) run() {
	t := time.NewTicker(liveEvery)
	defer t.Stop()
	var lastVersion uint64
	var lastHealth []byte
	first := true
	for range t.C {
		h.mu.Lock()
		if len(h.subs) == 0 {
			h.running = false
			h.mu.Unlock()
			return
		}
		h.mu.Unlock()
		version := h.u.opts.Pipeline.Version()
		var rep []byte
		if h.u.opts.Health != nil {
			rep, _ = json.Marshal(h.u.opts.Health.Report())
		}
		if !first && version == lastVersion && string(rep) == string(lastHealth) {
			continue
		}
		first, lastVersion, lastHealth = false, version, rep
		h.broadcast()
	}
}

// broadcast reads the summary once and pushes it to everyone.
func (h *liveHub) broadcast() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, rep, err := h.u.summarize(ctx)
	if err != nil {
		h.u.log.Error("live dashboard", "err", err)
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	msgs := map[Lang][]byte{}
	for sub := range h.subs {
		b, ok := msgs[sub.lang]
		if !ok {
			b, _ = json.Marshal(pushOf(dashboardOf(sub.lang, s, rep)))
			msgs[sub.lang] = b
		}
		select {
		case <-sub.ch: // drop the unread older push
		default:
		}
		sub.ch <- b
	}
}

// serveLive upgrades GET /api/live to a websocket that receives the
// dashboard as JSON whenever it changes. Only a page of this box may open
// it: the Origin must be the box's own address.
func (u *UI) serveLive(w http.ResponseWriter, r *http.Request) {
	if u.opts.Pipeline == nil {
		http.NotFound(w, r)
		return
	}
	up := websocket.Upgrader{
		HandshakeTimeout: 10 * time.Second,
		CheckOrigin: func(r *http.Request) bool {
			o, err := url.Parse(r.Header.Get("Origin"))
			return err == nil && o.Host != "" && o.Host == r.Host && (o.Scheme == "http" || o.Scheme == "https")
		},
	}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader answered the error
	}
	defer conn.Close()
	lang := langOf(r)
	sub := u.live.subscribe(lang)
	defer u.live.unsubscribe(sub)

	// The reader notices the browser leaving (and discards what it sends).
	gone := make(chan struct{})
	go func() {
		defer close(gone)
		conn.SetReadLimit(512)
		for {
			if _, _, err := conn.NextReader(); err != nil {
				return
			}
		}
	}()
	write := func(typ int, b []byte) error {
		_ = conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
		return conn.WriteMessage(typ, b)
	}
	recheck := time.NewTicker(liveRecheck)
	defer recheck.Stop()
	ping := time.NewTicker(30 * time.Second)
	defer ping.Stop()
	for {
		select {
		case <-gone:
			return
		case b := <-sub.ch:
			if write(websocket.TextMessage, b) != nil {
				return
			}
		case <-ping.C:
			if write(websocket.PingMessage, nil) != nil {
				return
			}
		case <-recheck.C:
			if a, _, ok := u.session(r); !ok || !a.User.Can(access.PermDashboard) {
				_ = write(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.ClosePolicyViolation, "session ended"))
				return
			}
		}
	}
}
