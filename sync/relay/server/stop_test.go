package server_test

import (
	"sync/atomic"
	"testing"
	"time"

	"fatoora/sync/relay/internal/relaytest"
	"fatoora/sync/relay/proto"
	"fatoora/sync/relay/server"

	"github.com/gorilla/websocket"
)

// A relay that stops while a box sends frames without pause still stops.
// (Its session's reader used to be stopped by a past read deadline set
// from outside, which a reader between two frames set forward again: with
// a box pinging, the relay waited for ever.)
func TestServer_StopsWhileBoxIsBusy(t *testing.T) {
	for range 10 {
		r := startRelay(t, t.TempDir(), nil)
		ws, _, err := websocket.DefaultDialer.Dial(r.ws+server.LinkPath, nil)
		if err != nil {
			t.Fatal(err)
		}
		conn := proto.NewConn(ws, 0, 5*time.Second)
		if err := conn.Send(proto.Hello{Token: tokA}); err != nil {
			t.Fatal(err)
		}
		if f, err := conn.Recv(time.Now().Add(5 * time.Second)); err != nil {
			t.Fatal(err)
		} else if _, ok := f.(proto.Welcome); !ok {
			t.Fatalf("relay answered hello with %s", f.Type())
		}
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
		ws.Close()
	}
}
