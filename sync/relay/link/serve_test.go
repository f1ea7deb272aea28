package link_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"fatoora/sync/relay/internal/relaytest"
	"fatoora/sync/relay/link"
	"fatoora/sync/relay/proto"
	"fatoora/sync/relay/server"

	"github.com/gorilla/websocket"
)

// recorder stands in for time.After: it records each reconnect delay and
// fires at once, cancelling the link after n delays.
type recorder struct {
	mu     sync.Mutex
	waits  []time.Duration
	n      int
	cancel context.CancelFunc
}

func (r *recorder) after(d time.Duration) <-chan time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.waits = append(r.waits, d)
	if len(r.waits) >= r.n {
		r.cancel()
	}
	c := make(chan time.Time, 1)
	c <- time.Time{}
	return c
}

func runLink(t *testing.T, url, token string, n int) []time.Duration {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	rec := &recorder{n: n, cancel: cancel}
	l, err := link.New(link.Options{URL: url, Token: token, Logger: slog.New(slog.DiscardHandler),
		Accept:     func(context.Context, []byte, string) error { return nil },
		MinBackoff: time.Second, MaxBackoff: 8 * time.Second,
		Rand: func() float64 { return 0.5 }, After: rec.after})
	if err != nil {
		t.Fatal(err)
	}
	var served error
	relaytest.Within(t, 20*time.Second, "the link's Serve after its last reconnect wait", func() { served = l.Serve(ctx) })
	if served != context.Canceled {
		t.Fatalf("Serve = %v", served)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return rec.waits
}

func startRelay(t *testing.T) (*server.Server, string, func()) {
	t.Helper()
	s, err := server.New(server.Options{Data: t.TempDir(), AppSecret: []byte("s"), Logger: slog.New(slog.DiscardHandler),
		Boxes: map[string]string{"106": "right-token-0123456789"}})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s.Handler())
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan struct{})
	go func() { _ = s.Serve(ctx); close(served) }()
	// As fatoora-relay stops: HTTP, then the links, then the store.
	stop := relaytest.Once(t, 20*time.Second, "relay", func() { hs.Close(); cancel(); <-served; s.Close() })
	t.Cleanup(stop)
	return s, "ws" + strings.TrimPrefix(hs.URL, "http"), stop
}

func TestLink_ReconnectBackoff(t *testing.T) {
	t.Run("unreachable: doubling with jitter", func(t *testing.T) {
		got := runLink(t, "ws://127.0.0.1:1", "any-token", 5)
		want := []time.Duration{750 * time.Millisecond, 1500 * time.Millisecond, 3 * time.Second, 6 * time.Second, 6 * time.Second}
		if len(got) != len(want) {
			t.Fatalf("waits %v, want %v", got, want)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("waits %v, want %v", got, want)
			}
		}
	})
	t.Run("refused token: the longest wait each time", func(t *testing.T) {
		_, url, _ := startRelay(t)
		for _, w := range runLink(t, url, "wrong-token-0123456789", 3) {
			if w != 8*time.Second {
				t.Fatalf("wait %v after a refusal, want the maximum", w)
			}
		}
	})
	t.Run("after a welcome the backoff starts over", func(t *testing.T) {
		// The relay welcomes the box, then goes away: the first wait is the
		// shortest, as after any good connection; then it doubles.
		_, url, stop := startRelay(t)
		ctx, cancel := context.WithCancel(context.Background())
		rec := &recorder{n: 2, cancel: cancel}
		l, err := link.New(link.Options{URL: url, Token: "right-token-0123456789", Logger: slog.New(slog.DiscardHandler),
			Accept:     func(context.Context, []byte, string) error { return nil },
			MinBackoff: time.Second, MaxBackoff: 8 * time.Second, Rand: func() float64 { return 0.5 }, After: rec.after})
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- l.Serve(ctx) }()
		relaytest.Until(t, 10*time.Second, "the link to come up", func() bool { return l.State().Link == "up" })
		stop()
		relaytest.Within(t, 20*time.Second, "the link's Serve after the relay stopped", func() { <-done })
		rec.mu.Lock()
		defer rec.mu.Unlock()
		if len(rec.waits) != 2 || rec.waits[0] != 750*time.Millisecond || rec.waits[1] != 1500*time.Millisecond {
			t.Fatalf("waits %v, want [750ms 1.5s]", rec.waits)
		}
	})
}

// busyRelay welcomes a box and then sends it pings without pause until the
// box hangs up.
func busyRelay(t *testing.T) string {
	t.Helper()
	up := websocket.Upgrader{}
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ws, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		conn := proto.NewConn(ws, 0, 5*time.Second)
		defer ws.Close()
		if _, err := conn.Recv(time.Now().Add(5 * time.Second)); err != nil {
			return
		}
		if conn.Send(proto.Welcome{PhoneNumberID: "106"}) != nil {
			return
		}
		go func() { // drain the box's pongs
			for {
				if _, err := conn.Recv(time.Now().Add(10 * time.Second)); err != nil {
					return
				}
			}
		}()
		for n := uint64(0); conn.Send(proto.Ping{Nonce: n}) == nil; n++ {
		}
	}))
	t.Cleanup(hs.Close)
	return "ws" + strings.TrimPrefix(hs.URL, "http")
}

// A box that stops while the relay sends frames without pause still stops:
// its reader is stopped even when it is between two frames.
func TestLink_StopsWhileRelayIsBusy(t *testing.T) {
	url := busyRelay(t)
	for range 10 {
		ctx, cancel := context.WithCancel(context.Background())
		l, err := link.New(link.Options{URL: url, Token: "t", Logger: slog.New(slog.DiscardHandler),
			Accept: func(context.Context, []byte, string) error { return nil }})
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- l.Serve(ctx) }()
		relaytest.Until(t, 10*time.Second, "the link to come up and read frames", func() bool {
			st := l.State()
			return st.Link == "up" && st.LastFrame.After(st.ConnectedSince)
		})
		cancel()
		relaytest.Within(t, 10*time.Second, "the link's Serve after cancel", func() {
			if err := <-done; err != context.Canceled {
				t.Errorf("Serve = %v", err)
			}
		})
	}
}
