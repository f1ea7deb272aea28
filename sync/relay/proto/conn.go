package proto

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Conn sends and receives frames over one websocket. Send is safe for
// concurrent use; Recv must be called from one goroutine.
type Conn struct {
	ws           *websocket.Conn
	writeTimeout time.Duration
	mu           sync.Mutex
}

// NewConn wraps ws: each received message is limited to maxFrame bytes
// (at most MaxFrame) and each write must finish within writeTimeout.
func NewConn(ws *websocket.Conn, maxFrame int64, writeTimeout time.Duration) *Conn {
	if maxFrame <= 0 || maxFrame > MaxFrame {
		maxFrame = MaxFrame
	}
	ws.SetReadLimit(maxFrame)
	return &Conn{ws: ws, writeTimeout: writeTimeout}
}

// Send writes one frame.
func (c *Conn) Send(f Frame) error {
	b, err := Encode(f)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(c.writeTimeout))
	if err := c.ws.WriteMessage(websocket.BinaryMessage, b); err != nil {
		return fmt.Errorf("send %s: %w", f.Type(), err)
	}
	return nil
}

// Recv reads one frame; the peer must send something (a Ping at least)
// before the deadline.
func (c *Conn) Recv(deadline time.Time) (Frame, error) {
	_ = c.ws.SetReadDeadline(deadline)
	mt, b, err := c.ws.ReadMessage()
	if err != nil {
		return nil, err
	}
	if mt != websocket.BinaryMessage {
		return nil, errors.New("recv: not a binary message")
	}
	return Decode(b)
}

// Close sends a close message with code and reason (best effort) and
// closes the connection.
func (c *Conn) Close(code int, reason string) error {
	c.mu.Lock()
	msg := websocket.FormatCloseMessage(code, reason)
	_ = c.ws.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
	c.mu.Unlock()
	return c.ws.Close()
}

// Underlying is the websocket (for the remote address).
func (c *Conn) Underlying() *websocket.Conn { return c.ws }

// SendRaw writes an already encoded frame (as stored by the relay).
func (c *Conn) SendRaw(frame []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(c.writeTimeout))
	return c.ws.WriteMessage(websocket.BinaryMessage, frame)
}
