package proto

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// pair is two ends of a real websocket on loopback.
func pair(t *testing.T) (client, server *Conn) {
	t.Helper()
	got := make(chan *websocket.Conn, 1)
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ws, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
		if err != nil {
			return
		}
		got <- ws
	}))
	t.Cleanup(hs.Close)
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(hs.URL, "http"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	select {
	case sws := <-got:
		t.Cleanup(func() { sws.Close() })
		return NewConn(ws, 0, 5*time.Second), NewConn(sws, 0, 5*time.Second)
	case <-time.After(10 * time.Second):
		t.Fatal("no server side within 10 s")
	}
	return nil, nil
}

// StopReading ends a Recv in progress and every later one, from another
// goroutine, while the connection still writes.
func TestConn_StopReading(t *testing.T) {
	c, s := pair(t)
	errc := make(chan error, 1)
	go func() {
		_, err := s.Recv(time.Now().Add(time.Minute))
		errc <- err
	}()
	time.Sleep(20 * time.Millisecond) // let it block (either order must work)
	s.StopReading()
	select {
	case err := <-errc:
		if !errors.Is(err, ErrStopped) {
			t.Fatalf("Recv in progress = %v, want ErrStopped", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Recv in progress did not return within 10 s of StopReading")
	}
	if _, err := s.Recv(time.Now().Add(time.Minute)); !errors.Is(err, ErrStopped) {
		t.Fatalf("Recv after StopReading = %v, want ErrStopped", err)
	}
	if err := s.Send(Error{Code: CodeShutdown, Message: "bye"}); err != nil {
		t.Fatalf("Send after StopReading: %v", err)
	}
	f, err := c.Recv(time.Now().Add(10 * time.Second))
	if e, ok := f.(Error); err != nil || !ok || e.Code != CodeShutdown {
		t.Fatalf("peer got %v, %v", f, err)
	}
}
