package proto

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Conn sends and receives frames over one websocket, as gorilla/websocket
// allows: one writer at a time (Send, SendRaw and Close take turns) and
// one reader (Recv must be called from one goroutine). StopReading may be
// called from any goroutine.
type Conn struct {
	ws           *websocket.Conn
	writeTimeout time.Duration
	mu           sync.Mutex // one writer at a time

	rmu     sync.Mutex // orders StopReading against Recv's deadline
	stopped bool
}

// ErrStopped is Recv's error after StopReading.
var ErrStopped = errors.New("reading stopped")

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
	c.rmu.Lock()
	if c.stopped {
		c.rmu.Unlock()
		return nil, ErrStopped
	}
	_ = c.ws.SetReadDeadline(deadline)
	c.rmu.Unlock()
	mt, b, err := c.ws.ReadMessage()
	if err != nil && c.readStopped() {
		return nil, ErrStopped
	}
	if err != nil {
		return nil, err
	}
	if mt != websocket.BinaryMessage {
		return nil, errors.New("recv: not a binary message")
	}
	return Decode(b)
}

// StopReading ends the Recv in progress, if any, and makes every later
// Recv return ErrStopped at once; writing is still possible (a last Error
// frame, a close message). Setting a past read deadline from outside is
// not enough on its own: a reader between two frames would set its own
// deadline again and read on, for as long as the peer keeps pinging.
func (c *Conn) StopReading() {
	c.rmu.Lock()
	c.stopped = true
	_ = c.ws.SetReadDeadline(time.Now())
	c.rmu.Unlock()
}

func (c *Conn) readStopped() bool {
	c.rmu.Lock()
	defer c.rmu.Unlock()
	return c.stopped
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
