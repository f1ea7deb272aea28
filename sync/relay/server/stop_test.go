package server_test

import (
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"fatoora/appliance/whatsapp/graphsim"
	"fatoora/sync/relay/internal/relaytest"
	"fatoora/sync/relay/proto"
	"fatoora/sync/relay/server"

	"github.com/gorilla/websocket"
)

// dialBox opens a raw link with token and returns it after the Welcome.
func dialBox(t *testing.T, r *relay, token string) (*proto.Conn, proto.Welcome) {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(r.ws+server.LinkPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	conn := proto.NewConn(ws, 0, 5*time.Second)
	if err := conn.Send(proto.Hello{Token: token}); err != nil {
		t.Fatal(err)
	}
	f, err := conn.Recv(time.Now().Add(5 * time.Second))
	if err != nil {
		t.Fatal(err)
	}
	w, ok := f.(proto.Welcome)
	if !ok {
		t.Fatalf("relay answered hello with %s", f.Type())
	}
	return conn, w
}

// A box's acknowledgements and refusals apply to its own queue only: box
// A acknowledging (or refusing) the sequence numbers of box B's webhooks
// removes none of them, and box B still receives every one.
func TestServer_AckCannotTouchAnotherBox(t *testing.T) {
	r := startRelay(t, t.TempDir(), nil)
	for i := range 3 {
		b := webhook(numB, "201002000000", fmt.Sprintf("wamid.B%d", i), fmt.Sprintf("B %d", i))
		if code := post(t, r.url, b, graphsim.Sign(secret, b)); code != 200 {
			t.Fatalf("post: %d", code)
		}
	}
	a, w := dialBox(t, r, tokA)
	if w.PhoneNumberID != numA || w.Backlog != 0 {
		t.Fatalf("box A welcomed as %+v", w)
	}
	for seq := uint64(1); seq <= 3; seq++ {
		if err := a.Send(proto.Ack{Seq: seq}); err != nil {
			t.Fatal(err)
		}
		if err := a.Send(proto.Nack{Seq: seq, Reason: "not mine"}); err != nil {
			t.Fatal(err)
		}
	}
	// A ping after the acks: its pong means the relay has read them all.
	if err := a.Send(proto.Ping{Nonce: 99}); err != nil {
		t.Fatal(err)
	}
	for {
		f, err := a.Recv(time.Now().Add(5 * time.Second))
		if err != nil {
			t.Fatal(err)
		}
		if p, ok := f.(proto.Pong); ok && p.Nonce == 99 {
			break
		}
		if _, ok := f.(proto.Webhook); ok {
			t.Fatal("box A received a webhook of box B")
		}
	}
	// Hang up: a session commits the acknowledgements it holds before the
	// relay shows its link down.
	a.Underlying().Close()
	waitFor(t, "box A's link down", func() bool { return r.Health().Boxes[numA].Link == "down" })
	if h := r.Health(); h.Boxes[numB].Backlog != 3 || h.Boxes[numB].Rejected != 0 || h.Boxes[numA].Delivered != 0 {
		t.Fatalf("box A's acks changed box B's queue: %+v", h.Boxes)
	}
	bx := startBox(t, r.ws, tokB, nil)
	waitFor(t, "box B's three webhooks", func() bool { return bx.ing.Stats().Messages == 3 })
	if got := bx.messages(t); fmt.Sprint(got) != "[B 0 B 1 B 2]" {
		t.Fatalf("box B got %q", got)
	}
}

// A relay that stops while a box sends frames without pause still stops.
// (Its session's reader used to be stopped by a past read deadline set
// from outside, which a reader between two frames set forward again: with
// a box pinging, the relay waited for ever.)
func TestServer_StopsWhileBoxIsBusy(t *testing.T) {
	for range 10 {
		r := startRelay(t, t.TempDir(), nil)
		conn, _ := dialBox(t, r, tokA)
		var quit atomic.Bool
		go func() { // ping without pause
			for n := uint64(0); !quit.Load(); n++ {
				if conn.Send(proto.Ping{Nonce: n}) != nil {
					return
				}
			}
		}()
		go func() { // and read the pongs
			for {
				if _, err := conn.Recv(time.Now().Add(10 * time.Second)); err != nil {
					return
				}
			}
		}()
		relaytest.Until(t, 5*time.Second, "the box's pings to reach the relay", func() bool {
			h := r.Health().Boxes[numA]
			return h.LastSeen != nil && h.Link == "up"
		})
		r.stop() // fails the test if the relay does not stop
		quit.Store(true)
		conn.Underlying().Close()
	}
}
