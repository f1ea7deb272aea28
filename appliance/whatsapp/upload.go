package whatsapp

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptrace"
	"sync"
)

// uploadBodies hold upload request bodies (a document in its multipart
// parts, ~40 KB) for the next upload: one made per upload was a tenth of
// what the box allocated per order (issue 16).
var uploadBodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// uploadBody returns the buffer to build an upload's body in, and the lease
// that gives it back to uploadBodies when the transport is done with it —
// nil when the body cannot be known to be done with (see bodyLease).
func (c *Client) uploadBody() (*bytes.Buffer, *bodyLease) {
	t := c.hc.Transport
	if t == nil {
		t = http.DefaultTransport
	}
	if _, ok := t.(*http.Transport); !ok {
		// Another RoundTripper (the relay link's) may read the body after
		// RoundTrip returns and tells only by closing it, which a body
		// net/http sends without a copy (a *bytes.Reader) cannot report.
		return new(bytes.Buffer), nil
	}
	buf := uploadBodies.Get().(*bytes.Buffer)
	buf.Reset()
	return buf, &bodyLease{buf: buf}
}

// bodyLease gives a request body's buffer back to uploadBodies once
// net/http's Transport is done with it: the request has returned (no
// attempt starts after) and every attempt that got a connection has
// written its request — httptrace's GotConn and WroteRequest, which the
// Transport calls once per attempt, over HTTP/1 and HTTP/2, the latter
// after the last read of the body, also when a body is written after
// RoundTrip returned or its writing failed. An attempt that got a
// connection and never wrote leaves the buffer to the garbage collector.
type bodyLease struct {
	mu             sync.Mutex
	buf            *bytes.Buffer
	conns, written int
	done           bool
}

// trace returns ctx with the lease's hooks added to any trace it carries.
func (l *bodyLease) trace(ctx context.Context) context.Context {
	return httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		GotConn: func(httptrace.GotConnInfo) {
			l.mu.Lock()
			l.conns++
			l.mu.Unlock()
		},
		WroteRequest: func(httptrace.WroteRequestInfo) {
			l.mu.Lock()
			l.written++
			l.release()
			l.mu.Unlock()
		},
	})
}

// returned: the request has returned; no attempt starts after it.
func (l *bodyLease) returned() {
	l.mu.Lock()
	l.done = true
	l.release()
	l.mu.Unlock()
}

func (l *bodyLease) release() {
	if l.done && l.buf != nil && l.written == l.conns {
		uploadBodies.Put(l.buf)
		l.buf = nil
	}
}
